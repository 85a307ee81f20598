"""Fonts for kit PDFs and overlay PNGs, by script, from the system's Noto packages (never downloaded).

Debian: fonts-noto-core (Latin, Arabic, Thai, Devanagari), fonts-noto-cjk (Chinese, Japanese, Korean).
"""

from __future__ import annotations

import shutil
import subprocess
from functools import cache
from pathlib import Path

KNOWN = {
    "latin": ["/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
              "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"],
    "latin-bold": ["/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
                   "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
    "arabic": ["/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
               "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"],
    "thai": ["/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf"],
    "devanagari": ["/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf"],
    "cjk": ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"],
}
FC_NAMES = {"latin": "Noto Sans", "latin-bold": "Noto Sans:bold", "arabic": "Noto Sans Arabic",
            "thai": "Noto Sans Thai", "devanagari": "Noto Sans Devanagari", "cjk": "Noto Sans CJK SC"}
PACKAGE = {"latin": "fonts-noto-core", "latin-bold": "fonts-noto-core", "arabic": "fonts-noto-core",
           "thai": "fonts-noto-core", "devanagari": "fonts-noto-core", "cjk": "fonts-noto-cjk"}
# index of Simplified Chinese inside NotoSansCJK-Regular.ttc (JP=0, KR=1, SC=2, TC=3, HK=4)
CJK_INDEX = {"zh": 2, "ja": 0, "ko": 1}


class FontMissing(RuntimeError):
    pass


@cache
def font_path(script: str) -> Path:
    for p in KNOWN.get(script, []):
        if Path(p).is_file():
            return Path(p)
    if shutil.which("fc-match") and script in FC_NAMES:
        out = subprocess.run(["fc-match", "-f", "%{file}", FC_NAMES[script]], capture_output=True, text=True)
        cand = Path(out.stdout.strip())
        if cand.is_file() and "noto" in cand.name.lower():
            return cand
    raise FontMissing(f"no font for {script} text; install the Debian package {PACKAGE.get(script, 'fonts-noto-core')}")


def script_of(lang: str) -> str:
    base = lang.split("-")[0].lower()
    return {"ar": "arabic", "fa": "arabic", "ur": "arabic", "th": "thai", "hi": "devanagari",
            "zh": "cjk", "ja": "cjk", "ko": "cjk"}.get(base, "latin")


@cache
def _cmap(path: str, index: int = 0) -> frozenset[int]:
    from fontTools.ttLib import TTCollection, TTFont

    if path.endswith(".ttc"):
        with TTCollection(path) as coll:
            return frozenset(coll.fonts[index].getBestCmap())
    with TTFont(path) as font:
        return frozenset(font.getBestCmap())


def covers(script: str, text: str, lang: str = "zh") -> bool:
    path = font_path(script)
    idx = CJK_INDEX.get(lang.split("-")[0], 2) if path.suffix == ".ttc" else 0
    cmap = _cmap(str(path), idx)
    return all(ord(ch) in cmap for ch in text if not ch.isspace() and ch not in "\u2066\u2067\u2068\u2069\u200e\u200f")


def pick_font(text: str, lang: str, bold: bool = False) -> tuple[Path, int]:
    """The first font (bold Latin, the language's script, then every other script) that covers ``text``."""
    order = ["latin-bold" if bold else "latin", script_of(lang), "arabic", "thai", "cjk", "devanagari", "latin"]
    for script in order:
        try:
            if covers(script, text, lang):
                path = font_path(script)
                return path, (CJK_INDEX.get(lang.split("-")[0], 2) if path.suffix == ".ttc" else 0)
        except FontMissing:
            continue
    path = font_path(script_of(lang))
    return path, (CJK_INDEX.get(lang.split("-")[0], 2) if path.suffix == ".ttc" else 0)
