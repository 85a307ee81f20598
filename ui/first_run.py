"""First run: when the catalog is empty, offer the sample catalog (once, without blocking the window).

The offer is remembered in Settings (``ui.sample_offered``) whatever the answer. Tests and scripted runs
turn it off with ``STUDIO_NO_FIRST_RUN=1`` (or by setting ``ui.sample_offered`` beforehand).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui import ops
from ui.i18n import tr
from ui.ops import Op

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
    Op(ctx, window, lambda p, c: catalog.count_products(db)).named("first run").quiet() \
        .success(lambda n: _ask(window, n) if n == 0 else ctx.settings.set(SETTING, True)).run_in_background()
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
    # wide enough for its own title: the window manager cut it to "Welcome to … merce Studio" (s17, 1366×768);
    # a message box ignores setMinimumWidth, a spacer in its grid is the way
    from PySide6.QtWidgets import QGridLayout, QSizePolicy, QSpacerItem

    grid = box.layout()
    if isinstance(grid, QGridLayout):
        wide = box.fontMetrics().horizontalAdvance(box.windowTitle()) + 200  # the frame's buttons and icon
        grid.addItem(QSpacerItem(wide, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding),
                     grid.rowCount(), 0, 1, grid.columnCount())

    def answered(button) -> None:
        ctx.settings.set(SETTING, True)
        if button is load:
            load_sample(ctx, window)

    box.buttonClicked.connect(answered)
    box.rejected.connect(lambda: ctx.settings.set(SETTING, True))
    box.show()
    window.first_run_box = box
    return box


# --------------------------------------------------------------------------- a real model in one step

LLM_SETTING = "ui.llm_offered"


def offer_llm(window) -> None:
    """Called once after the main window is shown: while generation still uses the built-in offline writer, look
    for model servers already running on this machine (off the GUI thread) and offer the first model found.
    Nothing found: nothing is shown (Settings › LLM explains both ways). Answered once, remembered."""
    ctx = window.ctx
    if os.environ.get("STUDIO_NO_FIRST_RUN", "").strip() not in ("", "0") or ctx.settings.get(LLM_SETTING):
        return
    from studio.services import llm_setup, providers

    if providers.config(ctx.settings)["provider"] != "offline":
        ctx.settings.set(LLM_SETTING, True)  # the user already chose a writer
        return
    Op(ctx, window, lambda p, c: llm_setup.discover()).named("find model servers").quiet() \
        .success(lambda found: _ask_llm(window, [s for s in found if s.models])).run_in_background()


def _ask_llm(window, found) -> QMessageBox | None:
    if not found:
        return None
    other = getattr(window, "first_run_box", None)
    if other is not None and other.isVisible():  # one question at a time: after the sample offer
        other.finished.connect(lambda *_: _ask_llm(window, found))
        return None
    ctx = window.ctx
    srv = found[0]
    model = srv.models[0]
    box = QMessageBox(window)
    box.setObjectName("FirstRunModelOffer")
    box.setWindowTitle(tr("A model server is running on this machine"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(srv.label)
    box.setInformativeText(tr("Write listings, captions and scripts with this model instead of the built-in "
                              "offline writer? It is tested once first. You can change it any time in "
                              "Settings › LLM (other models, or an API key).") + f"\n\n{model} — {srv.base_url}")
    use = box.addButton(tr("Use") + f" {model}", QMessageBox.ButtonRole.AcceptRole)
    settings_btn = box.addButton(tr("Settings › LLM…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(use)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # wide enough for its own title: the window manager cut it to "Welcome to … merce Studio" (s17, 1366×768);
    # a message box ignores setMinimumWidth, a spacer in its grid is the way
    from PySide6.QtWidgets import QGridLayout, QSizePolicy, QSpacerItem

    grid = box.layout()
    if isinstance(grid, QGridLayout):
        wide = box.fontMetrics().horizontalAdvance(box.windowTitle()) + 200  # the frame's buttons and icon
        grid.addItem(QSpacerItem(wide, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding),
                     grid.rowCount(), 0, 1, grid.columnCount())

    def answered(button) -> None:
        ctx.settings.set(LLM_SETTING, True)
        if button is use:
            use_model(ctx, srv.base_url, model)
        elif button is settings_btn:
            win = ctx.main_window
            view = win.show_section("settings") if win is not None and hasattr(win, "show_section") else None
            if view is not None and hasattr(view, "show_page"):
                view.show_page("llm")

    box.buttonClicked.connect(answered)
    box.rejected.connect(lambda: ctx.settings.set(LLM_SETTING, True))
    box.show()
    window.llm_offer_box = box
    return box


def use_model(ctx, base_url: str, model: str):
    """Test the model once (a timed chat completion) and make it the writer if it answers; the status bar says
    which happened."""
    settings = ctx.settings

    def job(progress, cancel):
        from studio.services import llm_setup

        res = llm_setup.test_model(base_url, model)
        if res.ok:
            llm_setup.use(base_url, model, settings=settings)
        return res

    def report(text: str) -> None:
        window = ctx.main_window
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 12000)

    return Op(ctx, None, job).named(tr("Test model")).success(lambda res: report(
        ("✔ " + res.message + " — " + tr("generation now uses it.")) if res.ok else "✘ " + res.message)) \
        .failure(lambda exc: report("✘ " + ops.message_of(exc))).run_in_background()


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

    def done(res) -> None:  # the op broadcasts the summary after this
        _result, summary = res
        window = ctx.main_window
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("Sample catalog loaded") + f": {len(summary.created)} "
                                           + tr("new products"), 8000)
        if on_done is not None:
            on_done(summary)

    def failed(exc: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Sample catalog"),
                          tr("Could not load the sample catalog") + f": {ops.message_of(exc)}",
                          QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    return Op(ctx, parent, job).named(tr("Sample catalog")).writes().success(done).failure(failed) \
        .changes(lambda res: res[1]).run_in_background()
