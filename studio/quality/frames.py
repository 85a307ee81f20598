"""Claims by meaning: construction frames over trigger lexicons, per language (rule type ``frames``).

A ``frames`` rule in a pack holds, per language, regex templates (``frames``) in which ``{NAME}`` stands
for a lexicon (``lexicons[NAME][lang]``, shared by the rules of the pack under the pack's top-level
``lexicons`` key and extendable per rule). A lexicon entry is a phrase (case-insensitive, flexible
whitespace and hyphens; a leading or trailing ``*`` accepts any letters there, for compounds and
inflections: ``*schmerzen``, ``ból*``) or ``re:`` followed by a regex. Macros: ``{N}`` a number (Latin,
Arabic-Indic or Devanagari digits), ``{G}`` up to three words of the same clause, ``{C}`` up to ten characters
of the same clause (for scripts written without spaces), ``{E}`` the end of a word.

Word boundaries per script: a frame of a language written with spaces starts at a word start (Arabic may
carry its one-letter clitics و ف ب ل ك before it); Thai, Chinese and Japanese matches are skipped when they
sit inside a longer dictionary word (``textmatch.inside_longer_word``, the same test the phrase rules use).

Which languages run: the market's language, English (sellers mix it into every market), and any language
whose script occurs in the text (Hangul → ko, kana → ja, Han → zh and ja, Thai, Arabic, Devanagari → hi).

Negation and scope: a claim inside a negated clause is not a claim ("does not cure", "ne soigne pas",
"kein Arzneimittel"); see :func:`negated` — used for every claims-family rule by ``engine.run_rule``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio.quality.rules_disclosure import starts_with_disclosure
from studio.quality.rules_language import detect, strip_for_detection
from studio.quality.textmatch import inside_longer_word

_NUM = r"[\d٠-٩०-९](?:[\d٠-٩०-९٫٬]|[.,'’](?=[\d٠-٩०-९])|\s(?=\d{3}(?!\d)))*"
_MACROS = {
    "N": _NUM,
    "G": r"(?:[^\s.!?;:。！？\n]+\s+){0,3}?",
    "C": r"[^.!?。！？\n]{0,10}?",
    "E": r"(?![\p{L}\p{N}\p{M}])",
}
_NOSPACE_LANGS = {"ja", "zh", "th", "ko"}
_LEFT = r"(?<![\p{L}\p{N}\p{M}])"
_AR_LEFT = r"(?<![\p{L}\p{N}\p{M}])(?:[وفبلك]{1,2})?"


def entry_regex(entry: str) -> str:
    """One lexicon entry → a regex without outer boundaries."""
    if entry.startswith("re:"):
        return entry[3:]
    e = entry.strip()
    pre = r"[\p{L}\p{M}]*" if e.startswith("*") else ""
    post = r"[\p{L}\p{M}]*" if e.endswith("*") else ""
    e = e.strip("*")
    parts = [regex.escape(p) for p in regex.split(r"[\s\-]+", e) if p]
    body = r"[\s\-‑]*".join(parts) if len(parts) > 1 else (parts[0] if parts else "")
    if regex.match(r"\p{Arabic}", e):
        pre = r"(?:[وفبكل]{1,2})?(?:ال)?" + pre  # the clitics و ف ب ك ل and the article
    return pre + body + post


def _lexicon_regex(items: list[str]) -> str:
    # longest first, so alternation prefers the fuller term
    return "(?:" + "|".join(entry_regex(x) for x in sorted(items, key=len, reverse=True)) + ")"


def expand(template: str, lexicons: dict[str, dict[str, list[str]]], lang: str) -> str:
    def sub(m):
        name = m.group(1)
        if name in _MACROS:
            return f"(?:{_MACROS[name]})"  # grouped, so a quantifier after {N} applies to the whole number
        lex = lexicons.get(name)
        if lex is None:
            raise ValueError(f"unknown lexicon {{{name}}}")
        items = list(lex.get(lang, [])) + list(lex.get("*", []))
        if not items:
            raise ValueError(f"lexicon {{{name}}} has no entries for {lang}")
        return _lexicon_regex(items)

    body = regex.sub(r"(?<!\\[pP])\{([A-Z][A-Z0-9_]*)\}", sub, template)
    # a quantified letter run includes combining marks (Devanagari and Thai vowel signs are \p{M}, not \p{L})
    body = body.replace("\\p{L}+", "[\\p{L}\\p{M}]+").replace("\\p{L}*", "[\\p{L}\\p{M}]*")
    if lang in _NOSPACE_LANGS or lang == "*" or regex.sub(r"^\(\?#[^)]*\)", "", template).startswith("(?<"):
        return body
    return (_AR_LEFT if lang == "ar" else _LEFT) + "(?:" + body + ")"


# simple case folding (V0): full case folding (V1) is several times slower on these alternations
_FLAGS = regex.IGNORECASE


class _Gate:
    """Whether a lexicon can match a text: a literal of one of its phrases occurs in the casefolded text (a
    C substring search), or its few ``re:`` entries match. Frames whose lexicons cannot match are not run."""

    def __init__(self, items: list[str]):
        self.keys = tuple(sorted({max(regex.split(r"[\s\-]+", x.strip("*").casefold()), key=len)
                                  for x in items if not x.startswith("re:")}))
        raw = [x[3:] for x in items if x.startswith("re:")]
        self.raw = regex.compile("|".join(f"(?:{r})" for r in raw), _FLAGS) if raw else None

    def present(self, text: str, folded: str) -> bool:
        if not self.keys:
            return True  # only regex entries (units, durations): gated by the template's other parts
        return any(k in folded for k in self.keys) or bool(self.raw and self.raw.search(text))


_DIGIT = regex.compile(r"[\d٠-٩०-९]")


def _mandatory_names(template: str) -> set[str]:
    """The lexicons (and ``N``) a template cannot match without: those at parenthesis depth 0, not made
    optional by a following quantifier, in a template without a top-level alternation."""
    depth, i, out = 0, 0, set()
    while i < len(template):
        c = template[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # skip a character class
            j = i + 1
            while j < len(template) and template[j] != "]":
                j += 2 if template[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return set()
        elif c == "{" and depth == 0:
            m = regex.match(r"\{([A-Z][A-Z0-9_]*)\}", template[i:])
            if m:
                nxt = template[i + m.end(): i + m.end() + 1]
                if nxt not in ("?", "*") and not template[i + m.end():].startswith("{0") and \
                        (m.group(1) == "N" or m.group(1) not in _MACROS):
                    out.add(m.group(1))
                i += m.end()
                continue
        i += 1
    return out


class _Frames:
    """The templates of one language with the lexicons each needs; the alternation of the templates that can
    match is compiled once per such set (cached), so a text pays only for frames whose triggers it contains."""

    def __init__(self, templates: list[str], lexicons: dict, lang: str):
        self.parts = []
        self.gates: dict[str, _Gate] = {}
        for t in templates:
            names = _mandatory_names(t)
            for n in names - {"N"}:
                if n not in self.gates:
                    lex = lexicons.get(n) or {}
                    self.gates[n] = _Gate(list(lex.get(lang, [])) + list(lex.get("*", [])))
            need = regex.match(r"\(\?#need:([^)]*)\)", t)
            if need:  # a template may name literals one of which every match contains: (?#need:@|code)
                key = f"need:{need.group(1)}"
                self.gates[key] = _Gate(need.group(1).split("|"))
                names.add(key)
            self.parts.append((expand(t, lexicons, lang), frozenset(names)))
        self._cache: dict[tuple[int, ...], object] = {}
        self.regex_for("", "", every=True)  # fail early on a bad template

    def regex_for(self, text: str, folded: str, every: bool = False):
        if every:
            idx = tuple(range(len(self.parts)))
        else:
            ok = {n: g.present(text, folded) for n, g in self.gates.items()}
            ok["N"] = bool(_DIGIT.search(text))
            idx = tuple(i for i, (_p, names) in enumerate(self.parts) if all(ok[n] for n in names))
        if not idx:
            return None
        rx = self._cache.get(idx)
        if rx is None:
            if len(self._cache) > 512:
                self._cache.clear()
            rx = regex.compile("|".join(f"(?:{self.parts[i][0]})" for i in idx), _FLAGS)
            self._cache[idx] = rx
        return rx


def _compile_frames(frames: dict[str, list[str]], lexicons: dict) -> dict[str, _Frames]:
    return {lang: _Frames(templates, lexicons, lang) for lang, templates in frames.items()}


def compile_rule(rule, pack_lexicons: dict | None = None) -> tuple[dict[str, _Frames], dict[str, _Frames]]:
    """({lang: frames} of the rule, {lang: frames} of its ``also`` frames).

    ``also``: frames that must match somewhere in the text too (co-occurrence: a brand thanked *and* a
    discount code). The ``"*"`` language runs in every market. ``pack_lexicons``: the lexicons of the rule's pack
    (the engine passes them). Raises ValueError on a bad template."""
    lexicons = {**(pack_lexicons or {}), **rule.params.get("lexicons", {})}
    out = _compile_frames(rule.params.get("frames", {}), lexicons)
    if not out:
        raise ValueError(f"rule {rule.id}: no frames")
    return out, _compile_frames(rule.params.get("also", {}), lexicons)


_SCRIPT_LANGS = (
    (regex.compile(r"\p{Hangul}"), ("ko",)),
    (regex.compile(r"[\p{Hiragana}\p{Katakana}]"), ("ja",)),
    (regex.compile(r"\p{Han}"), ("zh", "ja")),
    (regex.compile(r"\p{Thai}"), ("th",)),
    (regex.compile(r"\p{Arabic}"), ("ar",)),
    (regex.compile(r"\p{Devanagari}"), ("hi",)),
)
_LATIN_PAIRS = {"ms": ("id",), "id": ("ms",), "fil": ("en",), "tl": ("fil",)}


@lru_cache(maxsize=4096)
def languages_for(market: str, text_key: str) -> tuple[str, ...]:
    lang = (market or "en").split("-")[0].lower()
    langs = [lang, *(_LATIN_PAIRS.get(lang, ())), "en"]
    for rx, ls in _SCRIPT_LANGS:
        if rx.search(text_key):
            langs.extend(ls)
    return tuple(dict.fromkeys(langs))


def _scripts_key(text: str) -> str:
    """A short string that has one character of each non-Latin script in the text (for the cache key)."""
    return "".join(m.group(0) for rx, _l in _SCRIPT_LANGS if (m := rx.search(text)))


@lru_cache(maxsize=4096)
def _detected(text: str) -> tuple[str, ...]:
    """The text's own language when it is not the market's (a German caption posted to an en-US account);
    the same cached detector the locale rules use."""
    lang, _conf, short = detect(strip_for_detection(text[:2000]))
    return (lang.split("-")[0],) if lang and not short else ()


@lru_cache(maxsize=4096)
def _langs(market: str, text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*languages_for(market, _scripts_key(text)), *_detected(text), "*")))


def run(rule, ctx, compiled) -> list[tuple[int, int, str]]:
    frames, also = compiled
    if rule.params.get("unless_disclosed") and (ctx.context.get("sponsored") or starts_with_disclosure(ctx.text)):
        return []  # marked sponsored: disclosure.sponsored checks the disclosure itself
    langs = _langs(ctx.market, ctx.text)
    folded = ctx.folded
    hits = []
    seen = set()
    unless = rule.params.get("unless_near")
    for lang in langs:
        fr = frames.get(lang)
        rx = fr.regex_for(ctx.text, folded) if fr is not None else None
        if rx is None:
            continue
        for m in rx.finditer(ctx.text):
            s, e = m.start(), m.end()
            if e <= s or (s, e) in seen:
                continue
            if unless and (regex.search(unless, ctx.text[max(0, s - 40): e + 40], regex.IGNORECASE | regex.V1)
                           or (ctx.facts and regex.search(unless, ctx.fact_text, regex.IGNORECASE | regex.V1))):
                continue
            if regex.search(r"[\p{Thai}\p{Han}\p{Hiragana}\p{Katakana}]", m.group(0)) and \
                    inside_longer_word(ctx.text, s, e):
                continue
            seen.add((s, e))
            hits.append((s, e, m.group(0)))
    if hits and also and not any(rx.search(ctx.text) for lang in langs if lang in also
                                 and (rx := also[lang].regex_for(ctx.text, folded)) is not None):
        return []
    return hits


# --------------------------------------------------------------------------- negation and scope

# a negation before the claim, in the same clause ("does not cure", "ne soigne pas", "kein Heilmittel gegen",
# "no cura", "non guarisce", "não trata", "niet geneest", "nie leczy", "tidak menyembuhkan", "không chữa",
# "ไม่ได้รักษา", "不能治疗", "لا يعالج", "नहीं"); "no more X" / "nie wieder X" are claims, so the frames that
# contain them start at the negation word and are not affected (only text *before* a match is examined).
_NEG_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:not|n[’']t|cannot|never\s+claims?|ne|n[’']|nicht|kein(?:e[nmrs]?)?|"
    r"no(?!\s+(?:m[aá]s|more|longer))|non|não|nao|niet|geen|nie(?!\s+wieder|\s+mehr|\s+więcej)|değil|tidak|"
    r"bukan|không|chẳng|hindi|sio|لا|ليس|ليست|لن|غير|नहीं)(?![\p{L}])"
    r"|(?:不能|不会|不可|并不|并非|没有|않|안\s|못|ไม่)",
    regex.IGNORECASE | regex.V1,
)
# a negation right after the claim word ("soigne pas", "treats nothing", "治りません", "치료하지 않", "değildir")
_NEG_AFTER = regex.compile(
    r"^\s{0,2}(?:pas|point|jamais|nicht|keine?|değil\w*|ません|ない(?!で)|지\s*않|not)(?![\p{L}])",
    regex.IGNORECASE | regex.V1,
)
_CLAUSE_END = regex.compile(r"[.!?;:,，、。！？\n—–|]|\s-\s|\bbut\b|\baber\b|\bmais\b|\bpero\b|\bmas\b")


NEGATABLE = frozenset({"health", "weight", "green", "endorsement", "counterfeit", "before-after"})


# a disclaimer in the same sentence puts every claim word in it out of scope ("not a medicine and does not
# replace medicines that cure diseases" — the wording Vietnamese, Chinese and Thai supplement labels must carry)
_DISCLAIMER = regex.compile(
    r"not\s+a\s+(?:medicine|drug|medical\s+device)|does\s+not\s+replace|kein\s+arzneimittel|ersetzt\s+keine?|"
    r"ne\s+remplace\s+pas|n['’]est\s+pas\s+un\s+médicament|no\s+es\s+un\s+medicamento|no\s+sustituye|"
    r"não\s+é\s+(?:um\s+)?medicamento|não\s+substitui|non\s+è\s+un\s+farmaco|non\s+sostituisce|"
    r"geen\s+geneesmiddel|vervangt\s+geen|nie\s+jest\s+lekiem|nie\s+zastępuje|ilaç\s+değildir|yerine\s+geçmez|"
    r"không\s+phải\s+là\s+thuốc|không\s+có\s+tác\s+dụng\s+thay\s+thế|bukan\s+(?:obat|ubat)|"
    r"hindi\s+(?:ito\s+)?gamot|si\s+dawa|不能代替药物|不能替代药物|非药品|医薬品ではありません|의약품이\s*아닙니다|"
    r"ไม่ใช่ยา|ليس\s+دواء|دवा\s+नहीं|दवा\s+का\s+विकल्प\s+नहीं",
    regex.IGNORECASE | regex.V1,
)
_SENTENCE = regex.compile(r"[.!?。！？\n]")


def negated(text: str, start: int, end: int) -> bool:
    """True when text[start:end] sits in a negated clause: a negation among the three words before it (in the
    same clause), or right after its first word ("soigne pas", "治りません")."""
    s0 = max((m.end() for m in _SENTENCE.finditer(text, 0, start)), default=0)
    e0 = next((m.start() for m in _SENTENCE.finditer(text, end)), len(text))
    if _DISCLAIMER.search(text, s0, e0):
        return True
    before = text[max(0, start - 40): start]
    cut = list(_CLAUSE_END.finditer(before))
    if cut:
        before = before[cut[-1].end():]
    words = regex.findall(r"\S+", before)
    if _NEG_BEFORE.search(" ".join(words[-3:])):
        return True
    first_word = regex.match(r"[\p{L}\p{M}]+", text[start:end])
    after = text[start + first_word.end():] if first_word else text[end:]
    return bool(_NEG_AFTER.match(after[:20]))


# --------------------------------------------------------------------------- facts and requests, not claims

# A guarantee of a shop service in a clause without a result, refund or satisfaction — "guaranteed delivery by 24
# Dec", "wir garantieren eine Lieferung innerhalb von 48 Stunden", "garantizamos el envío en 24 horas", "secure
# payment guaranteed" — states a shop policy, not a promised outcome. A warranty term ("2 Jahre Garantie") stays a
# guarantee claim unless the product's facts hold it (``unless_fact``): advertising a warranty the facts do not
# record is unproven, and a legal warranty presented as a feature is UCPD Annex I no. 10. Rules opt in with
# ``"policy_scope": true`` (not Amazon's own rule: Amazon forbids any guarantee text in bullets).
_POLICY_CTX = regex.compile(
    r"deliver\p{L}*|shipping|ships|dispatch\p{L}*|lieferung|versand|zustellung|livraison|expédition|envío|envio|"
    r"entrega|consegna|spedizione|levering|verzending|dostaw\p{L}*|wysyłk\p{L}*|teslimat|kargo|giao\s+hàng|"
    r"pengiriman|penghantaran|paghahatid|usafirishaji|배송|配送|発送|发货|送达|包邮|จัดส่ง|التوصيل|الشحن|डिलीवरी|"
    r"secure\s+(?:payment|checkout)|sichere\s+zahlung|paiement\s+sécurisé|pago\s+seguro|pagamento\s+s(?:eguro|icuro)",
    regex.IGNORECASE | regex.V1,
)
_POLICY_CLAIM = regex.compile(
    r"result\p{L}*|effect\p{L}*|success|satisf\p{L}*|money|refund\p{L}*|ergebnis\p{L}*|erfolg\p{L}*|wirk\p{L}*|"
    r"zufrieden\p{L}*|geld|résultat\p{L}*|efficac\p{L}*|rembours\p{L}*|resultado\p{L}*|eficacia|dinero|dinheiro|"
    r"reembolso|devol\p{L}*|risultat\p{L}*|soddisf\p{L}*|rimbors\p{L}*|resulta\p{L}*|tevreden\p{L}*|rezultat\p{L}*|"
    r"efekt\p{L}*|skuteczn\p{L}*|zwrot\p{L}*|sonuç\p{L}*|etki\p{L}*|iade|hiệu\s+quả|kết\s+quả|hoàn\s+tiền|hasil|"
    r"efektif|berkesan|uang\s+kembali|wang\s+dikembalikan|epektibo|matokeo|효과|결과|환불|効果|結果|返金|效果|有效|"
    r"见效|退款|ผลลัพธ์|ได้ผล|เห็นผล|คืนเงิน|نتائج|نتيجة|فعالية|استرداد|रिजल्ट|परिणाम|असर|पैसे\s+वापस",
    regex.IGNORECASE | regex.V1,
)
_CLAUSE = regex.compile(r"[.!?;:,，、。！？\n—–|]|\s-\s")


def _clause(text: str, start: int, end: int) -> str:
    s0 = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    e0 = next((m.start() for m in _CLAUSE.finditer(text, end)), len(text))
    return text[s0:e0]


def policy_statement(text: str, start: int, end: int) -> bool:
    """True when the guarantee at text[start:end] promises a shop service (delivery, secure payment), not a result."""
    clause = _clause(text, start, end)
    return bool(_POLICY_CTX.search(clause)) and not _POLICY_CLAIM.search(clause)


# "Leave us a 5-star review", "Schreib uns eine Bewertung": asking for a review is not claiming one.
_REQUEST = regex.compile(
    r"(?<![\p{L}])(?:leave|give|write|post|drop|rate\s+us|hinterlass\p{L}*|schreib\p{L}*|bewerte\p{L}*|gib|laisse[rz]?|"
    r"donne[rz]?|écri\p{L}*|deja(?:nos|r)?|déjanos|escrib\p{L}*|lascia(?:ci|re)?|scrivi|deix[ea]\p{L}*|escrev\p{L}*|"
    r"laat|geef|schrijf|zostaw\p{L}*|napisz|oceń|bırak\p{L}*|yaz(?:ın)?|để\s+lại|viết|tinggalkan|berikan|beri|"
    r"mag-iwan|iwan|acha|اترك\p{L}*|اكتب\p{L}*)(?![\p{L}])[^.!?\n]{0,25}$",
    regex.IGNORECASE | regex.V1,
)


def requested(text: str, start: int, end: int) -> bool:
    """True when the review or rating at text[start:end] is asked for ("leave us a 5-star review")."""
    clause = _clause(text, start, end)
    before = text[max(0, start - 40): start]
    cut = list(_CLAUSE.finditer(before))
    if cut:
        before = before[cut[-1].end():]
    return bool(clause) and bool(_REQUEST.search(before))
