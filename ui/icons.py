"""The app's icon set: Lucide line icons (``assets/icons/*.svg``, ISC licence, ``assets/icons/LICENSE.txt``).

One module every view uses: ``icons.section("calendar")``, ``icons.action("generate")``,
``icons.channel("instagram")`` or ``icons.icon("<svg name>")``. The SVGs draw with ``currentColor``; the
icon engine below fills that in *when the icon is painted*, from the application palette of that moment
(window text; highlighted text for a selected item; the disabled colour for a disabled one), so every icon
follows a light/dark switch without being set again. Directional icons (next/previous arrows, "open
outside", send) are flipped in a right-to-left layout; every other icon is never mirrored.

Rendering is lazy and cached in ``QPixmapCache`` by (name, size, colour, direction): building the sidebar
at start-up parses no SVG until an icon is first painted.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
    QPixmapCache,
    QTransform,
)

ICON_DIR = Path(__file__).resolve().parents[1] / "assets" / "icons"

# sidebar sections by id (a section added later gets its own line here; tests/ui/test_icons.py checks that
# every discovered section has an icon of its own)
SECTIONS: dict[str, str] = {
    "home": "house",
    "catalog": "package",
    "markets": "globe",
    "content": "file-text",
    "review": "list-checks",
    "checks": "shield-check",
    "video": "clapperboard",
    "mockups": "frame",
    "livestream": "radio",
    "calendar": "calendar-days",
    "insights": "chart-line",
    "campaigns": "megaphone",
    "creators": "users",
    "orders": "shopping-cart",
    "settings": "settings",
}

# menu, toolbar and button actions by role
ACTIONS: dict[str, str] = {
    "import": "file-up",
    "sample": "package-open",
    "quit": "log-out",
    "shortcuts": "keyboard",
    "about": "info",
    "help": "circle-help",
    "log-folder": "folder-open",
    "folder": "folder",
    "generate": "sparkles",
    "localize": "languages",
    "render": "film",
    "schedule": "calendar-plus",
    "publish": "send",
    "approve": "check",
    "approve-all": "check-check",
    "reject": "x",
    "edit": "pencil",
    "refresh": "refresh-cw",
    "retry": "rotate-ccw",
    "search": "search",
    "filter": "filter",
    "add": "plus",
    "delete": "trash-2",
    "export": "download",
    "save": "save",
    "copy": "copy",
    "cancel": "circle-x",
    "preview": "eye",
    "next": "chevron-right",
    "previous": "chevron-left",
    "open-outside": "external-link",
    "notifications": "bell",
    "notify-failed": "bell-ring",
    "warning": "triangle-alert",
    "error": "circle-alert",
    "ok": "circle-check",
    "busy": "hourglass",
    "connect": "plug",
    "disconnect": "unlink",
    "account": "user-round-check",
    "month": "calendar",
    "week": "calendar-range",
    "image": "image",
    "image-missing": "image-off",
    "mockup": "frame",
    "video": "clapperboard",
    "kit": "package-search",
    "theme-system": "sun-moon",
    "theme-light": "sun",
    "theme-dark": "moon",
    "history": "history",
    "undo": "undo-2",
}

# publishing channels by id (channels/<id>); brand marks are not part of Lucide, so each gets a plain symbol
CHANNELS: dict[str, str] = {
    "instagram": "camera",
    "facebook": "thumbs-up",
    "tiktok": "music-2",
    "youtube": "tv-minimal-play",
    "pinterest": "pin",
    "threads": "at-sign",
    "x": "message-circle",
    "folder": "folder",
    "webhook": "webhook",
}
FALLBACK = "circle-help"

# icons that point along the reading direction: mirrored in a right-to-left layout (nothing else is)
DIRECTIONAL = frozenset({"chevron-right", "chevron-left", "arrow-right", "arrow-left", "external-link", "send",
                         "log-out", "undo-2", "redo-2"})


@cache
def _svg(name: str) -> bytes | None:
    path = ICON_DIR / f"{name}.svg"
    try:
        return path.read_bytes()
    except OSError:
        return None


def available(name: str) -> bool:
    return _svg(name) is not None


def _color_for(mode: QIcon.Mode) -> QColor:
    app = QGuiApplication.instance()
    pal = QGuiApplication.palette() if app is not None else QPalette()
    if mode == QIcon.Mode.Disabled:
        return pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def _right_to_left() -> bool:
    return QGuiApplication.instance() is not None and \
        QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def render(name: str, size: QSize | int, color: QColor | str | None = None, *, mirrored: bool | None = None,
           dpr: float = 1.0) -> QPixmap:
    """The icon ``name`` as a pixmap of ``size`` logical pixels in ``color`` (default: the palette's text colour).
    ``mirrored`` defaults to "directional icon in a right-to-left layout"."""
    from PySide6.QtSvg import QSvgRenderer  # the module is loaded on the first painted icon, not at import

    side = size if isinstance(size, QSize) else QSize(size, size)
    col = QColor(color) if color is not None else _color_for(QIcon.Mode.Normal)
    flip = (name in DIRECTIONAL and _right_to_left()) if mirrored is None else mirrored
    key = f"studio-icon:{name}:{side.width()}x{side.height()}:{col.name(QColor.NameFormat.HexArgb)}:{int(flip)}:{dpr}"
    cached = QPixmap()
    if QPixmapCache.find(key, cached):
        return cached
    data = _svg(name) or _svg(FALLBACK) or b""
    pm = QPixmap(max(1, round(side.width() * dpr)), max(1, round(side.height() * dpr)))
    pm.fill(Qt.GlobalColor.transparent)
    svg = data.replace(b"currentColor", col.name(QColor.NameFormat.HexRgb).encode("ascii"))
    renderer = QSvgRenderer(QByteArray(svg))
    painter = QPainter(pm)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if col.alpha() < 255:
        painter.setOpacity(col.alphaF())
    renderer.render(painter)
    painter.end()
    if flip:
        pm = pm.transformed(QTransform().scale(-1, 1))
    pm.setDevicePixelRatio(dpr)
    QPixmapCache.insert(key, pm)
    return pm


class _Engine(QIconEngine):
    """Paints a Lucide SVG in the palette's colour of the moment (so icons follow a light/dark switch)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return render(self.name, size, _color_for(mode))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        return render(self.name, QSize(round(size.width()), round(size.height())), _color_for(mode), dpr=scale)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pm = render(self.name, rect.size(), _color_for(mode), dpr=dpr)
        painter.drawPixmap(rect, pm)

    def clone(self) -> QIconEngine:
        return _Engine(self.name)

    def key(self) -> str:
        return "studio-lucide"

    def iconName(self) -> str:  # noqa: N802
        return self.name

    def isNull(self) -> bool:  # noqa: N802
        return _svg(self.name) is None


_icons: dict[str, QIcon] = {}
_engines: list[_Engine] = []  # PySide6: keep the Python side of each engine alive with its icon


def icon(name: str) -> QIcon:
    """The Lucide icon ``name`` (an SVG file name in assets/icons/), following the palette; an unknown name
    gives the fallback (a question mark in a circle), never a null icon."""
    if not available(name):
        name = FALLBACK
    found = _icons.get(name)
    if found is None:
        engine = _Engine(name)
        _engines.append(engine)
        found = _icons[name] = QIcon(engine)
    return found


def section(section_id: str) -> QIcon:
    return icon(SECTIONS.get(section_id, FALLBACK))


def action(role: str) -> QIcon:
    return icon(ACTIONS.get(role, FALLBACK))


def channel(channel_id: str) -> QIcon:
    return icon(CHANNELS.get(channel_id, "send"))


def names_used() -> set[str]:
    """Every SVG this module can hand out (the shipped set must contain each of them)."""
    return set(SECTIONS.values()) | set(ACTIONS.values()) | set(CHANNELS.values()) | {FALLBACK}
