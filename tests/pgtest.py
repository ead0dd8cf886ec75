"""The test suite on PostgreSQL: a throwaway cluster, and every store a test opens by path made a
database of its own on it.

``STORYLINE_TEST_BACKEND=postgresql`` (``make test-pg``) runs the whole suite this way. Tests name
their stores by file path (``Store(tmp_path / "s.db")``, ``--db s.db`` in-process or in a
subprocess); ``redirect`` makes ``Store`` open, for any such path, the database whose name is a
hash of the absolute path — created on first use, found again by any process that opens the same
path — so the tests need no change and really run on PostgreSQL. Subprocesses get the same
redirection from ``pgsite/sitecustomize.py`` (on their PYTHONPATH) and the server URL from
``URL_ENV``. Nothing of this is in the package: it is how the tests choose a backend.

The cluster is Debian's PostgreSQL (``apt-get install postgresql``): ``initdb`` into a temporary
folder and ``pg_ctl start`` on a free local port, stopped and removed at the end of the session.
The server refuses to run as root, so as root (CI) it runs as the ``postgres`` user the package
creates.
"""

from __future__ import annotations

import glob
import hashlib
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

BACKEND_ENV = "STORYLINE_TEST_BACKEND"
URL_ENV = "STORYLINE_TEST_PG_URL"  # the server (no database) redirected stores live on
SITE = Path(__file__).resolve().parent / "pgsite"
TESTS = Path(__file__).resolve().parent


def wanted() -> bool:
    return os.environ.get(BACKEND_ENV, "sqlite").lower() in ("postgresql", "postgres", "pg")


def active() -> bool:
    """Whether stores opened by path go to PostgreSQL in this process."""
    return bool(os.environ.get(URL_ENV))


def _binary(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)  # Debian: newest first
    return found[0] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Cluster:
    """A PostgreSQL server of our own, in a temporary folder, trusting local connections."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="storyline-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user: str | None = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError(
                    "running as root and there is no 'postgres' user to run the server"
                ) from None
            self.user = "postgres"
            shutil.chown(self.root, "postgres")
        self.url = f"postgresql://storyline@127.0.0.1:{self.port}"

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        # run from the cluster's folder: the server's user may not enter the checkout (/root/… in CI)
        result = subprocess.run(
            [*prefix, *command], capture_output=True, text=True, timeout=120, cwd=self.root
        )
        if result.returncode:
            raise RuntimeError(
                f"{Path(command[0]).name} failed: {(result.stderr or result.stdout).strip()[-600:]}"
            )

    def start(self) -> str:
        initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
        if not initdb or not pg_ctl:
            raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
        self._run(
            initdb, "-D", str(self.data), "-U", "storyline", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"
        )
        # a test server: durability is not what is tested, speed is welcome; many stores stay open
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=400 "
                   "-c shared_buffers=64MB")  # fmt: skip
        self._run(pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")
        return self.url

    def stop(self) -> None:
        pg_ctl = _binary("pg_ctl")
        try:
            if pg_ctl and (self.data / "postmaster.pid").exists():
                self._run(pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def start_backend() -> Cluster:
    """Start a cluster and make this process and its children open stores on it."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise RuntimeError("the psycopg driver is not installed (pip install -e '.[postgres]')") from None
    cluster = Cluster()
    try:
        url = cluster.start()
    except BaseException:
        cluster.stop()
        raise
    os.environ[URL_ENV] = url
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(SITE), str(TESTS), os.environ.get("PYTHONPATH", "")) if p
    )
    # and on sys.path: the web app starts its worker with this process's sys.path as PYTHONPATH
    sys.path[:0] = [p for p in (str(SITE), str(TESTS)) if p not in sys.path]
    redirect()
    return cluster


# ---------------------------------------------------------------- stores by path → databases


def database_name(location: str | Path) -> str:
    """The database that stands for a store file: the same for every process naming the same path."""
    path = os.path.abspath(os.path.expanduser(str(location)))
    return "t" + hashlib.sha256(path.encode()).hexdigest()[:24]


def database_url(location: str | Path) -> str:
    return f"{os.environ[URL_ENV]}/{database_name(location)}"


def _admin() -> Any:
    import psycopg

    return psycopg.connect(f"{os.environ[URL_ENV]}/postgres", autocommit=True)


def database_exists(name: str) -> bool:
    with _admin() as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None


def create_database(name: str) -> None:
    import psycopg

    with _admin() as conn:
        try:
            conn.execute(f'CREATE DATABASE "{name}"')
        except (psycopg.errors.DuplicateDatabase, psycopg.errors.UniqueViolation):
            pass  # another process made it first


def redirect() -> None:
    """Make ``Store(path)`` open the path's database on the test server (created when missing,
    unless ``create=False``, which says there is no store there, as for a missing file)."""
    from storyline import store as store_module

    cls = store_module.Store
    if getattr(cls.__init__, "_pg_redirect", False):
        return
    original = cls.__init__

    def __init__(
        self: Any, location: str | Path = "storyline.db", *, create: bool = True, **kwargs: Any
    ) -> None:
        if "://" in str(location):
            original(self, location, create=create, **kwargs)
            return
        name = database_name(location)
        if not database_exists(name):
            if not create:
                raise store_module.StoreMissing(f"no store at {location}")
            create_database(name)
        original(self, database_url(location), create=create, **kwargs)
        self.location = str(location)  # messages name the store as the test did

    __init__._pg_redirect = True  # type: ignore[attr-defined]
    cls.__init__ = __init__  # type: ignore[method-assign]


def copy_database(source: str | Path, target: str | Path) -> None:
    """The store at ``target`` made a copy of the one at ``source`` (dump and restore: a template
    copy would need every connection to the source closed)."""
    create_database(database_name(target))
    dump = subprocess.run([_binary("pg_dump") or "pg_dump", database_url(source)], capture_output=True,
                          check=True, timeout=300)  # fmt: skip
    subprocess.run([_binary("psql") or "psql", "-q", "-v", "ON_ERROR_STOP=1", database_url(target)],
                   input=dump.stdout, capture_output=True, check=True, timeout=300)  # fmt: skip
