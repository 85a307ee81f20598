"""Folder channel: a ready-to-upload bundle per post (caption.txt, media files, post.json).

No account or network is needed; a person (or another tool) uploads the bundle by hand. The bundle is
built in a hidden temporary folder and renamed into place, so a bundle is either complete or absent;
``lookup`` finds it by the post's idempotency key, which makes reconciliation after a crash exact.
Every name made from post data is a safe component and every path is proven to lie inside the folder
(``studio.safepath``): a symbolic link there that points elsewhere is refused, never written through.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
from datetime import datetime
from pathlib import Path

from studio import clock
from studio.jobs import CancelToken, ProgressFn
from studio.ports import ChannelAccount, ChannelAdapter, PublishReceipt, PublishRequest, Rejected
from studio.safepath import UnsafePath, confined, safe_component, safe_suffix


def _key(idempotency_key: str) -> str:
    return safe_component(idempotency_key[:16], fallback="post")


class FolderAdapter(ChannelAdapter):
    platform = "folder"
    native_scheduling = False
    supports_lookup = True

    def __init__(self, account: ChannelAccount, transport=None) -> None:
        self.account = account
        root = (account.settings or {}).get("path") or account.base_url
        if not root:
            raise Rejected("the folder account has no folder", platform="folder", code="no-folder",
                           action="set the folder with: studio accounts add folder --name NAME --base-url /path")
        if str(root).startswith("file://"):
            root = str(root)[7:]
        self.root = Path(root).expanduser()

    def _find(self, key: str) -> Path | None:
        if not self.root.is_dir():
            return None
        for p in self.root.glob(f"*-{glob.escape(_key(key))}"):
            if (p / "post.json").is_file():
                data = json.loads((p / "post.json").read_text(encoding="utf-8"))
                if data.get("idempotency_key") == key:
                    return p
        return None

    def publish(self, request: PublishRequest, progress: ProgressFn, cancel: CancelToken) -> PublishReceipt:
        try:
            return self._publish(request, progress, cancel)
        except UnsafePath as exc:
            raise Rejected(str(exc), platform="folder", code="unsafe-path",
                           action="remove the symbolic link from the bundle folder, or choose another folder") from None

    def _publish(self, request: PublishRequest, progress: ProgressFn, cancel: CancelToken) -> PublishReceipt:
        existing = self._find(request.idempotency_key)
        if existing is not None:
            return self._receipt(existing)
        self.root.mkdir(parents=True, exist_ok=True)
        when = request.scheduled_at if isinstance(request.scheduled_at, datetime) else clock.now().astimezone()
        name = f"{when:%Y%m%d-%H%M}-{_key(request.idempotency_key)}"
        final = confined(self.root, name)
        tmp = confined(self.root, f".tmp-{name}-{os.getpid()}")
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir()
        confined(tmp, "caption.txt").write_text(request.text + "\n", encoding="utf-8")
        if request.first_comment:
            confined(tmp, "first_comment.txt").write_text(request.first_comment + "\n", encoding="utf-8")
        files = []
        for i, item in enumerate(request.media):
            cancel.raise_if_cancelled()
            src = Path(item.get("path") or "")
            if not src.is_file():
                shutil.rmtree(tmp, ignore_errors=True)
                raise Rejected(f"media file not found: {src}", platform="folder", code="media-missing",
                               action="re-render the asset or remove it from the post")
            dest = f"{i + 1:02d}-{safe_component(item.get('kind') or 'media')}{safe_suffix(src.suffix)}"
            shutil.copyfile(src, confined(tmp, dest))
            files.append({"file": dest, **{k: v for k, v in item.items() if k in ("kind", "mime", "width", "height")}})
            progress((i + 1) / (len(request.media) + 1), f"copied {dest}")
        post = {
            "idempotency_key": request.idempotency_key,
            "account": self.account.name,
            "text": request.text,
            "first_comment": request.first_comment,
            "scheduled_at": request.scheduled_at.isoformat() if isinstance(request.scheduled_at, datetime) else None,
            "options": {k: v for k, v in (request.options or {}).items() if _jsonable(v)},
            "media": files,
        }
        confined(tmp, "post.json").write_text(json.dumps(post, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, final)  # atomic: the bundle appears complete or not at all
        progress(1.0, f"bundle ready: {final}")
        return self._receipt(final)

    def _receipt(self, path: Path) -> PublishReceipt:
        return PublishReceipt(platform_post_id=path.name, url=path.resolve().as_uri(), raw={"path": str(path)})

    def lookup(self, idempotency_key: str, request: PublishRequest) -> PublishReceipt | None:
        found = self._find(idempotency_key)
        return self._receipt(found) if found else None

    def quota(self) -> dict | None:
        return None

    def close(self) -> None:
        pass


def _jsonable(v) -> bool:
    try:
        json.dumps(v)
        return True
    except (TypeError, ValueError):
        return False


ADAPTER = FolderAdapter
