"""Market pickers for every section that works per market.

``MarketPicker(QComboBox)``: one market; ``.tag()`` / ``.set_tag(tag)``; ``market_changed(str)``.
``MarketListPicker(QListWidget)``: several markets with check boxes; ``.tags()`` / ``.set_tags([...])``;
``markets_changed(list)``. Both list the registry (including the user's own markets) as
"de-DE · Deutsch · Germany" and call ``reload()`` after the registry changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from localization.markets import MarketValidationError, all_markets
from ui.i18n import tr
from ui.labels import country_label


def _markets() -> list:
    try:
        return all_markets()
    except MarketValidationError:  # a broken override file; the Markets section explains it
        return []


def market_label(m) -> str:
    return f"{m.tag} · {m.language_name} · {country_label(m)}"


class MarketPicker(QComboBox):
    market_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, tag: str | None = None, allow_none: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("MarketPicker")
        self._allow_none = allow_none
        self.setToolTip(tr("Market (locale tag)"))
        self.reload()
        if tag:
            self.set_tag(tag)
        self.currentIndexChanged.connect(lambda _i: self.market_changed.emit(self.tag() or ""))

    def reload(self) -> None:
        current = self.tag() if self.count() else None
        self.blockSignals(True)
        self.clear()
        if self._allow_none:
            self.addItem(tr("(no market)"), "")
        for m in _markets():
            self.addItem(market_label(m), m.tag)
        self.blockSignals(False)
        if current:
            self.set_tag(current)

    def tag(self) -> str | None:
        value = self.currentData()
        return value or None

    def set_tag(self, tag: str) -> bool:
        i = self.findData(tag)
        if i < 0:
            return False
        self.setCurrentIndex(i)
        return True


class MarketListPicker(QListWidget):
    markets_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None, *, tags: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MarketListPicker")
        self.reload()
        if tags:
            self.set_tags(tags)
        self.itemChanged.connect(lambda _item: self.markets_changed.emit(self.tags()))

    def reload(self) -> None:
        checked = set(self.tags()) if self.count() else set()
        self.blockSignals(True)
        self.clear()
        for m in _markets():
            item = QListWidgetItem(market_label(m))
            item.setData(Qt.ItemDataRole.UserRole, m.tag)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.tag in checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)

    def tags(self) -> list[str]:
        out = []
        for i in range(self.count()):
            item = self.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def set_tags(self, tags: list[str]) -> None:
        wanted = set(tags)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted else Qt.CheckState.Unchecked
            item.setCheckState(state)
        self.blockSignals(False)
        self.markets_changed.emit(self.tags())
