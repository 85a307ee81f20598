"""Facts set s22 (issue 16, stop 22): component scope — a certificate, a material or a figure read from prose stays
with the component it belongs to. Written as NEW descriptions (no hold-out text) in en/de/fr/es/it/pt/ja/zh and
labelled by hand BEFORE the extractor ran on any of them. Standard library only; writes ``facts_scope_s22.jsonl``
beside this file (byte-identical on every run):

    python tests/corpus/make_facts_s22.py && python -m bench facts

Label kinds (besides the older ones, see make_facts_s20.py):

- ``cert_scope``  {certification: component} — the component the certificate covers, canonical English
                  (filling, shell, lining, carton, label, jar, cells, tannery, insulation, upper, sole, strap,
                  hardware, cover, frame, cushion, fabric …); "" when it is the whole product's.
- ``component``   {component: material} — a component's material (canonical component, canonical material); the
                  product's own material stays under ``material``.
- ``weight_q``    {grams: qualifier} — every weight the text states with what it measures: "trail", "packed",
                  "minimum", "net", "with" / "without" (a part), "" for the plain product weight.

Label corrections after the first run (04e8d97, recorded in docs/readme/copy.md): nine component materials the texts
state and the first labels missed — a bottle's glass (fr-02, es-02, pt-02, ja-02, zh-02), an outer fabric's cotton
(fr-01, it-01, pt-01), a boot's leather upper (de-04). Both runs are re-measured with the corrected labels.
"""
import json
from pathlib import Path

E = []


def add(id, lang, title, text, facts, ignore=(), note=""):
    e = {"id": id, "lang": lang, "cls": "scope", "title": title, "text": text, "facts": facts}
    ignore = [t for t in ignore if t not in facts]  # a type labelled here is scored
    if ignore:
        e["ignore"] = list(ignore)
    if note:
        e["note"] = note
    E.append(e)


IGN = ("care", "warning", "usage", "origin", "dims", "capacity_ml", "parts", "material", "cert", "weight_g", "gsm")

# ---- en
add("s22-en-01", "en", "Alpine Down Vest",
    "A warm vest for cold mornings. The shell is 100% recycled polyamide with a DWR finish. The down filling is "
    "RDS certified. Lining: 100% nylon.",
    {"cert_scope": {"RDS": "filling"}, "component": {"shell": "polyamide", "lining": "nylon"}}, IGN)
add("s22-en-02", "en", "Vitamin D3 Drops",
    "Vitamin D3 in MCT oil. Packed in a glass bottle with a pipette, in a carton made from FSC-certified board.",
    {"cert_scope": {"FSC": "carton"}}, IGN)
add("s22-en-03", "en", "Trekker 1 Tent",
    "One-person tent. Minimum trail weight: 980 g. Packed weight: 1.15 kg. Fly: 20D silnylon.",
    {"weight_q": {"980": "trail", "1150": "packed"}, "component": {"fly": "nylon"}}, IGN)
add("s22-en-04", "en", "Synthetic Puffer Jacket",
    "The outer fabric is bluesign approved. The insulation is 100% recycled polyester, 100 g/m² in the body. "
    "Weighs 450 g.",
    {"cert_scope": {"bluesign": "shell"}, "component": {"insulation": "recycled polyester"}, "weight_q": {"450": ""},
     "gsm": None}, IGN, "100 g/m² is the fill's weight, not a fabric weight")
add("s22-en-05", "en", "Leather Card Wallet",
    "Full-grain leather card wallet. Our leather comes from an LWG Gold-rated tannery. Made in Portugal.",
    {"cert_scope": {"LWG": "tannery"}}, IGN)
add("s22-en-06", "en", "Organic Cotton Pillow",
    "Pillow with a GOTS-certified organic cotton cover and a polyester fibre filling. Net weight 800 g.",
    {"cert_scope": {"GOTS": "cover"}, "component": {"filling": "polyester"}, "weight_q": {"800": "net"}}, IGN)
