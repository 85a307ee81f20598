"""The one shop-link builder (studio/shoplinks.py): tags appended, the link's own query and fragment kept as
written, a seller's utm_* tags never overwritten, IDN hosts and non-ASCII paths left alone."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest

from studio import shoplinks
from studio.importers.orders import utm_from_url
from studio.services.orders import utm_in_text

TAGS = {"source": "Instagram", "medium": "social", "campaign": "Spring Sale 2026", "content": "9f2c0a"}


def test_tags_are_appended_to_an_existing_query_and_the_fragment_is_kept():
    url = "https://shop.example/products/tee?variant=7&ref=a%20b#reviews"
    out = shoplinks.tag_link(url, **TAGS)
    parts = urlsplit(out)
    assert parts.fragment == "reviews"
    assert parts.query.startswith("variant=7&ref=a%20b&")  # the seller's query byte for byte
    assert dict(parse_qsl(parts.query))["utm_campaign"] == "spring-sale-2026"
    assert utm_from_url(out) == {"utm_source": "instagram", "utm_medium": "social",
                                 "utm_campaign": "spring-sale-2026", "utm_content": "9f2c0a"}


def test_a_link_with_the_sellers_utm_tags_is_never_tagged_twice():
    url = "https://shop.example/p?UTM_Source=newsletter&x=1#top"
    assert shoplinks.tag_link(url, **TAGS) == url
    assert shoplinks.tag_links_in_text(f"Buy {url}", {"shop.example"}, **TAGS) == f"Buy {url}"


def test_idn_host_and_unicode_path_are_left_as_written():
    url = "https://bücher.example/produkte/tasse-größe?farbe=grün"
    out = shoplinks.tag_link(url, **TAGS)
    assert out.startswith("https://bücher.example/produkte/tasse-größe?farbe=grün&utm_source=instagram")
    assert shoplinks.host_of(out) == "bücher.example"
    # what attribution reads back from the post's text is what was written
    assert utm_in_text(f"Jetzt kaufen: {out}")["utm_content"] == "9f2c0a"


def test_only_the_shops_links_in_a_text_are_tagged_and_punctuation_stays_outside():
    text = "New! https://shop.example/p. Watch https://youtube.com/watch?v=1 or https://shop.example/q?x=1)"
    out = shoplinks.tag_links_in_text(text, {"shop.example"}, **TAGS)
    assert "https://youtube.com/watch?v=1 " in out
    assert "https://shop.example/p?utm_source=instagram&utm_medium=social&utm_campaign=spring-sale-2026" \
           "&utm_content=9f2c0a. Watch" in out
    assert "/q?x=1&utm_source=instagram" in out and out.endswith("utm_content=9f2c0a)")
    assert utm_in_text(out) == {"utm_source": "instagram", "utm_medium": "social",
                                "utm_campaign": "spring-sale-2026", "utm_content": "9f2c0a"}


@pytest.mark.parametrize("bad", ["shop.example/p", "ftp://shop.example/p", "https:///p", ""])
def test_not_a_web_address_is_refused_with_a_reason(bad):
    with pytest.raises(shoplinks.LinkError, match="not a web address"):
        shoplinks.tag_link(bad, **TAGS)


def test_without_utm_keeps_the_rest():
    assert shoplinks.without_utm("https://s.example/p?a=1&utm_source=x&b=%20#f") == "https://s.example/p?a=1&b=%20#f"


def test_kit_and_brief_links_go_through_the_same_builder():
    from generators.kit.links import shop_link

    seller = "https://shop.example/p?utm_source=seller"
    assert shop_link(seller, source="tiktok-shop", session="Songkran live", market="th-TH") == seller
    out = shop_link("https://shop.example/p#d", source="tiktok-shop", session="Songkran live", market="th-TH",
                    content="mug")
    assert out == ("https://shop.example/p?utm_source=tiktok-shop&utm_medium=live&utm_campaign=songkran-live-th-th"
                   "&utm_content=mug#d")
