"""Item models of the import dialog: the column mapping editor and the dry-run preview tables."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

import ui.qtcompat  # noqa: F401 - before any model is used (PySide6 refcount defect)
from ui import plain
from ui.i18n import tr

_Index = QModelIndex | QPersistentModelIndex


def N_(text: str) -> str:  # noqa: N802 - marks a string for extraction; translated where shown
    return text


class _ReadOnlyTable(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows or ())
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

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

    def cell(self, row, column: int):  # pragma: no cover - overridden
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.cell(self._rows[index.row()], index.column())
            text = "" if value is None else str(value)
            return plain.tip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        return None


class PlanItemsModel(_ReadOnlyTable):
    """Products a dry run would create or update (``PlanItem``)."""

    HEADERS = (N_("Handle"), N_("Title"), N_("Line"), N_("Variants"), N_("Images"))

    def cell(self, item, column: int):
        return (item.handle, item.title, item.line, item.variants, item.images)[column]


class IssuesModel(_ReadOnlyTable):
    """Errors or warnings of an import (``ImportIssue``): where, what, and what to do."""

    HEADERS = (N_("Line"), N_("Column"), N_("Product"), N_("Problem"), N_("What to do"))

    def cell(self, issue, column: int):
        return (issue.line, issue.column, issue.handle, issue.message, issue.hint)[column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < len(self._rows):
            return QColor(176, 0, 32) if self._rows[index.row()].severity == "error" else QColor(140, 100, 0)
        return super().data(index, role)


class MappingModel(QAbstractTableModel):
    """Generic CSV/XLSX: one row per source column — its name, a sample value, and the field it feeds."""

    HEADERS = (N_("Column in the file"), N_("Example"), N_("Imports as"))
    mapping_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns: list[str] = []
        self._samples: list[str] = []
        self._fields: list[str] = []

    def set_columns(self, headers: list[str], sample_rows: list[list[str]], mapping: dict[str, str]) -> None:
        self.beginResetModel()
        self._columns = list(headers)
        self._samples = []
        for i in range(len(headers)):
            sample = next((r[i] for r in sample_rows if i < len(r) and str(r[i]).strip()), "")
            self._samples.append(str(sample)[:80])
        self._fields = [mapping.get(h, "") for h in headers]
        self.endResetModel()
        self.mapping_changed.emit()

    def apply(self, mapping: dict[str, str]) -> int:
        """Apply a preset: columns it names get its field. Returns how many columns matched."""
        low = {k.lower(): v for k, v in mapping.items()}
        n = 0
        for i, col in enumerate(self._columns):
            field = mapping.get(col, low.get(col.lower()))
            if field is not None:
                self._fields[i] = field
                n += 1
        if self._columns:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._columns) - 1, 2))
        self.mapping_changed.emit()
        return n

    def mapping(self) -> dict[str, str]:
        """Column → field for every column; unmapped columns are explicitly ignored."""
        return {c: (f or "ignore") for c, f in zip(self._columns, self._fields, strict=True)}

    def mapped(self) -> dict[str, str]:
        return {c: f for c, f in zip(self._columns, self._fields, strict=True) if f and f != "ignore"}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return tr(self.HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return f | Qt.ItemFlag.ItemIsEditable if index.column() == 2 else f

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._columns)):
            return None
        r, c = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if c == 0:
                return self._columns[r]
            if c == 1:
                return self._samples[r]
            field = self._fields[r]
            if role == Qt.ItemDataRole.DisplayRole and not field:
                return tr("(not imported)")
            return field
        if role == Qt.ItemDataRole.ForegroundRole and c == 2 and not self._fields[r]:
            return QColor(140, 140, 140)
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != 2:
            return False
        if not (0 <= index.row() < len(self._columns)):
            return False
        text = "" if value is None else str(value).strip()
        if text == "ignore":
            text = ""
        if text:
            from studio.services.importing import CatalogImportError, validate_field

            try:
                text = validate_field(text)
            except CatalogImportError:
                return False
        if text == self._fields[index.row()]:
            return False
        self._fields[index.row()] = text
        self.dataChanged.emit(index, index)
        self.mapping_changed.emit()
        return True
