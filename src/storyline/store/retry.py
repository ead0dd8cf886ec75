"""Run a transaction again when the database gave up on it for a reason that passes.

PostgreSQL may abort a transaction that collided with another one — a serialisation failure
(SQLSTATE 40001, under REPEATABLE READ or SERIALIZABLE) or a deadlock (40P01): the transaction did
nothing and the same work succeeds when run again. Storyline's writers take turns (engine.py), so
these are rare, but a database shared with other programs, or one whose administrator set a
stricter default isolation, can still raise them. SQLite never does: its writers wait for the lock.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError

T = TypeVar("T")
RETRYABLE = {"40001", "40P01"}  # serialization_failure, deadlock_detected
ATTEMPTS = 6
FIRST_WAIT_S = 0.05  # doubled each time, with jitter, so colliding writers do not collide again


def retryable(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", None)
    return isinstance(exc, DBAPIError) and getattr(orig, "sqlstate", None) in RETRYABLE


def retrying(work: Callable[[], T], attempts: int = ATTEMPTS, first_wait_s: float = FIRST_WAIT_S) -> T:
    """``work()``, run again (at most ``attempts`` times in all) while it fails retryably."""
    for attempt in range(attempts):
        try:
            return work()
        except DBAPIError as exc:
            if not retryable(exc) or attempt == attempts - 1:
                raise
            time.sleep(first_wait_s * 2**attempt * (0.5 + random.random()))
    raise AssertionError("unreachable")
