"""Pure helpers of the channels: chunk plans, rate-limit headers, CSV/ICS escaping, budgets, backoff."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from channels._http import retry_after_from
from channels.oauth import build_authorize_url, pkce_pair
from channels.tiktok import MB, chunk_plan
from channels.webhook import sign
from studio.csvsafe import escape_formula, unescape_formula
from studio.services import worker
from studio.services.scheduling import budgets, clock, exchange


@pytest.mark.parametrize("size,expect", [
    (3 * MB, (3 * MB, 1)),               # under 5 MB: one chunk
    (12 * MB, (10 * MB, 1)),             # the 2 MB remainder rides in the last chunk
    (25 * MB, (10 * MB, 2)),
    (1000 * MB, (10 * MB, 100)),
])
def test_tiktok_chunk_plan_follows_the_media_transfer_guide(size, expect):
    chunk, count = chunk_plan(size)
    assert (chunk, count) == expect
    last = size - chunk * (count - 1)
    assert last <= 128 * MB and (count == 1 or 5 * MB <= chunk <= 64 * MB)


def test_retry_after_from_the_headers_platforms_use():
    now = 1_000_000.0
    assert retry_after_from(httpx.Headers({"Retry-After": "30"}), now) == 30
    date = email.utils.formatdate(now + 90, usegmt=True)
    assert abs(retry_after_from(httpx.Headers({"Retry-After": date}), now) - 90) < 1
    assert retry_after_from(httpx.Headers({"x-rate-limit-reset": str(int(now) + 600)}), now) == 600
    buc = '{"123": [{"type": "pages", "call_count": 100, "estimated_time_to_regain_access": 12}]}'
    assert retry_after_from(httpx.Headers({"X-Business-Use-Case-Usage": buc}), now) == 720
    assert retry_after_from(httpx.Headers({}), now) is None


def test_pkce_pair_and_authorize_url():
    import base64
    import hashlib

    verifier, challenge = pkce_pair()
    assert 43 <= len(verifier) <= 128
    assert challenge == base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    from channels.tiktok import OAUTH

    url = build_authorize_url(OAUTH, "ck", "http://127.0.0.1:5000/callback", "st", challenge)
    assert url.startswith("https://www.tiktok.com/v2/auth/authorize/?client_key=ck&")
    assert "code_challenge_method=S256" in url and "video.publish" in url


def test_webhook_signature_is_hmac_sha256_over_timestamp_and_body():
    import hashlib
    import hmac

    body = b'{"text": "hi"}'
    assert sign("k", "1700000000", body) == "sha256=" + hmac.new(b"k", b"1700000000." + body, hashlib.sha256).hexdigest()


def test_csv_formula_guard_round_trips():
    for cell in ("=1+1", "+49 30 123", "-3+A1", "@SUM(A1)", "\tx", "\uff1dSUM(A1)"):
        guarded = escape_formula(cell)
        assert guarded.startswith("'") and unescape_formula(guarded) == cell
    assert escape_formula("plain") == "plain" and unescape_formula("'quoted") == "'quoted"
    assert escape_formula("-3") == "-3" and unescape_formula("'-3") == "'-3"  # a number runs nothing


def test_ics_folding_never_splits_utf8_and_escapes():
    line = "DESCRIPTION:" + exchange.ics_escape("ทดสอบ; a,b\n" * 12)
    folded = exchange.ics_fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line
    assert "\\;" in line and "\\," in line and "\\n" in line


def test_budgets_cite_specs_and_accept_overrides():
    tiktok = budgets.budgets_for("tiktok")
    assert tiktok[0].limit == 6 and tiktok[0].window_s == 60 and "TikTok" in tiktok[0].source
    x = budgets.budgets_for("x", {"budgets": {"posts per 15 min": {"limit": 50}}})
    assert x[0].limit == 50 and "overridden" in x[0].source
    assert budgets.budgets_for("facebook")[0].only_format == "reels"
    assert budgets.budgets_for("folder") == []


def test_backoff_grows_with_jitter_and_honours_retry_after():
    opts = worker.WorkerOptions(base_backoff=60, max_backoff=3600)
    d1, d3, d9 = (worker._backoff(n, opts, None) for n in (1, 3, 9))
    assert 48 <= d1 <= 72 and 192 <= d3 <= 288 and d9 <= 3600 * 1.2
    assert 900 <= worker._backoff(1, opts, 900) <= 990


def test_parse_when_reads_offsets_and_refuses_junk():
    assert clock.parse_when("2030-01-01T10:00:00+02:00").isoformat() == "2030-01-01T08:00:00+00:00"
    assert clock.parse_when("2030-01-01T10:00Z").hour == 10
    with pytest.raises(Exception, match="ISO 8601"):
        clock.parse_when("tomorrow-ish")
    assert time.time()
