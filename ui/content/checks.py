"""Content › live checks of the edited fields: findings shown on the field labels, re-checked off the GUI thread
(the newest result wins)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from studio.domain import StudioError
from ui import ops, plain
from ui.content.editors import SEVERITY_COLORS
from ui.fields import field_label
from ui.i18n import tr
from ui.ops import Op


class DraftChecks:
    """ContentView's live checks (a mixin)."""

    def show_findings(self, findings) -> None:
        """Findings into the panel, their spans underlined in each field editor, counts on the field labels."""
        self.checks_panel.set_findings(findings)
        rank = {"error": 3, "warning": 2, "info": 1}
        for key, label in self.field_labels.items():
            mine = [f for f in findings if f.field and (f.field == key or f.field.startswith(key + "[")
                                                        or f.field.startswith(key + "."))]
            if not mine:
                label.setText(field_label(key))
                label.setStyleSheet("")
                label.setToolTip("")
                continue
            worst = max(mine, key=lambda f: rank.get(f.severity, 0)).severity
            label.setText(f"{field_label(key)}  ● {len(mine)}")
            label.setStyleSheet(f"color: {SEVERITY_COLORS.get(worst, QColor('gray')).name()};")
            label.setToolTip(plain.tip("\n".join(f"{f.rule_id}: {f.message}" for f in mine[:8])))

    def recheck(self) -> None:
        """Check the edited (unsaved) fields off the GUI thread; only the newest result is shown."""
        from studio.services import brand_voice as bv_service
        from studio.services import content_checks, model_checks

        self._recheck_timer.stop()
        if self.draft is None or self.draft.latest is None or not self.field_editors:
            return
        try:
            content = self.edited_content()
        except ValueError:
            self.checks_panel.summary.setText(tr("A structured field is not valid JSON; checks paused."))
            return
        db = self.ctx.db
        d = self.draft
        used = (d.latest.provenance or {}).get("brand_voice") or None
        # the checker depends on the slot and on the brand voice version the draft was written with
        key = (d.product_id, d.market, d.kind, d.target, (used or {}).get("name"), (used or {}).get("version"))
        item = self._checker if self._checker_key == key else None

        def job(progress, cancel):
            it = item
            if it is None:
                try:
                    voice = bv_service.get_brand_voice(db, used["name"], used.get("version")) if used else False
                except StudioError:
                    voice = False
                it = content_checks.checker(db, *key[:4], brand_voice=voice)
            # the model's suggestions the user dismissed for this draft stay dismissed while editing
            return it, content_checks.check_content(it, content, dismissed=model_checks.dismissed_keys(db, d.id))

        Op(self.ctx, self, job).named("content: checks").quiet().latest_only("check") \
            .success(lambda r: self._rechecked(key, r)).failure(self._check_failed).run_in_background()

    def dismiss_suggestion(self, finding) -> None:
        """Checks › Dismiss on a model-suggested finding: recorded for this draft (its review history), dropped from
        the version's stored checks, and the fields re-checked without it."""
        from studio.services import model_checks

        key = finding.data.get("dismiss_key")
        if self.draft is None or not key:
            return
        db, did = self.ctx.db, self.draft.id

        def job(progress, cancel):
            return model_checks.dismiss(db, did, key, by="app")

        Op(self.ctx, self, job).named("content: dismiss suggestion").writes() \
            .success(self._dismissed).failure(self._check_failed).run_in_background()

    def add_translation(self, finding) -> None:
        """Checks › Add translation… on a "safety text not in …" finding: the seller types the sentence in the
        market's language; it is stored in the translation memory and the draft is written again (offline writer)
        or checked again (a model's or a person's text), then shown."""
        from ui.dialogs.sentence_translation import SentenceTranslationDialog

        sentence = str((finding.data or {}).get("sentence") or "")
        if self.draft is None or not sentence:
            return
        dlg = SentenceTranslationDialog(sentence, self.draft.market, self)
        self._translation_dialog = dlg  # kept for tests and so it is not collected while open
        dlg.accepted.connect(lambda: self._save_translation(sentence, dlg.text(), dlg.only_product.isChecked()))
        dlg.open()

    def _save_translation(self, sentence: str, text: str, only_product: bool) -> None:
        from studio.services import translations

        if self.draft is None or not text:
            return
        db, did = self.ctx.db, self.draft.id

        def job(progress, cancel):
            return translations.supply_sentence(db, did, sentence, text, this_product_only=only_product)

        def done(result) -> None:
            draft, found = result
            left = sum(1 for f in found if f.get("rule_id") == "generation.safety-untranslated")
            self._draft_loaded(draft)
            self.status.setText(self.status.text() + " · " + tr("translation saved") + (
                " · " + tr("{n} safety sentence(s) still to translate").replace("{n}", str(left)) if left else ""))

        Op(self.ctx, self, job).named("content: add translation").writes() \
            .success(done).failure(lambda exc: self.status.setText(tr("Translation not saved: ")
                                                                   + ops.message_of(exc))).run_in_background()

    def _dismissed(self, found) -> None:
        quote = " ".join(str((found.get("data") or {}).get("quote", "")).split())
        self.status.setText(tr("Model suggestion dismissed for this draft: ") + f"“{quote[:80]}”")
        self.recheck()

    def _rechecked(self, key: tuple, result) -> None:
        item, findings = result
        self._checker, self._checker_key = item, key
        self.show_findings(findings)
        self.checked.emit(findings)

    def _check_failed(self, exc: BaseException) -> None:
        self.checks_panel.summary.setText(tr("Checks failed: ") + ops.message_of(exc))

    def _schema_fields(self) -> list[str]:
        from studio.services import generation

        try:
            spec = generation.engine().get_spec(self.kind.currentText(), self.target.currentText())
        except KeyError:
            return []
        return list(spec.schema.model_fields)

    @staticmethod
    def _is_rtl(tag: str) -> bool:
        from localization.markets import market_or_provisional

        return market_or_provisional(tag).is_rtl
