"""Streaming row sources: delimited text (csv module over a decoding stream) and XLSX (openpyxl read-only).

Rows are read one at a time, so memory stays flat however long the file is. Every row carries the
line it starts on (a quoted multi-line cell makes a record span lines), and columns are labelled the
way the user sees them (``5 (Variant Price)`` for text, ``E (Variant Price)`` for spreadsheets).
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from studio.importers.records import CatalogImportError

csv.field_size_limit(min(sys.maxsize, 64 * 1024 * 1024))  # Body (HTML) cells can be long


@dataclass
class SourceRow:
    line: int
    cells: list[str]


class TableSource:
    """Headers + a row iterator + a progress fraction; use as a context manager."""

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


class DelimitedSource(TableSource):
    def __init__(self, path: Path, encoding: str, delimiter: str) -> None:
        self._raw = open(path, "rb")
        self._size = max(1, path.stat().st_size)
        self._text = io.TextIOWrapper(self._raw, encoding=encoding, errors="strict", newline="")
        self._reader = csv.reader(self._text, delimiter=delimiter, strict=False)
        self._last_line = 0
        self._encoding = encoding
        super().__init__(path, [], spreadsheet=False)
        first = self._next()
        while first is not None and not any(c.strip() for c in first.cells):
            first = self._next()
        if first is None:
            raise CatalogImportError(f"{path.name}: no header row; the first line must name the columns")
        self.header_line = first.line
        headers = [h.strip() for h in first.cells]
        if headers and headers[0].startswith("\ufeff"):
            headers[0] = headers[0][1:].strip()
        self.headers = headers

    def _next(self) -> SourceRow | None:
        start = self._last_line + 1
        try:
            cells = next(self._reader)
        except StopIteration:
            return None
        except csv.Error as exc:
            raise CatalogImportError(
                f"{self.name}:{start}: the row is not valid CSV ({exc}); check the quotes on that line "
                "(a quote inside a cell must be doubled: \"\")",
                ) from exc
        except UnicodeDecodeError as exc:
            raise CatalogImportError(
                f"{self.name}: around line {start}: bytes that are not valid {self._encoding}; "
                "re-save the file as UTF-8 (or pick the right encoding)") from exc
        self._last_line = self._reader.line_num
        return SourceRow(start, cells)

    def rows(self) -> Iterator[SourceRow]:
        while True:
            r = self._next()
            if r is None:
                return
            if not any(c.strip() for c in r.cells):
                continue
            yield r

    def fraction(self) -> float:
        try:
            return min(1.0, self._raw.tell() / self._size)
        except (OSError, ValueError):
            return 0.0

    def close(self) -> None:
        try:
            self._text.close()
        except Exception:  # noqa: BLE001
            self._raw.close()


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


def _open_workbook(path: Path):
    import zipfile

    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise CatalogImportError(f"{path.name}: cannot open the workbook ({exc}); save it again as .xlsx") from exc


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
            self._wb.close()
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
            self._wb.close()
            raise CatalogImportError(f"{path.name}: sheet {self.sheet!r} is empty; the first row must name the columns")
        while header and not header[-1].strip():
            header.pop()
        self.header_line = self._row
        self.headers = [h.strip() for h in header]

    def rows(self) -> Iterator[SourceRow]:
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
        self._wb.close()


def xlsx_preview(path: Path, n: int = 5) -> tuple[str, list[str], list[list[str]]]:
    with XlsxSource(Path(path)) as src:
        rows = []
        for r in src.rows():
            rows.append(r.cells)
            if len(rows) >= n:
                break
        return src.sheet, src.headers, rows


def open_table(path: Path, det) -> TableSource:
    if det.container == "xlsx":
        return XlsxSource(Path(path), det.sheet)
    return DelimitedSource(Path(path), det.encoding or "utf-8", det.delimiter or ",")
