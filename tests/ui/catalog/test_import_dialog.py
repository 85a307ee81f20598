"""The import dialog: detection, mapping and presets, dry run, import into the live catalog, cancel, errors."""

from __future__ import annotations

import csv
import threading

from sqlalchemy import func, select

from studio.services import catalog as svc
from studio.storage import models as m
from ui.catalog.view import CatalogView
from ui.dialogs.import_dialog import ImportDialog

SHOPIFY = (
    "Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Grams,"
    "Variant Price,Image Src,Status\n"
    "linen-shirt,Linen Shirt,<p>Made of 100% linen.</p>,Nordlicht,Shirt,\"summer, linen\",TRUE,Size,S,LS-S,180,"
    "39.90,,active\n"
    "linen-shirt,,,,,,,,M,LS-M,190,39.90,,\n"
    "desk-lamp,Desk Lamp,<p>Dimensions 20 x 15 x 40 cm</p>,Lumen Labs,Lamp,,TRUE,Title,Default Title,DL-1,900,"
    "59.00,,active\n"
    "bad-one,Bad Price,,Acme,Thing,,TRUE,Title,Default Title,BAD-1,100,abc,,active\n"
)


def _dialog(qtbot, ctx, path=None) -> ImportDialog:
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.download_images.setChecked(False)
    dlg.show()
    if path is not None:
        with qtbot.waitSignal(dlg.detected, timeout=10000):
            dlg.set_path(str(path))
    return dlg


def _count(db) -> int:
    return svc.count_products(db)


def test_shopify_dry_run_then_import_shows_products_in_the_table(qtbot, qtmodeltester, ctx, tmp_path):
    f = tmp_path / "shop.csv"
    f.write_text(SHOPIFY, encoding="utf-8-sig")
    view = CatalogView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.table_stack.currentWidget() is view.empty, timeout=5000)

    dlg = _dialog(qtbot, ctx, f)
    text = dlg.detect_label.text()
    assert "Shopify product CSV" in text and "utf-8-sig (BOM)" in text and "comma" in text and "14 columns" in text
    assert dlg.mapping_box.isHidden()  # Shopify columns need no mapping

    with qtbot.waitSignal(dlg.planned, timeout=10000):
        dlg.dry_run()
    assert _count(ctx.db) == 0  # a dry run writes nothing
    assert [i.handle for i in dlg.creates_model.rows()] == ["linen-shirt", "desk-lamp"]
    assert dlg.creates_model.rows()[0].variants == 2
    errors = dlg.errors_model.rows()
    assert len(errors) == 1 and errors[0].line == 5 and "Variant Price" in errors[0].column
    assert "1 error in 1 product" in dlg.summary_label.text()
    assert dlg.valid_only.isEnabled() and dlg.tabs.currentWidget() is dlg.page("errors")
    for model in (dlg.creates_model, dlg.updates_model, dlg.errors_model, dlg.warnings_model):
        qtmodeltester.check(model, force_py=True)

    # invalid rows abort the whole import unless the user chooses the valid rows only
    with qtbot.waitSignal(dlg.failed, timeout=10000) as failed:
        dlg.run_import()
    assert "nothing was imported" in failed.args[0] and _count(ctx.db) == 0

    dlg.valid_only.setChecked(True)
    with qtbot.waitSignal(dlg.imported, timeout=10000) as imported:
        dlg.run_import()
    assert imported.args[0].created == 2
    assert "2 new and 0 updated products" in dlg.status_label.text() and "1 product with errors was skipped" in dlg.status_label.text()
    assert not dlg.import_btn.isEnabled()
    # the catalog behind the dialog refreshed from the broadcast change summary
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    assert view.table_stack.currentWidget() is view.table
    qtbot.waitUntil(lambda: view.model.summary(0) is not None, timeout=5000)
    assert [view.model.data(view.model.index(r, 1)) for r in range(2)] == ["Desk Lamp", "Linen Shirt"]
    with ctx.db.engine.connect() as conn:
        run = conn.execute(select(m.ImportRun.__table__).where(m.ImportRun.status == "committed")).one()
    assert run.import_valid_rows_only is True and run.created == 2
    view.shutdown()


def test_error_report_export(qtbot, ctx, tmp_path):
    f = tmp_path / "shop.csv"
    f.write_text(SHOPIFY.replace("Bad Price", "=HYPERLINK(1)"), encoding="utf-8")
    dlg = _dialog(qtbot, ctx, f)
    with qtbot.waitSignal(dlg.planned, timeout=10000):
        dlg.dry_run()
    assert dlg.export_btn.isEnabled()
    out = tmp_path / "errors.csv"
    assert dlg.export_errors(out) >= 1
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    err = [r for r in rows if r["severity"] == "error"]
    assert err and err[0]["line"] == "5" and "Variant Price" in err[0]["column"] and err[0]["what to do"]
    assert all(not v.startswith("=") for r in rows for v in r.values() if v)  # never a live formula
    assert "saved" in dlg.status_label.text()


