"""Markets, languages, formatting, units, sizes, language detection and UI strings. Qt-free leaf package.

- ``localization.markets``     the market registry (``get_market("de-DE")``), festivals, user overrides
- ``localization.formatting``  prices, numbers, dates, units, size charts, shoe sizes, exchange rates (Babel)
- ``localization.text``        graphemes, UTF-16/UTF-8/X lengths, truncation, bidi isolation
- ``localization.detect``      ``detect_language(text) -> Detection(lang, confidence, too_short)``
- ``localization.ui_strings``  gettext catalogs of the app's own UI (en, zh, es, ar)

Data lives beside the code in ``localization/data``; the user's edits in ``<data dir>/localization``.
"""
