"""Issue 16, item 4: the seller's own translations — a translation memory per market (product names, option values,
fact values), imported from Shopify's translation export, used by both writers and enforced by the checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.cli.main import main
from studio.domain import StudioError
from studio.services import catalog, drafts, generation, importing, translations
from studio.services.importing import ImportOptions

REAL = Path(__file__).resolve().parents[2] / "data" / "real"
SAMPLE = REAL / "shopify_translations_de.csv"


@pytest.fixture
def apparel(db):
    importing.run_import(db, REAL / "shopify_apparel.csv", ImportOptions())
    return db


def _pid(db, handle):
    return catalog.find_product_id(db, handle)


def test_import_shopify_export_of_the_same_store(apparel):
    db = apparel
    res = translations.import_shopify_csv(db, SAMPLE)
    assert res.errors == []
    assert res.markets == ["de-DE"]
    # 7 translated titles of catalog products + 3 option values (Rain Poncho is not in the catalog, the
    # metafield value is no fact of these products, Striped Silk Blouse has no translation yet)
    assert res.imported == 7 + 3
    assert res.skipped["untranslated rows"] == 1
    assert res.skipped["metafield values that are no fact in the catalog"] == 1
    assert res.skipped["product body_html rows (not used by the writers)"] == 3
    assert res.skipped["products not in the catalog"] == 1
    assert res.skipped["collection rows"] == 2 and res.skipped["online_store_theme rows"] == 2
    tm = translations.overrides_for(db, _pid(db, "classic-varsity-top"), "de-DE")
    assert tm["name"] == "Klassisches College-Shirt"
    assert tm["options"] == {"Size": {"Small": "Klein", "Medium": "Mittel", "Large": "Groß"}}
    assert translations.overrides_for(db, _pid(db, "ocean-blue-shirt"), "fr-FR") == {}
    again = translations.import_shopify_csv(db, SAMPLE)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, res.imported)


def test_bad_rows_are_located_one_line_each(apparel, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Type,Identification,Field,Locale,Market,Status,Default content,Translated content\n"
                   "PRODUCT,'1,title,xx,,,Ocean Blue Shirt,Hemd\n"
                   "PRODUCT_OPTION_VALUE,'2,name,de,,,,Klein\n"
                   "PRODUCT,'3,title,de,,,Ocean Blue Shirt\n"
                   "PRODUCT,'4,title,de,,,Ocean Blue Shirt,Ozeanblaues Hemd\n", encoding="utf-8")
    res = translations.import_shopify_csv(apparel, bad)
    assert res.imported == 1
    assert res.errors[0].startswith("bad.csv, row 2, Locale: Locale 'xx' matches no market")
    assert res.errors[1].startswith("bad.csv, row 3, Default content: empty")
    assert res.errors[2].startswith("bad.csv, row 4: 7 cells where the header has 8")
    assert all("\n" not in e for e in res.errors)


def test_not_a_translation_export_and_broken_quotes(apparel, tmp_path):
    with pytest.raises(StudioError, match=r"shopify_apparel.csv, row 1: not a Shopify translation export"):
        translations.import_shopify_csv(apparel, REAL / "shopify_apparel.csv")
    broken = tmp_path / "q.csv"
    broken.write_text(",".join(translations.SHOPIFY_COLUMNS) + '\nPRODUCT,1,title,de,,,"Hat" x,Hut\n',
                      encoding="utf-8")
    with pytest.raises(StudioError, match=r"q.csv, row 2 .*broken quoting"):
        translations.import_shopify_csv(apparel, broken)
    latin1 = tmp_path / "l.csv"
    latin1.write_bytes(",".join(translations.SHOPIFY_COLUMNS).encode() + b"\nPRODUCT,1,title,de,,,Hat,Gr\xf6\xdfe\n")
    with pytest.raises(StudioError, match="not UTF-8"):
        translations.import_shopify_csv(apparel, latin1)


def test_set_delete_and_market_wide(apparel):
    db = apparel
    pid = _pid(db, "ocean-blue-shirt")
    translations.set_translation(db, pid, "de-DE", "name", "Hemd Ozeanblau")
    catalog.set_fact(db, pid, "material", "100% cotton")
    translations.set_translation(db, pid, "de-DE", "fact:material", "100 % Baumwolle (Bio)")
    tm = translations.overrides_for(db, pid, "de-DE")
    assert tm["name"] == "Hemd Ozeanblau" and tm["facts"] == {"material": "100 % Baumwolle (Bio)"}
    translations.set_translation(db, None, "de-DE", "option:Small", "S (klein)")
    vt = _pid(db, "classic-varsity-top")
    translations.set_translation(db, vt, "de-DE", "option:Size=Small", "Klein")  # the product's own wins
    assert translations.overrides_for(db, vt, "de-DE")["options"]["Size"]["Small"] == "Klein"
    translations.delete_translation(db, vt, "de-DE", "option:Size=Small")
    assert translations.overrides_for(db, vt, "de-DE")["options"]["Size"]["Small"] == "S (klein)"
    with pytest.raises(StudioError, match="has no fact 'weight'"):
        translations.set_translation(db, pid, "de-DE", "fact:weight", "1 kg")
    with pytest.raises(StudioError, match="is not one of"):
        translations.set_translation(db, pid, "de-DE", "colour", "Blau")
    with pytest.raises(StudioError, match="no-such"):
        translations.set_translation(db, pid, "no-such", "name", "x")
    translations.set_translation(db, pid, "de-DE", "name", "")  # empty deletes
    assert translations.overrides_for(db, pid, "de-DE").get("name") is None
    catalog.set_fact(db, pid, "material", "100% organic cotton")
    row = next(r for r in translations.memory_rows(db, pid, "de-DE") if r.kind == "fact")
    assert row.outdated and row.value == "100 % Baumwolle (Bio)"


def test_findings_flag_another_name_like_the_glossary():
    tm = {"name": "Ozeanblaues Hemd", "options": {}, "facts": {}, "values": {"Ocean Blue Shirt": "Ozeanblaues Hemd",
                                                                             "Small": "Klein"}}
    f = translations.findings(tm, [("title", "Ocean Blue Shirt – Baumwolle"), ("bullets[0]", "Größe: Small")],
                              kind="listing", market="de-DE")
    rules = [(x["rule_id"], x["field"], x["fix"]) for x in f]
    assert ("generation.translation-memory", "title", "Ozeanblaues Hemd") in rules
    assert ("generation.translation-memory", "bullets[0]", "Klein") in rules
    assert translations.findings(tm, [("title", "Ozeanblaues Hemd – Baumwolle")], kind="listing") == []
    f = translations.findings(tm, [("title", "Blaues Hemd")], kind="listing")
    assert [x["rule_id"] for x in f] == ["generation.translation-memory.name"]
    # "Small" inside another word is not the option value
    assert translations.findings(tm, [("text", "Smalltalk")]) == []


def test_offline_writer_uses_the_sellers_names_and_checks_enforce_them(apparel):
    db = apparel
    translations.import_shopify_csv(db, SAMPLE)
    vt = _pid(db, "classic-varsity-top")
    d = generation.generate_one(db, vt, "de-DE", "listing", "amazon", provider="offline")
    text = json.dumps(d.latest.content, ensure_ascii=False)
    assert "Klassisches College-Shirt" in text
    assert "Classic Varsity Top" not in text
    assert not [c for c in d.latest.checks or [] if c["rule_id"].startswith("generation.translation-memory")]
    # a human edit back to the English name is flagged on re-check (Content, scheduling gate)
    content = dict(d.latest.content, title="Classic Varsity Top – Damen")
    d2 = drafts.save_version(db, vt, "de-DE", "listing", "amazon", content, author="human", ai_generated=False,
                             provenance={})
    found = generation.recheck(db, d2.id)
    assert any(c["rule_id"] == "generation.translation-memory" and c["fix"] == "Klassisches College-Shirt"
               for c in found)


def test_llm_prompt_lists_the_sellers_translations(apparel):
    db = apparel
    translations.import_shopify_csv(db, SAMPLE)
    vt = _pid(db, "classic-varsity-top")
    prompt = generation.preview_prompt(db, vt, "de-DE", "listing", "amazon", provider="offline")
    assert "use exactly these translations" in prompt
    assert "Klassisches College-Shirt" in prompt and '"Small" → "Klein"' in prompt
    # no memory for the market: the prompt (and the inputs hash) stay as they were
    assert "use exactly these translations" not in generation.preview_prompt(db, vt, "fr-FR", "listing", "amazon",
                                                                             provider="offline")


def test_cli(apparel, capsys, tmp_path):
    assert main(["translations", "import", str(SAMPLE), "--market", "de-DE"]) == 0
    out = capsys.readouterr().out
    assert "translations added" in out and "de-DE" in out
    assert main(["translations", "set", "ocean-blue-shirt", "de-DE", "name", "Hemd in Ozeanblau"]) == 0
    capsys.readouterr()
    assert main(["translations", "--product", "classic-varsity-top", "--market", "de-DE", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"field": "option:Size=Small", "value": "Klein", "scope": "market"}.items() <= \
        next(r for r in rows if r["source"] == "Small").items()
    assert main(["translations", "--market", "de-DE"]) == 0
    assert "Hemd in Ozeanblau" in capsys.readouterr().out
    out_file = tmp_path / "tm.csv"
    assert main(["translations", "export", str(out_file), "--market", "de-DE"]) == 0
    assert out_file.read_text(encoding="utf-8").startswith(",".join(translations.SHOPIFY_COLUMNS))
    bad = tmp_path / "bad.csv"
    bad.write_text(",".join(translations.SHOPIFY_COLUMNS) + "\nPRODUCT,'1,title,xx,,,Ocean Blue Shirt,Hemd\n",
                   encoding="utf-8")
    capsys.readouterr()
    assert main(["translations", "import", str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["studio translations import: bad.csv, row 2, Locale: Locale 'xx' matches no market in the "
                   "registry; add the market in Markets or pass --market"]
    assert main(["translations", "set", "nope", "de-DE", "name", "x"]) == 2
    assert "no product with handle or SKU 'nope'" in capsys.readouterr().err


def test_model_path_gets_the_translations_and_is_checked_against_them(apparel):
    """The LLM path (loopback OpenAI-compatible server): the prompt says "use exactly these translations", and
    an answer that uses the English name anyway keeps a finding that names the seller's translation."""
    from studio.services import providers
    from tests.support.llm_server import LLMServer, json_reply

    db = apparel
    translations.import_shopify_csv(db, SAMPLE)
    vt = _pid(db, "classic-varsity-top")
    answer = {"title": "Classic Varsity Top – sportliches Damen-Oberteil mit Stickerei",
              "bullets": ["Sportliches Oberteil mit aufgesticktem Buchstaben.", "Erhältlich in Klein, Mittel und Groß."],
              "description": "Das sportliche Oberteil in Grau und Schwarz wird mit Knöpfen geschlossen und trägt einen "
                             "aufgestickten Buchstaben. Erhältlich in den Größen Klein, Mittel und Groß.",
              "search_terms": "oberteil damen sportlich grau schwarz"}
    with LLMServer() as srv:
        srv.script([json_reply(answer)])
        prov = providers.registry.find("llm", "openai_compat")(base_url=srv.base_url, model="test-model",
                                                                api_key="sk", max_retries=0, timeout=10)
        try:
            d = generation.generate_one(db, vt, "de-DE", "listing", "amazon", provider=prov)
        finally:
            prov.close()
        sent = srv.requests[0]
    assert "use exactly these translations" in sent.system + sent.user
    assert "Klassisches College-Shirt" in sent.system + sent.user
    found = [c for c in d.latest.checks if c["rule_id"].startswith("generation.translation-memory")]
    assert found and found[0]["field"] == "title" and found[0]["fix"] == "Klassisches College-Shirt"


def test_dry_run_stores_nothing(apparel, capsys):
    assert main(["translations", "import", str(SAMPLE), "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("(dry run) shopify_translations_de.csv: 23 rows read, 10 translations")
    assert translations.list_translations(apparel) == []