# ---- de
add("s22-de-01", "de", "Daunendecke Winter",
    "Die Füllung ist nach dem Responsible Down Standard (RDS) zertifiziert. Der Bezug aus Baumwolle ist nach "
    "OEKO-TEX Standard 100 zertifiziert.",
    {"cert_scope": {"RDS": "filling", "OEKO-TEX": "cover"}}, IGN)
add("s22-de-02", "de", "Trekkingzelt Fjord 2",
    "Mindestgewicht 1,4 kg, Packgewicht 1,7 kg. Außenzelt aus Polyester.",
    {"weight_q": {"1400": "minimum", "1700": "packed"}}, IGN)
add("s22-de-03", "de", "Gesichtscreme Aloe",
    "Feuchtigkeitscreme mit Aloe Vera. Der Umkarton ist FSC-zertifiziert. Tiegel aus 50 % recyceltem Glas.",
    {"cert_scope": {"FSC": "carton"}, "component": {"jar": "glass"}}, IGN)
add("s22-de-04", "de", "Wanderschuh Alpin",
    "Obermaterial aus Leder von einer LWG-zertifizierten Gerberei. Sohle: Gummi.",
    {"cert_scope": {"LWG": "tannery"}, "component": {"sole": "rubber", "upper": "leather"}}, IGN)
# ---- fr
add("s22-fr-01", "fr", "Couette en duvet",
    "Garnissage : 90 % duvet de canard. Le garnissage est certifié RDS. L'enveloppe en coton est certifiée "
    "OEKO-TEX.",
    {"cert_scope": {"RDS": "filling", "OEKO-TEX": "shell"}, "component": {"shell": "cotton"}}, IGN)
add("s22-fr-02", "fr", "Sérum éclat",
    "Sérum à la vitamine C. L'étui en carton est certifié FSC. Flacon en verre.",
    {"cert_scope": {"FSC": "carton"}, "component": {"bottle": "glass"}}, IGN)
add("s22-fr-03", "fr", "Tente légère",
    "Poids minimum : 1,2 kg. Poids emballé : 1,45 kg.",
    {"weight_q": {"1200": "minimum", "1450": "packed"}}, IGN)
add("s22-fr-04", "fr", "Veste isolée",
    "La doublure est en polyester. L'isolation en polyester recyclé (60 g/m²) est certifiée GRS.",
    {"cert_scope": {"GRS": "insulation"}, "component": {"lining": "polyester", "insulation": "recycled polyester"},
     "gsm": None}, IGN)
# ---- es
add("s22-es-01", "es", "Edredón nórdico",
    "El relleno de plumón tiene certificación RDS. La funda de algodón está certificada OEKO-TEX.",
    {"cert_scope": {"RDS": "filling", "OEKO-TEX": "cover"}}, IGN)
add("s22-es-02", "es", "Complemento de magnesio",
    "Cápsulas veganas. Frasco de vidrio; la etiqueta de papel tiene certificación FSC.",
    {"cert_scope": {"FSC": "label"}, "component": {"bottle": "glass"}}, IGN)
add("s22-es-03", "es", "Tienda ultraligera",
    "Peso mínimo de ruta: 1,1 kg. Peso empaquetado: 1,3 kg.",
    {"weight_q": {"1100": "trail", "1300": "packed"}}, IGN)
add("s22-es-04", "es", "Mochila urbana",
    "Exterior de lona encerada. Forro: 100 % poliéster reciclado. Herrajes de latón.",
    {"component": {"lining": "recycled polyester", "hardware": "brass"}}, IGN)
# ---- it
add("s22-it-01", "it", "Piumino d'oca",
    "L'imbottitura è certificata RDS. Il tessuto esterno in cotone è certificato OEKO-TEX.",
    {"cert_scope": {"RDS": "filling", "OEKO-TEX": "shell"}, "component": {"shell": "cotton"}}, IGN)
