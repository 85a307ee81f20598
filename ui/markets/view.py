"""Markets section: browse and edit the market registry, see its formatting and festival calendar.

Left: a searchable table of markets (``MarketTableModel``). Right: tabs — the editor form (saved as the
user's override, merged over shipped data; "Reset to shipped" drops it), formatting examples and mandates,
and the festival calendar (``FestivalCalendar``: festival days highlighted, names in tooltips).
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import QDate, QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

import ui.qtcompat  # noqa: F401 - before any model is used (PySide6 refcount defect)
from localization import formatting as fmt
from localization import markets as reg
from localization.text import isolate
from studio import clock
from ui import i18n
from ui.i18n import N_, tr
from ui.labels import country_label
from ui.models import LEFT, Column, RowModel
from ui.plain import text_of
from ui.widgets.fit import ElidedLabel

COLUMNS = (
    Column(N_("Tag"), lambda m: m.tag, align=LEFT),
    Column(N_("Country"), lambda m: country_label(m)),
    Column(N_("Language"), lambda m: m.language_name),
    Column(N_("Currency"), lambda m: m.currency),
    Column(N_("Direction"), lambda m: m.direction.upper()),
    Column(N_("Units"), lambda m: m.measurement),
    Column(N_("Channels"), lambda m: ", ".join(m.channels)),
    Column(N_("Edited"), lambda m: "✎" if m.overridden else "",
           tip=lambda m: tr("Edited by you (stored in your market overrides)") if m.overridden else None),
)


class MarketTableModel(RowModel):
    COLUMNS = COLUMNS
    ROW_ROLES = {Qt.ItemDataRole.UserRole: lambda m: m.tag}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.error = ""
        self.reload()

    def reload(self) -> None:
        try:
            rows = reg.all_markets()
            self.error = ""
        except reg.MarketValidationError as exc:  # a broken override file: say so, show nothing half-merged
            rows = []
            self.error = str(exc)
        self.set_rows(rows)

    def market(self, row: int) -> reg.Market:
        return self._rows[row]

    def row_of(self, tag: str) -> int:
        return self.find(lambda m: m.tag == tag)


class MarketFilter(QSortFilterProxyModel):
    """Matches the search text against every column (tag, country, language, currency, channels…)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10 (invalidateFilter is deprecated there)
            self.beginFilterChange()
            self._needle = text.strip().lower()
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self._needle = text.strip().lower()
            self.invalidate()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:  # noqa: N802 - Qt API
        if not self._needle:
            return True
        model = cast(MarketTableModel, self.sourceModel())
        m = model.market(source_row)
        hay = " ".join([m.tag, m.country, m.country_name, country_label(m), m.language, m.language_name,
                        m.currency, " ".join(m.channels), " ".join(m.marketplaces)]).lower()
        return all(part in hay for part in self._needle.split())


class FestivalCalendar(QCalendarWidget):
    """A month calendar with the market's festival days highlighted and their names as tooltips."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("FestivalCalendar")
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(True)
        self._by_day: dict[dt.date, list[dict]] = {}
        self._view = self.findChild(QTableView, "qt_calendar_calendarview")
        if self._view is not None:
            self._view.viewport().installEventFilter(self)

    def set_festivals(self, festivals) -> None:
        self.setDateTextFormat(QDate(), QTextCharFormat())  # clear earlier highlights
        self._by_day = {}
        for f in festivals:
            start, end = dt.date.fromisoformat(f["start"]), dt.date.fromisoformat(f["end"])
            day = start
            while day <= end:
                self._by_day.setdefault(day, []).append(f)
                day += dt.timedelta(days=1)
        for day, fests in self._by_day.items():
            form = QTextCharFormat()
            estimate = all(f.get("estimate") for f in fests)
            form.setBackground(QBrush(QColor("#ffe7b3" if estimate else "#ffc46b")))
            form.setFontWeight(QFont.Weight.Bold)
            form.setToolTip(self.tooltip_for(day))
            self.setDateTextFormat(QDate(day.year, day.month, day.day), form)

    def festivals_on(self, day: dt.date) -> list[dict]:
        return list(self._by_day.get(day, []))

    def tooltip_for(self, day: dt.date) -> str:
        lines = []
        for f in self._by_day.get(day, []):
            est = f" ({tr('estimate')})" if f.get("estimate") else ""
            lines.append(f"{f['name']}{est}")
        return "\n".join(lines)

    def date_at(self, pos) -> dt.date | None:
        """The date under a viewport position (Qt shows the previous month's last days first)."""
        if self._view is None:
            return None
        index = self._view.indexAt(pos)
        if not index.isValid() or index.row() < 1:  # row 0 is the weekday header
            return None
        first = dt.date(self.yearShown(), self.monthShown(), 1)
        offset = (first.isoweekday() - self.firstDayOfWeek().value) % 7
        if offset < 1:
            offset += 7
        return first - dt.timedelta(days=offset) + dt.timedelta(days=(index.row() - 1) * 7 + index.column())

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if self._view is not None and obj is self._view.viewport() and event.type() == QEvent.Type.ToolTip:
            day = self.date_at(event.pos())
            text = self.tooltip_for(day) if day else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self._view)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().eventFilter(obj, event)


