"""A window that fits (issue 19, item 1): at 1366×768 and at 1920×1080, in English and in Arabic (right to left),
the typical action of every section — Catalog loads the sample catalog, Content generates an Arabic Amazon
listing with the offline writer, Video writes a script and scrubs the preview, Livestream builds a kit, Calendar
moves a scheduled post, Mockups composes a product, Checks runs the report — leaves the main window at the size
it had, and no visible widget needs more room than it gets (``ui.widgets.fit.layout_offenders``: a minimum size
larger than the window, a widget outside the window, a widget its layout squeezed below its minimum).

Before: generating an Arabic Amazon listing in Content widened the window to 3,053 px (one line of the live
output or a long label set the minimum width) and pushed the checks panel off the screen.

The actions are ``ui.screenshots.ACTIONS``, the same that ``python -m ui.screenshots`` photographs.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QTabWidget, QWidget

from ui.widgets.fit import ElidedLabel, describe, layout_offenders, needed_size

SIZES = [(1366, 768), (1920, 1080)]
NUMBER = re.compile(r"[\d\s.,:%/+\-\u066b\u066c\u0660-\u0669]+")


@pytest.fixture
def ctx(ctx):
    """The shared context with quick quarter-size video renders."""
    ctx.settings.set("video.render_scale", 0.25)
    return ctx


@pytest.fixture
def language(request, monkeypatch):
    from ui.screenshots import set_language

    for key in ("STUDIO_LLM_BASE_URL", "STUDIO_LLM_MODEL", "STUDIO_LLM_API_KEY"):
        monkeypatch.delenv(key, raising=False)  # the offline writer
    set_language(request.param)
    yield request.param
    set_language("en")


def _settle(qapp) -> None:
    for _ in range(3):  # layout requests are posted events, nested layouts one level at a time
        qapp.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


@pytest.mark.parametrize("language", ["en", "ar"], indirect=True)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_section_action_changes_the_window_size_or_clips(size, language, ctx, qtbot, qapp):
    from ui.screenshots import action_of, open_window

    win = open_window(ctx, size)
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    _settle(qapp)
    start = win.size()
    assert (start.width(), start.height()) == size
    if language == "ar":
        assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def wait(cond, timeout: float) -> None:
        qtbot.waitUntil(cond, timeout=int(timeout * 1000))

    grown, offenders = [], []
    order = ["catalog"] + [s.id for s in win.sections if s.id != "catalog"]
    for sid in order:
        action_of(sid)(win, wait)
        _settle(qapp)
        if win.size() != start:
            grown.append(f"{sid}: {win.width()}×{win.height()} (min {win.minimumSizeHint().width()})")
        offenders += [f"{sid}: {line}" for line in layout_offenders(win)]
    assert not grown, f"{language} {size}: the window changed size after: {grown}"
    assert not offenders, f"{language} {size}: widgets that do not fit:\n  " + "\n  ".join(offenders)


def _text_holders(root: QWidget) -> list[QWidget]:
    """The labels and text boxes a section keeps to show data in (attributes of its widgets): those whose
    text changes; the captions made once and never kept are left alone."""
    found: dict[int, QWidget] = {}
    for w in [root, *root.findChildren(QWidget)]:
        for value in vars(w).values():
            if isinstance(value, QPlainTextEdit) and value.isVisible():
                found[id(value)] = value
            elif isinstance(value, QLabel) and value.isVisible() and value.pixmap().isNull() \
                    and not NUMBER.fullmatch(value.text()):  # a count stays a number
                found[id(value)] = value
    return list(found.values())


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_long_text_in_labels_and_live_output_never_changes_the_window(language, ctx, qtbot, qapp):
    """Each section (in a window of its own) with a whole listing on one line in every label it updates, in
    every text box (the live output) and in the status bar: the window keeps its size, nothing is pushed out."""
    from ui.screenshots import open_window

    line = "اكتشف مزهرية Kiln & Clay المصنوعة من الخزف الحجري، not dishwasher safe; " * 40
    grown, offenders = [], []
    for section in open_window(ctx, (1366, 768)).sections:
        win = open_window(ctx, (1366, 768))
        qtbot.addWidget(win)
        view = win.show_section(section.id) or win.section_widget(section.id)
        _settle(qapp)
        start = win.size()
        # every page of the section's tabs in turn: a label on a tab not shown first (Checks › Lint a text's
        # model status, finding s14-1) raised the window's minimum width once its tab was shown
        pages = [(tabs, i) for tabs in view.findChildren(QTabWidget) for i in range(tabs.count())] or [(None, 0)]
        for tabs, i in pages:
            if tabs is not None:
                tabs.setCurrentIndex(i)
                _settle(qapp)
            holders = _text_holders(view)
            for w in holders:
                w.setText(line) if isinstance(w, QLabel) else w.setPlainText(line)
            win.statusBar().showMessage(line)
            _settle(qapp)
            where = section.id if tabs is None else f"{section.id} › {tabs.tabText(i)}"
            hint = win.minimumSizeHint()
            if win.size() != start or hint.width() > start.width() or hint.height() > start.height():
                wide = [describe(w) for w in holders if needed_size(w).width() > start.width() // 2]
                grown.append(f"{where}: {win.width()}×{win.height()} (min {hint.width()}×{hint.height()}) {wide}")
            if tabs is None or i == tabs.currentIndex() and (tabs, i) == pages[0]:
                offenders += [f"{where}: {x}" for x in layout_offenders(win)]
        win.close()
    assert not grown, f"the window changed size: {grown}"
    assert not offenders, "widgets that do not fit:\n  " + "\n  ".join(offenders)


def test_elided_label_keeps_its_text_in_the_tooltip(qtbot):
    label = ElidedLabel("Kiln & Clay Ceramic Bud Vase — stoneware, matte exterior, glazed interior " * 4)
    qtbot.addWidget(label)
    label.resize(200, 24)
    label.show()
    shown = QLabel.text(label)
    assert shown.endswith("…") and len(shown) < len(label.text())
    assert label.toolTip() == label.text()
    assert label.minimumSizeHint().width() < 200
    label.setText("short")
    assert QLabel.text(label) == "short" and label.toolTip() == ""
