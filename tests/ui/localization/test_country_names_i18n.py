"""Countries in the UI language (s21): with the UI in Arabic, Markets and every market picker (Localize…, Batch…,
Livestream, Video) listed "Saudi Arabia", "United States". They read CLDR's names now; a name the seller changed
stays theirs."""

from __future__ import annotations

import dataclasses

from localization.markets import get_market
from ui.labels import country_label


def test_country_names_follow_the_ui_language(ui_language):
    sa, us = get_market("ar-SA"), get_market("en-US")
    assert (country_label(sa), country_label(us)) == ("Saudi Arabia", "United States")
    ui_language("ar")
    assert (country_label(sa), country_label(us)) == ("المملكة العربية السعودية", "الولايات المتحدة")
    ui_language("zh")
    assert country_label(sa) == "沙特阿拉伯"
    assert country_label(dataclasses.replace(sa, country_name="KSA")) == "KSA"  # the seller's own name


def test_the_markets_table_and_picker_say_the_country_in_arabic(qtbot, ctx, ui_language):
    from PySide6.QtCore import Qt

    from ui.markets.view import MarketTableModel
    from ui.widgets.market_picker import MarketPicker

    ui_language("ar")
    model = MarketTableModel()
    row = next(r for r in range(model.rowCount()) if model.market(r).tag == "ar-SA")
    assert model.data(model.index(row, 1), Qt.ItemDataRole.DisplayRole) == "المملكة العربية السعودية"
    picker = MarketPicker(tag="ar-SA")
    qtbot.addWidget(picker)
    assert "المملكة العربية السعودية" in picker.currentText()
