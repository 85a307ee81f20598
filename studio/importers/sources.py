"""Streaming row sources: delimited text (csv module over a decoding stream) and XLSX (openpyxl read-only).

Rows are read one at a time, so memory stays flat however long the file is. Every row carries the
line it starts on (a quoted multi-line cell makes a record span lines), and columns are labelled the
way the user sees them (``5 (Variant Price)`` for text, ``E (Variant Price)`` for spreadsheets).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from studio.importers.detect import delimiter_name
from studio.importers.records import CatalogImportError, ImportIssue

csv.field_size_limit(min(sys.maxsize, 64 * 1024 * 1024))  # Body (HTML) cells can be long


@dataclass
class SourceRow:
    line: int
    cells: list[str]


class TableSource:
    """Headers + a row iterator + a progress fraction; use as a context manager."""

    on_issue: Callable[[ImportIssue], None] = staticmethod(lambda _issue: None)  # located row problems

    def __init__(self, path: Path, headers: list[str], spreadsheet: bool = False) -> None:
        self.path = path
        self.name = path.name
        self.headers = headers
        self.spreadsheet = spreadsheet
        self.header_line = 1

    def col_label(self, idx: int) -> str:
        name = self.headers[idx] if idx < len(self.headers) else ""
        pos = column_letter(idx + 1) if self.spreadsheet else str(idx + 1)
        return f"{pos} ({name})" if name else pos

    def rows(self) -> Iterator[SourceRow]:  # pragma: no cover - abstract
        raise NotImplementedError

    def fraction(self) -> float:
        return 0.0

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def column_letter(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


class _Feed:
    """Decoded lines for ``csv.reader``, one string per physical line (split on CR, LF or CRLF, as a
    ``newline=""`` text stream does), numbered from 1.

    The file is decoded a chunk at a time with ``surrogateescape``: a byte that is not valid in the
    encoding becomes a lone surrogate instead of stopping the read, and the numbers of the lines holding
    one are kept (``bad_lines``) so the row can be mended or refused with its line and column. The lines
    of the current and previous chunk stay reachable (``line(n)``) to locate structure errors.
    """

    CHUNK = 1 << 20

    def __init__(self, raw, encoding: str, unpad: Callable[[str], str] | None = None) -> None:
        self._raw = raw
        self._unpad = unpad  # a padded (aligned) table: padding around quoted cells dropped (``aligned``)
        self._dec = codecs.getincrementaldecoder(encoding)("surrogateescape")
        self.bad_lines: dict[int, int] = {}  # line → 1-based character column of its first bad byte
        self._prev: list[str] = []
        self._prev_first = 1
        self._cur: list[str] = []
        self._cur_first = 1

    def __iter__(self) -> Iterator[str]:
        carry = ""
        first = 1
        while True:
            chunk = self._raw.read(self.CHUNK)
            final = not chunk
            text = carry + self._dec.decode(chunk, final)
            if not text:
                return
            lines = io.StringIO(text, newline="").readlines()
            carry = ""
            if not final and lines and not lines[-1].endswith("\n"):
                carry = lines.pop()  # a line cut by the chunk (or a CR that a LF may follow)
            if self._unpad is not None:
                lines = [self._unpad(ln) for ln in lines]
            if _SURROGATE.search(text):
                for i, ln in enumerate(lines):
                    m = _SURROGATE.search(ln)
                    if m:
                        self.bad_lines[first + i] = m.start() + 1
            self._prev, self._prev_first = self._cur, self._cur_first
            self._cur, self._cur_first = lines, first
            first += len(lines)
            yield from lines
            if final:
                return

    def line(self, n: int) -> str | None:
        for lines, first in ((self._cur, self._cur_first), (self._prev, self._prev_first)):
            if first <= n < first + len(lines):
                return lines[n - first]
        return None


def locate_quote_problem(text: str, delimiter: str, quote: str = '"') -> tuple[int, str, int] | None:
    """Where a record's quoting goes wrong, as (offset in ``text``, what, offset of the cell's opening quote):
    the opening quote of a cell that never closes, the first character after a closing quote that is
    neither a delimiter nor the line end, or a quote inside a cell that does not start with one (RFC 4180:
    such a cell must be quoted and the quote doubled — read as text, it is usually a quote that lost its pair).
    ``None`` when the quoting is sound. Follows the ``csv`` module's rules (a doubled quote is a quote)."""
    i, n = 0, len(text)
    start_of_field = True
    field_at = 0
    while i < n:
        c = text[i]
        if start_of_field and c == quote:
            open_at = i
            i += 1
            while True:
                j = text.find(quote, i)
                if j < 0:
                    return open_at, "a quote opened here never closes", open_at
                if j + 1 < n and text[j + 1] == quote:
                    i = j + 2
                    continue
                i = j + 1
                break
            if i < n and text[i] not in (delimiter, "\r", "\n"):
                return i, "text after the closing quote of a cell", open_at
            start_of_field = False
            continue
        if c == delimiter:
            start_of_field = True
            field_at = i + 1
        elif c in "\r\n":
            start_of_field = True
            field_at = i + 1
        else:
            if c == quote:
                return i, "a quote inside a cell that does not start with one", field_at
            start_of_field = False
        i += 1
    return None


