"""The import report's lines in the UI language (stop 22 review, finding 6): the Report tab read a real file's most
frequent warnings in English in the Arabic UI — "barcode 'GUT100' is not a GTIN …", "compare-at price … is below its
price …" and their directions. They go through ui.finding_text (the one way the app shows the core's English lines)
with their values kept; a line no table has stays as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.services import importing
from studio.services.importing import ImportOptions
from ui.dialogs.import_directions import report_text

REAL = Path(__file__).resolve().parents[2] / "data" / "real"
WORDS = {"ar": ("ليس GTIN", "الرموز الداخلية", "أقل من سعره", "اتركه فارغًا"),
         "zh": ("不是 GTIN", "内部编码", "低于售价", "或留空"),
         "es": ("no es un GTIN", "códigos internos", "inferior a su precio", "déjala vacía")}


@pytest.mark.parametrize("lang", ["ar", "zh", "es"])
def test_gtin_and_compare_at_lines_read_in_the_ui_language(sqlite_db, ui_language, lang):
    gtin = importing.run_import(sqlite_db, REAL / "meta_de_kirsten_liebieg.csv",
                                ImportOptions(download_images=False, dry_run=True)).report
    below = importing.run_import(sqlite_db, REAL / "shopify_es_babyheaven.csv",
                                 ImportOptions(download_images=False, dry_run=True)).report
    english = report_text(gtin) + report_text(below)
    assert "is not a GTIN" in english and "is below its price" in english
    ui_language(lang)
    shown = report_text(gtin) + "\n" + report_text(below)
    for word in WORDS[lang]:
        assert word in shown, word
    assert "is not a GTIN" not in shown and "is below its price" not in shown
    assert "GUT100" in shown and "1350.00" in shown  # the values kept
