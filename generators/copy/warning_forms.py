"""What a draft must say for a product's warnings and certification names, in the writers' own data — the
"facts kept" check (``studio.services.facts_kept``) reads it through the copy engine port.

- ``warning_forms``: a warning the seller wrote, cut into the sentences the offline writer states
  (``legal.warning_parts``; two or three clauses one legal text covers go together, as ``legal.warning_text``
  takes them), each with the wording a draft in ``lang`` must carry: the seller's own translation (their
  translation memory, "sentence" entries) first, else the law's or the usual label's text
  (``assets/phrasebanks/legal/warnings.json``, read through ``legal.legal_sentence``, so the check uses whatever
  entries the file has), else ``None`` (no wording known: the caller checks the sentence's numbers only).
- ``cert_names``: the certification and standard names in a text, grouped so that the names of one body that
  stand for one another ("GOTS (Global Organic Textile Standard)") count once.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from generators.copy.legal import LEGAL_DIR, cert_spans, legal_sentence, sentence_key, warning_parts


def warning_forms(source: str, lang: str, own: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """``[{"source": the seller's clause(s), "text": the wording in ``lang`` or None, "from": "tm"|"legal"|None}]``
    in the order of the warning."""
    parts = warning_parts(source)
    out: list[dict[str, Any]] = []
    i = 0
    while i < len(parts):
        for n in (3, 2, 1):  # the longest run of clauses one text covers (legal.warning_text does the same)
            if i + n > len(parts):
                continue
            joined = " - ".join(parts[i:i + n])
            text = (own or {}).get(sentence_key(joined)) or None
            if text is None and n > 1 and own:
                text = own.get(sentence_key(". ".join(parts[i:i + n]))) or None
            how = "tm" if text else None
            if text is None:
                text = legal_sentence(joined, lang)
                how = "legal" if text else None
            if text is not None or n == 1:
                out.append({"source": joined if text is not None else parts[i], "text": text, "from": how})
                i += n
                break
    return out


@functools.lru_cache(maxsize=1)
def _owners() -> dict[str, str]:
    data = json.loads((LEGAL_DIR / "certifications.json").read_text(encoding="utf-8"))
    return {_key(n[0]): (str(n[1]) if len(n) > 1 else n[0]).split(",")[0].strip().casefold() for n in data["names"]}


def _key(name: str) -> str:
    return re.sub(r"[\s\u00a0\-®™]+", "", name).casefold()


def cert_names(text: str) -> list[list[str]]:
    """The certification names in ``text`` as written there, one group per certifying body in order of first
    mention: ``[["GOTS", "Global Organic Textile Standard"], ["CE"]]``."""
    owners = _owners()
    groups: dict[str, list[str]] = {}
    for s, e in cert_spans(text or ""):
        name = text[s:e]
        owner = owners.get(_key(re.sub(r"[®™]$", "", name)), _key(name))
        if name not in groups.setdefault(owner, []):
            groups[owner].append(name)
    return list(groups.values())
