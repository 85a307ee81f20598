"""UI string translation. ``tr("Catalog")`` returns the string in the current UI language.

The catalogs and the gettext plumbing live in ``localization.ui_strings`` (Qt-free); this module only
adds what Qt needs (layout direction).
"""

from __future__ import annotations

_translate = None


def tr(text: str) -> str:
    global _translate
    if _translate is None:
        from localization import ui_strings

        _translate = ui_strings.gettext
    return _translate(text)


def N_(text: str) -> str:  # noqa: N802 - gettext convention
    """Marks a string for extraction (``localization/tools/extract.py``); it is translated where shown (``tr``)."""
    return text


def reset() -> None:
    global _translate
    _translate = None


# --------------------------------------------------------------------------- language switching (Qt side)
from PySide6.QtCore import QObject, Signal  # noqa: E402 - Qt part of this module, after the Qt-free tr()


class _LanguageNotifier(QObject):
    """``language_changed(code)`` fires after the UI language switched. Sections that keep translated
    text may listen and re-label; the shell re-labels the sidebar and window title (ui.startup)."""

    language_changed = Signal(str)


_notifier: _LanguageNotifier | None = None


def notifier() -> _LanguageNotifier:
    global _notifier
    if _notifier is None:
        _notifier = _LanguageNotifier()
    return _notifier


def set_language(code: str) -> str:
    """Switch the UI language (en, zh, es, ar) and emit ``language_changed``. Returns the code in use."""
    from localization import ui_strings

    before = ui_strings.current_language()
    lang = ui_strings.set_language(code)
    if lang != before:
        notifier().language_changed.emit(lang)
    return lang


def current_language() -> str:
    from localization import ui_strings

    return ui_strings.current_language()
