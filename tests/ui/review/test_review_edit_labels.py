"""Found in the s17 walkthrough: Review's Edit dialog named the draft's fields by their keys ("search_terms",
"bullets"); they read like Content's labels ("Search terms", "Bullet points"), as plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.fields import field_label
from ui.review.dialogs import EditDialog


def test_edit_dialog_names_fields_by_label_not_key(qtbot):
    content = {"title": "Mug", "bullets": ["Stoneware"], "search_terms": "mug cup", "language": "en",
               "<b>odd</b>": "x"}
    dlg = EditDialog("Mug · en-US · listing/amazon", content, False)
    qtbot.addWidget(dlg)
    labels = {k: dlg.findChild(QLabel, f"ReviewEditLabel-{k}") for k in ("title", "bullets", "search_terms")}
    assert labels["search_terms"].text() == field_label("search_terms") == "Search terms"
    assert labels["bullets"].text() == field_label("bullets") != "bullets"
    assert all(lbl is not None for lbl in labels.values())
    odd = dlg.findChild(QLabel, "ReviewEditLabel-<b>odd</b>")
    assert odd.textFormat() == Qt.TextFormat.PlainText  # a model's key is data, never rich text
    assert "language" not in dlg.editors
