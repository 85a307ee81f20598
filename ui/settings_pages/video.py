"""Settings › Video: brand colours and logo for renders, and the voice-over engine (espeak-ng, an
OpenAI-compatible speech endpoint, or none). The endpoint's API key goes to the OS keyring only."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.domain import StudioError
from ui.i18n import tr
from ui.settings_pages import SettingsPage
from ui.widgets import files


class VideoSettings(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        from studio.services import video

        self.ctx = ctx
        cur = video.get_video_settings(ctx.settings)
        self.primary = QLineEdit(cur["brand"]["primary"])
        self.accent = QLineEdit(cur["brand"]["accent"])
        self.logo = QLineEdit(cur["brand"].get("logo") or "", placeholderText=tr("PNG with transparency"))
        self.engine = QComboBox()
        for e, label in (("auto", tr("Automatic (endpoint if set, else espeak-ng)")), ("espeak", "espeak-ng"),
                         ("openai", tr("OpenAI-compatible speech endpoint")), ("none", tr("No voice-over"))):
            self.engine.addItem(label, e)
        self.engine.setCurrentIndex(max(0, self.engine.findData(cur["voice"]["engine"])))
        self.base_url = QLineEdit(cur["voice"].get("base_url") or "", placeholderText="http://127.0.0.1:8880/v1")
        self.model = QLineEdit(cur["voice"].get("model") or "tts-1")
        self.voice = QLineEdit(cur["voice"].get("voice") or "", placeholderText=tr("e.g. alloy; empty = default"))
        self.key = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                             placeholderText=tr("stored in the OS keyring") if cur["has_key"] else tr("API key"))
        if not cur["keyring_available"]:
            self.key.setEnabled(False)
            self.key.setPlaceholderText(tr("no OS keyring: set STUDIO_SECRET_TTS_API_KEY for this run"))
        self.save_button = QPushButton(tr("Save"))
        self.result = QLabel()
        self.result.setWordWrap(True)

        form = QFormLayout()
        for label, edit in ((tr("Brand colour"), self.primary), (tr("Highlight colour"), self.accent)):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            pick = QPushButton(tr("Pick…"))
            pick.clicked.connect(lambda _=False, e=edit: self._pick_colour(e))
            row.addWidget(pick)
            form.addRow(label, row)
        lrow = QHBoxLayout()
        lrow.addWidget(self.logo, 1)
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._pick_logo)
        lrow.addWidget(browse)
        form.addRow(tr("Logo (end card)"), lrow)
        form.addRow(tr("Voice-over"), self.engine)
        form.addRow(tr("Speech endpoint base URL"), self.base_url)
        form.addRow(tr("Speech model"), self.model)
        form.addRow(tr("Voice"), self.voice)
        form.addRow(tr("API key"), self.key)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.save_button)
        lay.addWidget(self.result)
        lay.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def _pick_colour(self, edit: QLineEdit) -> None:
        c = QColorDialog.getColor(QColor(edit.text()), self, tr("Colour"))
        if c.isValid():
            edit.setText(c.name().upper())

    def _pick_logo(self) -> None:
        path = files.open_file(self, self.ctx.settings, "logo", tr("Logo"), tr("Images (*.png *.jpg *.jpeg *.webp)"))
        if path:
            self.logo.setText(path)

    def save(self) -> bool:
        from studio.services import video

        try:
            video.set_video_settings(
                brand={"primary": self.primary.text(), "accent": self.accent.text(), "logo": self.logo.text()},
                voice={"engine": self.engine.currentData(), "base_url": self.base_url.text(),
                       "model": self.model.text(), "voice": self.voice.text()},
                api_key=self.key.text() or None, s=self.ctx.settings)
        except StudioError as exc:
            self.result.setText("✘ " + str(exc))
            return False
        self.key.clear()
        self.result.setText("✔ " + tr("Saved. New renders use these settings."))
        return True


PAGE = SettingsPage(id="video", title="Video", order=40, factory=VideoSettings)
