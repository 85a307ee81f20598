"""A webhook receiver that verifies the HMAC-SHA256 signature and the timestamp like a user's server would."""

from __future__ import annotations

import hashlib
import hmac
import json
import time

from emulators.platforms import Emulator, Response, parse_multipart


class WebhookReceiver(Emulator):
    name = "webhook"

    def __init__(self, secret: str, *, accept_unsigned: bool = False) -> None:
        self.secret = secret
        self.accept_unsigned = accept_unsigned  # a receiver that takes unsigned deliveries (X-Studio-Unsigned: 1)
        self.received: list[dict] = []
        self.seen_keys: set[str] = set()
        super().__init__()

    def setup(self):
        self.add("POST", r"/hook", self.hook)
        self.add("GET", r"/hook/lookup", self.lookup)

    def hook(self, req, m):
        ts = req.headers.get("X-Studio-Timestamp", "0")
        sig = req.headers.get("X-Studio-Signature", "")
        want = "sha256=" + hmac.new(self.secret.encode(), ts.encode() + b"." + req.body, hashlib.sha256).hexdigest()
        unsigned_ok = self.accept_unsigned and not sig and req.headers.get("X-Studio-Unsigned") == "1"
        if not unsigned_ok and not hmac.compare_digest(sig, want):
            return Response(401, {"error": "bad signature"})
        if abs(time.time() - int(ts)) > 300:
            return Response(401, {"error": "stale timestamp"})
        key = req.headers.get("Idempotency-Key")
        ctype = req.headers.get("Content-Type", "")
        if ctype.startswith("multipart/"):
            parts = parse_multipart(req.body, ctype)
            payload = json.loads(parts["payload"])
            files = {k: v for k, v in parts.items() if k != "payload"}
        else:
            payload, files = json.loads(req.body), {}
        if key in self.seen_keys:
            return {"id": key, "duplicate": True}
        self.seen_keys.add(key)
        self.received.append({"payload": payload, "files": files,
                              "headers": {k.lower(): v for k, v in req.headers.items()}})
        self.record_publish(payload["text"])
        return {"id": f"hook-{len(self.received)}", "url": f"{self.url}/posts/{len(self.received)}"}

    def lookup(self, req, m):
        key = req.query.get("idempotency_key")
        if key in self.seen_keys:
            return {"id": key}
        return Response(404, {"error": "unknown"})
