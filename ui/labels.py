"""What a user reads for the ids the app stores: a draft's kind (``video-script`` → "Video script"), its target
(``tiktok-shop`` → "TikTok Shop"), a fact's key (``fabric_weight`` → "Fabric weight"), a version's author
(``offline`` → "Offline writer") and a caption's link placement (``bio`` → "Link in bio"), in the UI language.
The id stays the data (pickers keep it as item data, filters and services use it); only the label is shown.
An id not listed reads as its words ("country_of_origin" → "Country of origin")."""

from __future__ import annotations

from ui.i18n import N_, tr

KINDS = {"listing": N_("Listing"), "caption": N_("Caption"), "faq": N_("FAQ"), "video-script": N_("Video script"),
         "kit": N_("Livestream kit")}
# brand names stay as their owners write them; only the words around them are translated
TARGETS = {"amazon": "Amazon", "ebay": "eBay", "etsy": "Etsy", "shopify": "Shopify", "facebook": "Facebook",
           "instagram": "Instagram", "tiktok": "TikTok", "tiktok-shop": "TikTok Shop", "x": "X",
           "youtube": "YouTube", "pinterest": "Pinterest", "threads": "Threads", "lazada": "Lazada",
           "shopee": "Shopee", "mercadolibre": "Mercado Libre", "site": N_("Own website"), "*": N_("Any channel")}
FACTS = {"material": N_("Material"), "dimensions": N_("Dimensions"), "weight": N_("Weight"), "colour": N_("Colour"),
         "color": N_("Colour"), "size": N_("Size"), "care": N_("Care"), "warning": N_("Warning"),
         "certification": N_("Certification"), "in_the_box": N_("In the box"), "ingredients": N_("Ingredients"),
         "capacity": N_("Capacity"), "battery": N_("Battery"), "warranty": N_("Warranty"),
         "origin": N_("Country of origin"), "fit": N_("Fit"), "size_chart": N_("Size chart"),
         "allergens": N_("Allergens"), "usage": N_("How to use"), "power": N_("Power"), "age": N_("Age grade"),
         "fabric_weight": N_("Fabric weight"), "features": N_("Features"), "pattern": N_("Pattern"),
         "finish": N_("Finish"), "closure": N_("Closure"), "scent": N_("Scent"), "volume": N_("Volume"),
         # the spec facts the import reads from descriptions since stop 18 (studio.importers.facts_prose)
         "battery_life": N_("Battery life"), "battery_life_case": N_("Battery life with the case"),
         "connectivity": N_("Connectivity"), "ip_rating": N_("Ingress protection (IP)"),
         "heat_limit": N_("Heat limit"), "waterproof_rating": N_("Water column"),
         "light_output": N_("Light output"), "voltage": N_("Voltage"), "marking": N_("Conformity marking"),
         "dose": N_("Dose"),
         # stop 19: what is not the product's own — its parts' materials, one size's / piece's size and weight
         "part_materials": N_("Part materials"), "dimensions_per_item": N_("Dimensions per item"),
         "weight_per_item": N_("Weight per item"),
         # stop 20: Shopify's Variant Grams, the parcel's weight — not the product's
         "shipping_weight": N_("Shipping weight")}
AUTHORS = {"human": N_("Person (edit)"), "offline": N_("Offline writer"), "ai": N_("AI model"),
           "model": N_("AI model"), "app": N_("App"), "cli": N_("Command line")}
LINK_PLACEMENTS = {"bio": N_("Link in bio"), "inline": N_("Link in the text"),
                   "description": N_("Link in the description"), "link_field": N_("The platform's link field"),
                   "none": N_("No link")}


def _words(key: str) -> str:
    words = str(key).replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def _label(table: dict[str, str], key: str | None) -> str:
    if not key:
        return ""
    if key in table:
        return tr(table[key])
    return _words(key)


def kind_label(kind: str | None) -> str:
    return _label(KINDS, kind)


def target_label(target: str | None) -> str:
    return _label(TARGETS, target)


def slot_label(kind: str | None, target: str | None) -> str:
    """"Caption · Instagram" (a kind without a channel reads as the kind)."""
    if not target or (target in ("*", "site") and kind != "listing"):
        return kind_label(kind)
    return f"{kind_label(kind)} · {target_label(target)}"


def fact_label(key: str | None) -> str:
    return _label(FACTS, key)


def author_label(author: str | None) -> str:
    return _label(AUTHORS, author)


def link_placement_label(value: str | None) -> str:
    return _label(LINK_PLACEMENTS, value)


def country_label(market) -> str:
    """A market's country in the UI language (CLDR territory names through Babel: "المملكة العربية السعودية",
    "沙特阿拉伯"); a name the seller changed in Markets stays theirs, and so does one CLDR does not know (s21: the
    Arabic UI listed "Saudi Arabia", "United States" in Markets and every market picker)."""
    from babel import Locale, UnknownLocaleError

    from localization.ui_strings import current_language

    name = market.country_name
    lang = current_language()
    if lang == "en" or not market.country:
        return name
    try:
        english = Locale.parse("en").territories.get(market.country.upper())
        if english != name:  # edited by the seller, or a name of our own
            return name
        return Locale.parse(lang).territories.get(market.country.upper()) or name
    except (UnknownLocaleError, ValueError):
        return name
