"""The app's own UI language through gettext: English (source), Simplified Chinese, Spanish and Arabic.

Catalog sources are ``localization/locale/<lang>/LC_MESSAGES/studio.po``. They are compiled in memory with
Babel when a language is first selected (no build step, works from a clean checkout; a ``studio.mo`` next to
the ``.po`` is used instead when it is newer). ``gettext("Catalog")`` returns the string in the current
language, falling back to the English source for anything not translated. Qt-free: ``ui.i18n`` adds the
layout direction and a Qt signal on top via ``add_listener``.
"""

from __future__ import annotations

import gettext as _gettext
import io
import threading
from collections.abc import Callable
from pathlib import Path

__all__ = [
    "gettext", "ngettext", "set_language", "current_language", "is_rtl", "available_languages",
    "normalize_language", "add_listener", "remove_listener", "catalog_path", "LOCALE_DIR", "DOMAIN",
    "LANGUAGES", "RTL_LANGUAGES",
]

DOMAIN = "studio"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
SOURCE_LANGUAGE = "en"
LANGUAGES = {"en": "English", "zh": "简体中文", "es": "Español", "ar": "العربية"}
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})

_lock = threading.Lock()
_current = SOURCE_LANGUAGE
_translations: dict[str, _gettext.NullTranslations] = {}
_listeners: list[Callable[[str], None]] = []


def available_languages() -> dict[str, str]:
    """{code: native name} of the shipped UI languages."""
    return dict(LANGUAGES)


def normalize_language(code: str | None) -> str:
    """``zh-CN``, ``zh_Hans``, ``ar-SA``, ``es_MX`` → ``zh``, ``zh``, ``ar``, ``es``. Unknown raises ValueError."""
    if not code:
        return SOURCE_LANGUAGE
    base = code.replace("_", "-").split("-")[0].lower()
    if base not in LANGUAGES:
        raise ValueError(f"UI language {code!r} is not shipped; available: {', '.join(LANGUAGES)}")
    return base


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def _load(lang: str) -> _gettext.NullTranslations:
    if lang == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    po = catalog_path(lang)
    mo = po.with_suffix(".mo")
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with open(mo, "rb") as fh:
            return _gettext.GNUTranslations(fh)
    if not po.exists():
        return _gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with open(po, "rb") as fh:
        catalog = read_po(fh, locale=lang, domain=DOMAIN)
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    buf.seek(0)
    return _gettext.GNUTranslations(buf)


def _translation(lang: str) -> _gettext.NullTranslations:
    t = _translations.get(lang)
    if t is None:
        with _lock:
            t = _translations.get(lang)
            if t is None:
                t = _load(lang)
                _translations[lang] = t
    return t


def set_language(code: str | None) -> str:
    """Switch the UI language (``en``, ``zh``, ``es``, ``ar``; regional tags accepted). Notifies listeners."""
    global _current
    lang = normalize_language(code)
    _translation(lang)  # compile before switching so a broken catalog fails here, not mid-paint
    changed = lang != _current
    _current = lang
    if changed:
        for fn in list(_listeners):
            fn(lang)
    return lang


def current_language() -> str:
    return _current


def is_rtl(lang: str | None = None) -> bool:
    return (lang or _current) in RTL_LANGUAGES


def gettext(message: str) -> str:
    if _current == SOURCE_LANGUAGE or not message:
        return message
    return _translation(_current).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation(_current).ngettext(singular, plural, n)


def translate(message: str, lang: str) -> str:
    """``message`` in ``lang`` without switching the current language."""
    lang = normalize_language(lang)
    return message if lang == SOURCE_LANGUAGE else _translation(lang).gettext(message)


def add_listener(fn: Callable[[str], None]) -> None:
    if fn not in _listeners:
        _listeners.append(fn)


def remove_listener(fn: Callable[[str], None]) -> None:
    if fn in _listeners:
        _listeners.remove(fn)
