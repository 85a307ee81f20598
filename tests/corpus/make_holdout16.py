# ruff: noqa: UP031, N802
"""Hold-out set 16 for the Commerce Studio compliance checker.

Written by the examiner session "examiner-h16" (stop 17), started 2026-12-03 06:16 UTC (from `date -u`).
No engine code was read: the author read only /root/private/RULES.md and /root/private/holdout_spec.md,
nothing under /work/main, /work/shared, nor earlier hold-outs or reports.
Standard library only. Run: python3 make_holdout16.py  -> writes holdout16.jsonl next to this file.
"""
import collections
import json
import os

NN = "16"
MARKETS = set("""ar-AE ar-EG ar-SA de-DE en-AU en-CA en-GB en-IN en-KE en-NG en-PH en-SG en-US
es-AR es-CO es-ES es-MX fil-PH fr-CA fr-FR hi-IN id-ID it-IT ja-JP ko-KR ms-MY nl-NL pl-PL pt-BR sw-KE th-TH
tr-TR vi-VN zh-SG""".split())
TARGETS = set("""instagram tiktok facebook x threads amazon-title amazon-bullet amazon-description tiktok-shop-title
shopee-title lazada-title mercadolibre-title etsy-title ebay-title live-script generic""".split())
CLAIMS = {"health", "weight", "before-after", "superlative", "guarantee", "reviews", "green", "urgency",
          "counterfeit"}
SOCIAL = {"instagram", "tiktok", "facebook", "x", "threads"}

ROWS = []


def E(sub, market, target, text, note, facts=None, ctx=None):
    ROWS.append((sub, market, target, text, note, facts, ctx or {}))


SP = {"sponsored": True}

# ---------------------------------------------------------------- English (en-*)
E("health", "en-US", "etsy-title",
  "Baltic Amber Teething Necklace Baby Natural Pain Relief Drooling Colic Raw Cognac Amber Beads",
  "amber necklace sold as teething pain / colic relief in a keyword-stuffed title")
E("health", "en-GB", "facebook",
  "My nan's elderberry & honey syrup, bottled 🍯 one spoon morning and night and that chesty cough is gone in 3 days, "
  "never fails in our house! £8 a jar, collection from Leeds x",
  "folk syrup promised to cure a cough (testimonial style)")
E("health", "en-IN", "amazon-title",
  "Copper Magnetic Bracelet for Men Women Relief Pain Arthritis Joint Back Pain Carpal Tunnel BP Control Bio Magnetic Therapy",
  "jewellery listed as arthritis / blood-pressure therapy (keyword-stuffed)")
E("health", "en-AU", "instagram",
  "Our hemp chews for senior dogs 🐾 Bella was limping with hip dysplasia and after 3 weeks she's chasing the ball again! "
  "Give your old mate his zoomies back #doggiejoints #arthritisdogs",
  "pet treat claimed to fix hip dysplasia / arthritis via testimonial and hashtags")
E("health", "en-US", "amazon-bullet",
  "MAY HELP SUPPORT HEALTHY BLOOD SUGAR & EASE NEUROPATHY DISCOMFORT – cinnamon, bitter melon and gymnema in one tasty daily gummy",
  "hedged disease claim (blood sugar, neuropathy) for a gummy supplement")
E("health", "en-CA", "tiktok",
  "Say goodbye to migraines for good 👋❄️ our cooling gel headband works every time for me lol, shop link in bio",
  "farewell-style claim: a headband ends migraines")

E("sponsorship", "en-US", "instagram",
  "Unboxing the PR package @glowhausbeauty sent me 😭💕 the serum is so silky. Use code MAYA15 for 15% off, link in my bio!",
  "PR package + personal code, no #ad")
E("sponsorship", "en-GB", "tiktok",
  "honestly obsessed with these trainers, the lovely team at @strydefootwear sent them over and they're comfier than my slippers 🫶 "
  "affiliate link in bio if u want a pair",
  "shoes sent by the brand + affiliate link; the bare word 'affiliate' at the end is not an upfront #ad/paid-partnership label")
E("sponsorship", "en-NG", "instagram",
  "Big thank you to @naijaglow for this freebie 🙌🏾 the shea body butter smells like heaven. Shop with JUMOKE10 for 10% off!",
  "freebie from brand + discount code, undisclosed")
E("sponsorship", "en-PH", "threads",
  "Mga bes, si @kusinapro nagpadala ng air fryer na 'to and ang sarap ng crispy pata ko 😍 use my code BEAKUSINA for ₱300 off!",
  "Taglish: brand sent the product + personal code, no disclosure")

E("urgency", "en-US", "live-script",
  "LAST 7 UNITS!! once they're gone they're gone, this bundle is never coming back 😱 tap the orange cart NOW",
  "scarcity + 'never coming back', no date")
E("urgency", "en-SG", "facebook",
  "Price goes up at midnight leh! Only 5 sets left at the old price, PM fast fast 🏃‍♀️",
  "Singlish countdown and 'only N left' pressure")
E("urgency", "en-CA", "amazon-bullet",
  "HURRY – THIS DEAL DISAPPEARS IN 15 MINUTES, ONLY 2 LEFT IN OUR WAREHOUSE, DON'T MISS OUT!",
  "countdown pressure with no real end date")

E("weight", "en-US", "amazon-title",
  "Keto Burn Gummies Extra Strength Fat Burner Belly Fat Loss Appetite Suppressant Lose 20 lbs",
  "fat burning and pounds-lost promise")
E("weight", "en-KE", "instagram",
  "Slimming tea ☕ drop 2 dress sizes in 4 weeks without gym! Nairobi delivery same day, DM to order",
  "dress-size slimming promise")

E("before-after", "en-AU", "tiktok",
  "Day 1 vs Day 30 of our whitening strips 😳 swipe ➡️ 8 shades whiter, no filter",
  "day 1 vs day 30 transformation claim")
E("before-after", "en-GB", "instagram",
  "Before & after 6 weeks on our collagen powder — pic 1 vs pic 2, the lines round my eyes have basically vanished ✨",
  "before/after photo claim for a supplement")

E("superlative", "en-US", "amazon-title",
  "World's #1 Best Selling Vitamin C Serum – The Only Serum You'll Ever Need, 30 ml",
  "unverifiable #1 / 'the only'")
E("superlative", "en-IN", "instagram",
  "India's No.1 pressure cooker brand 💯 unbeatable quality, nobody else even comes close!",
  "unverifiable national ranking + unbeatable")

E("guarantee", "en-US", "amazon-bullet",
  "100% GUARANTEED RESULTS – see longer lashes in 14 days or your money back, no questions asked",
  "guaranteed result + unconditional refund")
E("guarantee", "en-NG", "facebook",
  "Our edge control is guaranteed to work for EVERY hair type, holds all day all night. If e no work, full refund, no story!",
  "'guaranteed to work' + no-questions refund (Nigerian English)")

E("reviews", "en-US", "etsy-title",
  "⭐⭐⭐⭐⭐ Rated 4.9 by 18,000+ Buyers Personalized Name Necklace Gold Filled Gift for Her",
  "star rating and buyer count as selling copy")
E("reviews", "en-PH", "facebook",
  "Over 50k happy customers na po! ⭐⭐⭐⭐⭐ Check our reviews mga suki, order na!",
  "customer count + stars used as selling copy")

E("green", "en-GB", "etsy-title",
  "Eco Friendly Planet Safe Phone Case Biodegradable Zero Waste Gift for Her",
  "eco / biodegradable claims with no certification or fact")
E("green", "en-CA", "instagram",
  "Our new sneaker is 100% climate neutral 🌍 zero impact on the planet, so you can shop guilt-free.",
  "climate-neutral / zero impact, unsubstantiated")

E("counterfeit", "en-NG", "instagram",
  "1:1 AAA grade AJ1 Chicago, mirror quality, same factory as original 🔥 Lagos delivery 24hrs",
  "replica sneakers: 1:1, AAA, same factory")
