"""The requirements banner (Video, Livestream) speaks the UI language: the service's English sentences are
translated in the UI layer, the English text stays exactly what ``studio doctor`` prints."""

from __future__ import annotations

import dataclasses

import pytest

from localization import ui_strings
from studio.services import system
from ui.widgets import requirements_banner as banner


def _missing():
    return [dataclasses.replace(r, ok=False, found="") for r in system.check_all()]


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    ui_strings.set_language("en")


def test_english_lines_are_the_service_lines():
    for r in _missing():
        assert banner.line(r) == r.line()


@pytest.mark.parametrize("lang", ["zh", "es", "ar"])
def test_every_missing_part_is_translated(lang):
    ui_strings.set_language(lang)
    for r in _missing():
        text = banner.line(r)
        assert text != r.line() and r.without not in text, (lang, r.key, text)
        assert r.package in text and r.hint() in text  # the install command stays literal


def test_a_sentence_the_service_rewords_is_shown_as_written():
    ui_strings.set_language("es")
    r = dataclasses.replace(_missing()[0], without="no ffmpeg: something new")
    assert banner.line(r).startswith("no ffmpeg: something new — instala ")
