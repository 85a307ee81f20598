"""The import dialog asks for the encoding when the detector is unsure, and uses the one the seller picks."""

from __future__ import annotations

from ui.dialogs.import_dialog import ImportDialog


def _dialog(qtbot, ctx, path) -> ImportDialog:
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.download_images.setChecked(False)
    dlg.show()
    with qtbot.waitSignal(dlg.detected, timeout=10000):
        dlg.set_path(str(path))
    return dlg


def test_an_unsure_guess_is_asked_and_the_choice_is_used(qtbot, ctx, tmp_path):
    f = tmp_path / "tr.csv"
    f.write_bytes("Product;Price\nKahve fincanı;12\nŞeker;3\n".encode("cp1254"))
    dlg = _dialog(qtbot, ctx, f)
    assert dlg.detection.encoding_uncertain
    assert dlg.encoding_note.isVisible() and "The encoding is a guess" in dlg.encoding_note.text()
    assert "read as" in dlg.encoding_note.text()  # the evidence, so the seller can judge
    assert not dlg.dry_run_btn.isEnabled() and not dlg.import_btn.isEnabled()  # asked before anything runs

    idx = dlg.encoding_combo.findData("cp1254")
    assert idx > 0
    dlg.encoding_combo.setCurrentIndex(idx)
    with qtbot.waitSignal(dlg.detected, timeout=10000):
        dlg.encoding_combo.activated.emit(idx)
    assert dlg.detection.encoding == "cp1254" and dlg.options().encoding == "cp1254"
    assert dlg.dry_run_btn.isEnabled() and "chosen by you" in dlg.encoding_note.text()
    assert ["Şeker", "3"] in [list(r) for r in dlg.detection.sample_rows]

    with qtbot.waitSignal(dlg.planned, timeout=10000):
        dlg.dry_run()
    assert dlg.plan.create_count == 2


def test_a_sure_guess_is_not_asked(qtbot, ctx, tmp_path):
    f = tmp_path / "excel.csv"
    f.write_bytes("Product;Price\r\nFlowState™ Chair;£64.95\r\n".encode("cp1252"))
    dlg = _dialog(qtbot, ctx, f)
    assert dlg.detection.encoding == "cp1252" and not dlg.encoding_note.isVisible()
    assert dlg.dry_run_btn.isEnabled() and dlg.options().encoding is None
