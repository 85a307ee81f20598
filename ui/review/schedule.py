"""Schedule an approved caption (issue 19 item 3's done-when: from first start to a scheduled, approved post).

Opened from the review queue (S, on the current approved caption) and from the Calendar ("New post…"). The
post goes through ``studio.services.scheduling.gate.enqueue`` — the one way into the queue (approved caption,
quality gate, confined media): a refusal is shown as the gate words it; warnings need a reason, typed below.
After scheduling, the Calendar opens on the post.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from studio import clock
from ui import ops
from ui.i18n import tr
from ui.ops import Op
from ui.widgets.fit import ElidedLabel


def default_time() -> datetime:
    """Tomorrow at 10:00 local time."""
    return (clock.now().astimezone() + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)


def _combo(name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    return box


class ScheduleDialog(QDialog):
    scheduled = Signal(object)  # the PostDTO

    def __init__(self, ctx, parent: QWidget | None = None, draft_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ScheduleDialog")
        self.setWindowTitle(tr("Schedule a post"))
        self._want_draft = draft_id
        self.captions: list[Any] = []
        self.accounts: list[Any] = []
        self.post: Any = None
        self.caption = _combo("ScheduleCaption")
        self.caption.setMinimumContentsLength(30)
        self.caption.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setObjectName("ScheduleText")
        self.text.setMaximumHeight(110)
        self.account = _combo("ScheduleAccount")
        self.add_account = QPushButton(tr("Add an account…"))
        self.add_account.setObjectName("ScheduleAddAccount")
        self.when = QDateTimeEdit(QDateTime(default_time()))
        self.when.setObjectName("ScheduleWhen")
        self.when.setCalendarPopup(True)
        # the stamp reads left to right in Arabic too (set before the format: Qt reverses an RTL field's sections)
        self.when.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.reason = QLineEdit(placeholderText=tr("Only when the checks ask: why it may go out despite warnings"))
        self.reason.setObjectName("ScheduleReason")
        self.message = ElidedLabel(tr("Pick the approved caption, the account and the time."), lines=3)
        self.message.setObjectName("ScheduleMessage")
        self.schedule_button = QPushButton(tr("Schedule"))
        self.schedule_button.setObjectName("ScheduleButton")
        self.schedule_button.setDefault(True)
        self.schedule_button.setEnabled(False)
        close = QPushButton(tr("Close"))
        acc_row = QHBoxLayout()
        acc_row.addWidget(self.account, 1)
        acc_row.addWidget(self.add_account)
        form = QFormLayout()
        form.addRow(tr("Approved caption"), self.caption)
        form.addRow("", self.text)
        form.addRow(tr("Account"), acc_row)
        form.addRow(tr("When"), self.when)
        form.addRow(tr("Reason"), self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.schedule_button)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.resize(620, 380)
        self.caption.currentIndexChanged.connect(self._show_caption)
        self.schedule_button.clicked.connect(self.schedule)
        close.clicked.connect(self.reject)
        self.add_account.clicked.connect(self.open_accounts)
        self.loaded = False
        self._want_account: int | None = None
        self._added_note = ""
        self.add_dialog: Any = None
        ctx.bus.changed_by.connect(self._on_change)
        self.reload()

    def reload(self) -> None:
        from studio.services import accounts, review

        db = self.ctx.db

        def job(progress, cancel):
            return review.approved_captions(db), accounts.list_accounts(db)

        Op(self.ctx, self, job).named("schedule: captions and accounts").quiet().latest_only("load") \
            .success(self._loaded).failure(lambda exc: self.message.setText(ops.message_of(exc))) \
            .run_in_background()

    def _loaded(self, result) -> None:
        self.captions, self.accounts = result
        self.caption.blockSignals(True)
        self.caption.clear()
        for c in self.captions:
            self.caption.addItem(c.label, c.draft_id)
        want = self.caption.findData(self._want_draft) if self._want_draft is not None else 0
        self.caption.setCurrentIndex(max(0, want))
        self.caption.blockSignals(False)
        self.account.clear()
        for a in self.accounts:
            self.account.addItem(f"{a.name} ({a.platform})", a.id)
        if self._want_account is not None and self.account.findData(self._want_account) >= 0:
            self.account.setCurrentIndex(self.account.findData(self._want_account))
        self.add_account.setVisible(not self.accounts)
        if not self.captions:
            self.message.setText(tr("No approved caption yet: approve one in Review first."))
        elif not self.accounts:
            self.message.setText(tr("No account yet: Add an account… here (a folder account needs no "
                                    "sign-in)."))
        self.schedule_button.setEnabled(bool(self.captions and self.accounts))
        if self._added_note:  # what adding the account did, kept above what is still missing
            rest = self.message.text() if not self.captions else ""
            self.message.setText(self._added_note + (" " + rest if rest else ""))
        self._show_caption()
        self.loaded = True

    def _show_caption(self, *_a) -> None:
        i = self.caption.currentIndex()
        self.text.setPlainText(self.captions[i].text if 0 <= i < len(self.captions) else "")
        if 0 <= i < len(self.captions):
            from localization.markets import get_market

            try:
                rtl = get_market(self.captions[i].market).is_rtl
            except ValueError:
                rtl = False
            self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)

    def selected_caption(self):
        i = self.caption.currentIndex()
        return self.captions[i] if 0 <= i < len(self.captions) else None

    def schedule(self) -> None:
        from studio.services.scheduling import gate

        cap, acc_id = self.selected_caption(), self.account.currentData()
        if cap is None or acc_id is None:
            return
        picked = self.when.dateTime().toPython()
        assert isinstance(picked, datetime)
        when = picked if picked.tzinfo is not None else picked.astimezone()  # the local time the user picked
        reason = self.reason.text().strip() or None
        db = self.ctx.db

        def job(progress, cancel):
            return gate.enqueue(db, [gate.QueueRequest(account=int(acc_id), at=when, draft_version_id=cap.version_id,
                                                       override_reason=reason)])[0]

        def done(res) -> None:
            from studio.domain import ChangeSummary

            self.post = res.post
            local = res.post.scheduled_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.message.setText(tr("Scheduled for {when}.").replace("{when}", local)
                                 + ("  " + " ".join(res.warnings) if res.warnings else ""))
            self.ctx.bus.broadcast(ChangeSummary(created=(res.post.id,), entity="post", message="scheduled"), self)
            self.scheduled.emit(res.post)
            win = getattr(self.ctx, "main_window", None)
            if win is not None:
                win.open_on("calendar", post_id=res.post.id, when=res.post.scheduled_at)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.message.setText(ops.message_of(exc).replace("--override-warnings REASON", tr("a reason (above)")))

        Op(self.ctx, self, job).named("schedule post").writes().busy(self.schedule_button) \
            .success(done).failure(failed).run_in_background()

    def open_accounts(self) -> Any:
        """Add the account here, on top of this dialog (the same form and service as Settings › Accounts), so the
        post being scheduled is not lost; the new account is then picked (walkthrough defect 8)."""
        from ui.settings_pages.accounts import AddAccountDialog

        self.add_dialog = AddAccountDialog(self)
        self.add_dialog.platform.setCurrentIndex(max(0, self.add_dialog.platform.findData("folder")))
        self.add_dialog.accepted.connect(lambda: self.add_new_account(self.add_dialog.values()))
        self.add_dialog.open()
        return self.add_dialog

    def add_new_account(self, values: dict) -> None:
        from ui.settings_pages.accounts import add_account_op, next_step

        if not values.get("name"):
            self.message.setText(tr("An account needs a name."))
            return

        def added(result) -> None:
            acc, _summary, health = result
            self._want_account = acc.id
            text = next_step(acc.name, health)
            if health is not None and health.state == "not-connected":
                text += " " + tr("Connect it in Settings › Accounts; you can schedule now and it publishes once "
                                 "connected.")
            self._added_note = text
            self.message.setText(text)
            self.reload()

        add_account_op(self.ctx, self, values, added, lambda exc: self.message.setText(ops.message_of(exc)))

    def _on_change(self, summary, initiator: object = None) -> None:
        if getattr(summary, "entity", "") == "account" and initiator is not self and isValid(self):
            self.reload()


def open_schedule(ctx, parent: QWidget, draft_id: int | None = None) -> ScheduleDialog:
    from ui import bidi, plain

    dlg = ScheduleDialog(ctx, parent, draft_id)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    bidi.sweep(plain.sweep(dlg))
    dlg.open()
    return dlg
