"""A fact read off a product's text: the one type the labelled-line reader (``facts``), the prose reader
(``facts_prose``) and the parts reader share, in a module of its own so that none of them imports another's
internals to build one (the prose reader used to import ``facts`` lazily while ``facts`` imports it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractedFact:
    key: str
    value: str
    type: str = "text"
    unit: str | None = None
    data: dict | None = None
