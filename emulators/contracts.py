"""Validate a captured ``httpx.Request`` against the platform's own published contract.

The oracles are vendored in ``tests/contracts/`` (see its README): the X API v2 and Pinterest v5 OpenAPI
documents and the YouTube Data API v3 discovery document. ``validate(platform, request)`` returns a list of
:class:`Violation` (empty = the platform would accept the request's shape). What is checked:

- **host** — ``https`` and a host from the contract's ``servers`` / ``rootUrl``; any other host is a
  third-party upload target and must carry **no credentials** (Authorization, Cookie, ``access_token``);
- **path and method** — the path matches a path template (server base path stripped) and the template
  declares the method;
- **parameters** — path and query parameters against their schemas (types coerced from the URL, enums,
  patterns, ranges); required ones present; parameters the contract does not declare are refused;
- **body** — the content type is one the operation accepts, and the body (JSON, form or multipart fields)
  validates against the request schema with ``jsonschema`` ($refs resolved; OpenAPI 3.0 ``nullable`` →
  ``null`` allowed, ``discriminator`` → the mapped schema only, ``oneOf`` without one → ``anyOf``,
  boolean ``exclusiveMinimum``/``Maximum`` → numbers);
- **auth and scopes** — the security scheme's header is present (``Bearer`` / ``Basic``) and, given the
  scopes the account was granted, at least one of the operation's scope sets is covered;
- YouTube (discovery): the method's ``httpMethod`` and path (or a ``mediaUpload`` protocol path with
  ``uploadType``), parameters (``required``, ``location``, ``enum``, ``minimum``/``maximum``, ``repeated``),
  the request schema's properties (unknown fields refused, as Google's front end does), top-level body
  keys named in ``part``, and the resumable-upload session protocol (``Content-Range`` consistent with the
  bytes sent, chunks a multiple of 256 KiB);
- OAuth token requests (RFC 6749): form encoding, grant fields, PKCE verifier, client authentication.

For a loopback emulator pass ``base_url=emu.url``: its origin is read as the contract's API origin.
"""

from __future__ import annotations

import copy
import json
import re
import threading
from dataclasses import dataclass
from datetime import datetime
from email.parser import BytesParser
from email.policy import HTTP
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from emulators import contracts_dir

CONTRACTS_DIR = contracts_dir()
FILES = {"x": "x-api-v2.openapi.json", "pinterest": "pinterest-v5.openapi.json",
         "youtube": "youtube-v3.discovery.json", "youtube-analytics": "youtube-analytics-v2.discovery.json"}
CHUNK_UNIT = 256 * 1024  # Google resumable upload: chunks are multiples of 256 KiB, except the last


@dataclass(frozen=True)
class Violation:
    platform: str
    request: str
    rule: str
    detail: str

    def __str__(self) -> str:
        return f"[{self.platform}] {self.request}: {self.rule}: {self.detail}"


# --------------------------------------------------------------------------- request helpers


def body_of(request: httpx.Request) -> bytes:
    try:
        return request.content
    except httpx.RequestNotRead:
        return request.read()