def record_pattern(delimiter: str, quote: str = '"') -> re.Pattern:
    """One well-formed record (RFC 4180): quoted cells with doubled quotes inside, or cells without quotes."""
    d, q = re.escape(delimiter), re.escape(quote)
    quoted = f"{q}[^{q}]*(?:{q}{q}[^{q}]*)*{q}"
    plain = f"[^{q}{d}\\r\\n]*"
    cell = f"(?:{quoted}|{plain})"
    return re.compile(f"{cell}(?:{d}{cell})*(?:\\r\\n|\\r|\\n)?")


def field_starts(text: str, delimiter: str, quote: str = '"') -> list[int]:
    """Offsets in ``text`` where each field of one record starts (same rules as ``locate_quote_problem``)."""
    starts = [0]
    i, n, start_of_field = 0, len(text), True
    while i < n:
        c = text[i]
        if start_of_field and c == quote:
            i += 1
            while i < n:
                j = text.find(quote, i)
                if j < 0:
                    return starts
                if j + 1 < n and text[j + 1] == quote:
                    i = j + 2
                    continue
                i = j + 1
                break
            start_of_field = False
            continue
        if c == delimiter:
            starts.append(i + 1)
            start_of_field = True
        elif c in "\r\n":
            break
        else:
            start_of_field = False
        i += 1
    return starts


def _line_col(text: str, offset: int, first_line: int) -> tuple[int, int]:
    line = first_line + sum(1 for _ in _NEWLINE.finditer(text, 0, offset))
    nl = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset))
    return line, offset - nl


_NEWLINE = re.compile(r"\r\n|\r|\n")


