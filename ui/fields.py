"""A draft field's name as a user reads it: ``search_terms`` → "Search terms", ``bullets[2]`` → "Bullet 3",
``items[0].answer`` → "FAQ 1 · Answer". The key stays the data (editors, findings, the regenerate picker keep it);
this is only what is shown. A key not listed reads as its words ("proof_point" → "Proof point")."""

from __future__ import annotations

import re

from ui.i18n import N_, tr

LABELS = {
    "title": N_("Title"), "bullets": N_("Bullet points"), "description": N_("Description"),
    "description_html": N_("Description (HTML)"), "search_terms": N_("Search terms"), "seo_title": N_("SEO title"),
    "seo_description": N_("SEO description"), "item_specifics": N_("Item specifics"), "tags": N_("Tags"),
    "highlights": N_("Highlights"), "benefits": N_("Benefits"), "text": N_("Text"), "hook": N_("Hook"),
    "body": N_("Body"), "cta": N_("Call to action"), "hashtags": N_("Hashtags"), "first_comment": N_("First comment"),
    "items": N_("Questions and answers"), "question": N_("Question"), "answer": N_("Answer"), "scenes": N_("Scenes"),
    "voice_over": N_("Voice-over"), "on_screen": N_("On-screen text"), "link": N_("Link"),
    "on_screen_text": N_("On-screen text"), "link_placement": N_("Link placement"), "q": N_("Question"), "a": N_("Answer"), "duration": N_("Duration"),
    "caption": N_("Caption"), "proof_point": N_("Proof point"), "demo_action": N_("Demo action"), "faq": N_("FAQ"),
}
# one element of a list field: "{n}" is its 1-based number
ITEM_LABELS = {"bullets": N_("Bullet {n}"), "items": N_("FAQ {n}"), "scenes": N_("Scene {n}"),
               "hashtags": N_("Hashtag {n}"), "tags": N_("Tag {n}"), "highlights": N_("Highlight {n}"),
               "benefits": N_("Benefit {n}"), "item_specifics": N_("Item specific {n}")}

_PART = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)")


def _name(key: str) -> str:
    if key in LABELS:
        return tr(LABELS[key])
    words = key.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def field_label(field: str | None) -> str:
    """The label of a draft field or a finding's field path (``bullets[2]``, ``items[0].answer``)."""
    if not field:
        return ""
    out: list[str] = []
    for part in field.split("."):
        m = _PART.fullmatch(part)
        if m is None:
            out.append(part)
            continue
        name, index = m.group(1), m.group(2)
        if not index:
            out.append(_name(name))
            continue
        n = int(index.split("]")[0][1:]) + 1
        template = ITEM_LABELS.get(name)
        out.append(tr(template).replace("{n}", str(n)) if template else f"{_name(name)} {n}")
    return " · ".join(out)
