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


# --------------------------------------------------------------------------- round 13: classes over every registry language

# A rating asked for with a percentage off ("Laissez un avis 5 étoiles … et gagnez -20%", "5 yıldız verene … %15
# indirim", "Tupe nyota 5 … punguzo la 10%"): a star rating and a discount in one post is a reward for the review
_STARS_N = regex.compile(
    r"[1-5](?:[.,]\d)?\s*[-\s]?(?:stars?|sterne?n?|étoiles?|estrellas?|stell[ae]|estrelas?|sterren|gwiazd\p{L}*|"
    r"yıldız\p{L}*|bintang|sao|bituin|nyota|نجوم|نجمة|स्टार|つ星|星|별|ดาว)(?![\p{L}])"
    r"|(?<![\p{L}])(?:stars?|nyota|yıldız|bintang|sao|bituin|نجوم)\s+[1-5](?![\d%])|★{4,5}|⭐{4,5}",
    regex.IGNORECASE | regex.V1,
)
_PERCENT = regex.compile(r"[-−]?\d{1,2}\s?%|%\s?\d{1,2}|٪\s?[\d٠-٩]+|[\d٠-٩]+\s?٪", regex.V1)


@code_rule
def rating_for_discount(ctx, params) -> Iterator[Hit]:
    """A star rating together with a percentage off in a post that does not disclose itself: the discount rewards the
    rating (16 CFR 465.4), in any language — the structure, not a phrase list."""
    from studio.quality.rules_disclosure import disclosed

    star = _STARS_N.search(ctx.text)
    if not star or disclosed(ctx.text):
        return
    pct = _PERCENT.search(ctx.text)
    if not pct:
        return
    s, e = min(star.start(), pct.start()), max(star.end(), pct.end())
    if e - s > 160:
        return
    yield s, e, None, {"phrase": ctx.text[s:e][:80]}


