"""Thumbnails loaded off the GUI thread, kept in QPixmapCache, with a placeholder until they arrive.

Decoding runs in a small QThreadPool (QImage is safe to use in worker threads; QPixmap is not), the
scaled QImage comes back through a queued signal and becomes a QPixmap on the GUI thread. Requests are
served newest first (a rising priority) so the rows the user just scrolled to load before the rows
they scrolled past.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPen, QPixmap, QPixmapCache


class _Signals(QObject):
    loaded = Signal(str, int, QImage)  # path, size, image (null when unreadable)


class _LoadJob(QRunnable):
    def __init__(self, path: str, size: int, signals: _Signals) -> None:
        super().__init__()
        self.path, self.size, self.signals = path, size, signals
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        image = QImage()
        try:
            if Path(self.path).is_file():
                reader = QImageReader(self.path)
                reader.setAutoTransform(True)
                src = reader.size()
                if src.isValid() and (src.width() > self.size or src.height() > self.size):
                    reader.setScaledSize(src.scaled(QSize(self.size, self.size), Qt.AspectRatioMode.KeepAspectRatio))
                image = reader.read()
        except Exception:  # noqa: BLE001 - an unreadable file shows the "broken" placeholder
            image = QImage()
        try:
            self.signals.loaded.emit(self.path, self.size, image)
        except RuntimeError:  # the loader was destroyed while this job ran
            pass


def _key(path: str, size: int) -> str:
    return f"thumb:{size}:{path}"


def placeholder(size: int, kind: str = "loading") -> QPixmap:
    """A neutral box: ``loading`` (soft grey), ``none`` (dashed, no image) or ``broken`` (red corner)."""
    key = f"thumb-placeholder:{kind}:{size}"
    pm = QPixmapCache.find(key)  # type: ignore[call-overload]  # PySide6 returns the pixmap or None; its stub lacks find(str)
    if pm is not None and not pm.isNull():
        return pm
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = QRect(2, 2, size - 4, size - 4)
    if kind == "none":
        pen = QPen(QColor(170, 170, 170), 1, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
    else:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(228, 230, 234))
    p.drawRoundedRect(r, 5, 5)
    # a small "picture" glyph: a sun and a hill
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(190, 194, 202) if kind != "broken" else QColor(210, 120, 120))
    s = size / 40.0
    p.drawEllipse(int(12 * s), int(11 * s), int(6 * s), int(6 * s))
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPolygonF

    p.drawPolygon(QPolygonF([QPointF(7 * s, 31 * s), QPointF(17 * s, 20 * s), QPointF(24 * s, 26 * s),
                             QPointF(28 * s, 22 * s), QPointF(34 * s, 31 * s)]))
    p.end()
    QPixmapCache.insert(key, pm)
    return pm


class ThumbnailLoader(QObject):
    """``pixmap(path)`` returns the cached thumbnail or a placeholder and schedules a load; ``ready(path)``
    is emitted on the GUI thread when it arrives."""

    ready = Signal(str)

    def __init__(self, size: int = 40, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.size = size
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._signals = _Signals()
        self._signals.loaded.connect(self._on_loaded)
        self._pending: set[tuple[str, int]] = set()
        self._broken: set[str] = set()
        self._priority = itertools.count(1)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 64 * 1024))  # KiB: ~10k small thumbs

    def cached(self, path: str | None, size: int | None = None) -> QPixmap | None:
        if not path:
            return None
        pm = QPixmapCache.find(_key(path, size or self.size))  # type: ignore[call-overload]  # see placeholder()
        return pm if pm is not None and not pm.isNull() else None

    def pixmap(self, path: str | None, size: int | None = None) -> QPixmap:
        size = size or self.size
        if not path:
            return placeholder(size, "none")
        pm = self.cached(path, size)
        if pm is not None:
            return pm
        if path in self._broken:
            return placeholder(size, "broken")
        self.request(path, size)
        return placeholder(size, "loading")

    def request(self, path: str, size: int | None = None) -> None:
        size = size or self.size
        if (path, size) in self._pending or self.cached(path, size) is not None:
            return
        self._pending.add((path, size))
        # newest first: a rising priority serves what the user looks at now before what scrolled away
        self._pool.start(_LoadJob(path, size, self._signals), min(next(self._priority), 2**30))

    def pending(self) -> int:
        return len(self._pending)

    def _on_loaded(self, path: str, size: int, image: QImage) -> None:
        self._pending.discard((path, size))
        if image.isNull():
            self._broken.add(path)
        else:
            QPixmapCache.insert(_key(path, size), QPixmap.fromImage(image))
        self.ready.emit(path)

    def shutdown(self) -> None:
        self._pool.clear()
        self._pool.waitForDone(2000)
        self._pending.clear()


PICKER_SIZE = 32  # product pickers (Content, Video, Mockups, Livestream): one small square per row
_shared: dict[int, ThumbnailLoader] = {}


def shared(size: int = PICKER_SIZE) -> ThumbnailLoader:
    """One app-wide loader per size for the product pickers (parented to the application, so it lives as long
    as the app; its cache is QPixmapCache like the Catalog's)."""
    from PySide6.QtCore import QCoreApplication
    from shiboken6 import isValid

    loader = _shared.get(size)
    if loader is None or not isValid(loader):
        loader = _shared[size] = ThumbnailLoader(size, QCoreApplication.instance(), threads=1)
    return loader


def set_item_thumbnail(item, path: str | None, size: int = PICKER_SIZE) -> None:
    """A QListWidgetItem's icon: the product's thumbnail (loaded off the GUI thread), a placeholder until then,
    a dashed box when the product has no image. The item is updated when its image arrives."""
    from PySide6.QtGui import QIcon

    loader = shared(size)
    item.setIcon(QIcon(loader.pixmap(path, size)))
    if path and loader.cached(path, size) is None:
        from shiboken6 import isValid

        lw = item.listWidget()

        def arrived(done: str) -> None:
            if done != path:
                return
            try:
                loader.ready.disconnect(arrived)
            except (RuntimeError, TypeError):
                pass
            if lw is not None and isValid(lw) and lw.row(item) >= 0:
                item.setIcon(QIcon(loader.pixmap(path, size)))

        loader.ready.connect(arrived)
