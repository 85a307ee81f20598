"""Add or edit a creator: name, platforms with handles, markets, audience notes (only what the seller enters)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout

from ui import plain
from ui.i18n import tr
from ui.widgets.fit import ElidedLabel


class CreatorDialog(QDialog):
    def __init__(self, parent=None, creator: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("CreatorDialog")
        self.setWindowTitle(tr("Edit creator") if creator else tr("Add creator"))
        self.original = creator.name if creator else None
        self.name = QLineEdit(creator.name if creator else "")
        self.name.setObjectName("CreatorName")
        self.name.setMaxLength(200)
        self.platforms = QLineEdit(", ".join(f"{p['platform']}:{p['handle']}" for p in creator.platforms)
                                   if creator else "")
        self.platforms.setObjectName("CreatorPlatforms")
        self.platforms.setPlaceholderText("tiktok:@handle, instagram:@handle")
        self.markets = QLineEdit(", ".join(creator.markets) if creator else "")
        self.markets.setObjectName("CreatorMarkets")
        self.markets.setPlaceholderText("ar-SA, de-DE")
        self.notes = QPlainTextEdit(creator.audience_notes if creator else "")
        self.notes.setObjectName("CreatorNotes")
        self.notes.setPlaceholderText(tr("What you know about their audience (no personal data)"))
        self.notes.setMaximumHeight(90)
        self.hint = ElidedLabel(tr("Stored only on this computer; never sent to a language model. "
                                   "Export or delete everything about a creator from the Creators view."), lines=2)
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Platforms"), self.platforms)
        form.addRow(tr("Markets"), self.markets)
        form.addRow(tr("Audience notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(),
                "platforms": [p.strip() for p in self.platforms.text().split(",") if p.strip()],
                "markets": [m.strip() for m in self.markets.text().split(",") if m.strip()],
                "audience_notes": plain.text_of(self.notes).strip(), "original": self.original}
