"""Issue 17 item 3, round 13: the severity table of docs/readme/quality.md ("One severity policy") and the code's one
policy (studio/quality/severity.py) say the same thing — the test reads both.

Every row of the table names its policy kind in its first column (`health`, `superlative`…); its severity cell
must start with what ``severity.POLICY`` gives that kind (the default, and the platforms where it differs), every
kind of the policy must have a row, and every kind a rule names must be in the policy. Then, from the code's side:
the same violation written in several registry languages and markets gets the one severity of its kind's row.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from studio.quality import engine, lint_text
from studio.quality.severity import POLICY, severity_for

DOC = Path(__file__).resolve().parents[3] / "docs" / "readme" / "quality.md"
_SEV = r"(?:error|warning|info)"


def _table() -> list[tuple[str, str]]:
    text = DOC.read_text(encoding="utf-8")
    start = text.index("### One severity policy")
    rows = []
    for line in text[start:].splitlines()[1:]:
        if line.startswith("### ") or line.startswith("#### "):
            break
        if not line.startswith("| `"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        rows.append((cells[0].strip("`"), cells[2]))
    return rows


def _doc_policy(cell: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """'error on amazon-* and tiktok-shop-title, warning elsewhere …' -> ('warning', (('amazon-*', 'error'), …))."""
    m = re.match(rf"({_SEV}) on ([\w*\-]+(?:(?:,| and) [\w*\-]+)*), ({_SEV}) elsewhere", cell)
    if m:
        globs = re.split(r",\s*|\s+and\s+", m.group(2))
        return m.group(3), tuple((g, m.group(1)) for g in globs)
    m = re.match(rf"({_SEV})(?![\w-])", cell)
    assert m, f"severity cell does not start with a severity: {cell[:60]!r}"
    return m.group(1), ()


def test_every_row_of_the_table_is_the_codes_policy():
    rows = _table()
    assert len(rows) >= 15, "the severity table was not found in docs/readme/quality.md"
    for kind, cell in rows:
        assert kind in POLICY, f"docs row `{kind}` is not a kind of studio/quality/severity.py POLICY"
        default, overrides, _src = POLICY[kind]
        doc_default, doc_overrides = _doc_policy(cell)
        assert doc_default == default, f"`{kind}`: docs say {doc_default}, code says {default}"
        assert set(doc_overrides) == set(overrides), f"`{kind}`: docs say {doc_overrides}, code says {overrides}"


def test_every_kind_of_the_policy_and_of_the_rules_has_a_row():
    documented = {kind for kind, _ in _table()}
    assert set(POLICY) <= documented, f"kinds without a docs row: {sorted(set(POLICY) - documented)}"
    used = {r.params["claim"] for r in engine.all_rules() if "claim" in r.params}
    assert used <= documented, f"rule kinds without a docs row: {sorted(used - documented)}"


def test_the_parser_reads_a_platform_row():
    assert _doc_policy("error on amazon-* and tiktok-shop-title, warning elsewhere | x") == (
        "warning", (("amazon-*", "error"), ("tiktok-shop-title", "error")))
    assert _doc_policy("warning, fix: the local label") == ("warning", ())


# the same violation in several registry languages and markets: one severity per target, the policy's
SAME_VIOLATION = {
    "health": [("This tea cures diabetes", "en-US"), ("Dieser Tee heilt Diabetes", "de-AT"),
               ("Ce thé guérit le diabète", "fr-CA"), ("Este té cura la diabetes", "es-MX"),
               ("Chai hii inatibu kisukari", "sw-KE"), ("هذا الشاي يعالج السكري", "ar-EG")],
    "counterfeit": [("1:1 replica Rolex watch", "en-GB"), ("Réplique parfaite du sac Chanel", "fr-FR"),
                    ("Rolex replica horloge", "nl-BE"), ("高仿劳力士手表", "zh-CN")],
    "urgency": [("Only 3 left in stock, order now", "en-US"), ("Nur noch 3 Stück auf Lager, jetzt bestellen", "de-DE"),
                ("Solo quedan 3 unidades, compra ya", "es-ES")],
}


@pytest.mark.parametrize("kind", sorted(SAME_VIOLATION))
@pytest.mark.parametrize("target", ["amazon-bullet", "generic", "shopee-title"])
def test_the_same_violation_has_one_severity_in_every_language_and_market(kind, target):
    want = severity_for(kind, target)
    kinds = {r.id: r.params.get("claim") for r in engine.all_rules()}
    for text, market in SAME_VIOLATION[kind]:
        got = {f.severity for f in lint_text(text, target, market, context={"user_rules": False})
               if kinds.get(f.rule_id) == kind}
        assert got == {want}, (kind, text, market, target, got)
