"""The schedule in and out: CSV export and import (the import goes through the gate, all or nothing;
cells are formula-safe, ``studio.csvsafe``) and an iCalendar feed (RFC 5545)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from studio import clock
from studio.csvsafe import escape_formula, unescape_formula
from studio.domain import ChangeSummary, StudioError
from studio.safepath import user_file
from studio.services.scheduling import gate
from studio.services.scheduling.queue import list_posts
from studio.storage import models as m
from studio.storage.db import Database

CSV_FIELDS = ("id", "account", "platform", "scheduled_at", "state", "product", "market", "draft_version", "text",
              "first_comment", "media", "platform_post_id", "platform_url", "last_error")


def export_csv(db: Database, path: Path | None = None, **filters: Any) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_FIELDS)
    posts = list_posts(db, **filters)
    with db.session() as s:
        ids = sorted({p.product_id for p in posts if p.product_id is not None})
        handles: dict[int | None, str] = {}
        for i in range(0, len(ids), 900):
            handles.update(s.execute(select(m.Product.id, m.Product.handle).where(m.Product.id.in_(ids[i:i + 900]))).all())
    for p in posts:
        media = "|".join(mm.get("path", "") for mm in p.media)
        cells = (p.id, p.account_name, p.platform, p.scheduled_at.isoformat(), p.state, handles.get(p.product_id, ""),
                 p.market or "", p.draft_version_id or "", p.text, p.first_comment or "", media,
                 p.platform_post_id or "", p.platform_url or "", p.last_error or "")
        w.writerow([escape_formula(str(v)) for v in cells])
    data = buf.getvalue()
    if path is not None:
        user_file(path).write_text(data, encoding="utf-8-sig")
    return data


CSV_MAX_BYTES = 20 * 1024 * 1024


def import_csv(db: Database, path: Path | str, *, media_roots: list[str | Path] | tuple = ()) -> ChangeSummary:
    """Posts from a CSV, through ``enqueue`` (the same gate as ``studio schedule``); all or nothing.

    Columns: ``account``, ``scheduled_at`` (ISO 8601, or ``now``), and which approved caption to post —
    ``product`` + ``market``, ``draft_version``, or the exact approved ``text``; optional ``first_comment``
    (must match the approved one), ``media`` (paths joined by ``|``, relative to the CSV's folder; only from
    that folder, ``media_roots`` and the media store; empty: the product's latest video or mockup; ``none``:
    no media) and ``override_warnings`` (the recorded reason for accepting quality warnings)."""
    path = Path(path)
    name = path.name
    try:
        if path.stat().st_size > CSV_MAX_BYTES:
            raise StudioError(f"{name}: larger than {CSV_MAX_BYTES // (1024 * 1024)} MB; split the file")
        data = path.read_bytes()
    except OSError as exc:
        raise StudioError(f"{name}: cannot read ({exc.strerror or exc})") from None
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise StudioError(f"{name} line {line}: byte 0x{data[exc.start]:02x} at offset {exc.start} is not UTF-8; "
                          "save the file as UTF-8") from None
    reader = csv.DictReader(io.StringIO(raw, newline=""), strict=True)
    try:
        header = [h.strip() for h in (reader.fieldnames or ())]
        reader.fieldnames = header
        missing = {"account", "scheduled_at"} - set(header)
        if missing or not {"text", "product", "draft_version"} & set(header):
            raise StudioError(f"{name}: missing column(s) {', '.join(sorted(missing) or ['text, product or draft_version'])}; "
                              "need account, scheduled_at and product + market, draft_version or text")
        requests = []
        last = reader.line_num
        for row in reader:
            n, last = last + 1, reader.line_num  # the row's first line (a quoted field may span lines)
            if None in row:
                raise StudioError(f"{name} row {n}: {len(header) + len(row[None])} fields, the header has "
                                  f"{len(header)}")
            row = {k: unescape_formula((v or "").strip()) for k, v in row.items() if k}
            if not any(row.values()):
                continue
            media_cell = row.get("media", "")
            media: tuple[str, ...] | None
            if "media" not in row or not media_cell:
                media = None
            elif media_cell.lower() == "none":
                media = ()
            else:
                media = tuple(x for x in media_cell.split("|") if x.strip())
            when = row.get("scheduled_at", "")
            requests.append(gate.QueueRequest(
                account=row.get("account", ""), at=when, publish_now=when.lower() == "now",
                product=row.get("product") or None, market=row.get("market") or None,
                draft_version_id=row.get("draft_version") or None, text=row.get("text") or None,
                first_comment=row.get("first_comment") or None, media=media,
                override_reason=row.get("override_warnings") or None, where=f"{name} row {n}", source="csv",
                base_dir=str(path.parent)))
    except csv.Error as exc:
        raise StudioError(f"{name} line {reader.line_num}: {exc}") from None
    if not requests:
        raise StudioError(f"{name}: no rows to import")
    results = gate.enqueue(db, requests, media_roots=[path.parent, *media_roots])
    created = tuple(r.post.id for r in results)
    return ChangeSummary(created=created, entity="post", message=f"imported {len(created)} posts")


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> str:
    """RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 sequence."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(cur)
            cur, size = " ", 1
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def _ics_time(dt: datetime) -> str:
    # explicit widths: strftime("%Y") gives "1", not "0001", for year 1 on glibc
    dt = dt.astimezone(UTC)
    return f"{dt.year:04d}{dt.month:02d}{dt.day:02d}T{dt.hour:02d}{dt.minute:02d}{dt.second:02d}Z"


def export_ics(db: Database, path: Path | None = None, **filters: Any) -> str:
    """The schedule as iCalendar (RFC 5545): one VEVENT per post, 15 minutes long."""
    stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Commerce Studio//Schedule//EN", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:Commerce Studio schedule"]
    for p in list_posts(db, **filters):
        if p.state == "cancelled":
            continue
        start = p.scheduled_at
        summary = f"[{p.platform}] {p.account_name}: {p.text.splitlines()[0] if p.text else ''}"[:120]
        desc = f"State: {p.state}\n{p.text}"
        if p.last_error:
            desc += f"\nLast error: {p.last_error}"
        try:
            end = start + timedelta(minutes=15)
        except OverflowError:  # a post in the last minutes of year 9999 (old data, a shared database)
            end = start
        lines += ["BEGIN:VEVENT", f"UID:post-{p.idempotency_key}@commerce-studio", f"DTSTAMP:{stamp}",
                  f"DTSTART:{_ics_time(start)}", f"DTEND:{_ics_time(end)}",
                  f"SUMMARY:{ics_escape(summary)}", f"DESCRIPTION:{ics_escape(desc)}",
                  f"CATEGORIES:{ics_escape(p.platform)},{ics_escape(p.state)}",
                  "STATUS:" + ("CONFIRMED" if p.state == "published" else "TENTATIVE")]
        if p.platform_url and p.platform_url.startswith("http"):
            lines.append(f"URL:{p.platform_url}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    data = "\r\n".join(ics_fold(line) for line in lines) + "\r\n"
    if path is not None:
        user_file(path).write_bytes(data.encode("utf-8"))
    return data
