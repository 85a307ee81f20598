"""Whose material is it? A material the description names belongs to the product unless it is attached to a noun
that is not one of the product's own nouns (issue 16, round 6).

"Messenger bag in cotton canvas with brass rivets": the canvas is the bag's, the brass the rivets'. The round-5
reader (``facts_prose._part_of``) knew a fixed list of part nouns (thread, buckles, zip …); this module decides
by the sentence and the product's NAME, so any part counts ("an aluminium carabiner", "Nieten aus Messing",
"rivets en laiton", "remaches de latón", "viti in ottone", "rebites de latão"):

- after the material (English text): the noun phrase that ends at a clause boundary — "brass rivets,", "an
  organic cotton pouch." — names what the material is of;
- before it, with a preposition (every language): a noun that starts a noun phrase (after an article, "with /
  mit / avec / con / com", "and / und / et / y / e", or a comma) followed by "of / aus / en / de / di / in / em";
  a noun that opens its sentence is the product itself ("Tasse aus Steinzeug", "Camisa de lino").

The product's own nouns come from its title and the product-name lexicon (``assets/phrasebanks/names.json``, read
as an asset file, in every language it has), compounds included ("Flasche" is part of "Thermosflasche").
Components and words for the material itself (upper, sole, lining, frame, handle, lid, wick, base, body, fabric,
wood, mesh …) keep the material the product's, as the labelled corpus counts them. Without a name the caller
keeps the round-5 part vocabulary.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import regex

_ASSETS = Path(__file__).resolve().parents[2] / "assets" / "phrasebanks"

# components and material words: the product's material when a material is attached to them
_COMPONENTS = frozenset("""
grip grips upper uppers sole soles outsole outsoles midsole insole insoles lining linings frame frames handle handles lid lids
wick wicks base bases body bodies shell shells top tops tabletop legs leg seat seats back arm arms case cover covers
construction finish blend yarn fibre fiber fibres fibers knit weave fabric fabrics wood woods mesh canvas jersey
twill material materials exterior interior outer inner core cup cups bowl blade blades head heads
terry fleece velvet velour satin sateen denim flannel chambray poplin corduroy sherpa ripstop oxford rib pique piqué
muslin gauze voile chiffon crepe tweed felt webbing veneer laminate plywood coating cloth mix composition foam fill
filling wadding hide grain microsuede microfibre microfiber plush
obermaterial schaft sohle sohlen laufsohle futter innenfutter rahmen gestell griff griffe griffen henkel deckel
sockel fuß füße korpus gehäuse platte tischplatte beine stoff stoffe gewebe holz netz docht schale
tige dessus semelle semelles doublure cadre structure poignée poignées anse anses couvercle pied pieds corps
plateau mèche tissu bois maille coque
empeine corte suela suelas forro armazón estructura asa asas mango tapa pie patas cuerpo tablero mecha tela tejido
madera malha carcasa
tomaia suola suole fodera telaio struttura manico maniglia maniglie coperchio gambe corpo piano stoppino tessuto
legno scocca
cabedal sola solas estrutura alça alças cabo tampa pés pernas tampo pavio tecido madeira carcaça
""".split())

# words that start a noun phrase: the next noun is a thing of its own ("des rivets en laiton", "mit Nieten aus")
_STARTERS = frozenset("""
a an the with and or plus its their
ein eine einem einen einer eines der die das den dem des mit und oder samt sowie
un une des les le la l' avec et ou
el los las una con y o
il lo gli i uno e
o os as um uma com ou
""".split())

_OF = r"(?:of|made\s+of|made\s+from|in|aus|en|de|del|de\s+la|di|in|em|da|do)"
_WORD = r"[\p{L}][\p{L}'’\-]*"
# NOUN (adjective)? PREP (adjective)? | material — the noun before the material, with what stands before it
_BEFORE = regex.compile(r"(?:^|(?P<lead>[\p{L}'’]+)\s+|(?P<comma>[,;])\s*)(?P<noun>" + _WORD + r")\s+" + _OF +
                        r"\s+(?:" + _WORD + r"\s+)?$", regex.I)
# participles and adjectives that stand where a noun would ("Fabriqué en", "disponible en", "hecho de")
_NOT_NOUN = regex.compile(r"(?i)^(?:.*(?:é|ée|és|ées|ado|ada|ados|adas|ato|ata|ati|ate|ido|ida|ito|ita|ly|ed)|"
                          r"disponible|disponibile|disponível|available|made|also|only|all|fully|entirely|"
                          r"available|erhältlich|gefertigt|hergestellt|fabricado|realizzato|feito|one|both|each|"
                          # "tejida a mano en ratán", "fatto a mano in", "feito à mão em": by hand, no part
                          r"mano|mão|main|hand)$")
# English text: the noun phrase after the material, up to a clause boundary
_AFTER = regex.compile(r"[\s\-]+(?P<run>(?:" + _WORD + r"\s+){0,2}" + _WORD + r")(?=\s*(?:[,.;:!?)]|$|\s+(?:and|or|with|"
                       r"for|on|in|that|which|to|from|at|by|plus)\b))", regex.I)
_BOUNDARY = frozenset("and or with for on in that which to from at by plus".split())
_EN_WORDS = regex.compile(r"(?i)\b(?:the|and|with|of|an|for|is|to|on|this|your|from|it)\b")
_OTHER_WORDS = regex.compile(r"(?i)\b(?:der|die|das|und|mit|aus|für|von|zu|ist|le|la|les|des|du|de|et|avec|pour|est|"
                             r"en|el|los|las|del|y|con|para|il|di|da|do|per|e|o|com|em|um|uma|una|un|é)\b")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
_ADJ_END = regex.compile(r"(?i)(?:ly|ful|ous|ive|able|ible|ish|less|ed)$")
_FUNCTION = frozenset("""is are was were be been has have had gives keeps stays feels looks makes adds comes ages
wears holds lasts that this these those it its they them very so too all any some more most other such""".split())


@functools.lru_cache(maxsize=1)
def _lexicon_rows() -> tuple[dict[str, int], list[dict]]:
    """English noun key → row, and the rows (every language's forms) of names.json with names.d merged."""
    keys: dict[str, int] = {}
    rows: list[dict] = []
    files = [_ASSETS / "names.json"] + sorted((_ASSETS / "names.d").glob("*.json"))
    for p in files:
        if not p.is_file():
            continue
        data = json.loads(p.read_text(encoding="utf-8")).get("nouns") or {}
        offset = len(rows)
        rows += data.get("rows") or []
        for k, ref in (data.get("keys") or {}).items():
            idx = ref[0] if isinstance(ref, list) else ref
            keys.setdefault(k.strip().casefold(), idx + offset)
    return keys, rows


def _forms(row: dict) -> set[str]:
    out: set[str] = set()
    for cell in row.values():
        if isinstance(cell, str):
            out.add(cell.casefold())
        elif isinstance(cell, list):
            for form in cell:
                if isinstance(form, list) and form and isinstance(form[0], str):
                    out.add(form[0].casefold())
                elif isinstance(form, str):
                    out.add(form.casefold())
    return out


@functools.lru_cache(maxsize=4096)
def product_nouns(name: str) -> frozenset[str]:
    """The product's own nouns, casefolded, in every language the lexicon has: each lexicon noun of the title
    (with the other English keys of its row and its forms in de/fr/es/it/pt/ja/zh), and the title's own words."""
    keys, rows = _lexicon_rows()
    words = [w.strip(",.()").casefold() for w in name.split() if w.strip(",.()")]
    out: set[str] = set(words)
    hit: set[int] = set()
    for i in range(len(words)):
        for n in (3, 2, 1):
            k = " ".join(words[i:i + n])
            if len(words[i:i + n]) == n and k in keys:
                hit.add(keys[k])
    if hit:
        keys_of = _keys_by_row()
        for idx in hit:
            out |= _forms(rows[idx])
            out |= keys_of.get(idx, _NO_KEYS)
    return frozenset(out)


_NO_KEYS: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def _keys_by_row() -> dict[int, frozenset[str]]:
    """Row → every English key that names it (the inverse of ``_lexicon_rows``' keys, built once: each product
    name used to scan all the keys for each lexicon noun it holds)."""
    by_row: dict[int, set[str]] = {}
    for k, v in _lexicon_rows()[0].items():
        by_row.setdefault(v, set()).add(k)
    return {v: frozenset(ks) for v, ks in by_row.items()}


def _own(noun: str, own: frozenset[str]) -> bool:
    n = noun.casefold()
    if n in own or n in _COMPONENTS:
        return True
    # German compounds and plurals: "Thermosflasche" holds "Flasche", "Taschen" is "Tasche"
    return any(len(o) >= 4 and (n.endswith(o) or n.rstrip("ns").endswith(o.rstrip("ns")) and
                                len(n.rstrip("ns")) >= len(o.rstrip("ns"))) for o in own if " " not in o)


_RUN = regex.compile(r"\w+")  # the runs between the word boundaries ``\b`` of the two word lists (same module)
_RUN_LANG: dict[str, tuple[int, int]] = {}  # a run of letters → (English word, other word) 0/1
_RUN_LANG_MAX = 20_000


def english(text: str) -> bool:
    """Whether a description reads as English (its function words; with none of either, ASCII letters only),
    for the after-the-material rule."""
    # Both word lists hold only word characters, so a ``\b(?:…)\b`` match is always a whole run of word
    # characters: counting the runs that match gives the two ``findall`` counts, and each distinct run is
    # looked up once (``_RUN_LANG``; descriptions of one catalog share most of their words).
    en = other = 0
    memo = _RUN_LANG
    for run in _RUN.findall(text):
        hit = memo.get(run)
        if hit is None:
            if not run.isalpha():  # a digit, mark or '_' in it: none of the words (all letters) can be the run
                continue  # (not memoised: numbers and codes are mostly one product's own)
            hit = (1 if _EN_WORDS.fullmatch(run) else 0, 1 if _OTHER_WORDS.fullmatch(run) else 0)
            if len(memo) >= _RUN_LANG_MAX:
                memo.clear()
            memo[run] = hit
        en += hit[0]
        other += hit[1]
    return en > other or (en == other == 0 and text.isascii())


def attached_part(text: str, start: int, end: int, name: str, *, is_english: bool | None = None,
                  is_material=None) -> tuple[bool, str | None]:
    """(decided, part) for the material at ``text[start:end]`` of a product named ``name``: ``(True, None)``
    when it is the product's, ``(True, "rivets")`` when it is a part's, ``(False, None)`` when this module cannot
    tell (the caller's round-5 vocabulary decides). ``is_material(word)`` tells material words apart."""
    own = product_nouns(name)
    if not own:
        return False, None
    clause_start = max(text.rfind(c, 0, start) for c in ".;:!?\n") + 1
    before = text[max(clause_start, start - 60):start]
    m = _BEFORE.search(before)
    if m is not None:
        noun = m.group("noun")
        lead = (m.group("lead") or "").casefold()
        starts_phrase = bool(m.group("comma")) or lead in _STARTERS or lead.endswith(("'", "’"))
        if starts_phrase and not _NOT_NOUN.match(noun) and not (is_material and is_material(noun)):
            if _own(noun, own):
                return True, None
            return True, noun.casefold()
    if is_english is None:
        is_english = english(text)
    opens = not _LETTER_OR_DIGIT.search(text[clause_start:start])  # "Steel plates with …": the subject
    if is_english and not opens:
        a = _AFTER.match(text, end, min(len(text), end + 48))
        if a is not None:
            run = a.group("run").split()
            cut = next((i for i, w in enumerate(run) if w.casefold() in _BOUNDARY), None)
            if cut is not None:  # "canvas with brass rivets": the material ends its own phrase
                return False, None
            head = run[-1].strip("'’-")
            low = head.casefold()
            if _own(head, own) or any(_own(w, own) for w in run):
                return True, None
            if is_material and any(is_material(w) for w in run):
                return False, None
            if low in _FUNCTION or _ADJ_END.search(low) and low not in _COMPONENTS or any(
                    w.casefold() in _FUNCTION for w in run):
                return False, None
            return True, " ".join(w.casefold() for w in run)
    return False, None
