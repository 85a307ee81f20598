"""What is this file? Container (CSV/TSV/XLSX/JSON), encoding, delimiter and catalog dialect.

* **Encoding**: a byte-order mark decides first (UTF-8-SIG, UTF-16 LE/BE, UTF-32); UTF-16 without a BOM is
  recognised by its NUL pattern; then strict UTF-8; otherwise ``charset-normalizer`` guesses, and a
  single-byte Latin guess that decodes cleanly as Windows-1252 is reported as ``cp1252`` (what Excel
  on Windows writes).
* **Delimiter**: each of ``, ; TAB |`` parses the sample with the ``csv`` module; the one giving the
  most consistent number of fields (> 1) wins; ``csv.Sniffer`` breaks ties; ``.tsv`` prefers TAB.
* **Dialect**: Shopify product CSV (``Handle`` + ``Title``/``Variant …`` columns), WooCommerce export
  (``Type`` + ``SKU`` + ``Name`` + WooCommerce columns), otherwise generic with a suggested mapping.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from studio.importers.records import CatalogImportError

SAMPLE_BYTES = 256 * 1024
DELIMITERS = [",", "\t", ";", "|"]
FORMATS = ("auto", "shopify", "woocommerce", "csv", "xlsx", "json")

SHOPIFY_MARKERS = {"variant sku", "variant price", "option1 name", "body (html)", "variant grams", "image src",
                   "variant inventory qty", "published"}
WOO_MARKERS = {"regular price", "sale price", "parent", "attribute 1 name", "attribute 1 value(s)",
               "visibility in catalog", "is featured?", "short description", "in stock?", "tax status"}


@dataclass
class Detection:
    path: str
    format: str  # shopify|woocommerce|csv|xlsx|json
    container: str  # csv|tsv|xlsx|json
    encoding: str | None = None
    bom: bool = False
    delimiter: str | None = None
    headers: list[str] = field(default_factory=list)
    sample_rows: list[list[str]] = field(default_factory=list)
    suggested_mapping: dict[str, str] = field(default_factory=dict)
    size: int = 0
    sheet: str | None = None
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        parts = [f"format {self.format}", f"container {self.container}"]
        if self.encoding:
            parts.append(f"encoding {self.encoding}{' (BOM)' if self.bom else ''}")
        if self.delimiter:
            parts.append(f"delimiter {delimiter_name(self.delimiter)}")
        if self.sheet:
            parts.append(f"sheet {self.sheet!r}")
        parts.append(f"{len(self.headers)} columns")
        return ", ".join(parts)

    def as_dict(self) -> dict:
        return {"path": self.path, "format": self.format, "container": self.container, "encoding": self.encoding,
                "bom": self.bom, "delimiter": self.delimiter, "headers": self.headers,
                "suggested_mapping": self.suggested_mapping, "size": self.size, "sheet": self.sheet,
                "notes": self.notes}


def delimiter_name(d: str | None) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}.get(d or "", repr(d))


# --------------------------------------------------------------------------- encoding

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
_LATIN_SINGLE_BYTE = {"latin_1", "iso8859_1", "iso8859_15", "cp1252", "windows-1252", "cp1250", "iso8859_2",
                      "mac_roman", "cp850", "cp437", "iso8859_9", "cp1254", "cp1257", "iso8859_13", "ascii",
                      "iso8859_14", "iso8859_16", "cp858", "mac_latin2", "iso8859_4", "iso8859_3", "iso8859_10"}


def sniff_encoding(sample: bytes) -> tuple[str, bool]:
    """(codec name, had BOM) for a byte sample of a text file."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            if name == "utf-16" and sample.startswith(codecs.BOM_UTF32_LE):
                continue
            return name, True
    if len(sample) >= 4:
        even_nul = sample[0::2].count(0)
        odd_nul = sample[1::2].count(0)
        half = len(sample) / 2
        if odd_nul > 0.3 * half and even_nul < 0.05 * half:
            return "utf-16-le", False
        if even_nul > 0.3 * half and odd_nul < 0.05 * half:
            return "utf-16-be", False
    dec = codecs.getincrementaldecoder("utf-8")("strict")
    try:
        dec.decode(sample, final=False)
        return "utf-8", False
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None:
        raise CatalogImportError("the file is not text in any encoding we know (is it a binary file?); "
                                 "export it as CSV (UTF-8), XLSX or JSON")
    enc = best.encoding.lower().replace("-", "_")
    if enc in _LATIN_SINGLE_BYTE or enc.startswith("iso8859") or enc.startswith("cp125"):
        try:
            sample.decode("cp1252")
            return "cp1252", False
        except UnicodeDecodeError:
            pass
    return codecs.lookup(best.encoding).name, False


# --------------------------------------------------------------------------- delimiter

def _complete_lines(text: str, max_lines: int = 200) -> str:
    cut = text.rfind("\n")
    if cut > 0:
        text = text[:cut + 1]
    lines = text.splitlines(keepends=True)
    return "".join(lines[:max_lines])