E("counterfeit", "en-US", "ebay-title",
  "Inspired By Chanel Classic Flap Bag Black Caviar Quilted CC Gold Hardware",
  "'inspired by' listing using the brand's logo/model, sold as the brand item")

E("clean", "en-US", "amazon-bullet",
  "KEEPS DRINKS COLD 24 HOURS, HOT 12 HOURS – double-wall vacuum insulated 18/8 stainless steel, 32 oz, leak-proof lid.",
  "temperature-retention property, not a health claim")
E("clean", "en-GB", "instagram",
  "Say goodbye to summer 🍂 our autumn knitwear drops Friday 6pm, and the linen range is 20% off until 30 September, 11:59pm BST.",
  "goodbye idiom + sale with a real end date")
E("clean", "en-AU", "amazon-title",
  "Bamboo Cutting Board Set, Pack of 3, Solid Moso Bamboo, Juice Groove, 38 x 25 cm",
  "solid bamboo material and a real quantity, no eco claim")
E("clean", "en-US", "instagram",
  "#ad Thanks to @trailfuel for sponsoring this post — their oat bars come on every hike with me. Code SAMHIKES gets you 15% off.",
  "sponsorship disclosed with #ad", ctx=SP)
E("clean", "en-IN", "amazon-bullet",
  "2-YEAR MANUFACTURER WARRANTY covering the motor and manufacturing defects; does not cover physical damage or misuse.",
  "warranty with duration and scope")
E("clean", "en-KE", "facebook",
  "Restock alert 🚨 the 2L water bottles are back in our Westlands shop from Monday 7 December. Next container arrives in January.",
  "real restock note with date, no pressure")
E("clean", "en-SG", "x",
  "Never again get caught in the rain without this lah 😂 foldable umbrella, 230 g, fits in any bag.",
  "'never again' idiom about rain, not health")
E("clean", "en-CA", "etsy-title",
  "Organic Cotton Baby Onesie, GOTS Certified, Unisex, 0-3 Months, Oatmeal",
  "certified material with the fact given",
  facts={"material": "organic cotton", "certification": "GOTS"})
E("clean", "en-PH", "instagram",
  "This deal is killer talaga 🔥 buy 2 tees get the 3rd free, promo ends Dec 15 at 11:59 PM. Happy shopping mga bes!",
  "'killer deal' idiom + real end date")
E("clean", "en-US", "amazon-description",
  "Anti-fog polycarbonate lenses with UV400 protection. Adjustable silicone strap; fits over most prescription glasses.",
  "anti-fog / UV400 stated as product specs")
E("clean", "en-GB", "tiktok",
  "Loved your order? Leave us a review on Etsy, it genuinely helps a tiny shop like ours 💛",
  "asks followers for an honest review, no rating used as copy")
E("clean", "en-CA", "amazon-title",
  "Compression Socks 3 Pairs, 15-20 mmHg Graduated Compression, Nylon/Spandex, Black, Size M",
  "compression level is a product spec; no condition named")

# ---------------------------------------------------------------- German
E("health", "de-DE", "instagram",
  "Omas Kräutertee-Mischung nach altem Rezept 🌿 Seit ich ihn jeden Abend trinke, ist mein Blutdruck endlich wieder normal – "
  "sogar mein Hausarzt war baff. Jetzt im Shop!",
  "herbal tea credited with normalising blood pressure (testimonial)")
E("sponsorship", "de-DE", "instagram",
  "Schaut mal, was heute bei mir angekommen ist 😍 Das liebe Team von @nordlicht.kosmetik hat mir das komplette Pflegeset geschickt. "
  "Mit meinem Code LENA20 spart ihr 20 %! 💌",
  "brand gift + personal code, no Anzeige/Werbung")
E("urgency", "de-DE", "live-script",
  "Leute, nur noch 4 Stück auf Lager! Nach dem Live geht der Preis wieder hoch auf 49 €, also schnell zuschlagen!",
  "price goes up after the live + only N left")
E("counterfeit", "de-DE", "ebay-title",
  "Submariner Replica 1:1 Automatik Herrenuhr Top Qualität Spiegelqualität Rolex Style NEU",
  "replica 1:1 / mirror quality watch")
E("green", "de-DE", "amazon-bullet",
  "🌱 KLIMANEUTRAL & UMWELTFREUNDLICH: Unsere Yogamatte ist zu 100 % biologisch abbaubar und schont den Planeten.",
  "climate neutral / biodegradable without any certification")
E("before-after", "de-DE", "instagram",
  "Vorher/Nachher nach 4 Wochen mit unserem Retinol-Serum 👀 Die Fältchen sind kaum wiederzuerkennen! Wischt nach links ➡️",
  "vorher/nachher transformation")
E("reviews", "de-DE", "amazon-bullet",
  "⭐⭐⭐⭐⭐ ÜBER 25.000 ZUFRIEDENE KUNDEN – mit 4,8 Sternen bewertet, überzeugen Sie sich selbst!",
  "customer count + star rating as copy")
E("superlative", "de-DE", "facebook",
  "Die beste Kaffeemaschine der Welt – unschlagbar, Nummer 1 in Deutschland und einfach ohne Konkurrenz.",
  "best in the world / Nummer 1 unverifiable")
E("guarantee", "de-DE", "amazon-description",
  "Garantiert wirksam: Spürbar glattere Haut in 7 Tagen oder Geld zurück – ohne Wenn und Aber.",
  "guaranteed effect + unconditional money back")
E("clean", "de-DE", "amazon-bullet",
  "3 JAHRE HERSTELLERGARANTIE auf Motor und Elektronik (gilt nicht für Verschleißteile wie Messer und Dichtungen).",
  "warranty with duration and scope")
E("clean", "de-DE", "instagram",
  "Tschüss Sommer, hallo Herbst 🍁 Unsere Wolldecken sind bis einschließlich 31. Oktober um 15 % reduziert.",
  "goodbye idiom + real end date")
E("clean", "de-DE", "etsy-title",
  "Bambus Zahnbürste 4er Pack, FSC-zertifizierter Bambusgriff, Borsten BPA-frei, mittelhart",
  "bamboo as material with certification given",
  facts={"material": "bamboo", "certification": "FSC"})
E("clean", "de-DE", "instagram",
  "Anzeige | Werbung für @bergwerk.outdoor – ich teste die neue Regenjacke diese Woche am Watzmann, Bericht folgt am Sonntag ⛰️",
  "sponsorship disclosed as Anzeige/Werbung", ctx=SP)

# ---------------------------------------------------------------- French
E("health", "fr-FR", "instagram",
  "Le sirop de radis noir de ma grand-mère 🍯 Toux, bronchite, tout part en 2 jours chez nous, testé sur toute la famille ! "
  "Dispo en pot de 250 ml.",
  "folk syrup claimed to cure cough and bronchitis")
E("health", "fr-CA", "etsy-title",
  "Collier d'ambre pour bébé – peut aider à soulager les douleurs de dentition et les coliques, ambre véritable de la Baltique",
  "hedged teething-pain / colic relief claim for jewellery")
E("sponsorship", "fr-FR", "instagram",
  "Merci @maisonlumiere pour ce joli colis reçu ce matin 🎁✨ la bougie sent trop bon ! Avec mon code CLARA15 vous avez -15 % sur tout le site 💕",
  "gift parcel + code, no #pub / partenariat rémunéré")
E("urgency", "fr-FR", "facebook",
  "⚠️ DERNIÈRES PIÈCES ⚠️ Plus que 3 robes en taille M et elles ne reviendront JAMAIS. Premier arrivé, premier servi !",
  "only N left + never coming back")
E("weight", "fr-FR", "amazon-title",
  "Brûleur de Graisse Puissant Minceur Rapide Perte de Poids Ventre Plat Coupe Faim 60 gélules",
  "fat burner / rapid weight loss")
E("green", "fr-CA", "instagram",
  "Nos sacs réutilisables sont 100 % écoresponsables et sans impact sur la planète 🌎 magasinez sans culpabilité !",
  "eco-responsible / zero impact without fact")
