"""How long a voice takes to say a line, per language: the pace a video script's voice-over is written to (the
offline writer) and checked against (the app's scene editor, ``studio drafts edit``). Qt-free, a leaf."""

from __future__ import annotations

import re

from localization.text import measure, nfc

# characters a voice-over says per second (espeak-ng and API voices at a natural pace); ja/zh/ko count
# ideographs and syllable blocks, Thai letters
SPEECH_RATE = {"ja": 7.0, "zh": 5.0, "ko": 7.0, "th": 12.0, "hi": 13.0, "ar": 13.0}


def speech_rate(lang: str) -> float:
    return SPEECH_RATE.get(lang, 15.0)


# words a voice says per second at a natural, clear pace (spaced languages; ja/zh/ko/th are counted in
# characters above): a 3 s scene holds about 7–9 words, never the 13–15 of a hook that names a whole title
WORDS_PER_SECOND = {"en": 3.2, "de": 2.9, "fr": 3.4, "es": 3.5, "it": 3.4, "pt": 3.4, "nl": 3.0, "pl": 2.8}


_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*")


def _graphemes(s: str) -> int:
    return int(measure(nfc(s), "graphemes"))


def voice_seconds(line: str, lang: str) -> float:
    """How long a voice takes to say ``line`` at the language's rate: characters per second in ja/zh/ko/th (a
    Latin brand inside is said as about one syllable per three letters, a number as one per digit), else the longer of its
    characters and its words at the language's pace."""
    if lang in SPEECH_RATE:
        latin = _LATIN_RUN.findall(line)
        rest = _LATIN_RUN.sub("", line)
        said = sum(len(w) if w[:1].isdigit() else max(1, len(w) // 3) for w in latin)  # a digit is a syllable
        return (_graphemes(rest) + said) / speech_rate(lang)
    return max(_graphemes(line) / speech_rate(lang), len(line.split()) / WORDS_PER_SECOND.get(lang, 2.8))


def fits_voice(line: str, seconds: float, lang: str) -> bool:
    """Whether a voice says ``line`` within ``seconds`` at the language's rate."""
    return voice_seconds(line, lang) <= seconds + 1e-6
