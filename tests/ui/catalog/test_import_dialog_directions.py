"""The import dialog gives the importers' advice in the app's words (issue 14, class 7: messages): no warning,
error or report line names a command-line flag; the hints name the dialog's own controls. ``studio import`` keeps
its flags."""

from __future__ import annotations

import ast
import csv
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from studio.services import importing
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.import_directions import HINTS, image_retry_hint, in_app_words

SHEET = ("Artikelnummer;Bezeichnung;Preis;Bild;Notiz\n"
         "KB-1;Becher;$ 5.99;bilder/fehlt.jpg;intern\n"
         "KB-1;Teller;7,50;;x\n")
FLAG = re.compile(r"--[a-z]")


def _dialog(qtbot, ctx, path) -> ImportDialog:
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.download_images.setChecked(False)
    dlg.show()
    with qtbot.waitSignal(dlg.detected, timeout=10000):
        dlg.set_path(str(path))
    return dlg


def test_a_dry_run_names_the_dialogs_controls_not_cli_flags(qtbot, ctx, tmp_path):
    f = tmp_path / "artikel.csv"
    f.write_text(SHEET, encoding="utf-8")
    dlg = _dialog(qtbot, ctx, f)
    dlg.dedupe_combo.setCurrentIndex(dlg.dedupe_combo.findData("flag"))
    with qtbot.waitSignal(dlg.planned, timeout=10000):
        dlg.dry_run()
    issues = dlg.issues()
    assert len(issues) >= 4
    for i in issues:
        assert not FLAG.search(i.message) and not FLAG.search(i.hint), i
    hints = " ".join(i.hint for i in issues)
    for control in ("“Column mapping” tab", "“Store currency”", "“SKU used twice”", "“Images folder”",
                    "“Give the later product SKU-2, SKU-3…”"):
        assert control in hints, control
    assert not FLAG.search(dlg.report_view.toPlainText())
    out = tmp_path / "errors.csv"
    assert dlg.export_errors(out) == len(issues)
    with out.open(encoding="utf-8-sig") as fh:
        assert not FLAG.search(" ".join(" ".join(r) for r in csv.reader(fh)))
    # the same file through the service (what studio import prints): the flags are still there
    plan = importing.plan_import(ctx.db, f)
    cli = " ".join(i.hint for i in plan.warnings + plan.errors)
    for flag in ('--map "COLUMN=FIELD"', "--currency", "--dedupe-skus suffix", "--images"):
        assert flag in cli, flag


def test_an_image_download_failure_names_the_catalogs_button(qtbot, ctx, tmp_path):
    f = tmp_path / "artikel.csv"
    f.write_text(SHEET, encoding="utf-8")
    dlg = _dialog(qtbot, ctx, f)
    dlg.result = SimpleNamespace(product_ids=[7])  # the dialog lists its own import's failures (s21)
    failure = SimpleNamespace(line=lambda: "image of becher: HTTP 404 Not Found", handle="becher", product_id=7)
    result = SimpleNamespace(downloaded=0, reused=0, failed=1, left=0, cancelled=False, failures=[failure])
    dlg._on_images_done(result)
    hint = dlg.warnings_model.rows()[-1].hint
    assert hint == image_retry_hint() and "“Download images” in the Catalog section" in hint
    assert not FLAG.search(hint) and "studio images" not in hint


def _cli_directions() -> list[str]:
    """Every string literal of the catalog importers that names a flag (docstrings and comments aside)."""
    found: list[str] = []
    for path in sorted(Path("studio/importers").glob("*.py")):
        if path.name == "orders.py":  # orders are imported elsewhere (Insights), not in this dialog
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.body[0].value) for n in ast.walk(tree)
                if isinstance(n, ast.Module | ast.FunctionDef | ast.ClassDef) and n.body
                and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        parts = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
        for node in ast.walk(tree):
            text = None
            if isinstance(node, ast.JoinedStr):  # an f-string: its values stand as X
                text = "".join(v.value if isinstance(v, ast.Constant) else "X" for v in node.values)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs | parts:
                text = node.value
            if text and FLAG.search(text):
                found.append(text)
    return found


# said only where the command line parses its own arguments (the dialog validates its mapping table itself)
CLI_ONLY = ("write COLUMN=FIELD", "the column name is empty")


@pytest.mark.parametrize("text", _cli_directions())
def test_every_cli_direction_of_the_importers_has_app_words(text):
    if any(s in text for s in CLI_ONLY):
        return
    assert not FLAG.search(in_app_words(text) or ""), in_app_words(text)


def test_the_known_directions_are_the_importers_own():
    said = " ".join(_cli_directions())
    for cli in HINTS:  # a hint reworded in an importer must be reworded here too
        assert cli in said, cli
