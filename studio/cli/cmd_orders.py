"""``studio orders import FILE [--format shopify|woocommerce|csv] [--map COL=FIELD ...] [--json]`` and
``studio orders [--json]`` (what has been imported).

Personal data in the export (names, e-mails, phone numbers, addresses, notes) is dropped as it is read; the
report names the columns dropped. Importing the same file again changes nothing. A file with refused rows
imports nothing (each row is listed with file, line, column and what to do) unless ``--valid-rows-only``.
"""

from __future__ import annotations

import sys
from typing import Any

from studio.cli.common import add_command, emit


def register(sub) -> None:
    p = add_command(sub, "orders", "import order exports (Shopify, WooCommerce, CSV) for Insights; list what "
                                   "was imported", run)
    p.add_argument("action", nargs="?", default="list", choices=["list", "import"],
                   help="list (default) | import FILE")
    p.add_argument("file", nargs="?", metavar="FILE", help="the order export (CSV)")
    p.add_argument("--format", default="auto", choices=["auto", "shopify", "woocommerce", "csv"],
                   help="file format (default: detected from the columns)")
    p.add_argument("--map", metavar="COL=FIELD", action="append", default=[],
                   help="map a column to a field: order_id, line, ordered_at, sku, item_name, quantity, revenue, "
                        "unit_price, line_discount, currency, status, country, utm_source, utm_medium, "
                        "utm_campaign, utm_content, landing_site; repeatable")
    p.add_argument("--currency", metavar="ISO", help="currency of amounts when the file names none (e.g. EUR)")
    p.add_argument("--encoding", metavar="NAME", help="the file's text encoding when the detected one is wrong")
    p.add_argument("--valid-rows-only", action="store_true",
                   help="import the valid rows even when some rows are refused (each refused row is listed)")


def run(args) -> int:
    from studio.domain import StudioError
    from studio.services import orders
    from studio.storage.db import default_database

    db = default_database()
    if args.action == "list":
        data = orders.summary(db)

        def human() -> None:
            print(f"{data['orders']} orders, {data['lines']} order lines; revenue: "
                  + (", ".join(f"{v} {k}" for k, v in data["revenue"].items()) or "none"))
            att = data["attributed"]
            print(f"attributed through UTM tags: {att.get('utm-post', 0)} lines to posts, "
                  f"{att.get('utm-live', 0)} to lives")
            last = data["last_import"]
            if last:
                print(f"last import: {last['file']} ({last['format']}, {last['status']}): {last['added']} added, "
                      f"{last['updated']} updated, {last['unchanged']} unchanged, {last['errors']} refused rows")
            else:
                print("nothing imported yet (studio orders import FILE)")

        emit(args, data, human)
        return 0
    if not args.file:
        raise StudioError("'studio orders import' needs the order export: studio orders import FILE")
    from studio.importers.orders import parse_map_args

    report = orders.import_orders(db, args.file, args.format, parse_map_args(args.map), currency=args.currency,
                                  skip_invalid=args.valid_rows_only, encoding=args.encoding)
    result: dict[str, Any] = dict(report.__dict__, summary=report.summary(), privacy=report.privacy_note())

    def human_report() -> None:
        print(report.summary())
        print(report.privacy_note())
        for w in report.warnings[:10]:
            print(f"warning: {_issue_line(w)}")
        for e in report.errors[:20]:
            print(f"refused: {_issue_line(e)}")
        if len(report.errors) > 20:
            print(f"… and {len(report.errors) - 20} more refused rows (see --json)")

    emit(args, result, human_report)
    if report.status == "refused":
        print(f"studio orders: {report.summary()}", file=sys.stderr)
        return 2
    return 0


def _issue_line(i: dict[str, Any]) -> str:
    loc = f"{i.get('file')}" + (f":{i['line']}" if i.get("line") else "") + (
        f": column {i['column']}" if i.get("column") else "")
    return f"{loc}: {i.get('message')}" + (f" — {i['hint']}" if i.get("hint") else "")