class DelimitedSource(TableSource):
    """A delimited text file read record by record, with every structure problem located.

    * A record whose quoting is broken (a quote that never closes, text after a closing quote, a quote
      inside a cell that was not quoted) or whose number of fields differs from the header's is not passed
      on: it is reported through ``on_issue`` as an error with its line and column (the pipeline then stops
      the import, or skips the row with "valid rows only"). Blank rows are skipped. Even an extra *empty*
      field is an error: "a,b," may be "a,b" with a trailing comma or "ab,…" with a comma too many.
    * Bytes that are not valid in the encoding: in a UTF-8 file each stray byte that Windows-1252 can
      read is read that way, in that cell only, with a warning naming line, column and the character
      (a Windows-1252 "é" pasted into a UTF-8 file); any other invalid byte refuses its row, located.
      The rest of the file is never re-read in another encoding.
    """

    def __init__(self, path: Path, encoding: str, delimiter: str,
                 on_issue: Callable[[ImportIssue], None] | None = None, short_rows_empty: bool = False) -> None:
        self._raw = open(path, "rb")
        # WooCommerce writes the header after its last export batch: columns first met in a later batch (a
        # ``Meta: …`` or ``Attribute 5 …``) are in the header but not in the rows written before, so there a
        # short row's missing last cells are empty (one warning), not a shifted row (stop 20, a shop's export)
        self._short_rows_empty = short_rows_empty
        self._short_warned = False
        self._size = max(1, path.stat().st_size)
        self._encoding = encoding
        self._utf8 = codecs.lookup(encoding).name in ("utf-8", "utf-8-sig")
        self._delimiter = delimiter
        self.on_issue = on_issue or _no_issue
        self._feed = _Feed(self._raw, encoding, _unpadder(self._raw, encoding, delimiter))
        self._record_re = record_pattern(delimiter)
        self._reader = csv.reader(iter(self._feed), delimiter=delimiter, strict=True)
        self._last_line = 0
        self._width = 0
        super().__init__(path, [], spreadsheet=False)
        try:
            first = self._next(header=True)
            while first is not None and not any(c.strip() for c in first.cells):
                first = self._next(header=True)
        except BaseException:
            self._raw.close()
            raise
        if first is None:
            self._raw.close()
            raise CatalogImportError(f"{path.name}: no header row; the first line must name the columns")
        self.header_line = first.line
        headers = [h.strip() for h in first.cells]
        if headers and headers[0].startswith("\ufeff"):
            headers[0] = headers[0][1:].strip()
        self.headers = headers
        self._width = len(headers)

    # -- locating
    def _record_text(self, first: int, last: int) -> str | None:
        feed = self._feed
        if first >= feed._cur_first and last < feed._cur_first + len(feed._cur):
            return "".join(feed._cur[first - feed._cur_first:last - feed._cur_first + 1])
        parts = []
        for n in range(first, last + 1):
            ln = self._feed.line(n)
            if ln is None:
                return None
            parts.append(ln)
        return "".join(parts)

    def _issue(self, line: int, col: str | None, message: str, hint: str, severity: str = "error") -> ImportIssue:
        return ImportIssue(self.name, line, col, message, hint, severity)

    def _quote_issue(self, start: int, end: int, exc: csv.Error | None, text: str | None = None,
                     found: tuple[int, str, int] | None = None) -> ImportIssue:
        if text is None:
            text = self._record_text(start, end)
        if found is None and text is not None:
            found = locate_quote_problem(text, self._delimiter)
        span = f" (the row runs to line {end})" if end > start else ""
        if found is None or text is None:
            return self._issue(start, None, f"the row is not valid CSV ({exc}){span}",
                               "check the quotes in that row (a quote inside a cell must be doubled: \"\")")
        line, col = _line_col(text, found[0], start)
        field = len(field_starts(text[:found[2]], self._delimiter)) - 1
        what = found[1]
        if found[0] == found[2]:
            if end > line:
                what += f" (everything to line {end} would be one cell)"
        else:
            oline, ocol = _line_col(text, found[2], start)
            if oline != line:
                what += f"; the cell's quote opened on line {oline}, character {ocol}, so a quote is probably missing there"
        if what.startswith("a quote inside"):
            return self._issue(line, f"{self.col_label(field)}, character {col}", what,
                               "put the whole cell in quotes and double the quote (\"12\"\" pan\"), or remove it")
        return self._issue(line, f"{self.col_label(field)}, character {col}", what,
                           "close the quote, or double a quote that is part of the text (\"\")")

    def _width_issue(self, start: int, end: int, cells: list[str]) -> ImportIssue:
        n, w = len(cells), self._width
        text = self._record_text(start, end)
        span = f"; it runs from line {start} to line {end}, so a quoted cell probably swallowed line breaks" \
            if end > start else ""
        if n > w:
            where = ""
            if text is not None:
                starts = field_starts(text, self._delimiter)
                if len(starts) > w:
                    line, c = _line_col(text, starts[w], start)
                    where = f", character {c}"
                    if line != start:
                        where = f" on line {line}{where}"
            return self._issue(start, f"{w + 1}{where}",
                               f"the row has {n} fields, the header has {w}{span}",
                               f"quote cells that contain a {delimiter_name(self._delimiter)}, or remove the extra "
                               f"{delimiter_name(self._delimiter)}")
        missing = ", ".join(h or str(i + 1) for i, h in enumerate(self.headers[n:w][:5], start=n))
        return self._issue(start, self.col_label(n),
                           f"the row has {n} fields, the header has {w} (missing: {missing}){span}",
                           "give the row one cell per column (empty cells still need their "
                           f"{delimiter_name(self._delimiter)})")

    def _mend(self, start: int, end: int, cells: list[str]) -> ImportIssue | None:
        """Cells of a record holding invalid bytes: mended (UTF-8 + Windows-1252 stray byte, a warning
        each) or refused (the first problem as an error)."""
        where = [(n, self._feed.bad_lines.pop(n)) for n in range(start, end + 1) if n in self._feed.bad_lines]
        line, char = where[0] if where else (start, None)
        enc = codecs.lookup(self._encoding).name.upper()
        for i, c in enumerate(cells):
            if not _SURROGATE.search(c):
                continue
            bad = [ord(m.group()) - 0xDC00 for m in _SURROGATE.finditer(c)]
            col = self.col_label(i) + (f", character {char}" if char else "")
            char = None
            shown = ", ".join(f"0x{b:02X}" for b in bad[:5]) + ("…" if len(bad) > 5 else "")
            if self._utf8:
                try:
                    fixed = c.encode("utf-8", "surrogateescape").decode("utf-8", "studio-cp1252")
                except UnicodeDecodeError:
                    fixed = None
                if fixed is not None:
                    cells[i] = fixed
                    chars = " ".join(bytes([b]).decode("cp1252") for b in bad[:5])
                    self.on_issue(self._issue(
                        line, col, f"{len(bad)} byte(s) in this cell are not UTF-8 ({shown}); read as "
                        f"Windows-1252: {chars}", "check that cell, or save the whole file as UTF-8", "warning"))
                    continue
            return self._issue(line, col, f"byte(s) {shown} are not valid {enc}; the row is not imported",
                               "save the file as UTF-8, or import it with the right encoding (--encoding)")
        return None

    def _next(self, header: bool = False) -> SourceRow | None:
        """The next record that reads cleanly; broken ones are reported through ``on_issue`` and skipped."""
        while True:
            start = self._last_line + 1
            try:
                cells = next(self._reader)
            except StopIteration:
                return None
            except csv.Error as exc:
                self._broken(start, exc, header)
                continue
            end = self._reader.line_num
            self._last_line = end
            row = self._check(start, end, cells, header)
            if row is not None:
                return row

    def _broken(self, start: int, exc: csv.Error, header: bool) -> None:
        """A record the csv module refused: reported with its place, or raised when nothing after it can be
        read (a quote open to the end of the file) or it is the header."""
        end = max(start, self._reader.line_num)
        self._last_line = self._reader.line_num
        if "field larger than field limit" in str(exc):
            issue = self._issue(start, None, "a cell is longer than 64 MB",
                                "check the quotes from this line on; no real cell is that long")
        else:
            issue = self._quote_issue(start, end, exc)
        if header or "unexpected end of data" in str(exc) or "field larger" in str(exc):
            raise CatalogImportError(str(issue), [issue]) from exc
        self.on_issue(issue)

    def _check(self, start: int, end: int, cells: list[str], header: bool = False) -> SourceRow | None:
        """The record as a row, or None when it was refused (reported through ``on_issue``)."""
        issue = None
        if self._feed.bad_lines and any(n in self._feed.bad_lines for n in range(start, end + 1)):
            issue = self._mend(start, end, cells)
        if issue is None and any('"' in c for c in cells):
            text = self._record_text(start, end)
            if text is not None and not self._record_re.fullmatch(text):
                found = locate_quote_problem(text, self._delimiter)
                if found is not None:
                    issue = self._quote_issue(start, end, None, text, found)
        n = len(cells)
        if issue is None and not header and self._short_rows_empty and 0 < n < self._width:
            cells = cells + [""] * (self._width - n)
            if not self._short_warned:
                self._short_warned = True
                self.on_issue(ImportIssue(
                    self.name, start, self.col_label(n),
                    f"the row has {n} fields, the header has {self._width}: its last {self._width - n} columns "
                    f"({self.headers[n]} …) are read as empty, here and in every later row that stops there",
                    "nothing to do when WooCommerce exported the file (it adds the columns of later export batches "
                    "to the header only); otherwise check that row's cells", "warning", kind="short-rows"))
        elif issue is None and not header and n != self._width and any(c.strip() for c in cells):
            issue = self._width_issue(start, end, cells)  # even an empty extra cell: the data may have shifted
        if issue is not None:
            if header:
                raise CatalogImportError(str(issue), [issue])
            self.on_issue(issue)
            return None
        return SourceRow(start, cells)

    def rows(self) -> Iterator[SourceRow]:
        """Records that read cleanly, blank ones left out. The loop below is ``_next`` with its common case
        inlined (a well-formed record of the header's width): it runs once per row of a large import."""
        reader, feed, width = self._reader, self._feed, self._width
        record_text, well_formed = self._record_text, self._record_re.fullmatch
        while True:
            last = self._last_line
            try:
                for cells in reader:
                    end = reader.line_num
                    start, last = last + 1, end
                    if feed.bad_lines or len(cells) != width:
                        self._last_line = last
                        row = self._check(start, end, cells)
                        if row is None:
                            continue
                        cells = row.cells
                    elif '"' in "\x00".join(cells):  # a quote in a cell: was the cell quoted? (RFC 4180)
                        text = record_text(start, end)
                        if text is not None and not well_formed(text):
                            self._last_line = last
                            row = self._check(start, end, cells)
                            if row is None:
                                continue
                    if cells and (cells[0].strip() or "".join(cells).strip()):
                        yield SourceRow(start, cells)
            except csv.Error as exc:
                self._broken(last + 1, exc, header=False)  # reported (or raised when nothing can follow)
                continue
            self._last_line = last
            return

    def fraction(self) -> float:
        try:
            return min(1.0, self._raw.tell() / self._size)
        except (OSError, ValueError):
            return 0.0

    def close(self) -> None:
        self._raw.close()


