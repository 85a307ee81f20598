"""Sales: import order exports without personal data, and attribute order lines to posts and lives (issue 20).

``import_orders`` reads a Shopify, WooCommerce or mapped CSV export (``studio.importers.orders``), ties each line
to a catalog product (variant SKU, then handle, then product title), and upserts it under its stable key
(source, order ref, line number): importing the same export again adds and changes nothing. A file with refused
rows imports nothing unless ``skip_invalid`` (then every refused row is listed in the report). The report names
the columns dropped because they hold personal data.

``attribute`` credits order lines through UTM tags: to the published post whose shop link carries the same
campaign (and source/content where the post's link has them) — the latest such post published before the
order — else to the livestream kit whose product links carry that campaign. Lines without a matching tag stay
unattributed; Insights shows product sales after a post as correlation, labelled so.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from studio import clock
from studio.domain import StudioError
from studio.jobs import CancelToken, ProgressFn
from studio.storage import models as m
from studio.storage import models_orders as mo
from studio.storage.db import Database

#: order statuses that are not sales: such lines are stored (and counted in ``studio orders``) but never credited
NOT_SOLD = frozenset({"refunded", "voided", "cancelled", "canceled", "failed", "trash", "expired"})
_URL = re.compile(r"https?://[^\s<>\"'）)]+")
CHUNK = 500


@dataclass
class OrderImportReport:
    file: str
    format: str
    encoding: str | None
    status: str  # committed | refused
    rows_read: int = 0
    lines: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    unmatched: int = 0  # lines that name no catalog product
    refused: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    dropped_columns: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    times_without_zone: int = 0
    with_utm: int = 0
    attributed_posts: int = 0
    attributed_lives: int = 0
    correlated: int = 0  # lines of a product sold within the window after an untagged post (correlation)
    import_id: int | None = None

    def summary(self) -> str:
        if self.status == "refused":
            first = self.errors[0] if self.errors else {}
            where = f"{first.get('file')}:{first.get('line')}" + (f" column {first['column']}" if first.get("column")
                                                                    else "")
            return (f"{self.refused} row(s) refused, nothing imported — first at {where}: {first.get('message')} "
                    f"({first.get('hint')}); fix them or import the valid rows with --valid-rows-only")
        parts = [f"{self.lines} order lines from {Path(self.file).name} ({self.format}): {self.added} added, "
                 f"{self.updated} updated, {self.unchanged} unchanged"]
        if self.refused:
            parts.append(f"{self.refused} row(s) refused (listed)")
        if self.unmatched:
            parts.append(f"{self.unmatched} line(s) match no catalog product")
        parts.append(f"{self.with_utm} with UTM tags; attributed: {self.attributed_posts} to posts, "
                     f"{self.attributed_lives} to lives; {self.correlated} sold within "
                     f"72 h after a post without a UTM link (correlation)")
        return "; ".join(parts)

    def privacy_note(self) -> str:
        if not self.dropped_columns:
            return "no personal-data columns found"
        return ("personal data dropped as read (never stored): " + ", ".join(self.dropped_columns)
                + "; kept per line: order ref, time, SKU/item, quantity, revenue, currency, status, country code, "
                  "UTM tags")


def _product_index(db: Database) -> dict[str, int]:
    """SKU / handle / title (exact and lower-case) → product id, for matching order lines."""
    idx: dict[str, int] = {}
    with db.engine.connect() as conn:
        for pid, handle, title in conn.execute(select(m.Product.id, m.Product.handle, m.Product.title)):
            for key in (f"t:{(title or '').strip().lower()}", f"h:{handle}", f"h:{(handle or '').lower()}"):
                idx.setdefault(key, int(pid))
        for pid, sku in conn.execute(select(m.Variant.product_id, m.Variant.sku).where(m.Variant.sku.is_not(None))):
            idx.setdefault(f"s:{sku}", int(pid))
            idx.setdefault(f"s:{str(sku).lower()}", int(pid))
    return idx


def match_product(idx: dict[str, int], sku: str | None, name: str) -> int | None:
    if sku:
        for key in (f"s:{sku}", f"s:{sku.lower()}", f"h:{sku}", f"h:{sku.lower()}"):
            if key in idx:
                return idx[key]
    n = (name or "").strip().lower()
    if n:
        if f"t:{n}" in idx:
            return idx[f"t:{n}"]
        head = re.split(r"\s+[-–]\s+", n)[0]  # Shopify "Title - Variant title"
        if f"t:{head}" in idx:
            return idx[f"t:{head}"]
    return None


_VALUE_COLS = ("ordered_at", "sku", "item_name", "product_id", "quantity", "revenue", "currency", "status",
               "country", "utm_source", "utm_medium", "utm_campaign", "utm_content")


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, datetime) and isinstance(new, datetime):
        if old.tzinfo is None:
            old = old.replace(tzinfo=new.tzinfo)
        return old == new
    if isinstance(old, Decimal | float | int) and isinstance(new, Decimal | float | int):
        return Decimal(str(old)) == Decimal(str(new))
    return old == new


def import_orders(db: Database, path: str | Path, fmt: str = "auto", mapping: dict[str, str] | None = None, *,
                  currency: str | None = None, skip_invalid: bool = False, encoding: str | None = None,
                  progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> OrderImportReport:
    from studio.importers import orders as reader

    if progress is None:
        from studio.jobs import no_progress

        progress = no_progress
    path = Path(path)
    if currency and not re.fullmatch(r"[A-Za-z]{3}", currency):
        raise StudioError(f"--currency {currency!r}: use a three-letter ISO 4217 code such as EUR")
    progress(0.02, f"reading {path.name}")
    plan, parsed, enc = reader.read(path, fmt, mapping, default_currency=currency.upper() if currency else None,
                                    encoding=encoding,
                                    cancel=cancel.raise_if_cancelled if cancel is not None else None)
    errors = [i.as_dict() for i in parsed.issues if i.severity == "error"]
    warnings = [i.as_dict() for i in parsed.issues if i.severity != "error"]
    report = OrderImportReport(str(path), plan.format, enc, "committed", rows_read=parsed.rows_read,
                               errors=errors, warnings=warnings, dropped_columns=list(plan.dropped),
                               ignored_columns=list(plan.ignored), refused=len(errors),
                               times_without_zone=parsed.naive_times)
    if not any(r.currency for r in parsed.records) and parsed.records:
        report.warnings.append({"file": path.name, "line": None, "column": None, "severity": "warning",
                                "message": "the file names no currency; revenue is stored without one",
                                "hint": "pass --currency EUR (or the shop's currency) and import again"})
    if parsed.naive_times:
        report.warnings.append({"file": path.name, "line": None, "column": None, "severity": "warning",
                                "message": f"{parsed.naive_times} order time(s) carry no time zone; read as UTC",
                                "hint": "export with the zone (e.g. +0200) if the shop's clock is not UTC"})
    with db.session() as s:
        run = mo.OrderImport(file=str(path), format=plan.format, encoding=enc, mapping=mapping or None,
                             status="running", rows_read=parsed.rows_read, error_count=len(errors),
                             errors=errors[:1000], dropped_columns=plan.dropped, ignored_columns=plan.ignored)
        s.add(run)
        s.flush()
        run_id = run.id
    report.import_id = run_id
    if errors and not skip_invalid:
        report.status = "refused"
        with db.session() as s:
            s.execute(update(mo.OrderImport).where(mo.OrderImport.id == run_id)
                      .values(status="failed", finished_at=clock.now()))
        return report
    idx = _product_index(db)
    records = parsed.records
    report.lines = len(records)
    for start in range(0, len(records), CHUNK):
        if cancel is not None:
            cancel.raise_if_cancelled()
        chunk = records[start:start + CHUNK]
        progress(0.1 + 0.7 * start / max(1, len(records)), f"order lines {start + 1}–{start + len(chunk)}")
        with db.session() as s:
            refs = {r.order_ref for r in chunk}
            existing: dict[tuple[str, int], Any] = {}
            for row in s.execute(select(mo.OrderLine.id, mo.OrderLine.order_ref, mo.OrderLine.line_no,
                                        *[getattr(mo.OrderLine, c) for c in _VALUE_COLS])
                                 .where(mo.OrderLine.source == plan.format, mo.OrderLine.order_ref.in_(refs))):
                existing[(row.order_ref, row.line_no)] = row
            new_rows = []
            for r in chunk:
                pid = match_product(idx, r.sku, r.item_name)
                if pid is None:
                    report.unmatched += 1
                if r.utm:
                    report.with_utm += 1
                values = {"ordered_at": r.ordered_at, "sku": r.sku, "item_name": r.item_name, "product_id": pid,
                          "quantity": r.quantity, "revenue": r.revenue, "currency": r.currency, "status": r.status,
                          "country": r.country, **{k: r.utm.get(k) for k in reader.UTM}}
                old = existing.get((r.order_ref, r.line_no))
                if old is None:
                    new_rows.append({"source": plan.format, "order_ref": r.order_ref, "line_no": r.line_no,
                                     "import_id": run_id, **values})
                    existing[(r.order_ref, r.line_no)] = None  # a duplicate key later in the same file updates
                    report.added += 1
                elif all(_same(getattr(old, c), values[c]) for c in _VALUE_COLS):
                    report.unchanged += 1
                else:
                    s.execute(update(mo.OrderLine).where(mo.OrderLine.id == old.id).values(import_id=run_id,
                                                                                          **values))
                    report.updated += 1
            if new_rows:
                s.execute(insert(mo.OrderLine), new_rows)
    progress(0.85, "attributing orders to posts and lives")
    counts = attribute(db)
    report.attributed_posts, report.attributed_lives = counts["posts"], counts["lives"]
    report.correlated = counts["window"]
    with db.session() as s:
        s.execute(update(mo.OrderImport).where(mo.OrderImport.id == run_id).values(
            status="committed", added=report.added, updated=report.updated, unchanged=report.unchanged,
            finished_at=clock.now()))
    progress(1.0, report.summary())
    return report


# --------------------------------------------------------------------------- attribution


def utm_in_text(*texts: str | None) -> dict[str, str]:
    """The UTM tags of the first shop link in a post's text or first comment."""
    from studio.importers.orders import utm_from_url

    for text in texts:
        for url in _URL.findall(text or ""):
            tags = utm_from_url(url.rstrip(".,;:!?…»”’"))  # "…&utm_content=k." at a sentence's end is "k"
            if tags.get("utm_campaign") or tags.get("utm_source"):
                return tags
    return {}


