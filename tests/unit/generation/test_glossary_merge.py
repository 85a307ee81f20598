"""glossary.d/*.json and names.d/*.json merge into the offline writer's glossary and name lexicon: an extra entry
is used, glossary.json / names.json win a conflict, and a negated phrase wins over the positive one inside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generators.copy import names, phrasebank


@pytest.fixture
def extra_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A glossary.d of the test's own (the real one is restored and the caches cleared afterwards)."""
    monkeypatch.setattr(phrasebank, "GLOSSARY_DIR", tmp_path)
    phrasebank._glossary.cache_clear()
    phrasebank.load.cache_clear()
    yield tmp_path
    phrasebank._glossary.cache_clear()
    phrasebank.load.cache_clear()


def write(d: Path, name: str, langs: list[str], terms: dict[str, list[str]]) -> None:
    (d / name).write_text(json.dumps({"_langs": langs, "terms": terms}, ensure_ascii=False), encoding="utf-8")


def test_glossary_d_entry_is_used_and_glossary_json_wins(extra_dir: Path) -> None:
    base = json.loads((phrasebank.BANK_DIR / "glossary.json").read_text(encoding="utf-8"))
    assert "cotton" in base["terms"]
    # its own language order (fr before de), a term glossary.json lacks and one it has
    write(extra_dir, "zz-test.json", ["fr", "de"], {"Quokka Pouch": ["pochette quokka", "Quokka-Beutel"],
                                                    "cotton": ["XXX", "YYY"]})
    de = phrasebank.load("de")
    assert de.term("quokka pouch") == "Quokka-Beutel"
    assert phrasebank.load("fr").term("Quokka pouch") == "pochette quokka"
    assert de.term("cotton") == base["terms"]["cotton"][base["_langs"].index("de")]
    # a language the extra file lacks has no entry (the value stays as written)
    assert phrasebank.load("ja").term("quokka pouch") == "quokka pouch"


def test_glossary_d_fills_the_languages_glossary_json_leaves_empty(extra_dir: Path) -> None:
    base = json.loads((phrasebank.BANK_DIR / "glossary.json").read_text(encoding="utf-8"))
    langs = base["_langs"]
    key, row = next((k, v) for k, v in base["terms"].items() if v[langs.index("de")] and not v[langs.index("ko")])
    write(extra_dir, "fill.json", ["de", "ko"], {key: ["ÜBERSCHRIEBEN", "채움"]})
    assert phrasebank.load("ko").terms[key] == "채움"  # a gap is filled
    assert phrasebank.load("de").terms[key] == row[langs.index("de")]  # a value is never replaced


def test_earlier_glossary_d_file_wins_over_a_later_one(extra_dir: Path) -> None:
    write(extra_dir, "a.json", ["de"], {"quokka pouch": ["A-Beutel"]})
    write(extra_dir, "b.json", ["de"], {"quokka pouch": ["B-Beutel"]})
    assert phrasebank.load("de").term("quokka pouch") == "A-Beutel"


def test_negated_phrase_wins_and_a_bare_negation_is_not_translated(extra_dir: Path) -> None:
    write(extra_dir, "care.json", ["de"], {"quokka safe": ["quokkasicher"],
                                           "not quokka safe": ["nicht quokkasicher"]})
    de = phrasebank.load("de")
    assert de.term("Quokka safe") == "quokkasicher"
    assert de.term("Not quokka safe") == "nicht quokkasicher"
    assert de.term("Zork: not quokka safe; zark: quokka safe") == "Zork: nicht quokkasicher; zark: quokkasicher"
    # no entry for the negated phrase: the positive term is left alone, never "never quokkasicher"
    assert de.term("never quokka safe") == "never quokka safe"
    assert de.term("Don't quokka safe") == "Don't quokka safe"


@pytest.fixture
def names_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(names, "NAMES_DIR", tmp_path)
    names.lexicon.cache_clear()
    names.build.cache_clear()
    yield tmp_path
    names.lexicon.cache_clear()
    names.build.cache_clear()


def test_names_d_noun_is_used_and_names_json_wins(names_dir: Path) -> None:
    row = {"de": [["Quokkabeutel", "m"], ["Quokkabeutel", "mpl"]], "fr": [["pochette quokka", "f"]],
           "es": [["bolsa quokka", "f"]], "it": [["borsa quokka", "f"]], "pt": [["bolsa quokka", "f"]],
           "ja": "クオッカポーチ", "zh": "短尾矮袋鼠包"}
    clash = {"de": [["Falsch", "f"]], "fr": [["faux", "m"]], "es": [["falso", "m"]], "it": [["falso", "m"]],
             "pt": [["falso", "m"]], "ja": "偽", "zh": "假"}
    (names_dir / "t.json").write_text(json.dumps({"nouns": {"rows": [row, clash],
                                                            "keys": {"quokka pouch": [0, False],
                                                                     "quokka pouches": [0, True],
                                                                     "t-shirt": [1, False]}}}), encoding="utf-8")
    assert names.build("Quokka Pouch", "de").name == "Quokkabeutel"
    assert names.build("Organic Cotton Quokka Pouches", "fr").name.startswith("Pochette quokka")
    assert names.build("Cotton T-Shirt", "de").name == "T-Shirt aus Baumwolle"
