"""Shared fixtures: an isolated STUDIO_HOME per test, a test keyring, SQLite and PostgreSQL databases."""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests: no wall-clock limits and the same examples on every run. Hypothesis's defaults fail an
# example that takes over 200 ms (a first call that loads data under load does) and a search whose data
# generation is slow (HealthCheck.too_slow), and draw new random examples each run from a local database:
# in a one-shot CI run any of these is a flake. A test's own @settings still decides what it names.
settings.register_profile("studio", deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("studio")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.memkeyring.MemoryKeyring"
for _var in ("STUDIO_DATABASE_URL", "STUDIO_LLM_BASE_URL", "STUDIO_LLM_API_KEY", "STUDIO_LLM_MODEL"):
    os.environ.pop(_var, None)

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def studio_home(tmp_path, monkeypatch):
    """Every test gets its own data dir, settings and SQLite database."""
    home = tmp_path / "studio-home"
    home.mkdir()
    monkeypatch.setenv("STUDIO_HOME", str(home))
    monkeypatch.delenv("STUDIO_DATABASE_URL", raising=False)
    from tests.support import memkeyring

    memkeyring.clear()
    yield home
    try:
        from studio.storage import db as _db

        _db.reset_default_database()
    except Exception:  # noqa: BLE001
        pass


# --------------------------------------------------------------------------- the app's clock


def pytest_configure(config):
    config.addinivalue_line("markers", "clock(when): the app's clock (studio.clock) starts at this ISO 8601 moment "
                                       "(UTC when no offset is given) for the test and runs on from there")


def set_app_clock(monkeypatch, when: str) -> None:
    """Start the app's clock at ``when`` (ISO 8601; UTC without an offset) and let it run from there. The machine's
    time is shifted under ``studio.clock.now`` itself (its ``datetime``), not by replacing the function: the ORM's
    column defaults hold ``clock.now`` (bound at import) and follow the shift too."""
    from datetime import UTC, datetime

    from studio import clock

    start = datetime.fromisoformat(when)
    start = start if start.tzinfo else start.replace(tzinfo=UTC)
    shift = start - datetime.now(UTC)

    class Shifted(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[override]
            return datetime.now(tz) + shift

    monkeypatch.setattr(clock, "datetime", Shifted)


@pytest.fixture(autouse=True)
def app_clock(request, monkeypatch):
    """A test about fixed dates (a 2027 festival, a slot planned for it) marks the moment the app believes it is,
    ``@pytest.mark.clock("2026-12-01T12:00")``, so it does not fail once the machine's date passes them. Every
    "now" and "today" of the core and the app comes from ``studio.clock``; the marked clock keeps running (leases,
    timeouts and "in the past" checks see time pass). Without the marker the clock is the machine's. A test whose
    story crosses days moves it on with the ``move_app_clock`` fixture."""
    marker = request.node.get_closest_marker("clock")
    if marker is not None:
        set_app_clock(monkeypatch, marker.args[0])


@pytest.fixture
def move_app_clock(monkeypatch):
    """``move_app_clock("2027-02-15T19:00")``: the app's clock jumps to that moment and runs on from there."""
    return lambda when: set_app_clock(monkeypatch, when)


# --------------------------------------------------------------------------- PostgreSQL

_pg_server = None
_pg_counter = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    from tests.support.pgserver import PgServer, find_bindir

    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL tests skipped: no PostgreSQL server binary (initdb/pg_ctl) on this machine; "
                    "install Debian's 'postgresql' package to run them")
    server = PgServer(bindir)
    try:
        server.start()
    except Exception as exc:  # noqa: BLE001
        server.stop()
        pytest.fail(f"could not start PostgreSQL from {bindir}: {exc}")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    return pg_server.create_database(f"t{os.getpid()}_{next(_pg_counter)}")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """Run the test against SQLite and against a real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(db_url, monkeypatch):
    """A migrated database (both backends); also made the default for services and the CLI."""
    from studio.storage.db import open_database, reset_default_database

    monkeypatch.setenv("STUDIO_DATABASE_URL", db_url)
    reset_default_database()
    database = open_database(db_url)
    yield database
    database.dispose()
    reset_default_database()


@pytest.fixture
def sqlite_db(tmp_path, monkeypatch):
    """A migrated SQLite database only (for tests that need not run on both backends)."""
    from studio.storage.db import open_database, reset_default_database

    url = f"sqlite:///{tmp_path / 'test.db'}"
    monkeypatch.setenv("STUDIO_DATABASE_URL", url)
    reset_default_database()
    database = open_database(url)
    yield database
    database.dispose()
    reset_default_database()