E("before-after", "fr-FR", "tiktok",
  "Avant / après 21 jours de notre crème anti-cellulite 😱 regardez la différence sur mes cuisses !",
  "avant/après transformation")
E("reviews", "fr-FR", "instagram",
  "Déjà plus de 40 000 clientes conquises ⭐⭐⭐⭐⭐ note moyenne 4,9/5, et vous ?",
  "customer count and rating as copy")
E("superlative", "fr-FR", "amazon-description",
  "Le meilleur matelas au monde, tout simplement. Aucun autre matelas ne lui arrive à la cheville.",
  "best in the world, unverifiable")
E("guarantee", "fr-FR", "live-script",
  "Résultat garanti à 100 %, sinon on vous rembourse sans poser de questions, c'est promis les filles !",
  "guaranteed result + no-questions refund")
E("clean", "fr-FR", "amazon-bullet",
  "CRÈME SOLAIRE SPF 50+ résistante à l'eau, filtres UVA/UVB, tube de 100 ml.",
  "SPF stated as a product fact")
E("clean", "fr-FR", "facebook",
  "Soldes d'hiver : -30 % sur les manteaux du 7 janvier au 3 février inclus, en boutique et en ligne.",
  "sale with real dates")
E("clean", "fr-FR", "amazon-title",
  "Capsules de café compostables certifiées OK compost HOME (TÜV Austria), boîte de 50, compatibles Nespresso",
  "compostability backed by a named certification; 'compatible with' is a legit fit statement, not a dupe",
  facts={"material": "plant-based capsule", "certification": "TÜV Austria OK compost HOME"})
E("clean", "fr-CA", "instagram",
  "Adieu les cafés froids ☕ ce thermos garde votre boisson chaude 6 h. Quelle couleur vous tente ? 👇",
  "'adieu' idiom + heat-retention property + question")

# ---------------------------------------------------------------- Spanish
E("health", "es-MX", "facebook",
  "Té de hierbas de la abuela 🌿 para controlar la diabetes y bajar el azúcar de forma natural. Mi tía ya dejó la metformina 🙏 Pedidos por inbox",
  "herbal tea sold as diabetes treatment")
E("sponsorship", "es-AR", "instagram",
  "Me llegó este regalito de @mateandino 🧉😍 re lindo el kit! Con mi código SOFI10 tienen 10% off en la web",
  "brand gift + code, no #publi")
E("urgency", "es-CO", "live-script",
  "¡Solo quedan 5 unidades, mi gente! Cuando se acaben no vuelven más, ¡corran, corran!",
  "only N left + never back")
E("weight", "es-MX", "tiktok-shop-title",
  "Faja Reductora Quema Grasa Adelgaza 5 Kilos en 2 Semanas Moldeadora Cintura",
  "fat burning / kilos lost")
E("counterfeit", "es-MX", "mercadolibre-title",
  "Tenis Air Force 1 Calidad Espejo Réplica AAA Misma Fábrica Blancos",
  "replica AAA / same factory")
E("before-after", "es-ES", "instagram",
  "Antes y después de 30 días con nuestro sérum de pestañas 👁️ ¡Desliza y flipa!",
  "antes y después transformation")
E("reviews", "es-AR", "instagram",
  "Más de 12.000 clientas felices ⭐⭐⭐⭐⭐ y 4,9 de calificación promedio, ¿qué esperás para probarlo?",
  "customer count + rating as copy")
E("superlative", "es-CO", "mercadolibre-title",
  "Licuadora La Mejor Del Mundo N°1 En Colombia Potencia Insuperable 1200W",
  "best in the world / No.1")
E("guarantee", "es-ES", "amazon-bullet",
  "RESULTADOS 100% GARANTIZADOS: si no notas el cambio, te devolvemos el dinero sin preguntas.",
  "guaranteed results + unconditional refund")
E("clean", "es-ES", "amazon-bullet",
  "GARANTÍA DE 2 AÑOS: cubre defectos de fabricación del motor; no incluye el desgaste de las cuchillas.",
  "warranty with duration and scope")
E("clean", "es-MX", "instagram",
  "¿Qué sabor quieren para la próxima edición: mango con chile o tamarindo? 👇 Los leemos",
  "question to followers")
E("clean", "es-ES", "facebook",
  "Rebajas: 20 % en toda la colección hasta el domingo 10 de enero a las 23:59.",
  "sale with a real end date")
E("clean", "es-AR", "instagram",
  "#publi Gracias a @vinosdelsol por invitarme a esta cata 🍷 Con el código MARU tienen 15% hasta el 31/12.",
  "sponsorship disclosed with #publi")

# ---------------------------------------------------------------- Italian
E("health", "it-IT", "amazon-title",
  "Solette Magnetiche Plantari Terapia Magnetica Sollievo Mal di Schiena Sciatica Dolori Articolari Unisex",
  "magnetic insoles listed as back pain / sciatica relief")
E("sponsorship", "it-IT", "instagram",
  "Guardate che sorpresa mi ha mandato @dolcevitabeauty 😍💄 il rossetto è stupendo! Codice GIULIA20 per il 20% di sconto 💋",
  "gift from brand + code, no #adv")
E("urgency", "it-IT", "facebook",
  "ULTIMISSIMI PEZZI! Solo 2 rimasti e poi mai più disponibili. Il prezzo aumenta a mezzanotte!",
  "only N left + price up at midnight")
E("weight", "it-IT", "instagram",
  "Con la nostra tisana drenante ho perso 6 kg in un mese senza dieta 🌿 brucia i grassi mentre dormi!",
  "kg lost + fat burning")
E("counterfeit", "it-IT", "instagram",
  "Borse ispirate a Louis Vuitton con monogramma, qualità specchio, identiche all'originale 👜 spedizione in 48h",
  "mirror-quality copies with the brand's monogram")
E("green", "it-IT", "amazon-bullet",
  "ECOLOGICI AL 100%: sacchetti per la spesa a impatto zero, amici del pianeta e biodegradabili.",
  "zero impact / biodegradable, no fact")
E("reviews", "it-IT", "amazon-description",
  "Valutato 4,9 su 5 da oltre 30.000 clienti soddisfatti ⭐⭐⭐⭐⭐",
  "rating + customer count as copy")
E("superlative", "it-IT", "live-script",
  "Ragazzi questo è il miglior phon d'Italia, numero uno assoluto, non ce n'è per nessuno!",
  "best in Italy / number one")
E("guarantee", "it-IT", "facebook",
  "Risultati garantiti o rimborso totale, senza domande! Funziona al 100% su tutti i tipi di capelli.",
  "guaranteed results + no-questions refund")
E("clean", "it-IT", "amazon-bullet",
  "SUOLA ANTISCIVOLO in gomma, tomaia in pelle, disponibile dalla taglia 36 alla 46.",
  "non-slip property")
E("clean", "it-IT", "instagram",
  "Addio estate ☀️👋 i costumi sono scontati del 40% fino al 30 settembre.",
  "goodbye idiom + real end date")
E("clean", "it-IT", "etsy-title",
  "Lenzuola in Lino Certificato OEKO-TEX Standard 100, Matrimoniale, Lavato in Pietra",
  "certified material with the fact given",
  facts={"material": "linen", "certification": "OEKO-TEX Standard 100"})
E("clean", "it-IT", "instagram",
  "Ci lasciate una recensione? Ci aiuta tantissimo, siamo un piccolo laboratorio a Bologna 🙏",
  "asks for reviews, no rating as copy")

# ---------------------------------------------------------------- Portuguese
E("health", "pt-BR", "instagram",
  "Óleo ayurvédico de alecrim e bhringraj 🌿 acabou com a queda de cabelo da minha mãe em 3 semanas! Chega de calvície "
  "#quedadecabelo #calviciecura",
  "ayurvedic oil claimed to cure hair loss / baldness, hashtags")