def _live_campaigns(db: Database) -> dict[str, int]:
    """utm_campaign → live kit id, from the UTM shop links each kit holds."""
    out: dict[str, int] = {}
    with db.session() as s:
        for kit_id, data in s.execute(select(m.LiveKit.id, m.LiveKit.data)):
            for p in ((data or {}).get("kit") or {}).get("products") or []:
                tags = utm_in_text(str(p.get("link") or ""))
                if tags.get("utm_campaign"):
                    out.setdefault(tags["utm_campaign"], int(kit_id))
    return out


def attribute(db: Database, *, refresh_first: bool = True) -> dict[str, int]:
    """Rebuild ``order_attributions``; returns {"posts": n, "lives": n, "window": n}.

    Lines whose status says they were not sold (``NOT_SOLD``: refunded, voided, cancelled…) are not credited.
    ``utm-post``: the line's UTM campaign (and source/medium/content where the post's link has them) matches a
    published post's shop link — the latest such post published before the order (none published yet: not a post's).
    ``utm-live``: no post matches and a livestream kit's product links carry the campaign. ``window``
    (correlation, never added to the attributed figures): any other line of a catalog product, credited to the
    latest post of that product *without* a UTM link published in the ``CORRELATION_HOURS`` before the order —
    among the posts for the line's country when the line names one (a de-DE post for an order shipped to DE)."""
    from bisect import bisect_right
    from datetime import timedelta

    from studio.services import insights

    if refresh_first:
        insights.refresh(db, attribute_new=False)
    IP, OL = mo.InsightPost, mo.OrderLine
    posts: dict[str, list[tuple[datetime, int, dict[str, str]]]] = defaultdict(list)
    untagged: dict[tuple[int, str | None], list[tuple[datetime, int]]] = defaultdict(list)
    with db.engine.connect() as conn:
        for row in conn.execute(select(IP.post_id, IP.published_at, IP.has_utm, IP.product_id, IP.market, IP.utm_source,
                                       IP.utm_medium, IP.utm_campaign, IP.utm_content)):
            if row.has_utm and row.utm_campaign:
                tags = {"utm_source": row.utm_source, "utm_medium": row.utm_medium, "utm_content": row.utm_content}
                posts[row.utm_campaign].append((_aware(row.published_at), int(row.post_id), tags))
            elif not row.has_utm and row.product_id is not None:
                # by product, and by product × the market's country for lines that name their country
                untagged[(int(row.product_id), None)].append((_aware(row.published_at), int(row.post_id)))
                country = (row.market or "")[-2:].upper() or None
                untagged[(int(row.product_id), country)].append((_aware(row.published_at), int(row.post_id)))
        lines = [ln for ln in conn.execute(select(OL.id, OL.ordered_at, OL.product_id, OL.country, OL.status,
                                                  OL.utm_source, OL.utm_medium, OL.utm_campaign, OL.utm_content))
                 if (ln.status or "").strip().lower() not in NOT_SOLD]
    for tagged in posts.values():
        tagged.sort(key=lambda t: t[0])
    times: dict[tuple[int, str | None], list[datetime]] = {}
    for slot, plain in untagged.items():
        plain.sort()
        times[slot] = [t for t, _ in plain]
    window = timedelta(hours=insights.CORRELATION_HOURS)
    lives = _live_campaigns(db) if any(ln.utm_campaign for ln in lines) else {}
    rows: list[dict[str, Any]] = []
    for ln in lines:
        when = _aware(ln.ordered_at)
        if ln.utm_campaign:
            best = None
            for published, post_id, tags in posts.get(ln.utm_campaign, []):
                if any(tags.get(k) and getattr(ln, k) and tags[k] != getattr(ln, k)
                       for k in ("utm_source", "utm_medium", "utm_content")):
                    continue
                if published <= when:  # a post cannot have sold what was ordered before it went out
                    best = post_id
            if best is not None:
                rows.append({"order_line_id": ln.id, "post_id": best, "live_kit_id": None, "method": "utm-post"})
                continue
            if ln.utm_campaign in lives:
                rows.append({"order_line_id": ln.id, "post_id": None, "live_kit_id": lives[ln.utm_campaign],
                             "method": "utm-live"})
                continue
        key: tuple[int, str | None] | None = (
            (int(ln.product_id), (ln.country or "").upper() or None) if ln.product_id is not None else None)
        if key is not None and key in times:
            ts = times[key]
            i = bisect_right(ts, when) - 1
            if i >= 0 and when < ts[i] + window:
                rows.append({"order_line_id": ln.id, "post_id": untagged[key][i][1],
                             "live_kit_id": None, "method": "window"})
    with db.session() as s:
        s.execute(delete(mo.OrderAttribution))
        for start in range(0, len(rows), 2000):
            s.execute(insert(mo.OrderAttribution), rows[start:start + 2000])
    return {"posts": sum(1 for r in rows if r["method"] == "utm-post"),
            "lives": sum(1 for r in rows if r["method"] == "utm-live"),
            "window": sum(1 for r in rows if r["method"] == "window")}


