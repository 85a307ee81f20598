"""Conformity markings (CE, UKCA, UKNI) in every registry language: a marking the maker affixes, never a
certification. Copy hold-out 7 (stop 18) wrote "certified CE", "zertifiziert nach CE", "已通过CE认证", "CE認証を取得";
the importer now reads CE/UKCA as their own fact (``marking``, ``studio.importers.facts_prose.MARKINGS``) and the
writers say it as the language says a marking: "CE marking", "CE-Kennzeichnung", "marquage CE", "marcado CE",
"marcatura CE", "marcação CE", "CEマーク", "CE标志"."""

from __future__ import annotations

# the label a spec line puts before the marks ("Conformity marking: CE")
LABELS = {
    "en": "Conformity marking", "de": "Konformitätskennzeichnung", "fr": "Marquage de conformité",
    "es": "Marcado de conformidad", "it": "Marcatura di conformità", "pt": "Marcação de conformidade",
    "ja": "適合マーク", "zh": "合格标志", "nl": "Conformiteitsmarkering", "pl": "Oznakowanie zgodności",
    "ko": "적합성 마크", "ar": "علامة المطابقة", "hi": "अनुरूपता चिह्न", "th": "เครื่องหมายความสอดคล้อง",
    "tr": "Uygunluk işareti", "vi": "Dấu hợp chuẩn", "id": "Tanda kesesuaian", "ms": "Tanda pematuhan",
    "sw": "Alama ya ulinganifu", "fil": "Marka ng pagsunod",
}
# the marks named as the language names a marking ({v}: "CE" or "CE and UKCA" in the language's join)
PHRASES = {
    "en": "{v} marking", "de": "{v}-Kennzeichnung", "fr": "marquage {v}", "es": "marcado {v}",
    "it": "marcatura {v}", "pt": "marcação {v}", "ja": "{v}マーク", "zh": "{v}标志", "nl": "{v}-markering",
    "pl": "oznakowanie {v}", "ko": "{v} 마크", "ar": "علامة {v}", "hi": "{v} चिह्न", "th": "เครื่องหมาย {v}",
    "tr": "{v} işareti", "vi": "dấu {v}", "id": "tanda {v}", "ms": "tanda {v}", "sw": "alama ya {v}",
    "fil": "markang {v}",
}
_END = {"ja": "。", "zh": "。", "hi": "।", "th": ""}
_AND = {"en": " and ", "de": " und ", "fr": " et ", "es": " y ", "it": " e ", "pt": " e ", "ja": "・", "zh": "和",
        "nl": " en ", "pl": " i ", "ko": " 및 ", "ar": " و", "hi": " और ", "th": " และ ", "tr": " ve ", "vi": " và ",
        "id": " dan ", "ms": " dan ", "sw": " na ", "fil": " at "}


def label(lang: str) -> str:
    return LABELS.get(lang, LABELS["en"])


def phrase(value: str, lang: str) -> str:
    """"CE, UKCA" → "marquage CE et UKCA" (fr), "CE・UKCAマーク" (ja)."""
    marks = [m.strip() for m in value.replace("、", ",").replace("，", ",").split(",") if m.strip()]
    joined = marks[0] if len(marks) == 1 else ", ".join(marks[:-1]) + _AND.get(lang, " / ") + marks[-1] \
        if marks else value
    if lang in ("ja", "zh") and len(marks) > 1:
        joined = _AND[lang].join(marks)
    return PHRASES.get(lang, PHRASES["en"]).replace("{v}", joined)


def sentence(value: str, lang: str) -> str:
    """The marking as a sentence of its own ("Marquage CE.", "CE-Kennzeichnung.", "CEマーク。")."""
    said = phrase(value, lang)
    return said[:1].upper() + said[1:] + _END.get(lang, ".")
