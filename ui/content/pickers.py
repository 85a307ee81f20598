"""Content › what the draft is for: kind, target and market pickers (with the writer's language coverage), the
writer label, and the brand voice choice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
)

from ui.i18n import tr
from ui.ops import Op

DEFAULT_MARKETS = ["en-US", "de-DE", "ar-SA", "ja-JP"]
MARKETS_SETTING = "content.markets"
BRAND_VOICE_SETTING = "content.brand_voice"


class SlotPickers:
    """ContentView's pickers (a mixin: the widgets are built in ``ContentView.__init__``)."""

    @property
    def market(self) -> str:
        return self.market_tabs.tabText(self.market_tabs.currentIndex()) if self.market_tabs.count() else "en-US"

    def _fill_kinds(self) -> None:
        from studio.services import generation

        self.kind.blockSignals(True)
        self.kind.add_ids(generation.kinds())
        if self.kind.findText("listing") >= 0:
            self.kind.setCurrentText("listing")
        self.kind.blockSignals(False)
        self._fill_targets()

    def _fill_targets(self) -> None:
        from studio.services import generation

        self.target.blockSignals(True)
        self.target.clear()
        ts = generation.targets(self.kind.currentText())
        self.target.add_ids(["site"] if ts == ["*"] else [t for t in ts if t != "*"])
        self.target.blockSignals(False)

    def _writer(self) -> str:
        from studio.services import providers

        return providers.config(self.ctx.settings)["provider"]

    def _fill_markets(self) -> None:
        """The market picker, each market marked with whether the current writer covers its language."""
        from localization.markets import all_markets
        from studio.services import generation

        markets = [(m.tag, m.language) for m in all_markets()]
        offline = self._writer() == "offline"
        covered = set(generation.supported_offline_languages()) if offline else None
        self.add_market.clear()
        self.add_market.addItem(tr("+ market…"), None)
        for tag, lang in markets:
            if covered is None:
                self.add_market.addItem(tag, tag)
                self.add_market.setItemData(self.add_market.count() - 1,
                                            tr("Written by the configured model"), Qt.ToolTipRole)
            elif lang in covered:
                self.add_market.addItem(f"{tag}  ✓", tag)
                self.add_market.setItemData(self.add_market.count() - 1,
                                            tr("The offline writer has a phrase bank for this language"),
                                            Qt.ToolTipRole)
            else:
                self.add_market.addItem(f"{tag}  — {tr('needs a model')}", tag)
                self.add_market.setItemData(self.add_market.count() - 1,
                                            tr("The offline writer has no phrase bank for this language; "
                                               "configure a model in Settings › LLM"), Qt.ToolTipRole)

    OFFLINE_NOTE = ("The built-in offline writer is in use: no AI. It fills each language's phrase bank with "
                    "your facts (values translated through its glossary; a value it cannot translate stays in "
                    "its source language, marked, with a finding). It cannot translate free text, write new "
                    "benefits or adapt tone; configure a model in Settings › LLM for that.")

    def _update_provider_label(self) -> None:
        p = self._writer()
        if p == "offline":
            self.provider_label.setText(tr("Writer: offline phrase banks (no AI) ⓘ"))
            self.provider_label.setToolTip(tr(self.OFFLINE_NOTE))
        else:
            self.provider_label.setText(tr("Writer: ") + p)
            self.provider_label.setToolTip("")

    def _on_add_market(self, index: int) -> None:
        if index <= 0:
            return
        tag = self.add_market.itemData(index) or self.add_market.itemText(index).split()[0]
        existing = [self.market_tabs.tabText(i) for i in range(self.market_tabs.count())]
        if tag not in existing:
            self.market_tabs.addTab(tag)
            self.ctx.settings.set(MARKETS_SETTING, existing + [tag])
        self.market_tabs.setCurrentIndex([self.market_tabs.tabText(i) for i in range(self.market_tabs.count())]
                                         .index(tag))
        self.add_market.setCurrentIndex(0)

    def _on_kind(self, _kind: str) -> None:
        self._fill_targets()
        self.load_draft()

    def brand_voice_choice(self) -> Any:
        """What Generate passes as ``brand_voice``: None = the default profile, False = none, or a name."""
        data = self.brand_voice.currentData()
        return None if data in (None, "") else (False if data == "\x00none" else data)

    def reload_brand_voices(self) -> None:
        from studio.services import brand_voice

        db = self.ctx.db

        def job(progress, cancel):
            return brand_voice.list_brand_voices(db)

        Op(self.ctx, self, job).named("content: brand voices").quiet().latest_only("brand voices") \
            .success(self._brand_voices_loaded).failure(self._failed).run_in_background()

    def _brand_voices_loaded(self, voices) -> None:
        wanted = self.brand_voice.currentData() if self.brand_voice.count() else \
            self.ctx.settings.get(BRAND_VOICE_SETTING, "")
        self.brand_voice.clear()
        default = next((v.name for v in voices if v.is_default), None)
        self.brand_voice.addItem(tr("Default") + (f" ({default})" if default else ""), "")
        for v in voices:
            self.brand_voice.addItem(f"{v.name} v{v.version}", v.name)
        self.brand_voice.addItem(tr("No brand voice"), "\x00none")
        self.brand_voice.setCurrentIndex(max(0, self.brand_voice.findData(wanted or "")))

    def _on_brand_voice(self, _index: int) -> None:
        self.ctx.settings.set(BRAND_VOICE_SETTING, self.brand_voice.currentData() or "")

    def edit_brand_voices(self) -> QDialog:
        from ui.settings_pages.brand_voice import BrandVoicePage

        dlg = QDialog(self)
        dlg.setWindowTitle(tr("Brand voices"))
        lay = QVBoxLayout(dlg)
        page = BrandVoicePage(self.ctx)
        lay.addWidget(page)
        bb = QDialogButtonBox(QDialogButtonBox.Close)
        bb.rejected.connect(dlg.reject)
        lay.addWidget(bb)
        dlg.finished.connect(lambda _r: self.reload_brand_voices())
        dlg.resize(900, 640)
        dlg.open()
        self._last_dialog = dlg
        return dlg