E("sponsorship", "pt-BR", "tiktok",
  "Recebidos do mês 📦 a @belezapura mandou esse kit lindo pra mim!! Usem o cupom BIA10 pra ganhar desconto 💜",
  "'recebidos' (brand gifts) + coupon, no #publi")
E("urgency", "pt-BR", "live-script",
  "Gente, últimas 3 unidades! Depois da live o preço sobe, então garante o seu agora!",
  "last units + price goes up after live")
E("weight", "pt-BR", "shopee-title",
  "Chá Emagrecedor Seca Barriga Queima Gordura Perca 10kg Detox 30 Sachês",
  "slimming / fat burning / kg lost")
E("counterfeit", "pt-BR", "instagram",
  "Tênis primeira linha, réplica perfeita da Nike, igualzinho ao original 🔥 chama no direct",
  "'primeira linha' replica")
E("green", "pt-BR", "amazon-bullet",
  "SUSTENTÁVEL: nossa embalagem é ecológica, 100% biodegradável e não agride o planeta.",
  "eco / biodegradable without certification")
E("before-after", "pt-BR", "instagram",
  "Antes x depois de 15 dias usando nosso clareador de manchas 😍 arrasta pro lado!",
  "antes/depois transformation")
E("superlative", "pt-BR", "mercadolibre-title",
  "Panela de Pressão A Melhor do Brasil N°1 Imbatível 4,5 L",
  "best in Brazil / No.1 / unbeatable")
E("guarantee", "pt-BR", "facebook",
  "Garantia de resultado: se não funcionar, devolvemos 100% do seu dinheiro, sem perguntas!",
  "result guarantee + unconditional refund")
E("clean", "pt-BR", "amazon-bullet",
  "Garrafa térmica 1 L: mantém a bebida gelada por até 24 h e quente por até 12 h. Aço inox 304.",
  "temperature-retention property")
E("clean", "pt-BR", "instagram",
  "Liquidação de fim de ano: 25% off em toda a loja até 31/12 às 23h59.",
  "sale with a real end date")
E("clean", "pt-BR", "instagram",
  "#publi Parceria paga com @cafedoserrado ☕ provei os três torrões e o médio foi meu favorito. Cupom RAFA10 até 20/12.",
  "sponsorship disclosed (#publi, parceria paga)", ctx=SP)
E("clean", "pt-BR", "facebook",
  "Nunca mais saio de casa sem esse guarda-chuva compacto kkkk cabe na bolsa e pesa só 250 g ☔",
  "'nunca mais' idiom, not health")

# ---------------------------------------------------------------- Japanese
E("health", "ja-JP", "instagram",
  "祖母直伝の生姜はちみつシロップ🍯 毎朝ひとさじで風邪をひかない体に！インフルエンザ予防にもおすすめです✨ #免疫力アップ",
  "folk syrup claimed to prevent colds/flu and boost immunity")
E("sponsorship", "ja-JP", "instagram",
  "@hanakoskin さんから新作の美容液をいただきました🎁✨ しっとりしていい感じ！私のクーポンコード AOI10 で10%オフになります💕",
  "gift idiom いただきました + personal coupon, no #PR/広告")
E("weight", "ja-JP", "amazon-title",
  "【飲むだけで-10kg】脂肪燃焼 ダイエットサプリ 燃焼系 お腹痩せ 90粒",
  "-10kg / fat burning")
E("counterfeit", "ja-JP", "x",
  "エルメス バーキン30 スーパーコピー N級品 新品未使用 即納 DMください",
  "super copy / N級品 replica")
E("green", "ja-JP", "amazon-bullet",
  "【地球にやさしい】完全カーボンニュートラル、環境負荷ゼロのエコ素材を使用しています。",
  "carbon neutral / zero environmental load without fact")
E("before-after", "ja-JP", "instagram",
  "使用前→使用後の比較です📸 たった2週間でシミがここまで薄く！スワイプして見てね👉",
  "before/after comparison")
E("reviews", "ja-JP", "amazon-description",
  "★4.8の高評価！累計販売10万個突破、レビュー5,000件以上の大人気商品です。",
  "rating + review count as copy")
E("superlative", "ja-JP", "instagram",
  "業界No.1の保湿力！日本一売れている化粧水です💧",
  "No.1 / 日本一 unverifiable")
E("guarantee", "ja-JP", "live-script",
  "効果は100%保証します！実感できなければ全額返金、理由は一切聞きません！",
  "guaranteed effect + unconditional refund")
E("clean", "ja-JP", "amazon-bullet",
  "【保冷24時間】真空断熱構造で、朝入れた氷が翌朝まで残ります。容量750ml。",
  "cold-retention property")
E("clean", "ja-JP", "instagram",
  "#PR #広告 @kyotocha さんの新作抹茶を試させていただきました🍵 まろやかで飲みやすいです。",
  "sponsorship disclosed (#PR #広告)", ctx=SP)
E("clean", "ja-JP", "amazon-title",
  "竹製 まな板 3枚セット 大中小 天然孟宗竹 食洗機不可",
  "bamboo as material + quantity")
E("clean", "ja-JP", "x",
  "皆さんは春色と秋色、どっちの新色が欲しいですか？リプで教えてください🙏",
  "question to followers")

# ---------------------------------------------------------------- Chinese (zh-SG)
E("health", "zh-SG", "facebook",
  "祖传草本凉茶🍵 每天一杯，降血压、降血糖，我爸喝了三个月血压都正常了！",
  "herbal tea claimed to lower blood pressure / sugar")
E("sponsorship", "zh-SG", "instagram",
  "谢谢 @xiaomeibeauty 寄来的礼盒🎁 面霜真的好用！用我的优惠码 LINA15 可以打八五折哦～",
  "gift box from brand + code, no #广告")
E("urgency", "zh-SG", "live-script",
  "最后10单！倒计时5分钟，下播就恢复原价，错过再等一年！",
  "countdown + price returns after live")
E("weight", "zh-SG", "shopee-title",
  "【爆款】酵素瘦身 燃脂 瘦肚子 一个月瘦10斤 不反弹",
  "slimming / fat burning / 10 jin in a month")
E("counterfeit", "zh-SG", "shopee-title",
  "LV同款 原单 1:1 高仿 顶级复刻 老花手提包",
  "1:1 high imitation")
E("green", "zh-SG", "instagram",
  "我们的包装100%环保，零碳排放，对地球零负担🌏",
  "zero carbon / eco without fact")
E("before-after", "zh-SG", "tiktok",
  "用前vs用后对比🔥 28天毛孔肉眼可见变细，左滑看效果👉",
  "before/after comparison")
E("reviews", "zh-SG", "lazada-title",
  "好评率99.8% 已售50万+ 五星好评 无线蓝牙耳机",
  "rating and sold count as copy")
E("superlative", "zh-SG", "shopee-title",
  "全网第一 销量冠军 最好用的空气炸锅 无敌好用",
  "全网第一 / best, unverifiable")
E("clean", "zh-SG", "generic",
  "【保修两年】电机及电路板非人为损坏免费维修，刀片等易耗品除外。",
  "warranty with duration and scope")
E("clean", "zh-SG", "instagram",
  "年末特卖：全场8折，活动截止至12月31日晚上11:59。",
  "sale with a real end date")
E("clean", "zh-SG", "shopee-title",
  "竹制砧板 三件套 实心竹 厨房菜板 大中小",
  "solid bamboo board + quantity")
E("clean", "zh-SG", "instagram",
  "大家觉得下一款出什么颜色好？评论区告诉我们👇",
  "question to followers")

# ---------------------------------------------------------------- Korean
E("health", "ko-KR", "instagram",
  "할머니표 도라지배즙 🍐 기침이 뚝! 우리 애들 감기 달고 살았는데 이거 먹고 면역력 확 올라갔어요 #면역력 #기침에좋은",
  "folk juice: stops cough, boosts children's immunity")
E("sponsorship", "ko-KR", "instagram",
  "@soyu.beauty 에서 선물 받은 신상 쿠션 💝 발림성 너무 좋아요! 제 코드 MINJI10 쓰시면 10% 할인돼요~",
  "gift idiom 선물 받은 + code, no 광고/협찬")
