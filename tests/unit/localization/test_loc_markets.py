"""Market registry: coverage, festival dates, user overrides (merge, validation, reset)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from localization import markets as M
from localization.markets import (
    MarketValidationError,
    UnknownMarket,
    all_markets,
    get_market,
    parse_market_list,
    upcoming_festivals,
)

REQUIRED_COUNTRIES = {"US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "MX", "CO", "CL", "JP", "KR",
                      "AU", "SG", "MY", "ID", "TH", "VN", "PH", "IN", "SA", "AE", "EG", "TR", "NG", "KE"}
BILINGUAL = {"CA": {"en-CA", "fr-CA"}, "SG": {"en-SG", "zh-SG"}, "MY": {"ms-MY", "en-MY"},
             "IN": {"en-IN", "hi-IN"}, "AE": {"ar-AE", "en-AE"}, "KE": {"en-KE", "sw-KE"}}


def test_registry_covers_the_issue_markets():
    ms = all_markets()
    countries = {m.country for m in ms}
    assert REQUIRED_COUNTRIES <= countries and len(countries) >= 30
    by_country = {}
    for m in ms:
        by_country.setdefault(m.country, set()).add(m.tag)
    for country, tags in BILINGUAL.items():
        assert by_country[country] == tags
        for t in tags:
            assert set(get_market(t).languages) == tags


@pytest.mark.parametrize("market", all_markets(), ids=lambda m: m.tag)
def test_every_market_is_complete(market):
    m = market
    assert m.direction in ("ltr", "rtl") and m.measurement in ("metric", "imperial")
    assert m.size_system in M.SIZE_SYSTEMS and m.shoe_system in M.SHOE_SYSTEMS
    assert m.channels and m.marketplaces and m.culture.get("tone") and m.festivals and m.timezone
    assert m.conventions["decimal"] and m.conventions["date_short"] and m.conventions["calendar"] == "gregorian"
    years = {f["start"][:4] for f in m.festivals}
    assert {"2026", "2027"} <= years
    assert (m.direction == "rtl") == (m.language == "ar")


def test_currency_decimals_and_units():
    for tag, dec in {"ja-JP": 0, "ko-KR": 0, "id-ID": 0, "vi-VN": 0, "es-CL": 0, "es-CO": 0, "de-DE": 2}.items():
        assert get_market(tag).currency_decimals == dec
    assert get_market("en-US").measurement == "imperial"
    assert get_market("ar-SA").digits == "arab" and get_market("ar-AE").digits == "latn"


def test_mandates_from_platform_specs():
    mandate = get_market("ms-MY").mandates_for("tiktok-shop")[0]
    assert mandate["language"] == "ms" and "Melayu" in mandate["rule"] and "platform-specs.md" in mandate["source"]
    assert get_market("ar-SA").mandates_for("amazon")[0]["language"] == "ar"
    assert "mercadolibre" in {x["target"] for x in get_market("pt-BR").mandates}


def _dates(tag, fid):
    return [(f["start"], f["end"]) for f in get_market(tag).festivals if f["id"] == fid]


def test_real_festival_dates():
    assert _dates("ar-SA", "ramadan") == [("2026-02-18", "2026-03-19"), ("2027-02-08", "2027-03-09")]
    assert [s for s, _ in _dates("ar-SA", "eid-al-fitr")] == ["2026-03-20", "2027-03-10"]
    assert [s for s, _ in _dates("ar-SA", "eid-al-adha")] == ["2026-05-27", "2027-05-16"]
    assert [s for s, _ in _dates("zh-SG", "lunar-new-year")] == ["2026-02-17", "2027-02-06"]
    assert _dates("pt-BR", "carnival") == [("2026-02-16", "2026-02-17"), ("2027-02-08", "2027-02-09")]
    assert [s for s, _ in _dates("hi-IN", "diwali")] == ["2026-11-08", "2027-10-29"]
    assert _dates("th-TH", "songkran")[0] == ("2026-04-13", "2026-04-15")
    assert [s for s, _ in _dates("en-US", "black-friday")] == ["2026-11-27", "2027-11-26"]
    assert [s for s, _ in _dates("en-US", "cyber-monday")] == ["2026-11-30", "2027-11-29"]
    assert _dates("es-MX", "dia-de-muertos")[0] == ("2026-11-01", "2026-11-02")
    bf = [f for f in get_market("es-MX").festivals if f["id"] == "buen-fin"][0]
    assert bf["estimate"] and dt.date.fromisoformat(bf["end"]).weekday() == 0  # ends on a Monday
    hari_raya = [f for f in get_market("ms-MY").festivals if f["id"] == "eid-al-fitr"][0]
    assert hari_raya["name"] == "Hari Raya Aidilfitri" and hari_raya["estimate"]
    for m in all_markets():
        for f in m.festivals:
            assert f["start"] <= f["end"]


def test_upcoming_festivals_window():
    got = upcoming_festivals("es-MX", dt.date(2026, 11, 1), 30)
    assert [f["id"] for f in got] == ["dia-de-muertos", "buen-fin", "black-friday"]
    ramadan = upcoming_festivals("ar-SA", dt.date(2026, 3, 1), 5)  # already running counts
    assert "ramadan" in [f["id"] for f in ramadan]


def test_unknown_market_and_lists():
    with pytest.raises(UnknownMarket) as exc:
        get_market("xx-YY")
    assert "de-DE" in str(exc.value) and isinstance(exc.value, ValueError)
    assert get_market("de_de").tag == "de-DE"
    assert [m.tag for m in parse_market_list("de-DE, ar-SA,de-DE")] == ["de-DE", "ar-SA"]


def test_user_override_merges_survives_and_resets(studio_home):
    m = M.save_override("de-DE", {"channels": ["instagram", "pinterest"], "culture": {"tone": "Du-Form, locker"}})
    assert m.overridden and m.channels == ("instagram", "pinterest")
    assert m.culture["tone"] == "Du-Form, locker" and "what_sells" in m.culture  # culture merged per key
    path = studio_home / "localization" / "markets.json"
    stored = json.loads(path.read_text(encoding="utf-8"))["markets"]["de-DE"]
    assert set(stored) == {"channels", "culture"}  # only what the user changed is stored
    # an "upgrade" changes shipped data: fields the user did not touch follow the new shipped value
    M._shipped.cache_clear()
    records, fest = M._shipped()
    records["de-DE"]["timezone"] = "Europe/Busingen"
    M._merged.cache_clear()
    try:
        m2 = get_market("de-DE")
        assert m2.timezone == "Europe/Busingen" and m2.channels == ("instagram", "pinterest")
    finally:
        M._shipped.cache_clear()
        M._merged.cache_clear()
    assert M.reset_override("de-DE").overridden is False
    assert get_market("de-DE").channels[0] == "instagram" and "pinterest" in get_market("de-DE").channels


def test_override_validation_errors_are_specific(studio_home):
    with pytest.raises(MarketValidationError) as exc:
        M.save_override("de-DE", {"direction": "down", "currency": "EURO", "timezone": "Mars/Base",
                                  "festivals": ["no-such-fest"], "tag": "x"})
    text = str(exc.value)
    for needle in ("direction", "currency", "timezone", "no-such-fest", "tag: not an editable field"):
        assert needle in text
    assert not (studio_home / "localization" / "markets.json").exists()  # nothing half-saved


def test_user_added_market_and_custom_festival(studio_home):
    new = {"country": "NZ", "country_name": "New Zealand", "language": "en", "language_name": "English",
           "currency": "NZD", "measurement": "metric", "size_system": "AU", "shoe_system": "UK",
           "timezone": "Pacific/Auckland", "channels": ["instagram"], "marketplaces": ["trademe"],
           "festivals": ["black-friday", {"id": "waitangi", "name": "Waitangi Day", "start": "2026-02-06"}]}
    m = M.save_override("en-NZ", new)
    assert m.tag == "en-NZ" and "en-NZ" in M.all_tags()
    assert any(f["id"] == "waitangi" and f["start"] == "2026-02-06" for f in m.festivals)
    assert M.reset_override("en-NZ") is None and "en-NZ" not in M.all_tags()


def test_corrupt_override_file_is_reported(studio_home):
    path = studio_home / "localization" / "markets.json"
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(MarketValidationError, match="not valid JSON"):
        M.all_markets()


def test_festival_data_is_consistent():
    records, fest = M._shipped()
    for tag, rec in records.items():
        for entry in rec["festivals"]:
            assert "start" in entry or entry["id"] in fest, (tag, entry)
    for fid, spec in fest.items():
        assert set(spec["dates"]) == {"2026", "2027"}, fid
        assert spec["name"] and spec["kind"], fid
    weekday = {"black-friday": 4, "cyber-monday": 0, "thanksgiving-us": 3, "mothers-day": 6,
               "dia-de-la-madre-co": 6, "amor-y-amistad": 5}
    for fid, wd in weekday.items():
        for span in fest[fid]["dates"].values():
            assert dt.date.fromisoformat(span["start"]).weekday() == wd, fid
    # Colombia keeps its own Mother's Day (last Sunday of May), not the US date
    co = [f for f in get_market("es-CO").festivals if f["name"] == "Día de la Madre"]
    assert [f["start"] for f in co] == ["2026-05-31", "2027-05-30"]
