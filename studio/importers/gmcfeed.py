"""Google Merchant Center product feeds in XML (RSS 2.0 ``<item>`` or Atom ``<entry>`` with the ``g:`` namespace
``http://base.google.com/ns/1.0``), read as the same table Merchant Center's TSV download is (issue 14, stop 20).

Each item is a row; its elements are the columns, named without their namespace (``g:image_link`` →
``image_link``), which are the TSV feed's column names, so the generic mapping suggests the same fields for
both. Parsed with ``defusedxml`` (entities and DTDs refused), streamed. Rules:

* ``g:title`` beats a plain RSS ``<title>`` of the same item (and so for ``description`` and ``link``); an Atom
  ``<link href="…"/>`` gives its ``href``.
* A repeated element (``additional_image_link``, ``product_detail`` …) keeps every value, one per line.
* An element with children (``g:shipping``, ``g:tax``, ``g:installment``) is written as the TSV writes it:
  the children's texts joined with ``:`` (``TR::Standart Kargo:99.00 TRY``), so its inner ``g:price`` is never
  taken for the product's price.
* The row's line is the line of its ``<item>``/``<entry>`` tag, so messages name the place in the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from studio.importers.records import CatalogImportError
from studio.importers.sources import SourceRow, TableSource

GOOGLE_NS = b"base.google.com/ns/1.0"
_ITEMS = ("item", "entry")
_OPEN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>/]")
_PLAIN_FIRST = {"title", "description", "link"}  # RSS/Atom elements a g: element of the same name overrides


def is_google_feed(head: bytes) -> bool:
    """XML naming Google's product namespace (not a WordPress export, which has its own reader)."""
    low = head[:8192].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return low.startswith((b"<?xml", b"<rss", b"<feed", b"<!--")) and GOOGLE_NS in low \
        and b"wordpress.org/export" not in low


_FEED_COLUMNS = {"id", "title", "price", "link", "image_link"}


def feed_columns(headers: list[str], mapping: dict[str, str]) -> None:
    """A Merchant Center feed's columns the vocabulary does not name, in the XML feed and its TSV/CSV download
    alike: ``id`` is the offer's own identifier (Google: "your product's unique identifier", the SKU for most
    shops) and is suggested as the SKU when no column is — without it the id was lost and a renamed product not
    found again; ``additional_image_link`` holds more pictures (comma-separated in the TSV, one element each
    in the XML) and is suggested as ``image`` beside ``image_link``."""
    low = {h.strip().lower(): h for h in headers}
    if not _FEED_COLUMNS <= set(low):
        return
    if "sku" not in mapping.values() and low["id"] not in mapping:
        mapping[low["id"]] = "sku"
    extra = low.get("additional_image_link")
    if extra is not None and extra not in mapping:
        mapping[extra] = "image"


def _local(tag: str) -> tuple[str, bool]:
    if tag.startswith("{"):
        ns, _, name = tag[1:].partition("}")
        return name, "base.google.com/ns" in ns
    return tag, False


def _item_lines(path: Path) -> list[int]:
    """The line of every ``<item>``/``<entry>`` opening tag, in file order (a byte scan, no parsing)."""
    lines: list[int] = []
    with open(path, "rb") as fh:
        for n, ln in enumerate(fh, start=1):
            if b"<" in ln:
                lines.extend(n for _m in _OPEN.finditer(ln))
    return lines


def _rows(path: Path) -> Iterator[dict[str, str]]:
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    try:
        for _event, el in iterparse(str(path), events=("end",)):
            if _local(el.tag)[0] not in _ITEMS:
                continue
            row: dict[str, str] = {}
            from_g: set[str] = set()
            for child in el:
                name, is_g = _local(child.tag)
                if len(child):  # g:shipping, g:tax …: the TSV's colon-joined form
                    text = ":".join((c.text or "").strip() for c in child)
                else:
                    text = (child.text or "").strip() or (child.get("href") or "").strip()
                if not text:
                    continue
                if name in row:
                    if name in _PLAIN_FIRST and is_g != (name in from_g):
                        if is_g:  # g:title after <title>: the g: one is the feed's value
                            row[name] = text
                            from_g.add(name)
                        continue
                    row[name] += "\n" + text  # a repeated element keeps every value
                    continue
                row[name] = text
                if is_g:
                    from_g.add(name)
            el.clear()
            yield row
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise CatalogImportError(f"{path.name}: not a readable Google Merchant feed ({exc}); download the feed "
                                 "again, or as a TSV from Merchant Center") from exc


class GoogleFeedSource(TableSource):
    """The feed as a table: the union of the items' element names (in first-seen order) as columns."""

    def __init__(self, path: Path) -> None:
        headers: list[str] = []
        seen: set[str] = set()
        count = 0
        for row in _rows(path):
            count += 1
            for k in row:
                if k not in seen:
                    seen.add(k)
                    headers.append(k)
        if not count:
            raise CatalogImportError(f"{path.name}: this is not a CSV or spreadsheet; it looks like a Google Merchant "
                                     "feed (XML) without any <item> or <entry>: nothing to import")
        super().__init__(path, headers, spreadsheet=False)
        self._count = count
        self._done = 0
        lines = _item_lines(path)
        self._lines = lines if len(lines) == count else []  # a scan that disagrees is not used for places
        self.header_line = self._lines[0] if self._lines else 1

    def rows(self) -> Iterator[SourceRow]:
        headers, lines = self.headers, self._lines
        for i, row in enumerate(_rows(self.path)):
            self._done = i + 1
            yield SourceRow(lines[i] if lines else i + 2, [row.get(h, "") for h in headers])

    def fraction(self) -> float:
        return min(1.0, self._done / max(1, self._count))


def feed_preview(path: Path, n: int = 50) -> tuple[list[str], list[list[str]]]:
    src = GoogleFeedSource(path)
    rows: list[list[str]] = []
    for r in src.rows():
        rows.append(r.cells)
        if len(rows) >= n:
            break
    return src.headers, rows
