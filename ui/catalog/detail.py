"""The product detail panel: header, image strip, facts editor, variants and description."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.domain import ChangeSummary, FactDTO, ProductDTO
from studio.importers.certainty import read_off_text, to_confirm
from studio.services import catalog as svc
from ui import ops, plain, theme
from ui.catalog.models import FACT_TYPES, STATUS_LABELS, FactsModel, VariantsModel
from ui.i18n import tr
from ui.ops import Op

COMMON_FACT_KEYS = ("material", "dimensions", "weight", "colour", "size", "certification", "care", "warning",
                    "in_the_box", "origin", "ingredients", "capacity", "battery", "power", "warranty")


class _TypeDelegate(QStyledItemDelegate):
    """A combo box for the fact type column."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.addItems(FACT_TYPES)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        i = editor.findText(str(index.data(Qt.ItemDataRole.EditRole) or "text"))
        editor.setCurrentIndex(max(0, i))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class FactsTable(QTableView):
    """Catalog › Facts. Narrower than NARROW px (the detail panel at 1366×768: ~395 px) the Type and Unit columns
    step aside so the value gets the room — the key labels and the source took it and a warning read one word a
    line ("Cont… a lithiu… ion batte…", s19 walkthrough); the value states its unit ("540 g"), and widening the
    panel brings both back."""

    NARROW = 520
    WIDE_ONLY = (2, 3)  # Type, Unit

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        model = self.model()
        if model is None:
            return
        narrow = self.viewport().width() < self.NARROW
        for col in self.WIDE_ONLY:
            if col < model.columnCount() and self.isColumnHidden(col) != narrow:
                self.setColumnHidden(col, narrow)


class FactDialog(QDialog):
    """Add a fact: key (free or common), value, type, unit."""

    def __init__(self, parent=None, existing: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add fact"))
        self.key = QComboBox(self)
        self.key.setEditable(True)
        self.key.addItems([k for k in COMMON_FACT_KEYS if k not in existing])
        self.key.setCurrentText("")
        key_edit = self.key.lineEdit()  # an editable combo box always has its line edit
        if key_edit is not None:
            key_edit.setPlaceholderText(tr("e.g. material"))
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(tr("e.g. 100% organic cotton"))
        self.type = QComboBox(self)
        self.type.addItems(FACT_TYPES)
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(tr("optional, e.g. cm, g"))
        self.error = plain.label(parent=self)
        theme.tint(self.error, "error")
        form = QFormLayout(self)
        form.addRow(tr("Key"), self.key)
        form.addRow(tr("Value"), self.value)
        form.addRow(tr("Type"), self.type)
        form.addRow(tr("Unit"), self.unit)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str, str | None]:
        return (self.key.currentText().strip(), self.value.text().strip(), self.type.currentText(),
                self.unit.text().strip() or None)

    def _accept(self) -> None:
        key, value, _, _ = self.values()
        if not key:
            self.error.setText(tr("Enter a key, e.g. material."))
            return
        if not value:
            self.error.setText(tr("Enter a value."))
            return
        self.accept()


