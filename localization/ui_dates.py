"""Dates in the app's UI language (Qt-free): calendar headings and weekday names from CLDR through Babel.

The UI language (``localization.ui_strings``) picks the CLDR locale: ``en``, ``zh``, ``es``, ``ar``. Headings use
the locale's own pattern for a skeleton, not an English word order with translated names, so Chinese reads
``2026年12月`` (not ``十二月 2026``), Spanish ``Diciembre de 2026`` and Arabic ``ديسمبر 2026``. A heading
stands alone, so its first letter is capitalised as CLDR's stand-alone context transform says for Spanish
(a no-op for scripts without case). Always the Gregorian calendar; digits stay Western, as everywhere else in
the UI (the grid's day numbers, counts).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from babel.dates import format_date, format_interval, format_skeleton, get_day_names

from localization import ui_strings

__all__ = ["month_heading", "week_heading", "day_heading", "day_short", "weekday_names"]


def _lang(lang: str | None) -> str:
    return ui_strings.normalize_language(lang or ui_strings.current_language())


def _standalone(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def month_heading(d: dt.date, lang: str | None = None) -> str:
    """The month of ``d`` as a heading: December 2026 / 2026年12月 / Diciembre de 2026 / ديسمبر 2026."""
    return _standalone(format_skeleton("yMMMM", d, locale=_lang(lang)))


def week_heading(first: dt.date, last: dt.date, lang: str | None = None) -> str:
    """A week from ``first`` to ``last`` (both shown days): Nov 30 – Dec 6, 2026 / 2026年11月30日 – 12月6日."""
    return _standalone(format_interval(first, last, "yMMMd", locale=_lang(lang)))


def day_heading(d: dt.date, lang: str | None = None) -> str:
    """One day in full: Monday, November 30, 2026 / 2026年11月30日星期一 / lunes, 30 de noviembre de 2026."""
    return _standalone(format_date(d, "full", locale=_lang(lang)))


def day_short(d: dt.date, lang: str | None = None) -> str:
    """A day in a column header: Tue, Dec 1 / 12月1日周二 / mar, 1 dic / الثلاثاء، 1 ديسمبر."""
    return _standalone(format_skeleton("MMMEd", d, locale=_lang(lang)))


def weekday_names(width: Literal["abbreviated", "short", "wide"] = "abbreviated",
                  lang: str | None = None) -> list[str]:
    """Monday-first stand-alone weekday names (CLDR width ``abbreviated``, ``short``, ``wide``)."""
    names = get_day_names(width, context="stand-alone", locale=_lang(lang))
    return [str(names[i]) for i in range(7)]  # Babel keys them 0 = Monday … 6 = Sunday
