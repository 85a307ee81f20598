"""Every section fits a 1366×768 laptop screen, in every UI language: the main window's minimum size with
that section shown stays within the screen (a row that cannot shrink pushes the window past the screen edge —
Content's writer label did, at 1375 px; Livestream's settings column pushed the status bar below 768 px)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ui.app import MainWindow

SCREEN_W, SCREEN_H = 1366, 768
FRAME = 16  # window-manager border on both sides, with room to spare
TITLE_BAR = 32  # the window manager's title bar above the window


@pytest.fixture
def language(request):
    from ui import i18n, startup

    lang = request.param
    i18n.set_language(lang)
    startup.apply_locale(lang)
    if lang == "ar":
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield lang
    i18n.set_language("en")
    startup.apply_locale("en")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("language", ["en", "zh", "ar"], indirect=True)
def test_every_section_fits_a_1366_screen(language, qtbot, ctx, qapp):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    too_wide = {}
    for section in window.sections:
        window.show_section(section.id)
        widget = window.section_widget(section.id)
        qapp.processEvents()  # shown: tab bars and combos report their real hints
        # a status line may say a lot (a CSV refusal lists every row): it wraps, it never widens the window
        for obj in [widget, *widget.findChildren(QWidget)]:
            status = getattr(obj, "status", None)
            if isinstance(status, QLabel):
                status.setText("posts.csv row 2, text: no approved caption for this product; " * 30)
        qapp.processEvents()
        hint, section_hint = window.minimumSizeHint(), widget.minimumSizeHint()
        if hint.width() > SCREEN_W - FRAME or hint.height() > SCREEN_H - TITLE_BAR:
            too_wide[section.id] = (hint.width(), hint.height(), section_hint.width(), section_hint.height())
    window.close()
    assert not too_wide, f"{language}: sections larger than a {SCREEN_W}×{SCREEN_H} screen (window w, h, section w, h): {too_wide}"
