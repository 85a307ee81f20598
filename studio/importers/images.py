"""Product images: local paths, a folder matched by file name, and URLs.

* A **local path** (relative to the imported file's folder or to ``--images DIR``, absolute, ``file://``, or a
  Windows ``images\\shirt.png``) is accepted only when, with every symbolic link resolved, it lies inside the
  imported file's folder or the ``--images`` folder, is a regular file of at most ``MAX_IMAGE_BYTES`` and
  decodes as an image (Pillow ``verify`` + ``load`` in a short list of formats, at most ``MAX_PIXELS``).
  It is then copied into the content-addressed media store ``<data>/media/<sha[:2]>/<sha><ext>`` (the
  extension is the decoded format's). Anything else is kept with status ``missing`` and the reason.
* A **folder** (``--images DIR``) is indexed once; a file whose name (without extension) is a product's
  handle or a variant's SKU — optionally followed by ``-2``/``_3``/`` 4`` — becomes that product's image.
  Those files go through the same checks (a link inside the folder that points out of it is refused).
* A **URL** is stored with status ``remote`` by the (transactional) import; ``studio images sync``
  (``studio.services.images``) downloads it later through ``studio.importers.netfetch``.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import unquote, urlparse

from studio import settings
from studio.storage import media

IMAGE_EXTS = {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".avif", ".heic"}
MAX_DOWNLOAD = 25 * 1024 * 1024  # bytes of one downloaded image
MAX_IMAGE_BYTES = 64 * 1024 * 1024  # bytes of one local image file
MAX_PIXELS = 50_000_000  # width × height (a 50 MP camera image); Pillow's own bomb limit is 89 MP
BIG_DECODE = 12_000_000  # images above this many pixels decode one at a time (memory stays bounded)
# the formats Pillow may open: what shops and cameras produce. Never EPS (Ghostscript), PSD, ICO, PDF…
FORMAT_EXT = {"PNG": ".png", "JPEG": ".jpg", "MPO": ".jpg", "WEBP": ".webp", "GIF": ".gif", "BMP": ".bmp",
              "TIFF": ".tif", "AVIF": ".avif"}
_SUFFIX = re.compile(r"^(.*?)[-_ ](\d{1,3})$")
_big_decode = threading.BoundedSemaphore(1)


@dataclass
class ResolvedImage:
    src: str
    status: str  # ok|missing|remote
    local_path: str | None = None
    sha256: str | None = None
    width: int | None = None
    height: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class ImageInfo:
    format: str
    ext: str
    width: int
    height: int


class NotAnImage(ValueError):
    """Bytes that are not an image this app accepts; the message says why."""


def is_url(src: str) -> bool:
    return src.lower().startswith(("http://", "https://"))


def _formats() -> list[str]:
    from PIL import Image

    Image.init()
    return [f for f in FORMAT_EXT if f in Image.OPEN]


def inspect_image(data: bytes) -> ImageInfo:
    """Check that ``data`` is a whole image in an accepted format and size; raises ``NotAnImage``.

    Pillow reads the header (format, size), ``verify()`` checks the structure (PNG chunk CRCs…), and a
    second open ``load()``s the pixels, so a truncated or corrupt file is caught. JPEGs decode at 1/8 scale
    (every byte of the compressed stream is still decoded, with 1/64 of the memory)."""
    from PIL import Image

    formats = _formats()
    try:
        with Image.open(io.BytesIO(data), formats=formats) as im:
            fmt, (w, h) = im.format, im.size
            if w <= 0 or h <= 0:
                raise NotAnImage("the image has no pixels")
            if w * h > MAX_PIXELS:
                raise NotAnImage(f"{w}×{h} pixels is more than the {MAX_PIXELS // 1_000_000} megapixels accepted")
            im.verify()
        big = w * h > BIG_DECODE
        if big:
            _big_decode.acquire()
        try:
            with Image.open(io.BytesIO(data), formats=formats) as im:
                if im.format in ("JPEG", "MPO"):
                    im.draft(im.mode, (max(1, w // 8), max(1, h // 8)))
                im.load()
        finally:
            if big:
                _big_decode.release()
    except NotAnImage:
        raise
    except Image.UnidentifiedImageError:
        raise NotAnImage("not an image (Pillow does not recognise it as " + "/".join(formats) + ")") from None
    except Exception as exc:  # noqa: BLE001 - every decoder error means: not a usable image
        raise NotAnImage(f"not a valid image ({type(exc).__name__}: {str(exc)[:80]})") from None
    return ImageInfo(fmt or "", FORMAT_EXT.get(fmt or "", ".img"), w, h)


def store_bytes(data: bytes, suffix: str) -> tuple[str, str]:
    """Put bytes into the media store; returns (sha256, path).

    The temporary name is unique per call (not per process): two downloads of identical bytes at once
    both write their own temporary file and the second atomic rename simply replaces an identical file."""
    digest = hashlib.sha256(data).hexdigest()
    dest = media.store_path(settings.media_dir(), digest, suffix, ".bin")  # confined, private
    if not dest.exists():
        tmp = dest.with_name(f"{dest.name}.{uuid.uuid4().hex}.part")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            media.commit(tmp, dest)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    return digest, str(dest)


def store_image(data: bytes) -> ResolvedImage:
    """Check ``data`` (``inspect_image``) and store it; the extension is the decoded format's."""
    info = inspect_image(data)
    digest, dest = store_bytes(data, info.ext)
    return ResolvedImage("", "ok", dest, digest, info.width, info.height)


