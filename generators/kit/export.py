"""Writes a kit folder: run sheet (HTML + PDF), pinned order and flash sales (CSV), OBS overlays
(HTML browser sources + PNG cards + a scene collection), QR codes (PNG + SVG) and talking points."""

from __future__ import annotations

import csv
import html
import json
import shutil
from pathlib import Path
from typing import Any

from generators.kit.links import write_qr
from generators.kit.writer import talking_points
from generators.video.fonts import (
    FontMissing,
    font_for_text,
    missing_glyphs,
    resolve_font,
    script_for_language,
)
from studio.csvsafe import safe_row
from studio.safepath import confined, confined_dir, safe_component, safe_suffix

RTL = {"ar", "fa", "he", "ur"}
FONT_STACK = ("'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Thai', 'Noto Sans CJK SC', 'Noto Sans CJK JP', "
              "'Noto Sans Devanagari', sans-serif")


def _ltr(s: str, direction: str) -> str:
    """Keep a left-to-right run (timecodes, ranges) in order inside right-to-left text (LRI…PDI)."""
    return f"\u2066{s}\u2069" if direction == "rtl" else s


def _e(s: Any) -> str:
    return html.escape("" if s is None else str(s))


def _file(out: Path, *parts: str) -> Path:
    """Where a kit file goes: inside ``out`` (symbolic links resolved), its folders created."""
    return confined(out, *parts, make_parents=True)


