"""The orders and insights commands: --json output, and bad input exits non-zero with one line naming what to do."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from studio.cli.main import main
from tests.integration.insights import seed
from tests.integration.insights.seed import BASE

SHOPIFY = Path(__file__).resolve().parents[2] / "data" / "real" / "orders" / "shopify_orders_export_devstore.csv"
WOO = SHOPIFY.with_name("woocommerce_advanced_order_export_header.csv")


def _run(capsys, *argv):
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_orders_import_json_and_reimport(capsys):
    rc, out, _ = _run(capsys, "orders", "import", str(SHOPIFY), "--json")
    data = json.loads(out)
    assert rc == 0 and data["added"] == 40 and "Billing Name" in data["dropped_columns"]
    assert "personal data dropped" in data["privacy"]
    rc, out, _ = _run(capsys, "orders", "import", str(SHOPIFY), "--json")
    assert rc == 0 and json.loads(out)["unchanged"] == 40
    rc, out, _ = _run(capsys, "orders", "--json")
    assert json.loads(out)["lines"] == 40


def test_refused_rows_exit_2_with_one_line(capsys):
    rc, out, err = _run(capsys, "orders", "import", str(WOO))
    assert rc == 2
    line = err.strip().splitlines()[-1]
    assert "woocommerce_advanced_order_export_header.csv:6" in line and "--valid-rows-only" in line
    rc, _out, err = _run(capsys, "orders", "import", str(WOO), "--valid-rows-only", "--currency", "EUR")
    assert rc == 0


@pytest.mark.parametrize("argv,words", [
    (("orders", "import"), "needs the order export"),
    (("orders", "import", "/nonexistent/x.csv"), "no such file"),
    (("orders", "import", str(SHOPIFY), "--map", "Name"), "COLUMN=FIELD"),
    (("insights", "--market", "xx-YY"), "unknown market"),
    (("insights", "--channel", "myspace"), "not a channel"),
    (("insights", "best-times"), "needs --account"),
    (("insights", "best-times", "--account", "nobody"), "no account named"),
    (("insights", "compare"), "needs --draft"),
    (("insights", "next-variant", "--draft", "999"), "no draft"),
    (("insights", "export", "--market", "de-DE"), "--out DIR"),
])
def test_bad_input_is_one_line(capsys, argv, words):
    rc, _out, err = _run(capsys, *argv)
    assert rc != 0
    lines = [ln for ln in err.strip().splitlines() if ln]
    assert len(lines) == 1 and words in lines[0], err


def test_insights_table_and_best_times_json(capsys, sqlite_db):
    pid = seed.product(sqlite_db)
    acc = seed.account(sqlite_db, "shop-x", "x")
    for i in range(3):
        seed.post(sqlite_db, acc, pid, "en-US", BASE + timedelta(days=i),
                  metrics=[{"fetched_at": BASE + timedelta(days=i + 1), "views": 100, "likes": 5}])
    rc, out, _ = _run(capsys, "insights", "--json")
    (row,) = json.loads(out)
    assert rc == 0 and row["posts"] == 3 and row["views"] == {"value": 300, "n": 3, "base": None}
    assert row["engagement_rate"]["n"] == 3 and row["engagement_rate"]["base"] == 300
    rc, out, _ = _run(capsys, "insights", "best-times", "--account", "shop-x", "--json")
    res = json.loads(out)
    assert rc == 0 and res["shown"] is False and "at least 20" in res["reason"]
