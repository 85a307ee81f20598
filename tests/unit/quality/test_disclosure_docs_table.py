"""The disclosure advice has one source (stop 22 review, finding 2): each market row of ``LAWS`` carries its short
citation and its label's languages — no second table keyed by country to keep in step — and the table of
docs/readme/quality.md ("Disclosure advice by market") lists the same markets, words and citations as the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from studio.quality import disclosure_table
from studio.quality.disclosure_table import LAWS, LawRow, advice_for

DOC = Path(__file__).resolve().parents[3] / "docs" / "readme" / "quality.md"
TAG = re.compile(r"^[a-z]{2}-[A-Z]{2}$")


def _doc_rows() -> dict[str, list[str]]:
    text = DOC.read_text(encoding="utf-8")
    table = text[text.index("#### Disclosure advice by market"):]
    table = table[table.index("\n|"):].split("\n\n", 1)[0]
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in table.strip().splitlines()[2:]]
    return {r[0]: r for r in rows}


def test_the_docs_table_lists_every_market_row_with_the_codes_words_and_citation():
    rows = _doc_rows()
    tagged = {tag: r for tag, r in rows.items() if TAG.match(tag)}
    assert {tag.split("-")[1] for tag in tagged} == set(LAWS)  # every market row of the code, and no other
    for tag, (_m, says, cites, _read) in tagged.items():
        advice = advice_for(tag)
        assert says == advice.advice, tag
        assert cites == advice.cite == LAWS[tag.split("-")[1]].cite, tag
        assert tag.split("-")[0] in LAWS[tag.split("-")[1]].languages, tag


def test_the_docs_table_names_the_eu_and_no_row_citations_of_the_code():
    cites = {r[2] for r in _doc_rows().values()}
    assert advice_for("it-IT").cite in cites
    assert advice_for("en-GB").cite in cites and advice_for("pt-BR").cite in cites


def test_the_short_citation_lives_on_the_row_only():
    assert not hasattr(disclosure_table, "_SHORT") and not hasattr(disclosure_table, "_law_languages")
    for country, row in LAWS.items():
        assert row.cite and row.languages, country
    with pytest.raises(ValueError, match="short citation"):
        LawRow("XX", "Ad", (), "start", "a law", "a source", "U")
