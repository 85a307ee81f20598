"""Batch generation: runs, resume by inputs hash, cache, cancel, brand voice, CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest

from studio.cli.main import main
from studio.jobs import CancelToken
from studio.services import brand_voice, drafts, generation
from studio.storage import models as m
from tests.support.gen_products import add_product


def test_batch_run_resume_and_cache(db):
    a, b = add_product(db, "tee-a"), add_product(db, "tee-b")
    messages = []
    res = generation.generate(db, [a, b], ["de-DE", "ar-SA"], ["listing", "caption"], ["amazon", "instagram"],
                              "offline", concurrency=3, progress=lambda f, msg: messages.append((f, msg)))
    assert (res.status, res.total, res.done, res.failed, res.skipped) == ("finished", 8, 8, 0, 0)
    assert messages[-1][0] == 1.0 and any("ETA" in msg for _, msg in messages)
    with db.session() as s:
        run = s.get(m.GenerationRun, res.run_id)
        assert (run.status, run.total, run.done) == ("finished", 8, 8)
        assert run.params["provider"] == "offline" and run.finished_at is not None
        assert s.query(m.GenerationCache).count() == 8
    # resume: the same request again skips everything already made from the same inputs
    again = generation.generate(db, [a, b], ["de-DE", "ar-SA"], ["listing", "caption"], ["amazon", "instagram"],
                                "offline")
    assert (again.done, again.skipped) == (0, 8)
    assert all(d.current_version == 1 for d in drafts.list_drafts(db))
    # changed inputs (a fact) → that product is generated again, the other skipped
    with db.session() as s:
        s.add(m.Fact(product_id=a, key="certification", value="OEKO-TEX Standard 100", position=9))
    third = generation.generate(db, [a, b], ["de-DE"], ["listing"], ["amazon"], "offline")
    assert (third.done, third.skipped) == (1, 1)
    # the cache serves identical inputs without calling the provider (no resume check)
    again2 = generation.generate(db, [b], ["de-DE"], ["listing"], ["amazon"], "offline", resume=False)
    d = drafts.find_draft(db, b, "de-DE", "listing", "amazon")
    assert again2.done == 1 and d.latest.provenance["cache_hit"] is True and d.current_version == 2


def test_cancel_then_resume_finishes_the_rest(sqlite_db):
    db = sqlite_db
    pids = [add_product(db, f"tee-{i}") for i in range(6)]
    token = CancelToken()

    def progress(fraction, message):
        if "done" in message and fraction > 0:
            token.cancel()

    res = generation.generate(db, pids, ["en-US"], ["listing"], ["amazon"], "offline", concurrency=1,
                              progress=progress, cancel=token)
    assert res.status == "cancelled" and 1 <= res.done < 6
    rest = generation.generate(db, pids, ["en-US"], ["listing"], ["amazon"], "offline", concurrency=2)
    assert rest.skipped == res.done and rest.done == 6 - res.done and rest.status == "finished"


def test_brand_voice_is_versioned_applied_and_checked(sqlite_db):
    db = sqlite_db
    pid = add_product(db, "tee-a", title="Nordhem AX-200 Linen Tee")
    v1 = brand_voice.save_brand_voice(db, "Nordhem", {"tone": "calm, Nordic", "dont_words": ["Leinen"],
                                                      "do_not_translate": ["AX-200"]})
    v2 = brand_voice.save_brand_voice(db, "Nordhem", {"tone": "calm, Nordic, precise", "dont_words": ["Leinen"],
                                                      "do_not_translate": ["AX-200"]})
    assert (v1.version, v2.version, v2.is_default) == (1, 2, True)
    d = generation.generate_one(db, pid, "de-DE", "listing", "amazon", "offline")
    prov = d.latest.provenance
    assert prov["brand_voice"] == {"id": v2.id, "name": "Nordhem", "version": 2}
    assert "calm, Nordic, precise" in d.latest.prompt and "AX-200" in d.latest.prompt
    # the German offline copy says "Leinen" → the brand's don't-word is flagged with its position
    hits = [c for c in d.latest.checks if c["rule_id"] == "generation.brand.dont-word"]
    assert hits and all(c["severity"] == "error" and c["start"] is not None for c in hits)
    with pytest.raises(Exception, match="samples"):
        brand_voice.save_brand_voice(db, "Bad", {"samples": ["x"] * 11})


def test_festival_context_and_localized_units(sqlite_db):
    db = sqlite_db
    pid = add_product(db)
    d = generation.generate_one(db, pid, "ar-SA", "caption", "instagram", "offline",
                                campaign_date=date(2026, 3, 1))
    assert d.latest.provenance["festival"] == "ramadan"
    assert "Ramadan" in d.latest.content["hook"]
    assert d.latest.content["first_comment"].startswith("#")  # Instagram: hashtags in the first comment
    assert "\u2068" in d.latest.content["text"]  # LTR runs isolated in RTL text
    us = generation.generate_one(db, pid, "en-US", "listing", "amazon", "offline")
    assert "oz" in us.latest.content["description"]  # 180 g shown in US units


def test_cli_generate_and_drafts(db, capsys):
    add_product(db, "tee-a")
    assert main(["generate", "--markets", "de-DE,ar-SA", "--products", "tee-a", "--kinds", "listing,caption",
                 "--channel", "amazon,instagram", "--provider", "offline", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["done"] == 4 and out["failed"] == 0
    assert main(["drafts", "--market", "ar-SA", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["kind"] for r in rows} == {"listing", "caption"} and all(r["market"] == "ar-SA" for r in rows)
    did = rows[0]["id"]
    assert main(["drafts", "show", str(did)]) == 0
    shown = capsys.readouterr().out
    assert "--- prompt" in shown and "provider offline" in shown and "AI-generated: no" in shown
    assert main(["drafts", "approve", str(did)]) == 0
    capsys.readouterr()
    assert main(["drafts", "--json", "--status", "approved"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [did]
    assert main(["drafts", "show", "99999"]) == 2
    assert "no draft with id 99999" in capsys.readouterr().err
    assert main(["generate", "--markets", "xx-YY", "--provider", "offline"]) == 2
    assert "unknown market" in capsys.readouterr().err
