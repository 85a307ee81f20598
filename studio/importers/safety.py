"""Spreadsheet formula injection: cells that start with ``=``, ``+``, ``-``, ``@`` (or a TAB/CR, which some
spreadsheet apps strip before evaluating) are data in this app and are never executed.

Imports store such cells verbatim. Every CSV/XLSX the app writes passes each cell through
``escape_formula`` (OWASP "CSV Injection" advice: prefix a single quote), so a spreadsheet opening the
export shows the text instead of running it. Plain numbers such as ``-5`` or ``+3.5`` stay numbers.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any

from studio.safepath import user_file

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d+)*|\d*[.,]\d+)([eE][+-]?\d+)?$")


def is_formula_like(cell: Any) -> bool:
    if not isinstance(cell, str) or not cell:
        return False
    return cell.startswith(_TRIGGERS) and not _NUMBER.match(cell)


def escape_formula(cell: Any) -> Any:
    """The cell as safe spreadsheet data: ``=1+1`` → ``'=1+1``; numbers and other values unchanged."""
    if is_formula_like(cell):
        return "'" + cell
    return cell


def safe_row(row: Iterable[Any]) -> list[Any]:
    return [escape_formula(c) for c in row]


def write_safe_csv(path, header: list[str], rows: Iterable[Iterable[Any]], *, delimiter: str = ",",
                   encoding: str = "utf-8-sig") -> int:
    """Write a CSV whose every cell went through ``escape_formula``; returns the number of data rows."""
    n = 0
    with open(user_file(path), "w", encoding=encoding, newline="") as fh:  # never through a link elsewhere
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(safe_row(header))
        for r in rows:
            w.writerow(safe_row(r))
            n += 1
    return n
