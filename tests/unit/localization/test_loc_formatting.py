"""Golden formatting per market (price, date, units, sizes) and property tests (Babel)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from localization import formatting as F
from localization.markets import all_markets
from tests.support.textnorm import fold_spaces as nb

# tag: (price 1234.5 in the market currency, 2026-03-07 medium, 80 cm, 1250 g, shoe for 25 cm foot,
#       women's size for bust 88 cm)
GOLDEN = {
    "ar-AE": ("\u200f1,234.50\xa0د.إ.\u200f", "07\u200f/03\u200f/2026", "80 سم", "1.25 كغم", "40", "M"),
    "ar-EG": ("\u200f١٬٢٣٤٫٥٠\xa0ج.م.\u200f", "٠٧\u200f/٠٣\u200f/٢٠٢٦", "٨٠ سم", "١٫٢٥ كغم", "40", "M"),
    "ar-QA": ("\u200f١٬٢٣٤٫٥٠\xa0ر.ق.\u200f", "٠٧\u200f/٠٣\u200f/٢٠٢٦", "٨٠ سم", "١٫٢٥ كغم", "40", "M"),
    "ar-SA": ("\u200f١٬٢٣٤٫٥٠\xa0ر.س.\u200f", "٠٧\u200f/٠٣\u200f/٢٠٢٦", "٨٠ سم", "١٫٢٥ كغم", "40", "M"),
    "de-DE": ("1.234,50\xa0€", "07.03.2026", "80 cm", "1,25 kg", "40", "38"),
    "en-AE": ("AED1,234.50", "7 Mar 2026", "80 cm", "1.25 kg", "40", "M"),
    "en-AU": ("$1,234.50", "7 Mar 2026", "80 cm", "1.25 kg", "6.5", "10"),
    "en-CA": ("$1,234.50", "Mar 7, 2026", "80 cm", "1.25 kg", "8.5", "6"),
    "en-GB": ("£1,234.50", "7 Mar 2026", "80 cm", "1.25 kg", "6.5", "10"),
    "en-IN": ("₹1,234.50", "7 Mar 2026", "80 cm", "1.25 kg", "6.5", "10"),
    "en-KE": ("Ksh1,234.50", "7 Mar 2026", "80 cm", "1.25 kg", "6.5", "10"),
    "en-MY": ("RM1,234.50", "7 Mar 2026", "80 cm", "1.25 kg", "6.5", "10"),
    "en-NG": ("₦1,234.50", "7 Mar 2026", "80 cm", "1.25 kg", "6.5", "10"),
    "en-PH": ("₱1,234.50", "Mar 7, 2026", "80 cm", "1.25 kg", "8.5", "6"),
    "en-QA": ("QAR1,234.50", "7 Mar 2026", "80 cm", "1.25 kg", "40", "M"),
    "en-SG": ("$1,234.50", "7 Mar 2026", "80 cm", "1.25 kg", "6.5", "10"),
    "en-US": ("$1,234.50", "Mar 7, 2026", "31.5 in (80 cm)", "2.8 lb (1.25 kg)", "8.5", "6"),
    "es-AR": ("$1.234,50", "7 mar 2026", "80 cm", "1,25 kg", "40", "M"),
    "es-CL": ("$1.235", "07-03-2026", "80 cm", "1,25 kg", "40", "M"),
    "es-CO": ("$1.235", "7/03/2026", "80 cm", "1,25 kg", "40", "M"),
    "es-ES": ("1.234,50\xa0€", "7 mar 2026", "80 cm", "1,25 kg", "40", "38"),
    "es-MX": ("$1,234.50", "7 mar 2026", "80 cm", "1.25 kg", "25", "6"),
    "fil-PH": ("₱1,234.50", "Mar 7, 2026", "80 cm", "1.25 kg", "8.5", "6"),
    "fr-CA": ("1\xa0234,50\xa0$", "7 mars 2026", "80 cm", "1,25 kg", "8.5", "6"),
    "fr-FR": ("1\u202f234,50\xa0€", "7 mars 2026", "80\u202fcm", "1,25\u202fkg", "40", "38"),
    "hi-IN": ("₹1,234.50", "7 मार्च 2026", "80 सें॰मी॰", "1.25 कि॰ग्रा॰", "6.5", "10"),
    "id-ID": ("Rp1.235", "7 Mar 2026", "80 cm", "1,25 kg", "40", "M"),
    "it-IT": ("1.234,50\xa0€", "7 mar 2026", "80 cm", "1,25 kg", "40", "42"),
    "ja-JP": ("￥1,235", "2026/03/07", "80 cm", "1.25 kg", "25", "9"),
    "ko-KR": ("₩1,235", "2026. 3. 7.", "80cm", "1.25kg", "250", "66"),
    "ms-MY": ("RM1,234.50", "7 Mac 2026", "80 cm", "1.25 kg", "6.5", "10"),
    "nl-NL": ("€\xa01.234,50", "7 mrt 2026", "80 cm", "1,25 kg", "40", "38"),
    "pl-PL": ("1\xa0234,50\xa0zł", "7 mar 2026", "80 cm", "1,25 kg", "40", "38"),
    "pt-BR": ("R$\xa01.234,50", "7 de mar. de 2026", "80 cm", "1,25 kg", "38", "M"),
    "sw-KE": ("Ksh\xa01,234.50", "7 Mac 2026", "sentimita 80", "kg 1.25", "6.5", "10"),
    "th-TH": ("฿1,234.50", "7 มี.ค. 2026", "80 ซม.", "1.25 กก.", "40", "M"),
    "tr-TR": ("₺1.234,50", "7 Mar 2026", "80 cm", "1,25 kg", "40", "38"),
    "vi-VN": ("1.235\xa0₫", "7 thg 3, 2026", "80 cm", "1,25 kg", "40", "M"),
    "zh-SG": ("$1,234.50", "2026年3月7日", "80厘米", "1.25 kg", "6.5", "10"),
}


def test_golden_covers_every_market():
    assert set(GOLDEN) == {m.tag for m in all_markets()}


@pytest.mark.parametrize("tag", sorted(GOLDEN))
def test_golden_per_market(tag):
    from localization.markets import get_market

    m = get_market(tag)
    price, date, length, weight, shoe, size = GOLDEN[tag]
    assert nb(F.format_price(1234.5, m.currency, tag)) == nb(price)
    assert nb(F.format_date(dt.date(2026, 3, 7), tag)) == nb(date)
    assert nb(F.format_length(80, tag)) == nb(length)
    assert nb(F.format_weight(1250, tag)) == nb(weight)
    assert F.shoe_sizes(25, tag)["size"] == shoe
    chart = F.size_chart([{"label": "M", "chest": 88, "waist": 72, "hip": 96}], tag)
    assert chart.rows[0][1] == size and chart.system == m.size_system


def test_platform_specs_currency_row():
    # platform-specs.md D: Currency (1234567.891)
    assert nb(F.format_price(1234567.891, "USD", "en-US")) == nb("$1,234,567.89")
    assert nb(F.format_price(1234567.891, "IDR", "id-ID")) == nb("Rp1.234.568")  # 0 decimals
    assert nb(F.format_price(1234567.891, "VND", "vi-VN")) == nb("1.234.568\xa0₫")
    assert nb(F.format_price(1234567.891, "JPY", "ja-JP")) == nb("￥1,234,568")
    assert nb(F.format_price(1234567.891, "SAR", "ar-SA")) == nb("\u200f١٬٢٣٤٬٥٦٧٫٨٩\xa0ر.س.\u200f")
    assert nb(F.format_price(1234567.891, "SAR", "ar-SA", digits="latn")) == nb("\u200f1,234,567.89\xa0ر.س.\u200f")
    assert F.format_price(1234567.891, "AED", "ar-AE", digits="arab").startswith("\u200f١٬٢٣٤")


def test_cross_border_symbols_are_unambiguous():
    assert nb(F.format_price(19.99, "MXN", "es-MX", cross_border=True)) == nb("MX$19.99")
    assert nb(F.format_price(19.99, "USD", "en-US", cross_border=True)) == nb("US$19.99")
    assert nb(F.format_price(19.99, "AUD", "en-AU", cross_border=True)) == nb("A$19.99")
    assert nb(F.format_price(19.99, "CAD", "en-CA", cross_border=True)) == nb("C$19.99")
    assert nb(F.format_price(19.99, "COP", "es-CO", cross_border=True)) == nb("COP\xa020")
    assert nb(F.format_price(19.99, "EUR", "de-DE", cross_border=True)) == nb("19,99\xa0€")


def test_dates_are_gregorian_for_thai_marketplaces():
    # platform-specs.md D: Dates — th-TH defaults to the Buddhist calendar (2569); marketplaces want 2026
    out = F.format_date(dt.date(2026, 3, 7), "th-TH", "long")
    assert "2026" in out and "2569" not in out
    assert nb(F.format_date(dt.date(2026, 3, 7), "ar-SA", digits="latn")) == nb("07\u200f/03\u200f/2026")


def test_units_dimensions_and_conversions():
    assert nb(F.format_dimensions(80, 40, 30, "cm", "en-US")) == nb("31.5 × 15.7 × 11.8 in (80 × 40 × 30 cm)")
    assert nb(F.format_dimensions(800, 400, 300, "mm", "de-DE")) == nb("80 × 40 × 30 cm")
    assert nb(F.format_length(250, "de-DE")) == nb("2,5 m")
    assert nb(F.format_length(120, "en-US")) == nb("3.9 ft (120 cm)")
    assert nb(F.format_weight(350, "en-US")) == nb("12.3 oz (350 g)")
    # the seller's metric figure never drifts (a 1.15 kg backpack was listed as 1.2 kg); conversions are rounded
    assert nb(F.format_weight(1150, "de-DE")) == nb("1,15 kg")
    assert nb(F.format_weight(1150, "en-US")) == nb("2.5 lb (1.15 kg)")
    assert nb(F.format_length(22.5, "fr-FR")) == nb("22,5 cm")
    with pytest.raises(ValueError, match="unknown length unit"):
        F.format_dimensions(1, 2, 3, "furlong", "de-DE")


@given(st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False))
def test_unit_round_trips(x):
    assert F.in_to_cm(F.cm_to_in(x)) == pytest.approx(x, rel=1e-12, abs=1e-9)
    assert F.lb_to_g(F.g_to_lb(x)) == pytest.approx(x, rel=1e-12, abs=1e-9)
    assert F.oz_to_g(F.g_to_oz(x)) == pytest.approx(x, rel=1e-12, abs=1e-9)


@given(st.floats(min_value=10, max_value=35, allow_nan=False))
def test_shoe_sizes_grow_with_foot_length(foot):
    for system in ("EU", "UK", "US", "JP", "KR", "CN", "BR", "MX"):
        assert float(F.shoe_size(foot, system)) <= float(F.shoe_size(min(35, foot + 1), system))


def test_size_chart_us_shows_inches_and_cm():
    chart = F.size_chart([{"label": "S", "chest": 84, "waist": [66, 70], "hip": 92}], "en-US")
    assert chart.columns == ("Size", "US size", "Bust", "Waist", "Hip")
    assert chart.rows[0] == ("S", "4", "33.1 in (84 cm)", "26–27.6 in (66–70 cm)", "36.2 in (92 cm)")
    men = F.size_chart([{"label": "M", "chest": 100}], "ja-JP", garment="men")
    assert men.rows[0][1] == "L" and men.rows[0][2] == "100 cm"  # JP runs one letter smaller
    assert F.size_chart([{"label": "M", "chest": 100}], "zh-SG", garment="men").rows[0][1] == "40"
    with pytest.raises(ValueError, match="chest"):
        F.size_chart([{"label": "M", "waist": 70}], "de-DE")


def test_exchange_rates_state_rate_and_date(studio_home):
    c = F.convert_price(100, "USD", "JPY")
    assert c.amount == Decimal("15650") and c.as_of == "2025-11-20" and "as of 2025-11-20" in c.note()
    F.save_rates({"USD": 1, "EUR": 0.9, "JPY": 150}, "2026-11-01")
    c = F.convert_price(90, "EUR", "JPY")
    assert c.amount == Decimal("15000") and c.rate == Decimal("166.666667") and c.as_of == "2026-11-01"
    saved = json.loads((studio_home / "localization" / "rates.json").read_text(encoding="utf-8"))
    assert saved["as_of"] == "2026-11-01"
    with pytest.raises(F.RatesError, match="no exchange rate for BRL"):
        F.convert_price(1, "USD", "BRL")
    with pytest.raises(F.RatesError, match="positive number"):
        F.save_rates({"EUR": -1}, "2026-11-01")
    F.reset_rates()
    assert F.convert_price(1, "USD", "EUR").as_of == "2025-11-20"


DRESS = ("Body bust — XS: 78–82 cm, S: 82–86 cm, M: 86–92 cm, L: 92–98 cm; "
         "waist XS 62 cm, S 66 cm, M 72 cm, L 78 cm")
TEE = ("Body chest circumference — S: 88–96 cm, M: 96–104 cm, L: 104–112 cm, XL: 112–120 cm; "
       "body length S 70 cm, M 72 cm, L 74 cm, XL 76 cm")


def test_parse_size_chart_from_catalog_fact():
    sizes, garment = F.parse_size_chart(DRESS)
    assert garment == "women" and [s["label"] for s in sizes] == ["XS", "S", "M", "L"]
    assert sizes[2] == {"label": "M", "chest": (86.0, 92.0), "waist": 72.0}
    sizes, garment = F.parse_size_chart(TEE)
    assert garment == "men" and sizes[0] == {"label": "S", "chest": (88.0, 96.0)}  # body length ignored
    inch, _ = F.parse_size_chart("Chest: S 34-36 in, M 38-40 in")
    assert inch[0]["chest"] == pytest.approx((86.36, 91.44))
    with pytest.raises(ValueError, match="not a person's"):
        F.parse_size_chart("Chest girth — S: 40–55 cm, M: 55–70 cm, L: 70–90 cm")  # a dog harness
    with pytest.raises(ValueError, match="no chest"):
        F.parse_size_chart("One size fits all")


def test_size_chart_from_text_per_market():
    us = F.size_chart_from_text(DRESS, "en-US")
    assert [r[1] for r in us.rows] == ["2", "4", "6/8", "8/10"]  # ranges spanning two rows say so
    assert us.rows[0][2] == "30.7–32.3 in (78–82 cm)"
    assert [r[1] for r in F.size_chart_from_text(DRESS, "de-DE").rows] == ["34", "36", "38/40", "40/42"]
    assert [r[1] for r in F.size_chart_from_text(DRESS, "ja-JP").rows] == ["5", "7", "9/11", "11/13"]
    assert [r[1] for r in F.size_chart_from_text(TEE, "ja-JP").rows][:2] == ["M", "L"]
    assert [r[1] for r in F.size_chart_from_text(TEE, "de-DE").rows][0] == "46/48"
