"""Shared fixtures. Qt runs offscreen; every database is a real temporary SQLite file or a real
database on a throwaway PostgreSQL server.

`db` (and `seeded_db`) run each test of tests/core and tests/reliability twice: on a SQLite
file and on a fresh PostgreSQL database (`store_kind`). The UI tests stay SQLite-only, and a
test marked `sqlite_only` (it looks at the file itself) too. The server is started once per
session with Debian's initdb/pg_ctl on a Unix socket in a temporary folder: no TCP, trust
authentication, run as `nobody` when the tests run as root. Without the binaries or psycopg
the PostgreSQL variants skip, saying why.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path

# Must be set before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the user's real data directory out of every test, and their saved "use the shared
# database" choice (~/.config/Backline/store.json) too: a test that starts the window without
# --db must never reach a real server.
os.environ.pop("BACKLINE_DB", None)
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="backline-test-config-")
# Tests read English unless they choose a language (tests/i18n): the machine's locale must not
# change what a test sees, in this process or in the Backline processes tests start.
for _name in ("LANGUAGE", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANG"] = "C.UTF-8"

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from core import i18n  # noqa: E402
from core.store.db import Database, open_database  # noqa: E402
from core.store.startup import seed_if_needed  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TESTS = Path(__file__).resolve().parent
# Folders whose tests run on both stores.
BOTH_STORES = (TESTS / "core", TESTS / "reliability")
PG_USER = "backline"
NOBODY = 65534


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: looks at the SQLite file itself; not run on PostgreSQL"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store_kind" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return
    where = Path(str(metafunc.definition.path))
    if any(where.is_relative_to(folder) for folder in BOTH_STORES):
        metafunc.parametrize("store_kind", ["sqlite", "postgresql"], indirect=True)


@dataclass
class PgServer:
    """A running throwaway server: `url(dbname)` connects to one of its databases."""

    socket_dir: Path
    data_dir: Path
    bin_dir: Path
    run_as: list[str]

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://{PG_USER}@/{dbname}?host={self.socket_dir}"

    def admin(self, *statements: str) -> None:
        """Run statements outside a transaction (CREATE/DROP DATABASE), as the superuser."""
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir), user=PG_USER, dbname="postgres", autocommit=True
        ) as conn:
            for statement in statements:
                conn.execute(statement)  # type: ignore[arg-type]


def _pg_bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: Path(p).parts)
    return Path(found[-1]).parent if found else None


def _pg_unavailable() -> str | None:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[postgres]')"
    if _pg_bin_dir() is None:
        return "no PostgreSQL server binaries (/usr/lib/postgresql/*/bin; apt install postgresql)"
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        return "running as root without setpriv to drop to an unprivileged user"
    return None


def _start_server(bin_dir: Path) -> PgServer:
    base = Path(tempfile.mkdtemp(prefix="backline-pg-"))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    run_as: list[str] = []
    if os.geteuid() == 0:
        os.chown(base, NOBODY, NOBODY)
        os.chown(sock, NOBODY, NOBODY)
        run_as = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    env = dict(os.environ, LC_ALL="C", LANG="C")
    subprocess.run(
        [*run_as, str(bin_dir / "initdb"), "-D", str(data), "-U", PG_USER, "-A", "trust",
         "-E", "UTF8", "--no-sync"],
        check=True, capture_output=True, env=env, cwd=base,
    )  # fmt: skip
    options = (
        f"-c listen_addresses='' -c unix_socket_directories='{sock}' -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
    )
    subprocess.run(
        [*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-s",
         "-l", str(base / "server.log"), "start"],
        check=True, capture_output=True, env=env, cwd=base,
    )  # fmt: skip
    return PgServer(socket_dir=sock, data_dir=data, bin_dir=bin_dir, run_as=run_as)


def _stop_server(server: PgServer) -> None:
    subprocess.run(
        [*server.run_as, str(server.bin_dir / "pg_ctl"), "-D", str(server.data_dir), "-m",
         "immediate", "-w", "-s", "stop"],
        capture_output=True, cwd=server.data_dir.parent,
    )  # fmt: skip
    shutil.rmtree(server.data_dir.parent, ignore_errors=True)


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A test that switches the language (tests/i18n) never leaks it into the next one."""
    yield
    if i18n.language() != i18n.SOURCE_LANGUAGE:
        i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def use_language() -> Iterator[Callable[[str], None]]:
    """use_language("de"): core and, when a QApplication exists, Qt (its QLocale and its own
    catalogue) speak that language, as after a start in it; English and the old locale after."""
    from PySide6.QtCore import QCoreApplication, QLocale

    before = QLocale()

    def use(code: str) -> None:
        i18n.set_language(code)
        if QCoreApplication.instance() is not None:
            from ui.app import apply_language

            apply_language()

    yield use
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    if QCoreApplication.instance() is not None:
        from ui.app import apply_language

        apply_language()
    QLocale.setDefault(before)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One throwaway PostgreSQL server for the session, with a template database migrated to
    the head (`backline_head`) that each test's database is copied from."""
    reason = _pg_unavailable()
    if reason:
        pytest.skip(f"PostgreSQL tests skipped: {reason}")
    bin_dir = _pg_bin_dir()
    assert bin_dir is not None
    server = _start_server(bin_dir)
    try:
        server.admin("CREATE DATABASE backline_head", "CREATE DATABASE backline_seeded")
        open_database(server.url("backline_head")).close()
        seeded = open_database(server.url("backline_seeded"))
        try:
            seed_if_needed(seeded)
        finally:
            seeded.close()
        yield server
    finally:
        _stop_server(server)


_numbers = count(1)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[Callable[..., str]]:
    """make(template="backline_head") -> the URL of a new database for this test (template0:
    an empty one). Every database made is dropped after the test."""
    made: list[str] = []

    def make(template: str = "backline_head") -> str:
        name = f"t{os.getpid()}_{next(_numbers)}"
        pg_server.admin(f"CREATE DATABASE {name} TEMPLATE {template}")
        made.append(name)
        return pg_server.url(name)

    yield make
    if made:
        pg_server.admin(*(f"DROP DATABASE IF EXISTS {n} WITH (FORCE)" for n in made))


@pytest.fixture
def store_kind(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgresql": which store `db` is (only tests/core and tests/reliability
    get both)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "backline.db"


@pytest.fixture
def db_location(request: pytest.FixtureRequest, store_kind: str, db_path: Path) -> str:
    """What `db` opens: the SQLite file's path, or a fresh PostgreSQL database's URL."""
    if store_kind == "postgresql":
        make: Callable[..., str] = request.getfixturevalue("pg_url")
        # A test that seeds starts from a seeded copy: seed_if_needed then finds it current.
        seeded = "seeded_db" in request.fixturenames
        return make("backline_seeded" if seeded else "backline_head")
    return str(db_path)


@pytest.fixture
def db(db_location: str) -> Iterator[Database]:
    """An opened, migrated, empty database: a temporary SQLite file, or (the `postgresql`
    variant) a fresh database on the throwaway server."""
    database = open_database(db_location)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def seeded_db(db: Database) -> Database:
    """A database with the library and the ready-made routines seeded from resources/."""
    seed_if_needed(db)
    return db
