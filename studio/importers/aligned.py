"""Tables whose cells are padded with spaces so that the columns line up (issue 14, real files).

Some hand-kept and tool-written CSVs align their columns for reading (Vendure's product import sheets, many
seed files)::

    name      , slug     , description             , sku
    Laptop    , laptop   , "Now equipped with …"    , L2201308

RFC 4180 has no padding: read strictly, ``  "Now equipped …"   `` is a quote inside a cell that was not quoted,
or text after a closing quote, and every row is refused. When the header row is padded around half of its
delimiters or more, the reader takes the spaces (and tabs) between a delimiter and a quoted cell, and between a quoted
cell and the next delimiter, as padding and drops them before the ``csv`` module sees the line; unquoted cells
keep their text (the importers strip cell values). Nothing changes for a file whose header is not padded.
"""

from __future__ import annotations

_PAD = " \t"


def is_aligned(first_line: str, delimiter: str) -> bool:
    """Whether a header line pads its cells around the delimiters (half of them or more, at least two: a column
    as wide as its name needs no padding)."""
    line = first_line.lstrip("\ufeff").rstrip("\r\n")
    cells = line.split(delimiter)
    if len(cells) < 3 or delimiter in _PAD:
        return False
    gaps = len(cells) - 1
    padded = sum(1 for a, b in zip(cells, cells[1:], strict=False) if a.endswith(tuple(_PAD)) or b.startswith(tuple(_PAD)))
    return padded >= 2 and padded >= 0.5 * gaps


class Unpadder:
    """Drops the padding around quoted cells, one physical line at a time (a quoted cell may span lines: the
    state carries over). Unquoted cells, and everything inside quotes, are copied unchanged."""

    def __init__(self, delimiter: str, quote: str = '"') -> None:
        self.d = delimiter
        self.q = quote
        self.in_quote = False

    def __call__(self, line: str) -> str:
        d, q = self.d, self.q
        out: list[str] = []
        i, n = 0, len(line)
        inside = self.in_quote
        while i < n:
            if inside:
                j = line.find(q, i)
                if j < 0:
                    out.append(line[i:])
                    i = n
                    break
                if j + 1 < n and line[j + 1] == q:  # a doubled quote is text
                    out.append(line[i:j + 2])
                    i = j + 2
                    continue
                out.append(line[i:j + 1])
                inside = False
                k = j + 1
                while k < n and line[k] in _PAD:
                    k += 1
                i = k if k == n or line[k] in (d, "\r", "\n") else j + 1  # padding before the delimiter: dropped
                continue
            k = i
            while k < n and line[k] in _PAD:
                k += 1
            if k < n and line[k] == q:  # padding before a quoted cell: dropped
                out.append(q)
                inside = True
                i = k + 1
                continue
            j = line.find(d, i)
            if j < 0:
                out.append(line[i:])
                break
            out.append(line[i:j + 1])
            i = j + 1
        self.in_quote = inside
        return "".join(out)


def unpad_text(text: str, delimiter: str) -> str:
    """``text`` (whole lines) with the padding around quoted cells dropped."""
    un = Unpadder(delimiter)
    return "".join(un(ln) for ln in text.splitlines(keepends=True))
