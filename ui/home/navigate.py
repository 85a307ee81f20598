"""Open a section on an object: ``MainWindow.open_on("content", product_id=…, market=…, kind=…)``.

A section's widget that has ``open_on(**target)`` handles it itself; for the others the adapters below drive
their public widgets (the product list and search box, the market tabs or picker, the kind and target boxes),
so Home can send a user to the right product, market, draft or post without each section knowing Home.

``Target`` keys: ``product_id``, ``handle`` (used to search for a product that is not in a list yet), ``market``,
``kind``, ``target``, ``post_id``, ``when`` (a post's time, for the Calendar), ``page`` (a Settings page id),
``missing_images`` (the Catalog filtered to products with missing images).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget

Target = dict[str, Any]


def open_in(widget: QWidget, section_id: str, target: Target) -> bool:
    """Bring ``widget`` (the section ``section_id``) to the object in ``target``; False when it cannot."""
    own = getattr(widget, "open_on", None)
    if callable(own):
        return bool(own(**target)) is not False
    adapter = ADAPTERS.get(section_id)
    if adapter is None:
        return False
    try:
        return adapter(widget, target)
    except (AttributeError, TypeError, RuntimeError):  # a section reorganised its widgets: just show it
        import logging

        logging.getLogger("studio.ui.home").warning("could not open %s on %s", section_id, target, exc_info=True)
        return False


def _select_in_list(view: Any, model: Any, product_id: int) -> bool:
    row = model.row_of(product_id)
    if row is None or row < 0:
        return False
    view.setCurrentIndex(model.index(row))
    return True


# --------------------------------------------------------------------------- sections


def _catalog(view: Any, t: Target) -> bool:
    if t.get("missing_images") and not view.missing_images.isChecked():
        view.missing_images.setChecked(True)  # the Catalog's own filter: every product Home counted
    pid = t.get("product_id")
    if pid is None:
        return True
    if view.model.row_of(pid) is None and t.get("handle"):
        view.search.setText(str(t["handle"]))  # the product may be far down a 100,000-row table
    view.select_product(int(pid))  # selects it now, or when its row arrives
    return True


def _content(view: Any, t: Target) -> bool:
    market = t.get("market")
    if market:
        tabs = view.market_tabs
        names = [tabs.tabText(i) for i in range(tabs.count())]
        if market not in names:
            tabs.addTab(market)
            names.append(market)
        tabs.setCurrentIndex(names.index(market))
    if t.get("kind") and view.kind.findText(t["kind"]) >= 0:
        view.kind.setCurrentText(t["kind"])
    if t.get("target") and view.target.findText(t["target"]) >= 0:
        view.target.setCurrentText(t["target"])
    pid = t.get("product_id")
    if pid is None:
        return True
    if _select_in_list(view.product_view, view.products, int(pid)):
        return True
    # not in the list (it shows the first products): search for it; the reload keeps ``product_id`` selected
    view.product_id = int(pid)
    if t.get("handle"):
        view.search.setText(str(t["handle"]))
    else:
        view.reload_products()
    return True


def _mockups(view: Any, t: Target) -> bool:
    pid = t.get("product_id")
    if pid is None:
        return True
    if _select_in_list(view.list, view.products, int(pid)):
        return True
    _after_load(view, lambda: _select_in_list(view.list, view.products, int(pid)), "products")
    search = getattr(view, "search", None)
    if search is not None and t.get("handle") and view.products.rowCount():  # loaded, this one not listed
        search.setText(str(t["handle"]))
    return False


def _video(view: Any, t: Target) -> bool:
    if t.get("market"):
        view.market.set_tag(str(t["market"]))
    handle = t.get("handle")
    if not handle:
        return True

    def pick() -> bool:
        for i in range(view.products.count()):
            if view.products.item(i).data(0x0100) == handle:  # Qt.UserRole
                view.products.setCurrentRow(i)
                return True
        return False

    if pick():
        return True
    _after_load(view, pick, "products")
    search = getattr(view, "search", None)
    if search is not None and view.products.count():  # listed products loaded, this one not among them
        search.setText(str(handle))
    return False


def _calendar(view: Any, t: Target) -> bool:
    when = t.get("when")
    if not isinstance(when, datetime):
        return True
    post_id = t.get("post_id")

    def pick() -> bool:
        cell = view.model.cell_of(when)
        if cell is None:
            return False
        view.table.setCurrentIndex(view.model.index(*cell))
        posts = view.list_model.posts
        for i, p in enumerate(posts):
            if p.id == post_id:
                view.list.setCurrentIndex(view.list_model.index(i, 0, QModelIndex()))
                return True
        return False

    loaded = getattr(view, "loaded", None)
    if loaded is not None:
        _once(loaded, pick)
    view.go(when.astimezone().date())
    return True


def _settings(view: Any, t: Target) -> bool:
    return view.show_page(str(t.get("page") or "accounts")) is not None


def _after_load(view: Any, fn: Callable[[], bool], _what: str) -> None:
    """Try ``fn`` as the view's product list fills, until it succeeds (a list model's reset, or a list widget's
    inserted rows)."""
    products: Any = getattr(view, "products", None)
    model = products.model() if callable(getattr(products, "model", None)) else products
    signal = getattr(model, "modelReset", None)
    if signal is not None:
        _once(signal, fn, tries=3)
    inserted = getattr(model, "rowsInserted", None)
    if inserted is not None:
        _once(inserted, fn, tries=2000)


def _once(signal: Any, fn: Callable[[], Any], tries: int = 1) -> None:
    """Call ``fn`` on the next emissions of ``signal`` until it returns True (or ``tries`` calls)."""
    left = [tries]

    def run(*_args: Any) -> None:
        left[0] -= 1
        done = fn()
        if done is not False or left[0] <= 0:
            try:
                signal.disconnect(run)
            except (RuntimeError, TypeError):
                pass

    signal.connect(run)


ADAPTERS: dict[str, Callable[[Any, Target], bool]] = {
    "catalog": _catalog,
    "content": _content,
    "mockups": _mockups,
    "video": _video,
    "calendar": _calendar,
    "settings": _settings,
}
