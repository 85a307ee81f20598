"""Product FAQ: questions a buyer asks, answered only from the product's facts (never invented)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from generators.copy.kinds import FieldSpec, KindSpec, register
from generators.copy.kinds._common import description_facts, distinct, facts, gender, name, options_text
from generators.copy.phrasebank import Bank


class FaqItem(BaseModel):
    model_config = ConfigDict(extra="forbid")
    q: str = Field(min_length=1)
    a: str = Field(min_length=1)


class FaqOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    items: list[FaqItem] = Field(min_length=1, max_length=12)


def offline_faq(task: dict[str, Any], bank: Bank) -> dict[str, Any]:
    n = name(task)
    g = gender(task, bank)  # "Woraus bestehen die kabellosen In-Ear-Kopfhörer?"
    items = []
    # the selling points the description states come first ("What makes … stand out?"), then the facts
    for key, value in distinct(description_facts(task, bank) + facts(task, bank)):
        q, a = bank.faq_pair(key, value, n, g)
        items.append({"q": q, "a": a})
    opts = options_text(task, bank)
    if opts:
        q, a = bank.faq_pair("options", opts, n, g)
        items.append({"q": q, "a": bank.fill(a, options=opts)})
    if not items:
        items.append({"q": bank.fill(bank.get("faq._default")[0], label=bank.label("details"), name=n),
                      "a": bank.s("listing.intro_nobrand", name=n, g=g)})
    return {"items": items[:12]}


register(KindSpec("faq", "*", FaqOut, "faq", offline_faq,
                  fields=(FieldSpec("items", None, items=True, max_items=12, min_items=1),),
                  description="Product FAQ answered from the facts only"))
