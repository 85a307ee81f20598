"""A creator brief as PDF (fpdf2): every script the brief may hold renders — Arabic shaped and right-to-left,
Thai, CJK and Devanagari through fallback fonts — with the same font resolution as the kit's run sheet.

``brief`` is the dict ``studio.services.briefs`` builds (title, headings, sections, disclosure, link…).
Qt-free; reached through the kit builder port (``KitBuilder.write_brief_pdf``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generators.video.fonts import FontMissing, char_script, resolve_font, script_for_language
from studio.safepath import confined

_FALLBACK_SCRIPTS = ("arabic", "thai", "devanagari", "cjk", "hebrew")


def _all_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_all_text(v) for v in value.values())
    if isinstance(value, list | tuple):
        return " ".join(_all_text(v) for v in value)
    return ""


def write_brief_pdf(brief: dict[str, Any], path: Path) -> Path:
    from fpdf import FPDF

    path = confined(Path(path).parent, Path(path).name, make_parents=True)
    lang = brief.get("language") or "en"
    rtl = brief.get("direction") == "rtl"
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_title(str(brief.get("title", "")))
    pdf.add_page()
    main_script = script_for_language(lang)
    # the main face is the brief language's own script (CJK and Thai text gets its metrics), Latin falls back
    main = resolve_font(main_script if main_script in ("cjk", "thai", "arabic") else "latin", bold=False, lang=lang)
    main_b = resolve_font(main_script if main_script in ("cjk", "thai", "arabic") else "latin", bold=True, lang=lang)
    kw: dict[str, Any] = {"collection_font_number": main.index} if main.path.endswith(".ttc") else {}
    kwb: dict[str, Any] = {"collection_font_number": main_b.index} if main_b.path.endswith(".ttc") else {}
    pdf.add_font("Main", fname=main.path, **kw)
    pdf.add_font("Main", style="B", fname=main_b.path, **kwb)
    # fallback faces only for the scripts the brief holds (a CJK collection costs seconds to load and subset)
    present = {char_script(ch) for ch in _all_text(brief)} - {None}
    fallbacks = []
    for script in ("latin", *_FALLBACK_SCRIPTS):
        if script == main_script or (script != "latin" and script not in present):
            continue
        try:
            spec = resolve_font(script, bold=False, lang=lang)
        except FontMissing:  # a missing optional script font only matters for text in that script
            continue
        fkw: dict[str, Any] = {"collection_font_number": spec.index} if spec.path.endswith(".ttc") else {}
        pdf.add_font(f"F{script}", fname=spec.path, **fkw)
        fallbacks.append(f"F{script}")
    pdf.set_fallback_fonts(fallbacks, exact_match=False)
    # direction None: the Unicode bidi algorithm orders each paragraph (an English angle inside an Arabic brief
    # stays left-to-right; Arabic runs are shaped and reversed)
    pdf.set_text_shaping(use_shaping_engine=True)
    align = "R" if rtl else "L"

    def line(text: str, size: float = 10, bold: bool = False, gap: float = 1.2, color: tuple = (29, 29, 31)) -> None:
        if not text:
            return
        pdf.set_text_color(*color)
        # switch away and back: after a line that used a fallback font, fpdf2 (2.8.9) treats set_font with the
        # same family as a no-op and the next line is written with no font ("No font in show", text missing)
        pdf.set_font(fallbacks[0] if fallbacks else "Main", size=size)
        pdf.set_font("Main", style="B" if bold else "", size=size)
        pdf.multi_cell(0, size * 0.52, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def section(key: str, items: list[str]) -> None:
        items = [i for i in items if i]
        if not items:
            return
        pdf.ln(1.5)
        line(brief["headings"][key], 12.5, True, 1.0, (76, 29, 149))
        for item in items:
            line(f"• {item}", 10, gap=0.6)

    h = brief["headings"]
    line(brief["title"], 17, True, 1.0)
    line(brief["subtitle"], 10, gap=2.5, color=(90, 90, 90))
    # the disclosure first, framed: the one part a creator must not miss
    pdf.set_draw_color(214, 36, 110)
    y0 = pdf.get_y()
    pdf.ln(1.5)
    line(h["h_disclosure"], 12.5, True, 1.0, (214, 36, 110))
    for item in brief["disclosure"]["lines"]:
        line(f"• {item}", 10.5, bold=item == brief["disclosure"]["lines"][0], gap=0.6)
    d = brief["disclosure"]
    # the law and platform sources stay in the brief's data (JSON), not on the creator's page
    small = [d.get("control_instruction") or ""] + [n for n in (d.get("notes") or []) if n]
    for s in small:
        line(s, 8, gap=0.3, color=(90, 90, 90))
    pdf.rect(pdf.l_margin - 2, y0, pdf.w - pdf.l_margin - pdf.r_margin + 4, pdf.get_y() - y0 + 1)
    pdf.ln(3)
    section("h_facts", brief["key_facts"])
    section("h_claims", brief["claims"])
    section("h_angles", brief["angles"])
    section("h_do", brief["do"])
    section("h_dont", brief["dont"])
    section("h_link", [brief["link_line"], brief["code_line"]])
    section("h_deliverables", brief["deliverables"])
    section("h_dates", brief["dates"]["lines"])
    sample = brief.get("sample_caption") or {}
    if sample.get("text"):
        pdf.ln(1.5)
        line(h["h_sample"], 12.5, True, 1.0, (76, 29, 149))
        line(sample["text"], 10, gap=1.0, color=(60, 60, 60))
    if brief.get("seller_language_parts"):
        pdf.ln(2)
        line("In the seller's language: " + "; ".join(brief["seller_language_parts"]), 7.5, color=(120, 120, 120))
    try:
        pdf.output(str(path))
    finally:
        # close each font's fontTools object now (no file handle outlives the brief)
        for font in pdf.fonts.values():
            tt = getattr(font, "ttfont", None)
            if tt is not None:
                tt.close()
    return path
