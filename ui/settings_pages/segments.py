"""Settings › Segments (issue 21 item 3), beside Brand voice: audience segments — a named set of guidance applied
like a brand voice when a campaign or a draft variant is written for them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.domain import ChangeSummary
from ui import ops, plain
from ui.i18n import tr
from ui.ops import Op
from ui.settings_pages import SettingsPage
from ui.widgets.fit import ElidedLabel


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.replace("\n", ",").split(",") if w.strip()]


class SegmentsPage(QWidget):
    loaded = Signal()
    saved = Signal(str)

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("SegmentsPage")
        self.segments: list = []
        self.list = QListWidget()
        self.list.setObjectName("SegmentList")
        self.list.setMaximumWidth(240)
        self.list.currentRowChanged.connect(self._pick)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. first-time-buyers"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(tr("who they are"))
        self.tone = QLineEdit()
        self.angles = QLineEdit()
        self.angles.setPlaceholderText(tr("what to lead with, comma-separated"))
        self.do_words = QLineEdit()
        self.dont_words = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)
        self.save_btn = QPushButton(tr("Save segment"))
        self.save_btn.setObjectName("SaveSegment")
        self.save_btn.clicked.connect(self.save)
        self.new_btn = QPushButton(tr("New"))
        self.new_btn.clicked.connect(self.clear)
        self.delete_btn = QPushButton(tr("Delete"))
        self.delete_btn.clicked.connect(self.delete)
        self.status = ElidedLabel("", lines=2)
        form = QFormLayout()
        for label, w in ((tr("Name"), self.name), (tr("Description"), self.description), (tr("Tone"), self.tone),
                         (tr("Angles"), self.angles), (tr("Words to use"), self.do_words),
                         (tr("Words to avoid"), self.dont_words), (tr("Notes"), self.notes)):
            form.addRow(label, w)
        buttons = QHBoxLayout()
        for b in (self.save_btn, self.new_btn, self.delete_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(ElidedLabel(tr("A segment is guidance applied like a brand voice: campaigns and draft "
                                       "variants written for it keep its name, so Insights can compare them."),
                                    lines=2))
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.status)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        from studio.services import segments

        db = self.ctx.db
        Op(self.ctx, self, lambda p, c: segments.list_segments(db)).named("load segments").latest_only("load") \
            .success(lambda rows: self._loaded(rows, select)).failure(self._failed).run_in_background()

    def _loaded(self, rows, select: str | None) -> None:
        self.segments = list(rows)
        self.list.blockSignals(True)
        self.list.clear()
        for s in self.segments:
            self.list.addItem(s.name)
        self.list.blockSignals(False)
        names = [s.name for s in self.segments]
        if select in names:
            self.list.setCurrentRow(names.index(select))
        self.loaded.emit()

    def _pick(self, row: int) -> None:
        if not 0 <= row < len(self.segments):
            return
        s = self.segments[row]
        d = s.data
        self.name.setText(s.name)
        self.description.setText(d.get("description") or "")
        self.tone.setText(d.get("tone") or "")
        self.angles.setText(", ".join(d.get("angles") or []))
        self.do_words.setText(", ".join(d.get("do_words") or []))
        self.dont_words.setText(", ".join(d.get("dont_words") or []))
        self.notes.setPlainText(d.get("notes") or "")

    def clear(self) -> None:
        for w in (self.name, self.description, self.tone, self.angles, self.do_words, self.dont_words):
            w.clear()
        self.notes.clear()
        self.list.clearSelection()

    def save(self) -> None:
        from studio.services import segments

        db, name = self.ctx.db, self.name.text()
        data = {"description": self.description.text(), "tone": self.tone.text(), "angles": _words(self.angles.text()),
                "do_words": _words(self.do_words.text()), "dont_words": _words(self.dont_words.text()),
                "notes": plain.text_of(self.notes)}

        def job(progress, cancel):
            s = segments.save_segment(db, name, data)
            return ChangeSummary(updated=(s.id,), entity="segment", message=f"segment {s.name} saved")

        Op(self.ctx, self, job).named("save segment").writes().busy(self.save_btn) \
            .success(lambda ch: self._saved(name.strip())).failure(self._failed).run_in_background()

    def _saved(self, name: str) -> None:
        self.status.setText(tr("Saved {name}.").format(name=name))
        self.reload(name)
        self.saved.emit(name)

    def delete(self) -> None:
        from studio.services import segments

        name = self.name.text().strip()
        if not name or not plain.ask(self, tr("Delete segment"), tr("Delete the segment {name}?").format(name=name)):
            return
        db = self.ctx.db
        Op(self.ctx, self, lambda p, c: segments.delete_segment(db, name)).named("delete segment").writes() \
            .success(self._deleted).failure(self._failed).run_in_background()

    def _deleted(self, _summary) -> None:
        self.clear()
        self.reload()
        self.status.setText(tr("Deleted."))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(ops.message_of(exc))
        self.loaded.emit()


PAGE = SettingsPage(id="segments", title="Segments", order=26, factory=SegmentsPage)
