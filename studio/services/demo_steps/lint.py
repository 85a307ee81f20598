"""Demo step 25: lint every draft the demo generated and print the counts by severity."""

from __future__ import annotations

ORDER = 25
TITLE = "Quality checks: lint the generated drafts"


def run(ctx) -> dict:
    from studio.services.quality import catalog_report, export_csv, export_html, lint_drafts, severity_totals

    results = lint_drafts(ctx.db, cancel=ctx.cancel)
    totals = severity_totals(results)
    rows = catalog_report(results)
    csv_path = export_csv(rows, ctx.out / "quality-report.csv")
    html_path = export_html(rows, ctx.out / "quality-report.html")
    rules: dict[str, int] = {}
    for r in results:
        for f in r.findings:
            if f.severity != "info":
                rules[f.rule_id] = rules.get(f.rule_id, 0) + 1
    ctx.state["quality"] = {"totals": totals, "drafts": len(results)}
    details = {
        "drafts_linted": len(results),
        "errors": totals["error"],
        "warnings": totals["warning"],
        "info": totals["info"],
        "report_csv": str(csv_path),
        "report_html": str(html_path),
    }
    if rules:
        details["most_frequent"] = ", ".join(f"{k} ×{v}" for k, v in sorted(rules.items(), key=lambda kv: -kv[1])[:5])
    return details
