"""Font resolver for burned-in captions: script of a text → an installed font file (never downloaded).

Fonts come from Debian packages installed by the set-up (``.ci/run``): ``fonts-noto-core`` (Latin, Arabic,
Hebrew, Thai, Devanagari…), ``fonts-noto-cjk`` (Chinese, Japanese, Korean) and ``fonts-dejavu-core``
(Latin fallback). Lookup order per script: known Debian paths, then ``fc-match :lang=xx``; a candidate is
accepted only when its cmap covers a sample of the script. When nothing fits, ``FontMissing`` names the
Debian package to install.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from studio.domain import StudioError

NOTO = Path("/usr/share/fonts/truetype/noto")
NOTO_OT = Path("/usr/share/fonts/opentype/noto")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

# index inside NotoSansCJK-*.ttc (JP, KR, SC, TC, HK order in Debian's fonts-noto-cjk)
_CJK_INDEX = {"ja": 0, "ko": 1, "zh": 2, "zh-hans": 2, "zh-cn": 2, "zh-hant": 3, "zh-tw": 3, "zh-hk": 4}

_KNOWN: dict[str, list[tuple[Path, Path]]] = {
    # script: [(bold, regular), ...] in order of preference
    "latin": [(NOTO / "NotoSans-Bold.ttf", NOTO / "NotoSans-Regular.ttf"),
              (DEJAVU / "DejaVuSans-Bold.ttf", DEJAVU / "DejaVuSans.ttf")],
    "cyrillic": [(NOTO / "NotoSans-Bold.ttf", NOTO / "NotoSans-Regular.ttf"),
                 (DEJAVU / "DejaVuSans-Bold.ttf", DEJAVU / "DejaVuSans.ttf")],
    "greek": [(NOTO / "NotoSans-Bold.ttf", NOTO / "NotoSans-Regular.ttf"),
              (DEJAVU / "DejaVuSans-Bold.ttf", DEJAVU / "DejaVuSans.ttf")],
    "arabic": [(NOTO / "NotoSansArabic-Bold.ttf", NOTO / "NotoSansArabic-Regular.ttf"),
               (NOTO / "NotoNaskhArabic-Bold.ttf", NOTO / "NotoNaskhArabic-Regular.ttf")],
    "hebrew": [(NOTO / "NotoSansHebrew-Bold.ttf", NOTO / "NotoSansHebrew-Regular.ttf")],
    "thai": [(NOTO / "NotoSansThai-Bold.ttf", NOTO / "NotoSansThai-Regular.ttf"),
             (NOTO / "NotoLoopedThai-Bold.ttf", NOTO / "NotoLoopedThai-Regular.ttf")],
    "devanagari": [(NOTO / "NotoSansDevanagari-Bold.ttf", NOTO / "NotoSansDevanagari-Regular.ttf")],
    "cjk": [(NOTO_OT / "NotoSansCJK-Bold.ttc", NOTO_OT / "NotoSansCJK-Regular.ttc"),
            (NOTO_OT / "NotoSerifCJK-Bold.ttc", NOTO_OT / "NotoSerifCJK-Regular.ttc")],
}

DEBIAN_PACKAGE = {
    "latin": "fonts-noto-core (or fonts-dejavu-core)",
    "cyrillic": "fonts-noto-core",
    "greek": "fonts-noto-core",
    "arabic": "fonts-noto-core",
    "hebrew": "fonts-noto-core",
    "thai": "fonts-noto-core",
    "devanagari": "fonts-noto-core",
    "cjk": "fonts-noto-cjk",
}

_FC_LANG = {"latin": "en", "cyrillic": "ru", "greek": "el", "arabic": "ar", "hebrew": "he", "thai": "th",
            "devanagari": "hi", "cjk": "zh-cn"}

# a few characters each font must have for the script (cmap check)
_SAMPLE = {"latin": "Aaé€", "cyrillic": "Жж", "greek": "Ωω", "arabic": "\u0627\u0644\u0639", "hebrew": "\u05e9",
           "thai": "\u0e01\u0e32\u0e23", "devanagari": "\u0915\u093e", "cjk": "\u4e2d\u6587\u3042"}

RTL_SCRIPTS = frozenset({"arabic", "hebrew"})
NO_SPACE_SCRIPTS = frozenset({"thai", "cjk"})


class FontMissing(StudioError):
    """No installed font covers the script; the message names the Debian package to install."""


@dataclass(frozen=True)
class FontSpec:
    path: str
    index: int = 0
    script: str = "latin"

    @property
    def rtl(self) -> bool:
        return self.script in RTL_SCRIPTS


def char_script(ch: str) -> str | None:
    cp = ord(ch)
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFDFF \
            or 0xFE70 <= cp <= 0xFEFF:
        return "arabic"
    if 0x0590 <= cp <= 0x05FF:
        return "hebrew"
    if 0x0E00 <= cp <= 0x0E7F:
        return "thai"
    if 0x0900 <= cp <= 0x097F:
        return "devanagari"
    if (0x3040 <= cp <= 0x30FF or 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xAC00 <= cp <= 0xD7AF
            or 0x1100 <= cp <= 0x11FF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF or 0x3000 <= cp <= 0x303F):
        return "cjk"
    if 0x0400 <= cp <= 0x04FF:
        return "cyrillic"
    if 0x0370 <= cp <= 0x03FF:
        return "greek"
    if ch.isalpha():
        return "latin"
    return None


def script_of(text: str) -> str:
    """The dominant script of ``text`` (non-Latin wins over Latin letters such as brand names)."""
    counts: dict[str, int] = {}
    for ch in text:
        s = char_script(ch)
        if s:
            counts[s] = counts.get(s, 0) + 1
    if not counts:
        return "latin"
    non_latin = {k: v for k, v in counts.items() if k != "latin"}
    pool = non_latin or counts
    return max(pool, key=lambda k: pool[k])


def script_for_language(lang: str | None) -> str:
    base = (lang or "en").lower().split("-")[0].split("_")[0]
    return {"ar": "arabic", "fa": "arabic", "ur": "arabic", "he": "hebrew", "th": "thai", "hi": "devanagari",
            "mr": "devanagari", "ne": "devanagari", "zh": "cjk", "ja": "cjk", "ko": "cjk", "ru": "cyrillic",
            "uk": "cyrillic", "bg": "cyrillic", "el": "greek"}.get(base, "latin")


@functools.lru_cache(maxsize=64)
def _cmap(path: str, index: int) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    font = TTFont(path, lazy=True, fontNumber=index)  # fontNumber picks the face inside a .ttc
    try:
        return frozenset(font.getBestCmap() or {})
    finally:
        font.close()


def missing_glyphs(spec: FontSpec, text: str) -> list[str]:
    """Characters of ``text`` the font has no glyph for (spaces and format controls ignored)."""
    cmap = _cmap(spec.path, spec.index)
    out = []
    for ch in dict.fromkeys(text):
        if ch.isspace() or unicodedata.category(ch) in ("Cf", "Cc"):
            continue
        if ord(ch) not in cmap:
            out.append(ch)
    return out


def _cjk_index(lang: str | None) -> int:
    tag = (lang or "zh").lower().replace("_", "-")
    return _CJK_INDEX.get(tag, _CJK_INDEX.get(tag.split("-")[0], 2))


def _fc_match(script: str, bold: bool) -> list[tuple[str, int]]:
    exe = shutil.which("fc-match")
    if not exe:
        return []
    pattern = f":lang={_FC_LANG.get(script, 'en')}" + (":weight=bold" if bold else "")
    try:
        out = subprocess.run([exe, "-f", "%{file}|%{index}\n", pattern], capture_output=True, text=True,
                             timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for line in out.splitlines():
        if "|" in line:
            file, _, idx = line.partition("|")
            found.append((file, int(idx or 0)))
    return found


@functools.lru_cache(maxsize=64)
def resolve_font(script: str, bold: bool = True, lang: str | None = None) -> FontSpec:
    """An installed font for ``script`` (``latin``, ``arabic``, ``thai``, ``cjk``, ``devanagari``…)."""
    script = script if script in _KNOWN else "latin"
    sample = _SAMPLE[script]
    candidates: list[tuple[str, int]] = []
    for b, r in _KNOWN[script]:
        for p in (b, r) if bold else (r, b):
            candidates.append((str(p), _cjk_index(lang) if script == "cjk" else 0))
    candidates += _fc_match(script, bold)
    for path, index in candidates:
        if not Path(path).is_file():
            continue
        spec = FontSpec(path, index, script)
        try:
            if not missing_glyphs(spec, sample):
                return spec
        except Exception:  # noqa: BLE001 - an unreadable font is just not a candidate
            continue
    raise FontMissing(f"no installed font covers {script} text; install the Debian package "
                      f"{DEBIAN_PACKAGE.get(script, 'fonts-noto-core')} (apt-get install "
                      f"{DEBIAN_PACKAGE.get(script, 'fonts-noto-core').split(' ')[0]})")


def font_for_text(text: str, bold: bool = True, lang: str | None = None) -> FontSpec:
    """The font for a word or line: its own script decides (a Latin brand name inside Arabic text gets a
    Latin font; an empty string gets the language's script)."""
    script = script_of(text) if any(char_script(c) for c in text) else script_for_language(lang)
    return resolve_font(script, bold, lang)