class MarketEditor(QWidget):
    saved = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tag: str | None = None
        self._labels: list[tuple[str, QLabel]] = []
        form = QFormLayout(self)
        self.country_name = QLineEdit(self)
        self.language_name = QLineEdit(self)
        self.direction = QComboBox(self)
        self.direction.addItems(list(reg.DIRECTIONS))
        self.currency = QLineEdit(self)
        self.currency.setMaxLength(3)
        self.digits = QComboBox(self)
        self.digits.addItems(list(reg.DIGITS))
        self.measurement = QComboBox(self)
        self.measurement.addItems(list(reg.MEASUREMENTS))
        self.size_system = QComboBox(self)
        self.size_system.addItems(list(reg.SIZE_SYSTEMS))
        self.shoe_system = QComboBox(self)
        self.shoe_system.addItems(list(reg.SHOE_SYSTEMS))
        self.timezone = QLineEdit(self)
        self.channels = QLineEdit(self)
        self.marketplaces = QLineEdit(self)
        self.payment = QLineEdit(self)
        self.tone = QPlainTextEdit(self)
        self.tone.setFixedHeight(54)
        self.taboos = QLineEdit(self)
        self.what_sells = QLineEdit(self)
        for label, w in [(N_("Country"), self.country_name), (N_("Language name"), self.language_name),
                         (N_("Direction"), self.direction), (N_("Currency"), self.currency),
                         (N_("Digits"), self.digits), (N_("Measurement"), self.measurement),
                         (N_("Clothing sizes"), self.size_system), (N_("Shoe sizes"), self.shoe_system),
                         (N_("Time zone"), self.timezone), (N_("Channels"), self.channels),
                         (N_("Marketplaces"), self.marketplaces), (N_("Payment"), self.payment),
                         (N_("Tone"), self.tone), (N_("Taboos"), self.taboos), (N_("What sells"), self.what_sells)]:
            form.addRow(tr(label), w)
            field_label = form.labelForField(w)  # the QLabel addRow made for the text
            if isinstance(field_label, QLabel):
                self._labels.append((label, field_label))
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Save changes"), self)
        self.reset_button = QPushButton(tr("Reset to shipped"), self)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.status = QLabel(self)
        self.status.setObjectName("MarketEditorStatus")
        self.status.setWordWrap(True)
        form.addRow(self.status)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)

    def retranslate(self) -> None:
        for source, label in self._labels:
            label.setText(tr(source))
        self.save_button.setText(tr("Save changes"))
        self.reset_button.setText(tr("Reset to shipped"))

    @staticmethod
    def _split(text: str) -> list[str]:
        return [p.strip() for p in text.split(",") if p.strip()]

    def load(self, m: reg.Market) -> None:
        self._tag = m.tag
        self.country_name.setText(m.country_name)
        self.language_name.setText(m.language_name)
        self.direction.setCurrentText(m.direction)
        self.currency.setText(m.currency)
        self.digits.setCurrentText(m.digits)
        self.measurement.setCurrentText(m.measurement)
        self.size_system.setCurrentText(m.size_system)
        self.shoe_system.setCurrentText(m.shoe_system)
        self.timezone.setText(m.timezone)
        self.channels.setText(", ".join(m.channels))
        self.marketplaces.setText(", ".join(m.marketplaces))
        self.payment.setText(", ".join(m.payment))
        self.tone.setPlainText(str(m.culture.get("tone", "")))
        self.taboos.setText(", ".join(m.culture.get("taboos", [])))
        self.what_sells.setText(", ".join(m.culture.get("what_sells", [])))
        self.reset_button.setEnabled(m.overridden)
        self.status.setText(tr("Edited by you") if m.overridden else tr("Shipped data"))

    def changes(self) -> dict:
        return {
            "country_name": self.country_name.text().strip(),
            "language_name": self.language_name.text().strip(),
            "direction": self.direction.currentText(),
            "currency": self.currency.text().strip().upper(),
            "digits": self.digits.currentText(),
            "measurement": self.measurement.currentText(),
            "size_system": self.size_system.currentText(),
            "shoe_system": self.shoe_system.currentText(),
            "timezone": self.timezone.text().strip(),
            "channels": self._split(self.channels.text()),
            "marketplaces": self._split(self.marketplaces.text()),
            "payment": self._split(self.payment.text()),
            "culture": {"tone": text_of(self.tone).strip(), "taboos": self._split(self.taboos.text()),
                        "what_sells": self._split(self.what_sells.text())},
        }

    def save(self) -> bool:
        if not self._tag:
            return False
        current = reg.get_market(self._tag)
        changes = self.changes()
        # culture: store only the keys that differ, the rest keeps following shipped data
        culture = {k: v for k, v in changes["culture"].items() if current.culture.get(k, "" if k == "tone" else []) != v}
        changes["culture"] = culture
        if not culture:
            changes.pop("culture")
        try:
            m = reg.save_override(self._tag, changes)
        except reg.MarketValidationError as exc:
            self.status.setText(tr("Not saved") + ": " + "; ".join(exc.errors))
            return False
        self.load(m)
        self.status.setText(tr("Saved; your edits are kept across upgrades."))
        self.saved.emit(m.tag)
        return True

    def reset(self) -> None:
        if not self._tag:
            return
        m = reg.reset_override(self._tag)
        if m is not None:
            self.load(m)
        self.status.setText(tr("Reset to the shipped data."))
        self.saved.emit(self._tag)


