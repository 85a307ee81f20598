"""``studio translations`` — the seller's own translations per market (product names, option values, fact values)
that both writers use and the checks enforce.

    studio translations [--product REF] [--market M] [--json]       list (with REF and M: the whole table)
    studio translations set REF MARKET FIELD VALUE                   FIELD: name | option:[OPTION=]VALUE | fact:KEY
    studio translations delete REF MARKET FIELD
    studio translations add MARKET SENTENCE TRANSLATION [--product REF] [--draft ID]
                                                                     a warning/direction sentence in your words
    studio translations import FILE [--market M] [--dry-run]         Shopify's translation export CSV
    studio translations export FILE [--market M] [--product REF]     the same CSV shape

REF ``*`` makes an option translation market-wide (every product with that option value).
"""

from __future__ import annotations

import argparse
import sys

from studio.cli.common import add_command, emit


def register(sub) -> None:
    p = add_command(sub, "translations", "your own translations per market (product names, option values, fact "
                                         "values) that generation uses; import Shopify's translation CSV", run_list)
    p.add_argument("--product", metavar="REF", help="handle or SKU")
    p.add_argument("--market", metavar="M", help="market tag, e.g. de-DE")
    actions = p.add_subparsers(dest="action", metavar="ACTION")

    s = actions.add_parser("set", help="set a translation: REF MARKET FIELD VALUE (FIELD: name, option:[OPTION=]"
                                       "VALUE, fact:KEY; an empty VALUE deletes it)")
    s.add_argument("ref", metavar="REF", help="handle or SKU ('*' = every product: option values only)")
    s.add_argument("market_tag", metavar="MARKET")
    s.add_argument("field", metavar="FIELD", help="name | option:Color=Navy | option:Navy | fact:material")
    s.add_argument("value", metavar="VALUE")
    s.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    s.set_defaults(func=run_set)

    a = actions.add_parser("add", help="your translation of one warning or direction sentence (what a "
                                       "'safety text not in …' error asks for): MARKET SENTENCE TRANSLATION")
    a.add_argument("market_tag", metavar="MARKET", help="market tag, e.g. de-DE")
    a.add_argument("sentence", metavar="SENTENCE", help="the sentence as the product states it (English)")
    a.add_argument("translation", metavar="TRANSLATION", help="the sentence in the market's language")
    a.add_argument("--product", dest="only_product", metavar="REF",
                   help="for this product only (default: every product stating the sentence)")
    a.add_argument("--draft", type=int, metavar="ID",
                   help="then write this draft again (offline writer) or check it again, and print what is left")
    a.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    a.set_defaults(func=run_add)

    d = actions.add_parser("delete", help="delete a translation: REF MARKET FIELD")
    d.add_argument("ref", metavar="REF")
    d.add_argument("market_tag", metavar="MARKET")
    d.add_argument("field", metavar="FIELD")
    d.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    d.set_defaults(func=run_delete)

    i = actions.add_parser("import", help="import Shopify's translation export CSV (Type, Identification, Field, "
                                          "Locale, Market, Status, Default content, Translated content)")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--market", dest="only_market", metavar="M", help="only this market (default: every market "
                                                                      "of each row's Locale)")
    i.add_argument("--dry-run", action="store_true", help="check and count, store nothing")
    i.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    i.set_defaults(func=run_import)

    e = actions.add_parser("export", help="write the translations as a Shopify-shaped translation CSV")
    e.add_argument("file", metavar="FILE")
    e.add_argument("--market", dest="only_market", metavar="M")
    e.add_argument("--product", dest="only_product", metavar="REF")
    e.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    e.set_defaults(func=run_export)


def _pid(db, ref: str | None) -> int | None:
    from studio.services import catalog

    if ref is None or ref.strip() == "*":
        return None
    return catalog.get_product_by_ref(db, ref).id


