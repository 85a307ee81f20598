"""Stop 21 (issue 16), copy hold-out 11 class "form-filled hooks": every 15 s script opened with the counted list
hook ("3 things to know about the …", "3 Fakten über …", in every language) and captions/scripts opened with a
bare number ("350 ml — that's the …", "1,000 mAh — …"). Now a script opens with what the product is made of or
does (that scene is then not said twice) or one of the language's plain hooks; no hook opens with a bare measure.
Products made up here, none from a hold-out."""

from __future__ import annotations

import re

import pytest

from generators.copy.kinds._common import bare_measure
from studio.services import generation
from tests.support.gen_products import add_product

COUNTED = re.compile(r"(?i)\b3\b.*(things|Fakten|choses|cosas|cose|coisas)|3つ|3个|3件")
MARKETS = ("en-US", "de-DE", "fr-FR", "es-ES", "it-IT", "pt-BR", "ja-JP", "zh-SG")


def _tee(db) -> None:
    add_product(db, "linen-tee-s21", title="Linen Tee", vendor="Nordhem")


def _bottle(db) -> None:
    add_product(db, "steel-bottle-s21", title="Insulated Steel Bottle", vendor="Fjellvik", product_type="Bottle",
                body_text="Keeps drinks cold.", facts=[
                    {"key": "capacity", "value": "750 ml", "unit": "ml", "data": {"value": 750, "unit": "ml"}},
                    {"key": "weight", "value": "320 g", "type": "weight", "unit": "g",
                     "data": {"value": 320, "unit": "g", "grams": 320}},
                    {"key": "origin", "value": "Portugal"}])


def _run(db, handle: str, market: str, kind: str, target: str):
    provider = generation._provider("offline")
    item = generation.prepare(db, handle, market, kind, target, provider, brand_voice=False)
    return generation.produce(item, provider).content


@pytest.mark.parametrize("market", MARKETS)
def test_a_script_never_opens_with_the_counted_list_hook(sqlite_db, market):
    _tee(sqlite_db)
    for target in ("tiktok", "instagram"):
        content = _run(sqlite_db, "linen-tee-s21", market, "video-script", target)
        assert not COUNTED.search(content["hook"]), content["hook"]
        voices = [s["voice_over"] for s in content["scenes"]]
        assert len(voices) == len(set(voices))  # the hook's fact is not said again by a scene


def test_a_script_opens_with_what_the_product_is_made_of(sqlite_db):
    _tee(sqlite_db)
    content = _run(sqlite_db, "linen-tee-s21", "en-US", "video-script", "tiktok")
    assert "linen" in content["hook"].casefold()
    assert not any(s["on_screen_text"].startswith("Material") for s in content["scenes"][1:])


@pytest.mark.parametrize("market", MARKETS)
def test_no_hook_opens_with_a_bare_measure(sqlite_db, market):
    _bottle(sqlite_db)
    for kind, target in (("caption", "instagram"), ("caption", "tiktok"), ("video-script", "tiktok")):
        hook = _run(sqlite_db, "steel-bottle-s21", market, kind, target)["hook"]
        assert not re.match(r"^\s*[\d.,\s]+\s*(ml|g|ミリ|毫升)", hook, re.I), hook


def test_a_bare_measure_is_recognised():
    assert all(bare_measure(v) for v in ("350 ml", "1.000 mAh", "150 W", "2 × 30 ml", "620 g"))
    assert not any(bare_measure(v) for v in ("Bis zu 24 Stunden", "100 % Baumwolle", "Padded", "vegan"))
