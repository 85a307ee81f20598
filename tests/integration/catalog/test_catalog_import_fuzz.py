"""Fuzzing the CSV reader: random bytes, encodings and quoting never raise anything but our import errors,
and a failed import never leaves a partial commit."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from studio.importers.records import CatalogImportError
from studio.services import importing
from studio.services.importing import ImportOptions
from studio.storage import models as m
from tests.integration.catalog.catalog_files import SHOPIFY_HEADER

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])

cell_text = st.text(alphabet=st.sampled_from(list("abcé€ü中ไ,;\t|\"'\n\r=+-@<>&%0123456789. ")), max_size=12)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"])


def snapshot(db) -> tuple:
    with db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (m.Product, m.Variant, m.Media, m.Fact))


def attempt(db, data: bytes, suffix: str, options: ImportOptions | None = None) -> None:
    before = snapshot(db)
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"fuzz{suffix}"
        p.write_bytes(data)
        try:
            res = importing.run_import(db, p, options or ImportOptions(download_images=False))
        except CatalogImportError:
            assert snapshot(db) == before, "a failed import changed the catalog"
            return
    # success: whatever it wrote is consistent with what it says
    after = snapshot(db)
    assert after[0] - before[0] == res.created


@FUZZ
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".tsv", ".json", ".xlsx", ".txt"]))
def test_random_bytes(sqlite_db, data, suffix):
    attempt(sqlite_db, data, suffix)


@FUZZ
@given(rows=st.lists(st.lists(cell_text, min_size=0, max_size=6), min_size=0, max_size=6),
       header=st.lists(st.sampled_from(["Title", "SKU", "Price", "Handle", "Image", "Material", "Size", "Weight",
                                         "Body (HTML)", "Variant SKU", "Option1 Value", "x"]), min_size=1, max_size=6),
       delimiter=st.sampled_from([",", ";", "\t", "|"]), quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL,
                                                                               csv.QUOTE_NONNUMERIC]),
       encoding=encodings, valid_only=st.booleans())
def test_random_tables(sqlite_db, rows, header, delimiter, quoting, encoding, valid_only):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, quoting=quoting)
    w.writerow(header)
    w.writerows(rows)
    try:
        data = buf.getvalue().encode(encoding)
    except UnicodeEncodeError:
        data = buf.getvalue().encode("utf-8")
    attempt(sqlite_db, data, ".csv", ImportOptions(download_images=False, import_valid_rows_only=valid_only))


@FUZZ
@given(cells=st.lists(st.tuples(st.sampled_from(SHOPIFY_HEADER), cell_text), max_size=25),
       n_rows=st.integers(1, 5), cut=st.integers(0, 60))
def test_mangled_shopify(sqlite_db, cells, n_rows, cut):
    """Valid Shopify layout with random cell values and a random truncation of the bytes."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(SHOPIFY_HEADER)
    for i in range(n_rows):
        row = dict.fromkeys(SHOPIFY_HEADER, "")
        row.update({"Handle": f"h{i % 2}", "Title": f"T{i}", "Variant SKU": f"S{i}", "Variant Price": "1"})
        for k, v in cells[i::n_rows]:
            row[k] = v
        w.writerow([row[h] for h in SHOPIFY_HEADER])
    data = buf.getvalue().encode("utf-8")
    if cut:
        data = data[:-cut]
    attempt(sqlite_db, data, ".csv", ImportOptions(download_images=False, format="shopify"))