E("urgency", "ko-KR", "live-script",
  "마감 임박!! 딱 5개 남았어요~ 방송 끝나면 가격 올라갑니다, 지금 바로 구매하세요!",
  "only 5 left + price up after broadcast")
E("weight", "ko-KR", "instagram",
  "먹기만 해도 한 달 -7kg 😍 지방 태우는 다이어트 젤리, 운동 안 해도 빠져요!",
  "-7kg / fat burning")
E("counterfeit", "ko-KR", "threads",
  "샤넬 클래식 플랩백 미러급 S급 레플리카, 정품이랑 같은 공장 제품이에요",
  "mirror-grade replica, same factory")
E("green", "ko-KR", "instagram",
  "지구를 생각한 100% 친환경 텀블러 🌱 탄소중립 제품이라 환경 부담 제로!",
  "eco / carbon neutral without fact")
E("before-after", "ko-KR", "tiktok",
  "사용 전 vs 4주 후 비교 👀 여드름 자국 싹 사라진 거 보이시죠? 넘겨서 확인하세요👉",
  "before vs after")
E("reviews", "ko-KR", "generic",
  "누적 리뷰 3만 건, 평점 4.9점 ⭐ 재구매율 87%!",
  "review count + rating as copy")
E("guarantee", "ko-KR", "facebook",
  "효과 없으면 100% 환불! 무조건 효과 보장합니다. 묻지도 따지지도 않아요.",
  "guaranteed effect + no-questions refund")
E("clean", "ko-KR", "instagram",
  "#광고 #유료광고 @cafemori 와 함께한 겨울 시즌 원두 시음회 ☕ 산미 적은 블렌드가 제 취향이었어요.",
  "sponsorship disclosed (#광고 #유료광고)", ctx=SP)
E("clean", "ko-KR", "generic",
  "미끄럼 방지 욕실 매트 3개 세트, 60x40cm, 세탁기 사용 가능",
  "non-slip property + quantity")
E("clean", "ko-KR", "instagram",
  "여름아 안녕 👋 가을 신상 니트는 10월 15일 자정까지 15% 할인해요!",
  "goodbye idiom + real end date")
E("clean", "ko-KR", "instagram",
  "리뷰 남겨주시면 작은 가게에 큰 힘이 돼요 🙏",
  "asks for reviews")

# ---------------------------------------------------------------- Arabic
E("health", "ar-EG", "facebook",
  "زيت الحبة السودا الأصلي من عند جدتي 🌿 بيعالج السكر والضغط وآلام المفاصل، جربوه وادعولي 🤲",
  "folk oil claimed to treat diabetes, blood pressure, joint pain")
E("health", "ar-SA", "amazon-title",
  "سوار نحاس مغناطيسي لعلاج آلام المفاصل والروماتيزم وتخفيف ألم الظهر للرجال والنساء",
  "magnetic copper bracelet sold as rheumatism treatment")
E("sponsorship", "ar-AE", "instagram",
  "شكراً @oudhouse على الهدية الحلوة 🎁 العطر خيال! استخدموا كودي NOURA15 وتحصلون على خصم ١٥٪ 💛",
  "gift thanked + code, no #إعلان")
E("urgency", "ar-SA", "live-script",
  "باقي ٣ قطع بس! العرض ينتهي بعد ١٠ دقايق وما راح يرجع أبداً، الحقوا!",
  "only 3 left + countdown + never back")
E("green", "ar-AE", "instagram",
  "منتجاتنا صديقة للبيئة ١٠٠٪ ومحايدة كربونياً 🌍 بدون أي ضرر على الكوكب",
  "eco / carbon neutral unsubstantiated")
E("before-after", "ar-EG", "instagram",
  "قبل وبعد أسبوعين بس من كريم التفتيح بتاعنا 😍 اسحبي شوفي الفرق!",
  "before/after")
E("reviews", "ar-SA", "amazon-bullet",
  "⭐⭐⭐⭐⭐ أكثر من ٢٠ ألف عميل سعيد وتقييم ٤.٩ من ٥",
  "customer count + rating as copy")
E("superlative", "ar-EG", "facebook",
  "أحسن خلاط في مصر والعالم كله، رقم ١ ومالوش منافس 💪",
  "best in the world / No.1")
E("guarantee", "ar-AE", "amazon-description",
  "نتائج مضمونة ١٠٠٪ أو استرداد أموالك كاملة بدون أي أسئلة.",
  "guaranteed results + no-questions refund")
E("clean", "ar-SA", "amazon-bullet",
  "ضمان سنتين من الوكيل يشمل عيوب التصنيع في المحرك، ولا يشمل سوء الاستخدام.",
  "warranty with duration and scope")
E("clean", "ar-AE", "instagram",
  "تخفيضات نهاية السنة ٢٠٪ على كل المجموعة حتى ٣١ ديسمبر الساعة ١١:٥٩ مساءً",
  "sale with a real end date")
E("clean", "ar-EG", "facebook",
  "تحبوا اللون الجديد يكون زيتي ولا بيج؟ قولولنا في الكومنتات 👇",
  "question to followers")
E("clean", "ar-SA", "instagram",
  "#إعلان بالتعاون مع @qahwa.co ☕ جربت القهوة الخولانية الجديدة، طعمها خفيف ومناسب للصباح.",
  "sponsorship disclosed (#إعلان)")

# ---------------------------------------------------------------- Turkish
E("health", "tr-TR", "instagram",
  "Anneannemin tarifi ıhlamur + zencefil kürü 🍯 Boğaz ağrısına, öksürüğe birebir, 2 günde geçiriyor! Kavanozu 180 TL, DM 📩 #doğalçözüm",
  "folk cure for sore throat / cough")
E("health", "tr-TR", "amazon-title",
  "Manyetik Bileklik Bakır Erkek Kadın Romatizma Eklem Ağrısı Tansiyon Düzenleyici",
  "magnetic bracelet as rheumatism / blood-pressure regulator")
E("sponsorship", "tr-TR", "instagram",
  "@gulbeauty'den gelen hediye paketi 🎁😍 Ruj tonları muhteşem! ELIF15 koduyla %15 indirim kazanabilirsiniz 💄",
  "gift package + code, no #reklam/#işbirliği")
E("urgency", "tr-TR", "live-script",
  "Son 4 ürün kaldı arkadaşlar! Gece yarısı fiyat artıyor, kaçıran üzülür!",
  "only 4 left + price up at midnight")
E("weight", "tr-TR", "instagram",
  "Bu çayla 1 ayda 8 kilo verdim 😱 Yağ yakıcı formül, diyet yok spor yok!",
  "8 kg lost + fat burning")
E("counterfeit", "tr-TR", "instagram",
  "Birebir replika Gucci kemer, A+ kalite, orijinalinden ayırt edilemez 🔥",
  "replica indistinguishable from original")
E("reviews", "tr-TR", "generic",
  "50.000'den fazla mutlu müşteri ⭐⭐⭐⭐⭐ 4,9 puan!",
  "customer count + rating as copy")
E("superlative", "tr-TR", "amazon-title",
  "Türkiye'nin 1 Numaralı En İyi Saç Düzleştiricisi Rakipsiz Kalite",
  "No.1 / best, unverifiable")
E("guarantee", "tr-TR", "facebook",
  "Sonuç garantili! İşe yaramazsa paranızı sorgusuz sualsiz iade ediyoruz.",
  "guaranteed result + unconditional refund")
E("clean", "tr-TR", "amazon-bullet",
  "2 YIL GARANTİ: Motor ve üretim hatalarını kapsar, kullanıcı kaynaklı hasarlar hariçtir.",
  "warranty with duration and scope")
E("clean", "tr-TR", "instagram",
  "Yaza veda 👋 Sezon sonu indirimi 30 Eylül 23:59'a kadar geçerli.",
  "farewell idiom + real end date")
