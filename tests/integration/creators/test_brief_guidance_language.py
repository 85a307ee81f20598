"""A creator brief speaks the brief's language all through (issue 21): the market's guidance (tone, themes, what
sells, modesty, channels, taboos), the festivals (native names from the market registry: رمضان, يوم التأسيس,
ตรุษจีน), the disclosure notes, the in-app control and its instruction — English only where the brand or product
name is English (and the app's own English label beside the translated one)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from studio.services import briefs, campaigns

from .conftest import STORE

pytestmark = pytest.mark.clock("2026-12-01T12:00")  # plans 2027 festivals: the app believes it is Dec 2026

LATIN = re.compile(r"[A-Za-z]{3,}")


def _brief(db, market, platform="instagram", **kw):
    return briefs.build_brief(db, briefs.BriefRequest(product="ceramic-bud-vase", market=market, creator="Lina K.",
                                                      platform=platform, store_url=STORE, sample_caption=False,
                                                      starts_on=date(2027, 1, 25), ends_on=date(2027, 3, 9), **kw))


def _english_left(lines: list[str], allowed: tuple[str, ...]) -> list[str]:
    out = []
    for line in lines:
        rest = line
        for a in allowed:
            rest = rest.replace(a, "")
        rest = re.sub(r"\((?:Paid|Branded|Includes|Mark|Add|Content)[^)]*\)|（[^）]*）", "", rest)  # the app's label
        rest = re.sub(r"[\"'“”«»]?(?:Paid Partnership|Add content disclosure|Add paid partnership label|"
                      r"Add a brand partner|Mark as paid partnership|Pin)[\"'“”«»]?", "", rest)
        if LATIN.search(rest):
            out.append(line)
    return out


@pytest.mark.parametrize("market,platform", [("ar-SA", "instagram"), ("ar-AE", "tiktok"), ("th-TH", "tiktok"),
                                             ("th-TH", "x"), ("de-DE", "youtube"), ("ja-JP", "instagram"),
                                             ("es-MX", "facebook")])
def test_guidance_and_disclosure_in_the_brief_language(seeded, market, platform):
    db, product, _ = seeded
    b = _brief(db, market, platform)
    d = b.data
    allowed = (product.vendor or "", product.title, "TikTok", "Instagram", "Snapchat", "#ad", "Pin", "X")
    lines = d["angles"] + d["do"] + d["dont"] + d["disclosure"]["lines"] + [d["disclosure"]["control_instruction"]] \
        + d["disclosure"]["notes"]
    clean = [s.replace("\u2068", "").replace("\u2069", "").replace("\u2066", "").replace("\u2067", "") for s in lines]
    if market[:2] in ("ar", "th", "ja"):  # another script: no English word left but names and the app's label
        assert _english_left(clean, allowed) == [], market
    # in every language: none of the registry's English guidance, notes or instructions is left
    from localization.markets import get_market
    from studio.quality.disclosure_table import disclosure_for

    culture = get_market(market).culture or {}
    sources = [briefs.uncited(v) for k in ("tone", "modesty", "channels_note") if culture.get(k) for v in [culture[k]]]
    sources += [briefs.uncited(v) for k in ("themes", "what_sells", "taboos") for v in culture.get(k) or []]
    disc = disclosure_for(market, platform)
    sources += [disc.control_instruction, *disc.notes]
    joined = "\n".join(clean)
    assert [x for x in sources if len(x) > 12 and x in joined] == [], market
    parts = " ".join(d["seller_language_parts"])
    assert "angles for the market" not in parts and "law notes" not in parts, parts


def test_festival_names_are_native(seeded):
    db, _product, _ = seeded
    ar = " ".join(_brief(db, "ar-SA").data["angles"])
    assert "رمضان" in ar and "عيد الفطر" in ar and "يوم التأسيس" in ar
    assert "Ramadan" not in ar and "Eid" not in ar and "Founding" not in ar
    th = " ".join(_brief(db, "th-TH").data["angles"])
    assert "ตรุษจีน" in th and "Lunar" not in th
    de = " ".join(_brief(db, "de-DE").data["angles"] + _brief(db, "es-MX").data["angles"])
    assert "(C10" not in de and "(C7" not in de  # research section ids never reach a creator


def test_campaign_angle_names_the_festival_natively(seeded):
    db, _product, _ = seeded
    campaigns.create_campaign(db, "11.11 TH", festival="11-11", markets=["th-TH"], products=["ceramic-bud-vase"],
                              channels=["tiktok"], offer={"discount_percent": 11, "code": "TH1111"})
    b = briefs.build_brief(db, briefs.BriefRequest(product="ceramic-bud-vase", market="th-TH", creator="Lina K.",
                                                   platform="tiktok", store_url=STORE, sample_caption=False,
                                                   campaign="11.11 TH"))
    first = b.data["angles"][0]
    assert "11.11 TH — 11.11" in first and "sale" not in first
    assert b.data["discount_code"] == "TH1111"
    campaigns.create_campaign(db, "Ramadan 2027", festival="ramadan-2027", markets=["ar-SA", "ar-AE"],
                              products=["ceramic-bud-vase"], channels=["instagram"])
    b = briefs.build_brief(db, briefs.BriefRequest(product="ceramic-bud-vase", market="ar-AE", creator="Lina K.",
                                                   platform="instagram", store_url=STORE, sample_caption=False,
                                                   campaign="Ramadan 2027"))
    assert "— رمضان" in b.data["angles"][0]
