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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

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


class DaskPool:
    """A Dask client (and the local cluster it started, if any) that maps the analysis of a batch
    of texts and hands the results back in order, each as soon as it and those before it are done."""

    def __init__(self, spec: DaskSpec, worker_setup: Callable[[int], None] | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - distributed is a dependency
            raise DaskSpecError(f"error: --dask needs the 'distributed' package ({exc})") from None
        self.cluster = None
        if spec.address is None:
            # one thread per worker process: the analysers are CPU-bound Python, threads would
            # only share one core; no dashboard (nothing to serve, no port to take)
            self.cluster = LocalCluster(n_workers=spec.workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=40)  # fmt: skip
            self.client = Client(self.cluster)
            if worker_setup is not None:
                # local workers are this process's children: they must die with it
                self.client.run(worker_setup, os.getpid())
        else:
            try:
                self.client = Client(spec.address, timeout="10s")
            except OSError as exc:
                raise DaskSpecError(f"error: --dask {spec.address}: no scheduler answers ({exc})") from None

    def map(self, fn: Callable[[Any], Any], args: list[Any]) -> Iterator[Any]:
        """``fn(a)`` for every ``a``, in order; a task that failed on the cluster (a worker that
        died twice on it, say) yields its exception instead of ending the run."""
        futures = self.client.map(fn, args, pure=False)
        for future in futures:
            try:
                yield future.result()
            except Exception as exc:  # noqa: BLE001 - the caller turns it into one skipped document
                yield exc

    def shutdown(self, wait: bool = False, cancel_futures: bool = True) -> None:
        """Close the client, and the local cluster when this pool started it (same signature as
        ``Executor.shutdown`` so the ingest closes either the same way)."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
