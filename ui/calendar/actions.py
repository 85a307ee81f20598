"""Calendar › what is done to posts: reschedule (drag or Move…), retry / mark absent / cancel, publish now,
import and export (CSV, ICS) — mutations on the writer, their change summaries broadcast by the ops."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QFileDialog,
)

from studio.domain import ChangeSummary
from ui import ops, plain
from ui.calendar.models import local
from ui.i18n import tr
from ui.ops import Op


class PostActions:
    """CalendarView's actions (a mixin)."""

    def _write(self, job, name: str, done_message: str | None = None) -> None:
        """A mutation on the writer; its ChangeSummary is broadcast (by the op) with this view as initiator."""
        def finished(_summary) -> None:
            if done_message:
                self.status.setText(done_message)
            self.reload()

        Op(self.ctx, self, job).named(name).writes().success(finished).failure(self._action_failed) \
            .run_in_background()

    def _action_failed(self, exc: BaseException) -> None:
        message = ops.message_of(exc)
        self.status.setText(message)
        plain.warn(self, tr("Calendar"), message) if self.isVisible() else None
        self.reload()

    def reschedule(self, ids: list, when: datetime) -> None:
        db = self.ctx.db
        by_id = {p.id: p for p in self.model.posts}
        mode = self.model.mode

        def job(progress, cancel):
            from studio.services.scheduling import queue

            moved = []
            for pid in ids:
                p = by_id.get(pid) or queue.get_post(db, pid)
                old = local(p.scheduled_at)
                if mode == "month":  # keep the time of day, change the day
                    target = datetime.combine(when.date(), old.timetz().replace(tzinfo=None), when.tzinfo)
                else:  # keep the minutes, change day and hour
                    target = when.replace(minute=old.minute)
                moved.append(queue.reschedule(db, pid, target).id)
            return ChangeSummary(updated=tuple(moved), entity="post", message=f"moved {len(moved)} post(s)")

        self._write(job, "reschedule", tr("Moved"))

    def _move_selected(self) -> None:
        if self._selected_post is None:
            return
        pid = self._selected_post.id
        when = self.when_edit.dateTime().toPython().astimezone()
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services.scheduling import queue

            return ChangeSummary(updated=(queue.reschedule(db, pid, when).id,), entity="post")

        self._write(job, "reschedule")

    def _act(self, what: str) -> None:
        if self._selected_post is None:
            return
        pid = self._selected_post.id
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services.scheduling import queue

            getattr(queue, what)(db, pid)
            return ChangeSummary(updated=(pid,), entity="post")

        self._write(job, what)

    def publish_now(self) -> None:
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import worker

            s = worker.run_once(db, progress, cancel, options=worker.WorkerOptions(concurrency=2))
            return ChangeSummary(updated=(0,), entity="post",
                                 message=f"{s.published} published, {s.failed} failed, {s.deferred} deferred")

        Op(self.ctx, self, job).named("publish due posts").success(self._published) \
            .failure(self._action_failed).run_in_background()

    def sync_metrics(self) -> None:
        """Issue 20: the metrics sync as a background op; the result line lands in the status label."""
        from ui import metrics_sync

        self.metrics_btn.setEnabled(False)

        def done(result) -> None:
            self.metrics_btn.setEnabled(True)
            self.status.setText(metrics_sync.summary_text(result))

        def failed(exc: BaseException) -> None:
            from studio.jobs import Cancelled

            self.metrics_btn.setEnabled(True)
            if isinstance(exc, Cancelled):
                self.status.setText(tr("Cancelled"))
                return
            self._action_failed(exc)

        metrics_sync.start(self.ctx, on_done=done, on_error=failed,
                           on_progress=lambda f, m: self.status.setText(m))

    def _published(self, summary) -> None:
        self.status.setText(summary.message)
        self.reload()

    def import_csv(self, path: str | None = None) -> None:
        path = path or QFileDialog.getOpenFileName(self, tr("Import posts"), "", "CSV (*.csv)")[0]
        if not path:
            return
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services.scheduling import exchange

            return exchange.import_csv(db, path)

        self._write(job, "import posts", tr("Posts imported"))

    def export_csv(self, path: str | None = None) -> None:
        path = path or QFileDialog.getSaveFileName(self, tr("Export posts"), "posts.csv", "CSV (*.csv)")[0]
        if not path:
            return
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services.scheduling import exchange

            exchange.export_csv(db, path)
            return path

        Op(self.ctx, self, job).named("export posts").success(
            lambda p: self.status.setText(tr("Exported to {p}").format(p=p))).failure(self._action_failed) \
            .run_in_background()

    def export_ics(self, path: str | None = None) -> None:
        path = path or QFileDialog.getSaveFileName(self, tr("Export schedule"), "schedule.ics",
                                                   "iCalendar (*.ics)")[0]
        if not path:
            return
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services.scheduling import exchange

            exchange.export_ics(db, path)
            return path

        Op(self.ctx, self, job).named("export schedule").success(
            lambda p: self.status.setText(tr("Exported to {p}").format(p=p))).failure(self._action_failed) \
            .run_in_background()
