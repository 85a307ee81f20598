"""Everything Settings › Accounts (and ``studio accounts pages|use-page|health``) needs, without the CLI.

- ``guide(platform)``: what the user must register with the platform before connecting — a link to its app
  console, whether it needs a client secret (or a token-exchange URL), and the EXACT redirect URI to
  register: a fixed loopback port where the platform demands an exact match (X, Meta, Google), or TikTok's
  registered wildcard port ``http://127.0.0.1:*/callback/``.
- ``scopes(db, name)``: the permissions the account was granted against those it needs.
- ``pages`` / ``use_page``: pick the Facebook Page (its Page token is what Pages accept — the user token is
  kept to list Pages again) or, for Instagram with Facebook Login, the Page whose Instagram account to post to;
  ``boards`` / ``use_board`` for Pinterest.
- ``health(db)``: per account — token expiry, last refresh, quota left today, the Graph API version warning,
  and the last error with the action that fixes it.

Adapters and OAuth specs are reached through ``studio.registry`` (services never import ``channels``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from studio import clock, registry, settings
from studio.domain import StudioError
from studio.ports import ChannelSignIn
from studio.services import accounts
from studio.storage import models as m
from studio.storage.db import Database

REDIRECT_PORT_KEY = "channels.redirect_port"


@dataclass(frozen=True)
class PlatformGuide:
    platform: str
    oauth: bool  # signs in through the browser
    needs_secret: bool  # the token exchange needs the app secret (or a token-exchange URL)
    console_url: str
    redirect_uri: str  # what to register
    redirect_note: str
    scopes: tuple[str, ...]
    optional_scopes: tuple[str, ...]
    picks: str | None  # "page" | "board" | None
    login_types: tuple[str, ...] = ()
    token_only: bool = False  # webhook / folder: no sign-in


@dataclass
class AccountHealth:
    name: str
    platform: str
    status: str
    token_expires_at: datetime | None
    last_refresh: datetime | None
    quota: list[dict[str, Any]] = field(default_factory=list)  # name, limit, planned, left
    quota_left_today: int | None = None
    problems: list[dict[str, str]] = field(default_factory=list)  # message, action, severity
    connected: bool = True  # False while a sign-in account has no token yet (never connected)
    ever_connected: bool = True  # False for a sign-in account that was never signed in (no token, no failed refresh)

    @property
    def ok(self) -> bool:
        return not any(p["severity"] == "error" for p in self.problems)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "platform": self.platform, "status": self.status,
                "token_expires_at": self.token_expires_at.isoformat() if self.token_expires_at else None,
                "last_refresh": self.last_refresh.isoformat() if self.last_refresh else None,
                "quota": [{k: q[k] for k in ("name", "limit", "planned", "left")} for q in self.quota],
                "quota_left_today": self.quota_left_today, "problems": self.problems, "ok": self.ok,
                "state": self.state}

    @property
    def state(self) -> str:
        """What the account can do now, one word each: ``connected`` (works), ``not-connected`` (never signed
        in), ``needs-reconnect`` (sign-in or token refresh failed, token expired), ``needs-attention``
        (connected, but something blocks publishing: no Page/board picked, a permission, a failed post)."""
        if not self.connected:
            return "not-connected"
        errors = [p for p in self.problems if p["severity"] == "error"]
        if self.status == "needs-reconnect" or any("expired" in p["message"] for p in errors):
            return "needs-reconnect"
        return "needs-attention" if errors else "connected"


def _oauth_module() -> ChannelSignIn:
    return registry.signin()


def redirect_port() -> int | None:
    return settings.Settings().model.channels.redirect_port or None  # typed: channels.redirect_port


def default_redirect_port() -> int:
    return int(_oauth_module().DEFAULT_LOOPBACK_PORT)


def graph_versions(today=None) -> list[tuple[str, str | None]]:
    """Graph API versions still served, newest first, with the date each stops working (None = not announced)."""
    from datetime import date

    meta = registry.signin()
    today = today or clock.today()
    out = [(v, until) for v, until in meta.GRAPH_VERSIONS.items() if until is None or date.fromisoformat(until) > today]
    return sorted(out, key=lambda vu: -float(vu[0].lstrip("v")))


def set_redirect_port(port: int | None) -> None:
    if port is not None and not 1024 <= int(port) <= 65535:
        raise StudioError("the redirect port must be between 1024 and 65535")
    settings.Settings().set(REDIRECT_PORT_KEY, int(port) if port else None)


def guide(platform: str, conf: dict[str, Any] | None = None) -> PlatformGuide:
    conf = conf or {}
    if platform in accounts.PSEUDO_PLATFORMS:
        return PlatformGuide(platform, False, False, "", "", "", (), (), None, token_only=True)
    spec = accounts._oauth_spec(platform, conf)
    picks = {"facebook": "page", "pinterest": "board"}.get(platform)
    if platform == "instagram" and conf.get("login_type") == "facebook":
        picks = "page"
    login_types = ("instagram", "facebook") if platform == "instagram" else ()
    if spec is None:
        return PlatformGuide(platform, False, False, "", "", "", (), (), picks, login_types)
    oauth = _oauth_module()
    port = conf.get("redirect_port") or redirect_port()
    uri = oauth.registered_redirect_uri(spec, port)
    if spec.redirect_port == "any" and not port:
        note = ("this platform accepts a registered wildcard port: register exactly this URI (with the *); the "
                "app then listens on any free port")
    else:
        note = ("this platform demands an exact match: register exactly this URI; the app listens on this fixed "
                "port while you sign in (change the port below if another program uses it, then register the "
                "new URI)")
    return PlatformGuide(platform, True, bool(spec.needs_secret), spec.console_url or "", uri, note,
                         tuple(spec.scopes), tuple(spec.optional_scopes), picks, login_types)


def guides() -> list[PlatformGuide]:
    return [guide(p) for p in accounts.platforms()]


def add(db: Database, platform: str, name: str, *, client_id: str | None = None, client_secret: str | None = None,
        exchange_url: str | None = None, base_url: str | None = None, token: str | None = None,
        extra: dict[str, Any] | None = None):
    conf = dict(extra or {})
    if client_id:
        conf["client_id"] = client_id.strip()
    if exchange_url:
        exchange_url = exchange_url.strip()
        if not exchange_url.startswith("https://"):
            raise StudioError("the token-exchange URL must start with https:// (it carries your codes and tokens)")
        conf["exchange_url"] = exchange_url
    acc = accounts.add_account(db, platform, name, base_url=base_url or None, token=token or None, settings_=conf)
    if client_secret:
        accounts.set_client_secret(acc.name, client_secret.strip())
    return acc


# --------------------------------------------------------------------------- scopes


def scopes(db: Database, name: str) -> dict[str, Any]:
    acc = accounts.get_account(db, name)
    g = guide(acc.platform, acc.settings)
    tokens = accounts.load_tokens(acc.name) or {}
    raw = tokens.get("scope")
    granted = None if raw is None else sorted({s for s in str(raw).replace(",", " ").split() if s})
    need = list(g.scopes)
    missing = [s for s in need if granted is not None and s not in granted]
    missing_optional = [s for s in g.optional_scopes if granted is not None and s not in granted]
    return {"needed": need, "optional": list(g.optional_scopes), "granted": granted, "missing": missing,
            "missing_optional": missing_optional}


# --------------------------------------------------------------------------- pages and boards


def _adapter_with(db: Database, acc, token: str):
    return accounts.make_adapter(acc, token)


def pages(db: Database, name: str) -> list[dict[str, Any]]:
    """The Facebook Pages the signed-in user manages (id, name, tasks, Instagram account)."""
    acc = accounts.get_account(db, name)
    if acc.platform not in ("facebook", "instagram"):
        raise StudioError(f"'{name}' is a {acc.platform} account; Pages are for facebook (and instagram with "
                          "login_type=facebook)")
    tokens = accounts.load_tokens(acc.name) or {}
    user_token = tokens.get("user_access_token") or tokens.get("access_token")
    if not user_token:
        raise StudioError(f"'{name}' is not connected yet: connect it first (Settings › Accounts › Connect, or "
                          f"studio accounts connect {name})")
    adapter = _adapter_with(db, acc, user_token)
    try:
        found = adapter.pages()
        if found is None:
            raise StudioError(f"{acc.platform} adapters cannot list Pages")
    finally:
        adapter.close()
    out = []
    for p in found:
        ig = p.get("instagram_business_account") or {}
        out.append({"id": str(p.get("id")), "name": p.get("name") or "", "tasks": list(p.get("tasks") or []),
                    "can_post": "CREATE_CONTENT" in (p.get("tasks") or []) or not p.get("tasks"),
                    "instagram_id": ig.get("id"), "instagram_username": ig.get("username"),
                    "_token": p.get("access_token")})
    return out


def public_pages(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in p.items() if not k.startswith("_")} for p in found]


def use_page(db: Database, name: str, page_id: str):
    """Store the picked Page: its Page token becomes the account's access token (the user token is kept to list
    Pages again); for Instagram with Facebook Login, the Page's Instagram account becomes ``ig_user_id``."""
    acc = accounts.get_account(db, name)
    found = pages(db, name)
    page = next((p for p in found if p["id"] == str(page_id)), None)
    if page is None:
        names = ", ".join(f"{p['name']} ({p['id']})" for p in found) or "none"
        raise StudioError(f"page {page_id} is not one this login manages; pages: {names}")
    tokens = accounts.load_tokens(acc.name) or {}
    user_token = tokens.get("user_access_token") or tokens.get("access_token")
    if acc.platform == "instagram":
        if not page.get("instagram_id"):
            raise StudioError(f"page {page['name']} has no Instagram professional account linked")
        return accounts.update_settings(db, acc.id, page_id=page["id"], page_name=page["name"],
                                        ig_user_id=page["instagram_id"],
                                        ig_username=page.get("instagram_username"))
    if not page["can_post"]:
        raise StudioError(f"you cannot post to {page['name']}: your role lacks the CREATE_CONTENT task")
    if not page.get("_token"):
        raise StudioError(f"Facebook returned no Page token for {page['name']}; reconnect and grant pages_show_list")
    accounts.store_tokens(acc.name, {**tokens, "access_token": page["_token"], "user_access_token": user_token,
                                     "expires_at": None, "page_id": page["id"]})
    return accounts.update_settings(db, acc.id, page_id=page["id"], page_name=page["name"],
                                    page_token_for=page["id"])


