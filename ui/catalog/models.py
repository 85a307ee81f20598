"""Item models of the Catalog section: the virtualized product table, a product's facts and variants.

``CatalogTableModel`` never loads the whole catalog. It knows the row count (``count_products``) and keeps
an LRU cache of pages (``list_products`` with offset/limit). ``data()`` on a row whose page is not cached
returns a placeholder and asks the task runner's pool for that page (quietly, off the GUI thread); when
the page arrives the rows are announced with ``dataChanged`` and the next page is prefetched. The view
reports the rows on screen (``set_visible_rows``): a queued page that has scrolled out of view by the
time a worker gets to it is skipped, so a fast drag over the scroll bar does not queue hundreds of
queries. A generation counter (the query's epoch, not one op's key: every page of it is current) drops
pages that arrive after the query, filters or order changed. Loads run as ``ui.ops.Op``s on the pool.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication

import ui.qtcompat  # noqa: F401 - before any model is used (PySide6 refcount defect)
from studio.domain import ChangeSummary, FactDTO, ProductSummary, VariantDTO
from studio.importers.certainty import CONFIRMED, certainty_of, to_confirm
from studio.services import catalog as svc
from ui.i18n import N_, tr
from ui.labels import fact_label
from ui.models import RIGHT, Column, RowModel, header_data
from ui.ops import Op, message_of

_Index = QModelIndex | QPersistentModelIndex


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
    if not currency:
        # a price the file named no currency for is never shown as if it were one (stop 21: a Chilean shop's
        # "54000" read as "54,000.00"): as written, said to have none — set it on import (Currency / --currency)
        return f"{Decimal(amount).normalize():,f} " + tr("(no currency)")
    from localization.formatting import currency_decimals

    places = currency_decimals(currency)  # CLP, JPY, KRW … without decimals
    q = Decimal(amount).quantize(Decimal(1).scaleb(-places))
    return f"{q:,.{places}f} {currency}"


def _status_colour(s: ProductSummary) -> QColor | None:
    if s.status == "active":
        return None
    from ui import theme

    return theme.color("warning") if s.status == "draft" else theme.color("muted")  # readable in light and dark


class CatalogTableModel(QAbstractTableModel):
    """Products as rows; columns thumbnail/title/handle/vendor/type/variants/price/status.

    The columns are declared (``ui.models.Column``; ``sort_key`` is the service's order key) like every other
    table; the rows are not a list but pages fetched on demand, so this model keeps its own paging."""

    COLUMNS: tuple[Column, ...] = (
        Column("", lambda s: None, tip=lambda s: s.thumbnail or tr("No image"), header_tip=N_("Image")),
        Column(N_("Title"), lambda s: bidi(s.title), tip=lambda s: f"{s.title}\n{s.handle}", sort_key="title"),
        Column(N_("Handle"), lambda s: bidi(s.handle), sort_key="handle"),
        Column(N_("Vendor"), lambda s: bidi(s.vendor), sort_key="vendor"),
        Column(N_("Type"), lambda s: bidi(s.product_type), sort_key="type"),
        Column(N_("Variants"), lambda s: str(s.variant_count), align=RIGHT),
        Column(N_("Price"), lambda s: bidi(format_money(s.min_price, s.currency)), align=RIGHT),
        Column(N_("Status"), lambda s: tr(STATUS_LABELS.get(s.status, s.status)) if s.status else "",
               roles={Qt.ItemDataRole.ForegroundRole: _status_colour}, sort_key="status"),
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
        if orientation == Qt.Orientation.Horizontal:
            return header_data(self.COLUMNS, section, orientation, role)
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
        row, column = index.row(), index.column()
        summary = self.summary(row)
        if summary is None:
            if role == Qt.ItemDataRole.DisplayRole and column == 1:
                return tr("Loading…")
            if role == Qt.ItemDataRole.ForegroundRole:
                from ui import theme

                return theme.color("muted")
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self.thumbnails.pixmap(summary.thumbnail) if self.thumbnails is not None else None
        if role == Qt.ItemDataRole.EditRole:
            return None  # read-only
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        return self.COLUMNS[column].cell(summary, row, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.COLUMNS)):
            return
        key = self.COLUMNS[column].sort_key
        if not isinstance(key, str):
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

        Op(self.tasks, self, job).named("catalog count").quiet() \
            .success(lambda res: self._on_counted(gen, res)).failure(self._on_error).run_in_background()

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

        Op(self.tasks, self, job).named("catalog reload").quiet() \
            .success(lambda res: self._on_reloaded(gen, res)).failure(self._on_error).run_in_background()

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

        Op(self.tasks, self, job).named("catalog rows").quiet() \
            .success(lambda rows: self._on_rows_updated(gen, rows)).failure(self._on_error).run_in_background()

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

        Op(self.tasks, self, job).named("catalog page").quiet() \
            .success(lambda rows: self._on_page(gen, page, rows)) \
            .failure(lambda exc: self._on_page_error(gen, page, exc)).run_in_background()

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

    def _on_page_error(self, gen: int, page: int, exc: BaseException) -> None:
        if gen == self._generation:
            self._pending.discard(page)
        self._on_error(exc)

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

    def _on_error(self, exc: BaseException) -> None:
        if self._alive:
            self.load_failed.emit(message_of(exc))

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


def _edited_colour(fact: FactDTO) -> QColor | None:
    from ui import theme

    if to_confirm(fact):
        return theme.color("warning")
    return theme.color("ok") if fact.user_edited else None


# why a fact waits for the seller (``data["doubt"]``), shown in the Source column's tooltip
DOUBT_TIPS = {"part": N_("A part, an accessory or the packaging is named beside it: it may be theirs, not the product's"),
              "limit": N_("It may be a maximum or a load, not the product's own figure"),
              "quote": N_("It is inside a quotation or a customer's words"),
              "name": N_("The word is also part of the brand's name"),
              "sizes": N_("The product comes in several sizes: this may be one size's figure")}


# a fact an import read off the product's own text says where (issue 16: facts "from description", with the span)
READ_FROM = {"description": N_("from description"), "title": N_("from title")}
READ_OFF_TIP = {"description": N_("Read off the description"), "title": N_("Read off the title")}


def _read_from(fact: FactDTO) -> str:
    where = (fact.data or {}).get("from") if isinstance(fact.data, dict) else None
    return where if where in READ_FROM else "description"


def _fact_source(fact: FactDTO) -> str:
    if fact.source == "suggested":  # a model's suggestion the user accepted (issue 16)
        return tr("suggested by {model}, accepted by user").format(model=(fact.data or {}).get("model") or "?")
    if fact.source == "html" and to_confirm(fact):
        return tr(READ_FROM[_read_from(fact)]) + " — " + tr("confirm")
    if fact.source == "html" and certainty_of(fact) == CONFIRMED:
        return tr(READ_FROM[_read_from(fact)]) + ", " + tr("confirmed")
    if fact.source == "html" and not fact.user_edited:
        return tr(READ_FROM[_read_from(fact)])
    return tr("edited") if fact.user_edited else tr(SOURCE_LABELS.get(fact.source, fact.source))


def quoted_span(text: str, span, limit: int = 220) -> str:
    """The sentence of ``text`` around ``span`` (``[start, end]``), at most ``limit`` characters, or "" when the
    span does not fit the text (the product's text changed since the import)."""
    try:
        start, end = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        return ""
    if not text or not 0 <= start < end <= len(text):
        return ""
    left = max(text.rfind(c, 0, start) for c in (". ", "! ", "? ", "\n", "。"))
    left = 0 if left < 0 else left + (1 if text[left] in "\n。" else 2)
    rights = [i for i in (text.find(c, end) for c in (". ", "! ", "? ", "\n", "。")) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    quote = " ".join(text[left:right].split())
    if len(quote) > limit:  # a long paragraph: the span with some words around it
        quote = "…" + " ".join(text[max(left, start - limit // 3):min(right, end + limit // 3)].split()) + "…"
    return quote


def _fact_source_tip(fact: FactDTO) -> str:
    if fact.source == "suggested":
        return tr("Source sentence") + ": " + str((fact.data or {}).get("quote") or "")
    return {"import": tr("Read from the import file"), "html": tr("Read off the description"),
            "user": tr("Entered by hand; kept by re-imports")}.get(fact.source, fact.source)


def _edited(fact: FactDTO, **changes) -> FactDTO:
    return replace(fact, **changes, source="user", user_edited=True)


def _set_value(fact: FactDTO, value) -> FactDTO | bool:
    text = "" if value is None else str(value).strip()
    return False if not text or text == fact.value else _edited(fact, value=text)


def _set_type(fact: FactDTO, value) -> FactDTO | bool:
    text = "" if value is None else str(value).strip()
    return False if text not in FACT_TYPES or text == fact.type else _edited(fact, type=text)


def _set_unit(fact: FactDTO, value) -> FactDTO | bool:
    unit = ("" if value is None else str(value).strip()) or None
    return False if unit == fact.unit else _edited(fact, unit=unit)


class FactsModel(RowModel):
    """A product's facts: key/value/type/unit/source. Value, type and unit are editable in place;
    an edit is applied optimistically and announced with ``fact_edited(key, value, type, unit)`` to persist."""

    COLUMNS = (
        Column(N_("Key"), lambda f: f.key, fmt=fact_label, tip=lambda f: f.key),
        Column(N_("Value"), lambda f: f.value, fmt=bidi, tip=lambda f: f.value, set=_set_value),
        Column(N_("Type"), lambda f: f.type, set=_set_type),
        Column(N_("Unit"), lambda f: f.unit or "", fmt=bidi, set=_set_unit),
        Column(N_("Source"), _fact_source, tip=_fact_source_tip,
               roles={Qt.ItemDataRole.ForegroundRole: _edited_colour}),
    )

    fact_edited = Signal(str, str, str, object)  # key, value, type, unit (None for no unit)

    def __init__(self, parent=None, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self._texts: dict[str, str] = {}

    def set_facts(self, facts, *, description: str = "", title: str = "") -> None:
        """``description``/``title``: the product's text, so a fact read off it shows its sentence (Source tip)."""
        self._texts = {"description": description or "", "title": title or ""}
        self.set_rows(facts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == len(self.columns) - 1:
            f = self.fact(index.row())
            if f is not None and f.source == "html" and not f.user_edited:
                from ui import plain

                where = _read_from(f)
                quote = quoted_span(self._texts.get(where, ""), (f.data or {}).get("span"))
                why = ""
                if to_confirm(f):
                    doubt = DOUBT_TIPS.get(str((f.data or {}).get("doubt")))
                    why = "\n" + (tr(doubt) + ". " if doubt else "") + tr(
                        "The offline writer leaves it out until you confirm it (Confirm / Reject).")
                return plain.tip(tr(READ_OFF_TIP[where]) + (f": “{quote}”" if quote else "") + why)
        return super().data(index, role)

    def facts(self) -> list[FactDTO]:
        return self.rows()

    def fact(self, row: int) -> FactDTO | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not super().setData(index, value, role):
            return False
        new = self._rows[index.row()]
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1))
        self.fact_edited.emit(new.key, new.value, new.type, new.unit)
        return True


# --------------------------------------------------------------------------- variants


def _weight(v: VariantDTO) -> str:
    if v.grams is None:
        return ""
    g = Decimal(v.grams)
    return f"{g.normalize():f} g" if g < 1000 else f"{(g / 1000).normalize():f} kg"


def _market_prices(v: VariantDTO) -> str | None:
    return "\n".join(f"{k}: {val}" for k, val in v.market_prices.items()) if v.market_prices else None


class VariantsModel(RowModel):
    """A product's variants (read-only): SKU, options, price, compare-at, barcode, weight, inventory."""

    COLUMNS = (
        Column(N_("SKU"), lambda v: v.sku or "", fmt=bidi),
        Column(N_("Options"), lambda v: " / ".join(f"{k}: {val}" for k, val in v.options.items())
               or v.title or tr("Default"), fmt=bidi),
        Column(N_("Price"), lambda v: format_money(v.price, v.currency), fmt=bidi, align=RIGHT, tip=_market_prices),
        Column(N_("Compare at"), lambda v: format_money(v.compare_at_price, v.currency), fmt=bidi, align=RIGHT),
        Column(N_("Barcode"), lambda v: v.barcode or "", fmt=bidi),
        Column(N_("Weight"), _weight, fmt=bidi, align=RIGHT),
        Column(N_("Inventory"), lambda v: "" if v.inventory is None else str(v.inventory), fmt=bidi, align=RIGHT),
    )

    def set_variants(self, variants) -> None:
        self.set_rows(variants)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        return None if role == Qt.ItemDataRole.EditRole else super().data(index, role)  # read-only
