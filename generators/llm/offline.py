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

from studio.ports import CompletionRequest, CompletionResult

NAME = "offline"
MODEL = "phrasebank-v1"


class OfflineError(RuntimeError):
    pass


class OfflineWriter:
    name = NAME
    model = MODEL
    ai_generated = False
    supports_followups = False  # no repair/shorten rounds: its output is built to fit

    def __init__(self, **_config: Any) -> None:
        pass

    def languages(self) -> list[str]:
        from generators.copy.phrasebank import supported_languages

        return supported_languages()

    def _content(self, task: dict[str, Any]) -> dict[str, Any]:
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
        if op == "write":
            return spec.offline(task, bank)
        if op == "field":
            field = task["field"]
            variant = dict(task, variant_seed=int(task.get("variant_seed", 0)) + 1)
            return {"value": spec.offline(variant, bank).get(field)}
        raise OfflineError(f"the offline writer does not do '{op}' rounds")

    def complete(self, request: CompletionRequest) -> CompletionResult:
        content = self._content(request.task)
        return CompletionResult(text=json.dumps(content, ensure_ascii=False), provider=NAME, model=MODEL,
                                tokens_in=0, tokens_out=0, cost=0.0, ai_generated=False,
                                raw={"note": "rule-based offline writer; no AI model was used"})

    def stream(self, request: CompletionRequest) -> Iterator[str]:
        text = self.complete(request).text
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
