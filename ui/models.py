"""One table model for rows of objects: columns are declared, not hand-written per model.

::

    COLUMNS = (
        Column(N_("Handle"), lambda r: r.handle, tip=lambda r: r.title),
        Column(N_("Variants"), lambda r: r.variants, align=RIGHT),
    )
    model = RowModel(parent, columns=COLUMNS)  # or a subclass with COLUMNS = (...) as a class attribute
    model.set_rows(items)

A ``Column`` holds its header (marked with ``N_`` and translated with ``tr`` when shown), the getter of its value
(``DisplayRole`` and ``EditRole``), and optionally: a display format, a tooltip (always shown as plain text), a
text alignment, more roles, a sort key, a setter (the column becomes editable) and a check box. Roles every
column answers the same way (an id under ``UserRole``, a row colour) are ``row_roles`` of the model.
Views with special needs (drag and drop, signals on edit) subclass ``RowModel`` and keep only that.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

import ui.qtcompat  # noqa: F401 - before any model is used (PySide6 refcount defect)
from ui import plain
from ui.i18n import N_, tr

_Index = QModelIndex | QPersistentModelIndex
_R = Qt.ItemDataRole

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    """One column of a ``RowModel``.

    - ``header``: the English header, marked ``N_("…")``; translated when Qt asks for it.
    - ``value(row)``: the cell's value (display and edit); with ``by_index=True`` it gets the row number instead.
    - ``fmt(value)``: what is displayed (default: the value itself; ``text`` shows ``None`` as "" and the rest as str).
    - ``tip(row)``: tooltip, always plain text; ``align``: text alignment; ``roles``: {role: getter(row)}.
    - ``sort_key``: what ``sort`` orders by — a callable of the row (default: the value), or, for a model that
      sorts in the database (the catalog table), the service's order key.
    - ``set(row, value)``: makes the column editable; it returns False to refuse the value, True when it
      changed the row in place, or a new row object (frozen dataclasses) that replaces it.
    - ``header_tip``: the header's tooltip (marked ``N_``).
    - ``check(row) -> bool`` / ``set_check(row, bool)``: a check box in this column.
    """

    header: str
    value: Callable[[Any], Any] = lambda _row: None
    fmt: Callable[[Any], Any] | None = None
    tip: Callable[[Any], str | None] | None = None
    align: Qt.AlignmentFlag | None = None
    roles: Mapping[int, Callable[[Any], Any]] = field(default_factory=dict)
    sort_key: Callable[[Any], Any] | str | None = None
    set: Callable[[Any, Any], Any] | None = None
    check: Callable[[Any], bool] | None = None
    set_check: Callable[[Any, bool], None] | None = None
    by_index: bool = False
    header_tip: str | None = None

    def cell(self, row: Any, i: int, role: int) -> Any:
        """This column's answer for ``row`` (row number ``i``) and ``role``, or None."""
        if role == _R.DisplayRole:
            value = self.value(i) if self.by_index else self.value(row)
            return self.fmt(value) if self.fmt is not None else value
        if role == _R.EditRole:
            return self.value(i) if self.by_index else self.value(row)
        if role == _R.ToolTipRole and self.tip is not None:
            return plain.tip(self.tip(row))
        if role == _R.TextAlignmentRole and self.align is not None:
            return int(self.align)
        if role == _R.CheckStateRole and self.check is not None:
            return Qt.CheckState.Checked if self.check(row) else Qt.CheckState.Unchecked
        getter = self.roles.get(role)
        return getter(row) if getter is not None else None


def header_data(columns: Sequence[Column], section: int, orientation, role: int) -> Any:
    """A horizontal header from column declarations: the translated header and its tooltip."""
    if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(columns)):
        return None
    col = columns[section]
    if role == _R.DisplayRole:
        return tr(col.header) if col.header else ""
    if role == _R.ToolTipRole and col.header_tip:
        return tr(col.header_tip)
    return None


def text(value: Any) -> str:
    """Display format: ``None`` as an empty cell, anything else as its ``str``."""
    return "" if value is None else str(value)