def test_generic_csv_mapping_presets_and_import(qtbot, qtmodeltester, ctx, tmp_path):
    f = tmp_path / "artikel.csv"
    lines = ["Artikelnummer;Bezeichnung;Preis;Stoff", "A-1;Schürze grün;12,50;Baumwolle"]
    lines += [f"A-{i};Topflappen Größe {i} für die Küche;4,90;Leinen" for i in range(2, 21)]
    f.write_bytes(("\n".join(lines) + "\n").encode("cp1252"))  # Excel on Windows writes cp1252
    dlg = _dialog(qtbot, ctx, f)
    det_text = dlg.detect_label.text()
    assert "CSV spreadsheet" in det_text and "cp1252" in det_text and "semicolon" in det_text
    assert dlg.mapping_box.isVisibleTo(dlg)
    mm = dlg.mapping_model
    qtmodeltester.check(mm, force_py=True)
    cols = [mm.data(mm.index(r, 0)) for r in range(mm.rowCount())]
    assert cols == ["Artikelnummer", "Bezeichnung", "Preis", "Stoff"]
    assert mm.data(mm.index(1, 1)) == "Schürze grün"  # an example value from the file
    wanted = {"Artikelnummer": "sku", "Bezeichnung": "title", "Preis": "price", "Stoff": "fact:material"}
    for r, col in enumerate(cols):
        mm.setData(mm.index(r, 2), wanted[col])
    assert not mm.setData(mm.index(0, 2), "no-such-field")  # refused, stays as it was
    assert mm.mapped() == wanted

    assert dlg.save_preset("Shop DE")
    mm.set_columns(cols, [], {})
    assert mm.mapped() == {}
    assert dlg.apply_preset("Shop DE") == 4 and mm.mapped() == wanted
    assert dlg.preset_combo.findData("Shop DE") > 0

    with qtbot.waitSignal(dlg.planned, timeout=10000):
        dlg.dry_run()
    assert dlg.plan.create_count == 20 and dlg.plan.error_count == 0
    with qtbot.waitSignal(dlg.imported, timeout=10000):
        dlg.run_import()
    p = svc.get_product_by_ref(ctx.db, "A-1")
    assert p.title == "Schürze grün" and p.fact("material").value.lower() == "baumwolle"
    assert str(p.variants[0].price) in ("12.5", "12.50", "12.5000")


def test_the_mapping_table_shows_six_rows_on_a_768_px_screen(qtbot, ctx, tmp_path):
    """A generic CSV opens on the Column mapping tab, the first tab beside Creates/Updates/Errors/Warnings/Report
    (it shared a splitter with the preview and showed 1.6 rows of a 12-column file); at the size the dialog takes on
    a 1366×768 screen it shows at least six mapping rows, and the report wraps instead of scrolling sideways."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QPlainTextEdit

    from ui.dialogs.import_dialog import PAGES, fit_size

    cols = ["id", "title", "price", "currency", "stock", "material", "colour", "size", "weight", "brand", "ean",
            "image"]
    f = tmp_path / "feed.csv"
    f.write_text(";".join(cols) + "\n" + "".join(f"A-{i};Item {i};4.90;EUR;3;cotton;red;M;100 g;Acme;400{i:09d};"
                                                  f"a{i}.jpg\n" for i in range(30)), encoding="utf-8")
    dlg = _dialog(qtbot, ctx, f)
    assert [dlg.tabs.indexOf(dlg.page(p)) for p in PAGES] == list(range(6))
    assert dlg.tabs.currentWidget() is dlg.mapping_box and dlg.mapping_box.isVisibleTo(dlg)
    assert dlg.tabs.tabText(0) == "Column mapping" and dlg.tabs.isTabVisible(0)
    assert dlg.summary_label.isHidden()  # no empty line above the tabs before a dry run
    size = fit_size(QSize(1366, 768))
    assert size.height() + 32 <= 768 and dlg.minimumSizeHint().height() + 32 <= 768
    dlg.resize(size)
    qtbot.waitUntil(lambda: dlg.mapping_view.viewport().height() > 0)
    view = dlg.mapping_view
    assert dlg.mapping_model.rowCount() == 12
    rows_in_view = view.viewport().height() / view.rowHeight(0)
    assert rows_in_view >= 6, rows_in_view
    assert dlg.report_view.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    with qtbot.waitSignal(dlg.planned, timeout=10000):
        dlg.dry_run()
    assert dlg.tabs.currentWidget() is dlg.page("creates") and dlg.tabs.tabText(1) == "Creates (30)"
    assert dlg.summary_label.isVisibleTo(dlg) and "Would create 30 products" in dlg.summary_label.text()


def test_a_shopify_file_has_no_mapping_tab(qtbot, ctx, tmp_path):
    f = tmp_path / "shop.csv"
    f.write_text(SHOPIFY, encoding="utf-8")
    dlg = _dialog(qtbot, ctx, f)
    assert not dlg.tabs.isTabVisible(dlg.tab("mapping")) and dlg.tabs.currentWidget() is dlg.page("creates")


def test_return_in_the_path_field_reads_the_file_and_presses_no_button(qtbot, ctx, tmp_path, monkeypatch):
    """Return in the File field read the file and then opened the file picker ("Choose file…" was the dialog's
    auto-default button); now it only reads the file. Return in a mapping cell presses no button either."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from ui.widgets import files

    asked: list[str] = []
    monkeypatch.setattr(files, "open_file", lambda *a, **k: asked.append("picker") or "")
    f = tmp_path / "feed.csv"
    f.write_text("id;title;price\nA-1;Item;4.90\n", encoding="utf-8")
    dlg = _dialog(qtbot, ctx)
    dlg.activateWindow()
    dlg.path_edit.setFocus()
    dlg.path_edit.setText(str(f))
    with qtbot.waitSignal(dlg.detected, timeout=10000):
        qtbot.keyClick(dlg.path_edit, Qt.Key.Key_Return)
    assert asked == [] and dlg.isVisible()
    assert not [b.text() for b in dlg.findChildren(QPushButton) if b.autoDefault() or b.isDefault()]
    planned: list[object] = []
    dlg.planned.connect(planned.append)
    dlg.mapping_view.setFocus()
    qtbot.keyClick(dlg.mapping_view, Qt.Key.Key_Return)
    assert asked == [] and not planned and dlg.isVisible()