def mime_of(request: httpx.Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def parse_body(request: httpx.Request) -> tuple[str, Any, list[str]]:
    """(mime, parsed body, multipart field order). Files in multipart become ``{"filename", "bytes"}``."""
    raw = body_of(request)
    mime = mime_of(request)
    if not raw:
        return mime, None, []
    if mime == "application/json" or mime.endswith("+json"):
        return mime, json.loads(raw), []
    if mime == "application/x-www-form-urlencoded":
        return mime, _multi(parse_qsl(raw.decode("utf-8"), keep_blank_values=True)), []
    if mime == "multipart/form-data":
        head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
        msg = BytesParser(policy=HTTP).parsebytes(head + raw)
        out: dict[str, Any] = {}
        order: list[str] = []
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            filename = part.get_param("filename", header="content-disposition")
            data = part.get_payload(decode=True) or b""
            order.append(name)
            out[name] = {"filename": filename, "bytes": data,
                         "content_type": part.get_content_type()} if filename is not None else data.decode("utf-8")
        return mime, out, order
    return mime, raw, []


def _multi(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            out[k] = (out[k] if isinstance(out[k], list) else [out[k]]) + [v]
        else:
            out[k] = v
    return out


def _credentials(request: httpx.Request) -> list[str]:
    found = [h for h in ("authorization", "cookie", "proxy-authorization") if h in request.headers]
    q = dict(parse_qsl(request.url.query.decode("ascii") if isinstance(request.url.query, bytes)
                       else str(request.url.query)))
    found += [p for p in ("access_token", "oauth_token", "key") if p in q]
    return found


def _query(request: httpx.Request) -> list[tuple[str, str]]:
    q = request.url.query
    return parse_qsl(q.decode("ascii") if isinstance(q, bytes) else str(q), keep_blank_values=True)


def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


FORMATS = jsonschema.FormatChecker(formats=())
FORMATS.checks("date-time")(_is_datetime)


def _coerce(value: str, schema: dict) -> Any:
    """A URL / form string read as the type its schema declares (raises ValueError when it cannot be)."""
    t = schema.get("type")
    if t == "integer":
        return int(value)
    if t == "number":
        return float(value)
    if t == "boolean":
        if value not in ("true", "false"):
            raise ValueError(f"{value!r} is not true/false")
        return value == "true"
    return value


# --------------------------------------------------------------------------- base


class Contract:
    platform = ""
    api_origins: tuple[str, ...] = ()  # https://host — where credentials may go
    token_url = ""
    pkce = True
    token_needs_secret = False  # the token endpoint demands client authentication (Basic or client_secret)

    def __init__(self) -> None:
        self.seen = 0
        self._lock = threading.Lock()

    # -- entry point
    def validate(self, request: httpx.Request, *, scopes: tuple[str, ...] | list[str] | None = None,
                 base_url: str | None = None) -> list[Violation]:
        with self._lock:
            self.seen += 1
        if base_url:
            request = self._rebase(request, base_url)
        label = f"{request.method} {request.url.copy_with(query=None)}"
        out: list[Violation] = []

        def bad(rule: str, detail: str) -> None:
            out.append(Violation(self.platform, label, rule, detail))

        url = request.url
        origin = f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port else "")
        if url.scheme != "https":
            bad("host", f"{url.scheme}:// — the platform is reached over https only")
        if self.token_url and str(url.copy_with(query=None)) == self.token_url:
            self.check_token(request, bad)
            if self.token_path_in_spec():
                self.check_operation(request, bad, None)
            return out
        if origin not in self.api_origins:
            creds = _credentials(request)
            if creds:
                bad("credentials", f"{', '.join(creds)} sent to {url.host}, which is not the platform's API "
                                   f"host ({', '.join(self.api_origins)})")
            self.check_third_party(request, bad)
            return out
        self.check_operation(request, bad, scopes)
        return out

    def _rebase(self, request: httpx.Request, base_url: str) -> httpx.Request:
        base = httpx.URL(base_url)
        if request.url.host != base.host or request.url.port != base.port:
            return request
        api = httpx.URL(self.api_origins[0])
        url = request.url.copy_with(scheme=api.scheme, host=api.host, port=None)
        if self.token_url and request.url.path in self.emulator_token_paths():
            url = httpx.URL(self.token_url)
        body = body_of(request)
        return httpx.Request(request.method, url, headers=request.headers, content=body)

    def emulator_token_paths(self) -> tuple[str, ...]:
        return ("/oauth/token", urlsplit(self.token_url).path)

    def token_path_in_spec(self) -> bool:
        return False

    # -- hooks
    def check_operation(self, request, bad, scopes) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def check_third_party(self, request: httpx.Request, bad) -> None:
        bad("host", f"{request.url.host} is neither an API host of {self.platform} nor an upload URL it hands out")

    # -- OAuth 2.0 token endpoint (RFC 6749 §4.1.3, §6; RFC 7636 §4.5)
    def check_token(self, request: httpx.Request, bad) -> None:
        if request.method != "POST":
            bad("method", f"token requests are POST, not {request.method}")
        mime, form, _ = parse_body(request)
        if mime != "application/x-www-form-urlencoded":
            bad("content-type", f"token requests are application/x-www-form-urlencoded, not {mime or 'none'}")
            return
        form = form or {}
        grant = form.get("grant_type")
        need = {"authorization_code": ["code", "redirect_uri"] + (["code_verifier"] if self.pkce else []),
                "refresh_token": ["refresh_token"]}.get(grant)
        if need is None:
            bad("body", f"grant_type {grant!r} is not authorization_code or refresh_token")
            return
        for field in need:
            if not form.get(field):
                bad("body", f"{grant} needs {field}")
        basic = request.headers.get("authorization", "").startswith("Basic ")
        if self.token_needs_secret and not basic and not form.get("client_secret"):
            bad("auth", "the token endpoint needs the client authenticated (Basic header or client_secret)")
        if not basic and not form.get("client_id"):
            bad("auth", "without a Basic header the form must name the client (client_id)")
        if request.headers.get("authorization", "").startswith("Bearer "):
            bad("auth", "a bearer token has no business on the token endpoint")


# --------------------------------------------------------------------------- OpenAPI 3.0


def _openapi_to_jsonschema(node: Any) -> Any:
    """OpenAPI 3.0 schema objects → draft-7 JSON Schema (in a copy of the whole document)."""
    if isinstance(node, list):
        return [_openapi_to_jsonschema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _openapi_to_jsonschema(v) for k, v in node.items()
           if k not in ("example", "examples", "xml", "externalDocs", "deprecated")}
    if out.pop("nullable", False) is True:
        t = out.get("type")
        if isinstance(t, str):
            out["type"] = [t, "null"]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        for key in ("oneOf", "anyOf", "allOf"):
            if key in out:
                out = {"anyOf": [{"type": "null"}, out]}
                break
    for lim, ex in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if out.get(ex) is True and lim in out:
            out[ex] = out.pop(lim)
        elif out.get(ex) is False:
            out.pop(ex)
    disc = out.get("discriminator")
    if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
        out.pop("discriminator")
        prop, mapping = disc["propertyName"], disc.get("mapping") or {}
        if mapping and ("oneOf" in out or "anyOf" in out):
            # the discriminator names the one schema to use; matching "exactly one" of overlapping
            # branches is not what the platform does
            out.pop("oneOf", None)
            out.pop("anyOf", None)
            out.setdefault("required", [])
            if prop not in out["required"]:
                out["required"] = [*out["required"], prop]
            out.setdefault("properties", {})[prop] = {**out.get("properties", {}).get(prop, {}),
                                                     "enum": sorted(mapping)}
            out["allOf"] = [*out.get("allOf", []), *[
                {"if": {"properties": {prop: {"const": key}}, "required": [prop]}, "then": {"$ref": ref}}
                for key, ref in sorted(mapping.items())]]
    if "oneOf" in out:
        out["anyOf"] = out.pop("oneOf")
    return out


class OpenAPIContract(Contract):
    def __init__(self, platform: str, path: Path) -> None:
        super().__init__()
        self.platform = platform
        self.spec = json.loads(path.read_text(encoding="utf-8"))
        self.version = self.spec["info"]["version"]
        self.schema_doc = _openapi_to_jsonschema(self.spec)
        uri = f"urn:contract:{platform}"
        self.uri = uri
        self.registry = Registry().with_resource(uri, Resource.from_contents(self.schema_doc,
                                                                              default_specification=DRAFT7))
        self.servers = []
        for s in self.spec.get("servers", []):
            u = urlsplit(s["url"])
            self.servers.append((f"{u.scheme}://{u.netloc}", u.path.rstrip("/")))
        self.api_origins = tuple(dict.fromkeys(o for o, _ in self.servers))
        self.ops: list[tuple[re.Pattern, str, dict]] = []
        for template, item in self.spec["paths"].items():
            rx = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(template)) + "$")
            self.ops.append((rx, template, item))
        # literal paths before templated ones (/2/tweets/search/all before /2/tweets/{id})
        self.ops.sort(key=lambda o: o[1].count("{"))
        schemes = self.spec.get("components", {}).get("securitySchemes", {})
        self.schemes = schemes
        for s in schemes.values():
            flow = (s.get("flows") or {}).get("authorizationCode")
            if s.get("type") == "oauth2" and flow and not self.token_url:
                self.token_url = flow["tokenUrl"]
        self._validators: dict[str, Any] = {}

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            cur: Any = self.spec
            for part in node["$ref"].lstrip("#/").split("/"):
                cur = cur[part]
            node = cur
        return node

    def _pointer(self, node: dict) -> str | None:
        return node.get("$ref") if isinstance(node, dict) else None

    def schema_errors(self, schema: dict, value: Any) -> list[str]:
        """Validate ``value`` against a schema of the (converted) document, $refs resolved in the registry."""
        key = json.dumps(schema, sort_keys=True)
        v = self._validators.get(key)
        if v is None:
            conv = _openapi_to_jsonschema(schema)
            conv = _rebase_refs(conv, self.uri)
            v = self._validators[key] = jsonschema.Draft7Validator(conv, registry=self.registry,
                                                                   format_checker=FORMATS)
        return [f"{'/'.join(map(str, e.absolute_path)) or '(body)'}: {e.message[:300]}"
                for e in sorted(v.iter_errors(value), key=lambda e: list(map(str, e.absolute_path)))]

    def token_path_in_spec(self) -> bool:
        path = urlsplit(self.token_url).path
        return any(rx.match(self._strip(path) or "") for rx, _, _ in self.ops)

    def _strip(self, path: str) -> str | None:
        for _, base in self.servers:
            if base and path.startswith(base + "/"):
                return path[len(base):]
            if not base:
                return path
        return None

    def find(self, method: str, path: str) -> tuple[str, dict, dict, list[str]] | str:
        rel = self._strip(path)
        if rel is None:
            return f"{path} is outside the server base path"
        methods_seen = []
        for rx, template, item in self.ops:
            m = rx.match(rel)
            if not m:
                continue
            op = item.get(method.lower())
            if op is None:
                methods_seen.append(f"{template}: {', '.join(k.upper() for k in item if k in _HTTP_METHODS)}")
                continue
            return template, item, op, list(m.groups())
        if methods_seen:
            return f"method {method} not declared ({'; '.join(methods_seen)})"
        return f"no path in the contract matches {rel}"

    def check_operation(self, request: httpx.Request, bad, scopes) -> None:
        found = self.find(request.method, request.url.path)
        if isinstance(found, str):
            bad("path" if "no path" in found or "outside" in found else "method", found)
            return
        template, item, op, values = found
        params = [self.resolve(p) for p in item.get("parameters", [])] + \
                 [self.resolve(p) for p in op.get("parameters", [])]
        # -- path parameters
        names = re.findall(r"\{([^}]+)\}", template)
        for name, raw in zip(names, values, strict=True):
            spec = next((p for p in params if p["in"] == "path" and p["name"] == name), None)
            if spec is None:
                continue
            self._param(bad, "path", name, [raw], spec)
        # -- query parameters
        query = _multi(_query(request))
        declared = {p["name"]: p for p in params if p["in"] == "query"}
        for name in query:
            if name not in declared:
                bad("query", f"parameter {name!r} is not declared (declared: {', '.join(sorted(declared)) or 'none'})")
        for name, spec in declared.items():
            if name not in query:
                if spec.get("required"):
                    bad("query", f"required parameter {name!r} missing")
                continue
            raw = query[name]
            self._param(bad, "query", name, raw if isinstance(raw, list) else [raw], spec)
        for spec in params:
            if spec["in"] == "header" and spec.get("required") and spec["name"].lower() not in request.headers:
                bad("header", f"required header {spec['name']!r} missing")
        # -- body
        self._body(request, bad, op)
        # -- security
        security = op.get("security", self.spec.get("security"))
        if security:
            self._security(request, bad, security, scopes)

    def _param(self, bad, where: str, name: str, raws: list[str], spec: dict) -> None:
        schema = self.resolve(spec.get("schema") or {})
        if schema.get("type") == "array":
            explode = spec.get("explode", spec.get("style", "form") == "form")
            items = self.resolve(schema.get("items") or {})
            parts = raws if explode and len(raws) > 1 else [x for r in raws for x in r.split(",")]
            try:
                value: Any = [_coerce(x, items) for x in parts]
            except ValueError as exc:
                bad(where, f"{name}: {exc}")
                return
        else:
            if len(raws) > 1:
                bad(where, f"{name} given {len(raws)} times")
            try:
                value = _coerce(raws[0], schema)
            except ValueError as exc:
                bad(where, f"{name}: {exc}")
                return
        for err in self.schema_errors(spec.get("schema") or {}, value):
            bad(where, f"{name}={raws if len(raws) > 1 else raws[0]!r}: {err}")

    def _body(self, request: httpx.Request, bad, op: dict) -> None:
        rb = self.resolve(op.get("requestBody")) if op.get("requestBody") else None
        raw = body_of(request)
        if rb is None:
            if raw:
                bad("body", f"the operation takes no body, {len(raw)} bytes sent")
            return
        if not raw:
            if rb.get("required"):
                bad("body", "a request body is required")
            return
        content = rb.get("content") or {}
        mime = mime_of(request)
        media = content.get(mime)
        if media is None:
            bad("content-type", f"{mime or 'no Content-Type'} not accepted (accepted: {', '.join(content)})")
            return
        try:
            _, body, _ = parse_body(request)
        except ValueError as exc:
            bad("body", f"unreadable {mime}: {exc}")
            return
        schema = media.get("schema") or {}
        if mime in ("multipart/form-data", "application/x-www-form-urlencoded") and isinstance(body, dict):
            body = self._form_values(body, self.resolve(schema))
        for err in self.schema_errors(schema, body):
            bad("body", err)

    def _form_values(self, form: dict, schema: dict) -> dict:
        props = schema.get("properties") or {}
        out = {}
        for k, v in form.items():
            s = self.resolve(props.get(k) or {})
            if isinstance(v, dict) and "bytes" in v:
                out[k] = "<binary>"  # a file part: format binary
            else:
                try:
                    out[k] = _coerce(v, s) if isinstance(v, str) else v
                except ValueError:
                    out[k] = v
        return out

    def _security(self, request: httpx.Request, bad, security: list[dict], scopes) -> None:
        auth = request.headers.get("authorization", "")
        kind = auth.split(" ", 1)[0].lower() if auth else ""
        satisfied = []
        for alt in security:
            if not alt:
                satisfied.append(alt)
                continue
            ok = True
            for name in alt:
                s = self.schemes.get(name, {})
                want = "bearer" if s.get("type") == "oauth2" else (s.get("scheme") or "").lower()
                if s.get("type") == "apiKey":
                    ok = False  # not a mechanism we use
                elif want != kind:
                    ok = False
            if ok:
                satisfied.append(alt)
        if not satisfied:
            names = [" + ".join(a) or "none" for a in security]
            bad("auth", f"no accepted credentials (needs one of: {'; '.join(names)}; sent: {kind or 'nothing'})")
            return
        if scopes is not None and kind == "bearer":
            granted = set(scopes)
            oauth_alts = [alt for alt in satisfied if any(self.schemes.get(n, {}).get("type") == "oauth2" for n in alt)]
            if oauth_alts and not any(set(sum((list(v) for v in alt.values()), [])) <= granted for alt in oauth_alts):
                needs = [sorted(set(sum((list(v) for v in alt.values()), [])) - granted) for alt in oauth_alts]
                bad("scope", f"the granted scopes lack {min(needs, key=len)}")


