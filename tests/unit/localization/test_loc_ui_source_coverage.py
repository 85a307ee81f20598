"""Every UI string in the *sources* has a translation in every shipped catalog.

``test_loc_ui_catalogs`` checks the committed template; this one extracts ``ui/`` afresh (the same ``ast`` scan as
``python -m localization.tools.extract``), so a ``tr("…")`` added without running the extractor and translating
fails here, naming the file and line. A string that is meant to stay in English in some language goes in
``ALLOWED_UNTRANSLATED`` with the reason; an entry that no longer matches a UI string fails too, so the list
cannot rot.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

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


# --------------------------------------------------------------------------- text never passed through tr
# A string literal handed straight to a widget never reaches a catalog, so the coverage above cannot see it
# (walkthrough s21: parts of the import dialog read English in the Arabic UI). Every literal with words given to a
# Qt text setter or a labelled widget under ui/ goes through tr(); these few are examples, URLs or markup.
TEXT_SETTERS = {"setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "addTab", "setTabText", "addRow",
                "setLabelText", "showMessage", "setTitle", "setStatusTip", "setInformativeText", "setHeaderLabels"}
LABELLED = {"QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QRadioButton", "QAction", "QToolButton", "ElidedLabel"}
NOT_WORDS = {  # {source excerpt: why it stays as written}
    "'https://shop.example.com'": "an example URL",
    "'tiktok:@handle, instagram:@handle'": "the input's own syntax",
    "'ar-SA, de-DE'": "locale tags",
    "f\"<a href='{g.console_url}'>{g.console_url}</a>\"": "a link: the URL itself",
    "f\"<span style='color:#b00020'>{html.escape(p.last_error)}{code}</span>{action}\"": "markup around translated text",
    "f\"<span style='color:#b35c00'>⚠ {html.escape(p.last_error)}</span>\"": "markup around the platform's error",
}
_WORD = re.compile(r"[A-Za-z]{2,}")


def _has_words(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(_WORD.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and _WORD.search(str(v.value)) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _has_words(node.left) or _has_words(node.right)
    return False


def untranslated_literals(root: Path) -> list[str]:
    found = []
    for path in sorted((root / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
            if name in TEXT_SETTERS:
                args = node.args[1:2] if name in ("addTab", "setTabText") else node.args[:1]
            elif name in LABELLED:
                args = node.args[:1]
            else:
                continue
            for a in args:
                if _has_words(a) and ast.unparse(a) not in NOT_WORDS:
                    found.append(f"{path.relative_to(root).as_posix()}:{node.lineno}: {ast.unparse(a)[:100]}")
    return found


def test_no_ui_text_skips_tr():
    found = untranslated_literals(extract.ROOT)
    assert not found, "wrap these in tr(\"…\") (then extract and translate):\n  " + "\n  ".join(found)


def test_a_literal_given_to_a_widget_is_found(tmp_path):
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "d.py").write_text(
        'QLabel("Report")\nw.setText(f"{n} rows read")\ntabs.addTab(page, "Report")\nQLabel(tr("Report"))\n'
        'w.setText("12 %")\nw.setToolTip(tr("a") + " more words")\n', encoding="utf-8")
    assert [ln.split(": ", 1)[0] for ln in untranslated_literals(tmp_path)] == [
        "ui/d.py:1", "ui/d.py:2", "ui/d.py:3", "ui/d.py:6"]
