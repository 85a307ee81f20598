"""The import report: what happened to each row, after every run (the app's Report tab, ``studio import --json``).

    report = build_report(result, options)   # a plain dict (JSON-ready)
    print(format_report(report))             # the same as text

It says how the file was read (format, encoding, delimiter, sheet, the column mapping used), the counts
(products read, created, updated, unchanged, skipped; variants and images), every product skipped with
its reasons, and the warnings and errors grouped by kind (``duplicate-sku``, ``handle-collision``,
``duplicate-variant``, ``currency-in-price``, ``unknown-keys``, ``unmapped-columns``, ``image-missing``…),
each with file, line and product.
"""

from __future__ import annotations

from studio.importers.records import ImportIssue, issue_kind

ITEMS_PER_KIND = 200  # issues listed per kind (the counts are complete)

KIND_TITLES = {
    "duplicate-sku": "SKU used by more than one product",
    "handle-collision": "handle already taken: product stored under another handle",
    "duplicate-variant": "variant written twice: imported once",
    "currency-in-price": "currency written inside a price",
    "unknown-keys": "JSON keys not imported",
    "unmapped-columns": "columns not imported",
    "image-missing": "images not found",
    "rows-not-consecutive": "rows of a product not together",
    "merged-description": "rows merged into one product have other descriptions (the first is kept)",
    "variable-without-variations": "variable products without variations",
    "wxr-skipped-items": "WordPress items that are not products",
    "store-view-row": "Magento store-view rows not imported (the default values are kept)",
    "child-not-in-file": "Magento children not in the file (variant with option values only)",
    "child-attributes": "Magento child attributes that are not options, not imported",
    "child-also-product": "Magento children also imported as products",
    "configurable-without-children": "Magento configurables without children",
    "weight-no-unit": "weights without a unit, not imported",
    "short-rows": "rows shorter than the header, their missing last cells read as empty",
    "no-currency": "prices without a currency (give the store's currency)",
    "sale-price": "sale prices not used (not below the price, another currency, or not running now)",
    "key-refused": "columns that look like a handle but would merge different products: not the product key",
    "generator-text": "descriptions holding a program's placeholder ([object Object]): kept as written",
    "not-a-gtin": "barcodes that are no GTIN (internal codes): kept, not used as an EAN",
    "compare-at-below-price": "compare-at prices below the price: no sale, kept as written",
    "compare-at-far-above": "compare-at prices 5 times the price or more: a typo? Kept as written",
    "error": "errors",
    "other": "other",
}


def group_issues(issues: list[ImportIssue]) -> dict[str, dict]:
    """{kind: {"title", "count", "items": [{file, line, column, product, message, hint}]}}, biggest kind first."""
    groups: dict[str, dict] = {}
    for issue in issues:
        kind = issue_kind(issue)
        g = groups.setdefault(kind, {"title": KIND_TITLES.get(kind, kind), "count": 0, "items": []})
        g["count"] += 1
        if len(g["items"]) < ITEMS_PER_KIND:
            g["items"].append({"file": issue.file, "line": issue.line, "column": issue.column,
                               "product": issue.handle, "message": issue.message, "hint": issue.hint})
    return dict(sorted(groups.items(), key=lambda kv: (-kv[1]["count"], kv[0])))


def build_report(result, options=None) -> dict:
    """The report of an ``ImportResult`` (dry run or real import) as a JSON-ready dict."""
    det = result.detection
    mapping = None
    if options is not None:
        mapping = getattr(options, "resolved_mapping", None) or getattr(options, "mapping", None)
    return {
        "file": det.path, "format": det.format, "container": det.container, "encoding": det.encoding,
        "delimiter": det.delimiter, "sheet": det.sheet, "mapping": mapping,
        "dedupe_skus": getattr(options, "dedupe_skus", None), "dry_run": result.dry_run, "status": result.status,
        "import_run_id": result.import_run_id,
        "counts": {
            "products_read": result.products_read, "created": result.created, "updated": result.updated,
            "unchanged": result.unchanged, "skipped": result.skipped_invalid,
            "variants_created": result.variants_created, "variants_updated": result.variants_updated,
            "images": result.images, "images_missing": result.images_missing, "facts_written": result.facts_written,
            "errors": result.error_count, "warnings": len(result.warnings),
        },
        "skipped": list(result.skipped[:ITEMS_PER_KIND]),
        "warnings": group_issues(result.warnings),
        "errors": group_issues(result.errors),
    }


