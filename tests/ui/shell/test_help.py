"""Help menu: Keyboard shortcuts generated from the registered actions, Open log folder, About with versions."""

from __future__ import annotations

import importlib.metadata

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTableWidget

from ui import help as help_dialogs


def _table_rows(dlg) -> list[tuple[str, str, str]]:
    t = dlg.findChild(QTableWidget, "ShortcutsTable")
    return [tuple(t.item(r, c).text().strip("\u2066\u2069") for c in range(3)) for r in range(t.rowCount())
            if not t.isRowHidden(r)]


def test_the_dialog_lists_the_window_actions(qtbot, window):
    window.show_shortcuts()
    dlg = window.shortcuts_dialog
    qtbot.waitExposed(dlg)
    rows = _table_rows(dlg)
    assert ("Ctrl+I", "Import catalog", "Window") in rows
    assert ("Ctrl+1", "Home", "Window") in rows
    dlg.filter.setText("import")
    assert _table_rows(dlg) == [("Ctrl+I", "Import catalog", "Window")]
    dlg.close()


def test_a_newly_added_action_appears(qtbot, window):
    catalog = window.section_widget("catalog")
    new = QAction("Frobnicate the listing", catalog)
    new.setShortcut(QKeySequence("Ctrl+Alt+K"))
    catalog.addAction(new)
    rows = help_dialogs.shortcut_rows(window)
    assert help_dialogs.ShortcutRow("Ctrl+Alt+K", "Frobnicate the listing", "Catalog") in rows
    window.show_shortcuts()
    assert ("Ctrl+Alt+K", "Frobnicate the listing", "Catalog") in _table_rows(window.shortcuts_dialog)
    window.shortcuts_dialog.close()


def test_about_lists_versions_folders_and_a_safe_database_url(qtbot, window, ctx, tmp_path):
    window.show_about()
    dlg = window.about_dialog
    text = dlg.text.text()
    assert qVersion() in text and PySide6.__version__ in text
    assert importlib.metadata.version("SQLAlchemy") in text and importlib.metadata.version("pydantic") in text
    import platform

    assert platform.python_version() in text
    rows = dict(help_dialogs.about_rows(ctx))
    assert rows["Data folder"] and rows["Log file"] and rows["Database"].endswith("test.db")
    dlg.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert "Data folder: " in QGuiApplication.clipboard().text()
    dlg.close()


def test_no_secret_in_the_database_url():
    url = "postgresql+psycopg://shop:s3cr3t@db.example:5432/studio?password=also-s3cr3t&sslmode=require"
    shown = help_dialogs.safe_database_url(url)
    assert "s3cr3t" not in shown and "db.example" in shown and "studio" in shown
    assert "s3cr3t" not in help_dialogs.safe_database_url("weird://u:s3cr3t@host/x?token=s3cr3t")


def test_open_log_folder_names_the_log(qtbot, window, monkeypatch):
    opened = []
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window.log_action.trigger()
    assert opened and "studio.log" in window.statusBar().currentMessage()
