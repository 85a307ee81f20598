"""The import dialog reads a Google Merchant feed in XML (issue 14, stop 20; it was refused as "not a CSV"): the
feed's elements are offered as columns with their suggested fields, and the dry run and import use them."""

from __future__ import annotations

from pathlib import Path

from studio.services import catalog as svc
from ui.dialogs.import_dialog import ImportDialog

FEED = Path(__file__).resolve().parents[2] / "data" / "real" / "google_merchant_feed_bg.xml"


def test_a_google_merchant_xml_feed_is_mapped_dry_run_and_imported(qtbot, ctx):
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.download_images.setChecked(False)
    dlg.show()
    with qtbot.waitSignal(dlg.detected, timeout=30000):
        dlg.set_path(str(FEED))
    assert "Google Merchant feed" in dlg.detect_label.text()
    assert dlg.mapping_box.isVisibleTo(dlg)
    mapped = dlg.mapping_model.mapped()
    assert (mapped["id"], mapped["title"], mapped["price"], mapped["image_link"]) == ("sku", "title", "price", "image")
    with qtbot.waitSignal(dlg.planned, timeout=30000):
        dlg.dry_run()
    assert (dlg.plan.create_count, dlg.plan.error_count) == (2, 0)
    with qtbot.waitSignal(dlg.imported, timeout=30000):
        dlg.run_import()
    assert svc.get_product_by_ref(ctx.db, "MINOX-5").title == "Миноксидил 5% за мъже – 125 мл"


def test_the_format_list_forces_a_merchant_feed(qtbot, ctx, tmp_path):
    """Stop 21: the dialog's format list had no Google Merchant feed, so a feed whose first 8 KB do not name Google's
    namespace (a long comment first) could not be imported at all. Choosing "Google Merchant feed (XML)" reads it
    as one, in the dry run and the import."""
    text = FEED.read_text(encoding="utf-8")
    f = tmp_path / "feed.xml"
    f.write_text(text.replace("<rss", "<!-- " + "x" * 9000 + " -->\n<rss", 1), encoding="utf-8")
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.download_images.setChecked(False)
    dlg.show()
    with qtbot.waitSignal(dlg.detected, timeout=30000):
        dlg.format_combo.setCurrentIndex(dlg.format_combo.findData("gmc"))
        dlg.set_path(str(f))
    assert dlg.detection is not None and dlg.detection.container == "gmc"
    with qtbot.waitSignal(dlg.planned, timeout=30000):
        dlg.dry_run()
    assert (dlg.plan.create_count, dlg.plan.error_count) == (2, 0)
    with qtbot.waitSignal(dlg.imported, timeout=30000):
        dlg.run_import()
    assert svc.get_product_by_ref(ctx.db, "MINOX-5").title == "Миноксидил 5% за мъже – 125 мл"