E("clean", "tr-TR", "generic",
  "Bambu Diş Fırçası 4'lü Paket, Doğal Bambu Sap, Yumuşak Kıl",
  "bamboo as material + quantity")
E("clean", "tr-TR", "instagram",
  "#işbirliği #reklam @kahveci.ist ile yeni Türk kahvesi setini denedik ☕ Kod BURAK10 ile %10 indirim.",
  "sponsorship disclosed (#reklam)", ctx=SP)

# ---------------------------------------------------------------- Dutch
E("health", "nl-NL", "facebook",
  "Mijn schoonmoeder draagt deze ionenarmband nu 2 maanden en haar migraine is helemaal weg! 😍 Nu voor €19,95",
  "ion bracelet credited with curing migraine (testimonial)")
E("sponsorship", "nl-NL", "instagram",
  "Kijk wat er vandaag op de mat lag 📦 lief pakketje van @zeeuwsezeep! Met mijn code FLEUR10 krijg je 10% korting 🧼",
  "parcel from brand + code, no #adv/#samenwerking")
E("weight", "nl-NL", "amazon-title",
  "Vetverbrander Afvallen Snel Buikvet Weg Eetlustremmer 60 Capsules",
  "fat burner / fast weight loss")
E("counterfeit", "nl-NL", "facebook",
  "Replica Moncler jassen, 1:1 kwaliteit, niet van echt te onderscheiden. DM voor prijzen",
  "1:1 replica")
E("green", "nl-NL", "instagram",
  "Onze sneakers zijn volledig klimaatneutraal en 100% duurzaam 🌱 zonder impact op de aarde.",
  "climate neutral / no impact without fact")
E("before-after", "nl-NL", "tiktok",
  "Voor/na: 10 dagen onze tandenbleekset 😁 swipe maar!",
  "before/after")
E("superlative", "nl-NL", "amazon-bullet",
  "DE BESTE STOFZUIGER TER WERELD – nummer 1, onverslaanbaar, niemand doet het beter.",
  "best in the world / number 1")
E("guarantee", "nl-NL", "instagram",
  "Gegarandeerd resultaat of je geld terug, zonder vragen! Werkt 100% bij iedereen.",
  "guaranteed result + no-questions refund")
E("clean", "nl-NL", "amazon-bullet",
  "ANTI-CONDENS LENS met UV400-bescherming, geschikt voor zwemmen en snorkelen.",
  "anti-fog / UV400 as spec")
E("clean", "nl-NL", "instagram",
  "Dag zomer, hallo herfst 🍂 Onze regenjassen zijn t/m zondag 11 oktober 20% afgeprijsd.",
  "goodbye idiom + real end date")
E("clean", "nl-NL", "etsy-title",
  "Biologisch Katoenen Tote Bag GOTS Gecertificeerd, Set van 2, Naturel",
  "certified material with fact + quantity",
  facts={"material": "organic cotton", "certification": "GOTS"})
E("clean", "nl-NL", "instagram",
  "#adv | Betaalde samenwerking met @fietsfabriek – ik rijd deze maand op hun nieuwe bakfiets, ervaringen volgen 🚲",
  "sponsorship disclosed (#adv, betaalde samenwerking)")
E("clean", "nl-NL", "facebook",
  "Nooit meer natte voeten op de fiets 😅 deze overschoenen zijn waterdicht en passen over maat 38–46.",
  "'nooit meer' idiom + waterproof property")

# ---------------------------------------------------------------- Polish
E("health", "pl-PL", "facebook",
  "Syrop z cebuli jak u babci 🧅 na kaszel i przeziębienie, dzieciaki zdrowe całą zimę! Wzmacnia odporność maluchów 💪 Słoik 300 ml – 25 zł",
  "folk syrup: cough remedy + children's immunity")
E("sponsorship", "pl-PL", "instagram",
  "Dostałam paczkę PR od @slowianka.kosmetyki 🥰 Serum pachnie obłędnie! Z kodem KASIA15 macie -15% 💕",
  "PR package + code, no #reklama/#współpraca")
E("urgency", "pl-PL", "facebook",
  "Zostały tylko 3 sztuki!!! O północy cena idzie w górę, nie przegapcie!",
  "only 3 left + price up at midnight")
E("counterfeit", "pl-PL", "facebook",
  "Buty Yeezy 350 replika 1:1, jakość lustrzana, ta sama fabryka co oryginały",
  "1:1 replica / same factory")
E("green", "pl-PL", "amazon-bullet",
  "EKOLOGICZNE: w 100% przyjazne dla planety, neutralne dla klimatu i biodegradowalne.",
  "eco / climate neutral without fact")
E("before-after", "pl-PL", "instagram",
  "Przed i po 3 tygodniach stosowania naszego kremu 😍 zmarszczki wyraźnie spłycone, przesuń w prawo ➡️",
  "before/after")
E("reviews", "pl-PL", "instagram",
  "Ponad 15 000 zadowolonych klientek i średnia ocena 4,9 ⭐⭐⭐⭐⭐",
  "customer count + rating as copy")
E("superlative", "pl-PL", "generic",
  "Najlepszy ekspres do kawy na świecie, numer 1 w Polsce, bezkonkurencyjny!",
  "best in world / No.1")
E("guarantee", "pl-PL", "live-script",
  "Gwarantujemy efekt w 100%! Jak nie zadziała, oddajemy kasę bez żadnych pytań.",
  "guaranteed effect + refund without questions")
E("clean", "pl-PL", "amazon-bullet",
  "GWARANCJA 24 MIESIĄCE obejmuje wady fabryczne silnika; nie obejmuje uszkodzeń mechanicznych.",
  "warranty with duration and scope")
E("clean", "pl-PL", "instagram",
  "Żegnaj lato 🌻 Kostiumy kąpielowe -40% do 30 września do północy.",
  "farewell idiom + real end date")
E("clean", "pl-PL", "generic",
  "Deska do krojenia z litego bambusa, zestaw 2 szt., 40 x 30 cm",
  "solid bamboo + quantity")
E("clean", "pl-PL", "facebook",
  "Jaki kolor kubków chcecie w następnej dostawie? Piszcie w komentarzach 👇",
  "question to followers")

# ---------------------------------------------------------------- Vietnamese
E("health", "vi-VN", "facebook",
  "Cao gừng nghệ bà ngoại nấu 🌿 chữa dứt điểm đau dạ dày, trào ngược, uống 1 tuần là hết đau luôn nha cả nhà! Inbox đặt hàng",
  "folk paste claimed to cure stomach pain / reflux")
E("sponsorship", "vi-VN", "instagram",
  "Cảm ơn @hoamai.cosmetics đã gửi tặng mình set skincare xinh xỉu 🥰 Nhập mã LINHXINH giảm 10% nha mọi người!",
  "gift from brand + code, no disclosure")
E("sponsorship", "vi-VN", "tiktok",
  "Nhãn hàng gửi tặng mình em nồi chiên này dùng thử, xài thích lắm 😍 link mua mình gắn ở giỏ hàng góc trái nha",
  "brand-sent product + shop link, no disclosure")
E("urgency", "vi-VN", "live-script",
  "Chỉ còn 5 suất cuối thôi cả nhà ơi! Hết live là giá lên lại, chốt đơn nhanh nhanh!",
  "last 5 + price up after live")
E("weight", "vi-VN", "shopee-title",
  "Trà Giảm Cân Cấp Tốc Giảm 5kg Trong 7 Ngày Đánh Tan Mỡ Bụng",
  "rapid weight loss / belly fat")
E("before-after", "vi-VN", "facebook",
  "Trước và sau 14 ngày dùng kem dưỡng nhà mình 😍 da sáng hẳn lên, khách feedback thật 100%",
  "before/after")
E("reviews", "vi-VN", "shopee-title",
  "Tai Nghe Bluetooth ⭐4.9 Đã Bán 100k+ 50.000 Đánh Giá 5 Sao",
  "rating + sold count in title")
