"""A rule's source as a seller reads it (walkthrough s14 finding 20): the platform's or the law's name, not the
project's research file it was taken from. ``readable("platform-specs.md C: Amazon / Bullets")`` →
``"Amazon / Bullets"``; ``"…; market-research.md G14 (the same price on every channel)"`` → ``"…; the same price
on every channel"``. Findings keep the full source (JSON, exports); the app and the CLI's text output show this."""

from __future__ import annotations

import re

_FILE = re.compile(r"\b(?:platform-specs|market-research)\.md\b\s*(?:[A-Z]\d*\b:?\s*)?")
_SECTION = re.compile(r"(^|;\s*)[A-D]:\s+")  # a second section letter of the same file ("; D: YouTube AI")


def readable(source: str | None) -> str:
    if not source:
        return ""
    parts = []
    for part in _SECTION.sub(r"\1", _FILE.sub("", source)).split(";"):
        part = part.strip()
        if part.startswith("(") and part.endswith(")") and part.count("(") == 1:
            part = part[1:-1].strip()  # only the explanation was left of "market-research.md G14 (…)"
        if re.search(r"\b[\w-]+\.md\b", part):
            part = "grounded in the product's facts" if "grounded" in part else ""  # DESIGN.md and the like
        if part:
            parts.append(part)
    return "; ".join(parts) or source
