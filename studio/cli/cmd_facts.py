"""``studio facts --product REF`` — a product's facts with where each came from (a fact read from the description
with a doubt is marked "from description — confirm", with the reason);
``studio facts confirm --product REF (KEY ... | --all)`` / ``studio facts reject --product REF KEY ...`` — the seller
confirms such a fact (the offline writer then states it) or rejects it (deleted; a re-import does not bring it back);
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
    keyed(actions, "confirm", "confirm facts read from the description with a doubt (shown as 'from description — "
          "confirm'): the offline writer then states them", "the facts to confirm (e.g. certification weight)",
          run_confirm, every="every fact of the product still to confirm")
    keyed(actions, "reject", "reject facts read from the description: deleted, and a re-import does not bring them "
          "back", "the facts to reject", run_reject)


def keyed(actions, name: str, help: str, keys_help: str, func, every: str | None = None) -> None:
    """``studio facts confirm`` / ``reject``: one product, fact keys (or ``--all`` where ``every`` says what it
    takes), ``--json``."""
    c = actions.add_parser(name, help=help)
    c.add_argument("--product", metavar="REF", required=True, help="handle or any variant SKU")
    c.add_argument("keys", nargs="*", metavar="KEY", help=keys_help)
    if every:
        c.add_argument("--all", action="store_true", help=every)
    c.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output")
    c.set_defaults(func=func)


def source_of(fact) -> str:
    from studio.importers.certainty import CONFIRM, CONFIRMED, certainty_of

    data = fact.data if isinstance(fact.data, dict) else {}
    sure = certainty_of(fact)
    if fact.source == "suggested":
        return data.get("note") or "suggested by a model, accepted by user"
    if fact.user_edited and sure != CONFIRMED:
        return "edited"
    if data.get("from") in ("description", "title"):
        if sure == CONFIRM:
            return f"from {data['from']} — confirm"
        if sure == CONFIRMED:
            return f"from {data['from']}, confirmed"
        return f"from {data['from']}"
    return {"html": "from description", "import": "import"}.get(fact.source, fact.source)


def run_list(args) -> int:
    from studio.domain import StudioError
    from studio.services import catalog
    from studio.storage.db import default_database

    if not args.product:
        raise StudioError("name the product: studio facts --product REF (or studio facts suggest --product REF)")
    p = catalog.get_product_by_ref(default_database(), args.product)
    from studio.importers.certainty import CONFIRM, DOUBT_TEXT, certainty_of

    rows = [{"key": f.key, "value": f.value, "unit": f.unit, "type": f.type, "source": source_of(f),
             "certainty": certainty_of(f), "doubt": (f.data or {}).get("doubt") if certainty_of(f) == CONFIRM else None,
             "quote": (f.data or {}).get("quote") or (f.data or {}).get("span")} for f in p.facts]
    waiting = [str(r["key"]) for r in rows if r["certainty"] == CONFIRM]

    def human() -> None:
        print(f"{p.handle}: {len(rows)} facts")
        for r in rows:
            why = f" — {DOUBT_TEXT.get(r['doubt'], r['doubt'])}" if r["doubt"] else ""
            print(f"  {r['key']}: {r['value']}  ({r['source']}{why})")
        if waiting:
            print(f"{len(waiting)} fact(s) to confirm; the offline writer leaves them out until you confirm them: "
                  f"studio facts confirm --product {p.handle} {' '.join(waiting)} (or --all), or "
                  f"studio facts reject --product {p.handle} KEY")

    emit(args, {"product": p.handle, "facts": rows, "to_confirm": waiting}, human)
    return 0


def run_confirm(args) -> int:
    from studio.domain import StudioError
    from studio.services import catalog

    if not args.keys and not args.all:
        raise StudioError(f"name the facts to confirm: studio facts confirm --product {args.product} KEY ... "
                          "(or --all for every fact to confirm; studio facts --product REF lists them)")
    if args.keys and args.all:
        raise StudioError("give fact keys or --all, not both")
    return _settle(args, lambda db, pid: catalog.confirm_facts(db, pid, None if args.all else args.keys), {}, "")


def run_reject(args) -> int:
    from studio.domain import StudioError
    from studio.services import catalog

    if not args.keys:
        raise StudioError(f"name the facts to reject: studio facts reject --product {args.product} KEY ... "
                          "(studio facts --product REF lists them)")
    return _settle(args, lambda db, pid: catalog.reject_facts(db, pid, args.keys), {"rejected": list(args.keys)},
                   " (a re-import will not bring them back)")


def _settle(args, change_of, more: dict, note: str) -> int:
    """Confirm or reject: the product, the one service call that checks every key before it changes anything
    (``catalog.confirm_facts`` / ``catalog.reject_facts``, the app's too), its message."""
    from studio.services import catalog
    from studio.storage.db import default_database

    db = default_database()
    p = catalog.get_product_by_ref(db, args.product)
    change = change_of(db, p.id)
    emit(args, {"product": p.handle, **more, "message": change.message},
         lambda: print(f"{p.handle}: {change.message}{note}"))
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