# A brand sold as a copy: a brand name (or "a luxury brand", in every registry language) together with a sameness,
# grade or copy word in any language ("Moncler …, A-kwaliteit, niet van echt te onderscheiden", "Saa za Rolex copy A,
# hazitofautiani na original", "ساعات رولكس ماستر كوالتي طبق الأصل", "Original जैसा 1st copy AirPods", "Inspiriert von
# der bekannten Luxusmarke"), or a luxury fashion house's name on a handmade or custom piece ("Original Louis Vuitton …
# Handmade Custom Canvas"). Compatible accessories ("case for AirPods", "für Apple Watch") are not copies.
_BRAND = regex.compile(
    r"(?<![\p{L}])(?:rolex|gucci|chanel|louis\s*vuitton|herm[eè]s|birkin|prada|dior|nike|jordans?|air\s+jordan|adidas|"
    r"balenciaga|cartier|omega|yeezy|supreme|airpods|dyson|ray-?ban|versace|fendi|burberry|moncler|(?-i:Off-?White|OFF-?WHITE)|"
    r"bottega(?:\s+veneta)?|celine|ysl|saint\s+laurent|patek(?:\s+philippe)?|audemars(?:\s+piguet)?|tiffany|pandora|"
    r"dolce\s*(?:&|and|e)\s*gabbana|armani|hublot|tag\s+heuer|breitling|bvlgari|bulgari|valentino|givenchy|loewe|"
    r"miu\s*miu|goyard|michael\s+kors|coach|lululemon|stone\s+island|canada\s+goose|the\s+north\s+face|"
    r"luxury\s+brand|designer\s+brand|luxusmarke|designermarke|nobelmarke|marque\s+de\s+luxe|grande\s+marque|"
    r"marca\s+de\s+lujo|marchio\s+di\s+lusso|marca\s+de\s+luxo|luxe\s*merk|designermerk|mark[ai]\s+luksusow\p{L}*|"
    r"lüks\s+marka|merek\s+mewah|jenama\s+mewah|thương\s+hiệu\s+xa\s+xỉ|hàng\s+hiệu|branded|"
    r"رولكس|رولیکس|شانيل|شانيل|ديور|غوتشي|قوتشي|لويس\s*فيتون|نايك|هيرميس|كارتييه|ماركة\s+(?:عالمية|فاخرة)|"
    r"रोलेक्स|गुच्ची|नाइकी|ब्रांडेड)(?![\p{L}]|-\d)"
    r"|ロレックス|シャネル|ルイ・?ヴィトン|エルメス|グッチ|ディオール|ハイブランド|롤렉스|샤넬|루이비통|에르메스|구찌|디올|명품|"
    r"劳力士|勞力士|香奈儿|香奈兒|路易威登|爱马仕|愛馬仕|古驰|古馳|迪奥|大牌|名牌|โรเล็กซ์|ชาแนล|หลุยส์|แบรนด์เนม",
    regex.IGNORECASE | regex.V1,
)
_COPY_CUE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:1\s*:\s*1|copy\s*a|a\s*copy|first\s+copy|1st\s+copy|mirror(?:\s+quality)?|master\s+quality|"
    r"(?:aaa|a\+*|a-|top|super|high)[\s-]*(?:kwaliteit|kalite|quality|qualität|qualité|calidad|qualidade|qualità|kualitas|"
    r"kualiti|grade|copy)|replica\p{L}*|replik\p{L}*|réplique|réplica|dupe|fake|knock[\s-]?off|"
    r"inspired\s+by|inspiriert\s+von|inspiré\p{L}*\s+(?:de|par)|inspirad[oa]s?\s+(?:en|em|n[oa])|ispirat\p{L}*\s+a|"
    r"geïnspireerd\s+op|inspirowan\p{L}*|esinlen\p{L}*|terinspirasi|lấy\s+cảm\s+hứng|hango\s+sa|"
    r"(?:can['’]?t|cannot|won['’]t)\s+tell\s+(?:the\s+)?difference|indistinguishable|"
    r"(?:same|just\s+like|looks\s+like)\s+(?:as\s+)?(?:the\s+)?(?:original|real(?:\s+thing)?|authentic)|"
    r"wie\s+(?:das\s+)?(?:original|echt)|nicht\s+vom\s+original\s+zu\s+unterscheiden|sieht\s+aus\s+wie\s+(?:das\s+)?original|"
    r"niet\s+van\s+(?:echt|origineel)\s+te\s+onderscheiden|net\s+echt|"
    r"(?:comme|identique\s+à)\s+l['’]original|(?:personne\s+ne\s+verra|on\s+ne\s+voit\s+pas)\s+la\s+différence|"
    r"igual\s+(?:al|ao|que\s+el)\s+original|no\s+se\s+nota\s+la\s+diferencia|primeira\s+linha|linha\s+primeira|"
    r"uguale\s+all['’]originale|non\s+si\s+nota\s+la\s+differenza|jak\s+oryginał|nie\s+do\s+odróżnienia|"
    r"orijinal\p{L}*\s+(?:farksız|gibi|ayırt)|birebir|muadil|mirip\s+(?:ori|asli)|seperti\s+(?:ori|asli)|grade\s+ori|"
    r"kw\s+super|giống\s+(?:auth|chính\s+hãng)|like\s+auth|super\s+fake|parang\s+original|class\s+a|"
    r"hazitofautiani\s+na\s+original|kama\s+(?:ya\s+)?original|"
    r"طبق\s+(?:ال)?أصل|نفس\s+(?:ال)?أصلي|ماستر\s+كوالتي|هاي\s+كوبي|كوبي\s+ون|ميرور|درجة\s+أولى|"
    r"असली\s+(?:जैसा|जैसी|से\s+फर्क)|original\s+जैसा|फर्स्ट\s+कॉपी|कॉपी)(?![\p{L}\p{N}])"
    r"|本物そっくり|見分けがつかない|スーパーコピー|N級|레플리카|미러급|정품과\s*똑같|정품급|(?<=\p{Hangul}\s?)st(?![\p{L}])|"
    r"高仿|复刻|原单|一比一|和正品一样|跟正品一模一样|看不出区别|เหมือนแท้|เกรดมิลเลอร์|ก๊อป|งานมิลเลอร์",
    regex.IGNORECASE | regex.V1,
)
_HANDMADE = regex.compile(
    r"(?<![\p{L}])(?:handmade|hand-made|custom(?:ized|ised)?|upcycled|homemade|handgemacht|selbstgemacht|fait\s+main|"
    r"personnalisé\p{L}*|hecho\s+a\s+mano|personalizad\p{L}*|fatto\s+a\s+mano|feito\s+à\s+mão|handgemaakt|"
    r"ręcznie\s+robion\p{L}*|el\s+yapımı|buatan\s+tangan|thủ\s+công|yari\s+sa\s+kamay|يدوي\p{L}*|हस्तनिर्मित)(?![\p{L}])"
    r"|ハンドメイド|핸드메이드|手工|ทำมือ",
    regex.IGNORECASE | regex.V1,
)
_FASHION_HOUSE = regex.compile(
    r"(?<![\p{L}])(?:gucci|chanel|louis\s*vuitton|lv|herm[eè]s|prada|dior|balenciaga|fendi|burberry|versace|goyard|"
    r"celine|ysl|saint\s+laurent|givenchy|loewe|bottega)(?![\p{L}])",
    regex.IGNORECASE | regex.V1,
)
_COMPATIBLE = regex.compile(
    r"(?:for|für|pour|para|per|voor|dla|için|untuk|cho|kwa|لـ|के\s+लिए|compatible\s+with|kompatibel\s+mit|"
    r"compatible\s+avec|compatible\s+con|fits|passend\s+für|case|hülle|étui|funda|custodia|capa|hoesje|etui|kılıf)"
    r"\s*$",
    regex.IGNORECASE | regex.V1,
)


