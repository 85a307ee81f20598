"""Help menu dialogs: Keyboard shortcuts (generated from the registered QActions) and About (versions, data
folder, database URL without its password).

``shortcut_rows(window)`` walks the main window's actions and those of every section built so far (a section's
buttons register their keys as QActions with shortcuts), so a newly added action shows up without a list to
keep. ``about_rows(ctx)`` reads library versions with ``importlib.metadata`` (nothing heavy is imported).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import icons
from ui.i18n import N_, tr


@dataclass(frozen=True)
class ShortcutRow:
    keys: str  # native text, e.g. "Ctrl+I"
    action: str  # the action's text without mnemonics
    where: str  # "Window" or the section's title


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


def shortcut_rows(window) -> list[ShortcutRow]:
    """Every action with a shortcut: the window's own (menus, Go) and each built section's, sorted by place."""
    rows: list[ShortcutRow] = []
    seen: set[tuple[str, str, str]] = set()
    section_of: dict[int, str] = {}
    widgets = getattr(window, "_widgets", {})
    for section in getattr(window, "sections", []):
        w = widgets.get(section.id)
        if w is not None:
            section_of[id(w)] = tr(section.title)

    def where(action: QAction) -> str:
        obj = action.parent()
        while obj is not None and obj is not window:
            if id(obj) in section_of:
                return section_of[id(obj)]
            obj = obj.parent()
        return tr("Window")

    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        text = _clean(action.text() or action.toolTip())
        if not keys or not text:
            continue
        place = where(action)
        for k in keys:
            key = (k, text, place)
            if key not in seen:
                seen.add(key)
                rows.append(ShortcutRow(k, text, place))
    window_label = tr("Window")
    return sorted(rows, key=lambda r: (r.where != window_label, r.where.lower(), r.action.lower(), r.keys))


class ShortcutsDialog(QDialog):
    """Help › Keyboard shortcuts: a searchable table of every action with a key."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.setWindowIcon(icons.icon("keyboard"))
        self.resize(560, 480)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("ShortcutsFilter")
        self.filter.setPlaceholderText(tr("Filter by action, key or section"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter)
        self.rows = shortcut_rows(window)
        self.table = QTableWidget(len(self.rows), 3, self)
        self.table.setObjectName("ShortcutsTable")
        self.table.setHorizontalHeaderLabels([tr("Keys"), tr("Action"), tr("Where")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for r, row in enumerate(self.rows):
            keys = QTableWidgetItem(f"\u2066{row.keys}\u2069")  # left-to-right isolate: "Ctrl+," stays so in Arabic
            keys.setData(Qt.ItemDataRole.AccessibleTextRole, row.keys)
            f = keys.font()
            f.setBold(True)
            keys.setFont(f)
            # a key combination reads left to right in every language
            keys.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 0, keys)
            action = QTableWidgetItem(row.action)
            action.setToolTip(row.action)
            self.table.setItem(r, 1, action)
            self.table.setItem(r, 2, QTableWidgetItem(row.where))
        layout.addWidget(self.table, 1)
        note = QLabel(tr("Sections list their own keys once they have been opened."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for r, row in enumerate(self.rows):
            hay = f"{row.keys} {row.action} {row.where}".lower()
            self.table.setRowHidden(r, bool(needle) and needle not in hay)


# the labels of studio.about.rows() that are words (translated here); the others are names (Python, PySide6…)
ABOUT_LABELS = (N_("Version"), N_("Data folder"), N_("Log file"), N_("Database"))


def versions() -> list[tuple[str, str]]:
    """Python, Qt and the main libraries (``studio.about``, which ``studio about`` prints too)."""
    from PySide6.QtCore import qVersion

    from studio import about

    rows = about.versions()
    return rows[:1] + [("Qt", qVersion())] + rows[1:]


def safe_database_url(url: str) -> str:
    from studio import about

    return about.safe_database_url(url)


def about_rows(ctx=None) -> list[tuple[str, str]]:
    """(label, value) for Help › About: app version, libraries, data folder, log file, database — the rows of
    ``studio about`` with Qt's version added and the labels translated."""
    from studio import about

    url = str(getattr(getattr(ctx, "db", None), "url", "") or "") if ctx is not None else ""
    out: list[tuple[str, str]] = []
    for label, value in about.rows(url or None):
        if label == "Python":
            out.append((label, value))
            from PySide6.QtCore import qVersion

            out.append(("Qt", qVersion()))
        elif label in ABOUT_LABELS:
            if label == "Database" and not url:
                continue
            out.append((tr(label), value))
        else:
            out.append((label, value))
    return out


def about_html(ctx=None) -> str:
    from html import escape

    table = "".join(f"<tr><td>{escape(k)}&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in about_rows(ctx) if v)
    blurb = tr("Catalog to localized listings, captions, videos, mockups and livestream kits, published to social "
               "channels.")
    icons_line = tr("Icons: Lucide (ISC licence).")
    return (f"<h3>Commerce Studio</h3><p>{escape(blurb)}</p><table>{table}</table>"
            f"<p><small>{escape(icons_line)}</small></p>")


def about_text_plain(ctx=None) -> str:
    return "\n".join(f"{k}: {v}" for k, v in about_rows(ctx) if v)


class AboutDialog(QDialog):
    """Help › About: what runs here, in a form a bug report can copy."""

    def __init__(self, window, ctx=None) -> None:
        super().__init__(window)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(tr("About Commerce Studio"))
        layout = QVBoxLayout(self)
        head = QLabel(self)
        from ui.app import app_icon

        head.setPixmap(app_icon().pixmap(64, 64))
        layout.addWidget(head)
        self.text = QLabel(self)
        self.text.setObjectName("AboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        self.text.setText(about_html(ctx))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(icons.icon("copy"), tr("Copy"), self)
        self.copy_button.setObjectName("AboutCopy")
        self.copy_button.setToolTip(tr("Copy these lines for a bug report"))
        plain_text = about_text_plain(ctx)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(plain_text))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def open_shortcuts(window: QWidget) -> ShortcutsDialog:
    dlg = ShortcutsDialog(window)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
    return dlg


def open_about(window: QWidget, ctx=None) -> AboutDialog:
    dlg = AboutDialog(window, ctx)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
    return dlg
