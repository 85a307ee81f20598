"""The offline writer's captions for an audience segment (issue 21): every caption kind's offline routine is
wrapped so a draft variant for a segment speaks to it — the segment kind's hook (or, with a festival hook, the
segment's line opening the body), its closing line at the end of the body (the channel's call to action with the
link stays) and the fact it leads with (``generators.copy.segments``).
The caption is otherwise the caption writer's own: the same facts, offer line, safety line and hashtags, within the
channel's limit (if the segment's hook would push it over, the writer's hook is kept). Registered with
``replace=True`` through the kind registry, after ``caption`` (this module imports it first).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from generators.copy import segments as seg_phrases
from generators.copy.kinds import _REGISTRY, register
from generators.copy.kinds import caption as caption_kind
from generators.copy.kinds._common import note, spoken_name
from generators.copy.phrasebank import canonical_key
from generators.copy.textutil import measure

_WRAPPED = "_segment_voice"


def _festival(task: dict[str, Any]) -> str | None:
    return ((task.get("campaign") or {}).get("festival") or {}).get("local_name") or \
        (task.get("festival") or {}).get("name")


def for_segment(inner):
    """``inner(task, bank)`` (an offline caption routine) writing for ``task["segment"]`` when there is one."""

    def offline(task: dict[str, Any], bank: Any) -> dict[str, Any]:
        sv = seg_phrases.voice(task.get("segment"), bank.lang) if task.get("segment") else None
        if sv is None:
            return inner(task, bank)
        hn, hg = spoken_name(task, bank)
        seg_name = task["segment"].get("name")
        # said first, so the caption writer's own "does not adapt" note (same rule id) is not added
        note(task, "generation.segment-offline", "info",
             f"The offline writer wrote for the segment '{seg_name}' with its {sv['kind'].replace('_', '-')} hook, "
             "call to action and lead fact (assets/segments/phrases.json); a model provider follows the whole "
             "guidance (it is in the prompt)")
        given = task.get("angle")
        angle: dict[str, Any] = dict(given) if isinstance(given, dict) else {}
        lead = seg_phrases.lead_key(sv["lead"], [canonical_key(f["key"]) for f in task.get("facts", [])])
        if lead and not angle.get("first_benefit"):
            angle["first_benefit"] = lead
        had = "angle" in task
        if lead:
            task["angle"] = angle
        try:
            out = inner(task, bank)
        finally:
            if had:
                task["angle"] = given
            else:
                task.pop("angle", None)
        line = bank.fill(sv["hook"], name=hn, g=hg)
        closing = bank.fill(sv["cta"], g=hg)
        ch = caption_kind.CHANNELS[task["target"]]
        festival = bool(_festival(task))
        body = out.get("body") or ""
        # the channel's own call to action (where the link is) stays; the segment's line closes the body
        for parts in (([line] if festival else []) + [body, closing], ([line] if festival else []) + [body]):
            tried = dict(out)
            tried["body"] = bank.sentences(parts)
            if not festival:
                tried["hook"] = line  # the festival hook stays first
            if measure(caption_kind.finish(dict(tried), task)["text"], ch.unit) <= ch.limit:
                return tried
        return out

    setattr(offline, _WRAPPED, True)
    return offline


def install() -> None:
    for key, spec in list(_REGISTRY.items()):
        if key[0] == "caption" and not getattr(spec.offline, _WRAPPED, False):
            register(dataclasses.replace(spec, offline=for_segment(spec.offline)), replace=True)


install()