E("superlative", "vi-VN", "facebook",
  "Nồi chiên không dầu số 1 Việt Nam, tốt nhất thị trường, không có đối thủ!",
  "No.1 / best on the market")
E("guarantee", "vi-VN", "shopee-title",
  "Serum Dưỡng Da Cam Kết Hiệu Quả 100% Không Hiệu Quả Hoàn Tiền",
  "guaranteed effect + refund")
E("clean", "vi-VN", "shopee-title",
  "Bình Giữ Nhiệt 500ml Giữ Lạnh 24h Inox 304",
  "cold-retention property")
E("clean", "vi-VN", "facebook",
  "Sale cuối năm giảm 20% đến hết ngày 31/12, áp dụng cả online và tại cửa hàng.",
  "sale with a real end date")
E("clean", "vi-VN", "instagram",
  "[Quảng cáo] Hợp tác cùng @phinecoffee ☕ mình thử cà phê phin mới, vị đậm mà không đắng. #ad",
  "sponsorship disclosed (Quảng cáo, #ad)", ctx=SP)
E("clean", "vi-VN", "instagram",
  "Mọi người thích màu nào cho đợt hàng tới nè? Comment cho shop biết nha 👇",
  "question to followers")

# ---------------------------------------------------------------- Thai
E("health", "th-TH", "shopee-title",
  "ผ้ารัดเข่า ทัวร์มาลีน แก้ปวดเข่า ข้อเสื่อม รูมาตอยด์ บรรเทาอาการปวด",
  "tourmaline knee wrap listed for osteoarthritis / rheumatoid pain")
E("sponsorship", "th-TH", "instagram",
  "ขอบคุณ @sabaijai.skincare ที่ส่งของขวัญมาให้ลองนะคะ 💖 ใช้โค้ด PLOY10 ลด 10% ได้เลยค่า",
  "gift from brand + code, no #โฆษณา")
E("sponsorship", "th-TH", "tiktok",
  "แบรนด์ส่งมาให้ลองใช้ค่า ชอบมากกก ปักตะกร้าไว้ให้แล้วนะ กดสั่งได้เลย 🧺",
  "brand-sent product + pinned basket (affiliate), no disclosure")
E("urgency", "th-TH", "live-script",
  "เหลือแค่ 3 ชิ้นสุดท้าย! หมดแล้วหมดเลย ไม่มีผลิตเพิ่มแล้วนะคะ รีบกดเลยค่ะ",
  "last 3 + never restocked")
E("weight", "th-TH", "shopee-title",
  "อาหารเสริมลดน้ำหนัก ลด 10 โล ใน 1 เดือน เผาผลาญไขมัน หุ่นปัง",
  "10 kg in a month / fat burning")
E("counterfeit", "th-TH", "lazada-title",
  "กระเป๋า Dior งานมิเรอร์ 1:1 เกรดพรีเมียม งานโรงงานเดียวกับแท้",
  "mirror 1:1 / same factory")
E("green", "th-TH", "instagram",
  "แพ็กเกจจิ้งรักษ์โลก 100% ย่อยสลายได้ ไม่ทำร้ายโลกเลยค่ะ 🌏",
  "eco / biodegradable without fact")
E("superlative", "th-TH", "lazada-title",
  "ไดร์เป่าผม อันดับ 1 ดีที่สุดในโลก แรงที่สุด",
  "No.1 / best in world")
E("guarantee", "th-TH", "facebook",
  "รับประกันผล 100% ไม่ได้ผลยินดีคืนเงินเต็มจำนวน ไม่ถามสักคำ!",
  "guaranteed result + unconditional refund")
E("clean", "th-TH", "shopee-title",
  "แก้วเก็บความเย็น 900ml เก็บเย็นได้ 24 ชม. สแตนเลส 304",
  "cold-retention property")
E("clean", "th-TH", "instagram",
  "#โฆษณา ร่วมกับ @chaba.tea ลองชาไทยสูตรใหม่ หวานน้อยกำลังดีค่ะ 🧋",
  "sponsorship disclosed (#โฆษณา)", ctx=SP)
E("clean", "th-TH", "facebook",
  "ลดราคาส่งท้ายปี 20% ทั้งร้าน ถึงวันที่ 31 ธ.ค. เวลา 23:59 น. เท่านั้น",
  "sale with a real end date")
E("clean", "th-TH", "lazada-title",
  "รองเท้าแตะกันลื่น สำหรับห้องน้ำ แพ็ค 2 คู่",
  "non-slip property + quantity")

# ---------------------------------------------------------------- Indonesian
E("health", "id-ID", "shopee-title",
  "Gelang Kesehatan Ion Negatif Titanium Obat Darah Tinggi Asam Urat Diabetes Original",
  "ion bracelet listed as remedy for hypertension / gout / diabetes")
E("sponsorship", "id-ID", "instagram",
  "Dapet hampers cantik dari @rumahbatik.id 🥹💕 makasih kak! Pake kode DINDA10 biar dapet diskon 10% yaa",
  "hampers (gift) from brand + code, no #iklan")
E("urgency", "id-ID", "live-script",
  "Tinggal 6 pcs lagi kak! Harga naik jam 12 malam nanti, checkout sekarang sebelum kehabisan!",
  "only 6 left + price up at midnight")
E("weight", "id-ID", "instagram",
  "Turun 8 kg dalam 3 minggu tanpa diet 😍 pelangsing herbal, bakar lemak perut!",
  "8 kg lost / fat burning")
E("counterfeit", "id-ID", "shopee-title",
  "Tas Gucci Mirror Quality 1:1 Super Premium Grade Ori Pabrik Sama",
  "mirror 1:1 / same factory")
E("green", "id-ID", "instagram",
  "Sedotan kami 100% ramah lingkungan dan nol dampak buat bumi 🌱",
  "eco / zero impact without fact")
E("before-after", "id-ID", "tiktok",
  "Before after 2 minggu pakai serum kita bestie 😭 bekas jerawat pudar parah, geser ya ➡️",
  "before/after")
E("reviews", "id-ID", "shopee-title",
  "Serum Wajah ⭐4.9 Terjual 80rb+ Ribuan Review Bintang 5",
  "rating + sold count in title")
E("guarantee", "id-ID", "facebook",
  "Garansi uang kembali 100% kalau tidak berhasil, tanpa syarat, tanpa ribet!",
  "money back if it doesn't work, 'no conditions'")
E("clean", "id-ID", "shopee-title",
  "Talenan Bambu Solid Set 3 Pcs Ukuran S M L",
  "solid bamboo + quantity")
E("clean", "id-ID", "instagram",
  "Promo 12.12 diskon 25% berlaku sampai 12 Desember pukul 23.59 WIB",
  "sale with a real end date")
E("clean", "id-ID", "instagram",
  "#iklan #kerjasama dengan @tehmelati 🍵 aku coba varian jasmine-nya, wanginya enak banget. Kode RANI10 diskon 10%.",
  "sponsorship disclosed (#iklan)")
E("clean", "id-ID", "tiktok",
  "Kalian lebih suka warna sage atau cream? Komen di bawah ya 👇",
  "question to followers")

# ---------------------------------------------------------------- Hindi
E("health", "hi-IN", "instagram",
  "दादी माँ का आयुर्वेदिक भृंगराज तेल 🌿 झड़ते बालों का पक्का इलाज, गंजापन भी ठीक! 100% नेचुरल #hairfallcure",
  "ayurvedic oil sold as cure for hair loss / baldness")
E("sponsorship", "hi-IN", "instagram",
  "@desi.glow walon ne ye pyaara sa PR package bheja 😍 lipstick shades ekdum mast hai! Mera code PRIYA20 use karo 20% off ke liye 💄",
  "Hinglish: PR package + code, no #ad")
E("urgency", "hi-IN", "live-script",
  "सिर्फ 4 पीस बचे हैं! रात 12 बजे के बाद दाम बढ़ जाएगा, जल्दी ऑर्डर करें!",
  "only 4 left + price up at midnight")
