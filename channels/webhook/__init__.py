"""Webhook channel: POSTs the post as JSON plus its media (multipart) to a URL the user runs.

Signature: ``X-Studio-Signature: sha256=<hex>`` = HMAC-SHA256 over ``"<timestamp>." + raw body`` with the
account's signing secret (kept in the keyring as the account's token); ``X-Studio-Timestamp`` is the
Unix time, so the receiver can refuse replays older than a few minutes. Signed means signed: without a
secret nothing is sent, unless the user explicitly chose unsigned delivery (account setting
``unsigned``, ``studio accounts add webhook … --unsigned``); unsigned requests carry no signature header at
all (never an HMAC with an empty key) and say ``X-Studio-Unsigned: 1``. ``Idempotency-Key`` carries the
post's key: receivers should ignore a key they have already seen (the worker may resend after a crash only
if the receiver says, through ``lookup_path``, that it never got it).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from pathlib import Path

import httpx

from channels._http import HttpAdapter, media_mime
from studio.jobs import CancelToken, ProgressFn
from studio.ports import PublishReceipt, PublishRequest, Rejected


def sign(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


class WebhookAdapter(HttpAdapter):
    platform = "webhook"

    def auth_headers(self) -> dict[str, str]:
        return {}  # the secret signs; it is never sent

    @property
    def supports_lookup(self) -> bool:  # type: ignore[override]
        return bool(self.settings.get("lookup_path"))

    @property
    def unsigned(self) -> bool:
        v = (self.settings or {}).get("unsigned")
        return v is True or str(v).strip().lower() in ("1", "true", "yes", "on")

    def publish(self, request: PublishRequest, progress: ProgressFn, cancel: CancelToken) -> PublishReceipt:
        if not self.base_url:
            raise Rejected("the webhook account has no URL", platform="webhook", code="no-url",
                           action="studio accounts add webhook --name NAME --base-url https://…")
        secret = self.account.access_token or ""
        if not secret and not self.unsigned:
            raise Rejected(f"webhook '{self.account.name}' has no signing secret; nothing was sent",
                           platform="webhook", code="unsigned",
                           action=f"store one: studio accounts secret {self.account.name} --token-stdin (or choose "
                                  f"unsigned delivery: studio accounts set {self.account.name} unsigned=true)")
        payload = {
            "idempotency_key": request.idempotency_key,
            "account": self.account.name,
            "text": request.text,
            "first_comment": request.first_comment,
            "scheduled_at": request.scheduled_at.isoformat() if hasattr(request.scheduled_at, "isoformat") else None,
            "options": json.loads(json.dumps(request.options or {}, default=str)),
            "media": [],
        }
        files = []
        for i, item in enumerate(request.media):
            path = Path(item.get("path") or "")
            if not path.is_file():
                raise Rejected(f"media file not found: {path}", platform="webhook", code="media-missing",
                               action="re-render the asset or remove it from the post")
            data = path.read_bytes()
            payload["media"].append({"field": f"media{i}", "name": path.name, "mime": media_mime(item),
                                     "kind": item.get("kind"), "size": len(data),
                                     "sha256": hashlib.sha256(data).hexdigest()})
            files.append((f"media{i}", (path.name, data, media_mime(item))))
        body_json = json.dumps(payload, ensure_ascii=False)
        if files:
            req = self.client.build_request("POST", self.base_url, data={"payload": body_json}, files=files)
        else:
            req = self.client.build_request("POST", self.base_url, content=body_json.encode("utf-8"),
                                            headers={"Content-Type": "application/json"})
        raw = req.read()
        ts = str(int(time.time()))
        req.headers["X-Studio-Timestamp"] = ts
        if secret:
            req.headers["X-Studio-Signature"] = sign(secret, ts, raw)
        else:
            req.headers["X-Studio-Unsigned"] = "1"
        req.headers["Idempotency-Key"] = request.idempotency_key
        progress(0.3, "sending to webhook")
        try:
            resp = self.client.send(req)
        except httpx.TimeoutException as exc:
            from studio.ports import TransientError

            raise TransientError(f"webhook timed out: {exc}", platform="webhook", code="timeout",
                                 ambiguous=True) from exc
        except httpx.TransportError as exc:
            from studio.ports import TransientError

            raise TransientError(f"webhook unreachable: {exc}", platform="webhook", code="network",
                                 ambiguous=not isinstance(exc, httpx.ConnectError)) from exc
        self.check(resp, ambiguous=True)
        data = resp.json() if resp.content and "json" in resp.headers.get("content-type", "") else {}
        return PublishReceipt(platform_post_id=str(data.get("id") or request.idempotency_key),
                              url=data.get("url"), raw={"status": resp.status_code, **data})

    def lookup(self, idempotency_key: str, request: PublishRequest) -> PublishReceipt | None:
        path = self.settings.get("lookup_path")
        if not path:
            raise NotImplementedError("this webhook has no lookup_path")
        resp = self.client.get(httpx.URL(self.base_url).join(path), params={"idempotency_key": idempotency_key})
        if resp.status_code == 404:
            return None
        self.check(resp)
        data = resp.json()
        return PublishReceipt(platform_post_id=str(data.get("id") or idempotency_key), url=data.get("url"), raw=data)


ADAPTER = WebhookAdapter
