"""``studio import FILE`` — import a catalog (Shopify, WooCommerce, Magento 2, CSV/TSV, XLSX, JSON, WXR)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from studio.cli.common import add_command, emit


def register(sub) -> None:
    p = add_command(sub, "import", "import a catalog file (Shopify / WooCommerce / Magento 2 CSV, CSV/TSV, XLSX, "
                                   "JSON, WXR)", run)
    p.add_argument("file", metavar="FILE", help="the catalog file")
    p.add_argument("--format", default="auto",
                   choices=["auto", "shopify", "woocommerce", "magento", "csv", "json", "xlsx", "wxr", "gmc"],
                   help="file format (default: detected; magento = Magento 2 import/export CSV; wxr = "
                        "WordPress/WooCommerce XML export; gmc = Google Merchant feed, XML or its TSV/CSV)")
    p.add_argument("--images", metavar="DIR", help="folder of images matched to products by SKU or handle file name")
    p.add_argument("--map", metavar="COL=FIELD", action="append", default=[],
                   help="generic CSV/XLSX: map a column to a field (title, sku, price, option:Size, fact:material, "
                        "ignore…); repeatable")
    p.add_argument("--preset", metavar="NAME", help="use a saved column-mapping preset (--map adds to it)")
    p.add_argument("--save-preset", metavar="NAME", help="save the mapping used as a named preset")
    p.add_argument("--dry-run", action="store_true", help="show what would be created/updated and every error; "
                                                           "write nothing")
    p.add_argument("--valid-rows-only", action="store_true",
                   help="import the valid products even when some rows are invalid (recorded on the import run)")
    p.add_argument("--encoding", metavar="NAME", help="the file's text encoding (utf-8, cp1252, cp1251, utf-16…) "
                                                       "when the detected one is wrong")
    p.add_argument("--currency", metavar="ISO", help="store currency for prices without one (e.g. EUR)")
    p.add_argument("--dedupe-skus", choices=["flag", "suffix", "error"], default="flag",
                   help="a SKU used by two products: flag = import both, SKU as written, listed in the report "
                        "(default); suffix = the later product gets SKU-2, SKU-3…; error = refuse those products")
    p.add_argument("--no-download", action="store_true",
                   help="kept for scripts: the import never downloads; `studio images sync` fetches image URLs")
    p.add_argument("--errors-csv", metavar="PATH", help="also write the errors to this CSV file")


def run(args) -> int:
    from studio.domain import StudioError
    from studio.services import importing
    from studio.storage.db import default_database

    mapping: dict[str, str] = {}
    if args.preset:
        mapping.update(importing.load_preset(args.preset))
    mapping.update(importing.parse_map_args(args.map))
    currency = (args.currency or "").strip().upper() or None
    if currency and (len(currency) != 3 or not currency.isalpha()):
        raise StudioError(f"--currency {args.currency!r} is not a 3-letter ISO code such as EUR")
    options = importing.ImportOptions(
        format=args.format, mapping=mapping or None, images_dir=args.images,
        import_valid_rows_only=args.valid_rows_only, dry_run=args.dry_run, currency=currency,
        download_images=not args.no_download, encoding=args.encoding, dedupe_skus=args.dedupe_skus)

    def progress(fraction: float, message: str) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r[{int(fraction * 100):3d}%] {message[:70]:<70}", end="", file=sys.stderr, flush=True)

    det = importing.detect(args.file, args.format, args.encoding)
    if det.encoding_uncertain and not args.json:  # a guess: say so, with what it rests on, before anything else
        print(f"warning: {Path(det.path).name}: the encoding is a guess ({det.encoding_confidence:.0%} sure): "
              f"{det.encoding_evidence}; if names or prices look wrong, run again with --encoding "
              f"{(det.encoding_alternatives or ['cp1252'])[0]}", file=sys.stderr)
    db = default_database()
    aborted: importing.ImportAborted | None = None
    data: dict[str, Any]
    if args.dry_run:
        plan = importing.plan_import(db, args.file, options, progress)
        errors, warnings = plan.errors, plan.warnings
        data = {
            "detected": det.as_dict(), "dry_run": True, "create": plan.create_count,
            "update": plan.update_count, "errors": [e.as_dict() for e in errors], "error_count": plan.error_count,
            "invalid_products": plan.invalid_products, "variants": plan.variants, "images": plan.images,
            "images_missing": plan.images_missing, "facts": plan.facts, "source_language": plan.source_language,
            "languages": plan.languages,
            "warnings": [w.as_dict() for w in warnings[:200]], "mapping": plan.mapping,
            "creates": [c.__dict__ for c in plan.creates[:200]], "updates": [u.__dict__ for u in plan.updates[:200]],
        }
        data["would_abort"] = bool(plan.error_count) and not args.valid_rows_only
        data["unchanged"] = plan.unchanged_count
        data["report"] = plan.report
        used_mapping = plan.mapping
    else:
        try:
            result: importing.ImportResult | None = importing.run_import(db, args.file, options, progress)
        except importing.ImportAborted as exc:
            aborted = exc
            result = None
        if result is not None:
            errors, warnings = result.errors, result.warnings
            data = {
                "detected": det.as_dict(), "dry_run": False, "import_run_id": result.import_run_id,
                "status": result.status, "created": result.created, "updated": result.updated,
                "skipped_invalid": result.skipped_invalid, "error_count": result.error_count,
                "errors": [e.as_dict() for e in errors], "variants_created": result.variants_created,
                "variants_updated": result.variants_updated, "images": result.images,
                "images_downloaded": result.images_downloaded, "images_missing": result.images_missing,
                "facts_written": result.facts_written, "facts_kept_user_edited": result.facts_kept_user,
                "source_language": result.source_language, "languages": result.languages, "seconds": round(result.seconds, 3),
                "warnings": [w.as_dict() for w in warnings[:200]], "unchanged": result.unchanged,
                "report": result.report,
            }
            used_mapping = options.resolved_mapping
            from studio.services import images as image_jobs  # URL images wait for `studio images sync`

            data["images_waiting"] = image_jobs.pending_count(db, result.product_ids)
        else:
            assert aborted is not None  # run_import returns or raises ImportAborted
            errors, warnings = aborted.issues, []
            data = {"detected": det.as_dict(), "dry_run": False, "status": "failed", "created": 0, "updated": 0,
                    "error_count": len(errors), "errors": [e.as_dict() for e in errors],
                    "report": importing.report_for_failure(det, errors, options, str(aborted))}
            used_mapping = None
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)
    if args.errors_csv and errors:
        importing.export_errors_csv(errors, args.errors_csv)
    if args.save_preset:
        importing.save_preset(args.save_preset, used_mapping or mapping)

    def human() -> None:
        print(f"Detected: {det.describe()}")
        for note in det.notes:
            print(f"  note: {note}")
        if used_mapping:
            print("Mapping: " + ", ".join(f"{c} → {f}" for c, f in used_mapping.items()))
        if args.dry_run and data["would_abort"]:
            print(f"Dry run (nothing written): the import would stop — {data['error_count']} error(s) in "
                  f"{data['invalid_products']} row(s)/product(s), nothing would be imported. With --valid-rows-only: "
                  f"{data['create']} to create, {data['update']} to update; {data['variants']} variants, "
                  f"{data['images']} images ({data['images_missing']} missing), {data['facts']} facts")
        elif args.dry_run:
            print(f"Dry run (nothing written): {data['create']} to create, {data['update']} to update, "
                  f"{data['unchanged']} unchanged, "
                  f"{data['error_count']} error(s) in {data['invalid_products']} product(s); "
                  f"{data['variants']} variants, {data['images']} images ({data['images_missing']} missing), "
                  f"{data['facts']} facts")
        elif aborted is None:
            print(f"Imported (run #{data['import_run_id']}): {data['created']} created, {data['updated']} updated, "
                  f"{data['unchanged']} unchanged, "
                  f"{data['skipped_invalid']} invalid product(s) skipped; {data['variants_created']} variants new, "
                  f"{data['variants_updated']} updated; {data['images']} images ({data['images_missing']} "
                  f"missing, {data['images_waiting']} waiting for download); {data['facts_written']} facts "
                  f"({data['facts_kept_user_edited']} hand-edited kept)")
            if data["images_waiting"]:
                print(f"{data['images_waiting']} image(s) wait for download: run `studio images sync` "
                      "(the import does not wait for them)")
        if data.get("source_language"):
            own = ", ".join(f"{n} in {lang}" for lang, n in sorted((data.get("languages") or {}).items()))
            print(f"Source language: {data['source_language']}"
                  + (f" (product(s) written in another script: {own})" if own else ""))
        for e in errors[:20]:
            print(f"  error: {e}")
        if len(errors) > 20:
            print(f"  … {len(errors) - 20} more (use --errors-csv PATH or --json)")
        for kind, g in ((data.get("report") or {}).get("warnings") or {}).items():  # grouped by kind
            print(f"  warnings — {g['title']} ({kind}): {g['count']}")
            for it in g["items"][:3]:
                loc = f"{it['file']}:{it['line']}" if it.get("line") is not None else (it["file"] or "")
                print(f"    {loc}{' [' + it['product'] + ']' if it.get('product') else ''} {it['message']}"
                      + (f" — {it['hint']}" if it.get("hint") else ""))  # what to do, as --json and the app say
            if g["count"] > 3:
                print(f"    … {g['count'] - 3} more (the full report: --json)")

    emit(args, data, human)
    if aborted is not None:
        raise aborted
    if args.dry_run and data["would_abort"]:
        return 2  # the exit of the real import, which would stop on these errors
    return 0
