"""Privacy by design: the creator's name, handles, notes, ref and code never reach a language model — the sample
caption in a brief is written over real HTTP by a loopback OpenAI-compatible server, and every request it
received is inspected."""

from __future__ import annotations

from studio.services import briefs
from tests.integration.creators.conftest import STORE
from tests.support.llm_server import LLMServer, json_reply


def test_no_creator_data_in_any_prompt(seeded, monkeypatch):
    db, _, lina = seeded
    with LLMServer() as server:
        monkeypatch.setenv("STUDIO_LLM_BASE_URL", server.base_url)
        monkeypatch.setenv("STUDIO_LLM_MODEL", "test-model")
        monkeypatch.setenv("STUDIO_LLM_API_KEY", "sk-test")
        server.responder = lambda req: json_reply({"hook": "Die kleine Vase aus Steinzeug",
                                                   "body": "Außen matt und innen glasiert, für eine einzelne Blume.",
                                                   "cta": "Jetzt über den Link bestellen.", "hashtags": ["Vase"]})
        b = briefs.build_brief(db, briefs.BriefRequest(product="ceramic-bud-vase", market="de-DE", creator="Lina K.",
                                                       platform="instagram", store_url=STORE, use_approved=False,
                                                       discount_code="LINASECRET"))
        assert server.requests, "the sample caption was not written by the model"
        assert b.data["sample_caption"]["source"] == "generated", b.data["sample_caption"]
        everything = "\n".join(repr(r.body) for r in server.requests)
        for personal in ("Lina", "@lina", "lina.k", "beauty fans", lina.ref, "LINASECRET"):
            assert personal not in everything, personal
        # the product did go in (the prompt is real, not empty)
        assert "Bud Vase" in everything or "bud-vase" in everything