# review of stop 22, finding 7: "Coach handbag inspired by vintage saddle bags", "Omega-3 … high quality": a brand whose
# name is also a word (coach, omega, supreme, pandora …) is a copy only with a real copy cue, not a quality word; and
# "inspired by" makes a copy of the brand it names after it, not of the brand that makes the piece
_WORD_BRANDS = frozenset({"omega", "coach", "supreme", "jordan", "jordans", "pandora", "tiffany", "branded", "celine",
                          "valentino", "loewe", "nike"})
_QUALITY_WORD = regex.compile(r"(?i)(?:top|super|high)[\s-]*\p{L}+")
_INSPIRED = regex.compile(r"(?i)inspir|geïnspireerd|esinlen|terinspirasi|lấy\s+cảm|hango")


def _copy_cue_counts(brand: regex.Match[str], cue: regex.Match[str]) -> bool:
    word = regex.sub(r"\s+", " ", brand.group(0).casefold())
    if _QUALITY_WORD.fullmatch(cue.group(0)) and word in _WORD_BRANDS:
        return False
    return not (_INSPIRED.match(cue.group(0)) and cue.start() > brand.start())


@code_rule
def counterfeit_brand(ctx, params) -> Iterator[Hit]:
    """A brand (or "a luxury brand") with a copy, grade or sameness cue in any registry language, or a luxury fashion
    house's name on a handmade or custom piece. Negated copies ("kein Fake") are left to the engine's negation."""
    from studio.quality.frames import period_reproduction

    text = ctx.text
    for b in _BRAND.finditer(text):
        if _COMPATIBLE.search(text[max(0, b.start() - 25): b.start()]):
            continue
        cue = next((c for c in _COPY_CUE.finditer(text, max(0, b.start() - 80), min(len(text), b.end() + 100))
                    if _copy_cue_counts(b, c)), None)
        if cue is None and _FASHION_HOUSE.fullmatch(b.group(0)):
            cue = _HANDMADE.search(text, max(0, b.start() - 80), min(len(text), b.end() + 100))
        if cue is None:
            continue
        if period_reproduction(text, cue.start(), cue.end()):
            continue
        s, e = min(b.start(), cue.start()), max(b.end(), cue.end())
        yield s, e, None, {"phrase": text[s:e][:80]}
        return


