"""Google Merchant Center product feeds in XML (RSS 2.0 ``<item>`` or Atom ``<entry>`` with the ``g:`` namespace
``http://base.google.com/ns/1.0``), read as the same table Merchant Center's TSV download is (issue 14, stop 20).

Each item is a row; its elements are the columns, named without their namespace (``g:image_link`` →
``image_link``), which are the TSV feed's column names, so the generic mapping suggests the same fields for
both. Parsed with ``defusedxml`` (entities and DTDs refused), streamed. Rules:

* ``g:title`` beats a plain RSS ``<title>`` of the same item (and so for ``description`` and ``link``); an Atom
  ``<link href="…"/>`` gives its ``href``.
* A repeated element (``additional_image_link``, ``product_detail`` …) keeps every value, one per line.
* An element with children (``g:shipping``, ``g:tax``, ``g:installment``) is written as the TSV writes it:
  the children's texts joined with ``:`` in the specification's order, a missing one left empty
  (``<g:shipping><g:country>US</g:country><g:service>Std</g:service><g:price>0.00 USD</g:price>`` is
  ``US::Std:0.00 USD``, as the TSV has it: country:region:service:price), so its inner ``g:price`` is never
  taken for the product's price.
* Items sharing a ``g:item_group_id`` are one product with variants (Google's specification): the generic reader
  gathers a group's items wherever the feed puts them and titles the product by ``generic.group_title``, the
  same for this XML and the feed's TSV/CSV (``generic.gather_groups``).
* The row's line is the line of its ``<item>``/``<entry>`` tag, so messages name the place in the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
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


# the TSV's order of a compound attribute's parts (Google's product data specification); parts not named here
# follow in the file's order
_PARTS = {"shipping": ("country", "region", "service", "price"), "tax": ("country", "region", "rate", "tax_ship"),
          "installment": ("months", "amount"), "subscription_cost": ("period", "period_length", "amount"),
          "loyalty_points": ("name", "points_value", "ratio")}
_REGION = ("region", "postal_code", "location_id", "location_group_name")  # one of them in the region's place


def _compound(name: str, el) -> str:
    """An element with children as the TSV writes it: its parts joined with ``:`` in the specification's order,
    a missing part left empty (``US::Standard:4.95 USD``)."""
    parts = {_local(c.tag)[0]: (c.text or "").strip() for c in el}
    order = _PARTS.get(name)
    if order is None:
        return ":".join(parts.values())
    out = []
    for part in order:
        if part == "region":
            out.append(next((parts[r] for r in _REGION if parts.get(r)), ""))
        else:
            out.append(parts.get(part, ""))
    used = set(order) | set(_REGION)
    out.extend(v for k, v in parts.items() if k not in used and v)
    return ":".join(out)


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
                    text = _compound(name, child)
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
        """The items in the feed's order; the generic reader gathers an item group's items
        (``generic.gather_groups``), for this feed as for its TSV."""
        headers, lines = self.headers, self._lines
        for i, row in enumerate(_rows(self.path)):
            self._done = i + 1
            yield SourceRow(lines[i] if lines else i + 2, [row.get(h, "") for h in headers])

    def fraction(self) -> float:
        return min(1.0, self._done / max(1, self._count))


def feed_preview(path: Path, n: int = 50) -> tuple[list[str], list[list[str]]]:
    """The first ``n`` items as a table (their element names as the columns): reads only as far as it needs,
    where the import's ``GoogleFeedSource`` reads the whole feed for its columns."""
    items = list(islice(_rows(path), n))
    if not items:
        raise CatalogImportError(f"{path.name}: this is not a CSV or spreadsheet; it looks like a Google Merchant "
                                 "feed (XML) without any <item> or <entry>: nothing to import")
    headers: list[str] = []
    for row in items:
        headers.extend(k for k in row if k not in headers)
    return headers, [[row.get(h, "") for h in headers] for row in items]
