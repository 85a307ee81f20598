"""Catalog › product › Translations: the seller's own translations of this product for one market — its name,
each option value and each fact value — edited in place, and Shopify's translation export imported.

Both writers use these (``studio.services.translations``); the checks flag a draft that uses another name or
value. Reads and writes run on the task runner (writes on the single writer executor)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from ui import ops, theme
from ui.i18n import N_, tr
from ui.models import Column, RowModel
from ui.ops import Op
from ui.widgets import files

_Index = QModelIndex | QPersistentModelIndex
SETTING = "ui.translations_market"


KIND_LABELS = {"name": N_("Product name"), "option": N_("Option"), "fact": N_("Fact"),
               "sentence": N_("Safety sentence")}  # a warning or direction sentence, translated whole
SCOPE_LABELS = {"product": N_("this product"), "market": N_("every product"), "": ""}


def _what(r) -> str:
    label = tr(KIND_LABELS.get(r.kind, r.kind))
    return f"{label}: {r.key.replace('_', ' ')}" if r.key else label


def _applies_to(r) -> str:
    scope = tr(SCOPE_LABELS.get(r.scope, r.scope)) if r.scope else ""
    return scope + ("  ⚠ " + tr("outdated") if r.outdated else "")


def _set_translation(r, value):
    text = str(value or "").strip()
    return False if text == r.value else replace(r, value=text, scope="product" if text else "")


class TranslationsModel(RowModel):
    """Rows of ``translations.memory_rows``: what, source text, the seller's translation (editable), scope."""

    COLUMNS = (
        Column(N_("What"), _what),
        Column(N_("Source"), lambda r: r.source, tip=lambda r: r.source),
        Column(N_("Your translation"), lambda r: r.value, set=_set_translation,
               tip=lambda r: r.value or tr("No translation: the writer translates this itself. "
                                           "Double-click to give yours."),
               roles={Qt.ItemDataRole.ForegroundRole: lambda r: None if r.value else QColor("#888")}),
        Column(N_("Applies to"), _applies_to,
               tip=lambda r: tr("The fact changed after this translation was made; check it.") if r.outdated else None),
    )
    edited = Signal(str, str)  # field, new value ("" deletes)

    def row(self, i: int):
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        old = self.row(index.row()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or old is None or not super().setData(index, value, role):
            return False
        self.dataChanged.emit(index, index.sibling(index.row(), 3))
        self.edited.emit(old.field, self._rows[index.row()].value)
        return True


class TranslationsPanel(QWidget):
    """The Translations tab of the product detail panel."""

    status_message = Signal(str)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.product_id: int | None = None
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
        theme.tint(hint, "muted")
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
        pid, market, db = self.product_id, self.current_market(), self.ctx.db
        if pid is None or not market:
            ops.drop_pending(self, "rows")
            self.model.set_rows([])
            return

        def job(progress, cancel):
            from studio.services import translations

            return translations.memory_rows(db, pid, market)

        def done(rows) -> None:
            self.model.set_rows(rows)
            self.view.resizeRowsToContents()

        Op(self.ctx, self, job).named("translations").quiet().latest_only("rows").success(done) \
            .failure(lambda exc: self.result.setText("✘ " + ops.message_of(exc))).run_in_background()

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

        def failed(exc: BaseException) -> None:
            self.result.setText("✘ " + ops.message_of(exc))
            self.reload()  # show what is really stored

        # the panel reloads itself; nothing else shows translations, so the summary is not broadcast (as before)
        Op(self.ctx, self, job).named("save translation").writes().success(done).failure(failed).changes(None) \
            .run_in_background()

    def choose_import_file(self) -> None:
        path = files.open_file(self, self.ctx.settings, "translations-import", tr("Import Shopify translations"),
                               tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str, only_this_market: bool = False):
        db = self.ctx.db
        market = self.current_market() if only_this_market else None
        self.result.setText(tr("Importing…"))

        def job(progress, cancel):
            from studio.services import translations

            return translations.import_shopify_csv(db, path, market)

        def done(res) -> None:
            lines = [res.summary()] + res.errors[:20]
            if len(res.errors) > 20:
                lines.append(tr("…and {n} more").replace("{n}", f"{len(res.errors) - 20:,}"))
            self.result.setText("\n".join(lines))
            self.reload()

        def failed(exc: BaseException) -> None:
            self.result.setText("✘ " + ops.message_of(exc))

        return Op(self.ctx, self, job).named(tr("Import translations")).writes().busy(self.import_btn) \
            .success(done).failure(failed).run_in_background()
