"""Import a catalog file: pick it, see what was detected, map columns, dry-run, then import.

Every step runs off the GUI thread through the task runner: detection and the dry run on the pool (they
only read), the import itself on the writes executor. The service checks the whole file before writing, then
writes in short transactions: Cancel while it reads writes nothing, Cancel while it writes keeps the batches
already written (importing the file again finishes). Errors name file, line, column and what to do, and can be
exported as CSV.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import ops, theme
from ui.dialogs.import_directions import (
    all_for_app,
    delimiter_word,
    detection_note,
    image_retry_hint,
    in_app_words,
    report_text,
)
from ui.dialogs.import_models import IssuesModel, MappingModel, PlanItemsModel
from ui.i18n import N_, tr
from ui.ops import Op
from ui.widgets import files

FORMATS = (("auto", N_("Detect automatically")), ("shopify", N_("Shopify product CSV")),
           ("woocommerce", N_("WooCommerce product CSV")), ("magento", "Magento 2 CSV"),
           ("csv", N_("Spreadsheet (CSV/TSV) with a column mapping")),
           ("xlsx", N_("Excel workbook (.xlsx) with a column mapping")), ("json", "JSON"),
           ("wxr", N_("WordPress/WooCommerce export (XML)")),
           ("gmc", N_("Google Merchant feed (XML)")))  # --format gmc: the feed reader, whatever detection says
# what the detected file is, by (format, container): a Google Merchant XML feed was "CSV spreadsheet" (s21)
FILE_KINDS = {
    ("shopify", "csv"): N_("Shopify product CSV"), ("shopify", "tsv"): N_("Shopify product export (TSV)"),
    ("shopify", "xlsx"): N_("Shopify product export (Excel)"),
    ("woocommerce", "csv"): N_("WooCommerce product CSV"), ("woocommerce", "tsv"): N_("WooCommerce product export (TSV)"),
    ("woocommerce", "xlsx"): N_("WooCommerce product export (Excel)"),
    ("magento", "csv"): N_("Magento 2 product CSV"), ("magento", "tsv"): N_("Magento 2 product export (TSV)"),
    ("magento", "xlsx"): N_("Magento 2 product export (Excel)"),
    ("csv", "csv"): N_("CSV spreadsheet"), ("csv", "tsv"): N_("TSV spreadsheet (tab-separated)"),
    ("csv", "gmc"): N_("Google Merchant feed (XML)"), ("xlsx", "xlsx"): N_("Excel workbook"),
    ("json", "json"): N_("JSON catalog"), ("wxr", "xml"): N_("WordPress/WooCommerce export (XML)"),
}
# a table whose columns a platform fixes (assets/importers/headers.json ``formats``), by its name and container
TABLE_KINDS = {
    ("merchant_feed", "csv"): N_("Google Merchant / Meta catalog feed (CSV)"),
    ("merchant_feed", "tsv"): N_("Google Merchant / Meta catalog feed (TSV)"),
    ("merchant_feed", "xlsx"): N_("Google Merchant / Meta catalog feed (Excel)"),
    ("etsy_listings", "csv"): N_("Etsy listings download (CSV)"),
    ("etsy_listings", "tsv"): N_("Etsy listings download (TSV)"),
    ("etsy_listings", "xlsx"): N_("Etsy listings download (Excel)"),
}
CONTAINER_WORDS = {"csv": "CSV", "tsv": "TSV", "xlsx": "Excel", "json": "JSON", "xml": "XML", "gmc": "XML"}


def file_kind(det) -> str:
    """What the detected file is, in the UI language: "Google Merchant feed (XML)", "Etsy listings download (CSV)",
    "Shopify product export (Excel)" — never a spreadsheet's name for an XML feed."""
    if det.format in ("csv", "xlsx") and det.headers:
        from studio.importers.headers import table_format

        fixed = table_format(det.headers)
        if fixed is not None and (fixed.name, det.container) in TABLE_KINDS:
            return tr(TABLE_KINDS[(fixed.name, det.container)])
    kind = FILE_KINDS.get((det.format, det.container))
    if kind is not None:
        return tr(kind)
    return f"{det.format} ({CONTAINER_WORDS.get(det.container, det.container)})"
FILE_FILTER = "Catalog files (*.csv *.tsv *.txt *.xlsx *.json *.xml);;All files (*)"
DEDUPE_SKUS = (("flag", N_("Import both, flag the SKU in the report")),
               ("suffix", N_("Give the later product SKU-2, SKU-3…")),
               ("error", N_("Refuse those products")))


