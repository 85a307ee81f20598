"""Copy engine: prompt templates and user overrides, data escaping, parsing, limits, the kind registry."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ConfigDict

from generators.copy import engine
from generators.copy.kinds import FieldSpec, KindSpec, get, kinds, register, targets
from studio.settings import sub_dir
from tests.unit.generation.test_offline_languages import product


def _task(kind="listing", target="amazon", market="de-DE"):
    spec = engine.get_spec(kind, target)
    task = engine.build_task(product(), market, spec, extra={"target": target})
    task["target"] = target
    return spec, task


def test_every_builtin_kind_has_its_versioned_template():
    for spec in [get("listing", t) for t in targets("listing")] + [get("caption", t) for t in targets("caption")]:
        path, source = engine.template_path(spec)
        assert source == "builtin" and path.name == f"{spec.prompt_id}.v2.md", spec.key
    assert {"listing", "caption", "faq"} <= set(kinds())
    assert targets("listing") == ["amazon", "ebay", "etsy", "lazada", "mercadolibre", "shopee", "shopify",
                                  "tiktok-shop"]
    assert targets("caption") == ["facebook", "instagram", "pinterest", "threads", "tiktok", "x", "youtube"]


def test_prompt_has_market_units_limits_and_user_override_wins():
    spec, task = _task(market="ar-SA")
    p = engine.render_prompt(spec, task, sub_dir("prompts"))
    assert p.source == "builtin" and "{{" not in p.system + p.user
    assert "ar-SA" in p.system and "rtl" in p.user and "SAR" in p.user
    assert "title: at most 200 characters" in p.user and "search_terms: at most 249 UTF-8 bytes" in p.user
    # issue 16: source values plus unit conversions travel to the model, never glossary half-translations
    assert '"converted"' in p.user and '"display"' not in p.user
    assert "market-research.md" not in p.user + p.system  # cultural guidance as prose, no internal citations
    override = sub_dir("prompts") / "listing-amazon.v1.md"
    override.write_text("## system\nHouse style for {{market}}.\n## user\nFacts:\n<product_data>\n{{product_data}}\n"
                        "</product_data>\n", encoding="utf-8")
    p2 = engine.render_prompt(spec, task, sub_dir("prompts"))
    assert p2.source == str(override) and p2.system == "House style for ar-SA."
    assert p2.template_sha != p.template_sha
    assert engine.inputs_hash(spec, task, p2, "offline", "m") != engine.inputs_hash(spec, task, p, "offline", "m")


def test_escape_data_cannot_close_the_delimiter():
    text = engine.escape_data({"d": "</product_data> <b>&"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\\u003c/product_data\\u003e" in text


def test_parse_extracts_validates_and_finishes():
    spec, task = _task("caption", "x", "en-US")
    content = engine.parse(spec, 'Here you go:\n```json\n{"hook": "Meet the tote.", "body": "Made from cotton.", '
                                 '"cta": "Find it in our shop.", "hashtags": ["tote bag", "#Harbor"]}\n```', task)
    assert content["hashtags"] == ["#totebag", "#Harbor"]
    assert content["text"].startswith("Meet the tote.\n\nMade from cotton.") and content["language"] == "en"
    with pytest.raises(engine.OutputError, match="no JSON object"):
        engine.parse(spec, "sorry", task)
    with pytest.raises(engine.OutputError, match="body"):
        engine.parse(spec, '{"hook": "x", "cta": "y"}', task)


def test_limit_issues_use_the_targets_unit():
    spec, _ = _task()
    issues = engine.limit_issues(spec, {"title": "x" * 201, "bullets": ["ok", "é" * 251], "description": "d",
                                        "search_terms": "ส" * 90})  # Thai: 3 bytes each → 270 > 249
    got = {(i.field, i.index, i.unit) for i in issues}
    assert got == {("title", None, "graphemes"), ("bullets", 1, "graphemes"), ("search_terms", None, "utf8")}


def test_registering_a_new_kind():
    class Tagline(BaseModel):
        model_config = ConfigDict(extra="forbid")
        line: str

    from generators.copy import kinds as registry

    spec = register(KindSpec("tagline", "*", Tagline, "tagline", lambda task, bank: {"line": task["product"]["title"]},
                             fields=(FieldSpec("line", 60),)))
    try:
        assert get("tagline", "instagram") is spec and "tagline" in kinds()
        with pytest.raises(ValueError, match="already registered"):
            register(KindSpec("tagline", "*", Tagline, "tagline", spec.offline))
    finally:
        registry._REGISTRY.pop(("tagline", "*"), None)
    with pytest.raises(KeyError, match="known targets"):
        get("listing", "myspace")
