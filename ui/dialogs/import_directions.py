"""The importers' directions in the app's words (issue 14, class 7: messages).

The importers write their advice for ``studio import``: "map them with --map …", "(--currency)", "import with
--dedupe-skus suffix", "the --images folder", "(--encoding)". In the import dialog those flags mean nothing: the
same advice names the dialog's own controls instead — the “Column mapping” tab, “Store currency”,
“SKU used twice” › its choices, “Images folder”, “Encoding” — inserted with ``tr`` of the dialog's own labels, so
they read as the dialog does in every language. A known direction (a whole hint) becomes a translated sentence;
a flag inside a message is replaced by the control's name, and any other bracketed command-line aside is left
out. The issue objects are copies (``dataclasses.replace``): ``studio import``, ``--json`` and ``--errors-csv``
keep their flags.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from localization.text import isolate
from ui.i18n import N_, tr

# the dialog's labels a direction may name (the same strings as in ui/dialogs/import_dialog.py and the Catalog
# view's toolbar, so the translations match)
_LABELS = {
    "mapping": "Column mapping", "currency": "Store currency", "skus": "SKU used twice",
    "flag": "Import both, flag the SKU in the report", "suffix": "Give the later product SKU-2, SKU-3…",
    "images": "Images folder", "encoding": "Encoding", "csv": "Spreadsheet (CSV/TSV) with a column mapping",
    "auto": "Detect automatically", "download": "Download images",
}

# a hint as the importers write it for the command line → the same advice in the app's words
HINTS: dict[str, str] = {
    'map them with --map "COLUMN=FIELD" if they matter': N_("map them in the “{mapping}” tab if they matter"),
    "write the price as a plain number and set the currency (--currency or a currency column)":
        N_("write the price as a plain number and set the currency (“{currency}” or a currency column)"),
    "write the price as a plain number and set the store currency (--currency)":
        N_("write the price as a plain number and set the “{currency}”"),
    "give every variant its own SKU (or import with --dedupe-skus flag)":
        N_("give every variant its own SKU, or choose “{flag}” under “{skus}”"),
    "give the variant another SKU, use that product's handle, or import with --dedupe-skus flag":
        N_("give the variant another SKU, use that product's handle, or choose “{flag}” under “{skus}”"),
    "give every variant its own SKU (or import with --dedupe-skus suffix)":
        N_("give every variant its own SKU, or choose “{suffix}” under “{skus}”"),
    "put the image inside the imported file's folder or the --images folder (links that lead elsewhere are "
    "refused)": N_("put the image inside the imported file's folder or the “{images}” (links that lead elsewhere "
                   "are refused)"),
    "save the file as UTF-8, or import it with the right encoding (--encoding)":
        N_("save the file as UTF-8, or choose the right “{encoding}”"),
}
# an image URL that failed to download: the app's way to retry is the Catalog section's button
IMAGE_RETRY = N_("fix the URL, or retry later with “{download}” in the Catalog section")

# flags inside a message (its English stays, the control is named as the dialog names it)
_IN_TEXT: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r'map one, e\.g\. --map "[^"\n]*=title"'), "map one to title in the “{mapping}” tab"),
    (re.compile(r"--map names column"), "the mapping names column"),
    (re.compile(r'import with --map "([^"\n]*)=handle"'), "map the column \\1 to handle in the “{mapping}” tab"),
    (re.compile(r"pass its folder with --images\b"), "choose its folder as the “{images}”"),
    (re.compile(r"\bin --images\b"), "in the “{images}”"),
    (re.compile(r"the --images folder"), "the “{images}”"),
    (re.compile(r"^--images (.+): no such folder", re.M), "“{images}” \\1: no such folder"),
    (re.compile(r"or (?:import with|use) --format csv (?:and a|with) --map"), "or choose the format “{csv}”"),
    (re.compile(r"\(--format auto\)"), "(“{auto}”)"),
    (re.compile(r"import with --encoding \S+ \(or another\)"), "choose another “{encoding}”"),
    (re.compile(r"\(--currency\)"), "(“{currency}”)"),
    (re.compile(r"\(--currency or "), "(“{currency}” or "),
    (re.compile(r"\s*\((?:or )?(?:import with |pass |use )?--[a-z][\w-]*[^()\n]*\)"), ""),  # any other aside
)


def _fill(text: str) -> str:
    for key, label in _LABELS.items():
        text = text.replace("{" + key + "}", tr(label))
    return text


def in_app_words(text: str | None) -> str | None:
    """``text`` (a message, a hint or the report) with the command line's directions in the app's words."""
    if not text or "--" not in text:
        return text
    for cli, app in HINTS.items():
        if cli in text:
            text = text.replace(cli, _fill(tr(app)))
    for rx, app in _IN_TEXT:
        text = rx.sub(_filler(app), text)
    return text


def _filler(app: str) -> Callable[[re.Match[str]], str]:
    def fill(m: re.Match[str]) -> str:
        return _fill(m.expand(app))
    return fill


def for_app(issue):
    """A copy of an ``ImportIssue`` worded for the dialog (message and hint)."""
    message, hint = in_app_words(issue.message), in_app_words(issue.hint)
    if message == issue.message and hint == issue.hint:
        return issue
    from studio.importers.records import issue_kind

    # the kind is kept as the importer's words give it (the report groups warnings by kind)
    return dataclasses.replace(issue, message=message, hint=hint, kind=issue_kind(issue))


def all_for_app(issues) -> list:
    return [for_app(i) for i in issues or []]


def image_retry_hint() -> str:
    return _fill(tr(IMAGE_RETRY))


# --------------------------------------------------------------------------- the detector's notes and the report
# what the detector notes about a file (studio.importers.detect / shopify / woocommerce / magento), in the UI
# language: they were English in the Arabic import dialog (walkthrough s21)
TABLE_LABELS = {"a Google Merchant / Meta catalog feed": N_("a Google Merchant / Meta catalog feed"),
                "an Etsy listings download": N_("an Etsy listings download")}
_NOTES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^a Google Merchant feed \(XML\): each <item> is a row and its elements are the columns, named as "
                r"in the feed's TSV download$"),
     N_("A Google Merchant feed (XML): each <item> is a row and its elements are the columns, named as in the "
        "feed's TSV download")),
    (re.compile(r"^recognised as (?P<label>.+): its columns are mapped as the platform documents them$"),
     N_("Recognised as {label}: its columns are mapped as the platform documents them")),
    (re.compile(r"^no Handle column: this is not a Shopify product CSV$"),
     N_("No Handle column: this is not a Shopify product CSV")),
    (re.compile(r"^no '(?P<col>[^']+)' column$"), N_("No “{col}” column")),
    (re.compile(r"^(?P<n>\d+) column\(s\) kept as extra data: (?P<cols>.*)$"),
     N_("{n} column(s) kept as extra data: {cols}")),
)


def detection_note(note: str) -> str:
    """One of the detector's notes in the UI language (an unknown one as written, with its flags in app words)."""
    for rx, app in _NOTES:
        m = rx.match(note)
        if m:
            text = tr(app)
            for key, value in m.groupdict().items():
                text = text.replace("{" + key + "}", tr(TABLE_LABELS[value]) if key == "label"
                                    and value in TABLE_LABELS else value)
            return text
    return in_app_words(note) or note