def run_list(args) -> int:
    from studio.services import translations
    from studio.storage.db import default_database

    db = default_database()
    pid = _pid(db, args.product)
    if pid is not None and args.market:
        rows = translations.memory_rows(db, pid, args.market)

        def table() -> None:
            w = max(len(r.field) for r in rows)
            for r in rows:
                shown = r.value or "—"
                extra = f"  ({r.scope}-wide)" if r.scope == "market" else ""
                extra += "  [outdated: the fact changed]" if r.outdated else ""
                print(f"{r.field[:60]:<{min(w, 60)}}  {r.source[:40]:<40}  → {shown}{extra}")
            missing = sum(1 for r in rows if not r.value)
            if missing:
                print(f"({missing} without a translation; the writers translate those themselves)")

        emit(args, rows, table)
        return 0
    items = translations.list_translations(db, pid, args.market)

    def human() -> None:
        if not items:
            print("No translations yet. Import Shopify's translation export with `studio translations import "
                  "FILE` or set one with `studio translations set REF MARKET name VALUE`.")
            return
        for t in items:
            who = t.handle or "(every product)"
            print(f"{t.market:<6} {who[:28]:<28} {t.field[:40]:<40} → {t.value}")

    emit(args, [dict(t.__dict__, field=t.field) for t in items], human)
    return 0


def run_set(args) -> int:
    from studio.services import translations
    from studio.storage.db import default_database

    db = default_database()
    summary = translations.set_translation(db, _pid(db, args.ref), args.market_tag, args.field, args.value)
    emit(args, {"ok": True, "message": summary.message}, f"Saved: {summary.message}")
    return 0


def run_add(args) -> int:
    from studio.services import translations
    from studio.storage.db import default_database

    db = default_database()
    pid = _pid(db, args.only_product)
    if args.draft is None:
        summary = translations.add_sentence(db, args.market_tag, args.sentence, args.translation, pid)
        emit(args, {"ok": True, "message": summary.message}, f"Saved: {summary.message}")
        return 0
    from studio.domain import StudioError
    from studio.services import drafts

    d = drafts.get_draft(db, args.draft)
    if pid is not None and pid != d.product_id:
        raise StudioError(f"draft {args.draft} is not of product {args.only_product}; leave out --product or give "
                          "the draft of that product")
    if translations.market_tag(args.market_tag) != d.market:
        raise StudioError(f"draft {args.draft} is for {d.market}, not {args.market_tag}: give MARKET {d.market}")
    d, found = translations.supply_sentence(db, args.draft, args.sentence, args.translation,
                                            this_product_only=pid is not None)
    left = [f for f in found if f.get("rule_id") == "generation.safety-untranslated"]
    errors = [f for f in found if f.get("severity") == "error"]

    def human() -> None:
        version = d.latest.number if d.latest else 0
        print(f"Saved. Draft {d.id} ({d.market} {d.kind}/{d.target}) version {version}: {len(errors)} error(s), "
              f"{len(left)} safety sentence(s) still untranslated")
        for f in left:
            print(f"  {f['message']}")

    emit(args, {"ok": True, "draft": d.id, "version": d.latest.number if d.latest else None,
                "errors": len(errors), "untranslated": [(f.get("data") or {}).get("sentence") for f in left]}, human)
    return 0


def run_delete(args) -> int:
    from studio.services import translations
    from studio.storage.db import default_database

    db = default_database()
    summary = translations.delete_translation(db, _pid(db, args.ref), args.market_tag, args.field)
    emit(args, {"ok": True, "message": summary.message}, summary.message)
    return 0


def run_import(args) -> int:
    from studio.services import translations
    from studio.storage.db import default_database

    res = translations.import_shopify_csv(default_database(), args.file, args.only_market, dry_run=args.dry_run)
    emit(args, res, lambda: print(("(dry run) " if args.dry_run else "") + res.summary()))
    for line in res.errors:
        print(f"studio translations import: {line}", file=sys.stderr)
    return 1 if res.errors else 0


def run_export(args) -> int:
    from studio.services import translations
    from studio.storage.db import default_database

    db = default_database()
    text = translations.export_shopify_csv(db, args.file, args.only_market, _pid(db, args.only_product))
    n = max(0, text.count("\n") - 1)
    emit(args, {"file": args.file, "rows": n}, f"Wrote {n} translations to {args.file}")
    return 0
