"""File dialogs open in the folder last used for their kind of file (kept in the settings, ``ui.last_dirs``), else
in the user's Documents folder (platformdirs) or home — never in the process's working directory."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from PySide6.QtWidgets import QFileDialog

from studio.settings import Settings
from ui.widgets import files


def _expected_default() -> Path:
    docs = Path(platformdirs.user_documents_dir())
    return docs if docs.is_dir() else Path.home()


def test_without_memory_dialogs_start_in_documents_not_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    start = files.start_dir(Settings(), "catalog-import")
    assert start == _expected_default() and start != Path(os.getcwd())


def test_each_kind_remembers_its_own_folder_in_the_settings(qtbot, ctx, tmp_path, monkeypatch):
    from ui.checks_view import ReportTab

    monkeypatch.chdir(tmp_path)
    reports = tmp_path / "reports"
    reports.mkdir()
    seen: list[str] = []

    def save_dialog(parent, title, start, filters):
        seen.append(start)
        return str(reports / "q.csv"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    tab = ReportTab(ctx)
    qtbot.addWidget(tab)
    tab._export("csv")  # the Checks › Report export: first time in Documents, proposing the file name
    assert seen[-1] == str(_expected_default() / "quality-report.csv")
    assert (reports / "q.csv").exists()
    tab._export("csv")  # next time where the user saved it last
    assert seen[-1] == str(reports / "quality-report.csv")

    assert Settings().get("ui.last_dirs") == {"quality-report": str(reports)}  # kept across runs
    assert files.start_dir(Settings(), "catalog-import") == _expected_default()  # other kinds keep theirs

    gone = tmp_path / "gone"
    files.remember(ctx.settings, "logo", gone / "logo.png")
    assert files.start_dir(ctx.settings, "logo") == _expected_default()  # a folder that no longer exists
