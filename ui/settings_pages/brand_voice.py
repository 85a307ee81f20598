"""Settings › Brand voice: list the profiles, edit tone, audience, do and don't words, the glossary (brand
terms and do-not-translate terms) and sample texts. Save writes a new version (``brand_voices`` keeps every
version; drafts record the one they used); *Make default* picks the profile Generate applies by default.
Everything goes through ``studio.services.brand_voice`` (Qt-free) on ``ctx.tasks``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studio.domain import ChangeSummary
from ui import ops
from ui.i18n import tr
from ui.ops import Op
from ui.plain import text_of
from ui.settings_pages import SettingsPage

GLOSSARY_SEP = "="


def _lines(text: str) -> list[str]:
    return [x.strip() for x in text.splitlines() if x.strip()]


def parse_glossary(text: str) -> dict[str, str]:
    """``source = required`` per line (``→`` also accepted); a line without a separator is an error."""
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        sep = "→" if "→" in line else GLOSSARY_SEP
        if sep not in line:
            raise ValueError(tr("glossary line {n}: write 'source term = required term'").format(n=n))
        src, _, req = line.partition(sep)
        if not src.strip() or not req.strip():
            raise ValueError(tr("glossary line {n}: both terms are needed").format(n=n))
        out[src.strip()] = req.strip()
    return out


def parse_samples(text: str) -> list[str]:
    """Samples are separated by a blank line."""
    return [" ".join(p.split("\n")).strip() for p in text.replace("\r", "").split("\n\n") if p.strip()]


class BrandVoicePage(QWidget):
    saved = Signal(object)  # BrandVoiceDTO of the new version
    loaded = Signal()  # the profile list was (re)read

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.profiles = QListWidget()
        self.profiles.setObjectName("BrandVoiceList")
        self.new_button = QPushButton(tr("New profile"))
        self.name = QLineEdit(placeholderText=tr("e.g. Nordhem"))
        self.tone = QLineEdit(placeholderText=tr("e.g. warm, plain, confident"))
        self.audience = QLineEdit(placeholderText=tr("e.g. people who buy once and keep for years"))
        self.do_words = QPlainTextEdit(placeholderText=tr("one word or phrase per line"))
        self.dont_words = QPlainTextEdit(placeholderText=tr("one word or phrase per line"))
        self.do_not_translate = QPlainTextEdit(placeholderText=tr("brand names, model numbers — one per line"))
        self.glossary = QPlainTextEdit(placeholderText=tr("source term = required term, one per line"))
        self.samples = QPlainTextEdit(placeholderText=tr("sample texts in the brand's style, a blank line between"))
        for ed in (self.do_words, self.dont_words, self.do_not_translate, self.glossary):
            ed.setMaximumHeight(80)
        self.versions = QLabel()
        self.versions.setWordWrap(True)
        self.save_button = QPushButton(tr("Save as new version"))
        self.default_button = QPushButton(tr("Make default"))
        self.result = QLabel()
        self.result.setWordWrap(True)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(QLabel(tr("Profiles")))
        lv.addWidget(self.profiles, 1)
        lv.addWidget(self.new_button)
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Tone"), self.tone)
        form.addRow(tr("Audience"), self.audience)
        form.addRow(tr("Do words"), self.do_words)
        form.addRow(tr("Don't words"), self.dont_words)
        form.addRow(tr("Do not translate"), self.do_not_translate)
        form.addRow(tr("Glossary"), self.glossary)
        form.addRow(tr("Samples"), self.samples)
        form.addRow(tr("Versions"), self.versions)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.save_button)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addLayout(form)
        rv.addLayout(buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

        self._voices: dict[str, Any] = {}
        self._all: list[Any] = []
        self.profiles.currentItemChanged.connect(self._on_profile)
        self.new_button.clicked.connect(self.new_profile)
        self.save_button.clicked.connect(self.save)
        self.default_button.clicked.connect(self.make_default)
        self.default_button.setEnabled(False)
        self.reload()

    # ------------------------------------------------------------------ list
    def reload(self, select: str | None = None) -> None:
        from studio.services import brand_voice

        db = self.ctx.db
        keep = select or (self.profiles.currentItem().data(Qt.ItemDataRole.UserRole)
                          if self.profiles.currentItem() else None)

        def job(progress, cancel):
            return brand_voice.list_brand_voices(db, all_versions=True)

        Op(self.ctx, self, job).named("brand voices").quiet().latest_only("list") \
            .success(lambda rows: self._loaded(rows, keep)).failure(self._failed).run_in_background()

    def _loaded(self, rows, keep: str | None) -> None:
        self._all = list(rows)
        self._voices = {}
        for r in rows:  # newest version first per name
            self._voices.setdefault(r.name, r)
        self.profiles.blockSignals(True)
        self.profiles.clear()
        for name, v in self._voices.items():
            item = QListWidgetItem(f"{name}  v{v.version}" + (f"  ★ {tr('default')}" if v.is_default else ""))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.profiles.addItem(item)
        self.profiles.blockSignals(False)
        names = list(self._voices)
        row = names.index(keep) if keep in names else (0 if names else -1)
        if row >= 0:
            self.profiles.setCurrentRow(row)
            self._on_profile(self.profiles.currentItem())
        self.loaded.emit()

    def _on_profile(self, item, _previous=None) -> None:
        v = self._voices.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        if v is None:
            return
        d = v.data
        self.name.setText(v.name)
        self.tone.setText(d.get("tone", ""))
        self.audience.setText(d.get("audience", ""))
        self.do_words.setPlainText("\n".join(d.get("do_words") or []))
        self.dont_words.setPlainText("\n".join(d.get("dont_words") or []))
        self.do_not_translate.setPlainText("\n".join(d.get("do_not_translate") or []))
        self.glossary.setPlainText("\n".join(f"{k} {GLOSSARY_SEP} {val}" for k, val in (d.get("glossary") or {}).items()))
        self.samples.setPlainText("\n\n".join(d.get("samples") or []))
        versions = [r for r in self._all if r.name == v.name]
        self.versions.setText(", ".join(
            f"v{r.version} ({r.created_at:%Y-%m-%d %H:%M})" if r.created_at else f"v{r.version}" for r in versions))
        self.default_button.setEnabled(not v.is_default)

    def new_profile(self) -> None:
        self.profiles.clearSelection()
        self.profiles.setCurrentItem(None)  # type: ignore[call-overload]  # PySide6 clears it with None; the stub omits that
        for ed in (self.name, self.tone, self.audience):
            ed.clear()
        for box in (self.do_words, self.dont_words, self.do_not_translate, self.glossary, self.samples):
            box.clear()
        self.versions.setText(tr("new — saving creates version 1"))
        self.default_button.setEnabled(False)
        self.name.setFocus()

    # ------------------------------------------------------------------ save
    def profile_data(self) -> dict[str, Any]:
        return {"tone": self.tone.text().strip(), "audience": self.audience.text().strip(),
                "do_words": _lines(text_of(self.do_words)), "dont_words": _lines(text_of(self.dont_words)),
                "do_not_translate": _lines(text_of(self.do_not_translate)),
                "glossary": parse_glossary(text_of(self.glossary)),
                "samples": parse_samples(text_of(self.samples))}

    def save(self) -> None:
        from studio.services import brand_voice

        try:
            data = self.profile_data()
        except ValueError as exc:
            self.result.setText(str(exc))
            return
        db, name = self.ctx.db, self.name.text().strip()

        def job(progress, cancel):
            return brand_voice.save_brand_voice(db, name, data)

        Op(self.ctx, self, job).named("save brand voice").writes().busy(self.save_button).success(self._saved) \
            .failure(self._failed).changes(_saved_changes).run_in_background()

    def _saved(self, v) -> None:
        self.result.setText(tr("Saved {name} version {version}.").format(name=v.name, version=v.version))
        self.reload(select=v.name)
        self.saved.emit(v)

    def make_default(self) -> None:
        from studio.services import brand_voice

        item = self.profiles.currentItem()
        if item is None:
            return
        db, name = self.ctx.db, item.data(Qt.ItemDataRole.UserRole)

        def job(progress, cancel):
            return brand_voice.set_default(db, name)

        def done(_summary) -> None:  # the op broadcasts the summary after this
            self.result.setText(tr("{name} is the default brand voice.").format(name=name))
            self.reload(select=name)

        Op(self.ctx, self, job).named("default brand voice").writes().success(done).failure(self._failed) \
            .run_in_background()

    def _failed(self, exc: BaseException) -> None:
        self.result.setText(tr("Not saved: ") + ops.message_of(exc))


def _saved_changes(v) -> ChangeSummary:
    return ChangeSummary(created=(v.id,), entity="brand_voice", message=f"brand voice {v.name}")


PAGE = SettingsPage(id="brand_voice", title="Brand voice", order=25, factory=BrandVoicePage)
