"""A warning line under a market choice: what this machine lacks to render that market's text or video
(its script's font, ffmpeg, espeak-ng) and the command that fixes it — shown before the user starts a
render, so nothing renders boxes or fails deep inside ffmpeg (``studio doctor`` prints the same lines).

Finding a script's font asks fontconfig and looking for ffmpeg/espeak-ng runs programs, so the check runs on a
worker thread (one at a time, the service caches the answers); the banner shows the answer for the market
chosen last and emits ``checked`` once it is shown."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel

from studio.domain import StudioError
from studio.services import system
from ui.i18n import N_, tr

# the service's English sentences (studio.services.system), translated here; a sentence the service words
# differently than these templates is shown as the service wrote it rather than a stale translation
TOOLS = {"ffmpeg": N_("no ffmpeg: videos cannot be rendered"),
         "ffprobe": N_("no ffprobe: video files cannot be checked against platform limits before upload"),
         "espeak-ng": N_("no espeak-ng: videos render without voice-over")}
FONT = N_("no {name} font: {name} captions, overlays and kit cards would show boxes, so they are refused")
SCRIPTS = {"Latin": N_("Latin"), "Cyrillic": N_("Cyrillic"), "Greek": N_("Greek"), "Arabic": N_("Arabic"),
           "Hebrew": N_("Hebrew"), "Thai": N_("Thai"), "Devanagari (Hindi)": N_("Devanagari (Hindi)"),
           "Chinese/Japanese/Korean": N_("Chinese/Japanese/Korean")}
INSTALL = N_("{what} — install {package} ({hint})")

_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _executor() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="requirements")
        return _pool


def line(p: system.Requirement) -> str:
    """``p.line()`` in the UI language."""
    if p.ok:
        return p.line()
    what = p.without
    if p.key in TOOLS and what == TOOLS[p.key]:
        what = tr(TOOLS[p.key])
    elif p.key.startswith("font:"):
        for name in SCRIPTS:
            if what == FONT.replace("{name}", name):
                what = tr(FONT).replace("{name}", tr(name))
                break
    return tr(INSTALL).replace("{what}", what).replace("{package}", p.package).replace("{hint}", p.hint())


class RequirementsBanner(QLabel):
    checked = Signal()  # the answer for the last market asked is shown
    _answer = Signal(int, object)  # from the worker: (request number, problems)

    def __init__(self, *, voice: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("RequirementsBanner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("QLabel#RequirementsBanner { background: #fff4ce; color: #5c4400; padding: 4px; }")
        self._voice = voice
        self._asked = 0
        self.problems: list[system.Requirement] = []
        self._answer.connect(self._show)
        self.hide()

    def set_market(self, tag: str | None) -> None:
        """Check ``tag``'s requirements off the GUI thread; the banner updates when the answer is in."""
        self._asked += 1
        number, voice = self._asked, self._voice
        if not tag:
            self._show(number, [])
            return

        def work() -> None:
            try:
                problems = system.market_problems(tag, voice=voice)
            except StudioError:
                problems = []
            try:
                self._answer.emit(number, problems)  # queued to the banner's thread
            except RuntimeError:  # the banner is gone
                pass

        _executor().submit(work)

    def _show(self, number: int, problems: list[system.Requirement]) -> None:
        if number != self._asked:  # an answer for a market chosen before the current one
            return
        self.problems = list(problems)
        self.setText("\n".join(line(p) for p in self.problems))
        self.setVisible(bool(self.problems))
        self.checked.emit()
