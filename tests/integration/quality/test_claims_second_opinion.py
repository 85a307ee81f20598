"""The model's second opinion on claims (issue 17): real HTTP to the loopback OpenAI-compatible server."""

from __future__ import annotations

import json

import pytest

from studio.services import claims_review, providers
from tests.support.llm_server import LLMServer, error_reply, json_reply


@pytest.fixture
def server():
    srv = LLMServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def provider(server):
    p = providers.registry.find("llm", "openai_compat")(base_url=server.base_url, model="test-model",
                                                         api_key="sk-test", max_retries=0, timeout=10, prices={})
    yield p
    p.close()


@pytest.fixture(autouse=True)
def _fresh_cache():
    claims_review._memory.clear()
    yield
    claims_review._memory.clear()


TEXT = "Ein Kissen, das den Nacken sanft entlastet. Nie wieder Rückenschmerzen!"


def test_suspects_become_model_suggested_findings_with_structured_output(server, provider):
    server.script([json_reply({"suspects": [
        {"family": "health", "quote": "den Nacken sanft entlastet", "reason": "promises a symptom gone"},
        {"family": "health", "quote": "Nie wieder Rückenschmerzen", "reason": "pain gone for good"},
        {"family": "reviews", "quote": "not in the text", "reason": "invented quote"},
        {"family": "astrology", "quote": "Kissen", "reason": "unknown family"}]})])
    found = claims_review.second_opinion(TEXT, "instagram", "de-DE", provider=provider)
    req = server.requests[0]
    assert req.structured and req.body["response_format"]["json_schema"]["name"] == "claims_review"
    sent = json.loads(req.user)
    assert sent == {"market": "de-DE", "target": "instagram", "text": TEXT}
    assert "health:" in req.system and "sponsorship:" in req.system
    by_quote = {TEXT[f.start:f.end]: f for f in found}
    assert set(by_quote) == {"den Nacken sanft entlastet", "Nie wieder Rückenschmerzen"}
    for f in found:
        assert f.rule_id == "model.health" and f.family == "claims" and f.data["model_suggested"]
    # no rule flags "den Nacken sanft entlastet": the model alone says so — a warning; a rule flags the second
    assert by_quote["den Nacken sanft entlastet"].severity == "warning"
    assert not by_quote["den Nacken sanft entlastet"].data["rule_agrees"]
    assert by_quote["Nie wieder Rückenschmerzen"].severity == "error"
    assert by_quote["Nie wieder Rückenschmerzen"].data["rule_agrees"]


def test_answers_are_cached_by_text_hash(server, provider, tmp_path):
    server.script([json_reply({"suspects": [{"family": "urgency", "quote": "hurry", "reason": "pressure"}]})])
    a = claims_review.second_opinion("Last few — hurry", "amazon-bullet", "en-US", provider=provider,
                                     cache_dir=tmp_path)
    b = claims_review.second_opinion("Last few — hurry", "amazon-bullet", "en-US", provider=provider,
                                     cache_dir=tmp_path)
    assert len(server.requests) == 1 and a == b and len(a) == 1
    claims_review._memory.clear()  # a new process: the disk cache answers
    c = claims_review.second_opinion("Last few — hurry", "amazon-bullet", "en-US", provider=provider,
                                     cache_dir=tmp_path)
    assert len(server.requests) == 1 and c == a
    key = claims_review.cache_key("Last few — hurry", "amazon-bullet", "en-US", provider)
    assert (tmp_path / f"{key}.json").is_file()
    claims_review.second_opinion("Last few — hurry!", "amazon-bullet", "en-US", provider=provider)
    assert len(server.requests) == 2  # another text, another question


def test_offline_and_failures_never_block(server, provider):
    offline = providers.get_provider("offline")
    assert claims_review.second_opinion(TEXT, "instagram", "de-DE", provider=offline) == []
    assert not server.requests
    server.script([error_reply(500, "boom")])
    assert claims_review.second_opinion(TEXT, "instagram", "de-DE", provider=provider) == []
    assert claims_review.last_error
    server.script([json_reply({"not": "the schema"})])
    assert claims_review.second_opinion(TEXT + " ", "instagram", "de-DE", provider=provider) == []


def test_cli_second_opinion_uses_the_configured_model(server, tmp_path, monkeypatch, capsys):
    from studio.cli.main import main

    monkeypatch.setenv("STUDIO_LLM_BASE_URL", server.base_url)
    monkeypatch.setenv("STUDIO_LLM_MODEL", "test-model")
    monkeypatch.setenv("STUDIO_LLM_API_KEY", "sk-test")
    server.script([json_reply({"suspects": [{"family": "green", "quote": "kind to Mother Earth", "reason": "eco"}]})])
    f = tmp_path / "caption.txt"
    f.write_text("A mug that is kind to Mother Earth", encoding="utf-8")
    rc = main(["lint", "--file", str(f), "--target", "instagram", "--market", "en-US", "--second-opinion", "--json"])
    out = json.loads(capsys.readouterr().out)
    model = [x for x in out["findings"] if x["model_suggested"]]
    assert rc == 0 and model and model[0]["rule_id"] == "model.green" and model[0]["severity"] == "warning"
