"""Stop 18: the offline writer's pt-BR listing "… Bluetooth 5.3. Avisos de segurança …" was an error finding
(claims.reviews-meaning): French "avis" (reviews) matched the start of Portuguese/Spanish "aviso(s)" (warning) after
a version number. "avis" is a whole word only; the French review counts are still read."""

from __future__ import annotations

import pytest

from studio.quality.api import lint_text


def _reviews(text: str, market: str) -> list[str]:
    return [f.rule_id for f in lint_text(text, market=market, target="generic") if f.rule_id.startswith("claims.review")]


@pytest.mark.parametrize(("text", "market"), [
    ("Conectividade: Bluetooth 5.3. Avisos de segurança: não exponha à chuva.", "pt-BR"),
    ("Bluetooth 5.0. Aviso: no sumergir en agua.", "es-ES"),
    ("Versión 2.1. Avisos legales al final de la página.", "es-MX"),
])
def test_a_warning_word_after_a_version_number_is_no_review(text, market):
    assert _reviews(text, market) == []


@pytest.mark.parametrize(("text", "market"), [
    ("Plus de 12 000 avis 5 étoiles !", "fr-FR"),
    ("4,9/5 sur 3 200 avis", "fr-FR"),
])
def test_french_review_counts_are_still_claims(text, market):
    assert _reviews(text, market)
