"""Insights service on real rows: the summary follows the metrics time series, attribution by UTM vs correlation,
best times only above the minimum with bootstrap intervals, the variant tests against hand-computed values."""

from __future__ import annotations

import math
from datetime import timedelta

import pytest

from studio.services import insights, orders
from tests.integration.insights import seed
from tests.integration.insights.seed import BASE


def _metrics(at, views, likes, comments=0):
    return {"fetched_at": at, "views": views, "likes": likes, "comments": comments}


def test_refresh_keeps_the_latest_metrics_and_unknown_stays_unknown(db):
    pid = seed.product(db)
    acc = seed.account(db)
    p1 = seed.post(db, acc, pid, "en-US", BASE, metrics=[
        _metrics(BASE + timedelta(days=1), 100, 5), _metrics(BASE + timedelta(days=2), 300, 20, 4)])
    p2 = seed.post(db, acc, pid, "en-US", BASE + timedelta(hours=3), metrics=[
        {"fetched_at": BASE + timedelta(days=1), "views": None, "impressions": None, "likes": None}])
    (row,) = insights.table(db)
    assert row.posts == 2
    assert row.views.value == 300 and row.views.n == 1  # p2 reported no views: unknown, not 0
    assert row.engagement_rate.value == pytest.approx(24 / 300) and row.engagement_rate.n == 1
    assert row.engagement_rate.base == 300
    # a later fetch arrives: the summary moves on incrementally
    from studio.storage import models_metrics as mm

    with db.session() as s:
        s.add(mm.PostMetric(post_id=p1, platform="instagram", fetched_at=BASE + timedelta(days=3), views=400,
                            likes=30, comments=10))
        s.add(mm.PostMetric(post_id=p2, platform="instagram", fetched_at=BASE + timedelta(days=3), views=100,
                            likes=1))
    assert insights.refresh(db)["metrics"] == 2
    (row,) = insights.table(db)
    assert row.views.value == 500 and row.views.n == 2
    assert row.engagement_rate.value == pytest.approx((40 + 1) / 500)


def test_orders_attributed_by_utm_and_correlation_kept_apart(db):
    pid = seed.product(db)
    acc = seed.account(db, "shop-tt", "tiktok")
    link = "https://shop.example/products/tee?utm_source=tiktok&utm_medium=social&utm_campaign=spring-en-us"
    with_utm = seed.post(db, acc, pid, "en-US", BASE, text=f"New tee! {link}")
    seed.post(db, acc, pid, "de-DE", BASE + timedelta(days=10), text="Neu im Shop (no link)")
    # two orders carry the post's tags, one other campaign, one untagged within 72 h of the de-DE post, one later
    tags = {"utm_source": "tiktok", "utm_medium": "social", "utm_campaign": "spring-en-us"}
    seed.order_line(db, "A", BASE + timedelta(hours=5), pid, revenue="24", utm=tags)
    seed.order_line(db, "B", BASE + timedelta(days=2), pid, revenue="48", qty=2, utm=tags)
    seed.order_line(db, "C", BASE + timedelta(days=10, hours=2), pid, revenue="24",
                    utm={"utm_source": "x", "utm_campaign": "other"})
    seed.order_line(db, "D", BASE + timedelta(days=10, hours=30), pid, revenue="24")
    seed.order_line(db, "E", BASE + timedelta(days=20), pid, revenue="24")
    counts = orders.attribute(db)
    assert counts == {"posts": 2, "lives": 0, "window": 2}
    rows = {r.market: r for r in insights.table(db)}
    en, de = rows["en-US"], rows["de-DE"]
    assert en.orders.value == 2 and en.orders.n == 1 and en.revenue == {"EUR": "72.00"}
    assert en.corr_orders.value == 0 and en.corr_orders.n == 0
    # C (another campaign, unattributed) and D fall in the 72 h after the untagged post; E is too late
    assert de.orders.value == 0 and de.corr_orders.value == 2 and de.corr_revenue == {"EUR": "48.00"}
    assert with_utm


