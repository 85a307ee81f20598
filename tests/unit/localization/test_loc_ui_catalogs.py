"""The app's UI catalogs: every shipped language loads and translates every string of the template."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from localization import ui_strings
from localization.tools import extract

LANGS = [code for code in ui_strings.LANGUAGES if code != ui_strings.SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
MNEMONIC = re.compile(r"&(?=[^\s&])")


def _template():
    with open(extract.TEMPLATE, "rb") as fh:
        return [m for m in read_po(fh) if m.id]


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    ui_strings.set_language("en")


def test_template_is_not_empty_and_has_the_shell_strings():
    ids = {m.id for m in _template()}
    assert len(ids) > 50 and {"Markets", "Settings", "Interface language", "Festivals"} <= ids


@pytest.mark.parametrize("lang", LANGS)
def test_catalog_complete(lang):
    with open(ui_strings.catalog_path(lang), "rb") as fh:
        catalog = read_po(fh, locale=lang)
    untranslated = [m.id for m in _template() if not (catalog.get(m.id) and catalog.get(m.id).string)]
    assert untranslated == [], f"{lang}: untranslated strings (run localization/tools/extract.py): {untranslated}"
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert fuzzy == []
    for m in _template():
        t = catalog.get(m.id).string
        assert sorted(PLACEHOLDER.findall(m.id)) == sorted(PLACEHOLDER.findall(t)), (lang, m.id, t)
        assert len(MNEMONIC.findall(t)) == len(MNEMONIC.findall(m.id)), (lang, m.id, t)  # mnemonics kept
    # the compiled catalog answers in the language
    ui_strings.set_language(lang)
    assert ui_strings.current_language() == lang
    assert all(ui_strings.gettext(m.id) == catalog.get(m.id).string for m in _template())
    assert ui_strings.gettext("Markets") != "Markets"


def test_language_switch_rtl_and_listeners():
    seen = []
    ui_strings.add_listener(seen.append)
    try:
        assert ui_strings.set_language("ar-SA") == "ar" and ui_strings.is_rtl()
        assert ui_strings.gettext("Markets") == "الأسواق"
        assert ui_strings.set_language("zh_Hans") == "zh" and not ui_strings.is_rtl()
        assert ui_strings.gettext("Markets") == "市场"
        assert ui_strings.set_language("es-MX") == "es" and ui_strings.gettext("Markets") == "Mercados"
        assert ui_strings.gettext("a string nobody translated") == "a string nobody translated"
        assert seen == ["ar", "zh", "es"]
    finally:
        ui_strings.remove_listener(seen.append)
    with pytest.raises(ValueError, match="available: en, zh, es, ar"):
        ui_strings.set_language("de")


def test_extractor_finds_tr_calls_and_section_titles(tmp_path):
    src = tmp_path / "ui" / "sections"
    src.mkdir(parents=True)
    (src / "demo.py").write_text(
        'from ui.i18n import tr\nx = tr("Hello")\ny = self.tr("World")\nz = N_("Later")\n'
        'w = tr(variable)\nS = Section(id="d", title="Demo title", order=1, factory=None)\n', encoding="utf-8")
    ids = {m.id for m in extract.extract(tmp_path) if m.id}
    assert ids == {"Hello", "World", "Later", "Demo title"}


def test_extractor_resolves_tables_and_loops(tmp_path):
    src = tmp_path / "ui"
    src.mkdir()
    (src / "tables.py").write_text(
        'LABELS = {"active": "Active", "draft": "Draft"}\n'
        'BUTTONS = [("Run", 1), ("Stop", 2)]\n'
        'class Model:\n'
        '    COLUMNS = [("title", "Title"), ("sku", "SKU code")]\n'
        '    HEADERS = ["When", "Where"]\n'
        '    def header(self, i):\n'
        '        return tr(self.COLUMNS[i][1]), tr(self.HEADERS[i]), tr(LABELS.get(i, i))\n'
        'class Other:\n'
        '    COLUMNS = ("key", "value")\n'
        'def build():\n'
        '    for label, n in BUTTONS:\n'
        '        tr(label)\n'
        '    menu("&File"); action("&Quit", None)\n'
        '    tr(post.state)\n', encoding="utf-8")
    ids = {m.id for m in extract.extract(tmp_path) if m.id}
    assert ids == {"Title", "SKU code", "When", "Where", "Active", "Draft", "Run", "Stop", "&File", "&Quit"}