class RowModel(QAbstractTableModel):
    """A flat table of rows (any objects) with declared columns."""

    COLUMNS: Sequence[Column] = ()
    ROW_ROLES: Mapping[int, Callable[[Any], Any]] = {}

    def __init__(self, parent=None, *, columns: Sequence[Column] | None = None, rows: Iterable[Any] = (),
                 row_roles: Mapping[int, Callable[[Any], Any]] | None = None) -> None:
        super().__init__(parent)
        self.columns: tuple[Column, ...] = tuple(self.COLUMNS if columns is None else columns)
        self.row_roles: dict[int, Callable[[Any], Any]] = dict(self.ROW_ROLES if row_roles is None else row_roles)
        self._rows: list[Any] = list(rows)

    # ------------------------------------------------------------------ rows
    def set_rows(self, rows: Iterable[Any] | None) -> None:
        self.beginResetModel()
        self._rows = list(rows or ())
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, i: int) -> Any:
        return self._rows[i]

    def find(self, match: Callable[[Any], bool]) -> int:
        """The first row number whose row ``match``es, or -1."""
        return next((i for i, r in enumerate(self._rows) if match(r)), -1)

    def refresh_rows(self, first: int = 0, last: int | None = None) -> None:
        """Tell the views rows ``first``..``last`` changed in place."""
        last = len(self._rows) - 1 if last is None else last
        if self._rows and self.columns and first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    # ------------------------------------------------------------------ Qt model API
    def index(self, row: int, column: int = 0, parent: _Index = QModelIndex()) -> QModelIndex:
        """``index(row)`` is column 0, as in a list model (the pickers are lists)."""
        return super().index(row, column, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role: int = _R.DisplayRole):  # noqa: N802 - Qt API
        return header_data(self.columns, section, orientation, role)

    def data(self, index: _Index, role: int = _R.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(self.columns)):
            return None
        r = self._rows[index.row()]
        value = self.columns[index.column()].cell(r, index.row(), role)
        if value is None and role in self.row_roles:
            return self.row_roles[role](r)
        return value

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if 0 <= index.column() < len(self.columns):
            col = self.columns[index.column()]
            if col.set is not None:
                f |= Qt.ItemFlag.ItemIsEditable
            if col.set_check is not None:
                f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    def setData(self, index: _Index, value, role: int = _R.EditRole) -> bool:  # noqa: N802 - Qt API
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(self.columns)):
            return False
        col = self.columns[index.column()]
        r = self._rows[index.row()]
        if role == _R.EditRole and col.set is not None:
            result = col.set(r, value)
            if result is False or result is None:
                return False
            if result is not True:  # a new row object replaces the old one
                self._rows[index.row()] = result
            self.dataChanged.emit(index, index, [_R.DisplayRole, _R.EditRole])
            return True
        if role == _R.CheckStateRole and col.set_check is not None:
            state = Qt.CheckState(value) if isinstance(value, int) else value
            col.set_check(r, state == Qt.CheckState.Checked)
            self.dataChanged.emit(index, index, [_R.CheckStateRole])
            return True
        return False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)):
            return
        col = self.columns[column]
        key = col.sort_key or (col.value if not col.by_index else None)
        if key is None or isinstance(key, str):
            return
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=lambda r: _sortable(key(r)), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class ProductListModel(RowModel):
    """Products (``ProductSummary``: id, title, handle…) for a picker; the id under ``IdRole``."""

    IdRole = Qt.ItemDataRole.UserRole
    COLUMNS = (Column(N_("Product"), lambda r: r.title or r.handle,
                      tip=lambda r: " · ".join(x for x in (r.handle, getattr(r, "vendor", ""),
                                                           getattr(r, "product_type", "")) if x)),)
    ROW_ROLES = {IdRole: lambda r: r.id}

    def __init__(self, *args: Any, thumbnails: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._thumbs = None
        if thumbnails:
            from ui.catalog import thumbnails as thumbs

            self._thumbs = thumbs.shared()
            self._thumbs.ready.connect(self._on_thumbnail)

    def data(self, index: _Index, role: int = _R.DisplayRole):
        if role == _R.DecorationRole and self._thumbs is not None and index.isValid() and index.column() == 0:
            row = self._rows[index.row()] if 0 <= index.row() < len(self._rows) else None
            # the product's picture, loaded off the GUI thread and cached; a placeholder until it arrives
            return self._thumbs.pixmap(getattr(row, "thumbnail", None)) if row is not None else None
        return super().data(index, role)

    def _on_thumbnail(self, path: str) -> None:
        for i, r in enumerate(self._rows):
            if getattr(r, "thumbnail", None) == path:
                ix = self.index(i, 0)
                self.dataChanged.emit(ix, ix, [_R.DecorationRole])

    def product_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, product_id: int) -> int:
        return self.find(lambda r: r.id == product_id)


def tuple_columns(*headers: str) -> tuple[Column, ...]:
    """Columns over tuple rows: column i shows item i as text, with the same text as its (plain) tooltip."""
    return tuple(Column(h, itemgetter(i), fmt=text, tip=_item_text(i)) for i, h in enumerate(headers))


def _item_text(i: int) -> Callable[[Any], str]:
    """Item ``i`` of a tuple row as plain text."""
    def tip(row: Any) -> str:
        return text(row[i])
    return tip


def _sortable(value: Any) -> tuple:
    """None sorts first; numbers before text; text without case."""
    if value is None:
        return (0, 0)
    if isinstance(value, bool | int | float):
        return (1, value)
    return (2, str(value).casefold())
