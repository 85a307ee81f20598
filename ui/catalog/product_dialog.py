"""Edit a product's own fields (title, vendor, type, status, tags, SEO, description).

Only the fields the user changed are sent to ``update_product``; the service remembers them so a later
re-import does not overwrite them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from studio.domain import ProductDTO
from ui import plain, theme
from ui.catalog.models import STATUS_LABELS
from ui.i18n import tr


class ProductDialog(QDialog):
    def __init__(self, product: ProductDTO, parent=None) -> None:
        super().__init__(parent)
        self.product = product
        self.setWindowTitle(tr("Edit product"))
        self.resize(560, 520)
        self.title = QLineEdit(product.title, self)
        self.vendor = QLineEdit(product.vendor, self)
        self.product_type = QLineEdit(product.product_type, self)
        self.status = QComboBox(self)
        for key, label in STATUS_LABELS.items():
            self.status.addItem(tr(label), key)
        self.status.setCurrentIndex(max(0, self.status.findData(product.status)))
        self.tags = QLineEdit(", ".join(product.tags), self)
        self.tags.setPlaceholderText(tr("comma-separated"))
        self.seo_title = QLineEdit(product.seo_title, self)
        self.seo_description = QPlainTextEdit(product.seo_description, self)
        self.seo_description.setFixedHeight(64)
        self.body_text = QPlainTextEdit(product.body_text, self)
        self.error = plain.label(parent=self)
        theme.tint(self.error, "error")
        form = QFormLayout(self)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Vendor"), self.vendor)
        form.addRow(tr("Type"), self.product_type)
        form.addRow(tr("Status"), self.status)
        form.addRow(tr("Tags"), self.tags)
        form.addRow(tr("SEO title"), self.seo_title)
        form.addRow(tr("SEO description"), self.seo_description)
        form.addRow(tr("Description"), self.body_text)
        note = QLabel(tr("Fields you change here are kept when the catalog is imported again."), self)
        theme.tint(note, "muted")
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def changes(self) -> dict:
        """The fields that differ from the product as loaded."""
        p = self.product
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        now = {
            "title": self.title.text().strip(),
            "vendor": self.vendor.text().strip(),
            "product_type": self.product_type.text().strip(),
            "status": self.status.currentData(),
            "tags": tags,
            "seo_title": self.seo_title.text().strip(),
            "seo_description": plain.text_of(self.seo_description).strip(),
            "body_text": plain.text_of(self.body_text).strip(),
        }
        before = {"title": p.title, "vendor": p.vendor, "product_type": p.product_type, "status": p.status,
                  "tags": list(p.tags), "seo_title": p.seo_title, "seo_description": p.seo_description,
                  "body_text": p.body_text.strip()}
        return {k: v for k, v in now.items() if v != before[k]}

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(tr("A product needs a title."))
            return
        self.accept()
