"""The import's SQLite look-ups through the driver (``pipeline.rows_in``) find what Core's expanding IN finds, across
chunks; the price check's short-cut keeps every verdict."""

from decimal import Decimal

from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, select

from studio.importers.pipeline import rows_in
from studio.importers.records import price_problem


def test_rows_in_matches_core_in_across_chunks():
    engine = create_engine("sqlite://")
    md = MetaData()
    t = Table("items", md, Column("id", Integer, primary_key=True), Column("sku", String(255), index=True))
    md.create_all(engine)
    skus = [f"S-{i}" for i in range(2500)] + ["qu'ote", 'dou"ble', "日本-1", "x); DROP TABLE items; --"]
    with engine.begin() as conn:
        conn.execute(t.insert(), [{"sku": s} for s in skus])
        wanted = [*skus[::3], "absent", "S-99999"]
        got = sorted(rows_in(conn, 'SELECT id, sku FROM "items" WHERE sku', wanted, " ORDER BY id", chunk=100))
        core = sorted(tuple(r) for r in conn.execute(select(t.c.id, t.c.sku).where(t.c.sku.in_(wanted))))
        assert got == core and len(got) == len(skus[::3])
        assert list(rows_in(conn, 'SELECT id FROM "items" WHERE sku', [])) == []
        assert conn.execute(select(t.c.id).where(t.c.sku == "x); DROP TABLE items; --")).scalar_one()


def test_price_check_short_cut_keeps_the_verdicts():
    assert price_problem(Decimal("999999999999.99")) is None  # 15 characters, 14 digits
    assert price_problem(Decimal("1.00000000000000000")) is None  # long text, 1 significant digit
    assert price_problem(Decimal("0.1234567890123456")) is not None  # 16 significant digits
    assert price_problem(Decimal("1234567.123456789")) is not None
    assert price_problem(Decimal("-1")) == "is negative"
    assert price_problem(Decimal("1E+12")) is not None
