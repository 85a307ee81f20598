"""Engine, sessions and start-up migrations.

SQLite runs in WAL mode with foreign keys on; PostgreSQL through psycopg 3. ``open_database`` applies
Alembic migrations before returning, so every entry point (GUI, CLI, worker) sees the current schema.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, Engine, Result, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from studio import settings
from studio.domain import NotFound
from studio.safepath import create_private_file, make_private

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_Row = TypeVar("_Row")


def get_row(s: Session, model: type[_Row], ident: Any) -> _Row:
    """``Session.get`` of a row the caller knows exists (its id comes from a claim, a foreign key or the same
    transaction): a missing one raises ``NotFound`` here instead of an ``AttributeError`` on ``None`` later."""
    row = s.get(model, ident)
    if row is None:
        raise NotFound(f"{getattr(model, '__tablename__', model.__name__)} {ident} does not exist")
    return row


def affected(result: Result[Any]) -> int:
    """Rows an UPDATE/DELETE changed (``Session.execute`` is typed as a plain ``Result``; DML gives a cursor)."""
    return cast("CursorResult[Any]", result).rowcount


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        kwargs: dict = {"future": True}
        if self.is_sqlite:
            _private_sqlite_file(url)
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine: Engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False, future=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any exception."""
        s = self.sessionmaker()
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def migrate(self) -> None:
        upgrade(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()


def _private_sqlite_file(url: str) -> None:
    """Create the SQLite file 0600 before SQLite does (its -wal/-shm files copy that mode) and fix the modes
    an older version left (POSIX only; see studio.safepath)."""
    from sqlalchemy.engine import make_url

    path = make_url(url).database
    if not path or path == ":memory:" or path.startswith("file:"):
        return
    create_private_file(path)
    for suffix in ("-wal", "-shm", "-journal"):
        make_private(path + suffix)


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def alembic_config(engine: Engine | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the migrations up to ``revision`` as ONE transaction: all of them or none.

    PostgreSQL has transactional DDL. On SQLite the driver runs DDL outside any transaction and a table rebuild
    (a changed unique key, e.g. 0006) needs foreign keys off — which SQLite ignores inside a transaction — or its
    DROP would cascade into the child tables. So on SQLite foreign keys are switched off first, an explicit BEGIN
    makes every CREATE/DROP/ALTER part of the one transaction, ``PRAGMA foreign_key_check`` must come back empty
    before COMMIT, and foreign keys are switched on again afterwards, whatever happened."""
    from alembic import command

    cfg = alembic_config(engine)
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        return
    with engine.connect() as conn:
        raw = cast(Any, conn.connection.driver_connection)
        level = raw.isolation_level
        raw.isolation_level = None  # no implicit BEGIN/COMMIT by the driver: ours decide
        try:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # outside a transaction, where it takes effect
            conn.exec_driver_sql("BEGIN")
            try:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migrations left broken foreign keys (table, rowid, parent, fk): {broken[:5]}; "
                                       "nothing was changed")
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
        finally:
            raw.isolation_level = level
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


_lock = threading.Lock()
_default: Database | None = None


def open_database(url: str | None = None, migrate: bool = True) -> Database:
    """Open (and migrate) the database named by ``url`` or the configured default."""
    db = Database(url or settings.database_url())
    if migrate:
        db.migrate()
    return db


def default_database() -> Database:
    global _default
    with _lock:
        if _default is None or _default.url != settings.database_url():
            _default = open_database()
        return _default


def reset_default_database() -> None:
    global _default
    with _lock:
        if _default is not None:
            _default.dispose()
        _default = None
