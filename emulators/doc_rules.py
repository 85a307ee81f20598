"""Validate captured ``httpx.Request``s against the rule fixtures of platforms that publish no machine-readable
spec: ``tests/contracts/{tiktok,instagram,facebook,threads}.rules.json``.

Each fixture lists the API hosts that may receive credentials and one rule per endpoint we rely on, each
citing the developer-doc page it was read from. A rule names: ``method``, ``host`` (one or a list),
``path`` (a regex), optionally ``when`` (``{"query.grant_type": "…"}`` to tell apart rules on one path),
``content_type``, ``auth`` (``bearer`` | ``oauth`` (``Authorization: OAuth …``) | ``bearer_or_query`` |
``query`` (``access_token`` parameter) | ``none``), ``token`` (a token kind the caller's context must
recognise: ``user``, ``page``, ``long_lived``…), ``required`` / ``forbidden`` / ``enum`` / ``max_len`` keyed by
location (``query``, ``form``, ``json`` with dotted paths, ``headers``), and ``checks`` — named checks below.

``validate(platform, request, context)`` returns :class:`Violation`s (empty = the request follows every rule
we wrote down). ``context`` carries what a request alone does not show: ``tokens`` (kind → set of values),
``issued`` (token → epoch seconds it was obtained), ``now``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

from emulators import contracts_dir
from emulators.contracts import Violation  # one violation type for both oracles

CONTRACTS_DIR = contracts_dir()
PLATFORMS = ("tiktok", "instagram", "facebook", "threads")
MB = 1024 * 1024


@dataclass
class Context:
    tokens: dict[str, set[str]] = field(default_factory=dict)  # kind -> token values
    issued: dict[str, float] = field(default_factory=dict)  # token -> when it was obtained
    now: float | None = None


@cache
def load(platform: str) -> dict[str, Any]:
    return json.loads((CONTRACTS_DIR / f"{platform}.rules.json").read_text(encoding="utf-8"))


def _hosts(v) -> list[str]:
    return [v] if isinstance(v, str) else list(v or [])


def _params(request: httpx.Request) -> dict[str, dict[str, Any]]:
    url = urlsplit(str(request.url))
    query = dict(parse_qsl(url.query, keep_blank_values=True))
    ctype = request.headers.get("content-type", "")
    body = request.read()
    form: dict[str, Any] = {}
    js: Any = None
    if ctype.startswith("application/x-www-form-urlencoded"):
        form = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    elif ctype.startswith("multipart/form-data"):
        from emulators.platforms import parse_multipart

        form = parse_multipart(body, ctype)
    elif ctype.startswith("application/json") and body:
        try:
            js = json.loads(body)
        except ValueError:
            js = None
    return {"query": query, "form": form, "json": js if isinstance(js, dict) else {},
            "headers": {k.lower(): v for k, v in request.headers.items()}}


def _get(params: dict[str, dict[str, Any]], key: str) -> Any:
    loc, _, name = key.partition(".")
    cur: Any = params.get(loc, {})
    if loc == "headers":
        return cur.get(name.lower())
    for part in name.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def _token_of(request: httpx.Request, params) -> str | None:
    auth = request.headers.get("authorization", "")
    for prefix in ("Bearer ", "OAuth "):
        if auth.startswith(prefix):
            return auth[len(prefix):]
    return params["query"].get("access_token") or params["form"].get("access_token")


def _carries_credentials(request: httpx.Request, params) -> bool:
    return bool(request.headers.get("authorization") or request.headers.get("cookie")
                or "access_token" in params["query"] or "access_token" in params["form"]
                or "client_secret" in params["query"] or "client_secret" in params["form"])


def find_rule(platform: str, request: httpx.Request, params=None) -> dict | None:
    params = params or _params(request)
    url = urlsplit(str(request.url))
    for rule in load(platform)["rules"]:
        if rule["method"] != request.method or url.hostname not in _hosts(rule["host"]):
            continue
        if not re.fullmatch(rule["path"], url.path):
            continue
        when = rule.get("when") or {}
        if all((str(_get(params, k)) in ([str(x) for x in v] if isinstance(v, list) else [str(v)]))
               for k, v in when.items()):
            return rule
    return None


def validate(platform: str, request: httpx.Request, context: Context | None = None) -> list[Violation]:
    ctx = context or Context()
    doc = load(platform)
    params = _params(request)
    url = urlsplit(str(request.url))
    where = f"{request.method} {url.hostname}{url.path}"
    out: list[Violation] = []

    def bad(rule_id: str, detail: str) -> None:
        out.append(Violation(platform, where, rule_id, detail))

    if url.scheme != "https":
        bad("https", f"{url.scheme}:// — the platform's hosts are https only")
    credential_hosts = set(_hosts(doc["credential_hosts"]))
    if url.hostname not in credential_hosts and _carries_credentials(request, params):
        bad("credentials", f"{url.hostname} is not one of the platform's API hosts and must receive no "
                           "Authorization header, cookie, access_token or client_secret")
    rule = find_rule(platform, request, params)
    if rule is None:
        bad("endpoint", "no rule in the fixture covers this method, host and path (an endpoint we do not know "
                        "the platform offers)")
        return out
    rid = rule["id"]
    ctype = rule.get("content_type")
    if ctype and not request.headers.get("content-type", "").startswith(ctype):
        bad(rid, f"Content-Type {request.headers.get('content-type')!r}, the docs say {ctype}")
    for key in rule.get("required", []):
        v = _get(params, key)
        if v is None or v == "":
            bad(rid, f"required {key} is missing")
    for key in rule.get("forbidden", []):
        if _get(params, key) is not None:
            bad(rid, f"{key} must not be sent here")
    for key, allowed in (rule.get("enum") or {}).items():
        v = _get(params, key)
        if v is not None and str(v) not in [str(a) for a in allowed]:
            bad(rid, f"{key}={v!r} is not one of {allowed}")
    for key, limit in (rule.get("max_len") or {}).items():
        v = _get(params, key)
        if isinstance(v, str) and len(v.encode("utf-16-le")) // 2 > limit:
            bad(rid, f"{key} is longer than {limit} (UTF-16 units)")
    auth = rule.get("auth", "none")
    header = request.headers.get("authorization", "")
    token = _token_of(request, params)
    if auth == "bearer" and not header.startswith("Bearer "):
        bad(rid, "needs Authorization: Bearer <token>")
    elif auth == "oauth" and not header.startswith("OAuth "):
        bad(rid, "needs Authorization: OAuth <token>")
    elif auth == "query" and not params["query"].get("access_token"):
        bad(rid, "needs the access_token query parameter")
    elif auth == "bearer_or_query" and not (header.startswith("Bearer ") or params["query"].get("access_token")
                                            or params["form"].get("access_token")):
        bad(rid, "needs a token (Authorization: Bearer or access_token)")
    elif auth == "none" and header:
        bad(rid, "sends an Authorization header the docs do not ask for")
    kind = rule.get("token")
    if kind and token is not None and kind in ctx.tokens and token not in ctx.tokens[kind]:
        bad(rid, f"needs a {kind} token; got another kind")
    for check in rule.get("checks", []):
        detail = CHECKS[check](request, params, rule, ctx)
        if detail:
            bad(f"{rid}:{check}", detail)
    return out


# --------------------------------------------------------------------------- named checks


def _pkce_hex(request, params, rule, ctx):
    ch = params["query"].get("code_challenge", "")
    if not re.fullmatch(r"[0-9a-f]{64}", ch):
        return f"code_challenge {ch!r} is not the hex SHA-256 the desktop Login Kit expects"
    return None


def _pkce_s256(request, params, rule, ctx):
    ch = params["query"].get("code_challenge", "")
    if not re.fullmatch(r"[A-Za-z0-9_-]{43}", ch):
        return f"code_challenge {ch!r} is not base64url(SHA-256) (RFC 7636)"
    return None


def _loopback_redirect(request, params, rule, ctx):
    ru = params["query"].get("redirect_uri") or params["form"].get("redirect_uri") or ""
    u = urlsplit(ru)
    if u.hostname not in ("127.0.0.1", "localhost") or not u.port:
        return f"redirect_uri {ru!r} must be a loopback host with an explicit port"
    if u.query or u.fragment or len(ru) >= 512:
        return f"redirect_uri {ru!r}: no query or fragment, fewer than 512 characters"
    return None


def _scopes(request, params, rule, ctx):
    have = set(re.split(r"[ ,]+", params["query"].get("scope", "")))
    missing = [s for s in rule.get("scopes", []) if s not in have]
    return f"scope lacks {missing}" if missing else None


def _tiktok_chunk_plan(request, params, rule, ctx):
    src = params["json"].get("source_info") or {}
    if src.get("source") != "FILE_UPLOAD":
        return None
    size, chunk, count = src.get("video_size"), src.get("chunk_size"), src.get("total_chunk_count")
    if not all(isinstance(v, int) and v > 0 for v in (size, chunk, count)):
        return "video_size, chunk_size and total_chunk_count must be positive integers"
    if size < 5 * MB and (chunk != size or count != 1):
        return f"a {size}-byte video (< 5 MB) is one chunk of its own size"
    if chunk > size:
        return f"chunk_size {chunk} is larger than the video ({size})"
    if count != size // chunk:
        return f"total_chunk_count {count} != floor({size} / {chunk}) = {size // chunk}"
    if size >= 5 * MB and not 5 * MB <= chunk <= 64 * MB and count > 1:
        return f"chunk_size {chunk} outside 5–64 MB"
    if size > 64 * MB and count == 1:
        return "videos over 64 MB are uploaded in several chunks"
    if size - chunk * (count - 1) > 128 * MB:
        return "the last chunk exceeds 128 MB"
    if not 1 <= count <= 1000:
        return "1–1000 chunks"
    return None


def _content_range(request, params, rule, ctx):
    m = re.fullmatch(r"bytes (\d+)-(\d+)/(\d+)", request.headers.get("content-range", ""))
    if not m:
        return "Content-Range: bytes FIRST-LAST/TOTAL is required"
    first, last, _total = map(int, m.groups())
    n = len(request.content)
    if last - first + 1 != n or int(request.headers.get("content-length", n)) != n:
        return f"Content-Range covers {last - first + 1} bytes, Content-Length/body {n}"
    return None


def _token_age(request, params, rule, ctx):
    tok = params["query"].get("access_token")
    issued = ctx.issued.get(tok)
    if issued is None or ctx.now is None:
        return None
    age = ctx.now - issued
    if age < rule.get("min_age_s", 86400):
        return f"the token is {age / 3600:.1f} h old; only long-lived tokens at least 24 h old can be refreshed"
    return None


def _rupload_headers(request, params, rule, ctx):
    size = request.headers.get("file_size")
    if request.headers.get("offset") is None or size is None:
        return "offset and file_size headers are required"
    if int(size) != len(request.content) + int(request.headers["offset"]):
        return f"file_size {size} does not match offset + bytes sent"
    return None


def _container_source(request, params, rule, ctx):
    f = params["form"] or params["query"]
    kinds = [k for k in ("image_url", "video_url", "upload_type", "children") if f.get(k)]
    if f.get("media_type") == "CAROUSEL":
        n = len([c for c in (f.get("children") or "").split(",") if c])
        return None if 2 <= n <= rule.get("max_children", 10) else f"a carousel has 2–{rule.get('max_children', 10)} children"
    if len(kinds) != 1:
        return f"a container names exactly one source (image_url, video_url, upload_type); got {kinds or 'none'}"
    if f.get("is_carousel_item") == "true" and (f.get("caption") or f.get("text")):
        return "carousel items take no caption"
    return None


def _insight_metrics(request, params, rule, ctx):
    names = [n for n in (params["query"].get("metric") or "").split(",") if n]
    removed = rule.get("removed") or {}
    gone = [f"{n} (removed {removed[n]})" for n in names if n in removed]
    unknown = [n for n in names if n not in removed and n not in rule.get("metrics", [])]
    if gone:
        return f"metric {', '.join(gone)}: the API answers an invalid-metric error"
    if unknown:
        return f"metric {unknown} is not one the docs list ({', '.join(rule.get('metrics', []))})"
    return None


def _tiktok_video_query(request, params, rule, ctx):
    fields = [f for f in (params["query"].get("fields") or "").split(",") if f]
    bad_fields = [f for f in fields if f not in rule.get("fields", [])]
    if bad_fields:
        return f"fields {bad_fields} are not Video object fields"
    ids = ((params["json"].get("filters") or {}).get("video_ids"))
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) and i for i in ids):
        return "filters.video_ids must be a non-empty list of video id strings"
    if len(ids) > rule.get("max_ids", 20):
        return f"{len(ids)} video ids; at most {rule.get('max_ids', 20)} per request"
    return None


CHECKS = {
    "insight_metrics": _insight_metrics,
    "tiktok_video_query": _tiktok_video_query,
    "pkce_hex": _pkce_hex,
    "pkce_s256": _pkce_s256,
    "loopback_redirect": _loopback_redirect,
    "scopes": _scopes,
    "tiktok_chunk_plan": _tiktok_chunk_plan,
    "content_range": _content_range,
    "token_age": _token_age,
    "rupload_headers": _rupload_headers,
    "container_source": _container_source,
}


def rule_ids(platform: str) -> list[str]:
    return [r["id"] for r in load(platform)["rules"]]
