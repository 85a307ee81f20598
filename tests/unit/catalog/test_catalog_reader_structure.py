"""The delimited-text reader under corruption: every broken quote or field count is a located error, or the
rows come back exactly as written. Stray bytes are mended in their cell (with a located warning) or refused,
never the whole file re-read in another encoding."""

from __future__ import annotations

import csv
import io
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.importers.records import CatalogImportError
from studio.importers.sources import DelimitedSource, locate_quote_problem

PROPERTY = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LOCATED = re.compile(r"^x\.csv:\d+: column \d+[^:]*, character \d+: ")

cell = st.text(alphabet=st.sampled_from(list('ab é,;"\n\r\t|x1')), max_size=8)


def read(data: bytes, delimiter: str = ",", encoding: str = "utf-8"):
    """(rows as (line, cells), issues) or raises CatalogImportError."""
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "x.csv"
        p.write_bytes(data)
        issues = []
        src = DelimitedSource(p, encoding, delimiter, issues.append)
        try:
            return [(r.line, r.cells) for r in src.rows()], issues
        finally:
            src.close()


def written(header: list[str], rows: list[list[str]], delimiter: str, quoting: int) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, quoting=quoting, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def outside_quotes(text: str) -> list[int]:
    """Offsets of ``text`` that are not inside a quoted cell (where a delimiter or quote changes structure,
    not just the text of a cell)."""
    out, inside, i = [], False, 0
    while i < len(text):
        c = text[i]
        if inside:
            if c == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    i += 2
                    continue
                inside = False
        elif c == '"':
            inside = True
        else:
            out.append(i)
        i += 1
    return out + [len(text)]


def kept(rows: list[list[str]]) -> list[list[str]]:
    return [r for r in rows if "".join(r).strip()]


@st.composite
def tables(draw):
    width = draw(st.integers(2, 5))
    header = [f"c{i}" for i in range(width)]
    rows = draw(st.lists(st.lists(cell, min_size=width, max_size=width), min_size=1, max_size=6))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
    return header, rows, delimiter, quoting


@PROPERTY
@given(table=tables())
def test_well_formed_tables_round_trip_exactly(table):
    header, rows, delimiter, quoting = table
    got, issues = read(written(header, rows, delimiter, quoting).encode(), delimiter)
    assert issues == []
    assert [c for _line, c in got] == kept(rows)


@PROPERTY
@given(table=tables(), kind=st.sampled_from(["drop-quote", "add-quote", "add-delimiter", "drop-delimiter"]),
       where=st.integers(0, 10_000))
def test_corruption_is_a_located_error_or_an_exact_round_trip(table, kind, where):
    header, rows, delimiter, quoting = table
    text = written(header, rows, delimiter, quoting)
    body_start = text.index("\r\n") + 2  # corrupt the data rows, not the header
    free = [i for i in outside_quotes(text) if i >= body_start]  # structure, not the text inside a cell
    if kind == "drop-quote":
        spots = [i for i in range(body_start, len(text)) if text[i] == '"']
    elif kind == "drop-delimiter":
        spots = [i for i in free if i < len(text) and text[i] == delimiter]
    else:
        spots = free
    if not spots:
        return
    i = spots[where % len(spots)]
    if kind.startswith("drop"):
        bad = text[:i] + text[i + 1:]
    else:
        bad = text[:i] + ('"' if kind == "add-quote" else delimiter) + text[i:]
    try:
        got, issues = read(bad.encode(), delimiter)
    except CatalogImportError as exc:  # nothing after it could be read: the whole import stops, located
        assert LOCATED.match(str(exc)), str(exc)
        assert exc.issues and exc.issues[0].line >= 2
        return
    errors = [i for i in issues if i.severity == "error"]
    if not errors:
        assert [c for _line, c in got] == kept(rows), f"silently changed: {bad!r}"
        return
    for e in errors:  # every refusal names a line (of the data) and a column
        assert e.line is not None and e.line >= 2 and e.column, str(e)
        assert "\n" not in str(e)
    for _line, cells in got:  # and what was read is never a row of the wrong width
        assert len(cells) == len(header) or not "".join(cells[len(header):]).strip()


def test_unclosed_quote_stops_with_line_and_column():
    data = b'Title,SKU,Price\nMug,M1,5\n"Cup,C1,6\nPlate,P1,7\nBowl,B1,8\n'
    with pytest.raises(CatalogImportError) as exc:
        read(data)
    assert str(exc.value).startswith("x.csv:3: column 1 (Title), character 1: a quote opened here never closes "
                                      "(everything to line 5 would be one cell)")


