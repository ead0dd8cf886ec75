"""Analysis processes that cannot outlive the ingest that started them, and a time limit for one
document's analysis.

A worker of a process pool is a child of the ingest; killed with ``kill -9``, the ingest cannot
tell its workers to stop, and they would go on analysing (close to 1 GB each) for minutes. On
Linux the kernel kills them with their parent (``PR_SET_PDEATHSIG``); elsewhere, and as a
backstop, a watchdog thread in each worker exits as soon as the parent is gone.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

PR_SET_PDEATHSIG = 1
WATCH_EVERY = 1.0  # seconds between two looks at the parent


class AnalysisTimeout(Exception):
    pass


def worker_init(parent: int) -> None:
    """Initializer of every pool worker: Ctrl-C is the parent's to handle (it stops the pool);
    the worker dies with the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _kill_me_with_parent()
    if os.getppid() != parent:  # the parent died before we got here
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), daemon=True, name="storyline-parent-watch").start()


def watch_parent(parent: int) -> None:
    """For the workers of a local Dask cluster (run from any thread): the watchdog alone, which
    needs neither the main thread nor the process's creator thread. They are the fork server's
    children, not the ingest's, so the ingest is watched by its pid: through a pidfd, which turns
    readable when that very process ends (Linux 5.3+; a reused pid cannot fool it), else by
    asking every second whether the pid is still there."""
    try:
        handle: int | None = os.pidfd_open(parent)
    except ProcessLookupError:  # the ingest died before we got here
        os._exit(1)
    except (AttributeError, OSError):  # no pidfd on this system
        handle = None
        if not _alive(parent):
            os._exit(1)
    threading.Thread(
        target=_watch_pid, args=(parent, handle), daemon=True, name="storyline-parent-watch"
    ).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # there, but another user's: not ours, yet not gone either
        return True
    return True


def _watch_pid(pid: int, handle: int | None) -> None:
    if handle is not None:
        select.select([handle], [], [])  # readable once the process has ended
        os._exit(1)
    while _alive(pid):
        time.sleep(WATCH_EVERY)
    os._exit(1)


def _kill_me_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watchdog still does it, a second later


def _watch(parent: int) -> None:
    while True:
        time.sleep(WATCH_EVERY)
        if os.getppid() != parent:
            os._exit(1)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``AnalysisTimeout`` in this block after ``seconds`` (None or 0: no limit). Needs the
    main thread (SIGALRM); elsewhere the block runs without a limit."""
    if (
        not seconds
        or threading.current_thread() is not threading.main_thread()
        or not hasattr(signal, "SIGALRM")
    ):
        yield
        return

    def expired(_signum: int, _frame: object) -> None:
        raise AnalysisTimeout

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
