"""Defaults the CLI and the API show before any work starts, kept apart from the pipeline so that
a read command does not import the ingest machinery (and its numeric libraries) to learn them."""

from __future__ import annotations

import os

TIME_LIMIT = 300.0  # seconds one document's analysis may take (README: size and time limits)


def default_jobs() -> int:
    return max(1, (os.cpu_count() or 1))
