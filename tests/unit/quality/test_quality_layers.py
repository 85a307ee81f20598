"""The quality rules split into families (issue 18 item 3): text matching is a leaf, the families import no engine,
no module of ``studio.quality`` is part of an import cycle, and none reaches into another's private names."""

from __future__ import annotations

import re
from pathlib import Path

import grimp

QUALITY = Path(__file__).resolve().parents[3] / "studio" / "quality"
LEAVES = ("studio.quality.textmatch", "studio.quality.factdata", "studio.quality.code_registry")
FAMILIES = ("rules_grounding", "rules_language", "rules_prices", "rules_claims", "rules_disclosure")


def _graph():
    return grimp.build_graph("studio", include_external_packages=False)


def test_text_matching_and_fact_helpers_are_leaves():
    g = _graph()
    for leaf in LEAVES:
        assert not {m for m in g.find_modules_directly_imported_by(leaf) if m.startswith("studio.")}, leaf


def test_no_import_cycle_in_quality():
    g = _graph()
    mods = sorted(m for m in g.modules if m.startswith("studio.quality."))
    cycles = [(a, b) for a in mods for b in g.find_modules_directly_imported_by(a)
              if b.startswith("studio.quality.") and g.find_shortest_chain(importer=b, imported=a)]
    assert not cycles


def test_rule_families_do_not_import_the_engine():
    g = _graph()
    for fam in FAMILIES:
        assert not g.chain_exists(importer=f"studio.quality.{fam}", imported="studio.quality.engine"), fam


def test_no_cross_module_private_names():
    names = [p.stem for p in QUALITY.glob("*.py") if p.stem != "__init__"]
    pattern = re.compile(r"\b(?:" + "|".join(names) + r"|M)\._[A-Za-z]\w*|from studio\.quality\.\w+ import [^\n]*\b_[a-zA-Z]")
    hits = [(p.name, m.group(0)) for p in QUALITY.glob("*.py") for m in pattern.finditer(p.read_text(encoding="utf-8"))]
    assert not hits
