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
        self.page_ids: list[str] = []
        for page in discover():
            self.tabs.addTab(page.factory(ctx), tr(page.title))
            self.page_ids.append(page.id)
        if self.tabs.count() == 0:
            self.tabs.addTab(QLabel(tr("Nothing to configure yet.")), tr("General"))

    def show_page(self, page_id: str):
        """Bring a settings page to the front (e.g. the Calendar's "Add an account" opens Accounts)."""
        if page_id in self.page_ids:
            self.tabs.setCurrentIndex(self.page_ids.index(page_id))
            return self.tabs.currentWidget()
        return None


SECTION = Section(id="settings", title="Settings", order=90, factory=SettingsView, shortcut="Ctrl+,",
                  icon="SP_FileDialogDetailedView")