class DetailPanel(QWidget):
    status_message = Signal(str)
    product_loaded = Signal(int)

    def __init__(self, ctx, thumbnails, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.thumbnails = thumbnails
        self.product: ProductDTO | None = None
        self.product_id: int | None = None
        self._alive = True

        self.stack = QStackedWidget(self)
        empty = QLabel(tr("Select a product to see its images, facts and variants."), self)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        theme.tint(empty, "muted")
        self.stack.addWidget(empty)

        page = QWidget(self)
        v = QVBoxLayout(page)
        v.setContentsMargins(8, 4, 4, 4)
        self.title = plain.label(parent=page)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f = QFont(self.title.font())
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        self.title.setFont(f)
        self.meta = plain.label(parent=page)
        self.meta.setWordWrap(True)
        theme.tint(self.meta, "muted")
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_btn = QPushButton(tr("Edit product…"), page)
        self.edit_btn.setToolTip(tr("Edit title, vendor, type, status, tags, SEO and description (Ctrl+E)"))
        self.edit_btn.clicked.connect(self.edit_product)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.edit_btn, 0, Qt.AlignmentFlag.AlignTop)
        v.addLayout(head)
        v.addWidget(self.meta)

        self.images = QListWidget(page)
        self.images.setObjectName("ImageStrip")
        self.images.setViewMode(QListView.ViewMode.IconMode)
        self.images.setFlow(QListView.Flow.LeftToRight)
        self.images.setWrapping(False)
        self.images.setMovement(QListView.Movement.Static)
        self.images.setIconSize(QSize(96, 96))
        self.images.setFixedHeight(124)
        self.images.setSpacing(4)
        self.images.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        v.addWidget(self.images)

        self.tabs = QTabWidget(page)
        v.addWidget(self.tabs, 1)

        # facts
        facts_page = QWidget(self.tabs)
        fv = QVBoxLayout(facts_page)
        fv.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.add_fact_btn = QPushButton(tr("Add fact…"), facts_page)
        self.delete_fact_btn = QPushButton(tr("Delete fact"), facts_page)
        self.delete_fact_btn.setToolTip(tr("Delete the selected fact (Delete)"))
        self.delete_fact_btn.setEnabled(False)
        self.suggest_facts_btn = QPushButton(tr("Suggest facts…"), facts_page)
        self.suggest_facts_btn.setToolTip(tr("Ask the language model for facts stated in the title and description; "
                                             "you accept each one"))
        # facts read from the description with a doubt ("from description — confirm"): one click each (stop 21)
        self.confirm_fact_btn = QPushButton(tr("Confirm"), facts_page)
        self.confirm_fact_btn.setToolTip(tr("Confirm the selected fact read from the description: the offline writer "
                                            "then states it"))
        self.confirm_fact_btn.setEnabled(False)
        self.reject_fact_btn = QPushButton(tr("Reject"), facts_page)
        self.reject_fact_btn.setToolTip(tr("Reject the selected fact read from the description: it is deleted and a "
                                           "re-import does not bring it back"))
        self.reject_fact_btn.setEnabled(False)
        self.confirm_all_btn = QPushButton(tr("Confirm all"), facts_page)
        self.confirm_all_btn.setToolTip(tr("Confirm every fact of this product marked “from description — confirm”"))
        self.confirm_all_btn.setEnabled(False)
        hint = QLabel(tr("Double-click a value to edit it. Generation is grounded on these facts."), facts_page)
        theme.tint(hint, "muted")
        hint.setWordWrap(True)
        # two rows of buttons and the hint under them: six buttons and the hint on one row widened the detail panel
        # at 1366x768 (the catalog table lost its room, the hint read one word a line, Type and Unit stayed; s21)
        bar.addWidget(self.add_fact_btn)
        bar.addWidget(self.delete_fact_btn)
        bar.addWidget(self.suggest_facts_btn)
        bar.addStretch(1)
        fv.addLayout(bar)
        confirm_bar = QHBoxLayout()
        confirm_bar.addWidget(self.confirm_fact_btn)
        confirm_bar.addWidget(self.reject_fact_btn)
        confirm_bar.addWidget(self.confirm_all_btn)
        confirm_bar.addStretch(1)
        fv.addLayout(confirm_bar)
        fv.addWidget(hint)
        self.facts_model = FactsModel(self)
        self.facts_view = FactsTable(facts_page)
        self.facts_view.setObjectName("FactsView")
        self.facts_view.setModel(self.facts_model)
        self.facts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.facts_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.facts_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.facts_view.setItemDelegateForColumn(2, _TypeDelegate(self.facts_view))
        self.facts_view.verticalHeader().hide()
        self.facts_view.setAlternatingRowColors(True)
        self.facts_view.setWordWrap(True)  # care and warning facts are sentences: show them whole
        hh = self.facts_view.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c in (2, 3, 4):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        fv.addWidget(self.facts_view, 1)
        self.tabs.addTab(facts_page, tr("Facts"))

        # variants
        self.variants_model = VariantsModel(self)
        self.variants_view = QTableView(self.tabs)
        self.variants_view.setObjectName("VariantsView")
        self.variants_view.setModel(self.variants_model)
        self.variants_view.verticalHeader().hide()
        self.variants_view.setAlternatingRowColors(True)
        self.variants_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.variants_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vh = self.variants_view.horizontalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vh.setStretchLastSection(True)
        self.tabs.addTab(self.variants_view, tr("Variants"))

        # description, under the seller's short description when the file had one (read-only, plain text)
        desc_page = QWidget(self.tabs)
        desc_box = QVBoxLayout(desc_page)
        desc_box.setContentsMargins(0, 0, 0, 0)
        self.short_description_label = QLabel(tr("Short description"), desc_page)
        self.short_description = QPlainTextEdit(desc_page)
        self.short_description.setObjectName("ShortDescription")
        self.short_description.setReadOnly(True)
        self.short_description.setMaximumHeight(90)
        self.description = QPlainTextEdit(desc_page)
        self.description.setReadOnly(True)
        desc_box.addWidget(self.short_description_label)
        desc_box.addWidget(self.short_description)
        desc_box.addWidget(self.description, 1)
        self.tabs.addTab(desc_page, tr("Description"))

        # the seller's own translations of this product per market (issue 16 item 4)
        from ui.catalog.translations import TranslationsPanel

        self.translations = TranslationsPanel(ctx, self.tabs)
        self.translations.status_message.connect(self.status_message)
        self.tabs.addTab(self.translations, tr("Translations"))

        # how the product's posts did and what sold, per market × channel (issue 20 item 3)
        from ui.insights.product_panel import ProductInsightsPanel

        self.insights = ProductInsightsPanel(ctx, self.tabs)
        self.tabs.addTab(self.insights, tr("Insights"))

        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.edit_action = QAction(tr("Edit product…"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.edit_action.triggered.connect(self.edit_product)
        self.addAction(self.edit_action)

        self.delete_action = QAction(tr("Delete fact"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected_fact)
        self.facts_view.addAction(self.delete_action)

        self.add_fact_btn.clicked.connect(self.add_fact)
        self.delete_fact_btn.clicked.connect(self.delete_selected_fact)
        self.suggest_facts_btn.clicked.connect(self.suggest_facts)
        self.facts_model.fact_edited.connect(self._on_fact_edited)
        hh.sectionResized.connect(lambda *_: self.facts_view.resizeRowsToContents())
        self.facts_view.selectionModel().selectionChanged.connect(lambda *_: self._update_fact_buttons())
        self.confirm_fact_btn.clicked.connect(self.confirm_selected_fact)
        self.reject_fact_btn.clicked.connect(self.reject_selected_fact)
        self.confirm_all_btn.clicked.connect(self.confirm_all_facts)
        self.thumbnails.ready.connect(self._on_thumbnail)
        ctx.bus.changed.connect(self._on_changes)

    # ------------------------------------------------------------------ loading
    def load(self, product_id: int | None) -> None:
        self.product_id = product_id
        if product_id is None:
            ops.drop_pending(self, "product")
            self.product = None
            self.stack.setCurrentIndex(0)
            return
        db = self.ctx.db

        def job(progress, cancel):
            return svc.get_product(db, product_id)

        Op(self.ctx, self, job).named("product").quiet().latest_only("product") \
            .success(self._on_loaded).failure(self._on_load_error).run_in_background()

    def _on_loaded(self, dto: ProductDTO) -> None:
        if self._alive:
            self.set_product(dto)

    def _on_load_error(self, exc: BaseException) -> None:
        if not self._alive:
            return
        self.product = None
        self.stack.setCurrentIndex(0)
        self.status_message.emit(ops.message_of(exc))

    def set_product(self, dto: ProductDTO) -> None:
        self.product = dto
        self.product_id = dto.id
        self.insights.set_product(dto.id)
        self.title.setText(dto.title or dto.handle)  # catalog text: plain (set in _build)
        parts = [dto.handle]
        if dto.vendor:
            parts.append(dto.vendor)
        if dto.product_type:
            parts.append(dto.product_type)
        parts.append(tr(STATUS_LABELS.get(dto.status, dto.status)))
        if dto.tags:
            parts.append(tr("tags") + ": " + ", ".join(dto.tags[:8]))
        self.meta.setText("  ·  ".join(parts))
        self.images.clear()
        for media in dto.media:
            path = media.local_path if media.status == "ok" else None
            item = QListWidgetItem(QIcon(self.thumbnails.pixmap(path, 96)), "")
            item.setData(Qt.ItemDataRole.UserRole, path)
            status = {"ok": "", "missing": tr("missing"), "remote": tr("not downloaded")}.get(media.status, media.status)
            item.setToolTip(plain.tip("\n".join(x for x in (media.alt, media.src, status) if x)))
            item.setSizeHint(QSize(104, 104))
            self.images.addItem(item)
        if not dto.media:
            item = QListWidgetItem(QIcon(self.thumbnails.pixmap(None, 96)), "")
            item.setToolTip(tr("No images"))
            item.setSizeHint(QSize(104, 104))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.images.addItem(item)
        self.facts_model.set_facts(dto.facts, description=dto.body_text or "", title=dto.title or "")
        self.facts_view.resizeRowsToContents()
        self.variants_model.set_variants(dto.variants)
        self.description.setPlainText(dto.body_text or "")
        short = svc.short_description(dto)
        self.short_description.setPlainText(short)
        self.short_description_label.setVisible(bool(short))
        self.short_description.setVisible(bool(short))
        self.translations.set_product(dto.id)
        waiting = sum(1 for f in dto.facts if to_confirm(f))
        self.tabs.setTabText(0, f"{tr('Facts')} ({len(dto.facts)})" +
                             (f" · {waiting} {tr('to confirm')}" if waiting else ""))
        self.confirm_all_btn.setEnabled(waiting > 0)
        self.confirm_fact_btn.setEnabled(False)
        self.reject_fact_btn.setEnabled(False)
        self.tabs.setTabText(1, f"{tr('Variants')} ({len(dto.variants)})")
        self.delete_fact_btn.setEnabled(False)
        self.stack.setCurrentIndex(1)
        self.product_loaded.emit(dto.id)

    def _on_thumbnail(self, path: str) -> None:
        for i in range(self.images.count()):
            item = self.images.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == path:
                item.setIcon(QIcon(self.thumbnails.pixmap(path, 96)))

    def _on_changes(self, summary: ChangeSummary) -> None:
        if self.product_id is None or summary.entity not in ("product", "products", "catalog"):
            return
        if self.product_id in summary.deleted:
            self.load(None)
        elif self.product_id in summary.updated:
            self.load(self.product_id)

    # ------------------------------------------------------------------ fact edits
    def _selected_fact_key(self) -> str | None:
        rows = self.facts_view.selectionModel().selectedRows()
        if not rows:
            idx = self.facts_view.currentIndex()
            if not idx.isValid():
                return None
            rows = [idx]
        fact = self.facts_model.fact(rows[0].row())
        return fact.key if fact else None

    def _write(self, name: str, job, done_message: str) -> None:
        """A fact mutation on the writer; the op broadcasts its ChangeSummary (this panel then reloads)."""
        def on_error(exc: BaseException) -> None:
            self.status_message.emit(f"{tr('Could not save')}: {ops.message_of(exc)}")
            if self._alive and self.product_id is not None:
                self.load(self.product_id)  # show what is really stored

        Op(self.ctx, self, job).named(name).writes().success(lambda _s: self.status_message.emit(done_message)) \
            .failure(on_error).run_in_background()

    def _on_fact_edited(self, key: str, value: str, type_: str, unit) -> None:
        if self.product_id is None:
            return
        db, pid = self.ctx.db, self.product_id
        self._write("save fact", lambda p, c: svc.set_fact(db, pid, key, value, type=type_, unit=unit),
                    tr("Saved fact") + f" “{key}”")

    def add_fact(self) -> None:
        if self.product_id is None:
            return
        existing = tuple(f.key for f in self.facts_model.facts())
        dlg = FactDialog(self, existing)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self.save_new_fact(*dlg.values()))
        dlg.open()

    def save_new_fact(self, key: str, value: str, type_: str = "text", unit: str | None = None) -> None:
        if self.product_id is None:
            return
        db, pid = self.ctx.db, self.product_id
        self._write("add fact", lambda p, c: svc.set_fact(db, pid, key, value, type=type_, unit=unit),
                    tr("Added fact") + f" “{key}”")

    def suggest_facts(self):
        """The model's suggestions for this product, each accepted or rejected by the user (issue 16)."""
        if self.product_id is None:
            return None
        from ui.catalog.suggest_facts import SuggestFactsDialog

        dlg = SuggestFactsDialog(self.ctx, self.product_id, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.added.connect(lambda summary: self.status_message.emit(summary.message))
        dlg.open()
        return dlg

    def _selected_fact(self) -> FactDTO | None:
        key = self._selected_fact_key()
        return next((f for f in self.facts_model.facts() if f.key == key), None) if key else None

    def _update_fact_buttons(self) -> None:
        fact = self._selected_fact()
        self.delete_fact_btn.setEnabled(fact is not None)
        self.confirm_fact_btn.setEnabled(fact is not None and to_confirm(fact))
        self.reject_fact_btn.setEnabled(fact is not None and read_off_text(fact))  # catalog.reject_facts' rule

    def confirm_selected_fact(self) -> None:
        fact = self._selected_fact()
        if fact is None or self.product_id is None or not to_confirm(fact):
            return
        db, pid, key = self.ctx.db, self.product_id, fact.key
        self._write("confirm fact", lambda p, c: svc.confirm_facts(db, pid, [key]), tr("Confirmed fact") + f" “{key}”")

    def reject_selected_fact(self) -> None:
        fact = self._selected_fact()
        if fact is None or self.product_id is None:
            return
        db, pid, key = self.ctx.db, self.product_id, fact.key
        self._write("reject fact", lambda p, c: svc.reject_facts(db, pid, [key]), tr("Rejected fact") + f" “{key}”")

    def confirm_all_facts(self) -> None:
        if self.product_id is None:
            return
        db, pid = self.ctx.db, self.product_id
        self._write("confirm facts", lambda p, c: svc.confirm_facts(db, pid), tr("Confirmed every fact to confirm"))

    def delete_selected_fact(self) -> None:
        key = self._selected_fact_key()
        if key is None or self.product_id is None:
            return
        db, pid = self.ctx.db, self.product_id
        self._write("delete fact", lambda p, c: svc.delete_fact(db, pid, key), tr("Deleted fact") + f" “{key}”")

    # ------------------------------------------------------------------ product fields
    def edit_product(self):
        if self.product is None or not self.isVisible():
            return None
        from ui.catalog.product_dialog import ProductDialog

        dlg = ProductDialog(self.product, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self.save_product_changes(dlg.changes()))
        dlg.open()
        return dlg

    def save_product_changes(self, changes: dict) -> None:
        if self.product_id is None or not changes:
            return
        db, pid = self.ctx.db, self.product_id
        self._write("save product", lambda p, c: svc.update_product(db, pid, **changes),
                    tr("Saved") + " " + ", ".join(sorted(changes)))

    def shutdown(self) -> None:
        self._alive = False
