"""Per-document analysis on a Dask cluster: ``--dask local[:N]`` or ``--dask tcp://host:8786``.

Analysis is a pure function of one text, so it can run anywhere storyline is installed; the
ingest keeps reading, de-duplicating, storing and linking in its own process and stores each
result as it comes, in input order, one transaction per document as with ``--jobs``. A worker
loads the models once (they are cached per process) and keeps them for every document it gets.

Dask runs tasks in worker threads, where the per-document time limit (a SIGALRM in the main
thread) cannot interrupt an analysis: on Dask the limit is not enforced, the size limit is.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

START_S = 120  # a local worker starts in seconds; one that has not in this long never will
PER_TASK = 4  # documents a task analyses: a few seconds of work, little left over at a batch's end

LOCAL = re.compile(r"local(?::(\d+))?")
REMOTE = re.compile(r"(tcp|tls|ws|wss|inproc)://\S+")


class DaskSpecError(ValueError):
    """A ``--dask`` value that names no cluster (the message is the one line a user sees)."""


@dataclass(frozen=True)
class DaskSpec:
    """A local cluster of ``workers`` processes, or the scheduler at ``address``."""

    address: str | None = None
    workers: int = 0

    @classmethod
    def parse(cls, text: str) -> DaskSpec:
        text = text.strip()
        if m := LOCAL.fullmatch(text):
            workers = int(m.group(1)) if m.group(1) else (os.cpu_count() or 1)
            if workers < 1:
                raise DaskSpecError(f"error: --dask {text}: a local cluster needs at least one worker")
            return cls(workers=workers)
        if REMOTE.fullmatch(text):
            return cls(address=text)
        raise DaskSpecError(
            f"error: --dask {text!r}: expected local, local:N or a scheduler address such as tcp://host:8786"
        )


def _apply(fn: Callable[[Any], Any], items: list[Any]) -> list[Any]:
    """One task: ``fn`` over a few items, on a worker."""
    return [fn(item) for item in items]


def _failure(result: Any) -> Exception:
    """The exception of a failed or cancelled task, from what ``as_completed`` hands back for it:
    (type, exception, traceback) for a failure, the exception for a cancellation."""
    exc = result[1] if isinstance(result, tuple) and len(result) == 3 else result
    return exc if isinstance(exc, Exception) else RuntimeError(str(exc))


def _start_method() -> str:
    """How a local cluster starts its workers: from a fork server on Linux, spawned elsewhere
    (dask's default; fork is not safe on macOS). A fork server is a fresh single-threaded process
    that imports distributed and storyline's pipeline once and forks every worker from itself, so
    a worker starts with those modules as a forked one did. Forking the ingest itself is not
    safe: it has threads (a progress bar's refresher, the client's event loop, a test's server),
    and a child forked while one of them holds a lock (the logging lock, an import lock) waits for
    it for ever: a worker that never starts, and a cluster that waits for it (a CI run hung 600 s
    in LocalCluster so)."""
    return "forkserver" if sys.platform.startswith("linux") else "spawn"


def _context(method: str) -> None:
    """Have distributed's multiprocessing context for ``method`` preload storyline too."""
    from distributed.utils import get_mp_context

    ctx = get_mp_context()  # distributed sets its own preloads on its first call; ours replace them
    if method == "forkserver":
        ctx.set_forkserver_preload(["distributed", "storyline.pipeline"])  # type: ignore[attr-defined]


class DaskPool:
    """A Dask client (and the local cluster it started, if any) that maps the analysis of a batch
    of texts and hands the results back in order, each as soon as it and those before it are done."""

    def __init__(
        self,
        spec: DaskSpec,
        worker_setup: Callable[[int], None] | None = None,
        preload: Callable[[], None] | None = None,
    ) -> None:
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - distributed is a dependency
            raise DaskSpecError(f"error: --dask needs the 'distributed' package ({exc})") from None
        self.cluster = None
        if spec.address is None:
            # one thread per worker process: the analysers are CPU-bound Python, threads would
            # only share one core; no dashboard (nothing to serve, no port to take)
            method = _start_method()
            with dask.config.set({"distributed.worker.multiprocessing-method": method}):
                _context(method)
                try:
                    # a worker that has not started in START_S is an error, not a wait for ever
                    self.cluster = LocalCluster(n_workers=spec.workers, threads_per_worker=1, processes=True,
                                                dashboard_address=None, silence_logs=40,
                                                death_timeout=START_S)  # fmt: skip
                except (RuntimeError, TimeoutError) as exc:
                    raise DaskSpecError(
                        f"error: --dask local:{spec.workers}: the workers did not start ({exc})"
                    ) from None
            self.client = Client(self.cluster)
            if worker_setup is not None:
                # local workers are this process's children: they must die with it
                self.client.run(worker_setup, os.getpid())
        else:
            try:
                self.client = Client(spec.address, timeout="10s")
            except OSError as exc:
                raise DaskSpecError(f"error: --dask {spec.address}: no scheduler answers ({exc})") from None
        if preload is not None:
            # one task on each worker, first in its queue: the models load while this process
            # reads and sorts the first batch (the result is never waited for; a worker that
            # has them already is done at once)
            self._preloads = [
                self.client.submit(preload, workers=[w], allow_other_workers=False, pure=False)
                for w in self.client.scheduler_info()["workers"]
            ]

    @property
    def workers(self) -> int:
        """How many tasks the cluster runs at once (its workers' threads)."""
        return max(1, sum(self.client.nthreads().values()))

    def map(self, fn: Callable[[Any], Any], args: list[Any]) -> Iterator[Any]:
        """``fn(a)`` for every ``a``, in order; a task that failed on the cluster (a worker that
        died twice on it, say) yields its exception for each of its items instead of ending the
        run. Items travel ``PER_TASK`` to a task (a task costs the scheduler and the workers a few
        milliseconds of bookkeeping whatever it holds), and each result is fetched as soon as its
        task is done, by the client's own thread, so this one only waits for the next in order.
        The tasks are sent now, as ``Executor.map`` does: the workers start while the caller is
        still busy with what came before."""
        chunks = [args[k : k + PER_TASK] for k in range(0, len(args), PER_TASK)]
        futures = self.client.map(_apply, [fn] * len(chunks), chunks, pure=False)
        return _in_order(futures, chunks)

    def shutdown(self, wait: bool = False, cancel_futures: bool = True) -> None:
        """Close the client, and the local cluster when this pool started it (same signature as
        ``Executor.shutdown`` so the ingest closes either the same way)."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _in_order(futures: list[Any], chunks: list[list[Any]]) -> Iterator[Any]:
    """The tasks' items in the order they were sent, each task's as soon as it and those before
    it are done."""
    from distributed import as_completed

    order = {f.key: n for n, f in enumerate(futures)}
    done: dict[int, list[Any]] = {}
    following = 0
    for future, result in as_completed(futures, with_results=True, raise_errors=False):
        n = order[future.key]
        done[n] = result if isinstance(result, list) else [_failure(result)] * len(chunks[n])
        while following in done:
            yield from done.pop(following)
            following += 1
