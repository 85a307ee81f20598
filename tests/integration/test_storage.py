from __future__ import annotations

from sqlalchemy import inspect, select, text

from studio.storage import models as m
from studio.storage.db import alembic_config


def test_migrations_create_every_model_table(db):
    tables = set(inspect(db.engine).get_table_names())
    assert set(m.Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_migrations_match_models(db):
    """A model change without a migration fails here (alembic's own comparison)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": False})
        diff = compare_metadata(ctx, m.Base.metadata)
    assert diff == [], f"models and migrations differ; add an Alembic migration: {diff}"


def test_single_migration_head():
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"several Alembic heads, merge them: {heads}"


def test_migrate_is_idempotent_and_session_rolls_back(db):
    db.migrate()  # second run is a no-op
    try:
        with db.session() as s:
            s.add(m.Product(handle="rollback-me", title="x"))
            s.flush()
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with db.session() as s:
        assert s.scalar(select(m.Product).where(m.Product.handle == "rollback-me")) is None


def test_sqlite_uses_wal(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar().lower() == "wal"
