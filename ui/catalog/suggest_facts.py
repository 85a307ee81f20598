"""Catalog › product › Facts › "Suggest facts…": the configured model proposes facts stated in the product's title
and description (``studio.services.fact_suggestions``); each is shown with its source sentence and a checkbox.
Nothing is added until the user ticks facts and presses "Add ticked facts"; suggestions whose quote is not in
the product's text (or that read as an instruction) are shown greyed with the reason and cannot be ticked.
The model call runs on the task runner's pool, the write on its writer; the GUI thread never waits."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from studio.services import fact_suggestions
from ui import ops, plain
from ui.i18n import tr
from ui.ops import Op


class SuggestFactsDialog(QDialog):
    """Runs the suggestion as soon as it opens; ``added`` fires with the change summary after a write."""

    added = Signal(object)
    COLUMNS = ("key", "value", "quote", "status")

    def __init__(self, ctx, product_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.product_id = product_id
        self.result = None
        self._handle = None
        self._alive = True
        self.setWindowTitle(tr("Suggest facts"))
        self.resize(860, 420)
        self.status = plain.label(tr("Asking the model for facts stated in the title and description…"), self)
        self.status.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("SuggestedFacts")
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setHeaderLabels([tr("Key"), tr("Value"), tr("Source sentence"), tr("Status")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        hh = self.tree.header()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_btn = self.buttons.addButton(tr("Add ticked facts"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_btn.setEnabled(False)
        self.buttons.accepted.connect(self.add_ticked)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemChanged.connect(lambda *_: self._update_button())
        v = QVBoxLayout(self)
        v.addWidget(self.status)
        v.addWidget(self.tree, 1)
        v.addWidget(self.buttons)
        self.finished.connect(self._on_closed)
        self.start()

    # ------------------------------------------------------------------ suggest (pool)
    def start(self) -> None:
        db, pid = self.ctx.db, self.product_id
        self._handle = Op(self.ctx, self, lambda p, c: fact_suggestions.suggest(db, pid, cancel=c)) \
            .named(tr("Suggest facts")).success(self._on_suggested).failure(self._on_error).run_in_background()

    def _on_suggested(self, result) -> None:
        if not self._alive:
            return
        self.result = result
        self.tree.clear()
        for s in result.suggestions:
            unit = f" {s.unit}" if s.unit and s.unit not in s.value else ""
            item = QTreeWidgetItem([s.key.replace("_", " "), s.value + unit, f"“{s.quote}”", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, s.key)
            item.setToolTip(2, plain.tip(s.quote))
            if s.verified:
                status = tr("verified")
                if s.current is not None:
                    status += " · " + tr("replaces “{current}”").format(current=s.current)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)  # the user ticks each fact; nothing by default
            else:
                status = tr("not verified") + ": " + s.reason
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed, cannot be ticked
                for c in range(len(self.COLUMNS)):
                    item.setForeground(c, QColor(140, 140, 140))
            item.setText(3, status)
            item.setToolTip(3, plain.tip(status))
            self.tree.addTopLevelItem(item)
        if result.suggestions:
            self.status.setText(tr("{n} suggestion(s) from {model}. Tick the facts to add; unverified ones cannot "
                                   "be added.").format(n=len(result.suggestions), model=result.model))
        else:
            self.status.setText(tr("The model suggested no new facts."))
        self._update_button()

    def _on_error(self, exc: BaseException) -> None:
        if self._alive:
            self.status.setText("✘ " + ops.message_of(exc))

    # ------------------------------------------------------------------ accept (writer)
    def ticked(self) -> list[str]:
        keys = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState(0) == Qt.CheckState.Checked:
                keys.append(item.data(0, Qt.ItemDataRole.UserRole))
        return keys

    def _update_button(self) -> None:
        self.add_btn.setEnabled(bool(self.ticked()))

    def add_ticked(self) -> None:
        keys = self.ticked()
        if self.result is None or not keys:
            return
        db, result = self.ctx.db, self.result
        self.add_btn.setEnabled(False)

        def job(progress, cancel):
            return fact_suggestions.accept(db, result, fact_suggestions.choose(result, keys))

        # no parent: the op broadcasts the summary (the facts table reloads) also when the dialog is gone meanwhile
        Op(self.ctx, None, job).named(tr("Add suggested facts")).writes().success(self._on_added) \
            .failure(self._on_error).run_in_background()

    def _on_added(self, summary) -> None:
        if self._alive:
            self.added.emit(summary)
            self.accept()

    def _on_closed(self, *_args) -> None:
        self._alive = False
        if self._handle is not None:
            self._handle.cancel.cancel()
