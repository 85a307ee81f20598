"""Item models of the Catalog section: the virtualized product table, a product's facts and variants.

``CatalogTableModel`` never loads the whole catalog. It knows the row count (``count_products``) and keeps
an LRU cache of pages (``list_products`` with offset/limit). ``data()`` on a row whose page is not cached
returns a placeholder and asks the task runner's pool for that page (quietly, off the GUI thread); when
the page arrives the rows are announced with ``dataChanged`` and the next page is prefetched. The view
reports the rows on screen (``set_visible_rows``): a queued page that has scrolled out of view by the
time a worker gets to it is skipped, so a fast drag over the scroll bar does not queue hundreds of
queries. A generation counter drops pages that arrive after the query, filters or order changed.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication

import ui.qtcompat  # noqa: F401 - before any model is used (PySide6 refcount defect)
from studio.domain import ChangeSummary, FactDTO, ProductSummary, VariantDTO
from studio.services import catalog as svc
from ui import plain
from ui.i18n import tr

_Index = QModelIndex | QPersistentModelIndex


def N_(text: str) -> str:  # noqa: N802 - marks a string for extraction; translated where shown
    return text


# product statuses and fact sources as shown (translated) in the tables
STATUS_LABELS = {"active": N_("active"), "draft": N_("draft"), "archived": N_("archived"), "unlisted": N_("unlisted")}
SOURCE_LABELS = {"import": N_("import"), "html": N_("description"), "user": N_("edited")}


def bidi(text: str) -> str:
    """In a right-to-left UI, isolate user content (FSI…PDI) so "12 x 12 x 24 cm" or "Hearth Candle Co."
    keep their own direction inside the mirrored layout. Left-to-right UIs get the text unchanged."""
    if not text or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    from localization.text import isolate

    return isolate(text)


def format_money(amount: Decimal | None, currency: str | None) -> str:
    if amount is None:
        return ""
    q = Decimal(amount).quantize(Decimal("0.01"))
    return f"{q:,.2f} {currency}" if currency else f"{q:,.2f}"


class CatalogTableModel(QAbstractTableModel):
    """Products as rows; columns thumbnail/title/handle/vendor/type/variants/price/status."""

    COLUMNS: tuple[tuple[str, str, str | None], ...] = (
        # (id, header, order key for sorting or None)
        ("thumbnail", "", None),
        ("title", N_("Title"), "title"),
        ("handle", N_("Handle"), "handle"),
        ("vendor", N_("Vendor"), "vendor"),
        ("type", N_("Type"), "type"),
        ("variants", N_("Variants"), None),
        ("price", N_("Price"), None),
        ("status", N_("Status"), "status"),
    )
    PAGE_SIZE = 200
    MAX_PAGES = 40  # 8000 rows kept; the rest is fetched again when scrolled back to

    loaded = Signal()  # a (re)count finished: rowCount() is current
    page_loaded = Signal(int)  # page number
    page_skipped = Signal(int)  # a queued page that had scrolled out of view by its turn
    load_failed = Signal(str)

    def __init__(self, db, tasks, thumbnails=None, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.thumbnails = thumbnails
        self._count = 0
        self._pages: OrderedDict[int, list[ProductSummary]] = OrderedDict()
        self._pending: set[int] = set()
        self._visible: tuple[int, int] | None = None  # rows on screen, reported by the view
        self._generation = 0
        self.query = ""
        self.filters: dict = {}
        self.order = "title"
        self._sort_column = 1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._alive = True
        if thumbnails is not None:
            thumbnails.ready.connect(self._on_thumbnail)

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(self.COLUMNS[section][1]) if self.COLUMNS[section][1] else ""
            if role == Qt.ItemDataRole.ToolTipRole and section == 0:
                return tr("Image")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and 0 <= section < self._count:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self._count) or not (0 <= index.column() < len(self.COLUMNS)):
            return None
        row, col = index.row(), self.COLUMNS[index.column()][0]
        summary = self.summary(row)
        if summary is None:
            if role == Qt.ItemDataRole.DisplayRole and col == "title":
                return tr("Loading…")
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(150, 150, 150)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "title":
                return bidi(summary.title)
            if col == "handle":
                return bidi(summary.handle)
            if col == "vendor":
                return bidi(summary.vendor)
            if col == "type":
                return bidi(summary.product_type)
            if col == "variants":
                return str(summary.variant_count)
            if col == "price":
                return bidi(format_money(summary.min_price, summary.currency))
            if col == "status":
                return tr(STATUS_LABELS.get(summary.status, summary.status)) if summary.status else ""
            return None
        if role == Qt.ItemDataRole.DecorationRole and col == "thumbnail" and self.thumbnails is not None:
            return self.thumbnails.pixmap(summary.thumbnail)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "thumbnail":
                return summary.thumbnail or tr("No image")
            if col == "title":
                return plain.tip(summary.title)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("variants", "price"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == "status" and summary.status != "active":
            return QColor(140, 110, 40) if summary.status == "draft" else QColor(130, 130, 130)
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.COLUMNS)):
            return
        key = self.COLUMNS[column][2]
        if key is None:
            return
        self._sort_column, self._sort_order = column, order
        self.order = ("-" if order == Qt.SortOrder.DescendingOrder else "") + key
        self.refresh()

    # ------------------------------------------------------------------ rows
    def summary(self, row: int) -> ProductSummary | None:
        """The row's summary if its page is cached; otherwise schedules the page and returns None."""
        page, offset = divmod(row, self.PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            self._request_page(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def product_id(self, row: int) -> int | None:
        s = self.summary(row)
        return s.id if s is not None else None

    def row_of(self, product_id: int) -> int | None:
        """Row of a product among the cached pages (None when it is not loaded)."""
        for page, rows in self._pages.items():
            for i, s in enumerate(rows):
                if s.id == product_id:
                    return page * self.PAGE_SIZE + i
        return None

    # ------------------------------------------------------------------ loading
    def set_query(self, query: str = "", filters: dict | None = None) -> None:
        self.query = query or ""
        self.filters = {k: v for k, v in (filters or {}).items() if v not in (None, "", False, [])}
        self.refresh()

    def refresh(self) -> None:
        """Recount and reload from scratch (query, filters or order changed): a model reset."""
        self._generation += 1
        gen = self._generation
        query, filters, order, size = self.query, dict(self.filters), self.order, self.PAGE_SIZE
        db = self.db

        def job(progress, cancel):
            n = svc.count_products(db, query, filters)
            first = svc.list_products(db, 0, size, query, filters, order) if n else []
            return n, first

        self.tasks.submit(job, name="catalog count", quiet=True,
                          on_done=lambda res: self._on_counted(gen, res),
                          on_error=self._on_error)

    def reload(self) -> None:
        """Recount and refetch the cached pages without a reset (keeps scroll position and selection)."""
        self._generation += 1
        gen = self._generation
        query, filters, order, size = self.query, dict(self.filters), self.order, self.PAGE_SIZE
        pages = list(self._pages) or [0]
        db = self.db

        def job(progress, cancel):
            n = svc.count_products(db, query, filters)
            return n, {p: svc.list_products(db, p * size, size, query, filters, order) for p in pages}

        self.tasks.submit(job, name="catalog reload", quiet=True,
                          on_done=lambda res: self._on_reloaded(gen, res), on_error=self._on_error)

    def apply_changes(self, summary: ChangeSummary) -> None:
        """Refresh only what a mutation changed: updated rows in place; a recount when rows came or went."""
        if summary is None or summary.empty or summary.entity not in ("product", "products", "catalog"):
            return
        if summary.created or summary.deleted:
            self.reload()
            return
        ids = [i for i in summary.updated if self.row_of(i) is not None]
        if not ids:
            return
        gen, db = self._generation, self.db

        def job(progress, cancel):
            return svc.summaries(db, ids)

        self.tasks.submit(job, name="catalog rows", quiet=True,
                          on_done=lambda rows: self._on_rows_updated(gen, rows), on_error=self._on_error)

    def set_visible_rows(self, first: int, last: int) -> None:
        """The view reports the rows on screen; queued pages far from them are skipped (fast drags)."""
        self._visible = (first, last) if first >= 0 and last >= first else None

    def _page_still_wanted(self, page: int) -> bool:
        vis = self._visible  # one tuple read: safe from the worker thread
        if vis is None:
            return True
        return vis[0] // self.PAGE_SIZE - 1 <= page <= vis[1] // self.PAGE_SIZE + 1

    def ensure_row(self, row: int) -> None:
        """Load ``row``'s page even when it is not on screen (programmatic access, e.g. selecting it)."""
        page = row // self.PAGE_SIZE
        if page not in self._pages:
            self._request_page(page, force=True)

    def _request_page(self, page: int, force: bool = False) -> None:
        if page in self._pending or page < 0 or page * self.PAGE_SIZE >= self._count:
            return
        self._pending.add(page)
        gen = self._generation
        query, filters, order, size, db = self.query, dict(self.filters), self.order, self.PAGE_SIZE, self.db

        def job(progress, cancel):
            # while the user drags the scroll bar, pages flown past by now are not worth a query
            if not force and not self._page_still_wanted(page):
                return None
            return svc.list_products(db, page * size, size, query, filters, order)

        self.tasks.submit(job, name="catalog page", quiet=True,
                          on_done=lambda rows: self._on_page(gen, page, rows),
                          on_error=lambda msg: self._on_page_error(gen, page, msg))

    # ------------------------------------------------------------------ results (GUI thread)
    def _on_counted(self, gen: int, result) -> None:
        if not self._alive or gen != self._generation:
            return
        n, first = result
        self.beginResetModel()
        self._count = int(n)
        self._pages.clear()
        self._pending.clear()
        if first:
            self._pages[0] = list(first)
        self.endResetModel()
        self.loaded.emit()
        if first:
            self.page_loaded.emit(0)

    def _on_reloaded(self, gen: int, result) -> None:
        if not self._alive or gen != self._generation:
            return
        n, pages = result
        n = int(n)
        if n > self._count:
            self.beginInsertRows(QModelIndex(), self._count, n - 1)
            self._count = n
            self._replace_pages(pages)
            self.endInsertRows()
        elif n < self._count:
            self.beginRemoveRows(QModelIndex(), n, self._count - 1)
            self._count = n
            self._replace_pages(pages)
            self.endRemoveRows()
        else:
            self._replace_pages(pages)
        self._pending.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self.COLUMNS) - 1))
        self.loaded.emit()

    def _replace_pages(self, pages: dict[int, list[ProductSummary]]) -> None:
        self._pages.clear()
        for p, rows in pages.items():
            if rows and p * self.PAGE_SIZE < self._count:
                self._pages[p] = list(rows)

    def _on_page(self, gen: int, page: int, rows: list[ProductSummary] | None) -> None:
        if not self._alive or gen != self._generation:
            return
        self._pending.discard(page)
        if rows is None:  # skipped: out of view by its turn; data() asks again when it is shown
            self.page_skipped.emit(page)
            return
        self._pages[page] = list(rows)
        self._pages.move_to_end(page)
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * self.PAGE_SIZE
        last = min(self._count, first + self.PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))
        self.page_loaded.emit(page)
        if page + 1 not in self._pages:  # scrolling on usually continues downwards
            self._request_page(page + 1)

    def _on_page_error(self, gen: int, page: int, message: str) -> None:
        if gen == self._generation:
            self._pending.discard(page)
        self._on_error(message)

    def _on_rows_updated(self, gen: int, rows: list[ProductSummary]) -> None:
        if not self._alive or gen != self._generation:
            return
        by_id = {r.id: r for r in rows}
        for page, cached in self._pages.items():
            for i, s in enumerate(cached):
                if s.id in by_id:
                    cached[i] = by_id[s.id]
                    row = page * self.PAGE_SIZE + i
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def _on_error(self, message: str) -> None:
        if self._alive:
            self.load_failed.emit(message)

    def _on_thumbnail(self, path: str) -> None:
        if not self._alive:
            return
        for page, cached in self._pages.items():
            for i, s in enumerate(cached):
                if s.thumbnail == path:
                    row = page * self.PAGE_SIZE + i
                    idx = self.index(row, 0)
                    self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])

    def shutdown(self) -> None:
        self._alive = False


