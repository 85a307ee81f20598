"""Every sidebar entry reads in the UI language — the sections added later (Review, Campaigns, Creators,
Insights) too, in Arabic as much as in Chinese and Spanish: built in that language, and after a switch."""

from __future__ import annotations

import pytest

from localization import ui_strings
from ui import i18n, startup
from ui.app import MainWindow
from ui.sections import discover

# the same word in English and in the language (none today; a brand name would go here)
SAME_IN: dict[str, set[str]] = {"es": set(), "zh": set(), "ar": set()}


def _texts(w: MainWindow) -> dict[str, str]:
    return {w.sections[i].title: w.sidebar.item(i).text() for i in range(w.sidebar.count())}


@pytest.mark.parametrize("lang", ["ar", "zh", "es"])
def test_every_section_title_is_translated_in_the_catalog(lang):
    try:
        ui_strings.set_language(lang)
        english = [s.title for s in discover() if ui_strings.gettext(s.title) == s.title
                   and s.title not in SAME_IN[lang]]
    finally:
        ui_strings.set_language("en")
    assert english == [], f"{lang}: sidebar titles left in English: {english}"


def test_sidebar_in_arabic_when_built_and_after_a_change_of_language(qtbot, ctx):
    try:
        i18n.set_language("ar")
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        texts = _texts(w)
        assert {"Review", "Campaigns", "Creators", "Insights"} <= set(texts)
        assert all(texts[t] != t for t in texts), texts
        assert (texts["Campaigns"], texts["Creators"], texts["Insights"]) == ("الحملات", "صناع المحتوى", "الرؤى")
        i18n.set_language("zh")
        startup.relabel_main_window(w)  # what the language-change handler runs on the open window
        assert (_texts(w)["Creators"], _texts(w)["Insights"]) == ("达人", "数据洞察")
    finally:
        i18n.set_language("en")
    w.close()