def export_kit(kit: dict[str, Any], meta: dict[str, Any], out: Path, images: dict[str, Path | None]) -> dict[str, Any]:
    """``meta``: name, market, platform, platform_name, starts_at (ISO or None), currency.
    ``images``: product handle → local image path (or None). Returns the files written.

    Every file lands inside ``out``: names made from handles go through ``safe_component`` and every path
    through ``confined`` (a symbolic link in the folder that points outside it is refused, not followed)."""
    out = confined_dir(out)
    lang = kit["language"]
    direction = "rtl" if lang in RTL else "ltr"
    files: dict[str, Any] = {}
    kit_json = _file(out, "kit.json")
    kit_json.write_text(json.dumps({"meta": meta, "kit": kit}, ensure_ascii=False, indent=2), "utf-8")
    files["json"] = str(kit_json)
    tp = _file(out, "talking-points.txt")
    tp.write_text(talking_points(kit), encoding="utf-8")
    files["talking_points"] = str(tp)

    # QR codes for every shop link
    qr_dir = confined_dir(out, "qr")
    files["qr"] = []
    for p in kit["products"]:
        if p.get("link"):
            png, svg = write_qr(p["link"], qr_dir / safe_component(p["handle"]))
            p["qr_png"] = str(png.relative_to(out))
            p["qr_svg"] = str(svg.relative_to(out))
            files["qr"].extend([str(png), str(svg)])

    # CSVs
    pinned = _file(out, "pinned-order.csv")
    with open(pinned, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(["pin_order", "start", "end", "handle", "sku", "title", "price", "currency", "price_text", "link"])
        for p in kit["products"]:
            w.writerow(safe_row((p["pin_order"], p["start_tc"], p["end_tc"], p["handle"], p["sku"] or "",
                                 p["title"], p["price"], p["currency"], p["price_text"], p["link"])))
    flash = _file(out, "flash-sales.csv")
    with open(flash, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(["handle", "countdown_start", "sale_start", "sale_end", "countdown_s", "duration_min",
                    "deal_price", "deal_price_text", "stock_cap", "per_customer_cap"])
        for f in kit["flash_sales"]:
            w.writerow(safe_row((f["product"], f["countdown_start_tc"], f["sale_start_tc"], f["sale_end_tc"],
                                 f["countdown_s"], f["duration_min"], f["deal_price"],
                                 f["deal_price_text"], f["stock_cap"] or "", f["per_customer_cap"] or "")))
    files["csv"] = [str(pinned), str(flash)]

    # images for overlays
    for p in kit["products"]:
        src = images.get(p["handle"])
        if src and Path(src).is_file():
            dest = _file(out, "overlays", "img", safe_component(p["handle"]) + safe_suffix(Path(src).suffix, ".img"))
            shutil.copyfile(src, dest)
            p["image"] = str(dest.relative_to(out))

    files["run_sheet_html"] = str(_run_sheet_html(kit, meta, out, direction))
    files["run_sheet_pdf"] = str(_run_sheet_pdf(kit, meta, out, direction))
    files["overlays"] = _overlays(kit, meta, out, direction)
    return files


# --------------------------------------------------------------------------- run sheet

def _run_sheet_html(kit: dict[str, Any], meta: dict[str, Any], out: Path, direction: str) -> Path:
    rows = []
    rows.append(f"<tr class='seg'><td>{_e(kit['segments'][0]['start_tc'])}</td><td colspan='3'><b>{_e(kit['opening']['hook'])}</b><br>{_e(kit['opening']['intro'])}</td></tr>")
    for p in kit["products"]:
        benefits = "".join(f"<li>{_e(b)}</li>" for b in p["benefits"])
        proof = f"<p class='proof'>✓ {_e(p['proof_point'])}</p>" if p["proof_point"] else ""
        variants = f"<p>{_e(p['variant_guidance'])}</p>" if p["variant_guidance"] else ""
        warn = f"<p class='warn'>⚠ {_e(p['warning'])}</p>" if p.get("warning") else ""
        qr = f"<img class='qr' src='{_e(p['qr_svg'])}' alt='QR'>" if p.get("qr_svg") else ""
        flashes = "".join(f"<p class='flash'>⚡ [{_e(f['countdown_start_tc'])}] {_e(f['script'])}</p>"
                          for f in kit["flash_sales"] if f["product"] == p["handle"])
        rows.append(
            f"<tr><td>{_e(p['start_tc'])}<br>–{_e(p['end_tc'])}</td><td>#{p['pin_order']}<br><b>{_e(p['title'])}</b>"
            f"<br><small>{_e(p['sku'] or p['handle'])}</small></td><td><p>▸ {_e(p['demo_action'])}</p><ul>{benefits}</ul>"
            f"{proof}{variants}{warn}{flashes}<p>→ {_e(p['cta'])}</p></td><td class='price'><b>{_e(p['price_line'])}</b>"
            f"<br>{qr}<br><small>{_e(p['link'])}</small></td></tr>")
    for g in kit["giveaways"]:
        rows.append(f"<tr class='seg'><td>{_e(g['at_tc'])}</td><td colspan='3'>🎁 {_e(g['script'])}</td></tr>")
    closing = kit["segments"][-1]
    rows.append(f"<tr class='seg'><td>{_e(closing['start_tc'])}</td><td colspan='3'><b>{_e(kit['closing']['recap'])}</b><br>{_e(kit['closing']['cta'])}</td></tr>")
    qa = "".join(f"<tr><td>{_e(q['product'])}</td><td>{_e(q['question'])}</td><td>{_e(q['answer'])}</td></tr>" for q in kit["qa"])
    obj = "".join(f"<tr><td>{_e(o['product'])}</td><td>{_e(o['objection'])}</td><td>{_e(o['response'])}</td></tr>" for o in kit["objections"])
    kw = "".join(f"<tr><td><code>{_e(c['keyword'])}</code></td><td>{_e(c['reply'])}</td><td>{_e(c['action'])}</td></tr>" for c in kit["comment_replies"])
    comp = "".join(f"<li><label><input type='checkbox'> {_e(c)}</label></li>" for c in kit["compliance"])
    warns = "".join(f"<li>{_e(w)}</li>" for w in kit.get("warnings", []))
    doc = f"""<!doctype html>
<html lang="{_e(kit['language'])}" dir="{direction}"><head><meta charset="utf-8">
<title>{_e(meta.get('name'))} — run sheet</title>
<style>
body {{ font-family: {FONT_STACK}; margin: 24px; color: #1d1d1f; }}
h1 {{ margin-bottom: 0 }} .meta {{ color: #555 }}
table {{ border-collapse: collapse; width: 100%; margin: 12px 0 24px; }}
td, th {{ border: 1px solid #ccc; padding: 6px 8px; vertical-align: top; text-align: start; }}
tr.seg td {{ background: #f4f1fb; }} .price {{ white-space: nowrap; }} .qr {{ width: 96px; }}
.proof {{ color: #216e39 }} .warn {{ color: #9a3412 }} .flash {{ color: #a21caf; font-weight: bold }}
code {{ background: #eee; padding: 1px 4px; }}
@media print {{ .qr {{ width: 72px }} }}
</style></head><body>
<h1>{_e(meta.get('name'))}</h1>
<p class="meta">{_e(meta.get('platform_name'))} · {_e(meta.get('market'))} · {_e(meta.get('starts_at') or '')} · {kit['total_s'] // 60} min · {_e(kit['host'])}</p>
{f'<ul class="warn">{warns}</ul>' if warns else ''}
<h2>Run of show</h2><table><tbody>{''.join(rows)}</tbody></table>
<h2>Q&amp;A</h2><table><tbody>{qa}</tbody></table>
<h2>Objections</h2><table><tbody>{obj}</tbody></table>
<h2>Comment keywords</h2><table><tbody>{kw}</tbody></table>
<h2>Compliance</h2><ul>{comp}</ul>
</body></html>
"""
    path = _file(out, "run-sheet.html")
    path.write_text(doc, encoding="utf-8")
    return path


def _run_sheet_pdf(kit: dict[str, Any], meta: dict[str, Any], out: Path, direction: str) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.add_font("Main", fname=resolve_font("latin", bold=False).path)
    pdf.add_font("Main", style="B", fname=resolve_font("latin", bold=True).path)
    fallbacks = []
    for script in ("arabic", "thai", "devanagari", "cjk"):
        try:
            spec = resolve_font(script, bold=False, lang=kit["language"])
        except FontMissing:  # a missing optional script font only matters for that script
            continue
        kw: dict[str, Any] = {"collection_font_number": spec.index} if spec.path.endswith(".ttc") else {}
        pdf.add_font(f"F{script}", fname=spec.path, **kw)
        fallbacks.append(f"F{script}")
    main_script = script_for_language(kit["language"])
    pdf.set_font("Main", size=10)
    pdf.set_fallback_fonts(fallbacks, exact_match=False)
    pdf.set_text_shaping(use_shaping_engine=True, direction=direction if main_script == "arabic" else None)
    align = "R" if direction == "rtl" else "L"

    def line(text: str, size: int = 10, bold: bool = False, gap: float = 1.5) -> None:
        pdf.set_font("Main", style="B" if bold else "", size=size)
        pdf.multi_cell(0, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    line(str(meta.get("name", "")), 16, True)
    line(f"{meta.get('platform_name')} · {meta.get('market')} · {meta.get('starts_at') or ''} · "
         f"{kit['total_s'] // 60} min · {kit['host']}", 9)
    for w in kit.get("warnings", []):
        line(f"! {w}", 9)
    line(f"[{kit['segments'][0]['start_tc']}] {kit['opening']['hook']}", 11, True)
    line(kit["opening"]["intro"])
    for p in kit["products"]:
        pdf.ln(2)
        span = _ltr(f"[{p['start_tc']}–{p['end_tc']}]", direction)
        line(f"{span} #{p['pin_order']} {p['title']}", 12, True)
        line(f"> {p['demo_action']}")
        for b in p["benefits"]:
            line(f"• {b}", gap=0.5)
        if p["proof_point"]:
            line(f"✓ {p['proof_point']}")
        line(p["price_line"], 11, True)
        if p["variant_guidance"]:
            line(p["variant_guidance"])
        if p.get("warning"):
            line(f"! {p['warning']}")
        for f in kit["flash_sales"]:
            if f["product"] == p["handle"]:
                line(f"[{f['countdown_start_tc']}] {f['script']}", 10, True)
        line(f"→ {p['cta']}")
        if p.get("qr_png"):
            y = pdf.get_y()
            if y > 250:
                pdf.add_page()
                y = pdf.get_y()
            pdf.image(str(out / p["qr_png"]), x=pdf.w - 40 if direction == "ltr" else 10, y=y, w=25)
            pdf.ln(27)
    for g in kit["giveaways"]:
        line(f"[{g['at_tc']}] {g['script']}", 10, True)
    closing = kit["segments"][-1]
    line(f"[{closing['start_tc']}] {kit['closing']['recap']}", 11, True)
    line(kit["closing"]["cta"])
    pdf.add_page()
    line("Q&A", 14, True)
    for q in kit["qa"]:
        line(f"{q['question']} — {q['answer']}", 9, gap=0.5)
    line("Comment keywords", 14, True)
    for c in kit["comment_replies"]:
        line(f"{c['keyword']}: {c['reply']} ({c['action']})", 9, gap=0.5)
    line("Compliance", 14, True)
    for c in kit["compliance"]:
        line(f"☐ {c}", 9, gap=0.5)
    path = _file(out, "run-sheet.pdf")
    try:
        pdf.output(str(path))
    finally:
        # fpdf2 keeps each added font's fontTools object (and its open file) until garbage collection;
        # close them here so no file handle outlives the run sheet (ResourceWarning in long runs)
        for font in pdf.fonts.values():
            tt = getattr(font, "ttfont", None)
            if tt is not None:
                tt.close()
    return path


# --------------------------------------------------------------------------- OBS overlays

_CARD_CSS = """
html,body{{margin:0;background:transparent;font-family:{fonts};}}
.card{{position:absolute;{pos}background:rgba(255,255,255,.94);border-radius:28px;padding:28px;box-sizing:border-box;
 box-shadow:0 12px 40px rgba(0,0,0,.25);display:flex;gap:24px;align-items:center;width:{cw}px;}}
.card img.p{{width:{iw}px;height:{iw}px;object-fit:contain;border-radius:16px;background:#f4f4f4}}
.card img.q{{width:{qw}px;height:{qw}px}}
.t{{font-size:{ts}px;font-weight:700;color:#111;line-height:1.2}} .pr{{font-size:{ps}px;font-weight:800;color:#d6246e;margin-top:8px}}
.pin{{font-size:{ss}px;color:#666}}
"""


def _card_html(p: dict[str, Any], lang: str, direction: str, w: int, h: int) -> str:
    portrait = h > w
    css = _CARD_CSS.format(
        fonts=FONT_STACK, pos="left:40px;right:40px;bottom:260px;" if portrait else "left:60px;bottom:60px;",
        cw=w - 80 if portrait else 900, iw=260 if portrait else 220, qw=180 if portrait else 160,
        ts=46 if portrait else 40, ps=64 if portrait else 56, ss=28 if portrait else 24)
    img = f"<img class='p' src='{_e(Path(p['image']).relative_to('overlays'))}' alt=''>" if p.get("image") else ""
    qr = f"<img class='q' src='../{_e(p['qr_svg'])}' alt='QR'>" if p.get("qr_svg") else ""
    return (f"<!doctype html><html lang='{lang}' dir='{direction}'><head><meta charset='utf-8'>"
            f"<meta name='viewport' content='width={w},height={h}'><style>{css}</style></head><body>"
            f"<div class='card'>{img}<div><div class='pin'>#{p['pin_order']}</div><div class='t'>{_e(p['title'])}</div>"
            f"<div class='pr'>{_e(p['price_text'])}</div></div>{qr}</div></body></html>\n")


_COUNTDOWN = """<!doctype html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8"><style>
html,body{{margin:0;background:transparent;font-family:{fonts};}}
#c{{position:absolute;top:60px;left:50%;transform:translateX(-50%);font-size:120px;font-weight:800;color:#fff;
 background:rgba(214,36,110,.92);padding:10px 48px;border-radius:32px;font-variant-numeric:tabular-nums}}
#l{{font-size:36px;display:block;text-align:center;font-weight:600}}
</style></head><body><div id="c"><span id="l">{label}</span><span id="t">--:--</span></div><script>
// Countdown: seconds from ?s=NN (default {default}s); starts when the source becomes visible in OBS.
const q=new URLSearchParams(location.search);let s=parseInt(q.get('s')||'{default}',10);
const t=document.getElementById('t');function r(){{const m=Math.floor(s/60),x=s%60;
t.textContent=String(m).padStart(2,'0')+':'+String(x).padStart(2,'0');if(s>0){{s--;setTimeout(r,1000);}}}}r();
</script></body></html>
"""

_LOWER_THIRD = """<!doctype html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8"><style>
html,body{{margin:0;background:transparent;font-family:{fonts};}}
.lt{{position:absolute;left:48px;right:48px;bottom:48px;background:rgba(17,17,17,.85);color:#fff;border-radius:20px;
 padding:18px 28px;font-size:40px;display:flex;justify-content:space-between;align-items:center}}
.h{{font-weight:800}} .p{{color:#ffd1e3;font-weight:700}}
</style></head><body><div class="lt"><span class="h">{host}</span><span id="p" class="p">{first}</span></div><script>
// ?i=N shows product N (1-based) from the list below; the host switches it from the teleprompter or OBS.
const items={items};const q=new URLSearchParams(location.search);const i=parseInt(q.get('i')||'1',10)-1;
if(items[i])document.getElementById('p').textContent=items[i];
</script></body></html>
"""


def _overlays(kit: dict[str, Any], meta: dict[str, Any], out: Path, direction: str) -> dict[str, Any]:
    ov = confined_dir(out, "overlays")
    lang = kit["language"]
    result: dict[str, Any] = {"cards": [], "png_cards": []}
    for p in kit["products"]:
        for w, h in ((1080, 1920), (1920, 1080)):
            name = f"card-{p['pin_order']:02d}-{safe_component(p['handle'])}-{w}x{h}"
            path = _file(ov, name + ".html")
            path.write_text(_card_html(p, lang, direction, w, h), encoding="utf-8")
            result["cards"].append(str(path))
            png = _file(ov, name + ".png")
            render_card_png(p, lang, w, h, png, out)
            result["png_cards"].append(str(png))
    first_sale = kit["flash_sales"][0]["countdown_s"] if kit["flash_sales"] else 60
    label = kit["flash_sales"][0]["deal_price_text"] if kit["flash_sales"] else ""
    cd = _file(ov, "countdown.html")
    cd.write_text(_COUNTDOWN.format(lang=lang, dir=direction, fonts=FONT_STACK, default=first_sale, label=_e(label)),
                  encoding="utf-8")
    items = [f"#{p['pin_order']} {p['title']} — {p['price_text']}" for p in kit["products"]]
    lt = _file(ov, "lower-third.html")
    lt.write_text(_LOWER_THIRD.format(lang=lang, dir=direction, fonts=FONT_STACK, host=_e(kit["host"]),
                                      first=_e(items[0] if items else ""),
                                      items=json.dumps(items, ensure_ascii=False).replace("</", "<\\/")),
                  encoding="utf-8")
    result["countdown"] = str(cd)
    result["lower_third"] = str(lt)
    result["obs_scene_collection"] = str(_obs_collection(kit, meta, out, result))
    return result


def _card_font(text: str, lang: str, bold: bool):
    """The text's own script decides (generators.video.fonts); if that font lacks a glyph (Arabic-Indic digits,
    Latin digits after ฿), the Latin and the language's fonts are tried and the one missing the fewest wins."""
    best = font_for_text(text, bold=bold, lang=lang)
    if not missing_glyphs(best, text):
        return best
    for script in ("latin", script_for_language(lang)):
        alt = resolve_font(script, bold=bold, lang=lang)
        if len(missing_glyphs(alt, text)) < len(missing_glyphs(best, text)):
            best = alt
    return best


def _font_runs(text: str, lang: str, bold: bool) -> list[tuple[str, Any]]:
    """Split left-to-right ``text`` into runs that one font each can draw (Latin first, then the language's)."""
    fonts = [resolve_font("latin", bold=bold, lang=lang), resolve_font(script_for_language(lang), bold=bold, lang=lang)]
    runs: list[tuple[str, Any]] = []
    for ch in text:
        spec = next((f for f in fonts if not missing_glyphs(f, ch)), fonts[0])
        if runs and runs[-1][1] == spec:
            runs[-1] = (runs[-1][0] + ch, spec)
        else:
            runs.append((ch, spec))
    return runs


def render_card_png(p: dict[str, Any], lang: str, w: int, h: int, dest: Path, root: Path) -> Path:
    """A transparent PNG product card (an OBS Image source) drawn with Pillow + RAQM shaping."""
    from PIL import Image, ImageDraw, ImageFont

    scale = 1.0
    card_w = int(w - 80) if h > w else 900
    card_h = 340
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    x0 = 40 if h > w else 60
    y0 = h - card_h - (260 if h > w else 60)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((x0, y0, x0 + card_w, y0 + card_h), radius=28, fill=(255, 255, 255, 240))
    tspec = _card_font(p["title"], lang, bold=False)
    title_font = ImageFont.truetype(tspec.path, int(44 * scale), index=tspec.index, layout_engine=ImageFont.Layout.RAQM)
    pspec = _card_font(p["price_text"], lang, bold=True)
    price_font = ImageFont.truetype(pspec.path, int(60 * scale), index=pspec.index, layout_engine=ImageFont.Layout.RAQM)
    tx = x0 + 28
    if p.get("image"):
        try:
            with Image.open(root / p["image"]) as src_img:
                prod = src_img.convert("RGBA")
            prod.thumbnail((card_h - 56, card_h - 56))
            img.alpha_composite(prod, (x0 + 28, y0 + 28))
            tx = x0 + 28 + card_h - 28
        except OSError:
            pass
    rtl = lang.split("-")[0] in RTL
    title = p["title"]
    direction = "rtl" if rtl else "ltr"
    # wrap the title to the space left of the QR code
    qr_w = 0
    if p.get("qr_png"):
        with Image.open(root / p["qr_png"]) as qr_img:
            qr = qr_img.convert("RGBA").resize((220, 220))
        qr_w = 240
        img.alpha_composite(qr, (x0 + card_w - 240, y0 + (card_h - 220) // 2))
    max_w = x0 + card_w - qr_w - tx - 20
    words = title.split(" ") if " " in title else list(title)
    joiner = " " if " " in title else ""
    lines, cur = [], ""
    for word in words:
        trial = (cur + joiner + word) if cur else word
        if d.textlength(trial, font=title_font, direction=direction) <= max_w:
            cur = trial
        else:
            if cur:
                lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    y = y0 + 40
    for ln in lines[:3]:
        d.text((tx, y), ln, font=title_font, fill=(17, 17, 17, 255), direction=direction)
        y += int(58 * scale)
    price = p["price_text"]
    if rtl or not missing_glyphs(pspec, price):
        d.text((tx, y + 10), price, font=price_font, fill=(214, 36, 110, 255), direction=direction)
    else:  # no single font has every glyph (e.g. ฿ and digits): draw runs, each in a font that has it
        x: float = tx
        for run, spec in _font_runs(price, lang, bold=True):
            f = ImageFont.truetype(spec.path, int(60 * scale), index=spec.index, layout_engine=ImageFont.Layout.RAQM)
            d.text((x, y + 10), run, font=f, fill=(214, 36, 110, 255))
            x += d.textlength(run, font=f)
    img.save(dest)
    return dest


def _obs_collection(kit: dict[str, Any], meta: dict[str, Any], out: Path, ov: dict[str, Any]) -> Path:
    """An OBS Studio scene collection (Scene Collection → Import) with browser sources for the overlays."""
    sources: list[dict[str, Any]] = []
    scene_items: list[dict[str, Any]] = []

    def browser(name: str, path: str, w: int, h: int) -> None:
        sources.append({"id": "browser_source", "versioned_id": "browser_source", "name": name,
                        "uuid": f"cs-{len(sources):04d}", "enabled": True,
                        "settings": {"is_local_file": True, "local_file": str(Path(path).resolve()), "width": w,
                                     "height": h, "css": "body { background-color: rgba(0,0,0,0); }",
                                     "shutdown": False, "restart_when_active": True},
                        "flags": 0, "volume": 1.0, "mixers": 255})
        scene_items.append({"name": name, "source_uuid": f"cs-{len(sources) - 1:04d}", "visible": False,
                            "pos": {"x": 0.0, "y": 0.0}, "scale": {"x": 1.0, "y": 1.0}, "rot": 0.0, "align": 5,
                            "bounds_type": 0, "id": len(scene_items) + 1})

    portrait = [c for c in ov["cards"] if c.endswith("1080x1920.html")]
    for c in portrait:
        browser(Path(c).stem, c, 1080, 1920)
    browser("Countdown", ov["countdown"], 1080, 1920)
    browser("Lower third", ov["lower_third"], 1080, 1920)
    if scene_items:
        scene_items[-1]["visible"] = True
    scene_name = f"Live — {meta.get('name', 'kit')}"
    sources.append({"id": "scene", "versioned_id": "scene", "name": scene_name, "uuid": "cs-scene",
                    "settings": {"id_counter": len(scene_items) + 1, "custom_size": False, "items": scene_items},
                    "flags": 0, "enabled": True})
    collection = {"name": f"Commerce Studio — {meta.get('name', 'kit')}", "current_scene": scene_name,
                  "current_program_scene": scene_name, "scene_order": [{"name": scene_name}], "sources": sources,
                  "groups": [], "quick_transitions": [], "transitions": [], "modules": {}}
    path = _file(out, "overlays", "obs-scene-collection.json")
    path.write_text(json.dumps(collection, ensure_ascii=False, indent=2), encoding="utf-8")
    return path