# --------------------------------------------------------------------------- facts

FACT_TYPES = ("text", "number", "dimensions", "weight", "list", "bool")


class FactsModel(QAbstractTableModel):
    """A product's facts: key/value/type/unit/source. Value, type and unit are editable in place;
    an edit is applied optimistically and handed to ``on_edit(key, value, type, unit)`` to persist."""

    COLUMNS = ("key", "value", "type", "unit", "source")
    HEADERS = (N_("Key"), N_("Value"), N_("Type"), N_("Unit"), N_("Source"))
    EDITABLE = ("value", "type", "unit")

    fact_edited = Signal(str, str, str, object)  # key, value, type, unit (None for no unit)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._facts: list[FactDTO] = []

    def set_facts(self, facts) -> None:
        self.beginResetModel()
        self._facts = list(facts or ())
        self.endResetModel()

    def facts(self) -> list[FactDTO]:
        return list(self._facts)

    def fact(self, row: int) -> FactDTO | None:
        return self._facts[row] if 0 <= row < len(self._facts) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._facts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self.COLUMNS[index.column()] in self.EDITABLE:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._facts)):
            return None
        fact, col = self._facts[index.row()], self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == "key":
                return fact.key.replace("_", " ") if role == Qt.ItemDataRole.DisplayRole else fact.key
            if col == "value":
                return bidi(fact.value) if role == Qt.ItemDataRole.DisplayRole else fact.value
            if col == "type":
                return fact.type
            if col == "unit":
                return bidi(fact.unit or "") if role == Qt.ItemDataRole.DisplayRole else (fact.unit or "")
            if col == "source":
                if fact.source == "suggested":  # a model's suggestion the user accepted (issue 16)
                    return tr("suggested by {model}, accepted by user").format(
                        model=(fact.data or {}).get("model") or "?")
                return tr("edited") if fact.user_edited else tr(SOURCE_LABELS.get(fact.source, fact.source))
        if role == Qt.ItemDataRole.ToolTipRole and col == "value":
            return plain.tip(fact.value)
        if role == Qt.ItemDataRole.ToolTipRole and col == "source" and fact.source == "suggested":
            return plain.tip(tr("Source sentence") + ": " + str((fact.data or {}).get("quote") or ""))
        if role == Qt.ItemDataRole.ToolTipRole and col == "source":
            return {"import": tr("Read from the import file"), "html": tr("Read off the description"),
                    "user": tr("Entered by hand; kept by re-imports")}.get(fact.source, fact.source)
        if role == Qt.ItemDataRole.ForegroundRole and col == "source" and fact.user_edited:
            return QColor(30, 110, 60)
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not (0 <= index.row() < len(self._facts)):
            return False
        col = self.COLUMNS[index.column()]
        if col not in self.EDITABLE:
            return False
        fact = self._facts[index.row()]
        text = "" if value is None else str(value).strip()
        if col == "value":
            if not text or text == fact.value:
                return False
            new = replace(fact, value=text)
        elif col == "type":
            if text not in FACT_TYPES or text == fact.type:
                return False
            new = replace(fact, type=text)
        else:
            unit = text or None
            if unit == fact.unit:
                return False
            new = replace(fact, unit=unit)
        new = replace(new, source="user", user_edited=True)
        self._facts[index.row()] = new
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.COLUMNS) - 1))
        self.fact_edited.emit(new.key, new.value, new.type, new.unit)
        return True


