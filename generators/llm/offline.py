"""The built-in offline writer: rule-based, grounded, multilingual — and honest that it is no AI.

It reads the structured task (``CompletionRequest.task``) rather than the prompt: every sentence comes from a
phrase bank (``assets/phrasebanks/<lang>.json``) wrapped around a value from the product's facts, with
attribute values translated through the glossary and units/currency formatted by ``localization``. Results
carry ``ai_generated=False`` and provider ``"offline"``; token counts and cost are zero.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from localization.markets import get_market
from studio.ports import CompletionRequest, CompletionResult, LLMProvider

NAME = "offline"
MODEL = "phrasebank-v1"


class OfflineError(RuntimeError):
    pass


_ARAB = "٠١٢٣٤٥٦٧٨٩"
_SKIP_DIGITS = {"link", "hashtags", "search_terms", "tags", "image", "camera", "language", "link_placement"}


def _digits_of(market: str) -> str:
    try:
        return get_market(market).digits
    except ValueError:  # not a registered market: Western digits
        return "latn"


def _convert(text: str, system: str) -> str:
    """One digit system in a text: Arabic-Indic where the market writes them, Western elsewhere — except inside
    a token with Latin letters (model numbers, "USB-C", "iPhone 15", SKUs), which stay as written."""
    import regex

    def fix(m: Any) -> str:
        tok = m.group(0)
        if regex.search(r"\p{Latin}", tok):
            return tok
        if system == "arab":
            return tok.translate(str.maketrans("0123456789%", _ARAB + "٪"))
        return tok.translate(str.maketrans(_ARAB + "٪", "0123456789%"))

    return regex.sub(r"[^\s]+", fix, text)


def localize_digits(content: Any, market: str, *, _system: str | None = None, _key: str = "") -> Any:
    """The market's digits, consistently, in every prose field of ``content``."""
    system = _system or _digits_of(market)
    if isinstance(content, str):
        return content if _key in _SKIP_DIGITS else _convert(content, system)
    if isinstance(content, list):
        return [localize_digits(x, market, _system=system, _key=_key) for x in content]
    if isinstance(content, dict):
        return {k: localize_digits(v, market, _system=system, _key=k) for k, v in content.items()}
    return content


class OfflineWriter(LLMProvider):
    name = NAME
    model = MODEL
    ai_generated = False
    supports_followups = False  # no repair/shorten rounds: its output is built to fit
    last_stream_result: CompletionResult | None = None  # a plain attribute over the port's read-only property

    def __init__(self, **_config: Any) -> None:
        pass

    def languages(self) -> list[str]:
        from generators.copy.phrasebank import supported_languages

        return supported_languages()

    def _content(self, task: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        from generators.copy import engine
        from generators.copy.phrasebank import load

        if not task or "kind" not in task:
            raise OfflineError("the offline writer needs a structured task (kind, target, facts); it cannot "
                               "answer free-form prompts")
        spec = engine.get_spec(task["kind"], task.get("target") or "*")
        try:
            bank = load(task["language"])
        except KeyError as exc:
            raise OfflineError(str(exc.args[0])) from None
        op = task.get("op", "write")
        # the facts the offline writer may state: the sure ones and those the seller confirmed — never a fact read
        # from the description with a doubt (a part's or the carton's material or certificate, a maximum load, one
        # size's volume: ``studio.importers.certainty``) until the seller confirms it in Catalog › Facts or with
        # ``studio facts confirm`` (stop 21). The grounding check still accepts them when a model states them.
        facts = [f for f in task.get("facts") or [] if f.get("sure", True)]
        task = dict(task, facts=facts, _notes=[])  # _notes: what the writer could not do, reported back (never silent)
        if op == "write":
            content = spec.offline(task, bank)
        elif op == "field":
            field = task["field"]
            variant = dict(task, variant_seed=int(task.get("variant_seed", 0)) + 1)
            content = {"value": spec.offline(variant, bank).get(field)}
            task["_notes"] = variant.get("_notes", [])
        else:
            raise OfflineError(f"the offline writer does not do '{op}' rounds")
        # the last pass: template leftovers (a label its value repeats, a phrase twice, empty slots, doubled
        # punctuation) and the language's punctuation spacing (generators/copy/polish.py)
        from generators.copy.polish import keep_phrases, own_names, polish

        content = polish(content, bank.lang, task.get("market") or "", keep_phrases(task), names=own_names(task))
        content = localize_digits(content, task.get("market") or "")
        return content, list(task["_notes"])

    def complete(self, request: CompletionRequest) -> CompletionResult:
        content, notes = self._content(request.task)
        return CompletionResult(text=json.dumps(content, ensure_ascii=False), provider=NAME, model=MODEL,
                                tokens_in=0, tokens_out=0, cost=0.0, ai_generated=False,
                                raw={"note": "rule-based offline writer; no AI model was used", "notes": notes})

    def stream(self, request: CompletionRequest) -> Iterator[str]:
        result = self.complete(request)
        self.last_stream_result = result  # the caller takes the notes from here (text is compared first)
        text = result.text
        step = 48
        for i in range(0, len(text), step):
            yield text[i:i + step]

    def test_connection(self) -> dict[str, Any]:
        return {"ok": True, "message": "The offline writer is built in (no network, no AI).",
                "models": [MODEL]}

    def list_models(self) -> list[str]:
        return [MODEL]

    def close(self) -> None:
        pass


def create(**config: Any) -> OfflineWriter:
    return OfflineWriter(**config)


ADAPTER = create
