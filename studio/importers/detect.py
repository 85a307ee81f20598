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
import math
import re
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from studio.importers.records import CatalogImportError

SAMPLE_BYTES = 256 * 1024
DELIMITERS = [",", "\t", ";", "|"]
FORMATS = ("auto", "shopify", "woocommerce", "magento", "csv", "xlsx", "json", "wxr", "gmc")

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
    encoding_confidence: float | None = None  # 0..1; below LOW_CONFIDENCE the app asks, the CLI warns
    encoding_evidence: str = ""
    encoding_alternatives: list[str] = field(default_factory=list)

    @property
    def encoding_uncertain(self) -> bool:
        return self.encoding_confidence is not None and self.encoding_confidence < LOW_CONFIDENCE

    def describe(self) -> str:
        parts = [f"format {self.format}", f"container {self.container}"]
        if self.encoding:
            sure = "" if self.encoding_confidence in (None, 1.0) else f", {self.encoding_confidence:.0%} sure"
            parts.append(f"encoding {self.encoding}{' (BOM)' if self.bom else ''}{sure}")
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
                "notes": self.notes, "encoding_confidence": self.encoding_confidence,
                "encoding_evidence": self.encoding_evidence, "encoding_alternatives": self.encoding_alternatives}


def delimiter_name(d: str | None) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}.get(d or "", repr(d))


# --------------------------------------------------------------------------- encoding

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
# Single-byte encodings in the order sellers' files use them: Windows-1252 (Excel on a Western Windows) first;
# each later one wins only when its reading is clearly more plausible (``_RANK_COST`` is the evidence it
# needs); the DOS and KOI8 code pages need the most.
SINGLE_BYTE = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "cp1255", "cp1256", "cp874",
               "iso8859_15", "mac_roman", "cp850", "cp437", "cp866", "koi8_r", "koi8_u", "cp1125")
_RANK_COST = {"cp1252": 0.0, "iso8859_15": 3.0, "mac_roman": 4.0, "cp850": 4.0, "cp437": 4.0, "cp866": 4.0,
              "koi8_r": 4.0, "koi8_u": 4.0, "cp1125": 6.0, "cp1257": 2.5}  # others: 2.0
