"""Catalog › product › Translations: the seller's own translations of this product for one market — its name,
each option value and each fact value — edited in place, and Shopify's translation export imported.

Both writers use these (``studio.services.translations``); the checks flag a draft that uses another name or
value. Reads and writes run on the task runner (writes on the single writer executor)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import ui.qtcompat  # noqa: F401 - before any model is used (PySide6 refcount defect)
from studio.domain import ChangeSummary
from ui import plain
from ui.i18n import tr

_Index = QModelIndex | QPersistentModelIndex
SETTING = "ui.translations_market"


def N_(text: str) -> str:  # noqa: N802 - marks a string for extraction; translated where shown
    return text


KIND_LABELS = {"name": N_("Product name"), "option": N_("Option"), "fact": N_("Fact")}
SCOPE_LABELS = {"product": N_("this product"), "market": N_("every product"), "": ""}


class TranslationsModel(QAbstractTableModel):
    """Rows of ``translations.memory_rows``: what, source text, the seller's translation (editable), scope."""

    HEADERS = (N_("What"), N_("Source"), N_("Your translation"), N_("Applies to"))
    edited = Signal(str, str)  # field, new value ("" deletes)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows or ())
        self.endResetModel()

    def row(self, i: int):
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return tr(self.HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == 2:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def _what(self, r) -> str:
        label = tr(KIND_LABELS.get(r.kind, r.kind))
        return f"{label}: {r.key.replace('_', ' ')}" if r.key else label

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return self._what(r)
            if col == 1:
                return r.source
            if col == 2:
                return r.value
            if col == 3:
                scope = tr(SCOPE_LABELS.get(r.scope, r.scope)) if r.scope else ""
                return scope + ("  ⚠ " + tr("outdated") if r.outdated else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 2 and not r.value:
                return tr("No translation: the writer translates this itself. Double-click to give yours.")
            if col == 3 and r.outdated:
                return tr("The fact changed after this translation was made; check it.")
            return plain.tip(r.source if col == 1 else r.value if col == 2 else None)
        if role == Qt.ItemDataRole.ForegroundRole and col == 2 and not r.value:
            return QColor("#888")
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        r = self._rows[index.row()]
        text = str(value or "").strip()
        if text == r.value:
            return False
        from dataclasses import replace

        self._rows[index.row()] = replace(r, value=text, scope="product" if text else "")
        self.dataChanged.emit(index, index.siblingAtColumn(3))
        self.edited.emit(r.field, text)
        return True


class TranslationsPanel(QWidget):
    """The Translations tab of the product detail panel."""

    status_message = Signal(str)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.product_id: int | None = None
        self._seq = 0
        from localization.markets import all_markets

        self.market = QComboBox(self)
        self.market.setObjectName("TranslationsMarket")
        for mk in all_markets():
            self.market.addItem(f"{mk.tag} — {mk.language_name}", mk.tag)
        wanted = ctx.settings.get(SETTING) or "de-DE"
        self.market.setCurrentIndex(max(0, self.market.findData(wanted)))
        self.import_btn = QPushButton(tr("Import Shopify translations…"), self)
        self.import_btn.setToolTip(tr("Shopify admin › Settings › Languages › Export: the CSV with Type, "
                                      "Identification, Field, Locale, Market, Status, Default content, "
                                      "Translated content"))
        hint = QLabel(tr("Your own translations for this market. Both writers use them word for word and the "
                         "checks flag a draft that uses another name or value. Double-click to edit; empty = "
                         "the writer translates."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #777")
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = TranslationsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("TranslationsView")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Market"), self))
        bar.addWidget(self.market, 1)
        bar.addWidget(self.import_btn)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(hint)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.result)

        self.market.currentIndexChanged.connect(self._market_changed)
        self.model.edited.connect(self.save)
        self.import_btn.clicked.connect(self.choose_import_file)

    # ------------------------------------------------------------------ loading
    def current_market(self) -> str:
        return str(self.market.currentData() or "")

    def _market_changed(self) -> None:
        self.ctx.settings.set(SETTING, self.current_market())
        self.reload()

    def set_product(self, product_id: int | None) -> None:
        self.product_id = product_id
        self.reload()

    def reload(self) -> None:
        self._seq += 1
        seq, pid, market, db = self._seq, self.product_id, self.current_market(), self.ctx.db
        if pid is None or not market:
            self.model.set_rows([])
            return

        def job(progress, cancel):
            from studio.services import translations

            return translations.memory_rows(db, pid, market)

        def done(rows) -> None:
            if seq == self._seq:
                self.model.set_rows(rows)
                self.view.resizeRowsToContents()

        self.ctx.tasks.submit(job, name="translations", quiet=True, on_done=done,
                              on_error=lambda m: self.result.setText("✘ " + m))

    # ------------------------------------------------------------------ writing
    def save(self, field: str, value: str) -> None:
        if self.product_id is None:
            return
        db, pid, market = self.ctx.db, self.product_id, self.current_market()

        def job(progress, cancel):
            from studio.services import translations

            return translations.set_translation(db, pid, market, field, value)

        def done(summary: ChangeSummary) -> None:
            self.result.setText(tr("Saved") + f": {market} {field}")
            self.status_message.emit(tr("Saved translation") + f" {market} {field}")
            self.reload()

        def failed(message: str) -> None:
            self.result.setText("✘ " + message)
            self.reload()  # show what is really stored

        self.ctx.tasks.submit(job, name="save translation", writes=True, on_done=done, on_error=failed)

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import Shopify translations"), "",
                                              tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str, only_this_market: bool = False):
        db = self.ctx.db
        market = self.current_market() if only_this_market else None
        self.import_btn.setEnabled(False)
        self.result.setText(tr("Importing…"))

        def job(progress, cancel):
            from studio.services import translations

            return translations.import_shopify_csv(db, path, market)

        def done(res) -> None:
            self.import_btn.setEnabled(True)
            lines = [res.summary()] + res.errors[:20]
            if len(res.errors) > 20:
                lines.append(tr("…and {n} more").replace("{n}", f"{len(res.errors) - 20:,}"))
            self.result.setText("\n".join(lines))
            self.reload()

        def failed(message: str) -> None:
            self.import_btn.setEnabled(True)
            self.result.setText("✘ " + message)

        return self.ctx.tasks.submit(job, name=tr("Import translations"), writes=True, on_done=done, on_error=failed)
