"""UI string translation. ``tr("Catalog")`` returns the string in the current UI language.

The catalogs and the gettext plumbing live in ``localization.ui_strings`` (Qt-free); this module only
adds what Qt needs (layout direction).
"""

from __future__ import annotations

_translate = None


def tr(text: str) -> str:
    global _translate
    if _translate is None:
        try:
            from localization import ui_strings

            _translate = ui_strings.gettext
        except (ImportError, AttributeError):
            return text
    return _translate(text)


def reset() -> None:
    global _translate
    _translate = None