# A countdown or a stock count said with pressure, in any registry language, by its structure: a number of minutes or
# hours with an end or a return of the price ("Solo per i prossimi 10 minuti … Poi il prezzo torna normale",
# "Promocja kończy się za 15 minut", "العرض ينتهي خلال ساعة واحدة"), or a small count of pieces left ("só tem mais 5
# unidades", "Zimebaki pisi 3 tu", "باقي ٥ قطع فقط"). A dated deadline with no count is the offer's fact (frames.dated_deadline).
_ONE_WORD = (r"one|an?|ein(?:e|er)?|une?|una?|bir|satu|sejam|một|moja|isang|واحدة|واحد|एक|一|한|หนึ่ง|"
             r"two|zwei|deux|dos|due|dois|twee|dwa|iki|dua|hai|mbili|dalawang|ساعتين|दो|两|두")
_TIME_UNIT = (r"min(?:s|utes?|uten?|uti|utos?|uut|ut|utę|uty)?|minuut|dakika(?:da|lık)?|menit|minit|phút|minuto|dakika|"
              r"hours?|hrs?|stunden?|heures?|horas?|ore|uur|godzin[ayę]?|godzinę|saat(?:te)?|jam|giờ|oras|saa|"
              r"دقائق|دقيقة|ساعات|ساعة|ساعتين|मिनट|घंटे|घंटा|分钟?|時間|小时|小時|분|시간|นาที|ชั่วโมง")
_COUNTDOWN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:[\d٠-٩०-९]{{1,3}}|{_ONE_WORD})\s*(?:{_TIME_UNIT})(?![\p{{L}}])"
    # the unit before the number: minutes ("dakika 30", "menit 15"), or hours after "within" ("ndani ya saa 2", "dalam 2
    # jam" is the usual order); "jam 11.59", "saa 5:59" alone are clock times
    rf"|(?<![\p{{L}}])(?:dakika|menit|minit|phút|minuto|دقائق|دقيقة)\s+[\d٠-٩]{{1,3}}(?![\d:.٫])"
    rf"|(?<![\p{{L}}])(?:ndani\s+ya|baada\s+ya|dalam|within|trong)\s+(?:saa|jam|giờ)\s+[\d]{{1,2}}(?![\d:.])"
    rf"|(?:ساعة|دقيقة)\s+واحدة|(?<![\p{{L}}])(?:ساعتين|دقيقتين)",
    regex.IGNORECASE | regex.V1,
)
_END_OR_BACK = regex.compile(
    r"(?<![\p{L}])(?:ends?|ending|expires?|last\s+chance|gone\s+(?:in|after)|endet|vorbei|letzte\s+chance|"
    r"se\s+termine|termine|remonte|dernière\s+chance|termina|acaba|última\s+oportunidad|finisce|scade|ultima\s+occasione|"
    r"eindigt|laatste\s+kans|kończy|koniec|ostatnia\s+szansa|ostatnie\s+sztuki|bitiyor|biter|sona\s+eriyor|son\s+fırsat|"
    r"berakhir|habis|tamat|peluang\s+terakhir|kết\s+thúc|cơ\s+hội\s+cuối|matatapos|huling\s+pagkakataon|inaisha|"
    r"itaisha|nafasi\s+ya\s+mwisho|mwisho\s+wa|ينتهي|تنتهي|آخر\s+فرصة|खत्म|समाप्त|आखिरी\s+मौका|prossimi|next|nächsten|"
    r"prochaines|próximos|próximas|komende|najbliższe|sonraki|berikutnya|tiếp\s+theo)(?![\p{L}])"
    r"|終了|終わ|締め切|끝|종료|마감|结束|截止|สิ้นสุด|หมดเขต",
    regex.IGNORECASE | regex.V1,
)
_RISE = regex.compile(
    r"(?<![\p{L}])(?:back\s+to|goes?\s+(?:back\s+)?up|steigt|wieder|remonte|reprend|sube|vuelve|torna|omhoog|wraca|"
    r"artıyor|eski|naik|kembali|tăng|trở\s+lại|tataas|babalik|inapanda|itapanda|inarudi|يرجع|يرتفع|يعود|बढ़|वापस)"
    r"(?![\p{L}])|戻|원래|恢复|กลับ",
    regex.IGNORECASE | regex.V1,
)
_PRICE = regex.compile(
    r"(?<![\p{L}])(?:price|preis|prix|precio|prezzo|preço|prijs|cen[aęy]|fiyat\p{L}*|harga|giá|presyo|bei|سعر|السعر|"
    r"कीमत|दाम)(?![\p{L}])|価格|値段|가격|价格|價格|原价|ราคา",
    regex.IGNORECASE | regex.V1,
)
_SENTENCE_END = regex.compile(r"[.!?。！？\n]")
_PIECES = (r"pieces?|pcs|units?|items?|left|stück|stk|pièces?|exemplaires?|unidades?|piezas?|pezzi|unità|stuks|"
           r"sztuk[ia]?|adet|biji|buah|pcs|cái|chiếc|piraso|pisi|vipande|قطع|قطعة|पीस|個|点|개|件|ชิ้น")