_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def _rebase_refs(node: Any, uri: str) -> Any:
    if isinstance(node, list):
        return [_rebase_refs(n, uri) for n in node]
    if isinstance(node, dict):
        return {k: (uri + v if k == "$ref" and isinstance(v, str) and v.startswith("#") else _rebase_refs(v, uri))
                for k, v in node.items()}
    return node


class XContract(OpenAPIContract):
    pkce = True  # docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token: PKCE is required

    def __init__(self) -> None:
        super().__init__("x", CONTRACTS_DIR / FILES["x"])


class PinterestContract(OpenAPIContract):
    pkce = False
    token_needs_secret = True  # the spec's POST /oauth/token: security basic
    # the upload_url POST /v5/media hands out (MediaUpload.upload_url, the spec's example host)
    upload_hosts = ("pinterest-media-upload.s3-accelerate.amazonaws.com",)

    def __init__(self) -> None:
        super().__init__("pinterest", CONTRACTS_DIR / FILES["pinterest"])

    def token_path_in_spec(self) -> bool:
        return True

    def check_operation(self, request: httpx.Request, bad, scopes) -> None:
        super().check_operation(request, bad, scopes)
        # the spec's own words on GET /pins/{pin_id}/analytics (start_date and end_date descriptions): the start
        # "cannot be more than 90 days back from today", the end "not more than 90 days past start_date"
        if request.method == "GET" and re.fullmatch(r"/v5/pins/[^/]+/analytics", request.url.path):
            from datetime import UTC, date, datetime

            q = dict(_query(request))
            try:
                start, end = date.fromisoformat(q.get("start_date", "")), date.fromisoformat(q.get("end_date", ""))
            except ValueError:
                return  # the schema check above already named the bad or missing date
            today = datetime.now(UTC).date()
            if (today - start).days > 90:
                bad("query", f"start_date {start} is more than 90 days back from today ({today})")
            if (end - start).days > 90:
                bad("query", f"end_date {end} is more than 90 days past start_date {start}")
            if end < start:
                bad("query", f"end_date {end} is before start_date {start}")

    def check_third_party(self, request: httpx.Request, bad) -> None:
        host = request.url.host
        if host not in self.upload_hosts and not host.endswith(".amazonaws.com"):
            super().check_third_party(request, bad)
            return
        # Amazon S3 browser-based POST upload with the fields Pinterest returned (MediaUploadParameters)
        if request.method != "POST":
            bad("upload", f"the media upload is a POST to upload_url, not {request.method}")
        mime, form, order = parse_body(request)
        if mime != "multipart/form-data":
            bad("upload", f"the media upload is multipart/form-data, not {mime or 'none'}")
            return
        form = form or {}
        if not order or order[-1] != "file" or not isinstance(form.get("file"), dict):
            bad("upload", "the file must be the last form field, named 'file' (S3 ignores fields after it)")
        props = self.resolve({"$ref": "#/components/schemas/MediaUploadParameters"})["properties"]
        for key in ("key", "policy", "x-amz-signature"):
            if key in props and key not in form:
                bad("upload", f"upload parameter {key!r} from POST /v5/media missing")


