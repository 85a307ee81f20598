"""Extract the app's UI strings and update the gettext catalogs.

Scans ``ui/**/*.py`` with ``ast`` (no import of ``ui``, so no Qt needed) for:
- ``tr("…")`` / ``i18n.tr("…")`` / ``self.tr("…")`` calls with a literal string, and ``N_("…")`` (a no-op
  marker for strings kept in tables and translated later with ``tr(variable)``);
- ``title="…"`` of ``Section(...)`` and ``SettingsPage(...)`` (the shell translates titles with ``tr``).

Writes the template ``localization/locale/studio.pot`` and merges it into every
``localization/locale/<lang>/LC_MESSAGES/studio.po`` (existing translations kept, obsolete ones dropped,
no fuzzy matching — a new string is plainly untranslated). Run it after adding UI strings:

    .venv/bin/python -m localization.tools.extract            # update the catalogs
    .venv/bin/python -m localization.tools.extract --check    # exit 1 listing untranslated strings
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from localization.ui_strings import DOMAIN, LANGUAGES, LOCALE_DIR, SOURCE_LANGUAGE, catalog_path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
_TITLE_CALLS = {"Section", "SettingsPage"}


def _call_name(node: ast.Call) -> str | None:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return None


def extract_file(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name in ("tr", "N_") and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            found.append((node.args[0].value, node.lineno))
        elif name in _TITLE_CALLS:
            for kw in node.keywords:
                if kw.arg == "title" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str):
                    found.append((kw.value.value, node.lineno))
    return [(s, n) for s, n in found if s.strip()]


def extract(root: Path = ROOT) -> Catalog:
    catalog = Catalog(project="Commerce Studio", domain=DOMAIN, charset="utf-8", fuzzy=False)
    for path in sorted((root / "ui").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        for text, line in extract_file(path):
            catalog.add(text, locations=[(rel, line)])
    return catalog


def _read(path: Path, lang: str) -> Catalog:
    with open(path, "rb") as fh:
        return read_po(fh, locale=lang, domain=DOMAIN)


def _write(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        write_po(fh, catalog, width=100, omit_header=False, ignore_obsolete=True, sort_output=True)


def update(root: Path = ROOT) -> dict[str, list[str]]:
    """Write the template and merge it into each language; returns {lang: untranslated msgids}."""
    template = extract(root)
    _write(TEMPLATE, template)
    missing: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        if lang == SOURCE_LANGUAGE:
            continue
        po = catalog_path(lang)
        if po.exists():
            catalog = _read(po, lang)
            catalog.update(template, no_fuzzy_matching=True)
        else:
            catalog = Catalog(locale=lang, domain=DOMAIN, project="Commerce Studio", fuzzy=False)
            catalog.update(template, no_fuzzy_matching=True)
        catalog.fuzzy = False
        _write(po, catalog)
        missing[lang] = untranslated(catalog, template)
    return missing


def untranslated(catalog: Catalog, template: Catalog) -> list[str]:
    out = []
    for msg in template:
        if not msg.id:
            continue
        t = catalog.get(msg.id)
        if t is None or not t.string or t.fuzzy:
            out.append(msg.id)
    return out


def check(root: Path = ROOT) -> dict[str, list[str]]:
    template = extract(root)
    return {lang: untranslated(_read(catalog_path(lang), lang), template)
            for lang in LANGUAGES if lang != SOURCE_LANGUAGE}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report untranslated strings (exit 1 if any)")
    args = ap.parse_args(argv)
    result = check() if args.check else update()
    bad = False
    for lang, ids in result.items():
        print(f"{lang}: {len(ids)} untranslated")
        for i in ids:
            print(f"    {i}")
        bad = bad or bool(ids)
    return 1 if (args.check and bad) else 0


if __name__ == "__main__":
    sys.exit(main())
