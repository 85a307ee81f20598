"""Settings › General: the app's UI language and appearance (light/dark/follow the system), and whether failed
posts and finished batch jobs raise a system notification — each takes effect at once, nothing is closed or lost."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QFormLayout, QLabel, QWidget

from localization import markets as loc_markets
from localization import ui_strings
from localization.formatting import rates_path
from ui import i18n, icons, theme
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
        self.appearance = QComboBox(self)
        self.appearance.setObjectName("UiTheme")
        for code, text, role in (("system", "Follow the system", "theme-system"), ("light", "Light", "theme-light"),
                                 ("dark", "Dark", "theme-dark")):
            self.appearance.addItem(icons.action(role), tr(text), code)
        chosen = ctx.settings.get("ui.theme") or "system"
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(chosen)))
        self.appearance.currentIndexChanged.connect(self._on_theme)
        self.appearance_label = QLabel(tr("Appearance"), self)
        self.appearance_label.setWordWrap(True)
        form.addRow(self.appearance_label, self.appearance)
        self.notifications = QCheckBox(tr("Notify me when a post fails or a batch job finishes"), self)
        self.notifications.setObjectName("UiNotifications")
        self.notifications.setChecked(ctx.settings.get("ui.notifications") is not False)
        self.notifications.toggled.connect(lambda on: self.ctx.settings.set("ui.notifications", bool(on)))
        form.addRow("", self.notifications)
        self.paths = QLabel(self)
        self.paths.setWordWrap(True)
        from ui.bidi import isolate

        # each path isolated: in the Arabic UI "/tmp/…/markets.json" read "tmp/…/markets.json/"
        self.paths.setText(f"{tr('Your market edits')}: {isolate(str(loc_markets.overrides_path()))}\n"
                           f"{tr('Exchange rates')}: {isolate(str(rates_path()))}")
        form.addRow(tr("Files"), self.paths)
        i18n.notifier().language_changed.connect(self._retranslate)

    def _on_language(self, _index: int) -> None:
        code = self.language.currentData()
        self.ctx.settings.set("ui.language", code)
        i18n.set_language(code)

    def _on_theme(self, _index: int) -> None:
        code = self.appearance.currentData()
        self.ctx.settings.set("ui.theme", code)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, code)

    def _retranslate(self, _lang: str) -> None:
        self.language_label.setText(tr("Interface language"))
        self.hint.setText(tr("Applies immediately; open views keep their text until they are reopened."))
        self.appearance_label.setText(tr("Appearance"))
        for i, text in enumerate(("Follow the system", "Light", "Dark")):
            self.appearance.setItemText(i, tr(text))
        self.notifications.setText(tr("Notify me when a post fails or a batch job finishes"))


PAGE = SettingsPage(id="general", title="General", order=10, factory=GeneralPage)
