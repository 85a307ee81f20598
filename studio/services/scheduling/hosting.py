"""Media for queued posts: which files a post may use, the product's latest render, and the public URLs
that platforms fetching media by URL need (copied, content-addressed, into the folder the user syncs)."""

from __future__ import annotations

from pathlib import Path

from studio.safepath import confined, safe_component, safe_suffix
from studio.services.assets import sha256_file
from studio.storage.db import Database

# platform-specs.md A: "Some platforms need media at a public URL" (Instagram images, Threads, TikTok photos)
URL_PLATFORMS = ("instagram", "threads", "tiktok")


def allowed_media_roots() -> list[Path]:
    """Folders the app itself fills: the media store (imported images, queued media) and generated assets."""
    from studio import settings as _settings

    return [_settings.media_dir(), _settings.assets_out_dir()]


def with_public_urls(media: list[dict], platform: str) -> list[dict]:
    """Give each media item a public URL from the media host (for platforms that fetch media by URL):
    the file is copied (content-addressed name) into the folder the user syncs to ``media_url_prefix``."""
    if platform not in URL_PLATFORMS or not media:
        return media
    from studio.services import accounts as accounts_svc

    prefix, folder = accounts_svc.media_host()
    if not prefix:
        return media
    import shutil

    out = []
    for item in media:
        src = Path(item.get("path") or "")
        if item.get("url") or not src.is_file():
            out.append(item)
            continue
        name = safe_component(item.get("sha256") or sha256_file(src)) + safe_suffix(src.suffix)
        dest = confined(folder, name, make_parents=True)
        if not dest.exists():
            tmp = dest.with_suffix(dest.suffix + ".part")
            shutil.copyfile(src, tmp)
            tmp.replace(dest)
        out.append({**item, "url": prefix.rstrip("/") + "/" + name})
    return out


def pick_media(db: Database, product_id: int, market: str | None, platform: str) -> list[dict]:
    """The product's latest video (or mockup) asset: video first for video-first channels."""
    from studio.services import assets

    order = ("video", "mockup") if platform not in ("pinterest",) else ("mockup", "video")
    for kind in order:
        found = assets.list_assets(db, product_id=product_id, kind=kind)
        found = [a for a in found if Path(a.path).is_file()]
        if market:
            same = [a for a in found if a.market == market]
            found = same or found
        if found:
            a = found[0]
            return [{"path": a.path, "kind": "video" if kind == "video" else "image", "mime": a.mime,
                     "width": a.width, "height": a.height, "duration": a.duration, "asset_id": a.id,
                     "sha256": a.sha256, "ai_generated": a.ai_generated}]
    return []
