"""Empty states for item views: a short sentence saying what to do, with the button that does it, shown over an
empty list instead of a blank box.

``attach(view, message, buttons)`` puts an ``EmptyState`` on the view's viewport. It appears once the view's
model has been filled at least once (a reset or inserted rows — not while the first load is still running) and
the model has no rows; it hides as soon as a row arrives. ``message`` may be a callable, so a search with no
match can say so instead of "no products yet". ``product_buttons(ctx)`` are the usual two: Import catalog… and
Load sample catalog (the main window's actions).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import tr

Button = tuple[str, Callable[[], object], str]  # (text, slot, object name)


class EmptyState(QWidget):
    def __init__(self, view: QAbstractItemView, message: str | Callable[[], str], buttons: Sequence[Button],
                 show_buttons: Callable[[], bool] | None = None) -> None:
        super().__init__(view.viewport())
        self._show_buttons = show_buttons
        self.setObjectName("EmptyState")
        self.view = view
        self._message = message
        self._filled = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addStretch(1)
        self.label = QLabel(self)
        self.label.setObjectName("EmptyStateText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons: list[QPushButton] = []
        for text, slot, name in buttons:
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.clicked.connect(lambda _=False, s=slot: s())
            row.addWidget(b)
            self.buttons.append(b)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.hide()
        model = view.model()
        if model is not None:
            for sig in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                sig.connect(self._on_model)
        view.viewport().installEventFilter(self)

    def _on_model(self, *_args: object) -> None:
        self._filled = True
        self.update_state()

    def is_empty(self) -> bool:
        model = self.view.model()
        return model is None or model.rowCount() == 0

    def update_state(self) -> None:
        show = self._filled and self.is_empty()
        if show:
            text = self._message() if callable(self._message) else self._message
            self.label.setText(text)
            wanted = self._show_buttons() if self._show_buttons is not None else True
            for b in self.buttons:
                b.setVisible(wanted)
            self.setGeometry(self.view.viewport().rect())
        self.setVisible(show)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.view.viewport().rect())
        return False


def attach(view: QAbstractItemView, message: str | Callable[[], str], buttons: Sequence[Button] = (),
           show_buttons: Callable[[], bool] | None = None) -> EmptyState:
    state = EmptyState(view, message, buttons, show_buttons)
    view.setProperty("emptyState", True)
    return state


def product_buttons(ctx) -> list[Button]:
    """Import catalog… and Load sample catalog, through the main window (what File › does)."""

    def run(name: str) -> None:
        win = getattr(ctx, "main_window", None)
        fn = getattr(win, name, None)
        if callable(fn):
            fn()

    return [(tr("Import catalog…"), lambda: run("open_import"), "EmptyImport"),
            (tr("Load sample catalog"), lambda: run("load_sample"), "EmptySample")]


def products_message(search: Callable[[], str] | None = None) -> Callable[[], str]:
    """What an empty product picker says: no match for the search, or no products at all (and what to do)."""

    def text() -> str:
        if search is not None and search().strip():
            return tr("No product matches the search.")
        return tr("No products yet. Import your catalog, or load the sample catalog to look around.")

    return text


def attach_products(view: QAbstractItemView, ctx, search=None) -> EmptyState:
    """The empty state of a product picker: no products (Import catalog… / Load sample catalog) or no match for
    the text of ``search`` (a QLineEdit)."""
    text_of = (lambda: search.text()) if search is not None else None
    return attach(view, products_message(text_of), product_buttons(ctx),
                  show_buttons=(lambda: not (text_of and text_of().strip())))