def _aware(dt: datetime) -> datetime:
    from datetime import UTC

    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


# --------------------------------------------------------------------------- reading


def summary(db: Database) -> dict[str, Any]:
    """Counts for the app and ``studio orders``: lines, orders, revenue per currency, attributed lines."""
    with db.engine.connect() as conn:
        lines = conn.execute(select(func.count()).select_from(mo.OrderLine)).scalar() or 0
        orders = conn.execute(select(func.count()).select_from(
            select(mo.OrderLine.source, mo.OrderLine.order_ref).distinct().subquery())).scalar() or 0
        revenue = {cur or "?": str(total) for cur, total in conn.execute(
            select(mo.OrderLine.currency, func.sum(mo.OrderLine.revenue)).group_by(mo.OrderLine.currency))}
        attributed = dict(conn.execute(select(mo.OrderAttribution.method, func.count())
                                       .group_by(mo.OrderAttribution.method)).all())
        last = conn.execute(select(mo.OrderImport).order_by(mo.OrderImport.id.desc()).limit(1)).first()
    return {"lines": lines, "orders": orders, "revenue": revenue,
            "attributed": {str(k): int(v) for k, v in attributed.items()},
            "last_import": None if last is None else {
                "file": last.file, "format": last.format, "status": last.status, "added": last.added,
                "updated": last.updated, "unchanged": last.unchanged, "errors": last.error_count,
                "dropped_columns": last.dropped_columns or [],
                "finished_at": last.finished_at.isoformat() if last.finished_at else None}}