class _FieldDelegate(QStyledItemDelegate):
    """An editable combo box of the importer's fields; ``fact:<key>``/``option:<Name>`` can be typed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        from studio.services.importing import ALL_FIELDS

        self.fields = ["", *[f for f in ALL_FIELDS if f != "ignore"], "option:Size", "option:Color", "fact:material",
                       "fact:dimensions", "fact:weight", "fact:care", "weight:kg", "weight:g", "weight:lb"]

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(self.fields)
        combo.setItemText(0, "")
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


def _table(model, parent) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    hh = view.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    hh.setStretchLastSection(True)
    return view


def _n(count: int, one: str, many: str) -> str:
    """``one``/``many`` are templates with ``{n}``, e.g. ``N_("{n} product")``, ``N_("{n} products")``."""
    return tr(one if count == 1 else many).replace("{n}", f"{count:,}")


def _size(n: int) -> str:
    for unit in (N_("bytes"), N_("KB"), N_("MB"), N_("GB")):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {tr(unit)}" if unit == "bytes" else f"{n:.1f} {tr(unit)}"
        n /= 1024
    return str(n)


DIALOG_SIZE = QSize(980, 720)
# the tabs of the dialog's lower half, by name (``ImportDialog.page``): the column mapping first
PAGES = ("mapping", "creates", "updates", "errors", "warnings", "report")


def fit_size(available: QSize) -> QSize:
    """The dialog's size on a screen whose available area is ``available``: 980×720, smaller on a smaller screen
    (room left for the window frame and title bar, so a 1366×768 laptop shows it whole)."""
    return QSize(min(DIALOG_SIZE.width(), available.width() - 40), min(DIALOG_SIZE.height(), available.height() - 48))


ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257",
             "iso8859-15", "mac-roman", "cp866", "koi8-r", "shift_jis", "gb18030", "big5", "euc_kr")


class ImportDialog(QDialog):
    detected = Signal(object)  # Detection
    planned = Signal(object)  # ImportPlan
    imported = Signal(object)  # ImportResult
    images_done = Signal(object)  # studio.services.images.SyncResult
    failed = Signal(str)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ImportDialog")
        self.setWindowTitle(tr("Import catalog"))
        self.setModal(False)
        screen = (parent.screen() if parent is not None else None) or self.screen()
        self.resize(fit_size(screen.availableGeometry().size()) if screen is not None else DIALOG_SIZE)
        self.detection = None
        self.plan = None
        self.result = None
        self._task = None
        self._fraction = 0.0  # the running task's last progress (tells a cancel while writing)
        self._detected_path = ""

        # ---------------------------------------------------------------- file
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(tr("Choose a Shopify, WooCommerce, CSV/TSV, Excel or JSON file…"))
        self.path_edit.editingFinished.connect(self._path_edited)
        self.browse = QPushButton(tr("Choose file…"), self)
        self.browse.clicked.connect(self.choose_file)
        self.format_combo = QComboBox(self)
        for key, label in FORMATS:
            self.format_combo.addItem(tr(label), key)
        self.format_combo.currentIndexChanged.connect(lambda _i: self._redetect())
        self.encoding_combo = QComboBox(self)  # a guessed encoding the detector is not sure of is asked here
        self.encoding_combo.setObjectName("EncodingCombo")
        self.encoding_combo.addItem(tr("Detected"), None)
        for enc in ENCODINGS:
            self.encoding_combo.addItem(enc, enc)
        self.encoding_combo.activated.connect(self._encoding_chosen)
        self.encoding_note = QLabel(self)
        self.encoding_note.setObjectName("EncodingNote")
        self.encoding_note.setWordWrap(True)
        self.encoding_note.setTextFormat(Qt.TextFormat.PlainText)
        self.encoding_note.hide()
        self._encoding: str | None = None  # chosen by the user (None: the detected one)
        self._must_choose_encoding = False
        self.detect_label = QLabel(self)
        self.detect_label.setObjectName("DetectionLabel")
        self.detect_label.setWordWrap(True)
        self.detect_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.images_edit = QLineEdit(self)
        self.images_edit.setPlaceholderText(tr("optional: a folder of images named by SKU or handle"))
        images_btn = QPushButton(tr("Choose…"), self)
        images_btn.clicked.connect(self.choose_images)
        self.currency_edit = QLineEdit(self)
        self.currency_edit.setPlaceholderText(tr("e.g. EUR (when the file has no currency)"))
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setFixedWidth(240)
        self.download_images = QCheckBox(tr("Download images from URLs in the background after the import "
                                            "(Cancel stops it; the rest waits for the next download)"), self)
        self.download_images.setChecked(True)
        self.dedupe_combo = QComboBox(self)  # a SKU used by two products
        self.dedupe_combo.setObjectName("DedupeSkusCombo")
        for key, label in DEDUPE_SKUS:
            self.dedupe_combo.addItem(tr(label), key)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse)
        images_row = QHBoxLayout()
        images_row.addWidget(self.images_edit, 1)
        images_row.addWidget(images_btn)
        form = QFormLayout()
        form.addRow(tr("File"), file_row)
        form.addRow(tr("Format"), self.format_combo)
        form.addRow(tr("Detected"), self.detect_label)
        encoding_row = QVBoxLayout()
        encoding_row.addWidget(self.encoding_combo)
        encoding_row.addWidget(self.encoding_note)
        form.addRow(tr("Encoding"), encoding_row)
        form.addRow(tr("Images folder"), images_row)
        money_row = QHBoxLayout()  # two short fields share a row: more height for the tabs below
        money_row.addWidget(self.currency_edit)
        money_row.addSpacing(16)
        money_row.addWidget(QLabel(tr("SKU used twice"), self))
        money_row.addWidget(self.dedupe_combo, 1)
        form.addRow(tr("Store currency"), money_row)
        form.addRow("", self.download_images)

        # ---------------------------------------------------------------- mapping
        self.mapping_box = QWidget(self)  # the first tab below (a file with its own columns needs none)
        self.mapping_box.setObjectName("MappingPage")
        self.mapping_model = MappingModel(self)
        self.mapping_view = _table(self.mapping_model, self.mapping_box)
        self.mapping_view.setObjectName("MappingView")
        self.mapping_view.setItemDelegateForColumn(2, _FieldDelegate(self.mapping_view))
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mapping_view.setColumnWidth(0, 220)
        self.mapping_view.setColumnWidth(1, 260)
        self.preset_combo = QComboBox(self.mapping_box)
        self.preset_combo.setObjectName("PresetCombo")
        self.preset_combo.setMinimumContentsLength(16)
        self.preset_combo.activated.connect(self._apply_preset)
        self.save_preset_btn = QPushButton(tr("Save as preset…"), self.mapping_box)
        self.save_preset_btn.clicked.connect(self.ask_preset_name)
        mapping_hint = QLabel(tr("Pick the field each column feeds. Unmapped columns are not imported; "
                                 "type fact:<key> for a fact or option:<Name> for a variant option."), self.mapping_box)
        mapping_hint.setWordWrap(True)
        theme.tint(mapping_hint, "muted")
        mb = QVBoxLayout(self.mapping_box)
        mb.setContentsMargins(4, 4, 4, 4)
        prow = QHBoxLayout()
        prow.addWidget(QLabel(tr("Preset"), self.mapping_box))
        prow.addWidget(self.preset_combo)
        prow.addWidget(self.save_preset_btn)
        prow.addStretch(1)
        mb.addLayout(prow)
        mb.addWidget(mapping_hint)
        mb.addWidget(self.mapping_view, 1)
        self._load_presets()

        # ---------------------------------------------------------------- preview
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("SummaryLabel")
        self.summary_label.setWordWrap(True)
        f = QFont(self.summary_label.font())
        f.setBold(True)
        self.summary_label.setFont(f)
        self.summary_label.hide()  # shown while it has something to say
        self.creates_model = PlanItemsModel(self)
        self.updates_model = PlanItemsModel(self)
        self.errors_model = IssuesModel(self)
        self.warnings_model = IssuesModel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("PreviewTabs")
        self.tabs.addTab(self.mapping_box, tr("Column mapping"))
        for model, title in ((self.creates_model, N_("Creates")), (self.updates_model, N_("Updates")),
                             (self.errors_model, N_("Errors")), (self.warnings_model, N_("Warnings"))):
            view = _table(model, self.tabs)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            if isinstance(model, IssuesModel):
                for c, w in ((0, 60), (1, 170), (2, 150), (3, 330)):
                    view.setColumnWidth(c, w)
            else:
                for c, w in ((0, 220), (1, 380), (2, 60), (3, 70)):
                    view.setColumnWidth(c, w)
            self.tabs.addTab(view, tr(title))
        # the import report: how the file was read, counts, skipped products, warnings grouped by kind
        self.report_view = QPlainTextEdit(self.tabs)
        self.report_view.setObjectName("ReportView")
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)  # long paths/mappings wrap
        self.tabs.addTab(self.report_view, tr("Report"))
        self._pages = dict(zip(PAGES, (self.tabs.widget(i) for i in range(self.tabs.count())), strict=True))
        self._show_mapping(False)  # until a file with its own columns is detected

        self.valid_only = QCheckBox(tr("Import the valid rows only (skip the products with errors)"), self)
        self.valid_only.setObjectName("ValidOnly")
        self.valid_only.setEnabled(False)

        # ---------------------------------------------------------------- progress + buttons
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("StatusLabel")
        self.status_label.setWordWrap(True)
        self.cancel_btn = QPushButton(tr("Cancel"), self)
        self.cancel_btn.setEnabled(False)
        self.cancel_btn.clicked.connect(self.cancel)
        self.export_btn = QPushButton(tr("Export error report…"), self)
        self.export_btn.setEnabled(False)
        self.export_btn.clicked.connect(self.choose_export)
        self.dry_run_btn = QPushButton(tr("Dry run"), self)
        self.dry_run_btn.setToolTip(tr("Read the whole file and show what would change; nothing is written"))
        self.dry_run_btn.clicked.connect(self.dry_run)
        self.import_btn = QPushButton(tr("Import"), self)
        self.import_btn.clicked.connect(self.run_import)
        self.close_btn = QPushButton(tr("Close"), self)
        self.close_btn.clicked.connect(self.close)
        for b in (self.dry_run_btn, self.import_btn):
            b.setEnabled(False)

        prog_row = QHBoxLayout()
        prog_row.addWidget(self.progress, 1)
        prog_row.addWidget(self.cancel_btn)
        # the background image download after an import (studio.services.images.sync through ui.image_sync)
        self.images_label = QLabel(self)
        self.images_label.setObjectName("ImagesLabel")
        self.images_progress = QProgressBar(self)
        self.images_progress.setObjectName("ImagesProgress")
        self.images_progress.setRange(0, 1000)
        self.images_cancel = QPushButton(tr("Stop downloads"), self)
        self.images_cancel.clicked.connect(self.stop_image_sync)
        images_row = QHBoxLayout()
        images_row.addWidget(self.images_label, 1)
        images_row.addWidget(self.images_progress, 1)
        images_row.addWidget(self.images_cancel)
        for w in (self.images_label, self.images_progress, self.images_cancel):
            w.hide()
        self._image_task = None
        self._alive = True
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.dry_run_btn)
        buttons.addWidget(self.import_btn)
        buttons.addWidget(self.close_btn)

        # the mapping is the first tab beside the preview's: each gets the whole height a 768 px screen leaves
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.valid_only)
        layout.addLayout(prog_row)
        layout.addLayout(images_row)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        # Return in the File field (or a mapping cell) reads what was typed: no button presses itself
        # ("Choose file…" was the auto-default one and opened the file picker)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.mapping_model.mapping_changed.connect(self._invalidate_plan)

    # ------------------------------------------------------------------ file and detection
    def choose_file(self) -> None:
        path = files.open_file(self, self.ctx.settings, "catalog-import", tr("Choose a catalog file"), tr(FILE_FILTER))
        if path:
            self.set_path(path)

    def choose_images(self) -> None:
        folder = files.folder(self, self.ctx.settings, "catalog-images", tr("Choose the images folder"))
        if folder:
            self.images_edit.setText(folder)
            self._invalidate_plan()

    def _path_edited(self) -> None:
        # editingFinished also fires when the field merely loses focus: only a new path is read again
        text = self.path_edit.text().strip()
        if text and text != self._detected_path:
            self.set_path(text)

    def set_path(self, path: str | Path) -> None:
        path = str(path).strip()
        if self.path_edit.text() != path:
            self.path_edit.setText(path)
        if not path:
            return
        self._redetect()

    def _redetect(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            return
        fmt = self.format_combo.currentData() or "auto"
        if path != self._detected_path:
            self._encoding = None
            self.encoding_combo.setCurrentIndex(0)
        encoding = self._encoding
        self._detected_path = path
        self.detection = None
        self._invalidate_plan()
        self.detect_label.setText(tr("Reading the file…"))
        self.dry_run_btn.setEnabled(False)
        self.import_btn.setEnabled(False)

        def job(progress, cancel):
            from studio.services import importing

            return importing.detect(path, fmt, encoding)

        Op(self.ctx, self, job).named("detect").quiet().latest_only("detect").success(self._on_detected) \
            .failure(self._on_detect_failed).run_in_background()

    def _on_detected(self, det) -> None:
        self.detection = det
        parts = [file_kind(det)]
        if det.encoding:
            parts.append(tr("encoding") + f" {det.encoding}" + (" (BOM)" if det.bom else ""))
        if det.delimiter:
            parts.append(tr("delimiter") + f" {delimiter_word(det.delimiter)}")
        if det.sheet:
            parts.append(tr("sheet") + f" “{det.sheet}”")
        parts.append(f"{len(det.headers)} " + tr("columns"))
        parts.append(_size(det.size))
        text = " · ".join(parts)
        notes = [detection_note(n) for n in det.notes if not n.startswith("encoding ")]
        if notes:
            text += "\n" + "\n".join(notes)
        self.detect_label.setText(text)
        self.detect_label.setStyleSheet("")
        self._show_encoding(det)
        generic = det.format in ("csv", "xlsx")
        if generic:
            self.mapping_model.set_columns(det.headers, det.sample_rows, det.suggested_mapping)
        self._show_mapping(generic)
        self.dry_run_btn.setEnabled(not self._must_choose_encoding)
        self.import_btn.setEnabled(not self._must_choose_encoding)
        if self._must_choose_encoding:
            self.status_label.setText(tr("Choose the encoding in which the sample rows read right."))
        else:
            self.status_label.setText(tr("Run a dry run to see what would change before importing."))
        self.detected.emit(det)

    def page(self, name: str) -> QWidget:
        """The lower half's tab ``name`` (one of ``PAGES``: mapping, creates, updates, errors, warnings, report)."""
        return self._pages[name]

    def tab(self, name: str) -> int:
        return self.tabs.indexOf(self._pages[name])

    def _show_mapping(self, shown: bool) -> None:
        """The Column mapping tab: first and in front for a file with its own columns, absent otherwise."""
        self.tabs.setTabVisible(self.tab("mapping"), shown)
        if shown:
            self.tabs.setCurrentWidget(self.mapping_box)
        elif self.tabs.currentWidget() is self.mapping_box:
            self.tabs.setCurrentWidget(self.page("creates"))

    def _set_summary(self, text: str) -> None:
        self.summary_label.setText(text)
        self.summary_label.setVisible(bool(text))

    def _show_encoding(self, det) -> None:
        """The encoding row: what was detected; when it is a guess, the evidence and a required choice."""
        self.encoding_combo.setEnabled(det.container != "xlsx")
        self.encoding_combo.setItemText(0, tr("Detected") + (f": {det.encoding}" if det.encoding else ""))
        self._must_choose_encoding = bool(self._encoding is None and det.encoding_uncertain)
        if self._must_choose_encoding:
            for alt in reversed([det.encoding, *det.encoding_alternatives]):
                if alt and self.encoding_combo.findData(alt) < 0:
                    self.encoding_combo.insertItem(1, alt, alt)
            self.encoding_note.setText(
                tr("The encoding is a guess") + f" ({det.encoding_confidence:.0%}): {det.encoding_evidence}. "
                + tr("Choose the encoding in which the sample rows read right."))
            theme.tint(self.encoding_note, "warning")
            self.encoding_note.show()
        elif self._encoding is not None:
            self.encoding_note.setText(tr("Encoding chosen by you") + f": {self._encoding}")
            self.encoding_note.setStyleSheet("")
            self.encoding_note.show()
        else:
            self.encoding_note.hide()

    def _encoding_chosen(self, index: int) -> None:
        enc = self.encoding_combo.itemData(index)
        self._encoding = enc or (self.detection.encoding if self.detection is not None and
                                 self.detection.encoding_uncertain else None)
        self._redetect()

    def _on_detect_failed(self, exc: BaseException) -> None:
        message = in_app_words(ops.message_of(exc)) or ""
        self.detection = None
        self._show_mapping(False)
        self.detect_label.setText(message)
        theme.tint(self.detect_label, "error")
        self.failed.emit(message)

    # ------------------------------------------------------------------ presets
    def _load_presets(self, select: str | None = None) -> None:
        from studio.services import importing

        presets = importing.list_presets(self.ctx.settings)
        self.preset_combo.blockSignals(True)
        self.preset_combo.clear()
        self.preset_combo.addItem(tr("(choose a saved mapping)"), "")
        for name in sorted(presets):
            self.preset_combo.addItem(name, name)
        if select:
            self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(select)))
        self.preset_combo.blockSignals(False)

    def _apply_preset(self, _index: int) -> None:
        name = self.preset_combo.currentData()
        if name:
            self.apply_preset(name)

    def apply_preset(self, name: str) -> int:
        from studio.services import importing

        try:
            n = self.mapping_model.apply(importing.load_preset(name, self.ctx.settings))
        except importing.CatalogImportError as exc:
            self._error(str(exc))
            return 0
        self.status_label.setText(tr("Preset applied to") + f" {n} " + tr("columns"))
        return n

    def ask_preset_name(self) -> None:
        dlg = QInputDialog(self)
        dlg.setWindowTitle(tr("Save mapping preset"))
        dlg.setLabelText(tr("Name of the preset:"))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.textValueSelected.connect(self.save_preset)
        dlg.open()

    def save_preset(self, name: str) -> bool:
        from studio.services import importing

        try:
            importing.save_preset(name, self.mapping_model.mapped(), self.ctx.settings)
        except importing.CatalogImportError as exc:
            self._error(str(exc))
            return False
        self._load_presets(select=name.strip())
        self.status_label.setText(tr("Saved the mapping preset") + f" “{name.strip()}”")
        return True

    # ------------------------------------------------------------------ options
    def options(self, dry_run: bool = False):
        from studio.services.importing import ImportOptions

        det = self.detection
        mapping = self.mapping_model.mapping() if det is not None and det.format in ("csv", "xlsx") else None
        return ImportOptions(
            # a Merchant XML feed is imported with the feed reader however it was found (--format gmc)
            format=("gmc" if det.container == "gmc" else det.format) if det is not None
            else (self.format_combo.currentData() or "auto"),
            mapping=mapping,
            images_dir=self.images_edit.text().strip() or None,
            import_valid_rows_only=self.valid_only.isChecked(),
            dry_run=dry_run,
            currency=self.currency_edit.text().strip().upper() or None,
            download_images=self.download_images.isChecked(),
            encoding=self._encoding,
            dedupe_skus=self.dedupe_combo.currentData() or "flag",
        )

    def _invalidate_plan(self) -> None:
        if self.plan is not None:
            self.plan = None
            self._set_summary(tr("The settings changed: run the dry run again."))

    # ------------------------------------------------------------------ dry run and import
    def _busy(self, busy: bool) -> None:  # a dry run's or an import's busy state (through its op)
        if not busy:
            self._task = None
        self.cancel_btn.setEnabled(busy)
        for w in (self.dry_run_btn, self.import_btn, self.browse, self.format_combo, self.path_edit,
                  self.mapping_view, self.valid_only):
            w.setEnabled(not busy)
        if not busy:
            self.valid_only.setEnabled(bool(self.plan and self.plan.error_count) or self.valid_only.isChecked())
            ready = self.detection is not None and not self._must_choose_encoding
            self.dry_run_btn.setEnabled(ready)
            self.import_btn.setEnabled(ready and self.result is None)

    def _on_progress(self, fraction: float, message: str) -> None:
        self._fraction = fraction
        self.progress.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if message:
            self.status_label.setText(message)

    def dry_run(self) -> None:
        if self.detection is None or self._task is not None:
            return
        path, opts, db = self.path_edit.text().strip(), self.options(dry_run=True), self.ctx.db

        def job(progress, cancel):
            from studio.services import importing

            try:
                return importing.plan_import(db, path, opts, progress, cancel)
            except importing.CatalogImportError as exc:
                return exc

        self._start(tr("Dry run"), job, self._on_planned, writes=False)

    def run_import(self) -> None:
        if self.detection is None or self._task is not None:
            return
        path, opts, db = self.path_edit.text().strip(), self.options(), self.ctx.db

        def job(progress, cancel):
            from studio.services import catalog_view, importing

            before = catalog_view.max_product_id(db)
            try:
                result = importing.run_import(db, path, opts, progress, cancel)
            except importing.CatalogImportError as exc:
                return exc
            message = f"imported {Path(path).name}: {result.created} new, {result.updated} updated"
            return result, catalog_view.import_changes(before, result.product_ids, message)

        self._start(tr("Import"), job, self._on_imported, writes=True)

    def _start(self, name: str, job, on_done, writes: bool) -> None:
        self._fraction = 0.0
        self.progress.setValue(0)
        self.status_label.setStyleSheet("")
        self.status_label.setText(name + "…")

        def cancelled() -> None:
            from studio.services.importing import WRITING_FROM

            self.progress.setValue(0)
            if writes and self._fraction >= WRITING_FROM:  # batches were committed before the cancel
                self.status_label.setText(tr("Cancelled while writing — the products already written stay; "
                                             "import the file again to finish."))
            else:
                self.status_label.setText(tr("Cancelled — nothing was written."))

        # on_busy runs _busy(False) after the callbacks: the buttons then reflect the new plan or result
        self._task = Op(self.ctx, self, job).named(f"{name}: {Path(self.path_edit.text()).name}").writes(writes) \
            .on_busy(self._busy).success(on_done).failure(lambda exc: self._error(ops.message_of(exc))) \
            .progress(self._on_progress).cancelled(cancelled).changes(None).run_in_background()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel.cancel()
            self.status_label.setText(tr("Cancelling…"))

    def _show_issues(self, errors, warnings) -> None:
        # the importers' directions name CLI flags; the dialog names its own controls (import_directions)
        self.errors_model.set_rows(all_for_app(errors))
        self.warnings_model.set_rows(all_for_app(warnings))
        self.tabs.setTabText(self.tab("errors"), f"{tr('Errors')} ({len(errors)})")
        self.tabs.setTabText(self.tab("warnings"), f"{tr('Warnings')} ({len(warnings)})")
        self.export_btn.setEnabled(bool(errors or warnings))

    def _on_planned(self, plan) -> None:
        if isinstance(plan, Exception):
            self._show_issues(list(getattr(plan, "issues", []) or []), [])
            self._error(str(plan))
            return
        self.plan = plan
        self.creates_model.set_rows(plan.creates)
        self.updates_model.set_rows(plan.updates)
        self.tabs.setTabText(self.tab("creates"), f"{tr('Creates')} ({plan.create_count})")
        self.tabs.setTabText(self.tab("updates"), f"{tr('Updates')} ({plan.update_count})")
        self._show_issues(plan.errors, plan.warnings)
        text = (tr("Would create {created} and update {updated}.")
                .replace("{created}", _n(plan.create_count, N_("{n} product"), N_("{n} products")))
                .replace("{updated}", _n(plan.update_count, N_("{n} product"), N_("{n} products")))
                + " " + tr("Variants: {variants}, images: {images}, facts: {facts}.")
                .replace("{variants}", f"{plan.variants:,}").replace("{images}", f"{plan.images:,}")
                .replace("{facts}", f"{plan.facts:,}"))
        if plan.error_count:
            text += " " + (tr("{errors} in {products}: fix the file, or tick “Import the valid rows only”.")
                           .replace("{errors}", _n(plan.error_count, N_("{n} error"), N_("{n} errors")))
                           .replace("{products}", _n(plan.invalid_products, N_("{n} product"), N_("{n} products"))))
            self.tabs.setCurrentWidget(self.page("errors"))
        else:
            text += " " + tr("No errors.")
            self.tabs.setCurrentWidget(self.page("creates" if plan.create_count else "updates"))
        shown = len(plan.creates) + len(plan.updates) + len(plan.errors)
        total = plan.create_count + plan.update_count + plan.error_count
        if shown < total:
            text += " " + tr("The lists show the first {n} entries; the counts are complete.").replace(
                "{n}", f"{shown:,}")
        self._set_summary(text)
        self._show_report(plan.report)
        self.valid_only.setEnabled(bool(plan.error_count))
        self.progress.setValue(1000)
        self.status_label.setText(tr("Dry run finished: nothing was written."))
        self.planned.emit(plan)

    def _on_imported(self, value) -> None:
        if isinstance(value, Exception):
            self._show_issues(list(getattr(value, "issues", []) or []), [])
            if self.errors_model.rowCount():
                self.tabs.setCurrentWidget(self.page("errors"))
            if self.detection is not None:
                from studio.services.importing import report_for_failure

                self._show_report(report_for_failure(self.detection, list(getattr(value, "issues", []) or []),
                                                     None, str(value)))
            self._error(str(value) + " — " + tr("nothing was imported."))
            return
        result, summary = value
        self.result = result
        self.ctx.bus.broadcast(summary, initiator=self)
        self._show_issues(result.errors, result.warnings)
        self.progress.setValue(1000)
        text = (tr("Imported: {created} new and {updated} updated products.")
                .replace("{created}", f"{result.created:,}").replace("{updated}", f"{result.updated:,}"))
        if result.unchanged:
            text += " " + _n(result.unchanged, N_("{n} product was already as in the file."),
                             N_("{n} products were already as in the file."))
        self._show_report(result.report)
        if result.skipped_invalid:
            text += " " + _n(result.skipped_invalid, N_("{n} product with errors was skipped."),
                             N_("{n} products with errors were skipped."))
        if result.images_missing:
            text += " " + _n(result.images_missing, N_("{n} image is missing."), N_("{n} images are missing."))
        theme.tint(self.status_label, "ok")
        self.status_label.setText(text)
        self._set_summary(text)
        self.import_btn.setEnabled(False)
        self.close_btn.setDefault(True)
        window = self.ctx.main_window
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 10000)
        self.imported.emit(result)
        if self.download_images.isChecked():
            self.start_image_sync()

    def _show_report(self, report: dict | None) -> None:
        from localization import ui_strings

        # in a right-to-left UI the report reads from the right (each line's own words keep their order)
        option = self.report_view.document().defaultTextOption()
        rtl = ui_strings.is_rtl()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                            | Qt.AlignmentFlag.AlignAbsolute)
        self.report_view.document().setDefaultTextOption(option)
        self.report_view.setPlainText(report_text(report, per_kind=50) if report else "")

    def _error(self, message: str) -> None:
        message = in_app_words(message) or ""
        theme.tint(self.status_label, "error")
        self.status_label.setText(message)
        self.failed.emit(message)

    # ------------------------------------------------------------------ error report
    def issues(self) -> list:
        return self.errors_model.rows() + self.warnings_model.rows()

    def choose_export(self) -> None:
        name = (Path(self.path_edit.text()).stem or "import") + "-errors.csv"
        path = files.save_file(self, self.ctx.settings, "import-errors", tr("Save the error report"), name, "CSV (*.csv)")
        if path:
            self.export_errors(path)

    def export_errors(self, path: str | Path) -> int:
        from studio.services import importing

        try:
            n = importing.export_errors_csv(self.issues(), path)
        except OSError as exc:
            self._error(tr("Could not write the report") + f": {exc}")
            return 0
        self.status_label.setStyleSheet("")
        self.status_label.setText(tr("Error report saved") + f": {path}")
        return n

    # ------------------------------------------------------------------ background image download
    def start_image_sync(self) -> None:
        """Download the images that wait, in the background (it goes on, in the status bar, if this closes)."""
        from ui import image_sync

        opts = self.options()
        for w in (self.images_label, self.images_progress, self.images_cancel):
            w.show()
        self.images_progress.setValue(0)
        self.images_cancel.setEnabled(True)
        self.images_label.setText(tr("Downloading images…"))
        # this import's products only: the report below is this import's (s21: it listed the failures of every
        # file imported before whose images still waited)
        ids = list(self.result.product_ids) if self.result is not None else None
        self._image_task = image_sync.start(
            self.ctx, concurrency=opts.download_concurrency, deadline=opts.download_timeout, product_ids=ids,
            on_progress=self._on_images_progress, on_done=self._on_images_done, on_error=self._on_images_error)

    def stop_image_sync(self) -> None:
        if self._image_task is not None:
            self._image_task.cancel.cancel()
            self.images_cancel.setEnabled(False)
            self.images_label.setText(tr("Stopping the downloads…"))

    def _on_images_progress(self, fraction: float, message: str) -> None:
        if self._alive:
            self.images_progress.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
            if message:
                self.images_label.setText(message)

    def _on_images_done(self, result) -> None:
        if not self._alive:
            return
        from studio.services.importing import ImportIssue
        from ui import image_sync

        self._image_task = None
        self.images_cancel.setEnabled(False)
        self.images_progress.setValue(1000)
        text = image_sync.summary_text(result)
        if result.cancelled:
            text += " — " + tr("stopped; the rest waits for the next download")
        self.images_label.setText(text)
        # one warning per URL of this import (a download already running for another import or the Catalog's
        # button may have fetched other products' images too): product, SKU, URL and the reason
        mine = set(self.result.product_ids) if self.result is not None else set()
        failures = [f for f in result.failures if f.product_id in mine]
        if failures:
            issues = [ImportIssue("", None, None, f.line(), image_retry_hint(), "warning", f.handle,
                                  kind="image-download") for f in failures[:2000]]
            rows = self.warnings_model.rows() + issues
            self.warnings_model.set_rows(rows)
            self.tabs.setTabText(self.tab("warnings"), f"{tr('Warnings')} ({len(rows)})")
            self.export_btn.setEnabled(True)
        self.images_done.emit(result)

    def _on_images_error(self, exc: BaseException) -> None:
        if self._alive:
            self._image_task = None
            self.images_cancel.setEnabled(False)
            self.images_label.setText(tr("Image download stopped") + f": {ops.message_of(exc)}")

    def closeEvent(self, event) -> None:  # noqa: N802
        if self._task is not None:
            self._task.cancel.cancel()
        self._alive = False  # the image download goes on in the background (status bar: progress, Cancel)
        super().closeEvent(event)


def open_import_dialog(parent: QWidget | None, ctx, path: str | None = None) -> ImportDialog:
    """Open the (non-modal) import dialog; only one at a time."""
    existing = getattr(parent, "_import_dialog", None) if parent is not None else None
    try:
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    except RuntimeError:  # deleted
        pass
    dlg = ImportDialog(ctx, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is not None:
        parent._import_dialog = dlg
    dlg.show()
    if path:
        dlg.set_path(path)
    return dlg
