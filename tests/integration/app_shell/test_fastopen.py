"""The desktop app's start-up open: migrates a new or outdated database, skips Alembic when current."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from studio.storage import fastopen
from studio.storage.db import Database


def test_head_is_read_from_the_migration_files():
    heads = fastopen.head_revisions()
    assert len(heads) == 1
    from alembic.script import ScriptDirectory

    from studio.storage.db import alembic_config

    assert heads == set(ScriptDirectory.from_config(alembic_config()).get_heads())


def test_new_database_is_migrated_then_opened_without_alembic(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    db = fastopen.open_database_fast(url)
    assert "products" in inspect(db.engine).get_table_names()
    assert fastopen.stored_revisions(db) == fastopen.head_revisions()
    db.dispose()

    def no_migration(self):
        raise AssertionError("a current database must not be migrated again")

    monkeypatch.setattr(Database, "migrate", no_migration)
    again = fastopen.open_database_fast(url)
    assert "products" in inspect(again.engine).get_table_names()
    again.dispose()


def test_current_database_on_both_backends_is_not_migrated(db, monkeypatch):
    monkeypatch.setattr(Database, "migrate", lambda self: pytest.fail("migrated a current database"))
    opened = fastopen.open_database_fast(db.url)
    assert fastopen.stored_revisions(opened) == fastopen.head_revisions()
    opened.dispose()


def test_outdated_or_unknown_revision_is_migrated(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    fastopen.open_database_fast(url).dispose()
    db = Database(url)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    db.dispose()
    calls = []
    monkeypatch.setattr(Database, "migrate", lambda self: calls.append(self.url))
    fastopen.open_database_fast(url).dispose()
    assert calls == [url]


def test_unparseable_migration_files_fall_back_to_alembic(tmp_path):
    (tmp_path / "0001_x.py").write_text("revision = compute()\n", encoding="utf-8")
    assert fastopen.head_revisions(tmp_path) == set()
    (tmp_path / "0001_x.py").write_text("revision: str = '0001'\ndown_revision: str | None = None\n")
    (tmp_path / "0002_y.py").write_text("revision = \"0002\"\ndown_revision = '0001'\n")
    assert fastopen.head_revisions(tmp_path) == {"0002"}
