"""Make an emulator refuse what a rule fixture (tests/contracts/<platform>.rules.json) refuses.

The emulators of TikTok, Instagram, Facebook and Threads (platforms without a machine-readable spec) mix this
in: every request is re-addressed to the real host that route stands for and validated with
``emulators.doc_rules``; a violation is answered 400 in the platform's error shape and kept in
``violations``. The base ``Emulator`` calls ``check_contract`` before faults and routes.
"""

from __future__ import annotations

import time
from urllib.parse import urlencode

import httpx

from emulators import doc_rules


class DocRulesContract:
    doc_platform = ""

    def real_host(self, req) -> str | None:  # pragma: no cover - each emulator maps its routes
        raise NotImplementedError

    def doc_context(self) -> doc_rules.Context:
        return doc_rules.Context(now=time.time())

    def add(self, method, pattern, handler) -> None:
        """Routes are guarded too, so the check holds whether or not the base emulator calls
        ``check_contract`` itself (it is idempotent: a refused request never reaches the route)."""

        def guarded(req, match, _handler=handler):
            return self.check_contract(req) or _handler(req, match)

        super().add(method, pattern, guarded)

    def check_contract(self, req):
        host = self.real_host(req)
        if host is None:
            return None
        target = getattr(req, "target", None) or (req.path + ("?" + urlencode(req.query) if req.query else ""))
        headers = [(k, v) for k, v in req.headers.items() if k.lower() not in ("host", "transfer-encoding")]
        request = httpx.Request(req.method, f"https://{host}{target}", headers=headers, content=req.body)
        found = doc_rules.validate(self.doc_platform, request, self.doc_context())
        if not found:
            return None
        with self.lock:
            if not hasattr(self, "violations"):
                self.violations = []
            self.violations.extend(found)
        return self.contract_error(found)
