"""``studio facts --product REF`` — a product's facts with where each came from;
``studio facts suggest --product REF [--accept all|none|KEY,...]`` — facts the configured model reads off the
product's title and description, each with its source sentence and verified against the text; nothing is added
unless accepted. (Hand edits: ``studio products set-fact`` / ``delete-fact``.)
"""

from __future__ import annotations

import argparse

from studio.cli.common import add_command, emit


def register(sub) -> None:
    p = add_command(sub, "facts", "a product's facts and their source; 'facts suggest' asks the configured model "
                                  "for facts stated in the product's text", run_list)
    p.add_argument("--product", metavar="REF", help="handle or any variant SKU")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    s = actions.add_parser("suggest", help="suggest facts from the product's title and description (needs a "
                                           "model); each with its source sentence, added only when accepted")
    s.add_argument("--product", metavar="REF", required=True, help="handle or any variant SKU")
    s.add_argument("--accept", metavar="all|none|KEY,...", default="none",
                   help="which verified suggestions to add as facts (default none: show them only)")
    s.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output")
    s.set_defaults(func=run_suggest)


def source_of(fact) -> str:
    data = fact.data or {}
    if fact.source == "suggested":
        return data.get("note") or "suggested by a model, accepted by user"
    if fact.user_edited:
        return "edited"
    if data.get("from") in ("description", "title"):
        return f"from {data['from']}"
    return {"html": "from description", "import": "import"}.get(fact.source, fact.source)


def run_list(args) -> int:
    from studio.domain import StudioError
    from studio.services import catalog
    from studio.storage.db import default_database

    if not args.product:
        raise StudioError("name the product: studio facts --product REF (or studio facts suggest --product REF)")
    p = catalog.get_product_by_ref(default_database(), args.product)
    rows = [{"key": f.key, "value": f.value, "unit": f.unit, "type": f.type, "source": source_of(f),
             "quote": (f.data or {}).get("quote") or (f.data or {}).get("span")} for f in p.facts]

    def human() -> None:
        print(f"{p.handle}: {len(rows)} facts")
        for r in rows:
            print(f"  {r['key']}: {r['value']}  ({r['source']})")

    emit(args, {"product": p.handle, "facts": rows}, human)
    return 0


def run_suggest(args) -> int:
    from studio.services import catalog, fact_suggestions
    from studio.storage.db import default_database

    db = default_database()
    p = catalog.get_product_by_ref(db, args.product)
    result = fact_suggestions.suggest(db, p.id)
    chosen = fact_suggestions.choose(result, args.accept)  # refuses an unknown or unverified key before writing
    change = fact_suggestions.accept(db, result, chosen)
    accepted = [s.key for s in chosen]

    def human() -> None:
        print(f"{p.handle}: {len(result.suggestions)} suggestion(s) from {result.model} ({result.provider})")
        for s in result.suggestions:
            mark = "accepted" if s.key in accepted else ("verified" if s.verified else f"NOT verified: {s.reason}")
            unit = f" {s.unit}" if s.unit and s.unit not in s.value else ""
            was = f" (replaces {s.current!r})" if s.current is not None else ""
            print(f"  [{mark}] {s.key}: {s.value}{unit}{was}")
            print(f"      “{s.quote}”")
        if result.known:
            print(f"  already facts with the same value: {', '.join(result.known)}")
        if accepted:
            print(f"Added as facts ({result.note}): {', '.join(accepted)}")
        elif any(s.verified for s in result.suggestions):
            print("Nothing added. Accept with --accept all or --accept KEY,KEY.")
        else:
            print("Nothing added: no verified suggestion.")

    emit(args, dict(result.to_dict(), accepted=accepted, message=change.message), human)
    return 0
