"""Migrations run as one transaction on SQLite too (``studio.storage.db.upgrade``): 0006_campaigns rebuilds
``drafts``, and when it fails (here: ``PRAGMA foreign_key_check`` finds a dangling row) the database is left
exactly as it was — still at 0005, no campaign tables — and a second run after the repair succeeds. Before, the
steps ahead of the rebuild were committed on their own, so a failed upgrade left tables that broke every retry."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from studio.storage.db import Database, upgrade


@pytest.fixture
def old_db(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(database.engine, "0005_orders")
    yield database
    database.dispose()


def _version(db) -> str:
    with db.engine.connect() as c:
        return c.execute(text("SELECT version_num FROM alembic_version")).scalar()


def test_a_failing_sqlite_upgrade_changes_nothing_and_can_be_run_again(old_db):
    now = datetime(2026, 12, 1, tzinfo=UTC).isoformat()
    path = make_url(old_db.engine.url).database
    raw = sqlite3.connect(path)  # foreign keys off (sqlite3's default): a dangling version, as an old bug could leave
    raw.execute("INSERT INTO products (id, handle, title, body_html, body_text, vendor, product_type, category, tags, "
                "status, published, seo_title, seo_description, extra, created_at, updated_at) VALUES (1, 'mug', "
                "'Mug', '', '', '', '', '', '[]', 'active', 1, '', '', '{}', ?, ?)", (now, now))
    raw.execute("INSERT INTO drafts (id, product_id, market, kind, target, status, current_version, approved_version, "
                "created_at, updated_at) VALUES (7, 1, 'ar-SA', 'caption', 'instagram', 'approved', 1, 1, ?, ?)",
                (now, now))
    raw.execute("INSERT INTO draft_versions (id, draft_id, number, content, author, ai_generated, provenance, "
                "error_count, created_at) VALUES (70, 7, 1, '{}', 'human', 0, '{}', 0, ?)", (now,))
    raw.execute("INSERT INTO draft_versions (id, draft_id, number, content, author, ai_generated, provenance, "
                "error_count, created_at) VALUES (71, 99, 1, '{}', 'human', 0, '{}', 0, ?)", (now,))
    raw.commit()
    raw.close()
    tables_before = set(inspect(old_db.engine).get_table_names())

    with pytest.raises(RuntimeError, match="foreign key"):
        old_db.migrate()

    old_db.engine.dispose()
    assert _version(old_db) == "0005_orders"
    insp = inspect(old_db.engine)
    assert set(insp.get_table_names()) == tables_before  # no segments/campaigns/campaign_items, no half-built copy
    assert "variant" not in {c["name"] for c in insp.get_columns("drafts")}
    with old_db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM draft_versions WHERE draft_id = 7")).scalar() == 1
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1  # switched on again after the failure

    with old_db.engine.begin() as c:  # the repair; then the same upgrade goes through
        c.execute(text("DELETE FROM draft_versions WHERE id = 71"))
    old_db.migrate()
    with old_db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM draft_versions WHERE draft_id = 7")).scalar() == 1
        assert c.execute(text("SELECT variant FROM drafts WHERE id = 7")).scalar() == ""
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert {"segments", "campaigns", "campaign_items"} <= set(inspect(old_db.engine).get_table_names())
    assert _version(old_db) != "0005_orders"