def boards(db: Database, name: str) -> list[dict[str, Any]]:
    acc = accounts.get_account(db, name)
    if acc.platform != "pinterest":
        raise StudioError(f"'{name}' is a {acc.platform} account; boards are for pinterest")
    adapter = accounts.adapter_for(db, acc.id)
    try:
        return [{"id": str(b.get("id")), "name": b.get("name") or ""} for b in adapter.boards() or []]
    finally:
        adapter.close()


def use_board(db: Database, name: str, board_id: str):
    acc = accounts.get_account(db, name)
    found = boards(db, name)
    board = next((b for b in found if b["id"] == str(board_id)), None)
    if board is None:
        raise StudioError(f"board {board_id} is not one of this account's boards: "
                          + (", ".join(f"{b['name']} ({b['id']})" for b in found) or "none"))
    return accounts.update_settings(db, acc.id, board_id=board["id"], board_name=board["name"])


# --------------------------------------------------------------------------- health


def _ts(v) -> datetime | None:
    try:
        return datetime.fromtimestamp(float(v), UTC) if v else None
    except (TypeError, ValueError):
        return None


def health(db: Database, name: str | None = None, now: float | None = None) -> list[AccountHealth]:
    from studio.services.scheduling import budgets

    now = clock.now().timestamp() if now is None else now
    rows = [accounts.get_account(db, name)] if name else accounts.list_accounts(db)
    out = []
    for acc in rows:
        tokens = accounts.load_tokens(acc.name) or {}
        h = AccountHealth(acc.name, acc.platform, acc.status, acc.token_expires_at or _ts(tokens.get("expires_at")),
                          _ts(tokens.get("issued_at")))
        try:
            qs = budgets.quota_status(db, acc.id, datetime.fromtimestamp(now, UTC))
        except StudioError:
            qs = []
        for q in qs:
            q = dict(q)
            q["left"] = max(0, int(q["limit"]) - int(q["planned"]))
            h.quota.append(q)
        daily = [q["left"] for q in h.quota if q["window_s"] >= 86400]
        h.quota_left_today = min(daily) if daily else None
        _problems(db, acc, tokens, h, now)
        out.append(h)
    return out


