"""Found in the s17 walkthrough (Chinese and Arabic UI, Content › checks): the findings table read "Error" and
"Warning" in English (the words were built at run time and never extracted), and the button that sets a model's
suggestion aside read "关闭" / "إغلاق" ("Close") — the notification's "Dismiss" translation."""

from __future__ import annotations

import pytest

from studio.quality import Finding
from ui import i18n, startup
from ui.widgets.checks_panel import ChecksPanel


@pytest.fixture
def ui_language(qapp):
    def switch(lang: str) -> None:
        i18n.set_language(lang)
        startup.apply_locale(lang)

    yield switch
    switch("en")


WORDS = {"zh": ("错误", "警告", "忽略建议"), "ar": ("خطأ", "تحذير", "تجاهل الاقتراح"),
         "es": ("Error", "Aviso", "Descartar sugerencia"), "en": ("Error", "Warning", "Dismiss suggestion")}


@pytest.mark.parametrize("lang", ["zh", "ar", "es", "en"])
def test_severity_words_and_the_dismiss_button_are_in_the_ui_language(qtbot, ui_language, lang):
    ui_language(lang)
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.set_findings([Finding("claims.x", "error", "m", 0, 1, None, "s"),
                        Finding("claims.y", "warning", "m", 0, 1, None, "s")])
    error, warning, dismiss = WORDS[lang]
    assert panel.model.data(panel.model.index(0, 0)) == error
    assert panel.model.data(panel.model.index(1, 0)) == warning
    assert panel.dismiss_button.text() == dismiss
