"""Settings › General: the app's UI language (takes effect at once, nothing is closed or lost)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from localization import markets as loc_markets
from localization import ui_strings
from localization.formatting import rates_path
from ui import i18n
from ui.i18n import tr
from ui.settings_pages import SettingsPage


class GeneralPage(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        form = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.setObjectName("UiLanguage")
        for code, name in ui_strings.available_languages().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ui_strings.current_language())))
        self.language.currentIndexChanged.connect(self._on_language)
        self.language_label = QLabel(tr("Interface language"), self)
        self.language_label.setWordWrap(True)  # translated: may be long
        form.addRow(self.language_label, self.language)
        self.hint = QLabel(tr("Applies immediately; open views keep their text until they are reopened."), self)
        self.hint.setWordWrap(True)
        form.addRow("", self.hint)
        self.paths = QLabel(self)
        self.paths.setWordWrap(True)
        self.paths.setText(f"{tr('Your market edits')}: {loc_markets.overrides_path()}\n"
                           f"{tr('Exchange rates')}: {rates_path()}")
        form.addRow(tr("Files"), self.paths)
        i18n.notifier().language_changed.connect(self._retranslate)

    def _on_language(self, _index: int) -> None:
        code = self.language.currentData()
        self.ctx.settings.set("ui.language", code)
        i18n.set_language(code)

    def _retranslate(self, _lang: str) -> None:
        self.language_label.setText(tr("Interface language"))
        self.hint.setText(tr("Applies immediately; open views keep their text until they are reopened."))


PAGE = SettingsPage(id="general", title="General", order=10, factory=GeneralPage)
