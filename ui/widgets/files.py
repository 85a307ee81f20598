"""Where file dialogs open: the folder last used for that kind of file, else the user's Documents folder
(platformdirs), else their home — never the process's working directory (a desktop app started from a launcher
has ``/`` or the install folder there).

Each dialog names its ``kind`` (``"catalog-import"``, ``"quality-report"``, …); the folder a user picked is kept
per kind in the settings (``ui.last_dirs``), so the catalog picker does not jump to where the last report went.

    path = files.open_file(self, self.ctx.settings, "catalog-import", tr("Choose a catalog file"), FILTER)
    path = files.save_file(self, settings, "quality-report", tr("Export quality report"), "quality-report.csv", f)
    folder = files.folder(self, settings, "kit-export", tr("Export kit to folder"))
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

SETTING = "ui.last_dirs"


def default_dir() -> Path:
    """The user's Documents folder when it exists, else their home."""
    import platformdirs

    docs = Path(platformdirs.user_documents_dir())
    return docs if docs.is_dir() else Path.home()


def start_dir(settings: Any, kind: str) -> Path:
    """The folder a ``kind`` dialog opens in: the last one used for it (while it exists), else ``default_dir``."""
    last = (settings.get(SETTING) or {}).get(kind) if settings is not None else None
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    return default_dir()


def remember(settings: Any, kind: str, chosen: str | Path) -> None:
    """Keep the folder of ``chosen`` (a file's folder, or the folder itself) for the next ``kind`` dialog."""
    if settings is None or not chosen:
        return
    p = Path(chosen)
    where = p if p.is_dir() else p.parent
    dirs = dict(settings.get(SETTING) or {})
    if dirs.get(kind) != str(where):
        dirs[kind] = str(where)
        settings.set(SETTING, dirs)


def open_file(parent: QWidget | None, settings: Any, kind: str, title: str, filters: str = "") -> str:
    """An existing file chosen by the user ("" when cancelled), starting in the ``kind``'s folder."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_dir(settings, kind)), filters)
    if path:
        remember(settings, kind, path)
    return path


def save_file(parent: QWidget | None, settings: Any, kind: str, title: str, name: str, filters: str = "") -> str:
    """A file name to write ("" when cancelled), proposed as ``name`` in the ``kind``'s folder."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_dir(settings, kind) / name), filters)
    if path:
        remember(settings, kind, path)
    return path


def folder(parent: QWidget | None, settings: Any, kind: str, title: str) -> str:
    """An existing folder chosen by the user ("" when cancelled), starting in the ``kind``'s last folder."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start_dir(settings, kind)))
    if chosen:
        remember(settings, kind, chosen)
    return chosen