def _read_regular(real: Path, limit: int) -> bytes:
    """The bytes of a regular file (never a FIFO, device or directory), at most ``limit``."""
    st = os.stat(real)
    if not stat.S_ISREG(st.st_mode):
        raise NotAnImage("not a regular file")
    if st.st_size > limit:
        raise NotAnImage(f"{st.st_size / 1048576:.0f} MB is larger than the {limit // 1048576} MB accepted")
    fd = os.open(real, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
                 | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise NotAnImage("not a regular file")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise NotAnImage(f"larger than the {limit // 1048576} MB accepted")
    return data


def _as_local_path(src: str) -> Path | str:
    """The path a catalog cell names, or a reason (str) when it cannot name a local file here."""
    raw = src.strip()
    if raw.lower().startswith("file:"):
        u = urlparse(raw)
        if u.netloc not in ("", "localhost"):
            return f"a file:// URL on another machine ({u.netloc})"
        raw = unquote(u.path)
    if "\x00" in raw:
        return "the path contains a NUL character"
    if os.sep == "/" and "\\" in raw:
        win = PureWindowsPath(raw)
        if win.drive or raw.startswith("\\"):
            return f"a Windows path ({raw}) that only exists on that computer; put the file in the catalog's " \
                   "folder or in --images and name it relative to that folder"
        raw = str(PurePosixPath(*win.parts)) if win.parts else raw  # images\shirt.png → images/shirt.png
    return Path(raw).expanduser()


class ImageResolver:
    """Resolves the image cells of one import. ``roots``: the imported file's folder and ``--images``."""

    def __init__(self, base_dir: Path, images_dir: Path | None = None, copy: bool = True) -> None:
        self.base_dir = Path(base_dir)
        self.images_dir = Path(images_dir) if images_dir is not None else None
        self.copy = copy
        self.roots: list[Path] = []
        for r in (self.base_dir, self.images_dir):
            if r is None:
                continue
            try:
                self.roots.append(Path(os.path.realpath(r)))
            except (OSError, ValueError):
                pass
        self._cache: dict[str, ResolvedImage] = {}
        self._index: dict[str, list[Path]] = {}
        if self.images_dir is not None:
            self._build_index(self.images_dir)

    def _build_index(self, folder: Path) -> None:
        for root, _dirs, files in os.walk(folder):  # never follows linked sub-folders
            for name in sorted(files):
                p = Path(root) / name
                if p.suffix.lower() not in IMAGE_EXTS:
                    continue
                stem = p.stem.lower()
                self._index.setdefault(stem, []).append(p)
                mt = _SUFFIX.match(stem)
                if mt:
                    self._index.setdefault(mt.group(1), []).append(p)

    @property
    def has_folder(self) -> bool:
        return bool(self._index)

    def match_folder(self, handle: str, skus: list[str]) -> list[Path]:
        """Folder images for a product, ordered by their number suffix; handle matches first."""
        found: list[Path] = []
        for key in [handle, *skus]:
            for p in self._index.get((key or "").lower(), []):
                if p not in found:
                    found.append(p)

        def order(p: Path) -> tuple[int, str]:
            mt = _SUFFIX.match(p.stem.lower())
            return (int(mt.group(2)) if mt else 0, p.name)

        return sorted(found, key=order)

    def resolve(self, src: str) -> ResolvedImage:
        if src in self._cache:
            return self._cache[src]
        res = self._resolve(src)
        self._cache[src] = res
        if len(self._cache) > 20000:  # keep memory flat on huge catalogs
            self._cache.clear()
        return res

    def _allowed(self, real: Path) -> bool:
        return any(real == r or real.is_relative_to(r) for r in self.roots)

    def _where(self) -> str:
        return " or ".join(str(r) for r in self.roots) or "(none)"

    def locate(self, src: str) -> Path | str:
        """The real path (links resolved) of a local image cell inside the allowed folders, or the reason."""
        p = _as_local_path(src)
        if isinstance(p, str):
            return p
        candidates = [p] if p.is_absolute() else [r / p for r in (self.base_dir, self.images_dir) if r is not None]
        outside = None
        for cand in candidates:
            try:
                real = Path(os.path.realpath(cand))
            except (OSError, ValueError) as exc:
                return f"unusable path ({exc})"
            if not self._allowed(real):
                outside = outside or (cand, real)
                continue
            if real.exists():
                return real
        if outside is not None:
            cand, real = outside
            via = f" (through a symbolic link, to {real})" if Path(os.path.abspath(cand)) != real else ""
            return (f"{src} is outside the folders you pointed at{via}: only files inside {self._where()} are "
                    "imported; copy it there or pass its folder with --images")
        return f"no file {candidates[0] if candidates else src}"

    def _resolve(self, src: str) -> ResolvedImage:
        if is_url(src):
            return ResolvedImage(src, "remote")
        if "://" in src[:12] and not src.lower().startswith("file:"):
            scheme = src.split("://", 1)[0]
            return ResolvedImage(src, "missing", reason=f"{scheme}:// links are not images this app fetches "
                                                        "(only http and https)")
        real = self.locate(src)
        if isinstance(real, str):
            return ResolvedImage(src, "missing", reason=real)
        try:
            data = _read_regular(real, MAX_IMAGE_BYTES)
            if not self.copy:  # a dry run: the same checks, nothing stored
                info = inspect_image(data)
                return ResolvedImage(src, "ok", str(real), None, info.width, info.height)
            res = store_image(data)
        except NotAnImage as exc:
            return ResolvedImage(src, "missing", reason=f"{real.name}: {exc}")
        except OSError as exc:
            return ResolvedImage(src, "missing", reason=str(exc))
        res.src = src
        return res


def download_images(items: list[tuple[int, str]], on_done: Callable[[int, ResolvedImage], None], *,
                    concurrency: int = 4, timeout: float = 20.0, cancel=None,
                    progress: Callable[[int, int], None] | None = None) -> None:
    """Download (key, url) pairs through ``netfetch.Fetcher`` (safe addresses, per-file deadline, per-host
    circuit breaker, size and decode checks); ``on_done(key, outcome)`` gets each. Kept for callers of the
    old API; ``studio.services.images.sync`` is the job that updates the catalog."""
    from studio.importers.netfetch import Fetcher

    with Fetcher(concurrency=concurrency, deadline=timeout) as fetcher:
        for key, res in fetcher.fetch_all(items, cancel=cancel, progress=progress):
            on_done(key, res)