# the report's group titles (importers.report.KIND_TITLES) by kind, in the UI language
KIND_TITLES = {
    "duplicate-sku": N_("SKU used by more than one product"),
    "handle-collision": N_("handle already taken: product stored under another handle"),
    "duplicate-variant": N_("variant written twice: imported once"),
    "currency-in-price": N_("currency written inside a price"),
    "unknown-keys": N_("JSON keys not imported"),
    "unmapped-columns": N_("columns not imported"),
    "image-missing": N_("images not found"),
    "rows-not-consecutive": N_("rows of a product not together"),
    "merged-description": N_("rows merged into one product have other descriptions (the first is kept)"),
    "variable-without-variations": N_("variable products without variations"),
    "wxr-skipped-items": N_("WordPress items that are not products"),
    "store-view-row": N_("Magento store-view rows not imported (the default values are kept)"),
    "child-not-in-file": N_("Magento children not in the file (variant with option values only)"),
    "child-attributes": N_("Magento child attributes that are not options, not imported"),
    "child-also-product": N_("Magento children also imported as products"),
    "configurable-without-children": N_("Magento configurables without children"),
    "weight-no-unit": N_("weights without a unit, not imported"),
    "short-rows": N_("rows shorter than the header, their missing last cells read as empty"),
    "no-currency": N_("prices without a currency (give the store's currency)"),
    "sale-price": N_("sale prices not used (not below the price, another currency, or not running now)"),
    "key-refused": N_("columns that look like a handle but would merge different products: not the product key"),
    "generator-text": N_("descriptions holding a program's placeholder ([object Object]): kept as written"),
    "not-a-gtin": N_("barcodes that are no GTIN (internal codes): kept, not used as an EAN"),
    "compare-at-below-price": N_("compare-at prices below the price: no sale, kept as written"),
    "compare-at-far-above": N_("compare-at prices 5 times the price or more: a typo? Kept as written"),
    "error": N_("errors"),
    "other": N_("other"),
}
DELIMITER_WORDS = {",": N_("comma"), ";": N_("semicolon"), "\t": N_("tab"), "|": N_("pipe")}