def sniff_delimiter(text: str, prefer_tab: bool = False) -> str:
    """The delimiter giving the most consistent field counts in ``text`` (a sample of whole lines)."""
    sample = _complete_lines(text)
    scores: dict[str, tuple[float, int]] = {}
    for d in DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(sample), delimiter=d))
        except csv.Error:
            continue
        if len(rows) > 2:
            rows = rows[:-1]  # the last record may be cut by the sample
        widths = [len(r) for r in rows if r]
        if not widths or widths[0] < 2:
            continue
        mode, n = Counter(widths).most_common(1)[0]
        consistency = n / len(widths)
        header_match = 1.0 if widths[0] == mode else 0.5
        scores[d] = (consistency * header_match, widths[0])
    if not scores:
        try:
            d = csv.Sniffer().sniff(sample[:20000], delimiters="".join(DELIMITERS)).delimiter
            return d
        except csv.Error:
            return "\t" if prefer_tab else ","
    best = max(scores.values(), key=lambda s: s)
    top = [d for d, s in scores.items() if s[0] >= best[0] - 1e-9]
    if len(top) > 1:
        if prefer_tab and "\t" in top:
            return "\t"
        # more columns is the better split when consistency ties
        top.sort(key=lambda d: (-scores[d][1], DELIMITERS.index(d)))
        try:
            sniffed = csv.Sniffer().sniff(sample[:20000], delimiters="".join(top)).delimiter
            if sniffed in top and scores[sniffed][1] == scores[top[0]][1]:
                return sniffed
        except csv.Error:
            pass
        return top[0]
    return top[0]


# --------------------------------------------------------------------------- dialect

def dialect_for_headers(headers: list[str]) -> str:
    low = {h.strip().lower() for h in headers}
    if "handle" in low and ("title" in low or "variant sku" in low) and len(low & SHOPIFY_MARKERS) >= 2:
        return "shopify"
    if {"type", "sku", "name"} <= low and len(low & WOO_MARKERS) >= 2:
        return "woocommerce"
    return "csv"


def _is_xlsx(head: bytes, path: Path) -> bool:
    if not head.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(path) as z:
            return any(n.startswith("xl/") for n in z.namelist())
    except (zipfile.BadZipFile, OSError):
        return False


def detect(path: str | Path, format: str = "auto", encoding: str | None = None,
           delimiter: str | None = None) -> Detection:
    """Inspect ``path`` without importing anything. Raises ``CatalogImportError`` on unreadable input."""
    path = Path(path)
    if format not in FORMATS:
        raise CatalogImportError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
    if not path.is_file():
        raise CatalogImportError(f"{path}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise CatalogImportError(f"{path}: the file is empty")
    try:
        with open(path, "rb") as fh:
            head = fh.read(SAMPLE_BYTES)
    except OSError as exc:
        raise CatalogImportError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc

    if format == "xlsx" or (format in ("auto", "shopify", "woocommerce", "csv") and _is_xlsx(head, path)):
        from studio.importers.sources import xlsx_preview

        if not _is_xlsx(head, path):
            raise CatalogImportError(f"{path}: not an XLSX workbook (expected an Excel .xlsx file)")
        sheet, headers, rows = xlsx_preview(path)
        dialect = dialect_for_headers(headers)
        fmt = format if format in ("shopify", "woocommerce") else (dialect if dialect != "csv" else "xlsx")
        det = Detection(str(path), fmt, "xlsx", headers=headers, sample_rows=rows, size=size, sheet=sheet)
        _finish(det)
        return det

    if format in ("auto", "json"):
        stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        looks_json = stripped[:1] in (b"[", b"{")
        if not looks_json and head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            looks_json = head[:64].decode("utf-16", errors="ignore").lstrip("\ufeff \t\r\n")[:1] in ("[", "{")
        if format == "json" or (looks_json and path.suffix.lower() not in (".csv", ".tsv", ".tab", ".txt")):
            enc, bom = (encoding, False) if encoding else sniff_encoding(head)
            det = Detection(str(path), "json", "json", encoding=enc, bom=bom, size=size)
            from studio.importers.jsonfmt import json_preview

            det.headers, det.sample_rows = json_preview(path, enc)
            return det

    enc, bom = (encoding, False) if encoding else sniff_encoding(head)
    try:
        text = head.decode(enc, errors="strict") if size <= SAMPLE_BYTES else \
            codecs.getincrementaldecoder(enc)("strict").decode(head, final=False)
    except (UnicodeDecodeError, LookupError) as exc:
        raise CatalogImportError(f"{path}: cannot decode the file as {enc}; re-save it as UTF-8") from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise CatalogImportError(f"{path}: the file contains NUL bytes and is not a text table; "
                                 "export it as CSV (UTF-8), XLSX or JSON")
    delim = delimiter or sniff_delimiter(text, prefer_tab=path.suffix.lower() in (".tsv", ".tab"))
    sample = _complete_lines(text, 12)
    try:
        rows = list(csv.reader(io.StringIO(sample), delimiter=delim))
    except csv.Error as exc:
        raise CatalogImportError(f"{path}: the first lines are not readable as a table ({exc})") from exc
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise CatalogImportError(f"{path}: no header row found; the first line must name the columns")
    headers = [h.strip() for h in rows[0]]
    dialect = dialect_for_headers(headers)
    fmt = format if format in ("shopify", "woocommerce", "csv") else dialect
    container = "tsv" if delim == "\t" else "csv"
    det = Detection(str(path), fmt, container, encoding=enc, bom=bom, delimiter=delim, headers=headers,
                    sample_rows=rows[1:6], size=size)
    _finish(det)
    return det


def _finish(det: Detection) -> None:
    if det.format in ("csv", "xlsx"):
        from studio.importers.generic import suggest_mapping

        det.suggested_mapping = suggest_mapping(det.headers)
    elif det.format == "shopify":
        from studio.importers.shopify import check_headers

        check_headers(det)
    elif det.format == "woocommerce":
        from studio.importers.woocommerce import check_headers

        check_headers(det)