def test_an_order_before_the_post_is_not_the_posts(db):
    pid = seed.product(db)
    acc = seed.account(db, "shop-tt", "tiktok")
    seed.post(db, acc, pid, "en-US", BASE + timedelta(days=1),
              text="x https://shop.example/p?utm_source=tiktok&utm_campaign=c9")
    seed.order_line(db, "EARLY", BASE, pid, utm={"utm_source": "tiktok", "utm_campaign": "c9"})
    assert orders.attribute(db)["posts"] == 0


def test_refunded_and_cancelled_lines_are_not_credited(db):
    pid = seed.product(db)
    acc = seed.account(db, "shop-tt", "tiktok")
    link = "https://shop.example/p?utm_source=tiktok&utm_campaign=c1"
    seed.post(db, acc, pid, "en-US", BASE, text=f"x {link}")
    tags = {"utm_source": "tiktok", "utm_campaign": "c1"}
    seed.order_line(db, "A", BASE + timedelta(hours=1), pid, utm=tags)
    ref = seed.order_line(db, "B", BASE + timedelta(hours=2), pid, utm=tags)
    from studio.storage import models_orders as mo

    with db.session() as s:
        s.get(mo.OrderLine, ref).status = "Refunded"
    assert orders.attribute(db)["posts"] == 1
    (row,) = insights.table(db)
    assert row.orders.value == 1


def test_live_attribution_through_kit_links(db):
    pid = seed.product(db)
    from studio.storage import models as m

    with db.session() as s:
        s.add(m.LiveKit(name="Friday live", market="en-US", platform="tiktok", data={"kit": {"products": [
            {"handle": "tee", "link": "https://shop.example/products/tee?utm_source=tiktok&utm_medium=live&"
                                      "utm_campaign=friday-live-en-us&utm_content=tee"}]}}))
    seed.order_line(db, "L1", BASE, pid, utm={"utm_source": "tiktok", "utm_medium": "live",
                                               "utm_campaign": "friday-live-en-us", "utm_content": "tee"})
    assert orders.attribute(db) == {"posts": 0, "lives": 1, "window": 0}
    (kit,) = insights.lives(db)
    assert kit["name"] == "Friday live" and kit["orders"] == 1 and kit["revenue"] == {"EUR": "10.00"}


def test_best_times_need_the_minimum_and_carry_intervals(db):
    pid = seed.product(db)
    acc = seed.account(db, "shop-x", "x", settings={"timezone": "Europe/Berlin"})
    # Tuesdays 18:00 Berlin (17:00 UTC in winter time) do better than Mondays 09:00 Berlin
    for week in range(6):
        day = BASE - timedelta(weeks=8) + timedelta(weeks=week)  # Mondays from 5 January
        seed.post(db, acc, pid, "de-DE", day + timedelta(hours=8),
                  metrics=[_metrics(day + timedelta(days=1), 1000, 10 + week)])
        seed.post(db, acc, pid, "de-DE", day + timedelta(days=1, hours=17),
                  metrics=[_metrics(day + timedelta(days=2), 1000, 60 + week)])
    few = insights.best_times(db, "shop-x")
    assert few["shown"] is False and "at least 20" in few["reason"]
    res = insights.best_times(db, "shop-x", min_posts=12, min_cell=3)
    assert res["shown"] and res["timezone"] == "Europe/Berlin"
    cells = {(c["day"], c["hour"]): c for c in res["cells"]}
    tue, mon = cells[("Tue", 18)], cells[("Mon", 9)]
    assert tue["posts"] == mon["posts"] == 6
    assert tue["rate"] == pytest.approx(sum(60 + w for w in range(6)) / 6 / 1000)
    assert tue["ci_low"] <= tue["rate"] <= tue["ci_high"] and tue["ci_high"] - tue["ci_low"] > 0
    assert res["best"][0]["day"] == "Tue" and res["best"][0]["above_average"] is True
    assert "bootstrap" in res["method"]
    with pytest.raises(Exception, match="no account named"):
        insights.best_times(db, "nobody")


