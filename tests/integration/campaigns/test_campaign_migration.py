"""Migration 0006_campaigns changes the drafts' slot key; existing drafts, their versions and the posts that
link them must survive the upgrade on both backends (SQLite rebuilds the table)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from studio.storage.db import Database, upgrade


@pytest.fixture
def old_db(db_url):
    database = Database(db_url)
    upgrade(database.engine, "0005_orders")
    yield database
    database.dispose()


def test_upgrade_keeps_drafts_versions_and_post_links(old_db):
    now = datetime(2026, 12, 1, tzinfo=UTC)
    with old_db.engine.begin() as c:
        c.execute(text("INSERT INTO products (id, handle, title, body_html, body_text, vendor, product_type, category, "
                       "tags, status, published, seo_title, seo_description, extra, created_at, updated_at) VALUES "
                       "(1, 'mug', 'Mug', '', '', '', '', '', '[]', 'active', true, '', '', '{}', :t, :t)"), {"t": now})
        c.execute(text("INSERT INTO drafts (id, product_id, market, kind, target, status, current_version, "
                       "approved_version, created_at, updated_at) VALUES (7, 1, 'ar-SA', 'caption', 'instagram', "
                       "'approved', 1, 1, :t, :t)"), {"t": now})
        c.execute(text("INSERT INTO draft_versions (id, draft_id, number, content, author, ai_generated, provenance, "
                       "error_count, created_at) VALUES (70, 7, 1, '{\"text\": \"hi\"}', 'human', false, '{}', 0, :t)"),
                  {"t": now})
        c.execute(text("INSERT INTO accounts (id, platform, name, settings, status, created_at) VALUES "
                       "(1, 'folder', 'f', '{}', 'connected', :t)"), {"t": now})
        c.execute(text("INSERT INTO posts (id, account_id, product_id, draft_version_id, market, text, media, options, "
                       "scheduled_at, state, attempts, idempotency_key, created_at, updated_at) VALUES (5, 1, 1, 70, "
                       "'ar-SA', 'hi', '[]', '{}', :t, 'scheduled', 0, 'k1', :t, :t)"), {"t": now})
    old_db.migrate()
    with old_db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM draft_versions WHERE draft_id = 7")).scalar() == 1
        assert c.execute(text("SELECT draft_version_id FROM posts WHERE id = 5")).scalar() == 70
        assert c.execute(text("SELECT variant FROM drafts WHERE id = 7")).scalar() == ""
        # the new key: a campaign variant of the same slot is its own draft
        c.execute(text("INSERT INTO drafts (product_id, market, kind, target, variant, status, current_version, "
                       "created_at, updated_at) VALUES (1, 'ar-SA', 'caption', 'instagram', 'c1.launch1', 'draft', "
                       "0, :t, :t)"), {"t": now})
        if old_db.is_sqlite:
            assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        # cascades still work after the rebuild
        c.execute(text("DELETE FROM drafts WHERE id = 7"))
        assert c.execute(text("SELECT count(*) FROM draft_versions WHERE draft_id = 7")).scalar() == 0
        c.rollback()
