"""The copy engine as the services see it (``studio.ports.CopyEngine``), registered under the entry point
group ``commerce_studio.copy`` as ``engine``: the engine's functions plus the writers' glossary."""

from __future__ import annotations

from generators.copy.engine import (
    OutputError,
    build_task,
    extract_json,
    field_prompt,
    finish,
    get_spec,
    inputs_hash,
    kinds,
    language_prompt,
    limit_issues,
    parse,
    prompt_schema,
    render_prompt,
    repair_prompt,
    shorten_prompt,
    targets,
    text_for_language_check,
    validate,
)
from generators.copy.phrasebank import load as _load_bank
from generators.copy.warning_forms import cert_names, warning_forms

__all__ = ["OutputError", "build_task", "cert_names", "extract_json", "field_prompt", "finish", "get_spec", "glossary_term",
           "inputs_hash", "kinds", "language_prompt", "language_words", "limit_issues", "parse", "prompt_schema", "render_prompt", "repair_prompt",
           "shorten_prompt", "targets", "text_for_language_check", "validate", "warning_forms"]


def glossary_term(language: str, value: str) -> str:
    """``value`` as the offline writer states it in ``language`` (the value itself for a language it lacks)."""
    try:
        bank = _load_bank(language)
    except KeyError:
        return value
    return bank.term(value)


def language_words(language: str) -> frozenset[str]:
    """The words the offline writer treats as ``language``'s own (glossary terms, the names lexicon, the phrase
    bank and its labels): the language share counts any other word of a catalog's source text or English label
    against the draft (stop 21)."""
    from generators.copy.kinds._common import target_words
    from generators.copy.phrasebank import bank_words, own_words

    lang = (language or "").split("-")[0]
    return frozenset(own_words(lang) | target_words(lang) | bank_words(lang))