def report_for_failure(detection, issues: list[ImportIssue], options=None, message: str = "") -> dict:
    """The report of an import that was refused as a whole (invalid rows, nothing written)."""
    mapping = None
    if options is not None:
        mapping = getattr(options, "resolved_mapping", None) or getattr(options, "mapping", None)
    skipped: dict[str, dict] = {}
    for i in issues:
        if i.severity == "error" and i.handle:
            skipped.setdefault(i.handle, {"product": i.handle, "line": i.line, "reasons": []})["reasons"].append(
                i.message)
    return {
        "file": detection.path, "format": detection.format, "container": detection.container,
        "encoding": detection.encoding, "delimiter": detection.delimiter, "sheet": detection.sheet,
        "mapping": mapping, "dedupe_skus": getattr(options, "dedupe_skus", None), "dry_run": False,
        "status": "failed", "message": message,
        "counts": {"created": 0, "updated": 0, "unchanged": 0, "skipped": len(skipped),
                   "errors": sum(1 for i in issues if i.severity == "error")},
        "skipped": list(skipped.values())[:ITEMS_PER_KIND],
        "warnings": group_issues([i for i in issues if i.severity != "error"]),
        "errors": group_issues([i for i in issues if i.severity == "error"]),
    }


def format_report(report: dict, per_kind: int = 5) -> str:
    """The report as text: how the file was read, the counts, skipped products, grouped warnings/errors."""
    c = report.get("counts", {})
    read = [f"format {report.get('format')}"]
    if report.get("encoding"):
        read.append(f"encoding {report['encoding']}")
    if report.get("delimiter"):
        read.append(f"delimiter {report['delimiter']!r}")
    if report.get("sheet"):
        read.append(f"sheet {report['sheet']!r}")
    lines = [f"File: {report.get('file')} ({', '.join(read)})"]
    if report.get("mapping"):
        lines.append("Mapping: " + ", ".join(f"{col} → {f}" for col, f in report["mapping"].items()))
    head = "Dry run (nothing written)" if report.get("dry_run") else (
        "Not imported" if report.get("status") == "failed" else "Imported")
    lines.append(f"{head}: {c.get('created', 0)} created, {c.get('updated', 0)} updated, "
                 f"{c.get('unchanged', 0)} unchanged, {c.get('skipped', 0)} skipped"
                 + (f" of {c['products_read']} read" if "products_read" in c else "")
                 + (f"; variants {c.get('variants_created', 0)} new, {c.get('variants_updated', 0)} changed; "
                    f"images {c.get('images', 0)} ({c.get('images_missing', 0)} missing)" if "images" in c else ""))
    for s in report.get("skipped", [])[:per_kind * 4]:
        where = f" (line {s['line']})" if s.get("line") else ""
        lines.append(f"  skipped {s.get('product')}{where}: " + "; ".join(s.get("reasons") or ["invalid"]))
    for label, key in (("Errors", "errors"), ("Warnings", "warnings")):
        for kind, g in (report.get(key) or {}).items():
            lines.append(f"{label} — {g['title']} ({kind}): {g['count']}")
            for it in g["items"][:per_kind]:
                loc = it["file"] or ""
                if it.get("line") is not None:
                    loc += f":{it['line']}"
                prod = f" [{it['product']}]" if it.get("product") else ""
                lines.append(f"  {loc}{prod} {it['message']}" + (f" — {it['hint']}" if it.get("hint") else ""))
            if g["count"] > per_kind:
                lines.append(f"  … {g['count'] - per_kind} more")
    return "\n".join(lines)