add("s22-it-02", "it", "Crema mani",
    "Crema mani alla calendula. La scatola è in cartoncino certificato FSC.",
    {"cert_scope": {"FSC": "box"}}, IGN)
add("s22-it-03", "it", "Tenda da trekking",
    "Peso minimo: 1,6 kg. Peso imballato: 1,9 kg.",
    {"weight_q": {"1600": "minimum", "1900": "packed"}}, IGN)
add("s22-it-04", "it", "Giacca imbottita",
    "Guscio in nylon riciclato certificato bluesign. Imbottitura in poliestere, 80 g/m².",
    {"cert_scope": {"bluesign": "shell"}, "component": {"shell": "recycled nylon", "filling": "polyester"},
     "gsm": None}, IGN)
# ---- pt
add("s22-pt-01", "pt", "Edredom de penas",
    "O enchimento é certificado RDS. O tecido exterior de algodão é certificado OEKO-TEX.",
    {"cert_scope": {"RDS": "filling", "OEKO-TEX": "shell"}, "component": {"shell": "cotton"}}, IGN)
add("s22-pt-02", "pt", "Sérum facial",
    "Frasco de vidro âmbar. A caixa de papel é certificada FSC.",
    {"cert_scope": {"FSC": "box"}, "component": {"bottle": "glass"}}, IGN)
add("s22-pt-03", "pt", "Barraca de camping",
    "Peso mínimo: 2,1 kg. Peso embalado: 2,5 kg.",
    {"weight_q": {"2100": "minimum", "2500": "packed"}}, IGN)
add("s22-pt-04", "pt", "Power bank 20000",
    "As células da bateria são certificadas pela IEC 62133. Certificações do produto: CE, RoHS.",
    {"cert_scope": {"CE": "", "RoHS": ""}}, IGN, "IEC 62133 is not read as a certification name yet")
# ---- ja
add("s22-ja-01", "ja", "羽毛布団",
    "中綿はRDS認証を取得しています。側生地はOEKO-TEX認証の綿100%です。",
    {"cert_scope": {"RDS": "filling", "OEKO-TEX": "shell"}}, IGN)
add("s22-ja-02", "ja", "美容液",
    "ガラスボトル入り。外箱はFSC認証紙を使用しています。",
    {"cert_scope": {"FSC": "box"}, "component": {"bottle": "glass"}}, IGN)
add("s22-ja-03", "ja", "山岳テント",
    "最小重量：1.3kg。収納時重量：1.6kg。",
    {"weight_q": {"1300": "minimum", "1600": "packed"}}, IGN)
add("s22-ja-04", "ja", "中綿ジャケット",
    "表地：ナイロン100%。裏地：ポリエステル100%。",
    {"component": {"shell": "nylon", "lining": "polyester"}}, IGN)
# ---- zh
add("s22-zh-01", "zh", "羽绒被",
    "填充物通过RDS认证。外层面料通过OEKO-TEX认证。",
    {"cert_scope": {"RDS": "filling", "OEKO-TEX": "shell"}}, IGN)
add("s22-zh-02", "zh", "精华液",
    "琥珀色玻璃瓶。外包装盒采用FSC认证纸。",
    {"cert_scope": {"FSC": "box"}, "component": {"bottle": "glass"}}, IGN)
add("s22-zh-03", "zh", "超轻帐篷",
    "最小重量：1.2kg。打包重量：1.5kg。",
    {"weight_q": {"1200": "minimum", "1500": "packed"}}, IGN)
add("s22-zh-04", "zh", "羽绒服",
    "面料：100%尼龙。里料：100%聚酯纤维。",
    {"component": {"shell": "nylon", "lining": "polyester"}}, IGN)

Path(__file__).with_name("facts_scope_s22.jsonl").write_text(
    "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in E), encoding="utf-8")
