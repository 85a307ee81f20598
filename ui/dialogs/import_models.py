"""Item models of the import dialog: the column mapping editor and the dry-run preview tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor

import ui.qtcompat  # noqa: F401 - before any model is used (PySide6 refcount defect)
from ui.i18n import N_, tr
from ui.models import Column, RowModel, text


def _cell(header: str, value) -> Column:
    """A read-only text cell whose full text is also its (plain) tooltip."""
    return Column(header, value, fmt=text, tip=lambda r: text(value(r)))


class PlanItemsModel(RowModel):
    """Products a dry run would create or update (``PlanItem``)."""

    COLUMNS = (
        _cell(N_("Handle"), lambda i: i.handle),
        _cell(N_("Title"), lambda i: i.title),
        _cell(N_("Line"), lambda i: i.line),
        _cell(N_("Variants"), lambda i: i.variants),
        _cell(N_("Images"), lambda i: i.images),
    )


class IssuesModel(RowModel):
    """Errors or warnings of an import (``ImportIssue``): where, what, and what to do."""

    COLUMNS = (
        _cell(N_("Line"), lambda i: i.line),
        _cell(N_("Column"), lambda i: i.column),
        _cell(N_("Product"), lambda i: i.handle),
        _cell(N_("Problem"), lambda i: i.message),
        _cell(N_("What to do"), lambda i: i.hint),
    )
    ROW_ROLES = {Qt.ItemDataRole.ForegroundRole:
                 lambda i: QColor(176, 0, 32) if i.severity == "error" else QColor(140, 100, 0)}


def _set_field(row: dict[str, Any], value) -> bool:
    text_ = "" if value is None else str(value).strip()
    if text_ == "ignore":
        text_ = ""
    if text_:
        from studio.services.importing import CatalogImportError, validate_field

        try:
            text_ = validate_field(text_)
        except CatalogImportError:
            return False
    if text_ == row["field"]:
        return False
    row["field"] = text_
    return True


class MappingModel(RowModel):
    """Generic CSV/XLSX: one row per source column — its name, a sample value, and the field it feeds."""

    COLUMNS = (
        Column(N_("Column in the file"), lambda r: r["column"]),
        Column(N_("Example"), lambda r: r["sample"]),
        Column(N_("Imports as"), lambda r: r["field"], fmt=lambda f: f or tr("(not imported)"), set=_set_field,
               roles={Qt.ItemDataRole.ForegroundRole: lambda r: None if r["field"] else QColor(140, 140, 140)}),
    )
    mapping_changed = Signal()

    def set_columns(self, headers: list[str], sample_rows: list[list[str]], mapping: dict[str, str]) -> None:
        rows = []
        for i, h in enumerate(headers):
            sample = next((r[i] for r in sample_rows if i < len(r) and str(r[i]).strip()), "")
            rows.append({"column": h, "sample": str(sample)[:80], "field": mapping.get(h, "")})
        self.set_rows(rows)
        self.mapping_changed.emit()

    def apply(self, mapping: dict[str, str]) -> int:
        """Apply a preset: columns it names get its field. Returns how many columns matched."""
        low = {k.lower(): v for k, v in mapping.items()}
        n = 0
        for r in self._rows:
            field = mapping.get(r["column"], low.get(r["column"].lower()))
            if field is not None:
                r["field"] = field
                n += 1
        if self._rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._rows) - 1, 2))
        self.mapping_changed.emit()
        return n

    def mapping(self) -> dict[str, str]:
        """Column → field for every column; unmapped columns are explicitly ignored."""
        return {r["column"]: (r["field"] or "ignore") for r in self._rows}

    def mapped(self) -> dict[str, str]:
        return {r["column"]: r["field"] for r in self._rows if r["field"] and r["field"] != "ignore"}

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        if role != Qt.ItemDataRole.EditRole or not super().setData(index, value, role):
            return False
        self.mapping_changed.emit()
        return True
