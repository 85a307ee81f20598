"""Content › what is done to a draft: generate (streamed), cancel, save an edit, regenerate one field, diff,
prompt and provenance, approve (with a reason when it has errors), and the batch dialog."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from studio.domain import ChangeSummary
from ui import ops, plain
from ui.content.structured import editor_problem, editor_value
from ui.i18n import tr
from ui.ops import Op


class DraftActions:
    """ContentView's actions on the current slot's draft (a mixin)."""

    def generate(self) -> None:
        if self.product_id is None:
            self.status.setText(tr("Pick a product first."))
            return
        from studio.services import generation

        db, pid, market = self.ctx.db, self.product_id, self.market
        kind, target = self.kind.currentText(), self.target.currentText()
        voice = self.brand_voice_choice()
        self.live.clear()
        self._live_slot = self.slot()  # the live box belongs to this product, market, kind and target
        self.status.setText(tr("Generating…"))

        # on the network pool, not the single DB-writer thread: a slow model must not hold up other saves
        # (the draft write inside is short and serialised by the generation service)
        def job(progress, cancel):
            return generation.generate_one(db, pid, market, kind, target, brand_voice=voice,
                                           on_delta=lambda text: progress(0.5, text), cancel=cancel)

        self._handle = Op(self.ctx, self, job).named("generate").on_busy(self._set_generating) \
            .success(self._generated).failure(self._failed).progress(self._streamed) \
            .cancelled(self._cancelled).run_in_background()

    def _streamed(self, _fraction: float, text: str) -> None:
        from ui.content.live import live_text

        self.live.setPlainText(live_text(str(text)))  # field by field, not the JSON (or dict repr) as streamed
        self.live.verticalScrollBar().setValue(self.live.verticalScrollBar().maximum())

    def _set_generating(self, busy: bool) -> None:
        self.generate_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if not busy:
            self._handle = None

    def _generated(self, draft) -> None:
        ops.drop_pending(self, "draft")  # a slower read of the old draft must not replace this one
        self.ctx.bus.broadcast(ChangeSummary(updated=(draft.id,), entity="draft", message="generated"),
                               initiator=self)
        self.draft = draft
        self._show_draft()
        self.generated.emit(draft.id)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(tr("Generation failed: ") + ops.message_of(exc))

    def _cancelled(self) -> None:
        self.status.setText(tr("Cancelled."))

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel.cancel()

    def edited_content(self) -> dict[str, Any]:
        base = dict(self.draft.latest.content)
        out = {k: base[k] for k in self.HIDDEN_FIELDS if k in base}
        for key, ed in self.field_editors.items():
            out[key] = editor_value(ed, base.get(key))
        return out

    def save_edit(self) -> None:
        from studio.services import drafts, generation

        try:
            content = self.edited_content()
        except ValueError as exc:
            plain.warn(self, tr("Not saved"), tr("A field is not valid: ") + str(exc))
            return
        reason = editor_problem(self.field_editors)
        if reason:  # an empty FAQ answer, a 30 s scene…: said in one line, nothing saved
            self.status.setText(tr("Not saved: ") + reason)
            return
        db, did = self.ctx.db, self.draft.id

        def job(progress, cancel):
            d = drafts.edit(db, did, content)
            return drafts.get_draft(db, d.id), generation.recheck(db, d.id)

        Op(self.ctx, self, job).named("save edit").writes().busy(self.save_button) \
            .success(self._saved).failure(self._failed).run_in_background()

    def _saved(self, result) -> None:
        from studio.services.content_checks import finding_from_dict

        d, checks = result
        ops.drop_pending(self, "draft")
        self.draft = d
        self.ctx.bus.broadcast(ChangeSummary(updated=(d.id,), entity="draft", message="edited"), initiator=self)
        self._show_draft()
        if checks:
            self.show_findings([finding_from_dict(c) for c in checks])
        self.saved.emit(d.id)

    def regenerate_field(self) -> None:
        from studio.services import generation

        field = self.regen_field.currentData()
        if not field or self.draft is None:
            return
        db, did = self.ctx.db, self.draft.id
        self.status.setText(tr("Rewriting ") + self.regen_field.currentText() + "…")

        def job(progress, cancel):
            return generation.regenerate_field(db, did, field)

        Op(self.ctx, self, job).named("regenerate field").success(self._generated).failure(self._failed) \
            .run_in_background()

    def selected_version(self) -> int | None:
        rows = self.versions_view.selectionModel().selectedRows()
        if not rows:
            return None
        return int(self.versions.row(rows[0].row())[0])

    def diff_text(self, a: int | None = None) -> str:
        from studio.services import drafts

        a = a or self.selected_version() or max(1, self.draft.current_version - 1)
        diffs = drafts.diff(self.ctx.db, self.draft.id, a, self.draft.current_version)
        return "\n\n".join(f.unified for f in diffs) or tr("No differences.")

    def show_diff(self) -> None:
        self._text_dialog(tr("Diff"), self.diff_text())

    def show_prompt(self) -> None:
        v = self.draft.latest
        prov = json.dumps(v.provenance, ensure_ascii=False, indent=1, default=str)
        self._text_dialog(tr("Prompt and provenance"), f"{prov}\n\n{v.prompt or ''}")

    def _text_dialog(self, title: str, text: str) -> QDialog:
        dlg = QDialog(self)
        dlg.setWindowTitle(title)
        lay = QVBoxLayout(dlg)
        ed = QPlainTextEdit(text, readOnly=True)
        lay.addWidget(ed)
        bb = QDialogButtonBox(QDialogButtonBox.Close)
        bb.rejected.connect(dlg.reject)
        lay.addWidget(bb)
        dlg.resize(760, 520)
        dlg.open()
        self._last_dialog = dlg
        return dlg

    def approve(self) -> None:
        """Approve; a draft with error findings asks for the reason it may go out anyway (recorded)."""
        from studio.services import drafts

        v = self.draft.latest if self.draft is not None else None
        errors = drafts.error_findings(v.checks if v is not None else [])
        if not errors:
            self._approve(None)
            return
        dlg = QDialog(self)
        dlg.setObjectName("ApproveReasonDialog")
        dlg.setWindowTitle(tr("Approve despite errors"))
        lay = QVBoxLayout(dlg)
        msg = plain.label(tr("This draft has {n} error finding(s):").format(n=len(errors)) + "\n" + "\n".join(
            f"• {e.get('rule_id')}: {e.get('message')}" for e in errors[:6])
            + "\n\n" + tr("Approve it anyway only with a reason; the reason is recorded in the draft's "
                            "provenance and shown in the Calendar."))
        msg.setWordWrap(True)
        reason = QLineEdit(placeholderText=tr("Reason (required)"))
        reason.setObjectName("ApproveReason")
        lay.addWidget(msg)
        lay.addWidget(reason)
        bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        ok = bb.button(QDialogButtonBox.Ok)
        ok.setText(tr("Approve with reason"))
        ok.setEnabled(False)
        reason.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        bb.accepted.connect(dlg.accept)
        bb.rejected.connect(dlg.reject)
        dlg.accepted.connect(lambda: self._approve(reason.text().strip()))
        lay.addWidget(bb)
        dlg.resize(560, 260)
        dlg.open()
        self._last_dialog = dlg

    def _approve(self, reason: str | None) -> None:
        from studio.services import drafts, review

        db, did = self.ctx.db, self.draft.id

        def job(progress, cancel):
            # through the review service, so the decision and its reason join the draft's history (Review shows it)
            return review.approve(db, [did], reason=reason, by="app"), drafts.get_draft(db, did)

        def done(result) -> None:
            summary, d = result
            ops.drop_pending(self, "draft")
            self.draft = d
            self._show_draft()
            self.ctx.bus.broadcast(summary, initiator=self)
            self.saved.emit(did)

        Op(self.ctx, self, job).named("approve").writes().changes(None).success(done).failure(self._failed) \
            .run_in_background()

    def open_batch(self) -> QDialog:
        from ui.dialogs.batch_generation import BatchDialog

        markets = [self.market_tabs.tabText(i) for i in range(self.market_tabs.count())]
        dlg = BatchDialog(self.ctx, self, query=self.search.text().strip(),
                          product_ids=[self.product_id] if self.product_id is not None else [],
                          markets=markets, kinds=[self.kind.currentText()], brand_voice=self.brand_voice_choice())
        dlg.run_finished.connect(lambda _r: self.load_draft())
        dlg.open()
        self._last_dialog = dlg
        return dlg
