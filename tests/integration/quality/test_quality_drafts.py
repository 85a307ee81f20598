"""Linting drafts from the database (SQLite and PostgreSQL): the service, the report and ``studio lint``."""

from __future__ import annotations

import json

from sqlalchemy import insert

from studio.cli.main import main


def _product(db, pid: int, handle: str, sku: str, facts: dict) -> int:
    from studio.storage import models as m

    with db.engine.begin() as conn:
        conn.execute(insert(m.Product.__table__), [{
            "id": pid, "handle": handle, "title": handle.title(), "body_html": "", "body_text": "", "vendor": "Riviera",
            "product_type": "Shirt", "category": "", "tags": [], "status": "active", "published": True,
            "seo_title": "", "seo_description": "", "currency": "EUR", "extra": {}}])
        conn.execute(insert(m.Variant.__table__), [{"product_id": pid, "sku": sku, "title": "M", "options": {},
                                                    "price": 49, "currency": "EUR", "market_prices": {},
                                                    "position": 0}])
        conn.execute(insert(m.Fact.__table__), [
            {"product_id": pid, "key": k, "value": v, "type": "text", "source": "import", "user_edited": False,
             "position": i} for i, (k, v) in enumerate(facts.items())])
    return pid


def _seed(db):
    from studio.services import drafts

    shirt = _product(db, 1, "riviera-shirt", "RIV-M", {"material": "100% linen", "length": "74 cm"})
    mug = _product(db, 2, "stone-mug", "MUG-1", {"material": "stoneware", "capacity": "350 ml"})
    drafts.save_version(db, shirt, "en-GB", "listing", "amazon",
                        {"language": "en", "title": "Riviera Linen Shirt! Free Shipping",
                         "bullets": ["Silk collar", "74 cm long ☀️"], "search_terms": "linen shirt"},
                        author="offline", ai_generated=False)
    drafts.save_version(db, shirt, "ar-SA", "caption", "instagram",
                        {"language": "ar", "text": "قميص كتان SKU-1234 بطول 74 سم"}, author="ai", ai_generated=True)
    drafts.save_version(db, mug, "de-DE", "caption", "instagram",
                        {"language": "de", "text": "Becher aus Steinzeug, 350 ml."}, author="offline",
                        ai_generated=False)
    return shirt, mug


def test_lint_drafts_report_and_exports(db, tmp_path):
    from studio.services.quality import catalog_report, export_csv, lint_drafts, severity_totals

    _seed(db)
    results = lint_drafts(db)
    by = {(r.product_handle, r.market, r.target): r for r in results}
    amazon = by[("riviera-shirt", "en-GB", "amazon")]
    where = {(f.rule_id, f.field) for f in amazon.findings}
    assert ("amazon.title.banned-chars", "title") in where
    assert ("amazon.promotional", "title") in where
    assert ("grounding.materials", "bullets[0]") in where  # silk is not among the facts
    assert ("amazon.bullet.special-chars", "bullets[1]") in where
    assert ("grounding.numbers", "bullets[1]") not in where  # 74 cm is a fact
    ar = by[("riviera-shirt", "ar-SA", "instagram")]
    assert {f.rule_id for f in ar.findings} >= {"locale.rtl-isolation"}
    assert not [f for f in by[("stone-mug", "de-DE", "instagram")].findings if f.severity != "info"]
    rows = catalog_report(results)
    assert [(r.product_handle, r.market, r.target) for r in rows] == [
        ("riviera-shirt", "ar-SA", "instagram"), ("riviera-shirt", "en-GB", "amazon"),
        ("stone-mug", "de-DE", "instagram")]
    assert rows[1].errors == sum(1 for f in amazon.findings if f.severity == "error") > 0
    totals = severity_totals(results)
    assert totals["error"] == sum(r.errors for r in rows)
    assert "riviera-shirt" in export_csv(rows, tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    only = lint_drafts(db, product="MUG-1")
    assert [r.product_handle for r in only] == ["stone-mug"]


def test_cli_lint_drafts_exit_codes_and_json(db, capsys):
    _seed(db)
    rc = main(["lint", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert rc == 1 and data["counts"]["error"] > 0 and len(data["drafts"]) == 3
    first = next(d for d in data["drafts"] if d["target"] == "amazon")
    f = next(x for x in first["findings"] if x["rule_id"] == "amazon.title.banned-chars")
    assert f["field"] == "title" and f["span"] == [19, 20]
    rc = main(["lint", "--product", "stone-mug"])
    out = capsys.readouterr().out
    assert rc == 0 and "stone-mug" in out and "riviera" not in out
    rc = main(["lint", "--product", "riviera-shirt"])
    out = capsys.readouterr().out
    assert rc == 1 and "amazon.title.banned-chars" in out and "Riviera Linen Shirt! Free Shipping" in out


def test_demo_step_counts_by_severity(db, tmp_path):
    from studio.services.demo import DemoContext
    from studio.services.demo_steps import lint as step

    _seed(db)
    ctx = DemoContext(db=db, out=tmp_path)
    details = step.run(ctx)
    assert step.ORDER == 25
    assert details["drafts_linted"] == 3
    assert details["errors"] > 0 and details["warnings"] > 0
    assert ctx.state["quality"]["totals"]["error"] == details["errors"]
    assert (tmp_path / "quality-report.csv").is_file() and (tmp_path / "quality-report.html").is_file()
    assert "amazon.title.banned-chars" in details["most_frequent"]
