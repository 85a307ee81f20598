"""The import dialog's Report tab and its 'SKU used twice' choice (issue 14)."""

from __future__ import annotations

from ui.dialogs.import_dialog import ImportDialog

SHARED = (
    "Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price\n"
    "tee,Tee,Title,Default Title,X1,10\n"
    "tank,Tank,Title,Default Title,X1,11\n"
)


def _dialog(qtbot, ctx, path) -> ImportDialog:
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.download_images.setChecked(False)
    dlg.show()
    with qtbot.waitSignal(dlg.detected, timeout=10000):
        dlg.set_path(str(path))
    return dlg


def test_report_tab_after_dry_run_and_import_and_the_sku_choice(qtbot, ctx, tmp_path):
    f = tmp_path / "shared.csv"
    f.write_text(SHARED, encoding="utf-8")
    dlg = _dialog(qtbot, ctx, f)
    assert [dlg.dedupe_combo.itemData(i) for i in range(dlg.dedupe_combo.count())] == ["flag", "suffix", "error"]
    with qtbot.waitSignal(dlg.planned, timeout=10000):
        dlg.dry_run()
    text = dlg.report_view.toPlainText()
    assert "Dry run (nothing written): 2 created" in text and "(duplicate-sku): 1" in text and "[tank]" in text
    dlg.dedupe_combo.setCurrentIndex(1)  # suffix
    assert dlg.options().dedupe_skus == "suffix"
    with qtbot.waitSignal(dlg.imported, timeout=10000) as imported:
        dlg.run_import()
    assert imported.args[0].created == 2
    text = dlg.report_view.toPlainText()
    assert text.startswith("File: ") and "encoding utf-8" in text and "imported as 'X1-2'" in text
