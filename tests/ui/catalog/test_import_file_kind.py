"""The import dialog says what the file is (s21): a Google Merchant XML feed read "CSV spreadsheet" on the Detected
line. Every format the detector reports has its own name — platform and container — in every UI language."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.importers.detect import detect
from ui.dialogs.import_dialog import FILE_KINDS, TABLE_KINDS, ImportDialog, file_kind

REAL = Path(__file__).resolve().parents[2] / "data" / "real"

CASES = {
    "google_merchant_feed_bg.xml": "Google Merchant feed (XML)",
    "google_merchant_feed_ar.tsv": "Google Merchant / Meta catalog feed (TSV)",
    "meta_catalog_feed_eleswood.csv": "Google Merchant / Meta catalog feed (CSV)",
    "etsy_eleswooddesigns_listings.csv": "Etsy listings download (CSV)",
    "shopify_apparel.csv": "Shopify product CSV",
    "woocommerce_sample_products.csv": "WooCommerce product CSV",
    "woocommerce_sample_products_wxr.xml": "WordPress/WooCommerce export (XML)",
    "magento2_btech_export.csv": "Magento 2 product CSV",
    "shopify_admin_api_product_single.json": "JSON catalog",
    "vendure_products.csv": "CSV spreadsheet",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_detected_format_is_named_for_what_it_is(name):
    assert file_kind(detect(REAL / name)) == CASES[name]


def test_the_detected_line_names_the_merchant_xml_feed(qtbot, ctx):
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    with qtbot.waitSignal(dlg.detected, timeout=10000):
        dlg.set_path(str(REAL / "google_merchant_feed_bg.xml"))
    line = dlg.detect_label.text().split("\n")[0]
    assert line.startswith("Google Merchant feed (XML) · ") and "spreadsheet" not in line and "CSV" not in line


@pytest.mark.parametrize("lang", ["zh", "es", "ar"])
def test_every_file_kind_is_translated(ui_language, lang):
    from ui.i18n import tr

    ui_language(lang)
    untranslated = [k for k in (*FILE_KINDS.values(), *TABLE_KINDS.values()) if tr(k) == k]
    assert untranslated == []


ENGLISH_NOTES = ("each <item> is a row", "recognised as", "its columns are mapped", "kept as extra data")


def test_arabic_dialog_says_the_detected_line_and_the_report_in_arabic(qtbot, ctx, ui_language, tmp_path):
    """s21: with the UI in Arabic the Detected line's notes and the whole Report tab were English."""
    ui_language("ar")
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    with qtbot.waitSignal(dlg.detected, timeout=10000):
        dlg.set_path(str(REAL / "google_merchant_feed_bg.xml"))
    detected = dlg.detect_label.text()
    assert not any(e in detected for e in ENGLISH_NOTES), detected
    assert "موجز Google Merchant" in detected and "KB" not in detected
    bad = tmp_path / "bad.csv"  # a price error and a variant written twice: lines with what to do
    bad.write_text("Handle,Title,Variant SKU,Variant Price\na,A,A-1,abc\nb,B,B-1,12\nb,B2,B-1,13\n", encoding="utf-8")
    with qtbot.waitSignal(dlg.detected, timeout=10000):
        dlg.set_path(str(bad))
    with qtbot.waitSignal(dlg.planned, timeout=20000) as blocker:
        dlg.dry_run()
    report = dlg.report_view.toPlainText()
    assert "comma" not in dlg.detect_label.text()
    for english in ("File:", "Dry run (nothing written)", "Errors —", "Warnings —", " created, ", " updated",
                    "— errors (error)", "variant written twice", "delimiter ','"):
        assert english not in report, (english, report)
    from PySide6.QtCore import Qt

    option = dlg.report_view.document().defaultTextOption()  # it reads from the right, as the dialog does
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft and option.alignment() & Qt.AlignmentFlag.AlignRight
    assert "  \u2068bad.csv:2 [a] " in report  # the file's own line is isolated: its words keep their order
    assert report.startswith("الملف: ") and "تشغيل تجريبي (لم يُكتب شيء)" in report
    from ui.dialogs.import_directions import in_app_words

    plan = blocker.args[0].report
    items = [it for key in ("errors", "warnings") for g in plan[key].values() for it in g["items"]]
    hinted = [it for it in items if it.get("hint")]
    assert len(hinted) >= 2 and all(f" — {in_app_words(it['hint'])}" in report for it in hinted)  # what to do


def test_every_detection_note_of_the_real_files_is_said_in_the_ui_language(ui_language):
    from ui.dialogs.import_directions import detection_note

    notes = {n for name in CASES for n in detect(REAL / name).notes if not n.startswith("encoding ")}
    assert notes  # the merchant feeds and the Etsy download say what they were recognised as
    ui_language("ar")
    assert [n for n in notes if detection_note(n) == n] == []


def test_every_report_group_has_its_title_in_the_ui_language():
    """A kind the importers add to the report (importers.report.KIND_TITLES) needs its words in the dialog."""
    from studio.importers.report import KIND_TITLES as CORE
    from ui.dialogs.import_directions import KIND_TITLES

    assert sorted(set(CORE) - set(KIND_TITLES)) == []
    assert all(KIND_TITLES[k] == CORE[k] for k in CORE)  # the same English, so the catalogs translate it
