"""Settings section: one tab per page found in ``ui.settings_pages``."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.sections import Section
from ui.settings_pages import discover


class SettingsView(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        for page in discover():
            self.tabs.addTab(page.factory(ctx), tr(page.title))
        if self.tabs.count() == 0:
            self.tabs.addTab(QLabel(tr("Nothing to configure yet.")), tr("General"))


SECTION = Section(id="settings", title="Settings", order=90, factory=SettingsView, shortcut="Ctrl+,",
                  icon="SP_FileDialogDetailedView")
