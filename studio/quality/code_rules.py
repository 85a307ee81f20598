"""Rules that data alone cannot express, by family; importing this module registers every code rule.

Packs refer to the functions by name (``{"type": "code", "function": "..."}``), so the severity, message,
source and examples of these rules stay in the pack data like every other rule. The families:
``rules_grounding`` (facts), ``rules_language`` (locale conventions), ``rules_prices``, ``rules_claims``
(claims by pattern), ``rules_disclosure``, ``rules_campaigns`` (a campaign's offer); all of them match
text with ``textmatch`` (a leaf).
"""

from __future__ import annotations

from studio.quality import (
    rules_campaigns,
    rules_claims,
    rules_disclosure,
    rules_grounding,
    rules_language,
    rules_prices,
)
from studio.quality.code_registry import REGISTRY, Hit, code_rule
from studio.quality.textmatch import inside_longer_word, thai_words_of

FAMILIES = (rules_grounding, rules_language, rules_prices, rules_claims, rules_disclosure, rules_campaigns)

__all__ = ["REGISTRY", "Hit", "code_rule", "inside_longer_word", "thai_words_of", "FAMILIES"]
