"""``studio products`` — list the catalog; ``studio products show REF`` — one product with facts, variants, images;
``studio products set-fact REF KEY VALUE`` / ``delete-fact REF KEY`` — hand-edit the facts generation is grounded on.
"""

from __future__ import annotations

import argparse

from studio.cli.common import add_command, emit


def register(sub) -> None:
    p = add_command(sub, "products", "list the catalog (handle, title, variants, price); "
                                     "'products show REF' for one product", run_list)
    p.add_argument("--search", "-q", metavar="Q", default="", help="match title, handle, vendor or SKU")
    p.add_argument("--vendor", help="only this vendor")
    p.add_argument("--type", dest="product_type", help="only this product type")
    p.add_argument("--status", help="only this status (active, draft, archived)")
    p.add_argument("--missing-images", action="store_true", help="only products with no or missing images")
    p.add_argument("--limit", type=int, default=200, help="at most N rows (default 200; 0 = all)")
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--order", default="title", help="title, handle, vendor, type, status, updated, created, id "
                                                    "(prefix - to reverse)")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    show = actions.add_parser("show", help="one product: facts, variants, images")
    show.add_argument("ref", metavar="REF", help="handle or any variant SKU")
    show.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output")
    show.set_defaults(func=run_show)
    sf = actions.add_parser("set-fact", help="set a fact by hand (kept by re-imports)")
    sf.add_argument("ref", metavar="REF")
    sf.add_argument("key", metavar="KEY", help="material, dimensions, weight, colour, size, certification, care…")
    sf.add_argument("value", metavar="VALUE")
    sf.add_argument("--type", dest="fact_type", default="text",
                    choices=["text", "number", "dimensions", "weight", "list", "bool"])
    sf.add_argument("--unit")
    sf.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    sf.set_defaults(func=run_set_fact)
    df = actions.add_parser("delete-fact", help="delete a fact (a re-import will not bring it back)")
    df.add_argument("ref", metavar="REF")
    df.add_argument("key", metavar="KEY")
    df.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    df.set_defaults(func=run_delete_fact)


def _filters(args) -> dict:
    f: dict = {}
    if args.vendor:
        f["vendor"] = args.vendor
    if args.product_type:
        f["product_type"] = args.product_type
    if args.status:
        f["status"] = args.status
    if args.missing_images:
        f["has_missing_images"] = True
    return f


def run_list(args) -> int:
    from studio.domain import StudioError
    from studio.services import catalog
    from studio.storage.db import default_database

    if args.limit < 0 or args.offset < 0:
        raise StudioError("--limit and --offset must not be negative")
    db = default_database()
    filters = _filters(args)
    total = catalog.count_products(db, args.search, filters)
    limit = args.limit or max(total, 1)
    rows = catalog.list_products(db, args.offset, limit, args.search, filters, args.order)

    def human() -> None:
        if not rows:
            print("No products." + ("" if total else " Import a catalog with `studio import FILE`."))
            return
        w = max(len(r.handle) for r in rows)
        for r in rows:
            price = _money(r.min_price, r.currency)
            print(f"{r.handle:<{w}}  {r.title[:48]:<48}  {r.variant_count:>3} var  {price:>12}  {r.vendor}")
        if any(r.min_price is not None and not r.currency for r in rows):
            print("Prices marked (no currency): the catalog file named none — import it again with --currency ISO "
                  "(e.g. --currency CLP), or set Currency in the app's import dialog")
        if total > len(rows):
            print(f"({len(rows)} of {total}; use --limit/--offset)")

    emit(args, {"total": total, "offset": args.offset, "products": rows}, human)
    return 0


def run_show(args) -> int:
    from studio.services import catalog
    from studio.storage.db import default_database

    p = catalog.get_product_by_ref(default_database(), args.ref)

    def human() -> None:
        print(f"{p.title}  [{p.handle}]  id {p.id}")
        print(f"  vendor {p.vendor or '-'} · type {p.product_type or '-'} · status {p.status} · "
              f"language {p.source_language or '?'}")
        if p.tags:
            print(f"  tags: {', '.join(p.tags)}")
        short = catalog.short_description(p)
        if short:
            print("  short description: " + short.replace("\n", "\n    "))
        if p.body_text:
            body = p.body_text if len(p.body_text) < 600 else p.body_text[:600] + "…"
            print("  " + body.replace("\n", "\n  "))
        print(f"Facts ({len(p.facts)}):")
        for f in p.facts:
            mark = " (edited)" if f.user_edited else f" ({f.source})"
            print(f"  {f.key}: {f.value}{mark}")
        print(f"Variants ({len(p.variants)}):")
        for v in p.variants:
            opts = ", ".join(f"{k}={x}" for k, x in v.options.items())
            price = _money(v.price, v.currency or p.currency)
            print(f"  {v.sku or '(no SKU)'}  {opts or v.title}  {price}")
        print(f"Images ({len(p.media)}):")
        for m in p.media:
            print(f"  {m.position}. [{m.status}] {m.local_path or m.src}")

    emit(args, p, human)
    return 0


def run_set_fact(args) -> int:
    from studio.services import catalog
    from studio.storage.db import default_database

    db = default_database()
    p = catalog.get_product_by_ref(db, args.ref)
    change = catalog.set_fact(db, p.id, args.key, args.value, args.fact_type, args.unit)
    emit(args, change, f"{p.handle}: {change.message}")
    return 0


def run_delete_fact(args) -> int:
    from studio.services import catalog
    from studio.storage.db import default_database

    db = default_database()
    p = catalog.get_product_by_ref(db, args.ref)
    change = catalog.delete_fact(db, p.id, args.key)
    emit(args, change, f"{p.handle}: {change.message}")
    return 0


def _money(amount, currency: str | None) -> str:
    """A price with its currency; one the file named none for says so (stop 21: a Chilean shop's "54000" was shown
    bare, as if it had one)."""
    if amount is None:
        return "-"
    return f"{amount.normalize():f} {currency}" if currency else f"{amount.normalize():f} (no currency)"
