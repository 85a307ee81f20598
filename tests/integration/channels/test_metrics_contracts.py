"""Metrics (issue 20 item 1): every platform's metrics request, built by the real adapter, passes the platform's
published contract in the emulator (OpenAPI / discovery document / cited rule fixture); the emulators refuse
what the real APIs refuse; unknown stays unknown (never 0); one bad post does not lose the others."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest

from studio import registry
from studio.jobs import CancelToken
from studio.ports import ChannelAccount, MetricsTarget, TransientError
from tests.support import doc_rules
from tests.support.contracts import validate
from tests.support.platforms import metrics as em
from tests.support.platforms.google import YouTubeEmulator
from tests.support.platforms.meta import FacebookEmulator, InstagramEmulator, ThreadsEmulator
from tests.support.platforms.pinterest import PinterestEmulator
from tests.support.platforms.tiktok import TikTokEmulator
from tests.support.platforms.x import XEmulator

EMULATORS = {"x": XEmulator, "pinterest": PinterestEmulator, "youtube": YouTubeEmulator,
             "instagram": InstagramEmulator, "facebook": FacebookEmulator, "threads": ThreadsEmulator,
             "tiktok": TikTokEmulator}
WEEK_AGO = datetime.now(UTC) - timedelta(days=7)


def adapter(platform, emu, token="tok-1", **settings):
    if platform == "facebook":
        token, settings = "page-tok-55", {"page_id": "55", "token_kind": "page", **settings}
    factory = registry.find("channel", platform)
    return factory(ChannelAccount(name=f"{platform}-m", platform=platform, base_url=emu.url, settings=settings,
                                  access_token=token))


def targets(ids, **kw):
    return [MetricsTarget(key=str(i), platform_post_id=pid, published_at=WEEK_AGO, **kw) for i, pid in enumerate(ids)]


@pytest.mark.parametrize("platform", sorted(EMULATORS))
def test_metrics_request_meets_the_contract_and_returns_numbers(platform):
    with EMULATORS[platform]() as emu:
        ids = em.seed(emu, 3)
        if platform == "youtube":
            for pid in ids:
                emu.metrics_book.set(pid, views=120, minutes=240, likes=9, comments=2, shares=1, avg=96)
        ad = adapter(platform, emu)
        try:
            results = ad.fetch_metrics(targets(ids[: ad.metrics_batch or 1] if ad.metrics_batch == 1 else ids),
                                       CancelToken())
        finally:
            ad.close()
        assert not emu.violations, emu.violations
        assert emu.metrics_calls >= 1
        assert results and all(r.error is None for r in results), results
        assert all(r.metrics for r in results), results
        assert all(isinstance(v, int | float) for r in results for v in r.metrics.values())
        assert ad.metrics_limit and ad.metrics_limit[0] > 0  # a documented read limit to pace by


def test_x_more_than_100_ids_is_refused_by_the_contract():
    ids = ",".join(str(10**18 + i) for i in range(101))
    v = validate("x", httpx.Request("GET", "https://api.x.com/2/tweets", params={"ids": ids,
                                    "post.fields": "public_metrics"}, headers={"Authorization": "Bearer t"}))
    assert any("ids" in x.detail for x in v)
    v = validate("x", httpx.Request("GET", "https://api.x.com/2/tweets", params={"ids": "1",
                                    "post.fields": "public_metrix"}, headers={"Authorization": "Bearer t"}))
    assert v, "an unknown field must be refused"


def test_pinterest_range_over_90_days_is_refused():
    today = datetime.now(UTC).date()
    req = httpx.Request("GET", "https://api.pinterest.com/v5/pins/1/analytics", headers={"Authorization": "Bearer t"},
                        params={"start_date": (today - timedelta(days=120)).isoformat(), "end_date": today.isoformat(),
                                "metric_types": "IMPRESSION,SAVE"})
    assert any("90 days" in x.detail for x in validate("pinterest", req))
    with PinterestEmulator() as emu:
        r = httpx.get(f"{emu.url}/v5/pins/1/analytics", params=dict(req.url.params), headers={"Authorization": "Bearer tok-1"})
        assert r.status_code == 400 and "90 days" in r.text


def test_pinterest_old_pin_is_clipped_to_90_days_and_says_so():
    with PinterestEmulator() as emu:
        (pid,) = em.seed(emu, 1, age_s=200 * 86400)
        ad = adapter("pinterest", emu)
        (res,) = ad.fetch_metrics([MetricsTarget("1", pid, datetime.now(UTC) - timedelta(days=200))], CancelToken())
        ad.close()
        assert not emu.violations and res.error is None
        assert "90 days" in (res.note or "")


def test_youtube_analytics_contract_refuses_a_bad_report():
    base = {"ids": "channel==MINE", "startDate": "2026-01-01", "endDate": "2026-02-01", "metrics": "views"}
    ok = httpx.Request("GET", "https://youtubeanalytics.googleapis.com/v2/reports", params=base,
                       headers={"Authorization": "Bearer t"})
    assert validate("youtube-analytics", ok) == []
    missing = httpx.Request("GET", "https://youtubeanalytics.googleapis.com/v2/reports",
                            params={k: v for k, v in base.items() if k != "ids"}, headers={"Authorization": "Bearer t"})
    assert any("ids" in x.detail for x in validate("youtube-analytics", missing))
    bad_date = httpx.Request("GET", "https://youtubeanalytics.googleapis.com/v2/reports",
                             params={**base, "startDate": "1/1/2026"}, headers={"Authorization": "Bearer t"})
    assert validate("youtube-analytics", bad_date)


def test_youtube_video_younger_than_two_days_is_unknown_not_zero():
    with YouTubeEmulator() as emu:
        (vid,) = em.seed(emu, 1, age_s=3600)
        ad = adapter("youtube", emu)
        (res,) = ad.fetch_metrics([MetricsTarget("1", vid, datetime.now(UTC))], CancelToken())
        ad.close()
        assert res.metrics == {} and res.retry and "lags" in res.note


@pytest.mark.parametrize(("platform", "metric", "when"), [
    ("instagram", "plays", "2025-04-21"), ("instagram", "impressions", "2025-04-21"),
    ("facebook", "post_impressions", "2025-11-15")])
def test_meta_removed_metrics_are_refused(platform, metric, when):
    host = "graph.instagram.com" if platform == "instagram" else "graph.facebook.com"
    req = httpx.Request("GET", f"https://{host}/v27.0/1799/insights", params={"metric": f"views,{metric}"},
                        headers={"Authorization": "Bearer t"})
    found = doc_rules.validate(platform, req)
    assert any(when in x.detail for x in found), found


def test_instagram_lag_is_unknown_with_a_reason():
    with InstagramEmulator() as emu:
        (pid,) = em.seed(emu, 1, age_s=3600)
        ad = adapter("instagram", emu)
        (res,) = ad.fetch_metrics([MetricsTarget("1", pid, datetime.now(UTC) - timedelta(hours=1))], CancelToken())
        ad.close()
        assert not emu.violations
        assert res.metrics == {} and res.retry and "48 h" in res.note


def test_a_metric_the_platform_does_not_return_is_absent():
    with ThreadsEmulator() as emu:
        (pid,) = em.seed(emu, 1)
        emu.metrics_book.unknown(pid, {"shares", "quotes"})
        ad = adapter("threads", emu)
        (res,) = ad.fetch_metrics(targets([pid]), CancelToken())
        ad.close()
        assert "shares" not in res.metrics and "quotes" not in res.metrics and "likes" in res.metrics


def test_x_one_missing_post_does_not_lose_the_others():
    with XEmulator() as emu:
        ids = em.seed(emu, 2)
        ad = adapter("x", emu)
        res = {r.key: r for r in ad.fetch_metrics(targets([ids[0], "1234", ids[1]]), CancelToken())}
        ad.close()
        assert res["1"].error and "1234" in res["1"].error
        assert res["0"].metrics and res["2"].metrics


def test_x_rate_limit_answers_429_with_reset_and_the_adapter_says_when():
    with XEmulator() as emu:
        emu.metrics_window = em.Window(1, 900)
        ids = em.seed(emu, 1)
        ad = adapter("x", emu)
        ad.fetch_metrics(targets(ids), CancelToken())
        with pytest.raises(TransientError) as exc:
            ad.fetch_metrics(targets(ids), CancelToken())
        ad.close()
        assert exc.value.code == "429" and exc.value.retry_after and 800 < exc.value.retry_after <= 901


def test_tiktok_matches_the_publish_id_once_moderation_gives_a_video_id():
    with TikTokEmulator() as emu:
        ad = adapter("tiktok", emu)
        pending = MetricsTarget("1", "v_pub_42", WEEK_AGO, receipt={"publish_id": "v_pub_42"})
        emu.uploads["v_pub_42"] = {"status": "uploaded", "polls": -100, "got": 0, "inbox": False, "title": "t"}
        (res,) = ad.fetch_metrics([pending], CancelToken())
        assert res.retry and "moderation" in res.note and not res.metrics
        emu.uploads["v_pub_42"]["status"] = "PUBLISH_COMPLETE"
        emu.record_publish("t", publish_id="v_pub_42")
        (res,) = ad.fetch_metrics([pending], CancelToken())
        ad.close()
        assert not emu.violations, emu.violations
        assert res.media_id == str(42 * 7) and res.metrics.get("views") is not None


def test_tiktok_more_than_20_ids_is_refused():
    req = httpx.Request("POST", "https://open.tiktokapis.com/v2/video/query/", params={"fields": "id,view_count"},
                        json={"filters": {"video_ids": [str(i) for i in range(21)]}}, headers={"Authorization": "Bearer t"})
    assert any("at most 20" in x.detail for x in doc_rules.validate("tiktok", req))


def test_emulator_rate_window_resets():
    w = em.Window(2, 0.05)
    assert w.hit()[0] and w.hit()[0] and not w.hit()[0]
    deadline = time.monotonic() + 2
    while time.time() - w.start < 0.05 and time.monotonic() < deadline:
        pass
    assert w.hit()[0]
    assert date.today()  # keeps the import honest


def test_meta_usage_header_near_the_limit_makes_the_adapter_wait_before_the_next_call():
    with InstagramEmulator() as emu:
        emu.metrics_window = em.Window(20, 3600)
        ids = em.seed(emu, 20)
        ad = adapter("instagram", emu)
        waits = []
        ad.sleep = lambda cancel, s: waits.append((emu.metrics_window.used, s))
        for pid in ids:
            ad.fetch_metrics(targets([pid]), CancelToken())
        ad.close()
        assert not emu.violations and emu.metrics_window.refused == 0
        assert waits and waits[0] == (19, 60.0)  # 19 of 20 = 95 %: wait before the 20th, never refused
