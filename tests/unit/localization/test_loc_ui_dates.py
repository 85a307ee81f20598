"""Calendar headings and weekday names in the UI language come from CLDR (``localization.ui_dates``): the
locale's own pattern, so Chinese reads 2026年12月 and Arabic ديسمبر 2026 — not English words or word order."""

from __future__ import annotations

from datetime import date

import pytest

from localization import ui_dates, ui_strings

DEC = date(2026, 12, 1)


@pytest.mark.parametrize(("lang", "heading"), [
    ("en", "December 2026"),
    ("es", "Diciembre de 2026"),  # CLDR yMMMM, first letter capitalised (stand-alone heading)
    ("zh", "2026年12月"),  # not 十二月 2026
    ("ar", "ديسمبر 2026"),
])
def test_month_heading_in_each_ui_language(lang, heading):
    assert ui_dates.month_heading(DEC, lang) == heading


def test_month_heading_follows_the_current_ui_language():
    try:
        ui_strings.set_language("zh")
        assert ui_dates.month_heading(date(2027, 1, 15)) == "2027年1月"
        ui_strings.set_language("ar")
        assert ui_dates.month_heading(date(2027, 1, 15)) == "يناير 2027"
    finally:
        ui_strings.set_language("en")
    assert ui_dates.month_heading(date(2027, 1, 15)) == "January 2027"


@pytest.mark.parametrize(("lang", "names"), [
    ("en", ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]),
    ("es", ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]),
    ("zh", ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]),
    ("ar", ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]),
])
def test_weekday_names_start_on_monday(lang, names):
    assert ui_dates.weekday_names("abbreviated", lang) == names


def test_week_and_day_headings():
    first, last = date(2026, 11, 30), date(2026, 12, 6)

    def week(lang: str) -> str:  # CLDR puts thin spaces (U+2009) around the interval's dash
        return ui_dates.week_heading(first, last, lang).replace("\u2009", " ")

    assert week("en") == "Nov 30 – Dec 6, 2026"
    assert week("zh") == "2026年11月30日 – 12月6日"
    assert week("ar") == "30 نوفمبر – 6 ديسمبر 2026"
    assert ui_dates.day_heading(DEC, "es") == "Martes, 1 de diciembre de 2026"
    assert ui_dates.day_heading(DEC, "zh") == "2026年12月1日星期二"
    assert ui_dates.day_short(DEC, "en") == "Tue, Dec 1"


def test_an_unshipped_language_is_refused():
    with pytest.raises(ValueError, match="not shipped"):
        ui_dates.month_heading(DEC, "fr")
