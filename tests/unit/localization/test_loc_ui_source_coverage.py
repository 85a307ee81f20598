"""Every UI string in the *sources* has a translation in every shipped catalog.

``test_loc_ui_catalogs`` checks the committed template; this one extracts ``ui/`` afresh (the same ``ast`` scan as
``python -m localization.tools.extract``), so a ``tr("…")`` added without running the extractor and translating
fails here, naming the file and line. A string that is meant to stay in English in some language goes in
``ALLOWED_UNTRANSLATED`` with the reason; an entry that no longer matches a UI string fails too, so the list
cannot rot.
"""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from localization import ui_strings
from localization.tools import extract

LANGS = [code for code in ui_strings.LANGUAGES if code != ui_strings.SOURCE_LANGUAGE]

# {msgid: (languages it may stay untranslated in, why)} — keep empty unless a string really is not translated
ALLOWED_UNTRANSLATED: dict[str, tuple[frozenset[str], str]] = {}


@pytest.fixture(scope="module")
def sources():
    return extract.extract()


def _catalog(lang: str):
    with open(ui_strings.catalog_path(lang), "rb") as fh:
        return read_po(fh, locale=lang)


@pytest.mark.parametrize("lang", LANGS)
def test_every_tr_string_under_ui_is_translated(sources, lang):
    catalog = _catalog(lang)
    missing = []
    for msg in sources:
        if not msg.id:
            continue
        allowed = ALLOWED_UNTRANSLATED.get(msg.id)
        if allowed is not None and lang in allowed[0]:
            continue
        t = catalog.get(msg.id)
        if t is None or not t.string or t.fuzzy:
            where = ", ".join(f"{path}:{line}" for path, line in msg.locations[:3])
            missing.append(f"{msg.id!r} ({where})")
    assert not missing, (
        f"{lang}: {len(missing)} UI string(s) without a translation — run "
        f"`.venv/bin/python -m localization.tools.extract`, translate them in "
        f"localization/locale/{lang}/LC_MESSAGES/studio.po (or allow-list them here with a reason):\n  "
        + "\n  ".join(missing))


def test_allow_list_entries_are_still_ui_strings(sources):
    ids = {m.id for m in sources if m.id}
    stale = [i for i in ALLOWED_UNTRANSLATED if i not in ids]
    assert stale == [], f"allow-listed strings no longer in ui/: {stale}"
    for msgid, (langs, why) in ALLOWED_UNTRANSLATED.items():
        assert langs <= set(LANGS) and why.strip(), msgid


def test_committed_template_is_current(sources):
    """The template (what translators work from) holds every string the sources have."""
    with open(extract.TEMPLATE, "rb") as fh:
        template = {m.id for m in read_po(fh) if m.id}
    new = sorted(m.id for m in sources if m.id and m.id not in template)
    assert new == [], f"run `.venv/bin/python -m localization.tools.extract`: not in studio.pot: {new}"


def test_extractor_sees_comprehensions_and_constants(tmp_path):
    src = tmp_path / "ui"
    src.mkdir()
    (src / "page.py").write_text(
        'COLUMNS = ("Account", "Left today")\n'
        'NOTE = "Offline note"\n'
        'class Page:\n'
        '    HINT = "Class hint"\n'
        '    def build(self):\n'
        '        headers = [tr(c) for c in COLUMNS]\n'
        '        tips = {k: tr(v) for k, v in PAIRS}\n'
        '        return headers, tips, tr(NOTE), tr(self.HINT), tr(self.unknown), tr(c)\n'
        'PAIRS = (("a", "Alpha"), ("b", "Beta"))\n', encoding="utf-8")
    ids = {m.id for m in extract.extract(tmp_path) if m.id}
    assert ids == {"Account", "Left today", "Offline note", "Class hint", "Alpha", "Beta"}
