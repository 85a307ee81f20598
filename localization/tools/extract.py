"""Extract the app's UI strings and update the gettext catalogs.

Scans ``ui/**/*.py`` with ``ast`` (no import of ``ui``, so no Qt needed) for:
- ``tr("…")`` / ``i18n.tr("…")`` / ``self.tr("…")`` calls with a literal string, and ``N_("…")`` (a no-op
  marker for strings kept in tables and translated later with ``tr(variable)``);
- ``title="…"`` of ``Section(...)`` and ``SettingsPage(...)`` (the shell translates titles with ``tr``);
- ``menu("…")`` / ``action("…")`` helper calls of the shell;
- ``tr(NAME[i])``, ``tr(self.HEADERS[i])``, ``tr(COLUMNS[i][1])``, ``tr(LABELS.get(k, k))`` and ``tr(label)`` in
  ``for label, key in TABLE`` loops or ``[tr(c) for c in COLUMNS]`` comprehensions: the string literals of that
  module/class-level table are extracted; ``tr(NOTE)`` / ``tr(self.NOTE)`` of a string constant too.
  Values only known at run time (``tr(post.state)``) need an ``N_("…")`` somewhere to be extracted.

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
# calls whose first literal argument is a UI string: tr itself, the N_ marker, and the shell's menu/action
# helpers (ui/app.py wraps tr in ``menu("&File")`` / ``action("&Quit", …)``)
TRANSLATED_CALLS = {"tr", "N_", "menu", "action"}


def _call_name(node: ast.Call) -> str | None:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return None


def _strings(node: ast.AST | None, index: int | None = None, values_only: bool = True) -> list[str]:
    """String literals of a constant table: a list/tuple (element ``index`` of each inner tuple when given)
    or a dict (its values)."""
    if node is None:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Dict):
        return [s for v in node.values for s in _strings(v)]
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        out: list[str] = []
        for elt in node.elts:
            if index is not None and isinstance(elt, ast.Tuple | ast.List):
                if -len(elt.elts) <= index < len(elt.elts):
                    out += _strings(elt.elts[index])
            elif isinstance(elt, ast.Constant) and isinstance(elt.value, str):
                out.append(elt.value)
            elif isinstance(elt, ast.Call) and _call_name(elt) in TRANSLATED_CALLS and elt.args:
                out += _strings(elt.args[0])
        return out
    return []


def _tables(body: list[ast.stmt]) -> dict[str, ast.AST]:
    """Constant assignments (NAME = [...] / {...} / (...)) of a module or class body."""
    table: dict[str, ast.AST] = {}
    for stmt in body:
        value: ast.expr | None
        if isinstance(stmt, ast.Assign):
            targets, value = stmt.targets, stmt.value
        elif isinstance(stmt, ast.AnnAssign):
            targets, value = [stmt.target], stmt.value
        else:
            continue
        for t in targets:
            if isinstance(t, ast.Name) and value is not None:
                table[t.id] = value
    return table


def _base_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
        return node.attr
    return None


def _resolve_arg(arg: ast.AST, table: dict[str, ast.AST], loops: list[ast.For | ast.comprehension]) -> list[str]:
    """Strings a non-literal ``tr(arg)`` can receive: NAME[i], NAME[i][k], NAME.get(...), a loop variable."""
    if isinstance(arg, ast.Name):
        for loop in reversed(loops):
            found = _loop_strings(loop, arg.id, table)
            if found is not None:
                return found
    if isinstance(arg, ast.Name | ast.Attribute):  # a module/class constant: tr(NOTE), tr(self.OFFLINE_NOTE)
        name = _base_name(arg)
        node = table.get(name) if name else None
        return [node.value] if isinstance(node, ast.Constant) and isinstance(node.value, str) else []
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "get":
        name = _base_name(arg.func.value)
        return _strings(table.get(name)) if name else []
    if isinstance(arg, ast.Subscript):
        index = None
        inner = arg
        if isinstance(arg.value, ast.Subscript) and isinstance(arg.slice, ast.Constant) and isinstance(arg.slice.value, int):
            index, inner = arg.slice.value, arg.value
        name = _base_name(inner.value)
        return _strings(table.get(name), index) if name else []
    return []


def _loop_strings(loop: ast.For | ast.comprehension, var: str, table: dict[str, ast.AST]) -> list[str] | None:
    target = loop.target
    source: ast.AST = loop.iter
    if isinstance(source, ast.Call) and _call_name(source) in ("enumerate", "sorted", "list", "reversed") and source.args:
        source_call = source
        source = source.args[0]
        if isinstance(target, ast.Tuple) and len(target.elts) == 2 and _call_name(source_call) == "enumerate":
            target = target.elts[1]
    if isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute) and source.func.attr == "items":
        name = _base_name(source.func.value)
        node = table.get(name) if name else None
        if isinstance(node, ast.Dict) and isinstance(target, ast.Tuple) and len(target.elts) == 2:
            keys, values = node.keys, node.values
            for pos, elt in enumerate(target.elts):
                if isinstance(elt, ast.Name) and elt.id == var:
                    return [s for n in (keys if pos == 0 else values) for s in _strings(n)]
        return None
    name = _base_name(source)
    if name and name in table:
        source = table[name]
    if isinstance(target, ast.Name):
        return _strings(source) if target.id == var else None
    if isinstance(target, ast.Tuple):
        for pos, elt in enumerate(target.elts):
            if isinstance(elt, ast.Name) and elt.id == var:
                return _strings(source, pos)
    return None


class _Collector(ast.NodeVisitor):
    def __init__(self, table: dict[str, ast.AST]) -> None:
        self.table = table
        self.loops: list[ast.For | ast.comprehension] = []
        self.found: list[tuple[str, int]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        outer = self.table
        self.table = {**outer, **_tables(node.body)}  # self.X resolves in the class first
        self.generic_visit(node)
        self.table = outer

    def visit_For(self, node: ast.For) -> None:
        self.loops.append(node)
        self.generic_visit(node)
        self.loops.pop()

    def _visit_comprehension(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp) -> None:
        # ``[tr(c) for c in COLUMNS]`` resolves like ``for c in COLUMNS: tr(c)``
        self.loops += node.generators
        self.generic_visit(node)
        del self.loops[len(self.loops) - len(node.generators):]

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _visit_comprehension

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        if name in TRANSLATED_CALLS and node.args:
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                self.found.append((arg.value, node.lineno))
            elif name == "tr":
                self.found += [(s, node.lineno) for s in _resolve_arg(arg, self.table, self.loops)]
        elif name in _TITLE_CALLS:
            for kw in node.keywords:
                if kw.arg == "title" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str):
                    self.found.append((kw.value.value, node.lineno))
        self.generic_visit(node)


def extract_file(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    collector = _Collector(_tables(tree.body))
    collector.visit(tree)
    return [(s, n) for s, n in collector.found if s.strip()]


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
    out: list[str] = []
    for msg in template:
        if not msg.id:
            continue
        t = catalog.get(msg.id)
        if t is None or not t.string or t.fuzzy:
            out.append(msg.id if isinstance(msg.id, str) else msg.id[0])  # a plural entry by its singular
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
