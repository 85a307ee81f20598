"""The UI language reaches what Qt and the calendar format themselves: the Calendar's period heading and the
Insights heat map's weekday labels come from CLDR (ui_dates), and Qt's own buttons (QDialogButtonBox /
QMessageBox "OK", "Cancel", "Close") from the qtbase_<lang>.qm that PySide6 ships."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from ui import startup

QT_TRANSLATIONS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))



DAY_HEADER = {"en": "Wed, Dec 2", "es": "Mié, 2 dic", "zh": "12月2日周三", "ar": "الأربعاء، 2 ديسمبر"}


@pytest.mark.parametrize(("lang", "heading"), [
    ("en", "December 2026"), ("es", "Diciembre de 2026"), ("zh", "2026年12月"), ("ar", "ديسمبر 2026")])
def test_calendar_month_heading_is_in_the_ui_language(qtbot, ctx, ui_language, lang, heading):
    from ui.calendar.view import CalendarView

    ui_language(lang)
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.go(date(2026, 12, 2))
    assert view.period_label.text() == heading
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.set_mode("day")  # the day view's column header: CLDR's weekday-day-month of the language
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == DAY_HEADER[lang]


def test_heat_map_weekday_labels_are_in_the_ui_language(qapp, ui_language):
    from ui.insights.charts import HeatMap

    ui_language("zh")
    heat = HeatMap()
    assert heat.weekdays == ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
    ticks = heat.widget.getAxis("left")._tickLevels[0]  # what the axis draws
    assert [t for _, t in ticks] == heat.weekdays
    ui_language("ar")
    assert HeatMap().weekdays[0] == "الاثنين"
    ui_language("en")
    assert HeatMap().weekdays == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


@pytest.mark.parametrize(("lang", "qm", "ok", "cancel", "close"), [
    ("es", "qtbase_es.qm", "Aceptar", "Cancelar", "Cerrar"),
    ("zh", "qtbase_zh_CN.qm", "确定", "取消", "关闭"),
    ("ar", "qtbase_ar.qm", "حسنًا", "ألغِ", "أغلق"),
])
def test_qt_own_buttons_follow_the_ui_language(qapp, ui_language, lang, qm, ok, cancel, close):
    if not (QT_TRANSLATIONS / qm).exists():
        pytest.skip(f"this Qt ships no {qm} in {QT_TRANSLATIONS}: its buttons stay English")
    B = QDialogButtonBox.StandardButton
    ui_language(lang)
    assert startup._qt_translator is not None and Path(startup._qt_translator.filePath()).name == qm
    box = QDialogButtonBox(B.Ok | B.Cancel | B.Close)
    assert [box.button(b).text() for b in (B.Ok, B.Cancel, B.Close)] == [ok, cancel, close]
    msg = QMessageBox(QMessageBox.Icon.Question, "t", "t", QMessageBox.StandardButton.Cancel)
    assert msg.button(QMessageBox.StandardButton.Cancel).text() == cancel
    ui_language("en")  # back to English: Qt's translation removed, buttons in English again
    assert startup._qt_translator is None
    box = QDialogButtonBox(B.Ok | B.Cancel)
    assert [box.button(b).text() for b in (B.Ok, B.Cancel)] == ["OK", "Cancel"]


def test_a_language_qt_does_not_ship_leaves_qt_in_english(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(startup.QLibraryInfo, "path", lambda _which: str(tmp_path))  # an empty translations folder
    try:
        assert startup.install_qt_translations("es") is None
        assert startup._qt_translator is None
    finally:
        monkeypatch.undo()
        startup.install_qt_translations("en")


def test_every_publishing_budget_name_is_marked_for_translation(ui_language):
    """The Calendar's quota bars name each platform budget (tr(q["name"])); a budget added to the scheduler
    without a line in ui.calendar.view.BUDGET_NAMES would show in English."""
    from localization import ui_strings
    from studio.services.scheduling.budgets import DEFAULT_BUDGETS
    from ui.calendar.view import BUDGET_NAMES

    names = {b.name for budgets in DEFAULT_BUDGETS.values() for b in budgets}
    assert names <= set(BUDGET_NAMES), sorted(names - set(BUDGET_NAMES))
    ui_language("ar")
    assert ui_strings.gettext("posts per 15 min") == "المنشورات كل 15 دقيقة"


def test_arabic_qt_locale_keeps_the_arabic_names_and_the_uis_western_digits(qapp, ui_language):
    """Qt formats numbers and dates in item views and date edits with the default QLocale: in the Arabic UI
    the month and day names are Arabic, the digits Western like every other number the app shows."""
    from PySide6.QtCore import QDate, QLocale

    ui_language("ar")
    loc = QLocale()
    assert loc.language() == QLocale.Language.Arabic
    assert loc.toString(15) == "15" and loc.toString(QDate(2026, 12, 2), "d MMMM yyyy") == "2 ديسمبر 2026"
    assert loc.standaloneDayName(1) == "الاثنين"
    ui_language("zh")
    assert QLocale().standaloneMonthName(12) == "十二月"
