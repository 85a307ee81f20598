"""Walkthrough s14 finding 5: a product written in another script than the rest of the file (an Arabic title and
description in an English store) is imported with its own source language, named in the import report, so the
writers translate from it; where a writer cannot, the mixed-scripts finding says the text was not translated."""

from __future__ import annotations

from sqlalchemy import select

from studio import quality
from studio.services import importing
from studio.services.importing import ImportOptions
from studio.storage import models as m

ROWS = (
    "Title,Description,Vendor,SKU,Price\n"
    "Bamboo Travel Mug,Double-wall bamboo fibre mug with silicone lid. Keeps drinks warm.,Leaf & Co,BTM-1,19.90\n"
    "Linen Shirt,A relaxed linen shirt with mother-of-pearl buttons for warm days.,Riviera,LS-1,49.00\n"
    "وشاح حرير,وشاح من الحرير الطبيعي بنقوش هندسية.,Dar Silk,DS-1,45.00\n"
    "เสื้อเชิ้ตผ้าลินิน,เสื้อเชิ้ตผ้าลินินสวมใส่สบายสำหรับวันที่อากาศร้อน,Siam,TH-1,30.00\n"
)


def test_each_product_keeps_the_language_of_its_own_script(db, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text(ROWS, encoding="utf-8")
    plan = importing.plan_import(db, path, ImportOptions())
    result = importing.run_import(db, path, ImportOptions())
    assert result.source_language == "en"
    assert result.languages == {"ar": 1, "th": 1}
    with db.session() as s:
        langs = dict(s.execute(select(m.Product.title, m.Product.source_language)).all())
    assert langs["وشاح حرير"] == "ar" and langs["เสื้อเชิ้ตผ้าลินิน"] == "th"
    assert langs["Bamboo Travel Mug"] == "en" and langs["Linen Shirt"] == "en"
    again = importing.run_import(db, path, ImportOptions())  # a re-import changes nothing
    assert again.unchanged == 4 and again.languages == {"ar": 1, "th": 1}
    assert plan.source_language == "en"


def test_a_foreign_script_finding_says_the_text_was_not_translated():
    found = [f for f in quality.lint_text("Dar Silk وشاح حرير – 100 % Seide", "amazon-title", "de-DE")
             if f.rule_id == "locale.mixed-scripts"]
    assert found and "not translated" in found[0].message
    homoglyph = [f for f in quality.lint_text("Linen shіrt", "generic", "en-US") if f.rule_id == "locale.mixed-scripts"]
    assert homoglyph and "look-alike" in homoglyph[0].message
