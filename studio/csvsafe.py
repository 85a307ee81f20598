"""Spreadsheet formula injection (OWASP "CSV Injection"): the one helper every CSV the app writes goes through.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a TAB or a CR (some spreadsheet apps strip the last two
before evaluating) is data in this app and is never executed: it gets a leading single quote, so a spreadsheet
opening the file shows the text. The full-width forms ``＝ ＋ － ＠`` are quoted too, as a precaution: input
methods and some spreadsheet apps turn them into their ASCII forms, and a quote costs nothing on such rare
text. A cell that is a plain number in full (``-5``, ``+3.5``, ``-0,75``, ``1e-3``) cannot run anything and stays a number.
Imports store such cells verbatim; ``unescape_formula`` undoes the quote when the app reads its own export.

A leaf: nothing here imports beyond ``studio.safepath`` (which confines the written path).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from studio.safepath import user_file

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d+)*|\d*[.,]\d+)([eE][+-]?\d+)?")


def is_formula_like(cell: Any) -> bool:
    if not isinstance(cell, str) or not cell:
        return False
    return cell.startswith(TRIGGERS) and not _NUMBER.fullmatch(cell)


def escape_formula(cell: Any) -> Any:
    """The cell as safe spreadsheet data: ``=1+1`` → ``'=1+1``; numbers and other values unchanged."""
    if is_formula_like(cell):
        return "'" + cell
    return cell


def unescape_formula(text: str) -> str:
    """The inverse of ``escape_formula`` for text read back from one of our exports."""
    return text[1:] if text.startswith("'") and is_formula_like(text[1:]) else text


def safe_row(row: Iterable[Any]) -> list[Any]:
    return [escape_formula(c) for c in row]


def write_safe_csv(path: str | Path, header: list[str], rows: Iterable[Iterable[Any]], *, delimiter: str = ",",
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
