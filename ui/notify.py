"""Notifications for failed posts and finished batch jobs.

``install(window)`` watches the app context:

- **Failed posts** — after a change to posts is broadcast (the in-app publisher's tick, Publish now, a retry),
  the ids of posts in a failed state are read off the GUI thread; a post that was not failed before raises
  "Post failed: <account> — <error>" (the ones already failed when the app started are Home's business).
- **Batch jobs** — a long job (batch generation or render, mockup batch, kit build, localize, import) that took
  at least ``MIN_SECONDS`` raises "<job> finished" / "failed" / "was cancelled" with its duration.

Delivery: a system notification (``QSystemTrayIcon.showMessage``) when a system tray exists and the main window
is not the active window; otherwise an in-app notification (``Toast``: a small box in the window's bottom
corner that closes itself, with a button that opens the Calendar for a failed post). Settings › General ›
"Notify me when a post fails or a batch job finishes" (``ui.notifications``) turns both off.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSystemTrayIcon, QVBoxLayout, QWidget
from shiboken6 import isValid

from ui import icons
from ui.i18n import N_, tr

MIN_SECONDS = 5.0  # a batch job shorter than this needs no notification: the user saw it finish
TOAST_MS = 9000
FIRST_READ_MS = 1500  # after start-up: the failed posts that already exist (not notified)
BATCH_WORDS = ("batch", "render", "kit", "localize", "import")
FAILED_STATES = ("failed", "needs-attention")  # studio.services.home.FAILED_STATES


@dataclass(frozen=True)
class Notice:
    title: str
    body: str
    kind: str = "info"  # "info" | "error"
    section: str | None = None  # what the notification's button opens
    target: tuple[tuple[str, Any], ...] = ()


# the long jobs' task names (ui.ops.Op.named) as a person reads them, translated; others show as named
JOB_LABELS = {
    "batch generation": N_("Batch generation"),
    "batch render": N_("Batch render"),
    "batch: products": N_("Batch generation"),
    "render video": N_("Video render"),
    "mockups: batch": N_("Mockup batch"),
    "livestream kit": N_("Livestream kit"),
    "export kit": N_("Kit export"),
    "localize": N_("Localize"),
    "import creators": N_("Creator import"),
}


def job_label(name: str) -> str:
    known = JOB_LABELS.get(name.lower())
    if known is not None:
        return tr(known)
    low = name.lower()
    if low.startswith("import orders"):
        return tr("Order import")
    if low.startswith("import"):
        return tr("Catalog import")
    return name[:1].upper() + name[1:]


def is_batch(name: str) -> bool:
    low = name.lower()
    return any(w in low for w in BATCH_WORDS)


def _duration(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s // 60} min {s % 60:02d} s" if s >= 60 else f"{s} s"


class Toast(QFrame):
    """The in-app notification: title, text, an optional button, a close button; closes itself."""

    def __init__(self, host: QWidget, notice: Notice, on_open=None) -> None:
        super().__init__(host)
        self.setObjectName("Toast")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.notice = notice
        outer = QHBoxLayout(self)
        badge = QLabel(self)
        badge.setPixmap(icons.action("error" if notice.kind == "error" else "notifications").pixmap(20, 20))
        outer.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        col = QVBoxLayout()
        self.title = QLabel(notice.title, self)
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QLabel(notice.body, self)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        col.addWidget(self.title)
        col.addWidget(self.body)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_button: QPushButton | None = None
        if notice.section and on_open is not None:
            self.open_button = QPushButton(tr("Open"), self)
            self.open_button.setObjectName("ToastOpen")
            self.open_button.clicked.connect(lambda: (on_open(notice), self.close()))
            row.addWidget(self.open_button)
        close = QPushButton(tr("Dismiss"), self)
        close.setObjectName("ToastClose")
        close.clicked.connect(self.close)
        row.addWidget(close)
        col.addLayout(row)
        outer.addLayout(col, 1)
        self.setFixedWidth(360)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        QTimer.singleShot(TOAST_MS, self._expire)

    def _expire(self) -> None:
        if isValid(self):
            self.close()

    def place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        self.adjustSize()
        margin = 16
        bottom = host.height() - margin - (host.statusBar().height() if hasattr(host, "statusBar") else 0)
        right_to_left = host.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = margin if right_to_left else host.width() - self.width() - margin
        self.move(max(0, x), max(0, bottom - self.height()))
        self.raise_()


class Notifier(QObject):
    """Watches one main window's context and raises the notifications (see the module docstring)."""

    notified = Signal(object, str)  # Notice, how it was shown: "system" or "in-app"

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.tray: QSystemTrayIcon | None = None
        self.toasts: list[Toast] = []
        self._started: dict[int, tuple[str, float]] = {}
        self._known_failed: set[int] | None = None  # None until the first read
        self._reading = False
        self._again = False
        tasks = self.ctx.tasks
        tasks.task_started.connect(self._on_started)
        if hasattr(tasks, "task_outcome"):
            tasks.task_outcome.connect(self._on_outcome)
        self.ctx.bus.changed.connect(self._on_change)
        # the failures that exist now are not news: read them once the first paint is done
        QTimer.singleShot(FIRST_READ_MS, self._first_read)

    def _first_read(self) -> None:
        if self._known_failed is None and not self._reading:
            self._read_failed()

    # ------------------------------------------------------------------ sources
    def _on_started(self, tid: int, name: str) -> None:
        if is_batch(name):
            self._started[tid] = (name, time.monotonic())

    def _on_outcome(self, tid: int, outcome: str) -> None:
        started = self._started.pop(tid, None)
        if started is None:
            return
        name, t0 = started
        took = time.monotonic() - t0
        if took < MIN_SECONDS:
            return
        label = job_label(name)
        if outcome == "failed":
            self.notify(Notice(tr("{job} failed").replace("{job}", label),
                               tr("after {time}; the section shows why").replace("{time}", _duration(took)),
                               "error"))
        elif outcome == "cancelled":
            self.notify(Notice(tr("{job} was cancelled").replace("{job}", label),
                               tr("after {time}").replace("{time}", _duration(took))))
        else:
            self.notify(Notice(tr("{job} finished").replace("{job}", label),
                               tr("in {time}").replace("{time}", _duration(took))))

    def _on_change(self, summary: Any) -> None:
        if getattr(summary, "entity", "") == "post":
            self._read_failed()

    def _read_failed(self) -> None:
        if self._reading:  # one read at a time; a change meanwhile reads again afterwards
            self._again = True
            return
        self._reading = True
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services.scheduling import queue

            return [(p.id, p.account_name, p.platform, p.last_error or "", p.error_action or "", p.scheduled_at)
                    for p in queue.list_posts(db, states=FAILED_STATES, limit=500)]

        from ui.ops import Op

        Op(self.ctx, self, job).named("notifications: failed posts").quiet().success(self._failed_read) \
            .failure(self._read_failed_error).run_in_background()

    def _read_failed_error(self, _exc: BaseException) -> None:
        self._reading = False

    def _failed_read(self, rows: list[tuple]) -> None:
        self._reading = False
        ids = {r[0] for r in rows}
        if self._known_failed is not None:
            new = [r for r in rows if r[0] not in self._known_failed]
            if len(new) == 1:
                pid, account, platform, error, action, when = new[0]
                body = f"{account} ({platform}): {error}" + (f"\n{tr('What fixes it')}: {action}" if action else "")
                self.notify(Notice(tr("A post failed"), body, "error", "calendar",
                                   (("post_id", pid), ("when", when))))
            elif new:
                accounts = ", ".join(sorted({r[1] for r in new}))
                self.notify(Notice(tr("{n} posts failed").replace("{n}", str(len(new))), accounts, "error",
                                   "calendar", (("post_id", new[0][0]), ("when", new[0][5]))))
        self._known_failed = ids
        if self._again:
            self._again = False
            self._read_failed()

    # ------------------------------------------------------------------ delivery
    def enabled(self) -> bool:
        return self.ctx.settings.get("ui.notifications") is not False

    def notify(self, notice: Notice) -> str | None:
        """Show ``notice`` (system notification or in-app); returns how it was shown, None when turned off."""
        if not self.enabled() or not isValid(self.window):
            return None
        how = "in-app"
        if not self.window.isActiveWindow() and QSystemTrayIcon.isSystemTrayAvailable() \
                and QSystemTrayIcon.supportsMessages():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.window.windowIcon(), self)
                self.tray.setToolTip(tr("Commerce Studio"))
                self.tray.messageClicked.connect(self._tray_clicked)
            self.tray.show()
            icon = QSystemTrayIcon.MessageIcon.Critical if notice.kind == "error" \
                else QSystemTrayIcon.MessageIcon.Information
            self._last_system = notice
            self.tray.showMessage(notice.title, notice.body, icon, TOAST_MS)
            how = "system"
        else:
            self.toasts = [t for t in self.toasts if isValid(t)]
            toast = Toast(self.window, notice, self.open)
            self.toasts.append(toast)
            toast.show()
            toast.place()
        self.window.statusBar().showMessage(f"{notice.title}: {notice.body.splitlines()[0]}", 15000)
        self.notified.emit(notice, how)
        return how

    def _tray_clicked(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        notice = getattr(self, "_last_system", None)
        if notice is not None and notice.section:
            self.open(notice)

    def open(self, notice: Notice) -> None:
        opener = getattr(self.window, "open_on", None)
        if notice.section and callable(opener):
            opener(notice.section, **dict(notice.target))


def install(window) -> Notifier:
    """Notifications for this main window (called once by the shell)."""
    notifier = Notifier(window)
    window.notifier = notifier
    return notifier