def delimiter_word(d: str | None) -> str:
    return tr(DELIMITER_WORDS[d]) if d in DELIMITER_WORDS else repr(d)


def report_text(report: dict, per_kind: int = 50) -> str:
    """The import report (``importers.report.build_report``) as the Report tab shows it: the same lines as
    ``format_report`` (``studio import``), its headings and counts in the UI language; the file's own messages keep
    the importers' words, their directions in the dialog's words, each with what to do."""
    from localization import ui_strings
    from ui.finding_text import finding_message

    rtl = ui_strings.is_rtl()
    c = report.get("counts", {})
    read = [tr("format") + f" {report.get('format')}"]
    if report.get("encoding"):
        read.append(tr("encoding") + f" {report['encoding']}")
    if report.get("delimiter"):
        read.append(tr("delimiter") + f" {delimiter_word(report['delimiter'])}")
    if report.get("sheet"):
        read.append(tr("sheet") + f" “{report['sheet']}”")
    lines = [tr("File: {file} ({read})").replace("{file}", isolate(str(report.get("file"))))
             .replace("{read}", ", ".join(read))]  # a path keeps its own direction in a right-to-left line
    if report.get("mapping"):
        lines.append(tr("Mapping:") + " " + ", ".join(f"{col} → {f}" for col, f in report["mapping"].items()))
    head = tr("Dry run (nothing written)") if report.get("dry_run") else (
        tr("Not imported") if report.get("status") == "failed" else tr("Imported"))
    counts = (tr("{created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped")
              .replace("{created}", f"{c.get('created', 0):,}").replace("{updated}", f"{c.get('updated', 0):,}")
              .replace("{unchanged}", f"{c.get('unchanged', 0):,}").replace("{skipped}", f"{c.get('skipped', 0):,}"))
    if "products_read" in c:
        counts += " " + tr("of {n} read").replace("{n}", f"{c['products_read']:,}")
    if "images" in c:
        counts += "; " + (tr("variants {new} new, {changed} changed; images {images} ({missing} missing)")
                          .replace("{new}", f"{c.get('variants_created', 0):,}")
                          .replace("{changed}", f"{c.get('variants_updated', 0):,}")
                          .replace("{images}", f"{c.get('images', 0):,}")
                          .replace("{missing}", f"{c.get('images_missing', 0):,}"))
    lines.append(f"{head}: {counts}")
    for s in report.get("skipped", [])[:per_kind * 4]:
        where = " (" + tr("line {n}").replace("{n}", str(s["line"])) + ")" if s.get("line") else ""
        lines.append("  " + tr("skipped") + f" {s.get('product')}{where}: "
                     + "; ".join(in_app_words(r) or r for r in (s.get("reasons") or [tr("invalid")])))
    for label, key in ((N_("Errors"), "errors"), (N_("Warnings"), "warnings")):
        for kind, g in (report.get(key) or {}).items():
            title = tr(KIND_TITLES[kind]) if kind in KIND_TITLES else g["title"]
            lines.append(f"{tr(label)} — {title} ({kind}): {g['count']:,}")
            for it in g["items"][:per_kind]:
                loc = it["file"] or ""
                if it.get("line") is not None:
                    loc += f":{it['line']}"
                prod = f" [{it['product']}]" if it.get("product") else ""
                # the core's English line in the UI language where ui.finding_text has it, else as written
                hint = in_app_words(finding_message(it.get("hint"))) or ""
                line = f"{loc}{prod} {in_app_words(finding_message(it['message']))}" + (f" — {hint}" if hint else "")
                lines.append("  " + (isolate(line) if rtl else line))  # the file's words keep their own order
            if g["count"] > per_kind:
                lines.append("  " + tr("… {n} more").replace("{n}", f"{g['count'] - per_kind:,}"))
    return "\n".join(lines)
