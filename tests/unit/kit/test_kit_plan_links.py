from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generators.kit import links
from generators.kit.plan import FlashSaleSpec, plan_run_of_show, timecode
from generators.kit.platforms import LiveRuleError, ended_platforms, get_platform

TIKTOK = get_platform("tiktok-shop")


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 100), total=st.integers(10, 240), opening=st.integers(0, 300), closing=st.integers(0, 300))
def test_segments_add_up_to_the_planned_length(n, total, opening, closing):
    try:
        show = plan_run_of_show(n, TIKTOK, total_minutes=total, opening_s=opening, closing_s=closing)
    except LiveRuleError:
        assert total * 60 - opening - closing < 30 * n
        return
    assert show.total_s == total * 60
    assert sum(s.length for s in show.segments) == total * 60
    assert show.segments[0].start == 0 and show.segments[-1].end == total * 60
    for a, b in zip(show.segments, show.segments[1:], strict=False):
        assert a.end == b.start and a.length >= 0
    assert [s.product_index for s in show.segments if s.kind == "product"] == list(range(n))


def test_weighted_segments_and_total_from_segments():
    show = plan_run_of_show(3, TIKTOK, total_minutes=60, segment_minutes=[2, 1, 1], opening_s=120, closing_s=120)
    lengths = [s.length for s in show.segments if s.kind == "product"]
    assert sum(lengths) == 3600 - 240 and lengths[0] == 2 * lengths[1]
    show = plan_run_of_show(2, TIKTOK, segment_minutes=[10, 5], opening_s=60, closing_s=60)
    assert show.total_s == 60 + 600 + 300 + 60
    assert any("at least 60 min" in w for w in show.warnings)


def test_flash_sale_limits_follow_tiktok_rules():
    # platform-specs.md B: TikTok Shop LIVE / LIVE Flash Sale — countdown 10–300 s, duration 1–20 min
    ok = plan_run_of_show(2, TIKTOK, total_minutes=60, flash_sales=[FlashSaleSpec(1, countdown_s=300, duration_min=20)])
    slot = ok.flash_sales[0]
    seg = ok.product_segment(1)
    assert seg.start <= slot.countdown_start < seg.end and slot.sale_start - slot.countdown_start == 300
    for bad in (FlashSaleSpec(0, countdown_s=5), FlashSaleSpec(0, countdown_s=301), FlashSaleSpec(0, duration_min=0),
                FlashSaleSpec(0, duration_min=21), FlashSaleSpec(7)):
        with pytest.raises(LiveRuleError):
            plan_run_of_show(2, TIKTOK, total_minutes=60, flash_sales=[bad])


def test_product_cap_and_ended_platforms():
    with pytest.raises(LiveRuleError, match="at most 100"):
        plan_run_of_show(101, TIKTOK, total_minutes=600)
    assert {p.id for p in ended_platforms()} == {"facebook", "instagram"}
    with pytest.raises(LiveRuleError, match="2022-10-01"):
        get_platform("facebook")
    with pytest.raises(LiveRuleError, match="2023-03-16"):
        get_platform("instagram")


def test_timecode():
    assert timecode(0) == "00:00:00" and timecode(3725) == "01:02:05"


def test_shop_link_utm_parameters_parse_and_keep_existing_query():
    url = links.shop_link("https://shop.example.com/products/mug?variant=42", source="tiktok-shop",
                          session="Winter Live #3", market="th-TH", content="mug")
    parts = urlsplit(url)
    q = parse_qs(parts.query)
    assert parts.netloc == "shop.example.com" and parts.path == "/products/mug"
    assert q["variant"] == ["42"] and q["utm_source"] == ["tiktok-shop"] and q["utm_medium"] == ["live"]
    assert q["utm_campaign"] == ["winter-live-3-th-th"] and q["utm_content"] == ["mug"]
    # a seller's own UTM tags are kept as written (studio/shoplinks.py: one builder for posts, kits and briefs)
    own = "https://shop.example.com/products/mug?variant=42&utm_source=old"
    assert links.shop_link(own, source="tiktok-shop", session="Winter Live #3", market="th-TH", content="mug") == own
    with pytest.raises(links.LinkError):
        links.shop_link("javascript:alert(1)", source="x", session="s", market="en-US")
    with pytest.raises(links.LinkError, match="store URL"):
        links.product_url("", "mug")


def test_qr_png_and_svg_decode_to_the_link(tmp_path):
    import zxingcpp
    from PIL import Image

    url = "https://shop.example.com/products/mug?utm_source=tiktok-shop&utm_campaign=x"
    png, svg = links.write_qr(url, tmp_path / "mug")
    decoded = zxingcpp.read_barcodes(Image.open(png).convert("L"))
    assert [d.text for d in decoded] == [url]
    assert svg.read_text().lstrip().startswith("<?xml") and "<svg" in svg.read_text()


def test_short_link_provider_over_http(tmp_path):
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen = []

    class H(BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append((body["url"], self.headers.get("Authorization")))
            if "fail" in body["url"]:
                self.send_response(422)
                self.end_headers()
                self.wfile.write(b'{"error":"bad"}')
                return
            out = json.dumps({"short_url": "https://sho.rt/abc"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

        def log_message(self, *a):
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        prov = links.ShortLinkProvider(f"http://127.0.0.1:{srv.server_port}/shorten", token="tok")
        assert prov.shorten("https://shop.example.com/p") == "https://sho.rt/abc"
        assert seen[0] == ("https://shop.example.com/p", "Bearer tok")
        with pytest.raises(links.LinkError, match="422"):
            prov.shorten("https://shop.example.com/fail")
    finally:
        srv.shutdown()
        srv.server_close()
