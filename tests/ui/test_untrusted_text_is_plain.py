"""Untrusted text is plain text (issue 13, item 10).

A product title, vendor, description, fact, finding, post caption and platform error message that look like
HTML go through the main views; nothing may be rendered as rich text (no link, no 40 px red text): every
label showing them is plain text (or escapes them), tooltips escape them, text views show them literally.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QTextEdit, QWidget

from studio import clock
from studio.services import accounts, drafts
from studio.services.scheduling import queue
from studio.storage import models as m
from tests.support.gen_products import add_product

PAYLOAD = '<a href=x>t</a><span style="font-size:40px;color:red">x</span>'
RAW = ("<a href=x>", 'style="font-size:40px')


def rendered_rich(text: str, fmt) -> bool:
    return fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(text))


def carries_payload(text: str) -> bool:
    return any(r in (text or "") for r in RAW)


def offenders(widgets: list[QWidget]) -> list[str]:
    """Every place where the payload would be rendered as HTML."""
    bad = []
    for w in widgets:
        name = f"{type(w).__name__}#{w.objectName()}"
        if isinstance(w, QLabel) and carries_payload(w.text()) and rendered_rich(w.text(), w.textFormat()):
            bad.append(f"label {name}: {w.text()[:80]}")
        if carries_payload(w.toolTip()) and Qt.mightBeRichText(w.toolTip()):
            bad.append(f"tooltip of {name}")
        if isinstance(w, QTextEdit):
            doc = w.toHtml()
            if 'href="x"' in doc or "#ff0000" in doc:
                bad.append(f"text view {name} renders the markup")
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                cols = model.columnCount(QModelIndex())
            except TypeError:  # QListView models: one column (columnCount is private there)
                cols = 1
            for r in range(min(model.rowCount(QModelIndex()), 60)):
                for c in range(min(cols, 12)):
                    tip = model.data(model.index(r, c), Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str) and carries_payload(tip) and Qt.mightBeRichText(tip):
                        bad.append(f"tooltip of {name} row {r} col {c}")
    return bad


@pytest.fixture
def hostile(sqlite_db):
    db = sqlite_db
    pid = add_product(db, "hostile-lamp", title=PAYLOAD, vendor=PAYLOAD, product_type="Lamp", body_text=PAYLOAD,
                      facts=[{"key": "material", "value": PAYLOAD}, {"key": "colour", "value": "white"}])
    with db.session() as s:
        s.add(m.Media(product_id=pid, src="https://example.com/a.jpg", alt=PAYLOAD, status="missing", position=0,
                      kind="image"))
    finding = {"rule_id": "claims.guarantee", "severity": "warning", "field": "text", "source": PAYLOAD,
               "message": f"“{PAYLOAD}” promises a guarantee"}
    d = drafts.save_version(db, pid, "en-US", "caption", "instagram", {"text": PAYLOAD, "hashtags": []},
                            author="human", ai_generated=False, provenance={}, checks=[finding])
    drafts.approve(db, [d.id])
    acc = accounts.add_account(db, "x", PAYLOAD.replace(" ", ""), base_url="http://127.0.0.1:9")
    post = queue.create_post(db, acc.id, PAYLOAD, clock.now() + timedelta(hours=1),
                                  product_id=pid, market="en-US")
    with db.session() as s:
        row = s.get(m.Post, post.id)
        row.state = "failed"
        row.last_error = f"x: {PAYLOAD} [bad]"
        row.receipt = {"error": {"code": PAYLOAD, "action": PAYLOAD}}
    return pid


@pytest.fixture
def window(hostile, ctx, qtbot):
    """The main window over the hostile catalog, at 1400×900."""
    from ui.app import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    yield w
    w.close()


def _settle(qtbot, ctx) -> None:
    """Until what a section started has landed: events posted by showing it are handled and the app's task runner
    has no job left (its results are delivered before a job leaves it). A fixed 400 ms wait per section before."""
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not ctx.tasks.active(include_quiet=True), timeout=10000)
    QApplication.processEvents()


def test_catalog_text_findings_and_platform_errors_are_never_rich_text(window, qtbot):
    w = window
    seen: list[str] = []

    # catalog: the table and the detail panel of the hostile product
    view = w.section_widget("catalog") or w.show_section("catalog")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.detail.title.text() == PAYLOAD, timeout=10000)
    assert view.detail.title.textFormat() == Qt.TextFormat.PlainText
    assert view.detail.description.toPlainText() == PAYLOAD
    seen.append("catalog")

    # every other main view (content, checks, calendar, video, mockups, livestream, markets, settings)
    for section in w.sections:
        if section.id == "catalog":
            continue
        w.show_section(section.id)
        _settle(qtbot, w.ctx)
        seen.append(section.id)
    cal = w.section_widget("calendar")
    if cal is not None:
        w.show_section("calendar")
        cell = cal.model.cell_of(queue.list_posts(cal.ctx.db)[0].scheduled_at)
        if cell is None:  # the post is in the next month/week view
            cal.step(1)
            qtbot.waitSignal(cal.loaded, timeout=10000)
        qtbot.waitUntil(lambda: any(cal.model._cells.values()), timeout=10000)
        cell = next(iter(cal.model._cells))
        cal.table.setCurrentIndex(cal.model.index(*cell))
        qtbot.waitUntil(lambda: "bad" in cal.error_label.text(), timeout=10000)
        assert "&lt;a href=x&gt;" in cal.error_label.text()  # shown, escaped, inside our own markup
        assert PAYLOAD in cal.preview.toPlainText()  # the caption shows literally in the preview
    content = w.section_widget("content")
    if content is not None:
        w.show_section("content")
        qtbot.waitUntil(lambda: content.product_id is not None, timeout=10000)
    _settle(qtbot, w.ctx)
    widgets = [x for x in QApplication.allWidgets() if x.window() is w]
    bad = offenders(widgets)
    assert not bad, "\n".join(bad)
    assert {"catalog", "calendar", "content", "checks"} <= set(seen)


def test_message_boxes_and_tooltips_show_text_literally(qtbot):
    from ui import plain

    box = plain.message_box(None, QMessageBox.Icon.Warning, "t", PAYLOAD)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    tip = plain.tip(PAYLOAD)
    assert Qt.mightBeRichText(tip) and "<a href=x>" not in tip and "&lt;a href=x&gt;" in tip
    assert plain.tip("no markup here") == "no markup here"
    parent = QWidget()
    qtbot.addWidget(parent)
    auto, rich = QLabel(PAYLOAD, parent), QLabel("<b>ours</b>", parent)
    rich.setTextFormat(Qt.TextFormat.RichText)
    plain.sweep(parent)
    assert auto.textFormat() == Qt.TextFormat.PlainText and rich.textFormat() == Qt.TextFormat.RichText


def test_editor_text_is_read_with_its_no_break_spaces(qtbot):
    """``plain.text_of`` is the one way to read an editor: Qt's ``toPlainText`` turns U+00A0 into a space."""
    from pathlib import Path

    from PySide6.QtWidgets import QPlainTextEdit

    from ui import plain

    ed = QPlainTextEdit()
    qtbot.addWidget(ed)
    ed.setPlainText("100\u00a0% coton\nprix\u202f: 20\u00a0€")
    assert plain.text_of(ed) == "100\u00a0% coton\nprix\u202f: 20\u00a0€"
    root = Path(plain.__file__).parent
    users = [str(p.relative_to(root)) for p in root.rglob("*.py")
             if p.name != "plain.py" and "toPlainText()" in p.read_text(encoding="utf-8")]
    assert users == [], f"read editors with ui.plain.text_of, not toPlainText(): {users}"
