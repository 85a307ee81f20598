"""``studio creators add|list|show|update|export|delete`` — the creator roster (issue 21 items 2 and 5)."""

from __future__ import annotations

from studio.cli.common import add_command, emit, split_list
from studio.domain import StudioError


def register(sub) -> None:
    p = add_command(sub, "creators", "creator roster: add, list, show, update, import (CSV), export (JSON) or delete a creator", run)
    p.add_argument("action", choices=["add", "list", "show", "update", "import", "export", "delete"])
    p.add_argument("name", nargs="?", default=None, help="the creator's name on the roster (import: the CSV file)")
    p.add_argument("--platform", action="append", default=[], metavar="PLATFORM:HANDLE",
                   help="e.g. tiktok:@lina (repeatable)")
    p.add_argument("--markets", help="locale tags the creator reaches, comma-separated (e.g. ar-SA,ar-AE)")
    p.add_argument("--notes", help="audience notes (what you know about their audience; no personal data)")
    p.add_argument("--rename", help="new name (update)")
    p.add_argument("--search", default="", help="filter the list by name, handle or market")
    p.add_argument("--out", help="folder for the export (created when missing)")


def run(args) -> int:
    from studio.services import creators
    from studio.storage.db import default_database

    db = default_database()
    if args.action == "list":
        rows = creators.list_creators(db, args.search)

        def human() -> None:
            for c in rows:
                handles = ", ".join(f"{p['platform']} {p['handle']}" for p in c.platforms)
                print(f"{c.name:<24} {','.join(c.markets):<18} {handles}  ({c.briefs} briefs)")
            if not rows:
                print("no creators yet (studio creators add NAME --platform tiktok:@handle --markets de-DE)")

        emit(args, rows, human)
        return 0
    if args.action == "import":
        if not args.name:
            raise StudioError("'studio creators import' needs a CSV file (columns name, platforms, markets, notes)")
        r = creators.import_creators(db, args.name)
        emit(args, r, f"added {r['added']} creators from {r['file']}")
        return 0
    if not args.name:
        raise StudioError(f"'studio creators {args.action}' needs the creator's name")
    if args.action == "add":
        c = creators.add_creator(db, args.name, platforms=args.platform, markets=split_list(args.markets),
                                 audience_notes=args.notes or "")
        emit(args, c, f"added {c.name} ({c.ref}) to the roster")
        return 0
    if args.action == "update":
        c = creators.update_creator(db, args.name, platforms=args.platform or None,
                                    markets=split_list(args.markets) if args.markets is not None else None,
                                    audience_notes=args.notes, new_name=args.rename)
        emit(args, c, f"updated {c.name}")
        return 0
    if args.action == "show":
        c = creators.get_creator(db, args.name)
        perf = creators.performance(db, c.id)
        sent = [{k: v for k, v in b.items() if k != "brief"} for b in creators.briefs_of(db, c.id)]
        data = {"creator": c, "briefs": sent, "performance": perf}

        def human_show() -> None:
            print(f"{c.name} ({c.ref}) — markets: {', '.join(c.markets) or '-'}")
            for p in c.platforms:
                print(f"  {p['platform']}: {p['handle']}")
            if c.audience_notes:
                print(f"  audience: {c.audience_notes}")
            for b in sent:
                print(f"  brief #{b['id']} {b['product']} {b['market']} {b['platform']} code {b['discount_code']}")
            orders = "unknown" if perf.orders is None else str(perf.orders)
            rev = ", ".join(f"{v} {k}" for k, v in perf.revenue.items()) or "-"
            print(f"  orders from their links: {orders}; revenue: {rev}")
            for n in perf.notes:
                print(f"  note: {n}")

        emit(args, data, human_show)
        return 0
    if args.action == "export":
        if not args.out:
            raise StudioError("'studio creators export' needs --out DIR (the folder to write the JSON into)")
        r = creators.export_creator(db, args.name, args.out)
        emit(args, r, f"exported {r['creator']}: {r['json']} and {r['csv']} ({r['briefs']} briefs)")
        return 0
    s = creators.delete_creator(db, args.name)
    emit(args, s, s.message)
    return 0
