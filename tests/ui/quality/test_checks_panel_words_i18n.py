"""Found in the s17 walkthrough (Chinese and Arabic UI, Content › checks): the findings table read "Error" and
"Warning" in English (the words were built at run time and never extracted), and the button that sets a model's
suggestion aside read "关闭" / "إغلاق" ("Close") — the notification's "Dismiss" translation."""

from __future__ import annotations

import pytest

from studio.quality import Finding
from ui.widgets.checks_panel import ChecksPanel

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


def test_a_narrow_panel_gives_the_message_the_room(qtbot):
    """Found in the s17 walkthrough: in Content (1366x768) the checks panel is ~400 px wide and its Message
    column got ~65 px ("Weight: …", "The …") while the rule id took 140; narrow, Rule and Source are hidden
    (they stay in the row's tooltip), wide (Checks › Lint a text) every column shows."""
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.set_findings([Finding("generation.fact-shipping-weight", "info", "Weight: 640 g is the variant's "
                                "shipping weight", 0, 0, None, "writer")])
    panel.resize(400, 300)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.table.isColumnHidden(1), timeout=5000)
    assert panel.table.isColumnHidden(4) and not panel.table.isColumnHidden(3)
    assert panel.table.columnWidth(3) >= 150
    tip = panel.model.data(panel.model.index(0, 3), 3)  # Qt.ToolTipRole: the rule id is still there
    assert "generation.fact-shipping-weight" in tip
    panel.resize(1000, 300)
    qtbot.waitUntil(lambda: not panel.table.isColumnHidden(1), timeout=5000)
    assert not panel.table.isColumnHidden(4)
