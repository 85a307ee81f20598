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