E("weight", "hi-IN", "amazon-title",
  "वज़न घटाने वाली आयुर्वेदिक चाय – 1 महीने में 10 किलो कम, पेट की चर्बी गायब",
  "10 kg in a month / belly fat gone")
E("counterfeit", "hi-IN", "facebook",
  "Nike Jordan first copy 7A quality, bilkul original jaisa 🔥 COD available",
  "first copy / 7A replica")
E("green", "hi-IN", "amazon-bullet",
  "100% पर्यावरण के अनुकूल और कार्बन न्यूट्रल – धरती पर कोई असर नहीं",
  "eco / carbon neutral without fact")
E("before-after", "hi-IN", "instagram",
  "पहले और बाद में – सिर्फ 21 दिन हमारी फेस क्रीम से 😍 स्वाइप करके फर्क देखें",
  "before/after")
E("reviews", "hi-IN", "amazon-bullet",
  "⭐⭐⭐⭐⭐ 1 लाख से ज़्यादा खुश ग्राहक, 4.8 रेटिंग!",
  "customer count + rating as copy")
E("superlative", "hi-IN", "instagram",
  "भारत का नंबर 1 मसाला, दुनिया में सबसे बेहतरीन, कोई मुकाबला नहीं!",
  "No.1 / best in world")
E("clean", "hi-IN", "amazon-bullet",
  "1 साल की वारंटी – मोटर और निर्माण दोष शामिल, टूट-फूट और गलत इस्तेमाल शामिल नहीं",
  "warranty with duration and scope")
E("clean", "hi-IN", "instagram",
  "नए साल की सेल: सभी कुर्तों पर 20% छूट, 1 जनवरी रात 11:59 बजे तक",
  "sale with a real end date")
E("clean", "hi-IN", "amazon-title",
  "बांस का टूथब्रश, 4 का पैक, प्राकृतिक बांस हैंडल, सॉफ्ट ब्रिसल्स",
  "bamboo as material + quantity")
E("clean", "hi-IN", "instagram",
  "#ad @chaiwala.co के साथ paid partnership ☕ उनकी मसाला चाय ट्राई की, अदरक का स्वाद बढ़िया है।",
  "sponsorship disclosed (#ad, paid partnership)", ctx=SP)

# ---------------------------------------------------------------- Malay
E("health", "ms-MY", "facebook",
  "Minyak herba warisan nenek 🌿 sapu je kat lutut, sakit sendi & gout hilang dalam seminggu! Dah ramai customer bagi testimoni 🙏",
  "folk oil claimed to cure joint pain / gout")
E("sponsorship", "ms-MY", "instagram",
  "Terima kasih @butikseri sebab hantar hadiah raya ni 😍 Guna kod AINA10 untuk diskaun 10% tau!",
  "gift from brand + code, no #iklan")
E("weight", "ms-MY", "shopee-title",
  "Kopi Langsing Turun 7kg Sebulan Bakar Lemak Perut Cepat",
  "slimming coffee: 7 kg / fat burning")
E("urgency", "ms-MY", "live-script",
  "Tinggal 3 unit je lagi! Lepas live harga naik balik, cepat tekan beli sekarang!",
  "only 3 left + price up after live")
E("clean", "ms-MY", "shopee-title",
  "Botol Air Kalis Bocor 1L Tahan Sejuk 24 Jam Keluli Tahan Karat",
  "leak-proof / cold-retention property")
E("clean", "ms-MY", "instagram",
  "Restock! Tudung satin dah sampai semula, batch seterusnya dijangka tiba 15 Januari.",
  "real restock note with a date")

# ---------------------------------------------------------------- Swahili
E("health", "sw-KE", "facebook",
  "Chai ya mitishamba kutoka kwa bibi 🌿 inatibu kisukari na presha kwa wiki mbili tu! Piga simu kuagiza.",
  "herbal tea claimed to treat diabetes and blood pressure")
E("sponsorship", "sw-KE", "instagram",
  "Asanteni sana @urembo.ke kwa zawadi hii nzuri 🎁 Tumia code WANJIRU10 upate punguzo la 10%!",
  "gift from brand + code, no #tangazo/#ad")
E("counterfeit", "sw-KE", "facebook",
  "Viatu vya Nike copy ya 1:1, quality kama original kabisa, bei poa! Delivery Nairobi",
  "1:1 copy")
E("green", "sw-KE", "instagram",
  "Mifuko yetu ni rafiki kwa mazingira 100% na haina athari yoyote kwa dunia 🌍",
  "eco / no impact without fact")
E("clean", "sw-KE", "facebook",
  "Tunatoa dhamana ya mwaka mmoja kwa kasoro za kiwanda kwenye blenda zetu. Haihusu uharibifu wa kuanguka.",
  "warranty with duration and scope")
E("clean", "sw-KE", "instagram",
  "Mzigo mpya utafika Jumatatu tarehe 7 Desemba. Mnapenda rangi gani zaidi? 👇",
  "real restock date + question")

# ---------------------------------------------------------------- Filipino
E("health", "fil-PH", "facebook",
  "Sobrang effective ng lagundi-luya tea ni Lola 🍵 nawala ang ubo at hika ng anak ko in 3 days! Pampalakas pa ng resistensya 💪",
  "folk tea claimed to cure cough / asthma and boost child's immunity")
E("sponsorship", "fil-PH", "tiktok",
  "Salamat sa @ganda.ph sa pa-freebie 🥹💖 Use my code BEA10 para may discount kayo mga mare!",
  "freebie + code, no #ad")
E("before-after", "fil-PH", "instagram",
  "Before and after ng 2 weeks gamit ang aming whitening soap 😱 swipe niyo mga beshie!",
  "before/after")
E("reviews", "fil-PH", "shopee-title",
  "Rejuv Set ⭐4.9 10K+ Sold 5-Star Reviews",
  "rating + sold count in title")
E("clean", "fil-PH", "facebook",
  "Mga suki, 1-year warranty po ang rice cooker namin para sa factory defects. Hindi kasama ang sira dahil nabagsak.",
  "warranty with duration and scope")
E("clean", "fil-PH", "instagram",
  "Paalam, tag-ulan! ☀️ Sale namin hanggang Disyembre 20, 11:59 PM lang po.",
  "farewell idiom + real end date")


def lang(market):
    return market.split("-")[0]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "holdout%s.jsonl" % NN)
    counters = collections.Counter()
    seen_text = set()
    lines = []
    for sub, market, target, text, note, facts, ctx in ROWS:
        assert market in MARKETS, market
        assert target in TARGETS, target
        assert text not in seen_text, text
        seen_text.add(text)
        if sub in CLAIMS:
            family, labels = "claims", ["claims"]
        elif sub == "sponsorship":
            family, labels = "disclosure", ["disclosure"]
            assert not ctx
        else:
            assert sub == "clean", sub
            family, labels = "clean", []
        counters[sub] += 1
        rec = {"id": "h%s%s-%03d" % (NN, sub, counters[sub]), "split": "holdout" + NN, "family": family,
               "subfamily": sub, "text": text, "target": target, "market": market, "facts": facts,
               "context": ctx, "labels": labels, "note": note}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %d rows -> %s" % (len(lines), out))
    print("per subfamily:", dict(sorted(counters.items())))
    langs = collections.Counter(lang(r[1]) for r in ROWS)
    print("per language:", dict(sorted(langs.items())))
    fam = collections.Counter("claims" if r[0] in CLAIMS else r[0] for r in ROWS)
    print("per family:", dict(fam))
    social = sum(1 for r in ROWS if r[2] in SOCIAL)
    print("social targets: %d / %d" % (social, len(ROWS)))
    print("markets used: %d" % len({r[1] for r in ROWS}))
    tab = collections.defaultdict(collections.Counter)
    for r in ROWS:
        tab[lang(r[1])][r[0]] += 1
    for lg in sorted(tab):
        print("  %-4s %s" % (lg, dict(sorted(tab[lg].items()))))


if __name__ == "__main__":
    main()