class RatesEditor(QWidget):
    """The exchange-rate table (per 1 unit of the base currency) with its as-of date; saved to the user's
    rates file (no network). Converted prices always state the rate and date used."""

    saved = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.base_label = QLabel(self)
        self.base_label.setWordWrap(True)  # never sets the window's minimum width
        top.addWidget(self.base_label)
        top.addStretch(1)
        top.addWidget(QLabel(tr("As of"), self))
        self.as_of = QDateEdit(self)
        self.as_of.setObjectName("RatesAsOf")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        top.addWidget(self.as_of)
        layout.addLayout(top)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("RatesTable")
        self.table.setHorizontalHeaderLabels([tr("Currency"), tr("Rate")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add currency"), self)
        self.save_button = QPushButton(tr("Save rates"), self)
        self.reset_button = QPushButton(tr("Reset to shipped"), self)
        for b in (self.add_button, self.save_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(self._add_row)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.load()

    def load(self) -> None:
        try:
            table = fmt.rates_table()
        except fmt.RatesError as exc:
            self.status.setText(str(exc))
            return
        self._base = table["base"]
        self.base_label.setText(tr("Units per 1 {base}").format(base=self._base))
        y, mth, d = (int(x) for x in str(table["as_of"]).split("-"))
        self.as_of.setDate(QDate(y, mth, d))
        self.table.setRowCount(0)
        for cur, rate in sorted(table["rates"].items()):
            self._add_row(cur, rate)
        self.status.setText(str(table.get("source", "")))

    def _add_row(self, cur: str | bool = "", rate: float | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(cur if isinstance(cur, str) else ""))
        self.table.setItem(row, 1, QTableWidgetItem("" if rate is None else f"{rate:g}"))

    def rates(self) -> dict[str, float | str]:
        """Currency → rate; a cell that is no number stays text for the validator to name."""
        out: dict[str, float | str] = {}
        for row in range(self.table.rowCount()):
            cur_item, rate_item = self.table.item(row, 0), self.table.item(row, 1)
            cur = (cur_item.text() if cur_item else "").strip().upper()
            text = (rate_item.text() if rate_item else "").strip().replace(",", ".")
            if not cur and not text:
                continue
            try:
                out[cur] = float(text)
            except ValueError:
                out[cur] = text  # reported by the validator with the currency it belongs to
        return out

    def save(self) -> bool:
        try:
            fmt.save_rates(self.rates(), self.as_of.date().toString("yyyy-MM-dd"), base=self._base,
                           source="edited in Commerce Studio")
        except fmt.RatesError as exc:
            self.status.setText(tr("Not saved") + ": " + str(exc))
            return False
        self.status.setText(tr("Saved; converted prices now say they use these rates and this date."))
        self.saved.emit()
        return True

    def reset(self) -> None:
        fmt.reset_rates()
        self.load()
        self.saved.emit()


class FestivalAdder(QWidget):
    """Adds a market-specific festival (name and dates) to the market's override."""

    added = Signal(str)
    message = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tag: str | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(tr("Festival name"))
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for w in (self.start, self.end):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setDate(QDate(*clock.today().timetuple()[:3]))
        self.add_button = QPushButton(tr("Add festival"), self)
        row.addWidget(self.name, 2)
        row.addWidget(self.start)
        row.addWidget(QLabel("–", self))
        row.addWidget(self.end)
        row.addWidget(self.add_button)
        self.add_button.clicked.connect(self._clicked)

    def _clicked(self) -> None:
        error = self.add()
        self.message.emit(error or tr("Festival added to this market (kept in your market edits)."))

    def set_market(self, tag: str) -> None:
        self._tag = tag

    def add(self) -> str | None:
        """Returns None on success, else the error shown to the user."""
        name = self.name.text().strip()
        if not self._tag:
            return "no market"
        if not name:
            return tr("Enter a festival name.")
        m = reg.get_market(self._tag)
        current = reg.load_overrides().get(m.tag, {}).get("festivals")
        if current is None:  # start from the shipped list so nothing disappears
            current = reg.shipped_festival_entries(m.tag)
        fid = "custom-" + "-".join(name.lower().split())
        entry = {"id": fid, "name": name, "start": self.start.date().toString("yyyy-MM-dd"),
                 "end": self.end.date().toString("yyyy-MM-dd")}
        try:
            reg.save_override(m.tag, {"festivals": [*current, entry]})
        except reg.MarketValidationError as exc:
            return "; ".join(exc.errors)
        self.name.clear()
        self.added.emit(m.tag)
        return None


class MarketsView(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        outer = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(splitter)

        left = QWidget(splitter)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(left)
        self.search.setObjectName("MarketSearch")
        self.search.setPlaceholderText(tr("Search markets (tag, country, language, currency, channel)…"))
        self.search.setClearButtonEnabled(True)
        lv.addWidget(self.search)
        self.model = MarketTableModel(self)
        self.proxy = MarketFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(left)
        self.table.setObjectName("MarketTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the channel list gets a readable width and the table scrolls to it (stretched, it was squeezed to 100 px)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(6, 240)
        lv.addWidget(self.table)
        self.count_label = QLabel(left)
        self.count_label.setWordWrap(True)
        lv.addWidget(self.count_label)

        right = QWidget(splitter)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.title = ElidedLabel("", right)  # one line, elided with a tooltip: it never widens the window
        self.title.setObjectName("MarketTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        rv.addWidget(self.title)
        self.tabs = QTabWidget(right)
        rv.addWidget(self.tabs)
        self.editor = MarketEditor(self.tabs)
        self.tabs.addTab(self.editor, tr("Details"))
        self.examples = QPlainTextEdit(self.tabs)
        self.examples.setObjectName("MarketExamples")
        self.examples.setReadOnly(True)
        self.examples.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))  # aligned charts
        self.tabs.addTab(self.examples, tr("Formatting and rules"))
        cal_page = QWidget(self.tabs)
        cv = QVBoxLayout(cal_page)
        self.calendar = FestivalCalendar(cal_page)
        cv.addWidget(self.calendar)
        self.festival_list = QListWidget(cal_page)
        self.festival_list.setObjectName("FestivalList")
        cv.addWidget(self.festival_list)
        self.festival_adder = FestivalAdder(cal_page)
        cv.addWidget(self.festival_adder)
        self.festival_status = QLabel(cal_page)
        self.festival_status.setWordWrap(True)
        cv.addWidget(self.festival_status)
        self.tabs.addTab(cal_page, tr("Festivals"))
        self.rates = RatesEditor(self.tabs)
        self.tabs.addTab(self.rates, tr("Exchange rates"))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        # the market list reads its columns at 1366x768 (it was ~175 px: Tag, Country, half a Language; s21)
        left.setMinimumWidth(440)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([500, 650])

        self.search.textChanged.connect(self._on_search)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.calendar.currentPageChanged.connect(lambda *_: self._fill_festival_list())
        self.editor.saved.connect(self._on_saved)
        self.festival_adder.added.connect(self._on_saved)
        self.festival_adder.message.connect(self.festival_status.setText)
        self.rates.saved.connect(self._refresh_examples)
        self._update_count()
        if self.proxy.rowCount():
            if not self.select_tag("en-US"):
                self.table.selectRow(0)
        i18n.notifier().language_changed.connect(self.retranslate)

    def retranslate(self, _lang: str = "") -> None:
        """Re-label this view in the new UI language (nothing typed or selected is lost)."""
        self.search.setPlaceholderText(tr("Search markets (tag, country, language, currency, channel)…"))
        for i, title in enumerate([N_("Details"), N_("Formatting and rules"), N_("Festivals"), N_("Exchange rates")]):
            self.tabs.setTabText(i, tr(title))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.editor.retranslate()
        self._update_count()
        m = self.current_market()
        if m is not None:
            self.examples.setPlainText(self._examples_text(m))
            self._fill_festival_list()

    # ------------------------------------------------------------------ behaviour
    def current_market(self) -> reg.Market | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.market(self.proxy.mapToSource(index).row())

    def select_tag(self, tag: str) -> bool:
        row = self.model.row_of(tag)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _update_count(self) -> None:
        if self.model.error:
            self.count_label.setText(self.model.error)
            return
        self.count_label.setText(tr("{shown} of {total} markets").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))

    def _on_current(self, current, _previous) -> None:
        if not current.isValid():
            return
        m = self.model.market(self.proxy.mapToSource(current).row())
        self.show_market(m)

    def show_market(self, m: reg.Market) -> None:
        self.title.setText(f"{m.tag} — {country_label(m)} · {m.language_name}")
        self.title.setLayoutDirection(Qt.LayoutDirection.RightToLeft if m.is_rtl else Qt.LayoutDirection.LeftToRight)
        self.editor.load(m)
        self.examples.setPlainText(self._examples_text(m))
        self.calendar.set_festivals(m.festivals)
        self.festival_adder.set_market(m.tag)
        self._fill_festival_list()

    def _examples_text(self, m: reg.Market) -> str:
        shoe = fmt.shoe_sizes(25, m)
        pairs = [
            (N_("Price"), fmt.format_price(1299.9, m.currency, m)),
            (N_("Price (cross-border)"), fmt.format_price(1299.9, m.currency, m, cross_border=True)),
            (N_("Date"), fmt.format_date(dt.date(2026, 11, 27), m, "long")),
            (N_("Length"), fmt.format_length(80, m)),
            (N_("Weight"), fmt.format_weight(850, m)),
            (N_("Dimensions"), fmt.format_dimensions(60, 40, 25, "cm", m)),
            (N_("Shoe size for a 25 cm foot"), f"{shoe['system']} {shoe['size']}"),
        ]
        try:
            conv = fmt.convert_price(100, "USD", m.currency)
            pairs.append((N_("100 USD converted"),
                          f"{fmt.format_price(conv.amount, m.currency, m)} ({conv.note()})"))
        except fmt.RatesError as exc:
            pairs.append((N_("100 USD converted"), str(exc)))
        # values are isolated (FSI…PDI) so an RTL label and an LTR value keep their order
        lines = [f"{tr(label)}: {isolate(value)}" for label, value in pairs]
        lines += [
            "",
            f"{tr('Conventions')}: " + isolate(
                f"decimal '{m.conventions.get('decimal', '')}' · group '{m.conventions.get('group', '')}' · "
                f"{m.conventions.get('date_short', '')} · week starts {m.conventions.get('first_weekday', '')} · "
                f"{m.conventions.get('calendar', '')}"),
            f"{tr('Payment')}: {', '.join(m.payment)}",
            "",
            tr("Language mandates") + ":",
        ]
        lines += [f"  [{x.get('target')}] {x['rule']}  ({x.get('source', '')})" for x in m.mandates] or ["  —"]
        example = ("Body bust — XS: 78–82 cm, S: 82–86 cm, M: 86–92 cm, L: 92–98 cm; "
                   "waist XS 62 cm, S 66 cm, M 72 cm, L 78 cm")
        lines += ["", tr("Size chart for an example dress") + ":"]
        lines += ["  " + isolate(line) for line in fmt.size_chart_from_text(example, m).as_text().splitlines()]
        lines += ["", tr("Cultural guidance") + ":"]
        for key, value in m.culture.items():
            lines.append(f"  {key}: {'; '.join(value) if isinstance(value, list) else value}")
        return "\n".join(lines)

    def _fill_festival_list(self) -> None:
        self.festival_list.clear()
        m = self.current_market()
        if m is None:
            return
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        start = dt.date(year, month, 1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        for f in reg.festivals_between(m.tag, start, end):
            span = f["start"] if f["start"] == f["end"] else f"{f['start']} – {f['end']}"
            est = f"  ({tr('estimate')})" if f["estimate"] else ""
            # isolate each part so dates and Latin names keep their order inside RTL text
            self.festival_list.addItem(f"{isolate(span)}  {isolate(f['name'])}{est}")
        if not self.festival_list.count():
            self.festival_list.addItem(tr("No festivals this month."))

    def _refresh_examples(self) -> None:
        m = self.current_market()
        if m is not None:
            self.examples.setPlainText(self._examples_text(m))

    def _on_saved(self, tag: str) -> None:
        self.model.reload()
        self._update_count()
        self.select_tag(tag)
