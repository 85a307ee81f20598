"""Light and dark palettes: readable text (WCAG AA), the OS scheme by default, the override persisted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox

from studio.settings import Settings
from ui import theme

AA_BODY = 4.5


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_text_pair_meets_wcag_aa(scheme):
    low = [(fg, bg, round(r, 2)) for fg, bg, r in theme.contrast_report(scheme) if r < AA_BODY]
    assert not low, f"{scheme}: text below 4.5:1 — {low}"


def test_the_contrast_formula():
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss


def test_palettes_differ_and_are_applied(qapp):
    before = theme.current()
    try:
        assert theme.apply(qapp, "dark") == "dark"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
        assert theme.apply(qapp, "light") == "light"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
    finally:
        theme.apply(qapp, before)


def test_system_follows_the_os_scheme(qapp, monkeypatch):
    hints = qapp.styleHints()
    monkeypatch.setattr(type(hints), "colorScheme", lambda self: Qt.ColorScheme.Dark)
    assert theme.resolve("system") == "dark"
    assert theme.resolve(None) == "dark"  # nothing chosen = follow the system
    monkeypatch.setattr(type(hints), "colorScheme", lambda self: Qt.ColorScheme.Unknown)
    assert theme.resolve("system") == "light"
    assert theme.resolve("dark") == "dark"


def test_the_override_in_settings_applies_and_persists(qtbot, ctx, qapp, light):
    from ui.settings_pages.general import GeneralPage

    page = GeneralPage(ctx)
    qtbot.addWidget(page)
    combo = page.findChild(QComboBox, "UiTheme")
    combo.setCurrentIndex(combo.findData("dark"))
    assert theme.current() == "dark"
    assert Settings().get("ui.theme") == "dark"  # written to settings.json
    assert Settings().model.ui.theme == "dark"
    combo.setCurrentIndex(combo.findData("light"))
    assert theme.current() == "light" and Settings().get("ui.theme") == "light"


def test_startup_applies_the_saved_choice(qapp, ctx, light):
    from ui import startup

    ctx.settings.set("ui.theme", "dark")
    startup.apply(qapp, ctx)
    assert theme.current() == "dark"


def test_tinted_labels_follow_a_switch(qtbot, qapp, light):
    from PySide6.QtWidgets import QLabel

    label = QLabel("note")
    qtbot.addWidget(label)
    theme.tint(label, "muted")
    assert theme.SEMANTIC["light"]["muted"] in label.styleSheet()
    theme.apply(qapp, "dark")
    assert theme.SEMANTIC["dark"]["muted"] in label.styleSheet()


def test_no_view_hard_codes_a_text_colour():
    """Fixed greys and reds were unreadable on the dark palette: views use theme.tint / theme.color."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[3] / "ui"
    offenders = []
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name == "livestream.py":  # the prompter is black in both schemes on purpose (light text on it)
            continue
        for m in re.finditer(r'setStyleSheet\("color:\s*#', text):
            offenders.append(f"{path.relative_to(root)}:{text[:m.start()].count(chr(10)) + 1}")
    assert not offenders, offenders


def test_check_boxes_are_outlined_on_the_dark_palette(qtbot, qapp, light):
    from PySide6.QtCore import QPoint, QSize
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    def border_contrast() -> float:
        opt = QStyleOptionButton()
        opt.rect = qapp.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, None)
        opt.rect.moveTo(2, 2)
        opt.palette = qapp.palette()
        opt.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Off
        img = QImage(QSize(opt.rect.width() + 4, opt.rect.height() + 4), QImage.Format.Format_ARGB32)
        img.fill(qapp.palette().color(QPalette.ColorRole.Window))
        p = QPainter(img)
        qapp.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, opt, p)
        p.end()
        bg = qapp.palette().color(QPalette.ColorRole.Window)
        edge = [img.pixelColor(QPoint(x, opt.rect.center().y())) for x in range(2, 6)]
        return max(theme.contrast_ratio(c, bg) for c in edge)

    theme.apply(qapp, "dark")
    assert border_contrast() >= 3.0  # WCAG non-text contrast for a control's boundary
