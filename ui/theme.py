"""Light and dark palettes that follow the OS, with a manual override (Settings › General › Appearance).

``ui.theme`` in the settings is ``"system"`` (the default), ``"light"`` or ``"dark"``. With ``"system"`` the
scheme is Qt's ``QStyleHints.colorScheme()`` (Qt 6.5+) and follows it live (``colorSchemeChanged``); an OS
that reports no scheme gets the light one. Both palettes are ours, on the Fusion style, so they look the same
on every platform and their text contrast is known: ``contrast_report()`` lists each text/background pair
with its WCAG 2 contrast ratio (tests/ui/test_theme.py holds every body-text pair to AA, 4.5:1).

Views never hard-code a text colour: ``theme.color("muted" | "error" | "ok" | "warning" | "info")`` gives the
semantic colour of the current scheme (each also ≥ 4.5:1 on the window background) and
``theme.text_style("error")`` a style sheet fragment for a label. Icons (``ui.icons``) take their colour from
the palette when painted, so they follow a switch without being set again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

CHOICES = ("system", "light", "dark")

_R = QPalette.ColorRole
# role -> (active colour, disabled colour or None for the same)
LIGHT: dict[QPalette.ColorRole, tuple[str, str | None]] = {
    _R.Window: ("#f3f4f6", None),
    _R.WindowText: ("#1f2328", "#8c959f"),
    _R.Base: ("#ffffff", "#f3f4f6"),
    _R.AlternateBase: ("#f6f8fa", None),
    _R.ToolTipBase: ("#1f2328", None),
    _R.ToolTipText: ("#ffffff", None),
    _R.PlaceholderText: ("#5f6b78", None),
    _R.Text: ("#1f2328", "#8c959f"),
    _R.Button: ("#ffffff", "#f3f4f6"),
    _R.ButtonText: ("#1f2328", "#8c959f"),
    _R.BrightText: ("#ffffff", None),
    _R.Light: ("#ffffff", None),
    _R.Midlight: ("#e6e8eb", None),
    _R.Mid: ("#c4c9d0", None),
    _R.Dark: ("#8c959f", None),
    _R.Shadow: ("#57606a", None),
    _R.Highlight: ("#1f63c4", "#c4c9d0"),
    _R.HighlightedText: ("#ffffff", "#1f2328"),
    _R.Link: ("#0b57c2", None),
    _R.LinkVisited: ("#6639ba", None),
    _R.Accent: ("#1f63c4", None),
}
DARK: dict[QPalette.ColorRole, tuple[str, str | None]] = {
    _R.Window: ("#1e2227", None),
    _R.WindowText: ("#e6e8eb", "#7d8590"),
    _R.Base: ("#16191d", "#1e2227"),
    _R.AlternateBase: ("#23282e", None),
    _R.ToolTipBase: ("#e6e8eb", None),
    _R.ToolTipText: ("#16191d", None),
    _R.PlaceholderText: ("#9aa4af", None),
    _R.Text: ("#e6e8eb", "#7d8590"),
    _R.Button: ("#2a3038", "#23282e"),
    _R.ButtonText: ("#e6e8eb", "#7d8590"),
    _R.BrightText: ("#ffffff", None),
    _R.Light: ("#3a424c", None),
    _R.Midlight: ("#323941", None),
    _R.Mid: ("#2a3038", None),
    _R.Dark: ("#101214", None),
    _R.Shadow: ("#000000", None),
    _R.Highlight: ("#2a67bd", "#3a424c"),
    _R.HighlightedText: ("#ffffff", "#e6e8eb"),
    _R.Link: ("#79b8ff", None),
    _R.LinkVisited: ("#c8a2ff", None),
    _R.Accent: ("#2a67bd", None),
}
# semantic text colours, each readable (≥ 4.5:1) on Window, Base and AlternateBase of its scheme
SEMANTIC: dict[str, dict[str, str]] = {
    "light": {"muted": "#57606a", "error": "#b3261e", "ok": "#1a6b32", "warning": "#8a4b00", "info": "#0b57c2"},
    "dark": {"muted": "#a8b1bb", "error": "#ff8a80", "ok": "#7ee2a0", "warning": "#f5c26b", "info": "#79b8ff"},
}
# row backgrounds that flag a state (a table row with errors or warnings): the scheme's text stays >= 4.5:1 on them
SEMANTIC_BG: dict[str, dict[str, str]] = {
    "light": {"error": "#fde2e2", "warning": "#fff4d6"},
    "dark": {"error": "#4a2323", "warning": "#463a1c"},
}
# body text, a placeholder, a selection, a tooltip, a link: (foreground role, background role)
TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (_R.WindowText, _R.Window), (_R.Text, _R.Base), (_R.Text, _R.AlternateBase), (_R.ButtonText, _R.Button),
    (_R.PlaceholderText, _R.Base), (_R.HighlightedText, _R.Highlight), (_R.ToolTipText, _R.ToolTipBase),
    (_R.Link, _R.Base), (_R.Link, _R.Window),
)

_current = "light"


def relative_luminance(color: QColor | str) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    c = QColor(color)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast_ratio(fg: QColor | str, bg: QColor | str) -> float:
    """WCAG 2 contrast ratio (1–21) between two colours."""
    a, b = relative_luminance(fg), relative_luminance(bg)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


def palette(scheme: str) -> QPalette:
    table = DARK if scheme == "dark" else LIGHT
    pal = QPalette()
    for role, (active, disabled) in table.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, role, QColor(active))
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled or active))
    return pal


def contrast_report(scheme: str) -> list[tuple[str, str, float]]:
    """(foreground role, background role, ratio) for every text pair of a scheme, and each semantic colour
    on the window, base and alternate-base backgrounds."""
    table = DARK if scheme == "dark" else LIGHT
    out = [(fg.name, bg.name, contrast_ratio(table[fg][0], table[bg][0])) for fg, bg in TEXT_PAIRS]
    for name, hexcolor in SEMANTIC[scheme].items():
        for bg in (_R.Window, _R.Base, _R.AlternateBase):
            out.append((name, bg.name, contrast_ratio(hexcolor, table[bg][0])))
    for name, hexcolor in SEMANTIC_BG[scheme].items():
        out.append(("Text", f"{name} row", contrast_ratio(table[_R.Text][0], hexcolor)))
    return out


def system_scheme() -> str:
    """The OS colour scheme as Qt reports it: "dark" or "light" (unknown → light)."""
    app = QGuiApplication.instance()
    if app is None:
        return "light"
    try:
        scheme = QGuiApplication.styleHints().colorScheme()
    except AttributeError:  # Qt before 6.5
        return "light"
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def resolve(choice: str | None) -> str:
    choice = choice if choice in CHOICES else "system"
    return system_scheme() if choice == "system" else str(choice)


class _Notifier(QObject):
    scheme_changed = Signal(str)  # "light" or "dark", after the palette was applied


_notifier: _Notifier | None = None
_choice = "system"
_hooked = False


def notifier() -> _Notifier:
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def current() -> str:
    """The scheme in use: "light" or "dark"."""
    return _current


def color(name: str) -> QColor:
    """A semantic text colour of the current scheme: muted, error, ok, warning, info."""
    return QColor(SEMANTIC[_current].get(name, SEMANTIC[_current]["muted"]))


def background(name: str) -> QColor:
    """A row background that flags a state (error, warning) in the current scheme."""
    return QColor(SEMANTIC_BG[_current].get(name, SEMANTIC_BG[_current]["warning"]))


class _Severity(Mapping[str, QColor]):
    """Finding severities (error, warning, info) as the scheme's semantic colours — text on the window or a table
    stays >= 4.5:1 in light and dark (``SEVERITY.get("warning")`` is read when it is used)."""

    _NAMES = ("error", "warning", "info")

    def __getitem__(self, key: str) -> QColor:
        if key not in self._NAMES:
            raise KeyError(key)
        return color(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._NAMES)

    def __len__(self) -> int:
        return len(self._NAMES)


SEVERITY: Mapping[str, QColor] = _Severity()


def text_style(name: str) -> str:
    """A label style sheet for a semantic text colour, e.g. ``label.setStyleSheet(theme.text_style("error"))``."""
    return f"color: {color(name).name()};"


_TINT = "studioThemeColor"


def tint(widget, name: str):
    """Colour a label's text with a semantic colour (muted, error, ok, warning, info) of the scheme in use; the
    widget follows later light/dark switches. Returns the widget."""
    widget.setProperty(_TINT, name)
    widget.setStyleSheet(text_style(name))
    return widget


def _retint() -> None:
    for w in QApplication.allWidgets():
        name = w.property(_TINT)
        if isinstance(name, str) and name and w.styleSheet().startswith("color:"):  # still tinted (not cleared)
            w.setStyleSheet(text_style(name))


_style = None  # the app's style object (kept referenced: Qt does not own a style set from Python)


def _make_style():
    """Fusion, with check boxes and radio buttons outlined in the placeholder colour in the dark scheme: Fusion
    draws their border a shade darker than the window, which on a dark window is invisible (non-text contrast
    below 1.5:1); the placeholder colour is >= 4.5:1 on the base colour."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter, QPen
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory

    class _Style(QProxyStyle):
        def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802 - Qt API
            super().drawPrimitive(element, option, painter, widget)
            if _current != "dark" or element not in (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                                                     QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
                                                     QStyle.PrimitiveElement.PE_IndicatorRadioButton):
                return
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.PlaceholderText), 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
            if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
                painter.drawEllipse(r)
            else:
                painter.drawRoundedRect(r, 2, 2)
            painter.restore()

    return _Style(QStyleFactory.create("Fusion"))


def apply(app: QApplication, choice: str | None = None) -> str:
    """Apply the chosen scheme ("system", "light" or "dark") to the app; returns the scheme in use.
    With "system" the app follows later OS changes too."""
    global _current, _choice, _hooked
    _choice = choice if choice in CHOICES else "system"
    scheme = resolve(_choice)
    global _style
    if _style is None or app.style() is not _style:
        _style = _make_style()
        app.setStyle(_style)
    app.setPalette(palette(scheme))
    changed = scheme != _current
    _current = scheme
    if not _hooked:
        try:
            QGuiApplication.styleHints().colorSchemeChanged.connect(_on_os_scheme)
            _hooked = True
        except AttributeError:  # Qt before 6.5: no live OS scheme
            pass
    if changed:
        _retint()
        notifier().scheme_changed.emit(scheme)
    return scheme


def _on_os_scheme(_scheme: object) -> None:
    app = QApplication.instance()
    if _choice == "system" and isinstance(app, QApplication):
        apply(app, "system")


def on_change(slot: Callable[[str], None]) -> None:
    """Call ``slot(scheme)`` after each switch (for the few widgets that paint fixed colours themselves)."""
    notifier().scheme_changed.connect(slot)
