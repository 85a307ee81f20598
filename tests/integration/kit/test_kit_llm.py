"""The kit's product segments go through the generation engine: a real OpenAI-compatible endpoint on
loopback, the quality checks, drafts with provenance, and approved human edits reused."""

from __future__ import annotations

import pytest

from studio.services import drafts, livestream
from tests.integration.kit.test_livestream_service import _seed
from tests.support.llm_server import LLMServer, json_reply


@pytest.fixture
def llm(monkeypatch):
    with LLMServer() as server:
        monkeypatch.setenv("STUDIO_LLM_BASE_URL", server.base_url)
        monkeypatch.setenv("STUDIO_LLM_MODEL", "test-model")
        monkeypatch.setenv("STUDIO_LLM_API_KEY", "sk-test")
        yield server


def _segment(req):
    if "Enamel" in req.user:
        return json_reply({"demo_action": "Fill the mug and hold it up to the camera.",
                           "benefits": ["Enamelled steel body", "Holds 350 ml", "Hand wash to keep it bright"],
                           "proof_point": "Capacity: 350 ml", "cta": "Tap the pinned card to get yours."})
    return json_reply({"demo_action": "Hold the tee up to the light.", "benefits": ["100% linen"],
                       "proof_point": "OEKO-TEX Standard 100", "cta": "Tap the pinned card."})


def test_kit_segments_come_from_the_model_with_provenance(sqlite_db, llm):
    _seed(sqlite_db)
    llm.responder = _segment
    result = livestream.build_kit(sqlite_db, livestream.KitRequest(
        products=["MUG-1", "TEE-S"], market="en-US", total_minutes=60, store_url="https://shop.example.com"))
    mug = result.kit["products"][0]
    assert mug["demo_action"] == "Fill the mug and hold it up to the camera."
    assert mug["benefits"][1] == "Holds 350 ml"
    assert result.meta["ai_generated"] is True and result.meta["providers"] == ["openai_compat"]
    # the product data went in as delimited data, the schema as structured output
    assert any("<product_data>" in r.user and "Enamel Camp Mug" in r.user for r in llm.requests)
    d = drafts.get_draft(sqlite_db, mug["draft_id"])
    assert (d.kind, d.target, d.market) == ("kit", "tiktok-shop", "en-US")
    assert d.latest.provenance.get("model") == "test-model" and d.latest.ai_generated


def test_approved_segment_edit_survives_a_rebuild(sqlite_db, llm):
    _seed(sqlite_db)
    llm.responder = _segment
    req = livestream.KitRequest(products=["MUG-1"], market="en-US", total_minutes=60,
                                store_url="https://shop.example.com")
    first = livestream.build_kit(sqlite_db, req)
    draft_id = first.kit["products"][0]["draft_id"]
    edited = dict(first.kit["products"][0])
    content = {"demo_action": "Pour hot cocoa into the mug on camera.", "benefits": edited["benefits"],
               "proof_point": edited["proof_point"], "cta": edited["cta"]}
    d = drafts.get_draft(sqlite_db, draft_id)
    drafts.save_version(sqlite_db, d.product_id, d.market, "kit", "tiktok-shop", content, author="human",
                        ai_generated=False, provenance={"provider": "human"})
    drafts.approve(sqlite_db, [draft_id])
    n_requests = len(llm.requests)
    second = livestream.build_kit(sqlite_db, req)
    assert second.kit["products"][0]["demo_action"] == "Pour hot cocoa into the mug on camera."
    assert len(llm.requests) == n_requests  # nothing regenerated


def test_offline_writer_segments_pass_the_checks(sqlite_db):
    _seed(sqlite_db)
    for market in ("en-US", "th-TH", "ar-SA", "ja-JP", "es-MX"):
        result = livestream.build_kit(sqlite_db, livestream.KitRequest(
            products=["MUG-1", "TEE-S"], market=market, total_minutes=60, store_url="https://shop.example.com",
            use_approved=False))
        assert result.meta["providers"] == ["offline"] and result.meta["ai_generated"] is False
        for p in result.kit["products"]:
            serious = [c for c in p["segment_checks"] if c.get("severity") in ("error", "warning")]
            assert not serious, (market, serious)


def test_host_persona_is_a_brand_voice_applied_to_the_segments(sqlite_db, llm):
    from studio.domain import StudioError
    from studio.services import brand_voice

    _seed(sqlite_db)
    llm.responder = _segment
    brand_voice.save_brand_voice(sqlite_db, "Cheerful Mai", {"tone": "cheerful, quick, warm",
                                                             "audience": "campers", "dont_words": ["cheap"]})
    result = livestream.build_kit(sqlite_db, livestream.KitRequest(
        products=["MUG-1"], market="en-US", total_minutes=60, store_url="https://shop.example.com",
        persona="Cheerful Mai"))
    assert any("cheerful, quick, warm" in (r.system + r.user) for r in llm.requests)
    d = drafts.get_draft(sqlite_db, result.kit["products"][0]["draft_id"])
    assert (d.latest.provenance.get("brand_voice") or {}).get("name") == "Cheerful Mai"
    with pytest.raises(StudioError, match="no brand voice named 'Nobody'"):
        livestream.build_kit(sqlite_db, livestream.KitRequest(
            products=["MUG-1"], market="en-US", total_minutes=60, store_url="https://shop.example.com",
            persona="Nobody", use_approved=False))
