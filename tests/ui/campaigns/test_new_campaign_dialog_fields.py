"""Finding 25 (walkthrough s14): New campaign had no start/end dates and no per-market sale price (the CLI has
--start/--end/--price), and an empty Segments box said nothing."""

from __future__ import annotations

import datetime as dt
import types

from PySide6.QtCore import QDate


def _dialog(qtbot, segments=()):
    from ui.campaigns.dialogs import NewCampaignDialog

    products = [types.SimpleNamespace(handle="ceramic-bud-vase", title="Ceramic Bud Vase")]
    dlg = NewCampaignDialog(None, products, list(segments), today=dt.date(2026, 12, 1))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_dates_and_price_reach_the_values(qtbot):
    dlg = _dialog(qtbot)
    assert dlg.segments.count() == 1 and "Settings › Segments" in dlg.segments.item(0).text()
    dlg.name.setText("Ramadan 2027")
    dlg.markets.set_tags(["ar-SA", "ar-AE"])
    assert not dlg.start.isEnabled()
    dlg.own_dates.setChecked(True)
    dlg.start.setDate(QDate(2027, 1, 20))
    dlg.end.setDate(QDate(2027, 3, 12))
    dlg.prices.setText("ar-SA=149")
    v = dlg.values()
    assert v["start"] == "2027-01-20" and v["end"] == "2027-03-12"
    assert v["offer"]["prices"] == {"ar-SA": "149"} and v["segments"] == []


def test_bad_price_and_swapped_dates_are_named(qtbot):
    dlg = _dialog(qtbot)
    from PySide6.QtCore import Qt

    dlg.name.setText("x")
    dlg.markets.set_tags(["ar-SA"])
    assert dlg.festival.count() > 0
    dlg.products.item(0).setCheckState(Qt.CheckState.Checked)
    dlg.prices.setText("149")
    dlg._accept()
    assert not dlg.result() and "Sale price '149'" in dlg.hint.text()
    dlg.prices.setText("ar-SA=149")
    dlg.own_dates.setChecked(True)
    dlg.start.setDate(QDate(2027, 3, 1))
    dlg.end.setDate(QDate(2027, 2, 1))
    dlg._accept()
    assert not dlg.result() and "before the start date" in dlg.hint.text()


def test_channels_read_as_their_names(qtbot):
    """s21: the channel list showed the ids ('instagram', 'tiktok', 'x'); it shows the names, the id stays the data."""
    from PySide6.QtCore import Qt

    dlg = _dialog(qtbot)
    items = [dlg.channels.item(i) for i in range(dlg.channels.count())]
    by_id = {it.data(Qt.ItemDataRole.UserRole): it.text() for it in items}
    assert by_id["instagram"] == "Instagram" and by_id["tiktok"] == "TikTok" and by_id["youtube"] == "YouTube"
    assert dlg.values()["channels"] == ["instagram"]
