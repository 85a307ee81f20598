"""Finding messages the Qt-free core writes in English (a quality rule's message, the offline writer's notes, the
claims classifier's second opinion — stored with the draft when it was written) shown in the UI language where the
catalogs translate them: the way Home shows the account lines the service writes (``ACCOUNT_MESSAGES``).

Each entry of ``MESSAGES`` is an English message with its values as ``{name}`` fields. A stored message that reads
as one of them is shown as its translation with the values put back (a value that is a UI word — "claim", a kind —
in the UI language too). Any other message is shown as stored."""

from __future__ import annotations

import re
from functools import cache

from ui.i18n import N_, tr
from ui.labels import kind_label

MESSAGES = (
    # studio/quality/packs/claims.json claims.health
    N_("“{phrase}” is a health or medical claim; products may not claim to treat, cure or prevent conditions."),
    # the findings a Review of a German or Arabic draft shows most (s22 review, finding 6: English in the Arabic UI):
    # studio/quality/packs/claims.json claims.weight-loss, locale.json locale.wrong-language, and the offline writer's
    # generation.fact-untranslated (generators/copy/kinds/_common.py)
    N_("“{phrase}” is a weight-loss claim; platforms remove these."),
    N_("This text reads as “{detected}” but the market expects “{expected}”."),
    N_("{label}: “{facts}” is kept in the source language ({lang}), marked — the offline writer's glossary cannot "
       "translate it; edit the draft or use a model"),
    # the import report's most frequent lines on real files (s22 review, finding 6), read by
    # ui/dialogs/import_directions.report_text: studio/importers/records.py compare-at-below-price, generic.py not-a-gtin
    N_("compare-at price {was} of {where} is below its price {price}: no sale; kept as written, never shown as one"),
    N_("put the regular price in the compare-at column, or leave it empty"),
    N_("barcode {code} is not a GTIN (8, 12, 13 or 14 digits): kept as written, not used as an EAN"),
    N_("put the GTIN (EAN/UPC) in this column and internal codes in the SKU or mpn column"),
    # studio/services/claims_review.py (the probability is written with two decimals)
    N_("Model-suggested: the offline classifier reads this as a {what} (probability {p}) that the rules did not "
       "name. Check it before publishing."),
    N_("Model-suggested, and a rule agrees: the offline classifier also reads this as a {what} (probability {p})."),
    # studio/services/facts_kept.py generation.fact-missing
    N_("this {kind} leaves out: {facts} — fine for a short format; the listing states them"),
    # the offline writer's notes (generators/copy/kinds/caption.py, _common.py)
    N_("The caption leads with {n} facts; in the listing, not in the caption: {facts}"),
    N_("In the listing, not in the caption (its wording is mostly Latin letters, the caption keeps the language's "
       "script): {facts}"),
    N_("{label}: {value} is the variant's shipping weight, not a selling fact for this kind of product — not stated "
       "(add a weight fact by hand if it sells)"),
)
# values of those messages that are words of the UI
WORDS = (N_("claim"), N_("undisclosed sponsorship"))
_FIELD = re.compile(r"\{(\w+)\}")


@cache
def _pattern(message: str) -> re.Pattern[str]:
    parts, last = [], 0
    for m in _FIELD.finditer(message):
        parts.append(re.escape(message[last:m.start()]) + f"(?P<{m.group(1)}>.+?)")
        last = m.end()
    return re.compile("".join(parts) + re.escape(message[last:]), re.S)


def _value(name: str, value: str) -> str:
    return kind_label(value) if name == "kind" else tr(value) if value in WORDS else value


def finding_message(message: str | None) -> str:
    """``message`` in the UI language when it reads as one of ``MESSAGES`` and the catalog translates it."""
    text = message or ""
    for english in MESSAGES:
        m = _pattern(english).fullmatch(text)
        if m is None:
            continue
        shown = tr(english)
        if shown == english:
            return text
        return _filled(shown, m.groupdict())
    return text


def _filled(message: str, values: dict[str, str]) -> str:
    return _FIELD.sub(lambda f: _value(f.group(1), values[f.group(1)]) if f.group(1) in values else f.group(0),
                      message)