def test_a_quote_that_closes_rows_later_names_where_it_opened():
    data = b'Title,SKU,Price\n"Bowl,B,1\nx,y,z\n"q",r,s\nlast,1,2\n'
    rows, issues = read(data)
    assert rows == [(5, ["last", "1", "2"])]
    (e,) = issues
    assert (e.line, e.column) == (4, "1 (Title), character 2")
    assert "the cell's quote opened on line 2, character 1" in e.message


@pytest.mark.parametrize(("line", "expected"), [
    ("Mug,M1,5,9", ("x.csv:2: column 4, character 10: the row has 4 fields, the header has 3")),
    ("Mug,M1", "x.csv:2: column 3 (Price): the row has 2 fields, the header has 3 (missing: Price)"),
    ('Pan 12" wide,M1,5', "x.csv:2: column 1 (Title), character 7: a quote inside a cell that does not start"),
    ('"Mug"x,M1,5', "x.csv:2: column 1 (Title), character 6: text after the closing quote of a cell"),
])
def test_row_errors_are_located_and_the_rest_is_read(line, expected):
    rows, issues = read(f"Title,SKU,Price\n{line}\nCup,C1,6\n".encode())
    assert rows == [(3, ["Cup", "C1", "6"])]
    assert [str(i)[:len(expected)] for i in issues] == [expected]
    assert " — " in str(issues[0])  # and what to do


def test_blank_lines_pass_but_an_empty_extra_field_is_an_error():
    rows, issues = read(b"Title,SKU\nMug,M1,\n\n,\n,,,\nCup,C1\n")
    assert rows == [(6, ["Cup", "C1"])]  # "Mug,M1," may be "Mug,M1" or a row whose cells shifted
    assert [(i.line, i.column) for i in issues] == [(2, "3, character 8")]


def test_stray_windows_byte_in_utf8_is_read_in_its_cell_only_with_a_warning():
    data = "Title,SKU\nCafé crème,M1\n".encode() + b"Th\xe9 glac\xe9,M2\nNa\xefve \xe2\x80\x94 ok,M3\n"
    rows, issues = read(data)
    assert rows == [(2, ["Café crème", "M1"]), (3, ["Thé glacé", "M2"]), (4, ["Naïve — ok", "M3"])]
    assert [str(i) for i in issues] == [
        "x.csv:3: column 1 (Title), character 3: 2 byte(s) in this cell are not UTF-8 (0xE9, 0xE9); read as "
        "Windows-1252: é é — check that cell, or save the whole file as UTF-8",
        "x.csv:4: column 1 (Title), character 3: 1 byte(s) in this cell are not UTF-8 (0xEF); read as "
        "Windows-1252: ï — check that cell, or save the whole file as UTF-8"]
    assert all(i.severity == "warning" for i in issues)


def test_undecodable_byte_refuses_its_row_located():
    rows, issues = read(b"Title,SKU\nMug,M1\nX\x81y,M2\n", encoding="cp1252")
    assert rows == [(2, ["Mug", "M1"])]
    assert str(issues[0]).startswith("x.csv:3: column 1 (Title), character 2: byte(s) 0x81 are not valid CP1252")


def test_stray_bytes_past_the_first_chunk_are_found(monkeypatch):
    from studio.importers import sources

    monkeypatch.setattr(sources._Feed, "CHUNK", 64)  # many chunks, lines cut across them
    data = ("Title,SKU\n" + "".join(f"Row {i} é,S{i}\n" for i in range(40))).encode() + b"Caf\xe9,Z\n"
    rows, issues = read(data)
    assert len(rows) == 41 and rows[-1] == (42, ["Café", "Z"]) and rows[5] == (7, ["Row 5 é", "S5"])
    assert [i.line for i in issues] == [42]


@pytest.mark.parametrize(("text", "expected"), [
    ('a,"b""c",d\n', None),
    ('a,"b\nc",d\n', None),
    ('a,"b,c\n', (2, "a quote opened here never closes", 2)),
    ('a,"b"c,d\n', (5, "text after the closing quote of a cell", 2)),
    ('a,b"c,d\n', (3, "a quote inside a cell that does not start with one", 2)),
])
def test_locate_quote_problem(text, expected):
    assert locate_quote_problem(text, ",") == expected