LOW_CONFIDENCE = 0.6  # below this the app asks and the CLI warns with the evidence
_SCORE_BYTES = 256 * 1024
_NON_ASCII_TOKEN = re.compile(r"(?:\w|[^\x00-\x7f\s])*[^\x00-\x7f\s](?:\w|[^\x00-\x7f\s])*")
_NAMES = {"cp1252": "Windows-1252 (Western)", "cp1250": "Windows-1250 (Central European)",
          "cp1251": "Windows-1251 (Cyrillic)", "cp1253": "Windows-1253 (Greek)", "cp1254": "Windows-1254 (Turkish)",
          "cp1257": "Windows-1257 (Baltic)", "cp1255": "Windows-1255 (Hebrew)", "cp1256": "Windows-1256 (Arabic)",
          "cp874": "Windows-874 (Thai)", "iso8859-15": "ISO-8859-15", "mac-roman": "Mac Roman", "cp850": "DOS 850",
          "cp437": "DOS 437", "cp866": "DOS 866 (Cyrillic)", "koi8-r": "KOI8-R", "koi8-u": "KOI8-U",
          "cp1125": "DOS 1125 (Ukrainian)", "utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "utf-16": "UTF-16",
          "utf-32": "UTF-32", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE"}


def encoding_label(enc: str | None) -> str:
    """``cp1252`` → ``Windows-1252 (Western)``; unknown names as given."""
    if not enc:
        return ""
    try:
        key = codecs.lookup(enc).name
    except LookupError:
        return enc
    return _NAMES.get(key, key)


@dataclass
class EncodingGuess:
    encoding: str
    bom: bool = False
    confidence: float = 1.0  # 0..1
    evidence: str = ""  # what decided it, in words a seller can check
    alternatives: list[str] = field(default_factory=list)  # other plausible encodings, best first


def _script(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "?"
    return name.split(" ", 1)[0]


_TYPOGRAPHIC = set("’‘“”–—…™€•®©°")
_COMMON_SIGNS = set("£¥§±²³µ·×÷«»¿¡¢¼½¾ªº\u00a0\u202f")
_UTF8_AS_LATIN = re.compile("[ÂÃ][\u0080-\u00bf\u0152-\u0192\u02c6-\u02dc\u2013-\u203a\u20ac\u2122]")
_OPENING = set("¿¡«„“‘")
_RARE_LETTERS = set("ÐðÞþý")  # Icelandic: in a Windows-1252 reading they are usually Turkish ı ş ğ
_SHAPES = ("BOX", "BLOCK", "LIGHT", "DARK", "FULL", "LOWER", "UPPER", "MEDIUM", "LEFT", "RIGHT")


def plausibility(text: str, max_tokens: int = 300) -> float:
    """Penalty of ``text`` as a seller's catalog (low is plausible), from its words holding non-ASCII text.

    Mojibake has tell-tale shapes: a letter of another script inside a Latin word (``FlowStateЩ``,
    ``DonТt``), words made mostly of accented letters (``Êðóæêà``: Cyrillic read as Windows-1252), a
    symbol in front of a letter (``¯ó³ta``: Polish read as Windows-1252), lower-case followed by
    upper-case letters (``оБЪЧБОЙЕ``: KOI8-R read as Windows-1251), control characters and box-drawing
    glyphs (DOS code pages). Whole words in one non-Latin script, typographic punctuation (’ “ ” – ™ €)
    and a currency sign before digits (``£64.95``) count in favour.
    """
    penalty = 0.0
    for tokens, m in enumerate(_NON_ASCII_TOKEN.finditer(text)):
        if tokens >= max_tokens:
            break
        tok = m.group()
        ascii_letters = sum(1 for c in tok if c.isascii() and c.isalpha())
        scripts: set[str] = set()
        prev = ""
        flips = 0
        for i, c in enumerate(tok):
            if c.isascii():
                prev = c
                continue
            cat = unicodedata.category(c)
            nxt = tok[i + 1] if i + 1 < len(tok) else ""
            if cat[0] == "L":
                scripts.add(_script(c))
                if prev.islower() and c.isupper() and _script(c) != "LATIN":
                    flips += 1  # KOI8-R read as Windows-1251 ("оБЪЧБОЙЕ"); Latin "aÄA" is rare, not mojibake
            elif cat in ("Cc", "Cf", "Cn", "Co", "Cs"):
                penalty += 10
            elif cat[0] == "M":
                penalty += 3 if ascii_letters else 0  # a combining mark in a Latin word
            elif c == "’":
                penalty -= 1
            elif c in _TYPOGRAPHIC:
                penalty += 2 if prev.isalpha() and nxt.isalpha() else -1  # "peque–a" is Mac Roman read wrongly
            elif _script(c) in _SHAPES:
                penalty += 5
            elif nxt.isalpha() and c not in _OPENING:
                penalty += 2  # a sign glued to the front of a letter: "¯ó³ta", "cer‡mica"
            elif c not in _COMMON_SIGNS:
                penalty += 1  # † ≠ ∂ ◊: signs no catalog uses, typical of a wrong code page
            if c in _RARE_LETTERS:
                penalty += 2
            prev = c
        penalty += 2 * min(flips, 2)
        non_latin = scripts - {"LATIN"}
        if ascii_letters and non_latin:
            penalty += 4  # Latin word with a Cyrillic/Greek/… letter inside
        elif len(scripts) > 1:
            penalty += 3
        elif scripts == {"LATIN"}:
            accented = sum(1 for c in tok if not c.isascii() and c.isalpha())
            if accented >= 3 and accented > ascii_letters:
                penalty += 2  # mostly accented letters: another alphabet read as Latin
        elif non_latin and sum(1 for c in tok if c.isalpha()) >= 2:
            penalty -= 1  # a whole word in one script
        if len(tok) >= 2 and unicodedata.category(tok[0]) == "Sc" and tok[1].isdigit():
            penalty -= 1  # £64.95
        signs = sum(1 for c in tok if not c.isascii() and not c.isalpha())
        if signs >= 3 and signs * 2 >= len(tok):
            penalty += 3  # "–¼‘O", "“©Ší‚Ìƒ": a multi-byte script read one byte at a time
    penalty += 3 * len(_UTF8_AS_LATIN.findall(text))  # "CafÃ©": UTF-8 read as a Windows code page
    return penalty


def _decoded(sample: bytes, enc: str) -> str | None:
    try:
        return codecs.getincrementaldecoder(enc)("strict").decode(sample, final=False)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf8_with_strays(sample: bytes) -> EncodingGuess | None:
    """UTF-8 with a few stray bytes of another encoding (a Windows-1252 ``é`` pasted in): still UTF-8."""
    text = codecs.getincrementaldecoder("utf-8")("surrogateescape").decode(sample, final=False)
    bad = sum(1 for _ in _STRAY.finditer(text))
    good = sum(1 for c in text if not c.isascii()) - bad
    if good >= 2 and bad <= max(2, good // 5):  # (one valid pair alone may be a coincidence: "É–" is ɖ)
        first = _STRAY.search(text)
        line = text.count("\n", 0, first.start()) + 1 if first else 0
        return EncodingGuess("utf-8", False, 0.9,
                             f"{good} characters are valid UTF-8 and {bad} byte(s) are not (first on line {line}); "
                             "those are read as Windows-1252 with a warning each")
    return None


_STRAY = re.compile("[\udc80-\udcff]")


def guess_encoding(sample: bytes) -> EncodingGuess:
    """The encoding of a text file from a byte sample, with a confidence and the evidence."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            if name == "utf-16" and sample.startswith(codecs.BOM_UTF32_LE):
                continue
            return EncodingGuess(name, True, 1.0, "byte-order mark")
    if len(sample) >= 4:
        even_nul = sample[0::2].count(0)
        odd_nul = sample[1::2].count(0)
        half = len(sample) / 2
        if odd_nul > 0.3 * half and even_nul < 0.05 * half:
            return EncodingGuess("utf-16-le", False, 0.95, "every other byte is zero (UTF-16 without a mark)")
        if even_nul > 0.3 * half and odd_nul < 0.05 * half:
            return EncodingGuess("utf-16-be", False, 0.95, "every other byte is zero (UTF-16 without a mark)")
    if _decoded(sample, "utf-8") is not None:
        return EncodingGuess("utf-8", False, 1.0, "valid UTF-8")
    strays = _utf8_with_strays(sample)
    if strays is not None:
        return strays
    if b"\x00" in sample:
        raise CatalogImportError("the file is not text in any encoding we know (is it a binary file?); "
                                 "export it as CSV (UTF-8), XLSX or JSON")
    part = _non_ascii_lines(sample)
    candidates = list(SINGLE_BYTE)
    extra = _multibyte_candidate(sample)
    if extra:
        candidates.insert(0, extra)
    scored: list[tuple[float, str, str]] = []  # (penalty + rank cost, encoding, decoded text)
    readings: set[str] = set()
    for enc in candidates:
        text = _decoded(part, enc)
        if text is None or text in readings:
            continue  # an encoding that reads these bytes exactly like a preferred one is no alternative
        readings.add(text)
        scored.append((plausibility(text) + _RANK_COST.get(enc, 1.0 if enc == extra else 2.0), enc, text))
    if not scored:
        raise CatalogImportError("the file is not text in any encoding we know (is it a binary file?); "
                                 "export it as CSV (UTF-8), XLSX or JSON")
    scored.sort(key=lambda s: (s[0], candidates.index(s[1])))
    best, rest = scored[0], scored[1:]
    gap = (rest[0][0] - best[0]) if rest else 10.0
    confidence = round(1 - math.exp(-max(gap, 0.0) / 2), 2)
    shown = _examples(best[2])
    evidence = f"read as {encoding_label(best[1])}: {shown}" if shown else f"read as {encoding_label(best[1])}"
    if rest:
        alt = _examples(rest[0][2])
        if alt:
            evidence += f"; as {encoding_label(rest[0][1])} the same bytes would read {alt}"
    return EncodingGuess(codecs.lookup(best[1]).name, False, confidence, evidence,
                         [codecs.lookup(x[1]).name for x in rest[:3]])


def _non_ascii_lines(sample: bytes, limit: int = 16 * 1024) -> bytes:
    """The sample's lines that hold bytes above 0x7F (what tells encodings apart), about ``limit`` bytes."""
    out: list[bytes] = []
    size = 0
    for line in sample.split(b"\n")[:-1] if len(sample) >= SAMPLE_BYTES else sample.split(b"\n"):
        if not line.isascii():
            out.append(line)
            size += len(line)
            if size >= limit:
                break
    return b"\n".join(out)


def _examples(text: str, n: int = 3) -> str:
    out: list[str] = []
    for m in _NON_ASCII_TOKEN.finditer(text):
        tok = m.group().strip()
        if tok and tok not in out:
            out.append(tok[:24])
        if len(out) >= n:
            break
    return ", ".join(repr(t) for t in out)


def _multibyte_candidate(sample: bytes) -> str | None:
    """charset-normalizer's guess when it is a multi-byte encoding (Shift_JIS, GB18030, Big5, EUC-KR…)."""
    from charset_normalizer import from_bytes

    best = from_bytes(sample[:_SCORE_BYTES]).best()
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name
    if name in ("shift_jis", "cp932", "euc_jp", "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "euc_kr",
                "cp949", "iso2022_jp", "johab"):
        text = _decoded(sample[:_SCORE_BYTES], name) or ""
        east_asian = sum(1 for c in text if "\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af")
        if east_asian >= 4:  # a couple of high bytes are no evidence of a CJK file
            return name
    return None


def sniff_encoding(sample: bytes) -> tuple[str, bool]:
    """(codec name, had BOM) for a byte sample of a text file (see ``guess_encoding`` for the confidence)."""
    g = guess_encoding(sample)
    return g.encoding, g.bom


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
    from studio.importers.woocommerce import english_header

    woo = {english_header(h).lower() for h in headers}  # an export written in the shop's admin language too
    if {"type", "sku", "name"} <= woo and len(woo & WOO_MARKERS) >= 2:
        return "woocommerce"
    from studio.importers.magento import is_magento

    if is_magento(headers):  # Magento 2's import/export CSV (store_view_code, configurable_variations …)
        return "magento"
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

    if format == "xlsx" or (format in ("auto", "shopify", "woocommerce", "magento", "csv") and _is_xlsx(head, path)):
        from studio.importers.sources import xlsx_preview

        if not _is_xlsx(head, path):
            raise CatalogImportError(f"{path}: not an XLSX workbook (expected an Excel .xlsx file)"
                                     + _looks_like(head, path))
        sheet, headers, rows = xlsx_preview(path)
        dialect = dialect_for_headers(headers)
        fmt = format if format in ("shopify", "woocommerce", "magento") else (dialect if dialect != "csv" else "xlsx")
        det = Detection(str(path), fmt, "xlsx", headers=headers, sample_rows=rows, size=size, sheet=sheet)
        _finish(det)
        return det

    if format in ("auto", "json"):
        stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        looks_json = stripped[:1] in (b"[", b"{")
        if not looks_json and head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            looks_json = head[:64].decode("utf-16", errors="ignore").lstrip("\ufeff \t\r\n")[:1] in ("[", "{")
        if format == "json" or (looks_json and path.suffix.lower() not in (".csv", ".tsv", ".tab", ".txt")):
            guess = chosen_encoding(encoding) if encoding else guess_encoding(head)
            det = Detection(str(path), "json", "json", encoding=guess.encoding, bom=guess.bom, size=size)
            from studio.importers.jsonfmt import json_preview

            det.headers, det.sample_rows = json_preview(path, guess.encoding)
            return det

    if format == "wxr" or (format == "auto" and is_wxr(head)):  # WordPress/WooCommerce export (studio.importers.wxr)
        from studio.importers.wxr import wxr_preview

        det = Detection(str(path), "wxr", "xml", encoding="utf-8", size=size)
        det.headers, det.sample_rows = wxr_preview(path)
        return det

    from studio.importers.gmcfeed import is_google_feed

    forced_xml = format == "gmc" and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
    if forced_xml or (format in ("auto", "csv") and is_google_feed(head)):  # Google Merchant XML: the TSV's table
        from studio.importers.gmcfeed import feed_preview

        det = Detection(str(path), "csv", "gmc", size=size)  # the XML parser reads the declared encoding itself
        det.headers, samples = feed_preview(path)  # the first 50 items only
        det.sample_rows = samples[:5]
        det.notes.append("a Google Merchant feed (XML): each <item> is a row and its elements are the columns, "
                         "named as in the feed's TSV download")
        _finish(det, samples)
        return det
    other = sniff_non_table(head, path)
    if other:
        raise CatalogImportError(f"{path.name}: this is not a CSV or spreadsheet; it looks like {other}")
    guess = chosen_encoding(encoding) if encoding else guess_encoding(head)
    enc, bom = guess.encoding, guess.bom
    try:
        text = codecs.getincrementaldecoder(enc)("surrogateescape").decode(head, final=size <= SAMPLE_BYTES)
    except (UnicodeDecodeError, LookupError) as exc:
        raise CatalogImportError(f"{path.name}: cannot decode the file as {enc}; re-save it as UTF-8") from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise CatalogImportError(f"{path.name}: the file contains NUL bytes and is not a text table; "
                                 "export it as CSV (UTF-8), XLSX or JSON")
    delim = delimiter or sniff_delimiter(text, prefer_tab=path.suffix.lower() in (".tsv", ".tab"))
    sample = _complete_lines(text, 12)
    from studio.importers.aligned import is_aligned, unpad_text

    if is_aligned(next((ln for ln in sample.splitlines() if ln.strip()), ""), delim):
        sample = unpad_text(sample, delim)  # columns padded to line up: the padding around quoted cells
    try:
        rows = list(csv.reader(io.StringIO(sample), delimiter=delim))
    except csv.Error as exc:
        raise CatalogImportError(f"{path.name}: the first lines are not readable as a table ({exc})") from exc
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise CatalogImportError(f"{path.name}: no header row found; the first line must name the columns")
    headers = [h.strip() for h in rows[0]]
    bad = _implausible_header(headers)
    if bad:
        raise CatalogImportError(f"{path.name}: line 1 does not name columns ({bad}); this is not a table with "
                                 "a header row — export the catalog as CSV with column names in the first line")
    dialect = dialect_for_headers(headers)
    if format == "gmc":  # a feed's TSV/CSV download: read with the generic reader, its columns as Google names them
        from studio.importers.headers import table_format

        fixed = table_format(headers)
        if fixed is None or fixed.name != "merchant_feed":
            raise CatalogImportError(f"{path.name}: chosen as a Google Merchant feed, but this table lacks a feed's "
                                     "columns (id, title, price, link, image_link); import it with the format "
                                     "detected automatically (--format auto)")
        format = "csv"
    fmt = format if format in ("shopify", "woocommerce", "magento", "csv") else dialect
    container = "tsv" if delim == "\t" else "csv"
    det = Detection(str(path), fmt, container, encoding=enc, bom=bom, delimiter=delim, headers=headers,
                    sample_rows=rows[1:6], size=size)
    if not encoding and guess.confidence < 1.0:
        det.encoding_confidence = guess.confidence
        det.encoding_evidence = guess.evidence
        det.encoding_alternatives = guess.alternatives
        if det.encoding_uncertain:
            det.notes.append(f"encoding {encoding_label(enc)} is a guess ({guess.confidence:.0%} sure): "
                             f"{guess.evidence}; if the text looks wrong, import with --encoding "
                             f"{(guess.alternatives or ['cp1252'])[0]} (or another)")
    _finish(det, rows[1:51])
    return det


def chosen_encoding(encoding: str) -> EncodingGuess:
    """The encoding the user chose: no guessing, full confidence."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError as exc:
        raise CatalogImportError(f"unknown encoding {encoding!r}; use e.g. utf-8, cp1252, cp1251, utf-16") from exc
    return EncodingGuess(name, False, 1.0, "chosen by you")


_MAGIC = [
    (b"%PDF", "a PDF document; export the catalog as CSV or XLSX instead"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Excel 97–2003 workbook (.xls) or Word document; open it in Excel and save "
                           "it as .xlsx or CSV UTF-8"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"), (b"BZh", "a bzip2 archive; unpack it first"),
    (b"7z\xbc\xaf", "a 7-Zip archive; unpack it first"), (b"Rar!", "a RAR archive; unpack it first"),
    (b"SQLite format 3\x00", "an SQLite database"),
]


def is_wxr(head: bytes) -> bool:
    """A WordPress eXtended RSS export (what WooCommerce shops hand over): XML naming the WordPress export
    namespace."""
    low = head[:8192].lstrip(codecs.BOM_UTF8 + b" \t\r\n").lower()
    return low.startswith((b"<?xml", b"<rss", b"<!--")) and (b"wordpress.org/export" in low or b"<wp:" in low)


def sniff_non_table(head: bytes, path: Path | None = None) -> str | None:
    """What a file that is not a delimited table looks like (None when it may be one): WordPress export,
    Google Merchant feed, other XML, HTML, PDF, images, archives, other Office files."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if head[8:12] == b"WEBP" and head.startswith(b"RIFF"):
        return "a WebP image"
    if head.startswith(b"PK\x03\x04"):
        names: list[str] = []
        if path is not None:
            try:
                with zipfile.ZipFile(path) as z:
                    names = z.namelist()[:200]
            except (zipfile.BadZipFile, OSError):
                pass
        if any(n.startswith("word/") for n in names):
            return "a Word document (.docx); put the catalog in a spreadsheet and save it as .xlsx or CSV"
        if "mimetype" in names and b"opendocument.spreadsheet" in head[:200]:
            return "an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV UTF-8"
        return "a ZIP archive; unpack it and import the CSV, XLSX or JSON inside"
    text = head[:8192]
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if text.startswith(bom):
            text = text[len(bom):] if bom == codecs.BOM_UTF8 else head[:8192].decode("utf-16", "ignore").encode()
            break
    low = text.lstrip().lower()
    if low.startswith((b"<?xml", b"<rss", b"<feed", b"<!--")) or (low.startswith(b"<") and b"xmlns" in low[:500]):
        if b"wordpress.org/export" in low or b"<wp:" in low:
            return ("a WordPress/WooCommerce export (WXR, XML); import it as one (--format auto), or export a CSV "
                    "in WooCommerce › Products › Export")
        if b"base.google.com/ns" in low:
            return "a Google Merchant feed (XML); import it with the format detected automatically"
        if b"<html" in low or b"<!doctype html" in low:
            return "a web page (HTML) saved under another name"
        return "an XML file; export the catalog as CSV, XLSX or JSON"
    if low.startswith((b"<!doctype html", b"<html")):
        return "a web page (HTML) saved under another name; download the file itself, not the page showing it"
    return None


_BASE64ISH = re.compile(r"[A-Za-z0-9+/=]{80,}")


def _implausible_header(headers: list[str]) -> str | None:
    """Why these cells cannot be column names (None when they can)."""
    for i, h in enumerate(headers, start=1):
        if len(h) > 200:
            blob = " (it looks like base64 data)" if _BASE64ISH.search(h) else ""
            return f"cell {i} is {len(h):,} characters long{blob}"
    if headers and sum(1 for h in headers if h) == 0:
        return "every cell is empty"
    return None


def _looks_like(head: bytes, path: Path) -> str:
    other = sniff_non_table(head, path)
    return f"; it looks like {other}" if other else ""


def _finish(det: Detection, samples: list[list[str]] | None = None) -> None:
    if det.format in ("csv", "xlsx"):
        from studio.importers.generic import suggest_mapping
        from studio.importers.headers import table_format

        det.suggested_mapping = suggest_mapping(det.headers, samples if samples is not None else det.sample_rows)
        fixed = table_format(det.headers)
        if fixed is not None:  # a Merchant / Meta feed, an Etsy download: its columns mapped as documented
            det.notes.append(f"recognised as {fixed.label}: its columns are mapped as the platform documents them")
    elif det.format == "shopify":
        from studio.importers.shopify import check_headers

        check_headers(det)
    elif det.format == "woocommerce":
        from studio.importers.woocommerce import check_headers

        check_headers(det)
    elif det.format == "magento":
        from studio.importers.magento import check_headers

        check_headers(det)
