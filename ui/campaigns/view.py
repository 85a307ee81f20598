"""Campaigns: the list of campaigns, and the selected one as one unit — its festival, offer and status, its plan on
each market's calendar, and the steps Plan → Generate (progress, cancel) → Approve → Schedule, then the posts on
the Calendar (marked). Every step runs through ``studio.services.campaigns`` off the GUI thread (``ui.ops.Op``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.domain import ChangeSummary
from ui import ops
from ui.bidi import isolate, sweep
from ui.i18n import N_, tr
from ui.models import Column, RowModel
from ui.ops import Op
from ui.widgets.fit import ElidedLabel

STATUS_COLOURS = {"planned": "#f1f1f1", "generated": "#fff4cc", "approved": "#dff5df", "scheduled": "#dbe9ff",
                  "published": "#cdeccf", "failed": "#f6c4c4", "cancelled": "#e4e4e4"}
STATUSES = (N_("new"), N_("planned"), N_("generated"), N_("approved"), N_("scheduled"), N_("published"),
            N_("failed"), N_("cancelled"), N_("needs-attention"))
PHASES = (N_("teaser"), N_("launch"), N_("reminder"), N_("live"), N_("last-call"))


# the service's reasons name CLI flags and commands; the app names its own fields instead
FIELD_OF_FLAG = {"--name": N_("Name"), "--markets": N_("Markets"), "--festival": N_("Festival"),
                 "--products": N_("Products"), "--channels": N_("Channels"), "--segments": N_("Segments"),
                 "--discount": N_("Offer (discount)"), "--code": N_("Offer (promo code)"), "--price": N_("Price"),
                 "--offer-start": N_("Offer start"), "--offer-end": N_("Offer end"), "--start": N_("Start"),
                 "--end": N_("End"), "--account": N_("Account")}


def app_reason(text: str) -> str:
    """A service reason as the app shows it: flags become the field's name, CLI hints ("see studio …",
    "(studio …)", "studio … show …") are dropped, so the one line names what to do in the app."""
    import re

    text = re.sub(r"\s*\((?:see )?`?studio [^)]*\)", "", text)
    text = re.sub(r",? or see studio .*$", "", text)
    text = re.sub(r";\s*see `?studio [^)]*", "", text)
    text = re.sub(r"(--[a-z][a-z-]*)", lambda m: tr(FIELD_OF_FLAG.get(m.group(1), m.group(1).lstrip("-"))), text)
    return text.strip()


class PlanModel(RowModel):
    COLUMNS = (
        Column(N_("When (market time)"), lambda i: i.local_time),  # sized to its header too (see _show)
        Column(N_("Phase"), lambda i: tr(i.phase) + (f" {i.step}" if i.phase == "teaser" else "")),
        Column(N_("Market"), lambda i: i.market),
        Column(N_("Channel"), lambda i: i.channel),
        Column(N_("Product"), lambda i: i.product_handle),
        Column(N_("Segment"), lambda i: i.segment),
        Column(N_("Status"), lambda i: tr(i.status) + (f" · {i.findings} ⚠" if i.findings else ""),
               tip=lambda i: (tr("draft {d}").format(d=i.draft_id) if i.draft_id else tr("not generated yet"))
               + (" · " + tr("post {p}").format(p=i.post_id) if i.post_id else "")),
    )
    ROW_ROLES = {Qt.ItemDataRole.BackgroundRole: lambda i: QBrush(QColor(STATUS_COLOURS.get(i.status, "#ffffff"))),
                 Qt.ItemDataRole.UserRole: lambda i: i.id}


class CampaignsView(QWidget):
    loaded = Signal()  # the list or the selected campaign (re)loaded
    step_done = Signal(str)  # "create", "plan", "generate", "approve", "schedule", "delete"

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("CampaignsView")
        self.campaigns: list[Any] = []
        self.current: Any = None
        self._handle: Any = None
        self.dialog: Any = None
        self.confirm_box: Any = None  # the open "Approve 24 drafts of …?" question
        self.reason_box: Any = None  # the open "queue with warnings? reason" question after Schedule
        self._resume: str | None = None  # back from Settings › Accounts: schedule this campaign

        self.list = QListWidget()
        self.list.setObjectName("CampaignList")
        self.list.currentRowChanged.connect(self._selected)
        self.new_btn = QPushButton(tr("New campaign…"))
        self.new_btn.setObjectName("NewCampaign")
        self.new_btn.clicked.connect(self.new_campaign)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.new_btn)
        ll.addWidget(self.list, 1)

        self.title = ElidedLabel("")
        self.title.setObjectName("CampaignTitle")
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.summary = ElidedLabel("", lines=2)
        self.plan_btn = QPushButton(tr("Plan"))
        self.generate_btn = QPushButton(tr("Generate"))
        self.cancel_btn = QPushButton(tr("Cancel"))
        self.cancel_btn.setEnabled(False)
        self.approve_btn = QPushButton(tr("Approve"))
        self.schedule_btn = QPushButton(tr("Schedule"))
        self.offer_btn = QPushButton(tr("Change offer…"))
        self.calendar_btn = QPushButton(tr("Show on Calendar"))
        self.delete_btn = QPushButton(tr("Delete"))
        for name, btn, slot in (("CampaignPlan", self.plan_btn, self.plan),
                                ("CampaignGenerate", self.generate_btn, self.generate),
                                ("CampaignCancel", self.cancel_btn, self.cancel),
                                ("CampaignApprove", self.approve_btn, self.approve),
                                ("CampaignSchedule", self.schedule_btn, self.schedule),
                                ("CampaignOffer", self.offer_btn, self.change_offer),
                                ("CampaignCalendar", self.calendar_btn, self.show_on_calendar),
                                ("CampaignDelete", self.delete_btn, self.delete)):
            btn.setObjectName(name)
            btn.clicked.connect(slot)
        self.plan_btn.setToolTip(tr("Propose the posts on each market's calendar and clock"))
        self.generate_btn.setToolTip(tr("Write every planned post with the festival, the phase and the offer"))
        self.approve_btn.setToolTip(tr("Approve the campaign's drafts (drafts with errors are refused)"))
        self.schedule_btn.setToolTip(tr("Queue every approved post at its planned time, through the checks"))
        steps = QHBoxLayout()
        for b in (self.plan_btn, self.generate_btn, self.cancel_btn, self.approve_btn, self.schedule_btn):
            steps.addWidget(b)
        steps.addStretch(1)
        steps.addWidget(self.offer_btn)
        steps.addWidget(self.calendar_btn)
        steps.addWidget(self.delete_btn)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.model = PlanModel(self)
        self.table = QTableView()
        self.table.setObjectName("CampaignPlan")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self._open_draft)
        self.status = ElidedLabel("", lines=2)
        self.status.setObjectName("CampaignStatus")
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.title)
        rl.addWidget(self.summary)
        rl.addLayout(steps)
        rl.addWidget(self.progress)
        rl.addWidget(self.table, 1)
        rl.addWidget(self.status)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("CampaignsSplit")
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.fit_headers()
        self._enable()
        sweep(self)  # the plan's cells keep their own reading order in the Arabic UI
        ctx.bus.changed.connect(self._changed)
        self.reload()

    # ------------------------------------------------------------------ loading
    def reload(self, select: str | None = None) -> None:
        from studio.services import campaigns

        db = self.ctx.db
        want = select or (self.current.name if self.current is not None else None)

        def job(progress, cancel):
            listed = campaigns.list_campaigns(db)
            name = want if want in {c.name for c in listed} else (listed[0].name if listed else None)
            return listed, (campaigns.get_campaign(db, name) if name else None)

        Op(self.ctx, self, job).named("load campaigns").latest_only("load").success(self._loaded) \
            .failure(self._failed).run_in_background()

    def _loaded(self, result) -> None:
        listed, current = result
        self.campaigns = listed
        self.list.blockSignals(True)
        self.list.clear()
        for c in listed:
            item = QListWidgetItem(f"{c.name}\n{c.festival_name or ''} · {', '.join(c.markets)} · {tr(c.status)}")
            item.setData(Qt.ItemDataRole.UserRole, c.name)
            item.setToolTip(f"{c.starts_on} – {c.ends_on}")
            self.list.addItem(item)
            if current is not None and c.name == current.name:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show(current)
        if not listed:
            self.status.setText(tr("No campaigns yet. New campaign… starts one from a festival of your markets."))
        self.loaded.emit()

    def _selected(self, row: int) -> None:
        if 0 <= row < len(self.campaigns):
            self.reload(self.campaigns[row].name)

    def _show(self, c) -> None:
        self.current = c
        if c is None:
            self.title.setText(tr("Campaigns"))
            self.summary.setText("")
            self.model.set_rows([])
            self._enable()
            return
        fest = f"{c.festival_name} · " if c.festival_name else ""
        self.title.setText(f"{c.name} — {tr(c.status)}")
        o = c.offer
        offer = " · ".join(x for x in (f"-{o['discount_percent']}%" if o.get("discount_percent") else "",
                                        o.get("code") or "",
                                        ", ".join(f"{k} {v}" for k, v in (o.get("prices") or {}).items()),
                                        f"{o.get('starts_on')} – {o.get('ends_on')}") if x)
        counts = ", ".join(f"{n} {tr(k)}" for k, n in c.counts.items())
        results = ", ".join(f"{tr(k)} {v}" for k, v in c.results.items() if v is not None)
        # Latin parts (dates, tags, the offer's code) isolated: in the Arabic UI they keep their own order
        self.summary.setText(f"{fest}{isolate(f'{c.starts_on} – {c.ends_on}')} · {isolate(', '.join(c.markets))} · "
                             f"{isolate(', '.join(c.channels))} · {tr('offer')}: {isolate(offer) or tr('none')}"
                             + (f" · {isolate(', '.join(c.segments))}" if c.segments else "")
                             + (f" · {counts}" if counts else "") + (f" · {results}" if results else ""))
        self.model.set_rows(c.items)
        self.table.resizeColumnsToContents()
        self.fit_headers()
        self._enable()

    def fit_headers(self) -> None:
        """A header is never clipped ("/hen (market time"): each column at least as wide as its header — also
        before any campaign is open (the empty plan showed it clipped, s19 walkthrough)."""
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            header.resizeSection(col, max(header.sectionSize(col), header.sectionSizeHint(col) + 12))

    def _enable(self, busy: bool = False) -> None:
        c = self.current
        has = c is not None and not busy
        items = list(c.items) if c is not None else []
        self.plan_btn.setEnabled(has)
        self.generate_btn.setEnabled(has and bool(items))
        self.approve_btn.setEnabled(has and any(i.status == "generated" for i in items))
        self.schedule_btn.setEnabled(has and any(i.status == "approved" for i in items))
        self.calendar_btn.setEnabled(has and bool(items))  # the plan's dates, or its queued posts
        self.calendar_btn.setToolTip(
            tr("Open the Calendar at the campaign's first queued post (campaign posts carry a megaphone)")
            if any(i.post_id for i in items) else
            tr("Open the Calendar at the plan's first date: planned posts are drawn dashed until Schedule queues them") if items else
            tr("Plan the campaign first"))
        self.delete_btn.setEnabled(has)
        self.offer_btn.setEnabled(has)
        self.new_btn.setEnabled(not busy)
        self.cancel_btn.setEnabled(busy and self._handle is not None)

    def _changed(self, summary: ChangeSummary) -> None:
        if summary.entity in ("campaign", "segment", "post", "account") and self.isVisible():
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(app_reason(ops.message_of(exc)))
        self.loaded.emit()

    # ------------------------------------------------------------------ create
    def new_campaign(self) -> None:
        from studio.services import catalog, segments

        db = self.ctx.db

        def job(progress, cancel):
            return catalog.list_products(db, limit=500), segments.list_segments(db)

        Op(self.ctx, self, job).named("new campaign").busy(self.new_btn).success(self._open_dialog) \
            .failure(self._failed).run_in_background()

    def _open_dialog(self, result) -> None:
        from ui.campaigns.dialogs import NewCampaignDialog

        products, segs = result
        self.dialog = NewCampaignDialog(self, products, segs)
        self.dialog.accepted.connect(lambda: self.create_campaign(**self.dialog.values()))
        self.dialog.open()

    def create_campaign(self, **values: Any) -> None:
        from studio.services import campaigns

        db = self.ctx.db

        def job(progress, cancel):
            c = campaigns.create_campaign(db, values["name"], festival=values["festival"], markets=values["markets"],
                                          products=values["products"], channels=values["channels"],
                                          segments=values.get("segments") or [], offer=values.get("offer") or {},
                                          start=values.get("start"), end=values.get("end"))
            return campaigns.plan(db, c.id)  # a new campaign shows its proposed plan at once

        self._step("create", job, tr("Created and planned {name}."))

    # ------------------------------------------------------------------ steps
    def _step(self, step: str, job, done_text: str, *, writes: bool = True) -> None:
        self.status.setText(tr("Working…"))
        op = Op(self.ctx, self, job).named(f"campaign {step}").on_busy(lambda b: self._enable(busy=b)) \
            .success(lambda r: self._step_done(step, r, done_text)).failure(self._step_failed)
        if writes:
            op = op.writes()
        op.run_in_background()

    def _step_done(self, step: str, result: Any, done_text: str) -> None:
        name = getattr(result, "name", None) or (result.get("campaign") if isinstance(result, dict) else None)
        text = done_text.format(name=name or "")
        if isinstance(result, dict) and result.get("refused"):
            first = result["refused"][0]
            text += " " + tr("{n} not done; first: {why}").format(
                n=len(result["refused"]), why=app_reason(first.get("reason") or ""))
        plan_warnings = getattr(result, "warnings", None) or []
        if isinstance(result, dict) and step == "schedule":
            plan_warnings = [w for w in result.get("warnings") or [] if "an hour" in w]
        if plan_warnings:  # an account with more posts an hour than reads well (campaigns.plan_warnings)
            text += " " + tr("Warning: {w}").format(w=plan_warnings[0])
        self.status.setText(text)
        self.ctx.bus.broadcast(ChangeSummary(updated=(0,), entity="draft" if step in ("generate", "approve")
                                             else "post" if step == "schedule" else "campaign",
                                             message=f"campaign {step}"), initiator=self)
        self.reload(name)
        self.step_done.emit(step)
        if step == "schedule" and isinstance(result, dict):
            held = [r for r in result.get("refused") or [] if "warnings need a reason" in (r.get("reason") or "")]
            if held:
                self._ask_override(result["campaign"], held)

    def _ask_override(self, name: str, held: list[dict[str, Any]]) -> None:
        """Posts the queue held back for warnings: queue them only with a reason the user gives (recorded with
        each post, as ``studio campaign schedule --override-warnings REASON``)."""
        from PySide6.QtWidgets import QInputDialog

        box = QInputDialog(self)
        box.setObjectName("CampaignOverrideWarnings")
        box.setWindowTitle(tr("Schedule with warnings"))
        box.setLabelText(tr("{n} posts were not queued: their captions have warnings ({first}). To queue them "
                            "anyway, give a reason (it is recorded with each post); Cancel leaves them for "
                            "review.").format(n=len(held), first=app_reason(held[0].get("reason") or "")[:160]))
        box.setOkButtonText(tr("Queue with warnings"))

        def done(_code: int) -> None:
            text = " ".join(box.textValue().split())
            accepted = box.result() == QInputDialog.DialogCode.Accepted
            self.reason_box = None
            box.deleteLater()
            if accepted and text:
                from studio.services import campaigns

                db = self.ctx.db
                self._step("schedule", lambda p, c: campaigns.schedule(db, name, override_reason=text),
                           tr("{name}: posts queued at their planned times."))

        box.finished.connect(done)
        self.reason_box = box
        box.open()
        self.step_done.emit("ask-override")

    def _step_failed(self, exc: BaseException) -> None:
        self.status.setText(app_reason(ops.message_of(exc)))
        self.step_done.emit("failed")

    def plan(self) -> None:
        from studio.services import campaigns

        db, name = self.ctx.db, self.current.name
        self._step("plan", lambda p, c: campaigns.plan(db, name), tr("Planned {name}."))

    def _confirm(self, title: str, text: str, then, *, opt_in: str = "") -> None:
        """Ask before a step that acts on many posts at once (non-blocking: ``self.confirm_box``). ``opt_in``: a
        check box, unticked, whose state is passed to ``then`` (e.g. approve the drafts with warnings too)."""
        from PySide6.QtWidgets import QCheckBox, QMessageBox

        from ui import plain

        box = plain.message_box(self, QMessageBox.Icon.Question, title, text,
                                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setObjectName("CampaignConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if opt_in:
            check = QCheckBox(opt_in, box)
            check.setObjectName("CampaignConfirmOptIn")
            box.setCheckBox(check)

        def done(_code: int) -> None:
            yes = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
            ticked = bool(box.checkBox() and box.checkBox().isChecked())
            self.confirm_box = None
            box.deleteLater()
            if yes:
                then(ticked) if opt_in else then()

        box.finished.connect(done)
        self.confirm_box = box
        box.open()

    def generate(self) -> None:
        c = self.current
        n = len(c.items)
        self._confirm(tr("Generate"), tr("Write {n} posts of {name}? Posts already written and unchanged are "
                                         "skipped.").format(n=n, name=c.name), self._generate)

    def _generate(self) -> None:
        from studio.services import campaigns

        db, name = self.ctx.db, self.current.name
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(tr("Generating…"))

        # on the task pool (a model may be slow); each draft write inside is short and serialised by generation
        def job(progress, cancel):
            res = campaigns.generate(db, name, progress=progress, cancel=cancel)
            return {"campaign": name, "status": res.status, "done": res.done, "skipped": res.skipped,
                    "refused": [{"reason": f"{e['item']}: {e['error']}"} for e in res.errors]}

        self._handle = Op(self.ctx, self, job).named("campaign generate").on_busy(self._generating) \
            .progress(self._progress).success(self._generated).failure(self._step_failed) \
            .cancelled(self._cancelled).run_in_background()
        self._enable(busy=True)

    def _generating(self, busy: bool) -> None:
        if not busy:
            self._handle = None
            self.progress.setVisible(False)
        self._enable(busy=busy)

    def _progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.status.setText(str(message))

    def _generated(self, result: dict) -> None:
        text = tr("{name}: {done} generated, {skipped} unchanged.") if result["status"] != "cancelled" else \
            tr("{name}: cancelled after {done} posts.")
        self._step_done("generate", result, text.format(name="{name}", done=result["done"],
                                                        skipped=result["skipped"]))

    def _cancelled(self) -> None:
        self.status.setText(tr("Cancelled."))
        self.reload()
        self.step_done.emit("cancelled")

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel.cancel()

    def approve(self) -> None:
        """Approve › the review queue's policy: drafts with warnings only when the user ticks the box (counted in
        the question), drafts with errors never from here (Review, with a reason)."""
        from studio.services import campaigns

        db, name = self.ctx.db, self.current.name
        Op(self.ctx, self, lambda p, c: campaigns.approval_summary(db, name)).named("campaign approval") \
            .busy(self.approve_btn).success(self._ask_approve).failure(self._step_failed).run_in_background()

    def _ask_approve(self, summary: dict[str, Any]) -> None:
        n, warn, err = summary["to_approve"], summary["with_warnings"], summary["with_errors"]
        text = tr("Approve {n} drafts of {name}?").format(n=n, name=summary["campaign"])
        if warn:
            text += " " + tr("{w} of them have warnings: they stay for review unless you tick the box below "
                             "(open one in Review to read them first).").format(w=warn)
        if err:
            text += " " + tr("{e} have errors and are skipped (approve them in Review, with a reason).").format(e=err)
        opt_in = tr("Also approve the {w} drafts with warnings").format(w=warn) if warn else ""
        self._confirm(tr("Approve"), text, self._approve, opt_in=opt_in)
        self.step_done.emit("ask-approve")

    def _approve(self, allow_warnings: bool = False) -> None:
        from studio.services import campaigns

        db, name = self.ctx.db, self.current.name
        self._step("approve", lambda p, c: campaigns.approve(db, name, allow_warnings=allow_warnings, by="app"),
                   tr("{name}: drafts approved."))

    def schedule(self) -> None:
        """Schedule › choose the account of each channel (remembered on the campaign), then queue."""
        from studio.services import campaigns

        db, name = self.ctx.db, self.current.name
        Op(self.ctx, self, lambda p, c: campaigns.account_choices(db, name)).named("campaign accounts") \
            .busy(self.schedule_btn).success(self._choose_accounts).failure(self._step_failed).run_in_background()

    def _choose_accounts(self, choices: dict[str, Any]) -> None:
        from ui.campaigns.dialogs import ChooseAccountsDialog

        ready = sum(1 for i in (self.current.items if self.current else []) if i.status == "approved")
        self.dialog = dlg = ChooseAccountsDialog(self, choices, ready)
        dlg.accepted.connect(lambda: self._schedule_with(choices["campaign"], dlg.chosen()))
        dlg.rejected.connect(lambda: self._add_account_then_schedule(choices["campaign"]) if dlg.add_requested
                             else None)
        dlg.open()
        self.step_done.emit("choose-accounts")

    def _schedule_with(self, name: str, chosen: dict[str, str]) -> None:
        from studio.services import campaigns

        db = self.ctx.db
        self._step("schedule", lambda p, c: campaigns.schedule(db, name, accounts=chosen),
                   tr("{name}: posts queued at their planned times."))

    def _add_account_then_schedule(self, name: str) -> None:
        """Settings › Accounts; once an account is added (or changed) there, back here to the schedule step."""
        win: Any = getattr(self.ctx, "main_window", None)
        settings = win.open_on("settings", page="accounts") if win is not None else None
        page = settings.show_page("accounts") if settings is not None else None
        if page is None or win is None:
            self.status.setText(tr("Add an account in Settings › Accounts, then Schedule again."))
            return

        def back(_message: str) -> None:
            try:
                page.status_message.disconnect(back)
            except (RuntimeError, TypeError):
                pass
            win.open_on("campaigns", campaign=name)
            self.status.setText(tr("Account added; choose it to schedule {name}.").format(name=name))
            if self.current is not None and self.current.name == name:
                self.schedule()
            else:
                self._resume = name
                self.loaded.connect(self._resume_schedule)

        page.status_message.connect(back)
        self.status.setText(tr("Add the account in Settings › Accounts; you come back here to schedule."))

    def _resume_schedule(self) -> None:
        if self.current is not None and self.current.name == getattr(self, "_resume", None):
            self.loaded.disconnect(self._resume_schedule)
            self._resume = None
            self.schedule()

    def change_offer(self) -> None:
        from ui.campaigns.dialogs import OfferDialog

        self.dialog = OfferDialog(self, dict(self.current.offer))
        self.dialog.accepted.connect(lambda: self.update_offer(self.dialog.changes()))
        self.dialog.open()

    def update_offer(self, changes: dict[str, Any]) -> None:
        from studio.services import campaigns

        db, name = self.ctx.db, self.current.name
        self._step("offer", lambda p, c: campaigns.update_offer(db, name, changes),
                   tr("{name}: offer changed; generate again to write the posts with it."))

    def delete(self) -> None:
        from studio.services import campaigns
        from ui import plain

        if not plain.ask(self, tr("Delete campaign"), tr("Delete the campaign and its plan? Its drafts and queued "
                                                         "posts stay.")):
            return
        db, name = self.ctx.db, self.current.name
        self.current = None
        self._step("delete", lambda p, c: campaigns.delete_campaign(db, name), tr("Deleted."))

    # ------------------------------------------------------------------ navigation
    def show_on_calendar(self) -> None:
        """The Calendar at the campaign's first queued post (campaign posts are marked there); before Schedule, at
        the plan's first date, where the planned slots are drawn dashed (ui/calendar/planned.py)."""
        import datetime as dt

        win = getattr(self.ctx, "main_window", None)
        items = list(self.current.items if self.current else [])
        if win is None or not items:
            return
        posts = [i for i in items if i.post_id]
        first = min(posts or items, key=lambda i: i.planned_at)
        when = first.planned_at if first.planned_at.tzinfo else first.planned_at.replace(tzinfo=dt.UTC)
        win.open_on("calendar", post_id=first.post_id, when=when)
        if not posts:
            note = tr("{name}'s plan starts {when}: its {n} planned posts are drawn dashed on the Calendar; "
                      "Schedule queues them").format(name=self.current.name, when=first.local_time, n=len(items))
            self.status.setText(note)
            bar = win.statusBar() if callable(getattr(win, "statusBar", None)) else None
            if bar is not None:
                bar.showMessage(note, 15000)

    def _open_draft(self, index) -> None:
        row = self.model.row(index.row()) if index.isValid() else None
        win = getattr(self.ctx, "main_window", None)
        if row is not None and row.draft_id and win is not None:
            # Review shows this very draft (the campaign's variant), with its diff, facts, findings and history
            win.open_on("review", product_id=row.product_id, market=row.market, kind="caption", target=row.channel,
                        status=None, draft_id=row.draft_id)

    def open_on(self, **target: Any) -> bool:
        if target.get("campaign"):
            self.reload(str(target["campaign"]))
            return True
        return False
