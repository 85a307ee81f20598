"""Claims by pattern: an effect verb near a health condition, expert endorsements, superlative
constructions, social proof."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from studio.quality.code_registry import Hit, code_rule

_EFFECT_VERBS = {
    "en": r"lower|lowers|lowering|reduce|reduces|reducing|reverse|reverses|reversing|prevent|prevents|preventing|"
          r"boost|boosts|boosting|strengthen|strengthens|fight|fights|fighting|kill|kills|killing|eliminate|"
          r"eliminates|destroy|destroys|relieve|relieves|relieving|treat|treats|treating|cure|cures|heal|heals|"
          r"repair|repairs|stop|stops|protect against|protects against|regulate|regulates|balance|balances|detoxify|"
          r"calm|calms|soothe|soothes|ease|eases|relax|relaxes|helps with|help with|helps against|helps|help|helping|"
          r"remedy for|remedy|treatment for|solution for|cure for|goodbye to|bye-bye|no more|banish|banishes|"
          r"gets rid of|get rid of|clears|erases|tackles|targets|fights off|wards off|beats",
    "es": r"baja|bajar|reduce|reducir|previene|prevenir|fortalece|fortalecer|combate|combatir|elimina|eliminar|mata|"
          r"alivia|aliviar|cura|curar|regula|regular|revierte|protege contra|remedio para|remedio contra|tratamiento para|"
          r"adiós a|olvídate de|acaba con|desinflama|quita|contra la|contra el|para la|para el|para las|para los",
    "pt": r"baixa|baixar|reduz|reduzir|previne|prevenir|fortalece|fortalecer|combate|combater|elimina|eliminar|mata|"
          r"alivia|aliviar|cura|curar|regula|regular|protege contra|acaba com|acabar com|adeus|remédio para|"
          r"tratamento para|tratamento que|trata|contra a|contra o|para a|para o",
    "de": r"senkt|senken|reduziert|reduzieren|verhindert|verhindern|beugt|stärkt|stärken|bekämpft|bekämpfen|"
          r"beseitigt|tötet|lindert|heilt|reguliert|schützt vor|hilft gegen|hilft bei|wirkt gegen|wirkt bei|gegen|"
          r"mittel gegen|schluss mit",
    "fr": r"baisse|baisser|réduit|réduire|prévient|prévenir|renforce|renforcer|combat|combattre|élimine|éliminer|"
          r"tue|soulage|guérit|régule|protège contre|contre les|contre la|contre le|remède|adieu|fini les|"
          r"soigne|soigner",
    "it": r"abbassa|abbassare|riduce|ridurre|previene|prevenire|rafforza|rafforzare|combatte|combattere|elimina|"
          r"uccide|allevia|guarisce|regola|protegge da|cura|rimedio per|rimedio contro|contro|per la|per il|addio a",
    "id": r"menurunkan|mengurangi|mencegah|memperkuat|meningkatkan|melawan|membunuh|menghilangkan|meredakan|"
          r"menyembuhkan|mengatasi|mengobati|obat|atasi|obati|ampuh|untuk|redakan|sembuhkan",
    "ms": r"menurunkan|mengurangkan|mencegah|menguatkan|meningkatkan|melawan|membunuh|menghilangkan|melegakan|"
          r"menyembuhkan|merawat",
    "ar": r"يخفض|يقلل|يمنع|يقوي|يعزز|يحارب|يقتل|يزيل|يخفف|يعالج|يشفي|ينظم|يقضي على|تقضي على|علاج|لعلاج|يريح|تخفف|"
          r"تعالج|تزيل|يحمي من",
}
_CONDITIONS = {
    "en": r"blood pressure|cholesterol|blood sugar|glucose|immunity|immune system|ageing|aging|wrinkles|germs|"
          r"bacteria|viruses|virus|infections?|inflammation|anxiety|depression|insomnia|pain|acne|eczema|psoriasis|"
          r"cavities|tooth decay|diabetes|cancer|arthritis|hair loss|cellulite|colds?|flu|allergies|migraines?|"
          r"headaches?|toxins|disease|diseases|anxious|stress|stressed|nausea|joint pain|colic|teething|reflux|"
          r"soreness|sore muscles|cramps|fatigue|snoring|sleep apnea|constipation|bloating|puffy eyes|dark circles|"
          r"back pain|neck pain|knee pain|varicose veins|gout|rheumatism|osteoporosis|heartburn|indigestion|"
          r"hangovers?|hay fever|sinusitis|plantar fasciitis|tendonitis|tinnitus|sciatica|\p{L}{3,}itis|"
          r"hemorrhoids|haemorrhoids|dandruff|rosacea|menopause symptoms|pms|jet lag",
    "es": r"presión arterial|colesterol|azúcar en la sangre|glucosa|inmunidad|sistema inmune|defensas|arrugas|"
          r"gérmenes|bacterias|virus|infecciones|inflamación|ansiedad|depresión|insomnio|dolor|acné|caries|"
          r"diabetes|cáncer|artritis|caída del cabello|celulitis|gripe|resfriado|toxinas|enfermedades|gastritis|"
          r"\p{L}{3,}itis|varices|várices|gota|reumatismo|artrosis|migrañas?|estreñimiento|hinchazón|"
          r"ojeras|hemorroides|caspa|colitis|reflujo|acidez|dolor de \p{L}+|dolores",
    "pt": r"pressão arterial|colesterol|açúcar no sangue|glicose|imunidade|sistema imunológico|rugas|germes|"
          r"bactérias|vírus|infecções|inflamação|ansiedade|depressão|insônia|dor|acne|cáries|diabetes|câncer|"
          r"artrite|queda de cabelo|celulite|gripe|toxinas|doenças|gastrite|varizes|artrose|reumatismo|enxaqueca|"
          r"prisão de ventre|inchaço|olheiras|caspa|hemorroidas|dores|dor nas \p{L}+|dor de \p{L}+|\p{L}{3,}ites?(?<!leite|elite|convite|limite|apetite|palpite|requinte|biscoite)",
    "de": r"blutdruck|cholesterin|blutzucker|immunsystem|abwehrkräfte|falten|keime|bakterien|viren|infektionen|"
          r"entzündungen|angst|depressionen|schlaflosigkeit|schmerzen|akne|karies|diabetes|krebs|arthritis|"
          r"haarausfall|cellulite|erkältungen?|grippe|giftstoffe|krankheiten|\p{L}*beschwerden|\p{L}*schmerzen|"
          r"migräne|rheuma|arthrose|gicht|krampfadern|verstopfung|sodbrennen|\p{L}{3,}itis|tinnitus",
    "fr": r"tension artérielle|cholestérol|glycémie|immunité|système immunitaire|rides|germes|bactéries|virus|"
          r"infections|inflammation|anxiété|dépression|insomnie|douleurs?|acné|caries|diabète|cancer|arthrite|"
          r"chute des cheveux|cellulite|rhume|grippe|toxines|maladies|arthrose|rhumatismes?|migraines?|varices|"
          r"cernes|maux de \p{L}+|constipation|ballonnements|reflux|gastrite|tendinite|sinusite|insomnies?",
    "it": r"pressione sanguigna|pressione arteriosa|colesterolo|glicemia|immunità|sistema immunitario|rughe|germi|"
          r"batteri|virus|infezioni|infiammazione|ansia|depressione|insonnia|dolori?|acne|carie|diabete|cancro|"
          r"artrite|caduta dei capelli|cellulite|raffreddore|influenza|tossine|malattie|insonnia|cervicale|"
          r"mal di \p{L}+|artrosi|reumatismi|emicrania|stitichezza|gonfiore|occhiaie|gastrite|tendinite|"
          r"difese immunitarie|sistema immunitario",
    "id": r"tekanan darah|kolesterol|gula darah|kekebalan tubuh|imun|imunitas|kerutan|kuman|bakteri|virus|infeksi|"
          r"peradangan|kecemasan|depresi|insomnia|nyeri|jerawat|gigi berlubang|diabetes|kanker|radang sendi|"
          r"rambut rontok|selulit|flu|pilek|racun|penyakit|maag|asam urat|rematik|sakit \p{L}+|sembelit|"
          r"wasir|ambeien|sinusitis|vertigo|migrain|encok|pegal linu|batuk",
    "ms": r"tekanan darah|kolesterol|gula dalam darah|imuniti|sistem imun|kedutan|kuman|bakteria|virus|jangkitan|"
          r"keradangan|kebimbangan|kemurungan|sakit|jerawat|kencing manis|kanser|selsema|penyakit",
    "ar": r"ضغط الدم|الكوليسترول|السكر في الدم|المناعة|التجاعيد|الجراثيم|البكتيريا|الفيروسات|الالتهابات?|القلق|"
          r"الاكتئاب|الأرق|الألم|ألم|آلام|الآلام|حب الشباب|التسوس|السكري|السرطان|التهاب المفاصل|تساقط الشعر|السموم|"
          r"الأمراض|آلام الظهر|آلام المفاصل|الإمساك|الصداع|النقرس|الروماتيزم|القولون|البواسير|القشرة|الشقيقة|"
          r"الهالات السوداء",
}
# languages written without spaces: an effect word and a condition word within a few characters
_CJK_EFFECT = r"解消|対策|撃退|治す|治る|治|改善|调理|祛|根除|缓解|緩和|軽減|消除|แก้|หาย|降|降低|减少|減少|预防|預防|抑制|治|改善|增强|增強|提高|杀|殺|消除|缓解|緩和|下げる|下げ|防ぐ|予防|効く|抑える|強化|高める|除菌|殺菌|ลด|ป้องกัน|รักษา|ฆ่า|กำจัด|เสริม|บรรเทา"
_CJK_COND = r"血压|血壓|血圧|胆固醇|コレステロール|血糖|免疫|皱纹|シワ|细菌|細菌|菌|病毒|ウイルス|炎症|焦虑|不安|失眠|疼痛|痛み|痘痘|ニキビ|蛀牙|虫歯|糖尿病|癌|がん|关节炎|脱发|抜け毛|感冒|風邪|ความดัน|คอเลสเตอรอล|น้ำตาลในเลือด|ภูมิคุ้มกัน|ริ้วรอย|เชื้อโรค|แบคทีเรีย|ไวรัส|อาการปวด|สิว|ฟันผุ|เบาหวาน|มะเร็ง|ผมร่วง|หวัด|便秘|湿气|濕氣|失眠|痛风|痛風|胃炎|肩こり|腰痛|頭痛|冷え性|むくみ|肌荒れ|头痛|颈椎|胃痛|ปวดหลัง|ปวดหัว|ปวดเข่า|ท้องผูก|นอนไม่หลับ|ไมเกรน|กรดไหลย้อน"

# structure/function claims: "supports healthy joints", "promotes better sleep"
_STRUCTURE = (r"(?<![\p{L}])(?:supports?|promotes?|maintains?|improves?|boosts?|enhances?)\s+(?:healthy|normal|better|"
              r"your|the)?\s*(?:joints?|joint health|digestion|immune|immunity|sleep|heart|brain|liver|gut|bones?|"
              r"metabolism|circulation|memory|focus|mobility|hormones?)(?![\p{L}])")
_HEALTH_RE = regex.compile(
    "|".join(
        # German builds compounds (Gelenkschmerzen): the condition may end a longer word
        rf"(?<![\p{{L}}])(?:{_EFFECT_VERBS[lang]})(?![\p{{L}}])(?:[^.!?\n]|(?<=\d)\.(?=\d)){{0,40}}?"
        + ("" if lang == "de" else r"(?<![\p{L}])") + rf"(?:{_CONDITIONS[lang]})(?![\p{{L}}])"
        for lang in _EFFECT_VERBS
    )
    + "|" + _STRUCTURE
    + rf"|(?:{_CJK_EFFECT}).{{0,6}}?(?:{_CJK_COND})|(?:{_CJK_COND}).{{0,6}}?(?:{_CJK_EFFECT})",
    regex.IGNORECASE | regex.V1,
)


_COSMETIC_APPEARANCE = regex.compile(r"(?i)appearance|apariencia|aparência|apparence|aspetto|aspecto|"
                                     r"erscheinungsbild|sichtbar|visible|visibly|visiblement")


# creases in fabric, not in skin: "say goodbye to wrinkles… on your shirts", "adiós a las arrugas de tu ropa" (round 7)
_WRINKLE = regex.compile(r"(?i)wrinkles|arrugas|rugas|falten|rides|rughe|kerutan|kedutan|التجاعيد|シワ|皱纹|ริ้วรอย")
_FABRIC = regex.compile(
    r"(?i)(?<![\p{L}])(?:shirts?|clothes|clothing|garments?|fabrics?|linen|dress(?:es)?|trousers|curtains|bedsheets|"
    r"steamer|ironing|camisas?|ropa|roupas?|tecidos?|plancha|vaporizador|hemd\p{L}*|kleidung|stoff\p{L}*|bügel\p{L}*|"
    r"dampfglätter|chemises?|vêtements|linge|tissus?|défroisseur|camicie|camicia|vestiti|tessut\p{L}*|ferro\s+da\s+stiro|"
    r"kemeja|baju|pakaian|kain|setrika|seterika|衣服|衬衫|シャツ|衣類|アイロン|スチーマー|เสื้อ|ผ้า|ملابس|قمصان)(?![\p{L}])")


@code_rule
def health_claim_pattern(ctx, params) -> Iterator[Hit]:
    """An effect verb near a health condition ("lowers blood pressure", "降血压", "يقوي المناعة")."""
    for m in _HEALTH_RE.finditer(ctx.text):
        if _COSMETIC_APPEARANCE.search(m.group(0)):
            continue  # "reduces the appearance of dark circles" is a cosmetic claim, not a health claim
        if _WRINKLE.search(m.group(0)) and _FABRIC.search(ctx.text, max(0, m.start() - 40), m.end() + 60):
            continue  # creases in a shirt, not in skin
        yield m.start(), m.end(), None, {"phrase": m.group(0)}


_ENDORSEMENT_RE = regex.compile(
    r"(?<![\p{L}])(?:doctors?|dentists?|dermatologists?|pa?ediatricians?|vets?|veterinarians?|physios?|"
    r"physiotherapists?|nutritionists?|pharmacists?|experts?)[\s\-]+(?:approved|recommended|tested|endorsed|"
    r"certified)(?![\p{L}])"
    r"|(?<![\p{L}])recommended\s+by\s+(?:\d+\s+out\s+of\s+\d+\s+)?(?:doctors|dentists|dermatologists|vets|experts|"
    r"pa?ediatricians)(?![\p{L}])"
    r"|(?<![\p{L}])clinically\s+(?:proven|tested|shown|studied|validated)(?![\p{L}])",
    regex.IGNORECASE | regex.V1,
)


@code_rule
def professional_endorsement(ctx, params) -> Iterator[Hit]:
    """Endorsements by health professionals or clinics ("dentist approved", "clinically shown")."""
    for m in _ENDORSEMENT_RE.finditer(ctx.text):
        yield m.start(), m.end(), None, {"phrase": m.group(0)}


_NOT_SUPERLATIVE = {"latest", "rest", "west", "interest", "forest", "guest", "harvest", "request", "test", "chest",
                    "vest", "nest", "quest", "contest", "honest", "modest", "manifest", "digest", "protest", "crest",
                    "invest", "arrest", "pest", "zest", "suggest", "biggest-size", "midwest", "southwest", "northwest",
                    "east", "least", "feast", "beast", "breast", "priest", "most"}
_SUPERLATIVE_RE = regex.compile(
    r"(?<![\p{L}])(?:"
    r"the\s+(?:most|least)\s+\p{L}{3,}|the\s+(?P<est>\p{L}{2,}est)"
    r"|(?:el|la|los|las|lo)\s+más\s+\p{L}{3,}|(?:le|la|les)\s+plus\s+\p{L}{3,}|(?:il|la|lo|i|le|gli)\s+più\s+\p{L}{3,}"
    r"|(?:o|a|os|as)\s+mais\s+\p{L}{3,}|(?:der|die|das|am)\s+\p{L}{3,}(?:ste|sten|ster)"
    r"|miglior[ei]?|paling\s+\p{L}{3,}"
    r"|(?:più|mais|más|plus)\s+(?:venduto|venduti|venduta|vendute|vendido|vendidos|vendida|vendidas|vendue?s?|amato|amado|popolare|popular|"
    r"confortável|cómodo|comodo|confortable|barato|economico|econômico)"
    r"|most\s+(?:popular|loved|wanted|trusted|comfortable|advanced|powerful|durable|effective|reliable|"
    r"innovative|luxurious|beautiful)"
    r"|(?P<est2>\p{L}{2,}est)\s+(?:\p{L}+\s+){0,2}(?:ever|of\s+all\s+time|in\s+the\s+world|on\s+the\s+market)"
    r")(?![\p{L}])"
    r"|\p{Thai}{1,6}ที่สุด|最[高強强好佳安低快轻軽大优優便]|一番|世界一|日本一|(?:No|Nr|Nº|N°)\.?\s?1(?![\d])",
    regex.IGNORECASE | regex.V1,
)


# "最大/最高/最长/最長/最小/最低" as a specification's limit: followed by a number (最大24時間, 最大 10 W) or by a spec noun
# (耐荷重, 承重, 出力, 功率, 容量, 速度, 温度, 負荷…) — a maximum stated as a figure, not a ranking ("日本最大の", "最大級" are)
_CJK_SPEC = regex.compile(
    r"[大高长長小低]\s*(?:[\d０-９]|(?:耐荷重|荷重|承重|负载|負荷|负荷|出力|输出|輸出|功率|容量|电流|電流|速度|温度|"
    r"風量|风量|音量|解像度|分辨率|电压|電圧|水深|深度|长度|長さ|重量|载重|積載|転送|传输|連続|连续|使用|充電|充电|再生|"
    r"播放|待機|待机)\p{Han}{0,4}\s*[\d０-９]?)", regex.V1)


# "paling" of a position or a bound (Indonesian/Malay): the topmost item in a basket, "at the latest", "at least"
_POSITION_OR_BOUND = regex.compile(
    r"(?i)paling\s+(?:atas|bawah|kiri|kanan|depan|belakang|ujung|pojok|tengah|akhir|awal|lambat|lewat|tidak|"
    r"sedikit|banyak|telat)$", regex.V1)
# a bare comparative of price after a verb of costing or coming out ("les sale más barato", "fica mais barato",
# "viene più economico") compares with the price without the code; "el más barato" stays a superlative
_CHEAPER = regex.compile(r"(?i)(?:más|mais|più|plus)\s+(?:barato|economico|econômico)$", regex.V1)
_COMES_OUT = regex.compile(
    r"(?i)(?<![\p{L}])(?:sale|salen|sai|saem|fica|ficam|sort|revient|reviennent|viene|vengono|costa|costano|cuesta|"
    r"cuestan|custa|custam|resulta|resultan)\s+(?:\p{L}+\s+)?$", regex.V1)


@code_rule
def superlative_pattern(ctx, params) -> Iterator[Hit]:
    """Superlative constructions in any of the supported languages ("the quietest", "el más cómodo", "最强")."""
    for m in _SUPERLATIVE_RE.finditer(ctx.text):
        est = m.group("est") or m.group("est2")
        if est and est.casefold() in _NOT_SUPERLATIVE:
            continue
        word = m.group(0)
        if regex.match(r"(?i)(?:der|die|das|am)\s+(?:nächst|neuest|jüngst)\p{L}*$", word) or \
                regex.match(r"(?i)(?:der|die|das|am)\s+\p{L}*(?:fenster|muster|pflaster|polster|schwester|meister|"
                            r"küste|register|semester|orchester|kloster|monster|hamster|silvester|kosten|posten|"
                            r"kasten|osten|westen|kiste|liste|weste|gäste|leiste|bürste)$", word):
            continue  # "die nächste Lieferung" (next), "das Fenster", "die Ostküste": not a superlative
        if word[:1] == "最" and _CJK_SPEC.match(ctx.text, m.end() - 1):
            continue  # "最大耐荷重5kg", "最大24時間", "最高温度": a specification's maximum, not a ranking
        if _POSITION_OR_BOUND.match(word):
            continue  # "klik yang paling atas" (the top one), "paling lambat Jumat" (at the latest): no ranking
        if _CHEAPER.match(word) and _COMES_OUT.search(ctx.text, max(0, m.start() - 30), m.start()):
            continue  # "con mi código les sale más barato": cheaper than without it, a comparison, not a ranking
        if regex.match(r"(?i)(?:el|la|los|las|lo)\s+más\s+(?:reciente|nuevo|nueva)", word) or \
                regex.match(r"(?i)the\s+most\s+(?:recent)", word):
            continue
        yield m.start(), m.end(), None, {"phrase": word}


_SOCIAL_PROOF_RE = regex.compile(
    r"(?<![\p{L}])(?:loved|trusted|chosen|preferred|used|worn|recommended|adored)\s+by\s+(?:over\s+|more\s+than\s+|"
    r"thousands\s+of|millions\s+of|\d)[^.!?\n]{0,30}"
    r"|(?<![\p{L}])(?:amad[oa]s?|elegid[oa]s?|preferid[oa]s?|recomendad[oa]s?|usad[oa]s?)\s+por\s+(?:más\s+de\s+|mais\s+de\s+|\d)[^.!?\n]{0,30}"
    r"|(?<![\p{L}])(?:adoré|choisi|recommandé|utilisé)e?s?\s+par\s+(?:plus\s+de\s+|\d)[^.!?\n]{0,30}"
    r"|(?<![\p{L}])(?:amat[oa]|scelt[oa]|usat[oa])\s+da\s+(?:oltre\s+|più\s+di\s+|\d)[^.!?\n]{0,30}"
    r"|(?<![\p{L}])(?:von\s+über|von\s+mehr\s+als)\s+[\d.]+[^.!?\n]{0,30}?(?:geliebt|empfohlen|genutzt|gewählt)"
    r"|(?<![\p{L}\d])[\d.,]+\s*\+?\s*(?:k\s+)?(?:happy|satisfied|loyal)\s+\p{L}+"
    r"|(?<![\p{L}])(?:thousands|millions|miles|millones|milhares|milhões|tausende|millionen|milliers|migliaia|"
    r"ribuan|jutaan|آلاف)\s+(?:of\s+|de\s+|di\s+)?(?:happy\s+|satisfied\s+)?(?:customers|buyers|shoppers|"
    r"clientes|compradores|kunden|käufer|clients|acheteurs|clienti|acquirenti|pembeli|pelanggan|العملاء)(?![\p{L}])"
    r"|(?<![\p{L}])(?:customers|buyers|shoppers|clientes|compradores|kunden|käufer|clients|acheteurs|clienti|"
    r"pelanggan|pembeli|عملاؤنا|العملاء)\s+(?:\p{L}+\s+){0,2}(?:love|adore|rave|adoran|aman|lieben|adorent|adorano|amano|"
    r"suka|يحبون)(?![\p{L}])",
    regex.IGNORECASE | regex.V1,
)


@code_rule
def social_proof(ctx, params) -> Iterator[Hit]:
    """Counts of fans and buyers ("loved by 10,000 parents", "trusted by 5,000+ customers")."""
    for m in _SOCIAL_PROOF_RE.finditer(ctx.text):
        yield m.start(), m.end(), None, {"phrase": m.group(0).strip()}


# --------------------------------------------------------------------------- a review paid for (round 11)
# A review or a rating asked for *in exchange for something* — a refund, a gift, a sample, cashback, a voucher, money
# per review — is an incentivised review (16 CFR 465.4: no compensation conditioned on the review's sentiment; the
# marketplaces forbid any). Round 10's "leave us a 5-star review" exemption (a request, not a claim) does not apply
# when a reward is offered with it. Idea, not sentence: a review/rating word and a reward word in the same post.
_REVIEW_WORD = regex.compile(
    r"(?:(?<![\p{L}])(?:reviews?|rating|rate\s+us|stars?|avis|étoiles?|reseñas?|opini[oó]n\p{L}*|estrell\p{L}*|"
    r"valoraci[oó]n\p{L}*|recension\p{L}*|stell[ae]|avalia\p{L}*|estrel\p{L}*|bewert\p{L}*|rezension\p{L}*|sterne?|"
    r"beoordel\p{L}*|recensie\p{L}*|sterren|opini\p{L}*|recenzj\p{L}*|gwiazd\p{L}*|yorum\p{L}*|yıldız\p{L}*|"
    r"đánh\s+giá|sao|ulasan|bintang|penilaian|ulasan|rebyu|bituin|maoni|nyota|تقييم\p{L}*|قيّم\p{L}*|قيم\p{L}*|نجوم|"
    r"रिव्यू|रेटिंग|review\s+ko)(?![\p{L}]))|レビュー|評価|星5|★5|리뷰|별점|후기|评价|好评|評價|五星|รีวิว|ดาว",
    regex.IGNORECASE | regex.V1,
)
_REWARD = regex.compile(
    r"(?:(?<![\p{L}])(?:refund\p{L}*|free\s+(?:gift|sample|product|item)|gift\s+card|sample|cashback|cash\s+back|voucher|"
    r"coupon|paypal|paid|we['’]ll\s+pay|get\s+paid|rembours\p{L}*|échantillon\p{L}*|cadeau\p{L}*|bon\s+d['’]achat|"
    r"reembols\p{L}*|muestra\s+gratis|regalo|cupón|rimbors\p{L}*|omaggio|campion\p{L}*|brinde\p{L}*|amostra\p{L}*|"
    r"cupom|gutschein\p{L}*|geschenk\p{L}*|erstatt\p{L}*|tegoed\p{L}*|terugbetal\p{L}*|cadeautje|zwrot\p{L}*|"
    r"prezent\p{L}*|bon\p{L}*|hediye\p{L}*|iade|hoàn\s+tiền|quà\p{L}*|tặng|hadiah|ganti\s+rugi|kupon|zawadi|"
    r"استرداد|هدية|هدايا|خصم|رد\s+المبلغ|रिफंड|गिफ्ट|इनाम)(?![\p{L}]))|\$\s?\d+\s*(?:each|per)|"
    r"返金|プレゼント|クーポン|ギフト券|기프티콘|적립금|사은품|선물|쿠폰|返现|红包|礼品|赠品|返現|紅包|คืนเงิน|ของแถม|ของขวัญ",
    regex.IGNORECASE | regex.V1,
)
_REWARD_GET = regex.compile(
    r"(?<![\p{L}])(?:get|receive|recevez|recibe\p{L}*|ricev\p{L}*|ganh\p{L}*|recebe\p{L}*|erhalt\p{L}*|bekomm\p{L}*|"
    r"krijg\p{L}*|otrzyma\p{L}*|kazan\p{L}*|nhận|dapat|dapet|makakuha|pata|احصل\p{L}*|واحصلوا|पाओ|पाएं)(?![\p{L}])"
    r"[^.!?\n]{0,30}?(?:\d+\s?%|%\s?\d+|٪|\d+\s?(?:€|zł|tl|₺)|rp\s?[\d.]+|discount|descuento|sconto|desconto|rabatt|korting|"
    r"rabat|indirim|giảm|diskon|punguzo|خصم|छूट)",
    regex.IGNORECASE | regex.V1,
)


@code_rule
def review_incentive(ctx, params) -> Iterator[Hit]:
    """A review or rating asked for with a reward offered for it (a refund, a gift, cashback, money per review).
    A disclosed creator post ("#ad … gift from the brand, my full review next week") tells its own gift and review."""
    from studio.quality.rules_disclosure import disclosed

    if disclosed(ctx.text):
        return
    review = _REVIEW_WORD.search(ctx.text)
    if not review:
        return
    reward = _REWARD.search(ctx.text) or _REWARD_GET.search(ctx.text)
    if not reward:
        return
    s, e = min(review.start(), reward.start()), max(review.end(), reward.end())
    yield s, e, None, {"phrase": ctx.text[s:e][:80]}