# "ตัดไส้เทียนให้เหลือ 3 mm" (trim the wick to 3 mm), "残り5cm": what is left is a length or an amount, not stock
_NOT_MEASURE = (r"(?![\d.,]|\s*(?:mm|cm|m|km|g|kg|mg|ml|l|oz|in|%|°|มม\.?|ซม\.?|เซน\p{L}*|นิ้ว|กรัม|มล\.?|ลิตร|"
                r"ミリ|センチ|グラム|毫米|厘米|克|毫升|％)(?![a-z]))")
_STOCK = regex.compile(
    rf"(?<![\p{{L}}])(?:only|just|nur\s+noch|noch|plus\s+que|seulement|solo|sólo|quedan|só\s+(?:tem|restam)|"
    rf"(?:tem|restam)\s+(?:só\s+)?(?:mais\s+)?|restano|rimasti|nog\s+maar|nog|tylko|zostało|zostały|sadece|kaldı|"
    rf"tinggal|hanya|tersisa|chỉ\s+còn|còn|na\s+lang|zimebaki|imebaki|zimesalia|باقي|بقي|متبقي|सिर्फ|बचे)\s*"
    rf"(?:(?:{_PIECES})\s+)?(?:mais\s+)?(?:[\d٠-٩०-९]{{1,2}}(?![\d%]|[.,]\d)\s*(?:{_PIECES})(?![\p{{L}}])|[1-9١-٩](?![\d%]|[.,]\d)(?=\s*(?:!|[.,](?!\d)|tu(?![\p{{L}}])|فقط|$)))"
    rf"|[\d٠-٩]{{1,2}}\s*(?:{_PIECES})\s+(?:left|übrig|restant\p{{L}}*|over|kaldı|lagi|nữa|na\s+lang|tu|فقط)(?![\p{{L}}])"
    rf"|残り\s*[\d]{{1,2}}{_NOT_MEASURE}|[\d]{{1,2}}\s*(?:개|点|件|個)\s*(?:남|残|剩)|(?:仅剩|只剩|剩下?)\s*[\d]{{1,2}}{_NOT_MEASURE}"
    rf"|เหลือ(?:อีก|เพียง)?\s*[\d]{{1,2}}{_NOT_MEASURE}",
    regex.IGNORECASE | regex.V1,
)


@code_rule
def countdown_pressure(ctx, params) -> Iterator[Hit]:
    """A countdown in minutes or hours with an end, a last chance or the price going back, or a small stock count —
    the structure of time pressure in every registry language."""
    text = ctx.text
    for m in _COUNTDOWN.finditer(text):
        s0 = max((x.end() for x in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        e0 = next((x.start() for x in _SENTENCE_END.finditer(text, m.end())), len(text))
        w0, w1 = max(s0, m.start() - 40), min(e0, m.end() + 40)
        near = _END_OR_BACK.search(text, w0, w1)
        if near is None and _PRICE.search(text, s0, e0):
            near = _RISE.search(text, w0, w1)
        if near is None:  # "… 10 minutes! Then the price is back": the next sentence
            n1 = next((x.start() for x in _SENTENCE_END.finditer(text, e0 + 1)), len(text))
            if _PRICE.search(text, e0, n1):
                near = _RISE.search(text, e0, n1)
        if near:
            s, e = min(m.start(), near.start()), max(m.end(), near.end())
            yield s, e, None, {"phrase": text[s:e][:80]}
            return
    st = _STOCK.search(text)
    if st and regex.search(r"[\d٠-٩०-९]", st.group(0)):
        yield st.start(), st.end(), None, {"phrase": st.group(0)}