def test_cancel_rolls_the_import_back(qtbot, ctx, tmp_path):
    f = tmp_path / "shop.csv"
    f.write_text(SHOPIFY, encoding="utf-8")
    dlg = _dialog(qtbot, ctx, f)
    dlg.valid_only.setChecked(True)
    gate, started = threading.Event(), threading.Event()

    def hold_writer(progress, cancel):  # another write in progress: the import waits its turn
        started.set()
        gate.wait(10)

    ctx.tasks.submit(hold_writer, name="other write", writes=True)
    assert started.wait(5)
    dlg.run_import()
    assert dlg.cancel_btn.isEnabled() and not dlg.import_btn.isEnabled()
    dlg.cancel_btn.click()
    gate.set()
    qtbot.waitUntil(lambda: "Cancelled" in dlg.status_label.text(), timeout=10000)
    assert "nothing was written" in dlg.status_label.text()
    assert _count(ctx.db) == 0 and dlg.result is None
    assert dlg.import_btn.isEnabled() and not dlg.cancel_btn.isEnabled()
    with ctx.db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.Product.__table__)).scalar_one() == 0


def test_cancel_while_writing_says_the_written_batches_stay(qtbot, ctx, tmp_path, monkeypatch):
    """The service checks the whole file, then writes in short transactions: a cancel while it writes keeps
    the batches already committed, and the dialog says so (and how to finish)."""
    import dataclasses

    from studio.importers import pipeline
    from tests.integration.catalog.catalog_files import simple_products, write_shopify

    f = write_shopify(tmp_path / "shop.csv", simple_products(10))
    dlg = _dialog(qtbot, ctx, f)
    real_options = dlg.options
    monkeypatch.setattr(dlg, "options", lambda **kw: dataclasses.replace(real_options(**kw), batch_size=2))
    original = pipeline._Writer.flush

    def flush_then_cancel(self):
        out = original(self)
        if self.flushes == 2:
            dlg._task.cancel.cancel()
        return out

    monkeypatch.setattr(pipeline._Writer, "flush", flush_then_cancel)
    dlg.run_import()
    qtbot.waitUntil(lambda: "Cancelled" in dlg.status_label.text(), timeout=20000)
    assert "already written stay" in dlg.status_label.text()
    assert 0 < _count(ctx.db) < 10 and dlg.result is None


def test_unreadable_file_is_explained(qtbot, ctx, tmp_path):
    dlg = _dialog(qtbot, ctx)
    with qtbot.waitSignal(dlg.failed, timeout=10000) as failed:
        dlg.set_path(str(tmp_path / "missing.csv"))
    assert "no such file" in failed.args[0] and "missing.csv" in dlg.detect_label.text()
    assert not dlg.dry_run_btn.isEnabled() and not dlg.import_btn.isEnabled()
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with qtbot.waitSignal(dlg.failed, timeout=10000) as failed:
        dlg.set_path(str(empty))
    assert "empty" in failed.args[0]


def test_dropping_a_file_on_the_window_opens_the_import(qtbot, ctx, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from ui.app import MainWindow

    f = tmp_path / "shop.csv"
    f.write_text(SHOPIFY, encoding="utf-8")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    assert w._dropped_file(other) is None  # not a catalog file: the drop is refused
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    w.dropEvent(event)
    dlg = w._import_dialog
    qtbot.waitUntil(lambda: dlg.detection is not None, timeout=10000)
    assert dlg.path_edit.text() == str(f) and dlg.detection.format == "shopify"
    # Ctrl+I while it is open brings the same dialog forward instead of a second one
    w.import_action.trigger()
    assert w._import_dialog is dlg
    dlg.close()
    w.close()
