"""A warning line under a market choice: what this machine lacks to render that market's text or video
(its script's font, ffmpeg, espeak-ng) and the command that fixes it — shown before the user starts a
render, so nothing renders boxes or fails deep inside ffmpeg (``studio doctor`` prints the same lines)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from studio.domain import StudioError
from studio.services import system


class RequirementsBanner(QLabel):
    def __init__(self, *, voice: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("RequirementsBanner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("QLabel#RequirementsBanner { background: #fff4ce; color: #5c4400; padding: 4px; }")
        self._voice = voice
        self.problems: list[system.Requirement] = []
        self.hide()

    def set_market(self, tag: str | None) -> None:
        try:
            self.problems = system.market_problems(tag, voice=self._voice) if tag else []
        except StudioError:
            self.problems = []
        self.setText("\n".join(p.line() for p in self.problems))
        self.setVisible(bool(self.problems))
