"""Markets section, market pickers, and switching the UI to Arabic (RTL)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from localization import markets as reg
from localization import ui_strings

ROOT = Path(__file__).resolve().parents[3]
SHOTS = ROOT / "docs" / "screenshots"


@pytest.fixture(autouse=True)
def english_again():
    yield
    from ui import i18n, startup

    i18n.set_language("en")
    startup.apply_locale("en")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_market_table_model_and_search(qtbot, qtmodeltester, ctx):
    from ui.sections.markets import MarketsView

    view = MarketsView(ctx)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    assert view.model.rowCount() == len(reg.all_markets())
    view.search.setText("riyal")  # no match: currency names are not indexed
    assert view.proxy.rowCount() == 0
    view.search.setText("SAR")
    assert {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())} == {"ar-SA"}
    view.search.setText("snapchat")
    tags = {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())}
    assert {"ar-SA", "ar-AE", "en-AE"} <= tags and "de-DE" not in tags
    view.search.clear()
    assert view.select_tag("th-TH") and view.current_market().tag == "th-TH"
    date_line = view.examples.toPlainText().splitlines()[2]
    assert "2026" in date_line and "2569" not in date_line  # Gregorian for Thai marketplaces


def test_edit_save_and_reset(qtbot, ctx, studio_home):
    from ui.sections.markets import MarketsView

    view = MarketsView(ctx)
    qtbot.addWidget(view)
    assert view.select_tag("de-DE")
    view.editor.channels.setText("instagram, pinterest")
    view.editor.tone.setPlainText("Du-Form, locker")
    with qtbot.waitSignal(view.editor.saved, timeout=2000):
        view.editor.save_button.click()
    m = reg.get_market("de-DE")
    assert m.overridden and m.channels == ("instagram", "pinterest") and m.culture["tone"] == "Du-Form, locker"
    assert "what_sells" in m.culture
    row = view.model.row_of("de-DE")
    assert view.model.index(row, 7).data() == "✎"
    view.editor.currency.setText("XYZ")
    assert view.editor.save() is False and "currency" in view.editor.status.text()
    assert reg.get_market("de-DE").currency == "EUR"
    view.select_tag("de-DE")
    view.editor.reset_button.click()
    assert not reg.get_market("de-DE").overridden


def test_festival_calendar_highlights_and_tooltips(qtbot, ctx):
    from ui.sections.markets import MarketsView

    view = MarketsView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.select_tag("ar-SA")
    cal = view.calendar
    cal.setCurrentPage(2026, 3)
    fmt = cal.dateTextFormat(QDate(2026, 3, 20))
    assert fmt.fontWeight() > 400 and "Eid al-Fitr" in fmt.toolTip()
    assert "Ramadan" in cal.tooltip_for(dt.date(2026, 3, 1))
    assert cal.dateTextFormat(QDate(2026, 4, 20)).toolTip() == ""
    items = [view.festival_list.item(i).text() for i in range(view.festival_list.count())]
    assert any("Eid al-Fitr" in t for t in items) and any("Ramadan" in t for t in items)
    # the viewport position of a day maps back to that date (used for hover tooltips)
    view.show()
    qtbot.waitExposed(view)
    view.tabs.setCurrentIndex(2)
    table = cal._view
    found = False
    for r in range(1, table.model().rowCount()):
        for c in range(table.model().columnCount()):
            rect = table.visualRect(table.model().index(r, c))
            day = cal.date_at(rect.center())
            if day == dt.date(2026, 3, 20):
                assert str(table.model().index(r, c).data()) == "20"
                found = True
    assert found


def test_market_pickers(qtbot):
    from ui.widgets.market_picker import MarketListPicker, MarketPicker

    picker = MarketPicker(tag="ja-JP")
    qtbot.addWidget(picker)
    assert picker.tag() == "ja-JP" and picker.count() == len(reg.all_markets())
    with qtbot.waitSignal(picker.market_changed, timeout=1000) as sig:
        picker.set_tag("pt-BR")
    assert sig.args == ["pt-BR"] and not picker.set_tag("xx-YY")
    multi = MarketListPicker(tags=["de-DE", "ar-SA"])
    qtbot.addWidget(multi)
    assert multi.tags() == ["ar-SA", "de-DE"]
    with qtbot.waitSignal(multi.markets_changed, timeout=1000):
        multi.item(0).setCheckState(Qt.CheckState.Checked)
    assert multi.tags()[0] == multi.item(0).data(Qt.ItemDataRole.UserRole)


def test_switch_to_arabic_mirrors_layout_and_relabels(qtbot, ctx):
    from ui import startup
    from ui.app import MainWindow
    from ui.settings_pages.general import GeneralPage

    app = QApplication.instance()
    startup.apply(app, ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show_section("markets")
    markets_row = [s.id for s in window.sections].index("markets")
    assert window.sidebar.item(markets_row).text() == "Markets"
    page = GeneralPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(__import__("ui.i18n", fromlist=["notifier"]).notifier().language_changed, timeout=2000):
        page.language.setCurrentIndex(page.language.findData("ar"))
    assert ui_strings.current_language() == "ar" and ctx.settings.get("ui.language") == "ar"
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft and window.isRightToLeft()
    assert window.sidebar.item(markets_row).text() == ui_strings.translate("Markets", "ar") != "Markets"
    assert window.windowTitle().startswith(ui_strings.translate("Commerce Studio", "ar"))
    # the open Markets view survived the switch (no work lost) and re-labelled itself
    open_view = window.section_widget("markets")
    assert open_view is window._widgets["markets"]
    assert open_view.tabs.tabText(0) == ui_strings.translate("Details", "ar")
    assert open_view.model.headerData(0, Qt.Orientation.Horizontal) == ui_strings.translate("Tag", "ar")
    # a view opened after the switch is built in Arabic
    from ui.sections.markets import MarketsView

    view = MarketsView(ctx)
    qtbot.addWidget(view)
    assert view.tabs.tabText(2) == ui_strings.translate("Festivals", "ar")
    page.language.setCurrentIndex(page.language.findData("en"))
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _distinct_colours(image, step: int = 7) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def test_screenshots_latin_arabic_thai_cjk(qtbot, ctx, tmp_path):
    """Renders the section in English (Thai market) and Arabic (Saudi market). The images go to a temp dir;
    with STUDIO_WRITE_SCREENSHOTS=1 they replace docs/screenshots/markets.png and markets-ar.png."""
    import os

    from ui import i18n
    from ui.sections.markets import MarketsView

    shots = SHOTS if os.environ.get("STUDIO_WRITE_SCREENSHOTS") == "1" else tmp_path
    shots.mkdir(parents=True, exist_ok=True)
    view = MarketsView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.select_tag("th-TH")
    view.tabs.setCurrentIndex(1)
    view.show()
    qtbot.waitExposed(view)
    shot = view.grab()
    assert shot.save(str(shots / "markets.png")) and _distinct_colours(shot.toImage()) > 8
    view.close()

    from ui import startup

    i18n.set_language("ar")
    startup.apply_locale("ar")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view_ar = MarketsView(ctx)
    qtbot.addWidget(view_ar)
    view_ar.resize(1280, 760)
    view_ar.select_tag("ar-SA")
    view_ar.tabs.setCurrentIndex(2)
    view_ar.calendar.setCurrentPage(2026, 3)
    view_ar.show()
    qtbot.waitExposed(view_ar)
    assert view_ar.isRightToLeft()
    shot = view_ar.grab()
    assert shot.save(str(shots / "markets-ar.png")) and _distinct_colours(shot.toImage()) > 8
    view_ar.close()


def test_rates_tab_and_custom_festival(qtbot, ctx, studio_home):
    from ui.sections.markets import MarketsView

    view = MarketsView(ctx)
    qtbot.addWidget(view)
    view.select_tag("ja-JP")
    assert "as of 2025-11-20" in view.examples.toPlainText()
    rates = view.rates
    assert rates.rates()["JPY"] == 156.5
    for row in range(rates.table.rowCount()):
        if rates.table.item(row, 0).text() == "JPY":
            rates.table.item(row, 1).setText("150")
    rates.as_of.setDate(QDate(2026, 11, 20))
    with qtbot.waitSignal(rates.saved, timeout=2000):
        rates.save_button.click()
    text = view.examples.toPlainText()
    assert "1 USD = 150 JPY (rate as of 2026-11-20)" in text and "￥15,000" in text
    rates.table.item(0, 1).setText("-2")
    assert rates.save() is False and "positive number" in rates.status.text()
    rates.reset_button.click()
    assert rates.rates()["JPY"] == 156.5

    view.select_tag("pt-BR")
    adder = view.festival_adder
    adder.name.setText("Semana do Consumidor")
    adder.start.setDate(QDate(2026, 3, 9))
    adder.end.setDate(QDate(2026, 3, 15))
    with qtbot.waitSignal(adder.added, timeout=2000):
        adder.add_button.click()
    m = reg.get_market("pt-BR")
    assert any(f["name"] == "Semana do Consumidor" and f["start"] == "2026-03-09" for f in m.festivals)
    assert any(f["id"] == "carnival" for f in m.festivals)  # shipped festivals kept
    view.calendar.setCurrentPage(2026, 3)
    assert "Semana do Consumidor" in view.calendar.dateTextFormat(QDate(2026, 3, 12)).toolTip()
    adder.end.setDate(QDate(2026, 3, 1))
    adder.name.setText("Broken")
    adder.add_button.click()
    assert "before start" in view.festival_status.text()


def test_broken_override_file_is_explained(qtbot, ctx, studio_home):
    from ui.sections.markets import MarketsView
    from ui.widgets.market_picker import MarketPicker

    path = studio_home / "localization" / "markets.json"
    path.parent.mkdir(parents=True)
    path.write_text("{broken", encoding="utf-8")
    view = MarketsView(ctx)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 0 and "not valid JSON" in view.count_label.text()
    assert str(path) in view.count_label.text()
    picker = MarketPicker()
    qtbot.addWidget(picker)
    assert picker.count() == 0 and picker.tag() is None