def _unpadder(raw, encoding: str, delimiter: str) -> Callable[[str], str] | None:
    """An ``aligned.Unpadder`` when the file's header row pads its cells so the columns line up, else None
    (``raw`` is read from its start and put back there)."""
    from studio.importers.aligned import Unpadder, is_aligned

    head = raw.read(64 * 1024)
    raw.seek(0)
    text = codecs.getincrementaldecoder(encoding)("replace").decode(head, final=False)
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    return Unpadder(delimiter) if is_aligned(first, delimiter) else None


def _no_issue(_issue: ImportIssue) -> None:
    pass


def _cp1252_fallback(exc: UnicodeError):
    """Codec error handler: the bytes UTF-8 cannot read, read as Windows-1252 (undefined ones still fail)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start:exc.end].decode("cp1252"), exc.end


codecs.register_error("studio-cp1252", _cp1252_fallback)
_SURROGATE = re.compile("[\udc80-\udcff]")


def cell_text(v) -> str:
    """A spreadsheet value as the text a CSV export would have held."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return format(Decimal(repr(v)), "f")
    if isinstance(v, datetime):
        return v.isoformat(sep=" ") if v.time() != time(0) else v.date().isoformat()
    if isinstance(v, date | time):
        return v.isoformat()
    return str(v)


