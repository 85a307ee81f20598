"""Every section fits a 1366×768 laptop screen, in every UI language: the main window's minimum width with
that section shown stays within 1366 px (a row that cannot shrink pushes the window past the screen edge —
Content's writer label did, at 1375 px)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.app import MainWindow

SCREEN_W = 1366
FRAME = 16  # window-manager border on both sides, with room to spare


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
def test_every_section_fits_a_1366_screen(language, qtbot, ui_ctx, qapp):
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    too_wide = {}
    for section in window.sections:
        window.show_section(section.id)
        widget = window.section_widget(section.id)
        qapp.processEvents()  # shown: tab bars and combos report their real hints
        width = window.minimumSizeHint().width()
        if width > SCREEN_W - FRAME:
            too_wide[section.id] = (width, widget.minimumSizeHint().width())
    window.close()
    assert not too_wide, f"{language}: sections wider than a {SCREEN_W} px screen (window, section): {too_wide}"
