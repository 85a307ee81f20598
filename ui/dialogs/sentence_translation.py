"""Add translation… on a "safety text not in <language>" finding: the seller's wording of one warning or
direction sentence for the draft's market, stored in the translation memory (``translations.supply_sentence``)
— for every product stating the sentence, or this product only. OK stays disabled until a translation is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui import plain
from ui.i18n import tr


class SentenceTranslationDialog(QDialog):
    """The sentence (read-only, selectable), a box for its translation, and "only this product"."""

    def __init__(self, sentence: str, market: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SentenceTranslationDialog")
        self.setWindowTitle(tr("Add translation"))
        self.sentence = sentence
        self.market = market
        intro = plain.label(tr("Your translation of this mandatory sentence for {m}. It is kept in Translations and "
                               "used by the writer wherever a product states the sentence.").replace("{m}", market))
        intro.setWordWrap(True)
        source = plain.label(sentence)  # the seller's text: plain, never rich text
        source.setObjectName("SentenceSource")
        source.setWordWrap(True)
        source.setStyleSheet("font-weight: 600;")
        source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.translation = QPlainTextEdit()
        self.translation.setObjectName("SentenceTranslation")
        self.translation.setPlaceholderText(tr("The sentence in the market's language, as the label says it"))
        self.translation.setTabChangesFocus(True)
        self.translation.setAccessibleName(tr("Translation"))
        self.only_product = QCheckBox(tr("Only for this product"))
        self.only_product.setObjectName("SentenceOnlyProduct")
        self.only_product.setToolTip(tr("Unticked: every product that states this sentence uses your translation"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save and rewrite"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(source)
        lay.addWidget(self.translation, 1)
        lay.addWidget(self.only_product)
        lay.addWidget(self.buttons)
        self.translation.textChanged.connect(self._enable)
        self._enable()
        self.resize(520, 260)

    def text(self) -> str:
        return plain.text_of(self.translation).strip()

    def _enable(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text()))
