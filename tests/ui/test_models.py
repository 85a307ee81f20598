"""The generic row model (ui.models): declared columns answer display/edit/tooltip/alignment/extra roles,
headers are translated, sorting follows the sort key, setters and check boxes edit rows; qtmodeltester."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from localization import ui_strings
from ui.i18n import N_
from ui.models import RIGHT, Column, RowModel, tuple_columns

R = Qt.ItemDataRole


@dataclass(frozen=True)
class Item:
    name: str
    qty: int
    note: str = ""


def _set_qty(item: Item, value):
    try:
        n = int(value)
    except (TypeError, ValueError):
        return False
    return False if n < 0 else replace(item, qty=n)


def _model(checked: set | None = None) -> RowModel:
    ticked = set() if checked is None else checked
    cols = (
        Column(N_("Name"), lambda i: i.name, tip=lambda i: i.note or None,
               check=lambda i: i.name in ticked,
               set_check=lambda i, on: ticked.add(i.name) if on else ticked.discard(i.name)),
        Column(N_("Quantity"), lambda i: i.qty, fmt=lambda n: f"{n} pcs", align=RIGHT, set=_set_qty,
               roles={R.ForegroundRole: lambda i: QColor("red") if i.qty == 0 else None}),
        Column("#", lambda n: n + 1, by_index=True),
    )
    return RowModel(columns=cols, rows=[Item("b", 2, "<b>bold?</b>"), Item("a", 0), Item("C", 10)],
                    row_roles={R.UserRole: lambda i: i.name})


def test_roles_come_from_the_column_declarations(qtmodeltester):
    m = _model()
    qtmodeltester.check(m)
    assert m.rowCount() == 3 and m.columnCount() == 3
    assert m.index(0, 1).data() == "2 pcs" and m.index(0, 1).data(R.EditRole) == 2
    assert m.index(1, 1).data(R.TextAlignmentRole) == int(RIGHT)
    assert m.index(1, 1).data(R.ForegroundRole) == QColor("red") and m.index(0, 1).data(R.ForegroundRole) is None
    assert m.index(2, 2).data() == 3  # by_index: the row number
    assert m.index(2, 0).data(R.UserRole) == "C" and m.index(2, 1).data(R.UserRole) == "C"  # a row-wide role
    # tooltips are plain text: markup from a catalog file is escaped, never rendered
    assert "&lt;b&gt;" in m.index(0, 0).data(R.ToolTipRole) and m.index(1, 0).data(R.ToolTipRole) is None


def test_headers_are_translated_when_shown():
    m = _model()
    before = ui_strings.current_language()
    try:
        ui_strings.set_language("es")
        assert m.headerData(0, Qt.Orientation.Horizontal) == ui_strings.gettext("Name") != "Name"
    finally:
        ui_strings.set_language(before)
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert m.headerData(0, Qt.Orientation.Vertical) is None


def test_sort_follows_the_value_and_text_without_case():
    m = _model()
    m.sort(1, Qt.SortOrder.DescendingOrder)
    assert [r.name for r in m.rows()] == ["C", "b", "a"]
    m.sort(0)
    assert [r.name for r in m.rows()] == ["a", "b", "C"]
    m.sort(2)  # a row-number column has nothing to sort by: unchanged
    assert [r.name for r in m.rows()] == ["a", "b", "C"]


def test_setter_edits_replaces_frozen_rows_and_refuses_bad_values(qtbot):
    m = _model()
    assert m.flags(m.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not m.flags(m.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(m.dataChanged):
        assert m.setData(m.index(0, 1), "7")
    assert m.row(0) == Item("b", 7, "<b>bold?</b>")
    assert not m.setData(m.index(0, 1), "-1") and not m.setData(m.index(0, 1), "x")
    assert not m.setData(m.index(0, 2), 5)  # not editable


def test_check_boxes(qtmodeltester):
    ticked = {"a"}
    m = _model(ticked)
    assert m.index(1, 0).data(R.CheckStateRole) == Qt.CheckState.Checked
    assert m.flags(m.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert m.setData(m.index(0, 0), Qt.CheckState.Checked.value, R.CheckStateRole)
    assert ticked == {"a", "b"}
    qtmodeltester.check(m)


def test_tuple_columns_show_text_and_set_rows_resets(qtmodeltester):
    m = RowModel(columns=tuple_columns(N_("Fact"), N_("Value")))
    m.set_rows([("weight", None), ("colour", "red")])
    qtmodeltester.check(m)
    assert m.index(0, 1).data() == "" and m.index(1, 1).data(R.ToolTipRole) == "red"
    assert m.find(lambda r: r[0] == "colour") == 1 and m.find(lambda r: False) == -1
