"""Product images: local paths, a folder matched by file name, and URLs.

* A **local path** (absolute, or relative to the imported file's folder, or ``file://``) is copied
  into the content-addressed media store ``<data>/media/<sha[:2]>/<sha><ext>``; a path that does not
  exist is kept with status ``missing``.
* A **folder** (``--images DIR``) is indexed once; a file whose name (without extension) is a product's
  handle or a variant's SKU — optionally followed by ``-2``/``_3``/`` 4`` — becomes that product's image.
* A **URL** is stored with status ``remote`` during the (transactional) import and downloaded
  afterwards with httpx (short timeout, a few at a time, never blocking the import): into the same
  content-hash store when reachable and an image, else it stays listed with status ``missing``.
  A URL already downloaded earlier is reused without a request.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from studio import settings
from studio.storage import media

IMAGE_EXTS = {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".avif", ".heic"}
MAX_DOWNLOAD = 25 * 1024 * 1024
_SUFFIX = re.compile(r"^(.*?)[-_ ](\d{1,3})$")


@dataclass
class ResolvedImage:
    src: str
    status: str  # ok|missing|remote
    local_path: str | None = None
    sha256: str | None = None
    width: int | None = None
    height: int | None = None
    reason: str = ""


def is_url(src: str) -> bool:
    return src.lower().startswith(("http://", "https://"))


def _probe(path: Path) -> tuple[int | None, int | None]:
    try:
        from PIL import Image

        with Image.open(path) as im:
            return im.size
    except Exception:  # noqa: BLE001 - not an image Pillow knows: size unknown
        return None, None


def store_bytes(data: bytes, suffix: str) -> tuple[str, str]:
    """Put bytes into the media store; returns (sha256, path)."""
    digest = hashlib.sha256(data).hexdigest()
    dest = media.store_path(settings.media_dir(), digest, suffix, ".bin")  # confined, private
    if not dest.exists():
        tmp = dest.with_name(dest.name + f".{os.getpid()}.part")
        tmp.write_bytes(data)
        media.commit(tmp, dest)
    return digest, str(dest)


def store_file(path: Path) -> tuple[str, str]:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    digest = h.hexdigest()
    dest = media.store_path(settings.media_dir(), digest, path.suffix)  # confined, private
    if not dest.exists():
        tmp = dest.with_name(dest.name + f".{os.getpid()}.part")
        shutil.copyfile(path, tmp)
        media.commit(tmp, dest)
    return digest, str(dest)


class ImageResolver:
    def __init__(self, base_dir: Path, images_dir: Path | None = None, copy: bool = True) -> None:
        self.base_dir = Path(base_dir)
        self.copy = copy
        self._cache: dict[str, ResolvedImage] = {}
        self._index: dict[str, list[Path]] = {}
        if images_dir is not None:
            self._build_index(Path(images_dir))

    def _build_index(self, folder: Path) -> None:
        for root, _dirs, files in os.walk(folder):
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

    def _resolve(self, src: str) -> ResolvedImage:
        if is_url(src):
            return ResolvedImage(src, "remote")
        raw = src
        if src.lower().startswith("file://"):
            raw = unquote(urlparse(src).path)
        p = Path(raw).expanduser()
        if not p.is_absolute():
            p = self.base_dir / p
        try:
            if not p.is_file():
                return ResolvedImage(src, "missing", reason=f"no file {p}")
            if not self.copy:
                return ResolvedImage(src, "ok", local_path=str(p))
            digest, dest = store_file(p)
        except OSError as exc:
            return ResolvedImage(src, "missing", reason=str(exc))
        w, h = _probe(Path(dest))
        return ResolvedImage(src, "ok", dest, digest, w, h)


def download_images(items: list[tuple[int, str]], on_done: Callable[[int, ResolvedImage], None], *,
                    concurrency: int = 4, timeout: float = 5.0, cancel=None,
                    progress: Callable[[int, int], None] | None = None) -> None:
    """Download (media id, url) pairs with bounded concurrency; ``on_done`` gets each outcome."""
    if not items:
        return
    import httpx

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    with httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 3.0)), limits=limits,
                      follow_redirects=True, headers={"User-Agent": "CommerceStudio/0.1 (catalog import)"}) as client:

        def fetch(url: str) -> ResolvedImage:
            if cancel is not None and cancel.cancelled:
                return ResolvedImage(url, "remote", reason="cancelled")
            try:
                with client.stream("GET", url) as resp:
                    if resp.status_code != 200:
                        return ResolvedImage(url, "missing", reason=f"HTTP {resp.status_code}")
                    chunks, total = [], 0
                    for chunk in resp.iter_bytes():
                        total += len(chunk)
                        if total > MAX_DOWNLOAD:
                            return ResolvedImage(url, "missing", reason="larger than 25 MB")
                        chunks.append(chunk)
                    data = b"".join(chunks)
                    ctype = resp.headers.get("content-type", "")
            except (httpx.HTTPError, OSError, ValueError) as exc:
                return ResolvedImage(url, "missing", reason=type(exc).__name__)
            suffix = Path(urlparse(url).path).suffix.lower()
            if suffix not in IMAGE_EXTS:
                suffix = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp",
                          "image/gif": ".gif"}.get(ctype.split(";")[0].strip(), ".img")
            digest, dest = store_bytes(data, suffix)
            w, h = _probe(Path(dest))
            if w is None:
                return ResolvedImage(url, "missing", reason="not an image")
            return ResolvedImage(url, "ok", dest, digest, w, h)

        done = 0
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            futures = {pool.submit(fetch, url): mid for mid, url in items}
            for fut in as_completed(futures):
                on_done(futures[fut], fut.result())
                done += 1
                if progress:
                    progress(done, len(items))
