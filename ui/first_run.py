"""First run: when the catalog is empty, offer the sample catalog (once, without blocking the window).

The offer is remembered in Settings (``ui.sample_offered``) whatever the answer. Tests and scripted runs
turn it off with ``STUDIO_NO_FIRST_RUN=1`` (or by setting ``ui.sample_offered`` beforehand).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import tr

SETTING = "ui.sample_offered"


def disabled(ctx) -> bool:
    return os.environ.get("STUDIO_NO_FIRST_RUN", "").strip() not in ("", "0") or bool(ctx.settings.get(SETTING))


def offer_sample(window) -> QMessageBox | None:
    """Called once after the main window is shown. Counts products off the GUI thread, then asks."""
    ctx = window.ctx
    if disabled(ctx):
        return None
    from studio.services import catalog

    db = ctx.db
    ctx.tasks.submit(lambda p, c: catalog.count_products(db), name="first run", quiet=True,
                     on_done=lambda n: _ask(window, n) if n == 0 else ctx.settings.set(SETTING, True))
    return None


def _ask(window, _n: int) -> QMessageBox:
    ctx = window.ctx
    box = QMessageBox(window)
    box.setObjectName("FirstRunOffer")
    box.setWindowTitle(tr("Welcome to Commerce Studio"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(tr("Your catalog is empty."))
    box.setInformativeText(tr("Load the sample catalog (apparel with sizes, electronics, cosmetics, furniture, "
                              "a supplement and pet products, with images) to look around? You can import your "
                              "own catalog at any time with File → Import catalog (Ctrl+I)."))
    load = box.addButton(tr("Load sample catalog"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(load)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button) -> None:
        ctx.settings.set(SETTING, True)
        if button is load:
            load_sample(ctx, window)

    box.buttonClicked.connect(answered)
    box.rejected.connect(lambda: ctx.settings.set(SETTING, True))
    box.show()
    window.first_run_box = box
    return box


def load_sample(ctx, parent: QWidget | None = None, on_done=None):
    """Import the bundled sample catalog on the writes executor and broadcast what changed."""
    db = ctx.db

    def job(progress, cancel):
        from studio.services import catalog_view, sample

        before = catalog_view.max_product_id(db)
        progress(0.02, tr("Loading the sample catalog…"))
        result = sample.import_sample(db, progress, cancel)
        summary = catalog_view.import_changes(before, result.product_ids, "sample catalog")
        return result, summary

    def done(res) -> None:
        _result, summary = res
        ctx.bus.broadcast(summary)
        window = ctx.main_window
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("Sample catalog loaded") + f": {len(summary.created)} "
                                           + tr("new products"), 8000)
        if on_done is not None:
            on_done(summary)

    def failed(message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Sample catalog"),
                          tr("Could not load the sample catalog") + f": {message}", QMessageBox.StandardButton.Ok,
                          parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    return ctx.tasks.submit(job, name=tr("Sample catalog"), writes=True, on_done=done, on_error=failed)