# --------------------------------------------------------------------------- variants


class VariantsModel(QAbstractTableModel):
    """A product's variants (read-only): SKU, options, price, compare-at, barcode, weight, inventory."""

    HEADERS = ("SKU", N_("Options"), N_("Price"), N_("Compare at"), N_("Barcode"), N_("Weight"), N_("Inventory"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._variants: list[VariantDTO] = []

    def set_variants(self, variants) -> None:
        self.beginResetModel()
        self._variants = list(variants or ())
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._variants)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._variants)):
            return None
        v, c = self._variants[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return bidi(self._display(v, c))
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (2, 3, 5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and c == 2 and v.market_prices:
            return plain.tip("\n".join(f"{k}: {val}" for k, val in v.market_prices.items()))
        return None

    def _display(self, v: VariantDTO, c: int) -> str:
        if c == 0:
            return v.sku or ""
        if c == 1:
            return " / ".join(f"{k}: {val}" for k, val in v.options.items()) or v.title or tr("Default")
        if c == 2:
            return format_money(v.price, v.currency)
        if c == 3:
            return format_money(v.compare_at_price, v.currency)
        if c == 4:
            return v.barcode or ""
        if c == 5:
            if v.grams is None:
                return ""
            g = Decimal(v.grams)
            return f"{g.normalize():f} g" if g < 1000 else f"{(g / 1000).normalize():f} kg"
        if c == 6:
            return "" if v.inventory is None else str(v.inventory)
        return ""