def _problem(h: AccountHealth, message: str, action: str, severity: str = "error") -> None:
    h.problems.append({"message": message, "action": action, "severity": severity})


def _problems(db: Database, acc, tokens: dict, h: AccountHealth, now: float) -> None:
    conf = acc.settings or {}
    reconnect = f"reconnect '{acc.name}' (Settings › Accounts › Reconnect, or studio accounts connect {acc.name})"
    why = accounts.publish_blocker(acc)
    if why:
        _problem(h, why, "fix the account as the message says")
    g = guide(acc.platform, conf)
    if g.oauth and not tokens:
        h.connected = False
        h.ever_connected = bool(conf.get("last_auth_error"))
        _problem(h, "not connected yet", f"connect '{acc.name}' (Settings › Accounts › Connect)")
    elif acc.status == "needs-reconnect":
        err = conf.get("last_auth_error") or {}
        _problem(h, err.get("message") or "the account needs to be connected again (the last sign-in or token "
                 "refresh did not succeed)", err.get("action") or reconnect)
    exp = tokens.get("expires_at")
    if exp and float(exp) <= now and not tokens.get("refresh_token") and acc.platform not in ("instagram", "threads"):
        _problem(h, "the token has expired", reconnect)
    elif exp and float(exp) <= now:
        _problem(h, "the token has expired and can no longer be refreshed", reconnect)
    elif exp and float(exp) - now < 7 * 86400 and acc.platform in ("instagram", "threads", "facebook"):
        _problem(h, f"the token expires on {_ts(exp):%Y-%m-%d}", "publish or open the app before then (it refreshes "
                 "tokens older than 24 h), or reconnect", "warning")
    if g.picks == "page" and tokens and not conf.get("page_id"):
        _problem(h, "no Facebook Page picked", f"pick the Page (Settings › Accounts › Pick page, or studio accounts "
                                               f"pages {acc.name})")
    elif acc.platform == "facebook" and conf.get("page_id") and str(conf.get("page_token_for")) != str(
            conf.get("page_id")) and conf.get("token_kind") != "page":
        _problem(h, "the account holds a user token; Pages accept only their Page token",
                 f"pick the Page again (studio accounts use-page {acc.name} {conf.get('page_id')})")
    if g.picks == "board" and tokens and not conf.get("board_id"):
        _problem(h, "no Pinterest board picked", "pick the board (Settings › Accounts › Pick board)")
    if tokens and g.oauth:
        sc = scopes(db, acc.name)
        if sc["missing"]:
            _problem(h, f"permissions not granted: {', '.join(sc['missing'])}", reconnect + " and approve them")
        if sc["missing_optional"]:
            _problem(h, f"optional permissions not granted: {', '.join(sc['missing_optional'])} (first comments "
                        "will not be posted)", reconnect + " and approve them", "warning")
    if acc.platform in ("facebook", "instagram"):
        meta = registry.signin()
        version = meta.graph_version_of(conf)
        warn = meta.graph_version_warning(version)
        if warn:
            _problem(h, warn, "change the Graph API version in Settings › Accounts (or studio accounts set "
                              f"{acc.name} api_version={meta.GRAPH_VERSION})", "warning")
    with db.session() as s:
        last = s.execute(select(m.Post.id, m.Post.state, m.Post.last_error, m.Post.receipt)
                         .where(m.Post.account_id == acc.id, m.Post.last_error.is_not(None))
                         .order_by(m.Post.id.desc()).limit(1)).first()
    if last is not None and last.last_error:
        err = (last.receipt or {}).get("error") or {}
        post_warnings = [w for w in (last.receipt or {}).get("warnings") or [] if isinstance(w, dict)]
        action = (err.get("action") or (post_warnings[0].get("action") if post_warnings else None)
                  or "see the post in the Calendar")
        _problem(h, f"post {last.id} ({last.state}): {last.last_error}", action,
                 "warning" if last.state == "published" else "error")
