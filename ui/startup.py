"""Start-up hooks the shell calls before the main window opens: UI language, layout direction and the light or
dark palette (``ui.theme``, see ``ui/theme.py``; ``STUDIO_THEME`` overrides it for one run).

``apply(app, ctx)`` reads ``ui.language`` from the settings (or ``STUDIO_UI_LANGUAGE``), selects the gettext
catalog and mirrors the whole layout right-to-left for Arabic. Later switches (Settings › General) go through
``ui.i18n.set_language``; the handler here then flips the layout direction and re-labels the sidebar and
window title of the open main window without closing anything. Views already built keep their text until
they are rebuilt (next start), unless they listen to ``ui.i18n.notifier().language_changed`` themselves.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from ui import i18n

_ctx = None
_connected = False
_system_locale: QLocale | None = None


def view_state() -> QSettings:
    """Window and view state (main window geometry and state, splitter sizes, the last section) in Qt's own
    store ``<data>/view-state.ini``, apart from ``settings.json``, which holds what the user chose."""
    from studio.settings import data_dir

    return QSettings(str(data_dir() / "view-state.ini"), QSettings.Format.IniFormat)


def apply_locale(lang: str) -> None:
    """Qt's default locale follows the UI language (calendar month/day names, Qt-formatted numbers);
    English restores the locale the app started with. Qt's own strings (QDialogButtonBox / QMessageBox
    "OK", "Cancel", "Close", the context menus of text fields) follow too: see ``install_qt_translations``."""
    global _system_locale
    if _system_locale is None:
        _system_locale = QLocale()
    QLocale.setDefault(_system_locale if lang == "en" else QLocale(QT_LOCALE.get(lang, lang)))
    install_qt_translations(lang)


# Qt's locale per UI language where the bare language is not the right one. Arabic: QLocale("ar") is ar_EG,
# whose Arabic-Indic digits (٢٠٢٦) showed in Qt-formatted cells and date edits beside the Western digits of
# everything else (catalogs, counts, ui_dates headings); ar_AE has the same month and day names (ديسمبر,
# الاثنين) with Western digits.
QT_LOCALE = {"ar": "ar_AE"}


_qt_translator: QTranslator | None = None


def install_qt_translations(lang: str) -> Path | None:
    """Load Qt's own translations (``qtbase_<lang>.qm``, shipped with PySide6 in
    ``QLibraryInfo.path(TranslationsPath)``: qtbase_ar, qtbase_es, qtbase_zh_CN…) for the UI language, replacing
    the one loaded before; English removes it. Returns the file loaded, or None (English, no application, or a
    language Qt ships no translation for — its buttons then stay English)."""
    global _qt_translator
    app = QCoreApplication.instance()
    if app is None:
        return None
    if _qt_translator is not None:
        app.removeTranslator(_qt_translator)
        _qt_translator = None
    if lang == "en":
        return None
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    # QLocale("zh") → zh_Hans_CN: QTranslator tries its UI languages (zh_CN, zh…) and finds qtbase_zh_CN.qm
    if not translator.load(QLocale(lang), "qtbase", "_", folder, ".qm"):
        return None
    app.installTranslator(translator)
    _qt_translator = translator
    return Path(translator.filePath())


def layout_direction(lang: str) -> Qt.LayoutDirection:
    from localization import ui_strings

    return Qt.LayoutDirection.RightToLeft if ui_strings.is_rtl(lang) else Qt.LayoutDirection.LeftToRight


def apply(app: QApplication, ctx) -> str:
    """Select the UI language from settings and set the app's layout direction. Returns the language."""
    global _ctx, _connected
    from localization import ui_strings

    _ctx = ctx
    # localization resolves the same data dir as studio.settings (STUDIO_HOME or platformdirs'
    # "CommerceStudio"), so market overrides and rates sit beside settings.json without wiring here.
    wanted = os.environ.get("STUDIO_UI_LANGUAGE") or ctx.settings.get("ui.language") or "en"
    try:
        lang = i18n.set_language(wanted)
    except ValueError:
        lang = i18n.set_language("en")
    app.setLayoutDirection(layout_direction(lang))
    apply_locale(lang)
    from ui import theme

    theme.apply(app, os.environ.get("STUDIO_THEME") or ctx.settings.get("ui.theme"))  # light/dark (Settings › General)
    if not _connected:
        i18n.notifier().language_changed.connect(_on_language_changed)
        _connected = True
    return ui_strings.current_language()


def _on_language_changed(lang: str) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setLayoutDirection(layout_direction(lang))
    apply_locale(lang)
    window = getattr(_ctx, "main_window", None) if _ctx is not None else None
    if window is not None and isValid(window):  # a closed window of an earlier context is left alone
        relabel_main_window(window)


def relabel_main_window(window) -> None:
    """Re-translate what the shell shows: sidebar entries and their tooltips (and the window title when the
    shell has no ``retranslate`` of its own — MainWindow re-labels its menus and title itself)."""
    if not callable(getattr(window, "retranslate", None)):
        window.setWindowTitle(i18n.tr("Commerce Studio"))
    sidebar = getattr(window, "sidebar", None)
    sections = getattr(window, "sections", [])
    if sidebar is None:
        return
    for row, section in enumerate(sections):
        item = sidebar.item(row)
        if item is None:
            continue
        item.setText(i18n.tr(section.title))
        tip = item.toolTip()
        if "(" in tip:
            item.setToolTip(f"{i18n.tr(section.title)} ({tip.rsplit('(', 1)[1]}")