# --------------------------------------------------------------------------- Google discovery


def _discovery_to_jsonschema(node: Any) -> Any:
    if isinstance(node, list):
        return [_discovery_to_jsonschema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for k, v in node.items():
        if k in ("description", "enumDescriptions", "id", "annotations", "deprecated", "enumDeprecated",
                 "readOnly", "default", "format", "location", "repeated", "required"):
            if k == "format" and v == "date-time":
                out["format"] = v
            continue
        if k == "$ref":
            out["$ref"] = f"#/schemas/{v}"
        elif k == "properties":
            out["properties"] = {pk: _discovery_to_jsonschema(pv) for pk, pv in v.items()}
        elif k == "type" and v == "any":
            continue
        else:
            out[k] = _discovery_to_jsonschema(v)
    if out.get("type") == "object" and "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False  # Google refuses unknown fields ("Unknown name ...")
    return out


class YouTubeContract(Contract):
    platform = "youtube"
    pkce = True
    token_needs_secret = True  # Google's token endpoint wants client_secret from desktop ("installed") clients
    token_url = "https://oauth2.googleapis.com/token"
    # www.googleapis.com: the host the YouTube guides (resumable uploads, quickstarts) use beside rootUrl
    host_aliases = ("https://www.googleapis.com",)

    def __init__(self) -> None:
        super().__init__()
        self.doc = json.loads((CONTRACTS_DIR / FILES[self.platform]).read_text(encoding="utf-8"))
        self.version = self.doc["revision"]
        root = self.doc["rootUrl"].rstrip("/")
        self.api_origins = (root, *self.host_aliases)
        self.service_path = "/" + self.doc.get("servicePath", "").strip("/")
        schema_doc = {"schemas": _discovery_to_jsonschema(self.doc["schemas"])}
        self.uri = "urn:contract:youtube"
        self.registry = Registry().with_resource(self.uri, Resource.from_contents(schema_doc,
                                                                                   default_specification=DRAFT7))
        self.methods: list[dict] = []
        self._walk(self.doc.get("resources", {}), "")
        self._validators: dict[str, Any] = {}

    def emulator_token_paths(self) -> tuple[str, ...]:
        return ("/oauth/token", "/token")

    def _walk(self, resources: dict, prefix: str) -> None:
        for rname, res in resources.items():
            for mname, meth in (res.get("methods") or {}).items():
                path = (self.service_path.rstrip("/") + "/" + meth.get("flatPath", meth["path"])).replace("//", "/")
                rx = re.compile("^" + re.sub(r"\\\{\\?\+?[^}]+\\\}", "([^/]+)", re.escape(path)) + "$")
                uploads = {}
                for proto, conf in ((meth.get("mediaUpload") or {}).get("protocols") or {}).items():
                    uploads[proto] = conf["path"]
                self.methods.append({"id": f"{prefix}{rname}.{mname}", "rx": rx, "meta": meth, "uploads": uploads})
            self._walk(res.get("resources") or {}, f"{prefix}{rname}.")

    def schema_errors(self, ref: str, value: Any) -> list[str]:
        v = self._validators.get(ref)
        if v is None:
            v = self._validators[ref] = jsonschema.Draft7Validator({"$ref": f"{self.uri}#/schemas/{ref}"},
                                                                   registry=self.registry, format_checker=FORMATS)
        return [f"{'/'.join(map(str, e.absolute_path)) or '(body)'}: {e.message[:300]}"
                for e in sorted(v.iter_errors(value), key=lambda e: list(map(str, e.absolute_path)))]

    def check_operation(self, request: httpx.Request, bad, scopes) -> None:
        path = request.url.path
        query = _multi(_query(request))
        upload = None
        for m in self.methods:
            for proto, upath in m["uploads"].items():
                if path == upath:
                    upload = (m, proto)
        if upload is not None:
            m, proto = upload
            if "upload_id" in query:
                self._session(request, bad, query)
                return
            meta = m["meta"]
            if request.method != meta["httpMethod"]:
                bad("method", f"{m['id']} is {meta['httpMethod']}, not {request.method}")
            utype = query.get("uploadType")
            allowed = {"resumable": ("resumable",), "simple": ("media", "multipart", "resumable")}[proto]
            if utype not in allowed:
                bad("query", f"uploadType={utype!r} on {path}: expected one of {allowed}")
            if utype == "resumable":
                accept = (meta.get("mediaUpload") or {}).get("accept", [])
                ctype = request.headers.get("x-upload-content-type", "")
                if ctype and not any(re.fullmatch(a.replace("*", ".*"), ctype) for a in accept):
                    bad("header", f"X-Upload-Content-Type {ctype!r} not in {accept}")
                length = request.headers.get("x-upload-content-length")
                if length is not None and (not length.isdigit()
                                           or int(length) > int((meta.get("mediaUpload") or {}).get("maxSize", 2**63))):
                    bad("header", f"X-Upload-Content-Length {length!r} is not a size the method accepts")
            self._method(request, bad, m, query, scopes)
            return
        for m in self.methods:
            if m["rx"].match(path) and m["meta"]["httpMethod"] == request.method:
                if "uploadType" in query:
                    bad("query", f"uploadType on {path}, which is not an upload path")
                self._method(request, bad, m, query, scopes)
                return
        same_path = [m["id"] + " " + m["meta"]["httpMethod"] for m in self.methods if m["rx"].match(path)]
        if same_path:
            bad("method", f"{request.method} {path} not declared ({', '.join(same_path)})")
        else:
            bad("path", f"no method of the discovery document has the path {path}")

    def _method(self, request: httpx.Request, bad, m: dict, query: dict, scopes) -> None:
        meta = m["meta"]
        params = {**self.doc.get("parameters", {}), **meta.get("parameters", {})}
        for name in query:
            if name not in params:
                bad("query", f"{m['id']}: parameter {name!r} is not declared")
            elif params[name].get("location") != "query":
                bad("query", f"{m['id']}: {name!r} belongs in the {params[name].get('location')}")
        for name, p in params.items():
            if p.get("location") == "query" and p.get("required") and name not in query:
                bad("query", f"{m['id']}: required parameter {name!r} missing")
        parts: list[str] = []
        for name, raw in query.items():
            p = params.get(name)
            if p is None:
                continue
            raws = raw if isinstance(raw, list) else [raw]
            if len(raws) > 1 and not p.get("repeated"):
                bad("query", f"{m['id']}: {name} given {len(raws)} times but is not repeated")
            values = [x for r in raws for x in (r.split(",") if p.get("repeated") else [r])]
            if name == "part":
                parts = values
            for v in values:
                if "enum" in p and v not in p["enum"]:
                    bad("query", f"{m['id']}: {name}={v!r} not in {p['enum']}")
                t = p.get("type")
                try:
                    if t == "integer":
                        n = int(v)
                        if "minimum" in p and n < int(p["minimum"]) or "maximum" in p and n > int(p["maximum"]):
                            bad("query", f"{m['id']}: {name}={n} outside {p.get('minimum')}..{p.get('maximum')}")
                    elif t == "boolean" and v not in ("true", "false"):
                        raise ValueError(f"{v!r} is not true/false")
                except ValueError as exc:
                    bad("query", f"{m['id']}: {name}: {exc}")
        raw = body_of(request)
        req_schema = (meta.get("request") or {}).get("$ref")
        if req_schema is None:
            if raw:
                bad("body", f"{m['id']} takes no body, {len(raw)} bytes sent")
        elif raw:
            if mime_of(request) != "application/json":
                bad("content-type", f"{m['id']} metadata is application/json, not {mime_of(request) or 'none'}")
            else:
                body = json.loads(raw)
                for err in self.schema_errors(req_schema, body):
                    bad("body", err)
                if "part" in params and isinstance(body, dict):
                    unnamed = sorted(k for k in body if k not in parts and k not in ("id", "kind", "etag"))
                    if unnamed:
                        bad("body", f"{m['id']}: {unnamed} set but not named in part={','.join(parts)} "
                                    "(YouTube ignores them)")
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer "):
            bad("auth", f"{m['id']} needs an OAuth 2.0 bearer token")
        elif scopes is not None and meta.get("scopes") and not set(meta["scopes"]) & set(scopes):
            bad("scope", f"{m['id']} needs one of {meta['scopes']}")

    def _session(self, request: httpx.Request, bad, query: dict) -> None:
        """A request to a resumable-upload session URI (Google's resumable upload protocol)."""
        if request.method != "PUT":
            bad("upload", f"session requests are PUT, not {request.method}")
        cr = request.headers.get("content-range", "")
        raw = body_of(request)
        m_status = re.fullmatch(r"bytes \*/(\d+)", cr)
        m_chunk = re.fullmatch(r"bytes (\d+)-(\d+)/(\d+)", cr)
        if m_status:
            if raw:
                bad("upload", "a status query (bytes */N) carries no bytes")
        elif m_chunk:
            a, b, n = map(int, m_chunk.groups())
            if not (0 <= a <= b < n):
                bad("upload", f"Content-Range {cr!r} is not a range inside the file")
            if len(raw) != b - a + 1:
                bad("upload", f"Content-Range {cr!r} declares {b - a + 1} bytes, {len(raw)} sent")
            if b + 1 < n and (b - a + 1) % CHUNK_UNIT:
                bad("upload", f"a non-final chunk of {b - a + 1} bytes is not a multiple of 256 KiB")
        else:
            bad("upload", f"Content-Range {cr!r} is neither 'bytes a-b/N' nor 'bytes */N'")


class YouTubeAnalyticsContract(YouTubeContract):
    """The YouTube Analytics API v2 discovery document (metrics, issue 20). Its parameters state "required: true"
    and "pattern: …" inside their descriptions rather than as fields; both are read from there and enforced."""

    platform = "youtube-analytics"
    host_aliases = ()

    def _method(self, request: httpx.Request, bad, m: dict, query: dict, scopes) -> None:
        super()._method(request, bad, m, query, scopes)
        for name, p in (m["meta"].get("parameters") or {}).items():
            desc = p.get("description") or ""
            value = query.get(name)
            if value is None:
                if "required: true" in desc:
                    bad("query", f"{m['id']}: required parameter {name!r} missing (its description says so)")
                continue
            pat = re.search(r"pattern: (\S+)", desc)
            if pat and isinstance(value, str):
                rx = pat.group(1).strip('",')
                if not re.fullmatch(rx, value):
                    bad("query", f"{m['id']}: {name}={value!r} does not match {rx}")


# --------------------------------------------------------------------------- registry


@cache
def contract(platform: str) -> Contract:
    return {"x": XContract, "pinterest": PinterestContract, "youtube": YouTubeContract,
            "youtube-analytics": YouTubeAnalyticsContract}[platform]()


PLATFORMS = tuple(FILES)


def validate(platform: str, request: httpx.Request, **kw: Any) -> list[Violation]:
    return contract(platform).validate(request, **kw)


class Capture:
    """An ``httpx.MockTransport`` that validates each request before handing it to ``respond``.

    ``respond(request) -> httpx.Response`` plays the platform (an emulator's ``handle_httpx``).
    Every request and every violation is kept, so a test can assert on both.
    """

    def __init__(self, platform: str, respond, *, scopes: tuple[str, ...] | None = None) -> None:
        self.platform = platform
        self.respond = respond
        self.scopes = scopes
        self.requests: list[httpx.Request] = []
        self.violations: list[Violation] = []
        self.transport = httpx.MockTransport(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        body_of(request)
        self.requests.append(copy.copy(request))
        self.violations.extend(validate(self.platform, request, scopes=self.scopes))
        return self.respond(request)

    def summary(self) -> list[str]:
        return [f"{r.method} {r.url.copy_with(query=None)}" for r in self.requests]
