"""Imported by every Python process the PostgreSQL test run starts (this folder is on their
PYTHONPATH): stores opened by path go to the test server there too (see tests/pgtest.py)."""

import os

if os.environ.get("STORYLINE_TEST_PG_URL"):
    try:
        import pgtest  # tests/ is on the same PYTHONPATH

        pgtest.redirect()
    except ImportError:  # a process without storyline (a tool the tests run): nothing to redirect
        pass
