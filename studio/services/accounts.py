"""Channel accounts: several per platform, tokens in the OS keyring only, refresh before expiry.

- Non-secret settings (client id, page id, board id, privacy choice, media host prefix…) live on the
  Account row; tokens and client secrets only in the keyring (``studio.secrets``), under
  ``account:<name>:tokens`` (JSON) and ``account:<name>:client_secret``.
- ``access_token`` refreshes when the token expires within ``REFRESH_MARGIN`` and stores the newest
  refresh token (rotating refresh tokens — platform-specs.md A: TikTok / Token lifetime). The refresh runs
  while holding the account row (a write lock on SQLite, a row lock on PostgreSQL) so two workers never
  spend the same rotating refresh token twice.
- When a refresh fails the account goes to ``needs-reconnect`` and every caller gets a one-line reason
  with the command that fixes it.

Adapters are reached by name through ``studio.registry`` (never imported directly).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text, update

from studio import clock, registry, secrets, settings
from studio.domain import NotFound, StudioError
from studio.ports import AuthExpired, ChannelAccount, ChannelAdapter
from studio.storage import models as m
from studio.storage.db import Database, get_row

REFRESH_MARGIN = 300.0  # seconds before expiry at which a token is refreshed
PSEUDO_PLATFORMS = ("folder", "webhook")
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


@dataclass(frozen=True)
class AccountDTO:
    id: int
    platform: str
    name: str
    base_url: str | None
    settings: dict[str, Any]
    status: str
    token_expires_at: datetime | None
    has_token: bool
    # webhooks: "signed" (a signing secret is stored), "unsigned" (the user chose unsigned delivery) or
    # "no signing secret" (will not publish); None for other platforms
    delivery: str | None = None


def _key(name: str, what: str) -> str:
    return f"account:{name}:{what}"


def _dto(row: m.Account) -> AccountDTO:
    has_token = secrets.get_secret(_key(row.name, "tokens")) is not None
    conf = dict(row.settings or {})
    return AccountDTO(row.id, row.platform, row.name, row.base_url, conf, row.status, _utc(row.token_expires_at),
                      has_token, webhook_delivery(row.platform, conf, has_token))


def is_true(value: Any) -> bool:
    return value is True or str(value).strip().lower() in ("1", "true", "yes", "on")


def webhook_delivery(platform: str, conf: dict, has_secret: bool) -> str | None:
    if platform != "webhook":
        return None
    if has_secret:
        return "signed"
    return "unsigned" if is_true(conf.get("unsigned")) else "no signing secret"


def publish_blocker(acc: AccountDTO) -> str | None:
    """Why posts for this account cannot go into the queue (the gate's account check), or None."""
    if acc.platform == "webhook":
        if not acc.base_url:
            return (f"webhook '{acc.name}' has no URL; remove it and add it again with --base-url https://…")
        if acc.delivery == "no signing secret":
            return (f"webhook '{acc.name}' has no signing secret, so receivers cannot tell its posts from forged "
                    f"ones; store one (studio accounts secret {acc.name} --token-stdin) or choose unsigned delivery "
                    f"explicitly (studio accounts set {acc.name} unsigned=true)")
    if acc.platform == "folder" and not (acc.settings.get("path") or acc.base_url):
        return f"folder account '{acc.name}' has no folder; add it again with --base-url /path"
    return None


def _utc(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def platforms() -> list[str]:
    return registry.names("channel")


def add_account(db: Database, platform: str, name: str, *, base_url: str | None = None, token: str | None = None,
                settings_: dict[str, Any] | None = None, unsigned: bool = False) -> AccountDTO:
    """Add an account; a token (for a webhook: its signing secret) goes to the keyring, or nothing is added.

    ``unsigned``: a webhook that delivers without a signature, by the user's explicit choice."""
    platform = platform.strip().lower()
    if platform == "twitter":
        platform = "x"
    known = platforms()
    if platform not in known:
        raise StudioError(f"unknown platform '{platform}'; known: {', '.join(known)}")
    name = name.strip()
    if not name:
        raise StudioError("an account needs a --name")
    conf = dict(settings_ or {})
    if platform == "folder" and base_url and not conf.get("path"):
        conf["path"] = base_url
    if unsigned or is_true(conf.get("unsigned")):
        if platform != "webhook":
            raise StudioError("--unsigned is for webhook accounts (other platforms authenticate with a token)")
        if token:
            raise StudioError("a webhook is either signed (a secret on --token-stdin) or --unsigned, not both")
        conf["unsigned"] = True
    if token:
        secrets.require_store(_key(name, "tokens"), "the token" if platform != "webhook" else "the signing secret")
    with db.session() as s:
        if s.scalar(select(m.Account).where(m.Account.name == name)) is not None:
            raise StudioError(f"an account named '{name}' already exists; pick another --name or remove it first")
        ready = token or platform == "folder" or (platform == "webhook" and conf.get("unsigned"))
        row = m.Account(platform=platform, name=name, base_url=base_url, settings=conf,
                        status="connected" if ready else "needs-reconnect")
        s.add(row)
        s.flush()
        if token:
            store_tokens(name, {"access_token": token.strip()})
        return _dto(row)


def list_accounts(db: Database, platform: str | None = None) -> list[AccountDTO]:
    with db.session() as s:
        q = select(m.Account).order_by(m.Account.platform, m.Account.name)
        if platform:
            q = q.where(m.Account.platform == platform)
        return [_dto(r) for r in s.scalars(q).all()]


def get_account(db: Database, ref: str | int) -> AccountDTO:
    with db.session() as s:
        row = s.get(m.Account, ref) if isinstance(ref, int) else s.scalar(select(m.Account).where(m.Account.name == ref))
        if row is None:
            names = ", ".join(a.name for a in list_accounts(db)) or "none yet"
            raise NotFound(f"no account named '{ref}' (accounts: {names}); add one with studio accounts add")
        return _dto(row)


def update_settings(db: Database, ref: str | int, **changes: Any) -> AccountDTO:
    with db.session() as s:
        acc = get_account(db, ref)
        row = get_row(s, m.Account, acc.id)
        conf = dict(row.settings or {})
        for k, v in changes.items():
            if v is None:
                conf.pop(k, None)
            else:
                conf[k] = v
        row.settings = conf
        if row.platform == "webhook" and "unsigned" in changes:
            row.status = "connected" if (is_true(conf.get("unsigned")) or acc.has_token) else "needs-reconnect"
        s.flush()
        return _dto(row)


def remove_account(db: Database, name: str) -> None:
    acc = get_account(db, name)
    with db.session() as s:
        busy = s.scalar(select(m.Post.id).where(m.Post.account_id == acc.id, m.Post.state == "publishing").limit(1))
        if busy is not None:
            raise StudioError(f"account '{name}' has a post being published right now (post {busy}); "
                              "wait for the worker to finish it")
        queued = s.scalars(select(m.Post.id).where(m.Post.account_id == acc.id, m.Post.state == "scheduled")).all()
        if queued:
            raise StudioError(f"account '{name}' still has {len(queued)} scheduled post(s) (e.g. {queued[0]}); "
                              "cancel or move them first", hint="studio queue --cancel ID")
        s.delete(s.get(m.Account, acc.id))
    for what in ("tokens", "client_secret"):
        secrets.delete_secret(_key(name, what))


# --------------------------------------------------------------------------- tokens


def store_tokens(name: str, tokens: dict[str, Any]) -> None:
    secrets.set_secret(_key(name, "tokens"), json.dumps(tokens))


def load_tokens(name: str) -> dict[str, Any] | None:
    raw = secrets.get_secret(_key(name, "tokens"))
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        data = {"access_token": raw}  # a bare token (e.g. from an environment variable)
    return data if isinstance(data, dict) else None


def set_client_secret(name: str, secret: str) -> None:
    secrets.set_secret(_key(name, "client_secret"), secret)


def set_token(db: Database, name: str, token: str) -> AccountDTO:
    """Store a token you already hold (for a webhook: its signing secret) for an existing account."""
    acc = get_account(db, name)
    token = token.strip()
    if not token:
        raise StudioError("no token given")
    store_tokens(acc.name, {"access_token": token})
    with db.session() as s:
        row = get_row(s, m.Account, acc.id)
        row.status = "connected"
        if acc.platform == "webhook":
            conf = dict(row.settings or {})
            conf.pop("unsigned", None)  # a secret means signed delivery
            row.settings = conf
    return get_account(db, acc.id)


def save_token_set(db: Database, account_id: int, tokens: dict[str, Any]) -> None:
    acc = get_account(db, account_id)
    store_tokens(acc.name, tokens)
    exp = tokens.get("expires_at")
    with db.session() as s:
        row = get_row(s, m.Account, account_id)
        row.status = "connected"
        row.token_expires_at = datetime.fromtimestamp(exp, UTC) if exp else None


def mark_needs_reconnect(db: Database, account_id: int, reason: str = "") -> None:
    with db.session() as s:
        s.execute(update(m.Account).where(m.Account.id == account_id).values(status="needs-reconnect"))


def _oauth_spec(platform: str, conf: dict[str, Any] | None = None):
    """The platform's sign-in; adapters with several login types (Instagram) choose by the account's settings."""
    return registry.signin().oauth_spec(platform, conf or {})


def _lock(name: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(name, threading.Lock())


def access_token(db: Database, account_id: int, *, force_refresh: bool = False, transport=None,
                 now: float | None = None, account: AccountDTO | None = None) -> str | None:
    """The account's access token, refreshed first when it is about to expire (or when forced)."""
    acc = account if account is not None and not force_refresh else get_account(db, account_id)
    tokens = load_tokens(acc.name)
    if acc.platform in PSEUDO_PLATFORMS:
        return tokens.get("access_token") if tokens else None
    if not tokens:
        mark_needs_reconnect(db, acc.id)
        raise AuthExpired(f"account '{acc.name}' has no token", platform=acc.platform, code="no-token",
                          action=f"run: studio accounts connect {acc.name} (or accounts add … --token-stdin)")
    now = clock.now().timestamp() if now is None else now
    spec = _oauth_spec(acc.platform, acc.settings)
    # when to refresh is the platform's rule (Instagram / Threads: only once the token is >= 24 h old)
    due = spec is not None and registry.signin().refresh_due(spec, tokens, now, REFRESH_MARGIN)
    if not force_refresh and not due:
        return tokens["access_token"]
    if spec is None or spec.refresh_style == "none":
        if force_refresh:
            mark_needs_reconnect(db, acc.id)
            raise AuthExpired(f"account '{acc.name}': the token was refused and cannot be refreshed",
                              platform=acc.platform, code="token-refused",
                              action=f"run: studio accounts connect {acc.name}")
        return tokens["access_token"]
    return _refresh(db, acc, spec, transport=transport, seen_access=tokens["access_token"])


def _refresh(db: Database, acc: AccountDTO, spec, transport=None, seen_access: str | None = None) -> str:
    oauth = registry.signin()
    with _lock(acc.name), db.session() as s:
        # hold the account row while refreshing: rotating refresh tokens must be spent exactly once
        s.execute(text("UPDATE accounts SET status = status WHERE id = :id"), {"id": acc.id})
        current = load_tokens(acc.name) or {}
        if seen_access and current.get("access_token") and current["access_token"] != seen_access:
            return current["access_token"]  # someone else refreshed while we waited for the lock
        conf = acc.settings
        client_secret = secrets.get_secret(_key(acc.name, "client_secret"))
        try:
            new = oauth.refresh(spec, oauth.TokenSet.from_dict(current), conf.get("client_id", ""), client_secret,
                                token_url=conf.get("token_url"), refresh_url=conf.get("refresh_url"),
                                exchange_url=conf.get("exchange_url"), transport=transport)
        except AuthExpired as exc:
            s.execute(update(m.Account).where(m.Account.id == acc.id).values(
                status="needs-reconnect", settings={**(acc.settings or {}), "last_auth_error": {
                    "message": exc.message, "code": exc.code, "at": clock.now().timestamp(),
                    "action": f"reconnect '{acc.name}' (Settings › Accounts › Reconnect, or studio accounts "
                              f"connect {acc.name})"}}))
            raise AuthExpired(f"account '{acc.name}' needs to be reconnected: {exc.message}", platform=acc.platform,
                              code=exc.code or "refresh-failed",
                              action=f"run: studio accounts connect {acc.name}") from exc
        data = new.as_dict()
        store_tokens(acc.name, data)
        s.execute(update(m.Account).where(m.Account.id == acc.id).values(
            status="connected",
            token_expires_at=datetime.fromtimestamp(data["expires_at"], UTC) if data.get("expires_at") else None))
        return data["access_token"]


def connect(db: Database, name: str, *, open_url=None, port: int = 0, timeout: float = 300.0,
            transport=None) -> AccountDTO:
    """Run the browser sign-in (loopback + PKCE) and store the tokens in the keyring."""
    acc = get_account(db, name)
    spec = _oauth_spec(acc.platform, acc.settings)
    if spec is None:
        raise StudioError(f"{acc.platform} accounts need no sign-in; nothing to connect")
    conf = acc.settings
    client_id = conf.get("client_id")
    if not client_id:
        raise StudioError(f"account '{name}' has no client id: register your own {acc.platform} app and run "
                          f"studio accounts add {acc.platform} --name {name} --client-id ID (redirect "
                          "http://127.0.0.1:<port>/callback)")
    client_secret = secrets.get_secret(_key(name, "client_secret"))
    if spec.needs_secret and not client_secret and not conf.get("exchange_url"):
        raise StudioError(f"{acc.platform} needs a client secret for the token exchange: store your app's secret",
                          hint="studio accounts add … --client-secret-stdin, or set --exchange-url to a "
                               "token-exchange service you run")
    oauth = registry.signin()
    # the redirect port the user registered: per account, else the app-wide setting, else the spec's default
    redirect_port = port or conf.get("redirect_port") or settings.Settings().get("channels.redirect_port") or None
    tokens = oauth.run_desktop_flow(spec, client_id, client_secret=client_secret,
                                    exchange_url=conf.get("exchange_url"), authorize_url=conf.get("authorize_url"),
                                    token_url=conf.get("token_url"), port=int(redirect_port) if redirect_port else None,
                                    open_url=open_url, timeout=timeout, transport=transport,
                                    long_lived_url=conf.get("long_lived_url"), platform=acc.platform)
    save_token_set(db, acc.id, tokens.as_dict())
    if conf.get("last_auth_error"):
        update_settings(db, acc.id, last_auth_error=None)
    return get_account(db, acc.id)


# --------------------------------------------------------------------------- adapters


def media_host() -> tuple[str | None, str]:
    """(public URL prefix, local folder the user syncs to it) for platforms that fetch media by URL."""
    st = settings.Settings()
    prefix = st.get("channels.media_url_prefix") or None
    folder = st.get("channels.media_sync_dir") or str(settings.sub_dir("media-host"))
    return prefix, folder


def make_adapter(acc: AccountDTO, token: str | None, transport=None) -> ChannelAdapter:
    """An adapter for an account whose DTO we already hold (the worker's hot path: no extra queries)."""
    factory = registry.channel(acc.platform)  # the registry keeps what it loaded
    ca = ChannelAccount(name=acc.name, platform=acc.platform, base_url=acc.base_url, settings=acc.settings,
                        access_token=token)
    if transport is not None:
        try:
            return factory(ca, transport=transport)
        except TypeError:
            pass
    return factory(ca)


def adapter_for(db: Database, account_id: int, *, token: str | None = None, transport=None) -> ChannelAdapter:
    acc = get_account(db, account_id)
    if token is None:
        token = access_token(db, account_id, transport=transport, account=acc)
    return make_adapter(acc, token, transport)


def account_info(db: Database, name: str, transport=None) -> dict[str, Any]:
    """Ask the platform what the user must choose before posting (e.g. TikTok's creator privacy options)."""
    acc = get_account(db, name)
    adapter = adapter_for(db, acc.id, transport=transport)
    try:
        info = adapter.info()
    finally:
        adapter.close()
    return {"account": acc.name, "platform": acc.platform, "status": acc.status, **(info or {})}
