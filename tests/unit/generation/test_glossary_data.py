"""The glossary.d data (issue 16): well-formed rows, no dead duplicates, no substring traps, and a negated care
phrase always wins over the positive phrase inside it, in every language of the glossary."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generators.copy import phrasebank

GLOSSARY_D = phrasebank.BANK_DIR / "glossary.d"
FILES = sorted(GLOSSARY_D.glob("*.json"))
LANGS = ["de", "es", "fr", "it", "pt", "ar", "id", "th", "vi", "ja", "zh", "nl", "pl", "tr", "ko", "hi", "ms", "fil",
         "sw"]
NEGATORS = ("not", "do not", "never", "don't")
# a key that is (or starts with) one of these would translate part of a sentence it does not name
STOPWORDS = {"not", "no", "do", "don't", "never", "and", "or", "the", "a", "an", "for", "with", "in", "on", "of", "to",
             "by", "use", "can", "may", "will", "set", "top", "case", "cover", "pad", "stand", "watch", "tie", "band"}
# positive care phrases and the negated phrase that must be a term wherever the positive one is
NEGATED = {
    "dishwasher safe": "not dishwasher safe", "dishwasher-safe": "not dishwasher-safe",
    "microwave safe": "not microwave safe", "oven safe": "not oven safe", "freezer safe": "not freezer safe",
    "machine washable": "not machine washable", "tumble dry": "do not tumble dry", "tumble-dry": "do not tumble-dry",
    "waterproof": "not waterproof", "suitable for outdoor use": "not suitable for outdoor use",
    "iron on low heat": "do not iron", "dry clean only": "do not dry clean", "machine wash cold": "do not machine wash",
}


def _load(path: Path) -> dict:
    def no_dupes(pairs: list[tuple[str, object]]) -> dict:
        keys = [k for k, _ in pairs]
        dupes = {k for k in keys if keys.count(k) > 1}
        assert not dupes, f"{path.name}: duplicate keys {sorted(dupes)}"
        return dict(pairs)

    return json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=no_dupes)


@pytest.fixture(scope="module")
def merged() -> dict:
    phrasebank._glossary.cache_clear()
    phrasebank.load.cache_clear()
    return phrasebank._glossary()


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_rows_are_complete(path: Path) -> None:
    data = _load(path)
    langs = data["_langs"]
    assert langs and len(set(langs)) == len(langs) and set(langs) <= set(LANGS), langs
    assert data["terms"], path.name
    for key, values in data["terms"].items():
        assert key == key.strip().lower() and key, (path.name, key)
        assert len(values) == len(langs), (path.name, key, len(values))
        for lang, v in zip(langs, values, strict=True):
            assert isinstance(v, str) and v.strip() and v == v.strip(), (path.name, key, lang, v)
            assert not re.search(r"[{}|]|\s{2,}", v), (path.name, key, lang, v)


def test_no_dead_duplicates() -> None:
    """A key in glossary.json or an earlier glossary.d file may come again only to fill languages left empty."""
    base = json.loads((phrasebank.BANK_DIR / "glossary.json").read_text(encoding="utf-8"))
    seen: dict[str, tuple[str, set[str]]] = {k: ("glossary.json", {lang for lang, v in zip(base["_langs"], vals,
                                                                                           strict=True) if v})
                                             for k, vals in base["terms"].items()}
    dead = []
    for path in FILES:
        data = _load(path)
        for key, values in data["terms"].items():
            have = {lang for lang, v in zip(data["_langs"], values, strict=True) if v}
            if key in seen:
                origin, filled = seen[key]
                if not have - filled:
                    dead.append((path.name, key, origin))
                seen[key] = (origin, filled | have)
            else:
                seen[key] = (path.name, have)
    assert not dead, dead


def test_no_substring_traps() -> None:
    for path in FILES:
        for key in _load(path)["terms"]:
            words = key.split()
            assert key not in STOPWORDS and len(key) >= 3, (path.name, key)
            # a key starting with a negation is a negated phrase: it must name something after the negation
            if words[0] in ("not", "no", "never", "don't") or key.startswith("do not "):
                rest = key.split(" ", 2 if key.startswith("do not ") else 1)[-1]
                assert rest and rest not in STOPWORDS, (path.name, key)


@pytest.mark.parametrize("lang", LANGS)
def test_negated_phrase_is_a_term_wherever_the_positive_is(merged: dict, lang: str) -> None:
    i = merged["_langs"].index(lang)
    terms = merged["terms"]
    for pos, neg in NEGATED.items():
        if pos in terms and terms[pos][i]:
            assert neg in terms and terms[neg][i], (lang, pos, neg)
            assert terms[neg][i] != terms[pos][i], (lang, pos, neg)


@pytest.mark.parametrize("lang", LANGS)
def test_longest_match_makes_the_negated_phrase_win(merged: dict, lang: str) -> None:
    bank = phrasebank.load(lang)
    i = merged["_langs"].index(lang)
    for pos, neg in NEGATED.items():
        if neg not in bank.terms:
            continue
        want = merged["terms"][neg][i]
        for text in (neg, neg.capitalize(), f"{pos.capitalize()}: no. {neg.capitalize()}"):
            got = bank.term(text)
            assert want.casefold() in got.casefold(), (lang, text, got)
        # the positive translation never stands in for the negated phrase
        got = bank.term(neg)
        if bank.terms.get(pos) and bank.terms[pos].casefold() not in want.casefold():
            assert bank.terms[pos].casefold() not in got.casefold(), (lang, neg, got)


@pytest.mark.parametrize("lang", LANGS)
def test_a_negated_term_without_its_own_entry_is_never_translated_as_the_positive(lang: str) -> None:
    """'never X', 'don't X', 'not X', 'do not X' for every glossary.d key X: either the negated phrase is a term
    itself, or X is left as written — never the positive X in the target language after an English 'not'."""
    bank = phrasebank.load(lang)
    keys = sorted({k for p in FILES for k in _load(p)["terms"]})
    bad = []
    for key in keys:
        if key not in bank.terms or key.split()[0] in ("not", "no", "never", "do", "don't"):
            continue
        target = bank.terms[key]
        for neg in NEGATORS:
            phrase = f"{neg} {key}"
            if phrase in bank.terms:
                continue
            got = bank.term(phrase)
            if target.casefold() in got.casefold() and target.casefold() not in phrase.casefold():
                bad.append((phrase, got))
    assert not bad, bad[:10]


NAMES_D = sorted((phrasebank.BANK_DIR / "names.d").glob("*.json"))


@pytest.mark.parametrize("path", NAMES_D, ids=[p.stem for p in NAMES_D])
def test_names_d_rows_have_every_language_and_gender(path: Path) -> None:
    """A names.d noun row: de/fr/es/it/pt as [form, gender] (singular, then plural), ja/zh as one form; its keys
    point at its own rows and are not names.json keys (names.json would win them: a dead row)."""
    from generators.copy.names import NAMES_FILE

    base_keys = json.loads(NAMES_FILE.read_text(encoding="utf-8"))["nouns"]["keys"]
    nouns = _load(path)["nouns"]
    rows, keys = nouns["rows"], nouns["keys"]
    used = set()
    for key, (idx, plural) in keys.items():
        assert key == key.strip().lower() and key not in base_keys, (path.name, key)
        assert 0 <= idx < len(rows) and isinstance(plural, bool), (path.name, key)
        used.add(idx)
    assert used == set(range(len(rows))), (path.name, "rows without a key")
    for row in rows:
        for lang in ("de", "fr", "es", "it", "pt"):
            cell = row[lang]
            assert 1 <= len(cell) <= 2, (path.name, lang, cell)
            for form, g in cell:
                assert form.strip() == form and form and g in phrasebank.GENDERS, (path.name, lang, cell)
            if len(cell) == 2:
                assert cell[1][1] in ("mpl", "fpl"), (path.name, lang, cell)
        assert all(isinstance(row[lang], str) and row[lang].strip() for lang in ("ja", "zh")), (path.name, row)
