"""Writes ``holdout6.jsonl``: a sixth hold-out, written after the fifth hold-out's rule changes and labelled
BEFORE the engine ran on it, so its first run measures the changed rules on unseen wording.
Run: ``python tests/corpus/make_holdout6.py`` (deterministic).
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("holdout6.jsonl")
entries: list[dict] = []


def add(family, text, market, labels, facts=None):
    n = len([e for e in entries if e["family"] == family]) + 1
    entries.append({"id": f"h6{family}-{n:03d}", "split": "holdout6", "family": family, "text": text,
                    "target": "generic", "market": market, "facts": facts, "context": {},
                    "labels": sorted(set(labels)), "note": ""})


C, G = ["claims"], ["grounding"]
for t, m, lab in [
    ("Wave goodbye to puffy eyes with this cooling roller.", "en-GB", C),
    ("Our copper insoles ease plantar fasciitis.", "en-US", C),
    ("Shed the winter weight with our 14-day tea cleanse.", "en-US", C),
    ("The smartest buy you'll make this year.", "en-GB", C),
    ("Guaranteed to last a lifetime.", "en-US", C),
    ("Made with love for the planet — fully eco-conscious.", "en-GB", C),
    ("“I sleep like a baby now” – Mark T.", "en-US", C),
    ("Remedio natural para la gastritis.", "es-MX", C),
    ("La almohada más vendida de España.", "es-ES", C),
    ("Tratamento que acaba com a queda de cabelo.", "pt-BR", C),
    ("Ajuda a emagrecer sem passar fome.", "pt-BR", C),
    ("Lindert Gelenkbeschwerden auf natürliche Weise.", "de-DE", C),
    ("Die Nr. 1 unter den Thermoskannen.", "de-DE", C),
    ("Idéal pour mincir rapidement avant l'été.", "fr-FR", C),
    ("Produit écologique, zéro impact sur la planète.", "fr-FR", C),
    ("Cura l'insonnia in modo naturale.", "it-IT", C),
    ("Il miglior cuscino per la cervicale.", "it-IT", C),
    ("Obat herbal untuk menyembuhkan maag.", "id-ID", C),
    ("Ribuan pembeli sudah membuktikan khasiatnya.", "id-ID", C),
    ("يقضي على آلام الظهر خلال أيام.", "ar-SA", C),
    ("الأفضل في السوق بلا منافس.", "ar-SA", C),
    ("飲むだけで便秘解消！", "ja-JP", C),
    ("満足度No.1の枕", "ja-JP", C),
    ("祛湿排毒，改善睡眠", "zh-CN", C),
    ("七天瘦五斤，无需节食", "zh-CN", C),
    ("สูตรเด็ด ลดน้ำหนักเร็ว ไม่ต้องอดอาหาร", "th-TH", C),
    ("ดีที่สุดในตลาด การันตีคุณภาพ", "th-TH", C),
    ("A sturdy lunch box with three compartments.", "en-GB", []),
    ("Fiambrera con tres compartimentos y tapa hermética.", "es-ES", []),
    ("Lunchbox mit drei Fächern und dichtem Deckel.", "de-DE", []),
    ("Boîte à lunch avec trois compartiments.", "fr-FR", []),
    ("Kotak makan dengan tiga sekat dan tutup rapat.", "id-ID", []),
    ("三つの仕切りがあるお弁当箱です。", "ja-JP", []),
    ("三格便当盒，密封不漏。", "zh-CN", []),
    ("กล่องข้าวสามช่อง ฝาปิดสนิท", "th-TH", []),
    ("علبة غداء بثلاثة أقسام وغطاء محكم.", "ar-SA", []),
]:
    add("claims", t, m, lab)

F_BOX = [{"key": "material", "value": "polypropylene"}, {"key": "capacity", "value": "1.2 l"},
         {"key": "size", "value": "22 x 15 x 7 cm"}, {"key": "weight", "value": "280 g"}]
for t, m, lab in [
    ("Polypropylene lunch box, 1.2 litres.", "en-GB", []),
    ("Holds about 40 fl oz.", "en-US", []),
    ("Bamboo lid, 1.2 l.", "en-GB", G),
    ("Fiambrera de 1,5 litros.", "es-ES", G),
    ("Pesa apenas 280 gramas.", "pt-BR", []),
    ("Nur 350 g leicht.", "de-DE", G),
    ("Boîte en verre de 22 cm.", "fr-FR", G),
    ("容量1.2Lのお弁当箱", "ja-JP", []),
    ("不锈钢便当盒", "zh-CN", G),
    ("กล่องข้าว ขนาด 22 ซม.", "th-TH", []),
    ("BPA free, FDA approved plastic.", "en-US", G),
]:
    add("grounding", t, m, lab, facts=F_BOX)

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for e in entries:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"{len(entries)} entries → {OUT}")