XLSX_MAX_MEMBERS = 10_000
XLSX_MAX_TOTAL = 2 << 30  # bytes all parts of a workbook may inflate to
XLSX_MAX_SHARED_STRINGS = 256 << 20  # the shared strings are held in memory while a sheet is read
XLSX_MAX_RATIO = 200  # a real sheet compresses 5–30×; a bomb 1,000×
XLSX_RATIO_FLOOR = 16 << 20  # the ratio rule applies to parts that inflate beyond this


def check_zip_bomb(path: Path) -> None:
    """Refuse a workbook whose parts would inflate far beyond its size, from the zip directory alone
    (nothing is decompressed). ``zipfile`` stops a part at its declared size, so the sizes cannot lie."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise CatalogImportError(f"{path.name}: cannot open the workbook ({exc}); save it again as .xlsx") from exc
    mb = 1 << 20
    if len(infos) > XLSX_MAX_MEMBERS:
        raise CatalogImportError(f"{path.name}: refused: the workbook has {len(infos):,} parts (a real one has a "
                                 "few dozen); save it again in Excel, or export the sheet as CSV")
    total = sum(i.file_size for i in infos)
    for i in infos:
        ratio = i.file_size / max(1, i.compress_size)
        if i.file_size > XLSX_RATIO_FLOOR and ratio > XLSX_MAX_RATIO:
            raise CatalogImportError(
                f"{path.name}: refused: part {i.filename} would inflate from {i.compress_size / mb:.1f} MB to "
                f"{i.file_size / mb:,.0f} MB ({ratio:,.0f}×; a real sheet compresses 5–30×) — a zip bomb or a "
                "damaged file; save it again in Excel, or export the sheet as CSV")
        if i.filename.lower().endswith("sharedstrings.xml") and i.file_size > XLSX_MAX_SHARED_STRINGS:
            raise CatalogImportError(
                f"{path.name}: refused: its shared text table is {i.file_size / mb:,.0f} MB (at most "
                f"{XLSX_MAX_SHARED_STRINGS // mb} MB); export the sheet as CSV instead")
    if total > XLSX_MAX_TOTAL:
        raise CatalogImportError(f"{path.name}: refused: the workbook would inflate to {total / mb:,.0f} MB (at most "
                                 f"{XLSX_MAX_TOTAL // mb:,} MB); export the sheet as CSV instead")


def _open_workbook(path: Path):
    import zipfile

    import openpyxl  # parses XML through defusedxml when it is installed (it is a dependency of ours)

    check_zip_bomb(path)
    fh = open(path, "rb")  # ours, so it is closed however openpyxl fails (read-only mode reads it lazily)
    try:
        wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
    except Exception as exc:  # every failure to open is one located line (re-raised when unknown)
        fh.close()
        cause: BaseException | None = exc
        while cause is not None:  # defusedxml's refusals (entities, DTDs), often wrapped by openpyxl
            if type(cause).__module__.startswith("defusedxml"):
                raise CatalogImportError(f"{path.name}: refused: the workbook's XML is not plain data "
                                         f"({type(cause).__name__}: entities or a DTD); save it again in Excel, "
                                         "or export the sheet as CSV") from exc
            cause = cause.__cause__ or cause.__context__
        if isinstance(exc, zipfile.BadZipFile | KeyError | OSError | ValueError | TypeError | SyntaxError):
            why = " ".join(str(exc).split())[:300]
            raise CatalogImportError(f"{path.name}: cannot open the workbook ({why}); save it again as .xlsx") from exc
        raise
    wb._studio_file = fh  # type: ignore[attr-defined]  # our handle rides on the workbook until it is closed
    return wb


def _close_workbook(wb) -> None:
    try:
        wb.close()
    finally:
        fh = getattr(wb, "_studio_file", None)
        if fh is not None:
            fh.close()


def formulas_without_values(path: Path, member: str, limit: int = 200) -> list[tuple[str, str]]:
    """(cell, formula) of the cells of sheet part ``member`` that hold a formula but no saved value (a file
    written by a program that does not calculate): read as data, such a cell is empty."""
    import zipfile

    from defusedxml.ElementTree import iterparse

    out: list[tuple[str, str]] = []
    with zipfile.ZipFile(path) as z:
        try:
            with z.open(member) as fh:  # a quick look first: most sheets hold no formula at all
                found = False
                tail = b""
                while chunk := fh.read(1 << 20):
                    buf = tail + chunk
                    if b"<f>" in buf or b"<f " in buf or b":f>" in buf or b":f " in buf:
                        found = True
                        break
                    tail = chunk[-8:]
            if not found:
                return out
            with z.open(member) as fh:
                for _ev, el in iterparse(fh, events=("end",)):
                    if el.tag.endswith("}c") or el.tag == "c":
                        f = v = None
                        for child in el:
                            t = child.tag.rsplit("}", 1)[-1]
                            if t == "f":
                                f = child
                            elif t == "v":
                                v = child
                        if f is not None and (v is None or not (v.text or "").strip()):
                            out.append((el.get("r") or "?", (f.text or "").strip()))
                            if len(out) >= limit:
                                break
                        el.clear()
                    elif el.tag.endswith("}row"):
                        el.clear()
        except KeyError:
            return out
    return out


def _first_sheet(wb):
    ws = wb.active
    if ws is None or getattr(ws, "max_row", 0) in (0, None):
        for cand in wb.worksheets:
            if cand.max_row:
                return cand
    return ws if ws is not None else wb.worksheets[0]


class XlsxSource(TableSource):
    def __init__(self, path: Path, sheet: str | None = None) -> None:
        self._wb = _open_workbook(path)
        try:
            self._ws = self._wb[sheet] if sheet else _first_sheet(self._wb)
        except KeyError as exc:
            _close_workbook(self._wb)
            raise CatalogImportError(f"{path.name}: no sheet named {sheet!r}") from exc
        self.sheet = self._ws.title
        self._max = max(1, self._ws.max_row or 1)
        self._iter = self._ws.iter_rows(values_only=True)
        self._row = 0
        super().__init__(path, [], spreadsheet=True)
        header = None
        for values in self._iter:
            self._row += 1
            cells = [cell_text(v) for v in values]
            if any(c.strip() for c in cells):
                header = cells
                break
        if header is None:
            _close_workbook(self._wb)
            raise CatalogImportError(f"{path.name}: sheet {self.sheet!r} is empty; the first row must name the columns")
        while header and not header[-1].strip():
            header.pop()
        self.header_line = self._row
        self.headers = [h.strip() for h in header]

    def _formula_warnings(self) -> None:
        member = getattr(self._ws, "_worksheet_path", None)
        if not member:
            return
        try:
            cells = formulas_without_values(self.path, member)
        except Exception:  # noqa: BLE001 - a look-ahead for a warning must not stop the import
            return
        for ref, formula in cells[:20]:
            col = "".join(ch for ch in ref if ch.isalpha())
            idx = sum((ord(ch) - 64) * 26 ** k for k, ch in enumerate(reversed(col))) - 1 if col else -1
            name = self.headers[idx] if 0 <= idx < len(self.headers) else ""
            row = "".join(ch for ch in ref if ch.isdigit())
            self.on_issue(ImportIssue(
                self.name, int(row) if row else None,
                f"{col}" + (f" ({name})" if name else "") + f", cell {ref} of sheet {self.sheet!r}",
                f"formula ={formula} has no saved value, so the cell reads as empty",
                "open the workbook in Excel or LibreOffice, let it calculate, save it and import again", "warning"))
        if len(cells) > 20:
            self.on_issue(ImportIssue(self.name, None, f"sheet {self.sheet!r}",
                                      f"{len(cells) - 20}{'+' if len(cells) >= 200 else ''} more formula cells have "
                                      "no saved value", "open, calculate and save the workbook, then import again",
                                      "warning"))

    def rows(self) -> Iterator[SourceRow]:
        self._formula_warnings()
        try:
            for values in self._iter:
                self._row += 1
                cells = [cell_text(v) for v in values]
                if any(c.strip() for c in cells):
                    yield SourceRow(self._row, cells)
        except (KeyError, ValueError, TypeError) as exc:
            raise CatalogImportError(f"{self.name}: row {self._row + 1} cannot be read ({exc})") from exc

    def fraction(self) -> float:
        return min(1.0, self._row / self._max)

    def close(self) -> None:
        _close_workbook(self._wb)


def xlsx_preview(path: Path, n: int = 5) -> tuple[str, list[str], list[list[str]]]:
    with XlsxSource(Path(path)) as src:
        rows = []
        for r in src.rows():
            rows.append(r.cells)
            if len(rows) >= n:
                break
        return src.sheet, src.headers, rows


def open_table(path: Path, det, on_issue: Callable[[ImportIssue], None] | None = None) -> TableSource:
    """The row source for a detected file; ``on_issue`` receives located problems of single rows (errors
    for rows that are skipped, warnings for rows that were mended)."""
    if det.container == "xlsx":
        src = XlsxSource(Path(path), det.sheet)
        src.on_issue = on_issue or _no_issue
        return src
    if det.container == "gmc":  # a Google Merchant feed in XML (studio.importers.gmcfeed)
        from studio.importers.gmcfeed import GoogleFeedSource

        feed = GoogleFeedSource(Path(path))
        feed.on_issue = on_issue or _no_issue
        return feed
    return DelimitedSource(Path(path), det.encoding or "utf-8", det.delimiter or ",", on_issue,
                           short_rows_empty=det.format == "woocommerce")