def test_statistics_match_hand_computed_values():
    mw = insights.mann_whitney([1, 2, 3, 4, 5], [6, 7, 8, 9, 10])
    # U = 0, mean 12.5, sd sqrt(25·11/12) = 4.7871, z = (0 − 12.5 + 0.5)/4.7871 = −2.5067, p = 0.01219
    assert mw["u"] == 0 and mw["z"] == pytest.approx(-2.5067, abs=1e-3) and mw["p"] == pytest.approx(0.01219, abs=1e-4)
    assert insights.mann_whitney([1, 1, 2], [1, 1, 2])["p"] == pytest.approx(1.0)
    z = insights.two_proportion_z(50, 1000, 80, 1000)
    # pooled 0.065, se sqrt(0.065·0.935·0.002) = 0.011025, z = −2.7211, p = 0.00651
    assert z["z"] == pytest.approx(-2.7211, abs=1e-3) and z["p"] == pytest.approx(0.00651, abs=1e-4)
    lo, hi = insights.wilson(50, 1000)
    assert lo == pytest.approx(0.0381, abs=1e-3) and hi == pytest.approx(0.0653, abs=1e-3)
    lo, hi = insights.bootstrap_ci([0.1] * 5)
    assert lo == hi == pytest.approx(0.1)
    assert not math.isnan(insights.bootstrap_ci([0.1, 0.2, 0.3])[0])


def test_compare_two_variants_says_whether_beyond_noise(db):
    pid = seed.product(db)
    acc = seed.account(db)
    draft_id, (v1, v2) = seed.draft(db, pid, versions=({"hook": "A"}, {"hook": "B"}))
    for i in range(8):
        at = BASE + timedelta(days=i)
        seed.post(db, acc, pid, "en-US", at, version_id=v1, metrics=[_metrics(at + timedelta(days=1), 1000, 20 + i)])
        seed.post(db, acc, pid, "en-US", at + timedelta(hours=1), version_id=v2,
                  metrics=[_metrics(at + timedelta(days=1), 1000, 60 + i)])
    res = insights.compare(db, draft_id)
    assert res["winner"] == 2 and res["beyond_noise"] is True
    assert res["mann_whitney"]["p"] < 0.01 and "beyond noise" in res["verdict"]
    assert {v["posts"] for v in res["variants"]} == {8}
    assert "Mann-Whitney" in res["assumptions"] and "z-test" in res["assumptions"]
    # with only three posts a side there is no verdict
    draft2, (w1, w2) = seed.draft(db, pid, target="x", versions=({"hook": "A"}, {"hook": "B"}))
    for i in range(3):
        at = BASE + timedelta(days=i)
        seed.post(db, acc, pid, "en-US", at, version_id=w1, metrics=[_metrics(at, 100, 2)])
        seed.post(db, acc, pid, "en-US", at, version_id=w2, metrics=[_metrics(at, 100, 3)])
    res2 = insights.compare(db, draft2, channel="instagram")
    assert res2["beyond_noise"] is False and "too few posts" in res2["verdict"]


def test_export_writes_csv_and_one_page_pdf_inside_the_folder(db, tmp_path):
    pid = seed.product(db, title="=HYPERLINK(\"http://evil\")")
    acc = seed.account(db)
    seed.post(db, acc, pid, "de-DE", BASE, metrics=[_metrics(BASE, 200, 10)])
    seed.order_line(db, "Z", BASE + timedelta(hours=1), pid, revenue="9.5")
    out = insights.export(db, "de-DE", tmp_path / "out")
    csv_text = (tmp_path / "out" / "insights-de-DE.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in csv_text  # formula neutralised
    assert "0.05" in csv_text and out["rows"] == "1"
    pdf = (tmp_path / "out" / "insights-de-DE.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"/Count 1" in pdf  # one page
    with pytest.raises(Exception, match="market"):
        insights.export(db, "xx-NOPE", tmp_path / "out2")
