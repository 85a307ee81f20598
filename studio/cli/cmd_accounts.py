"""``studio accounts add|connect|list|remove`` — channel accounts; tokens go to the keyring only."""

from __future__ import annotations

import sys
from typing import Any

from studio.cli.common import add_command, emit
from studio.domain import StudioError


def register(sub) -> None:
    p = add_command(sub, "accounts", "channel accounts: add, connect (browser sign-in), list, remove", _help)
    asub = p.add_subparsers(dest="accounts_cmd", metavar="ACTION")

    a = add_command(asub, "add", "add an account (PLATFORM: tiktok, instagram, facebook, youtube, x, pinterest, "
                                 "threads, webhook, folder)", cmd_add)
    a.add_argument("platform")
    a.add_argument("--name", required=True, help="your name for this account (unique)")
    a.add_argument("--base-url", help="override the platform's API base URL (folder: the bundle folder; "
                                      "webhook: the URL to POST to)")
    a.add_argument("--token-stdin", action="store_true",
                   help="read an access token you already hold from standard input (never from the command line); "
                        "webhook: the signing secret")
    a.add_argument("--unsigned", action="store_true",
                   help="webhook only: deliver without a signature (receivers cannot tell forged posts apart); "
                        "without a signing secret or this flag a webhook does not publish")
    a.add_argument("--client-id", help="your own app's client id (for studio accounts connect)")
    a.add_argument("--client-secret-stdin", action="store_true",
                   help="read your app's client secret from standard input (stored in the keyring)")
    a.add_argument("--exchange-url", help="a token-exchange URL you run that adds the client secret server-side")
    a.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="non-secret setting, e.g. page_id=…, board_id=…, ig_user_id=…, privacy_level=SELF_ONLY")

    c = add_command(asub, "connect", "sign in through the browser (loopback redirect with PKCE)", cmd_connect)
    c.add_argument("name")
    c.add_argument("--port", type=int, default=0, help="loopback port registered with your app (default: any)")
    c.add_argument("--no-browser", action="store_true", help="only print the URL")
    c.add_argument("--timeout", type=float, default=300.0)

    sl = add_command(asub, "slot", "add a recurring weekly slot (studio schedule without --at takes the next "
                                   "free one)", cmd_slot)
    sl.add_argument("name")
    sl.add_argument("weekday", help="mon, tue, … or 0 (Monday) … 6")
    sl.add_argument("time", help="HH:MM")
    sl.add_argument("--tz", default="UTC", help="IANA time zone, e.g. Europe/Berlin")
    s2 = add_command(asub, "set", "change non-secret settings of an account (KEY=VALUE; JSON values allowed)",
                     cmd_set)
    s2.add_argument("name")
    s2.add_argument("pairs", nargs="+", metavar="KEY=VALUE")

    i = add_command(asub, "info", "ask the platform what to choose before posting (TikTok creator and privacy "
                                  "options, Pinterest boards, Instagram quota)", cmd_info)
    i.add_argument("name")

    t = add_command(asub, "secret", "store a token you already hold (webhook: its signing secret) for an account",
                    cmd_secret)
    t.add_argument("name")
    t.add_argument("--token-stdin", action="store_true", required=True,
                   help="read it from standard input (never from the command line)")

    add_command(asub, "list", "list accounts and their connection state", cmd_list)
    r = add_command(asub, "remove", "remove an account and its keyring entries", cmd_remove)
    r.add_argument("name")

    # picking the Facebook Page / Pinterest board, and the connection-health view (also in Settings › Accounts)
    pg = add_command(asub, "pages", "list the Facebook Pages this login manages (facebook; instagram with "
                                    "login_type=facebook)", cmd_pages)
    pg.add_argument("name")
    up = add_command(asub, "use-page", "post to this Page: stores its Page token (what Pages accept)", cmd_use_page)
    up.add_argument("name")
    up.add_argument("page_id")
    bd = add_command(asub, "boards", "list the Pinterest boards of an account", cmd_boards)
    bd.add_argument("name")
    ub = add_command(asub, "use-board", "pin to this board", cmd_use_board)
    ub.add_argument("name")
    ub.add_argument("board_id")
    hl = add_command(asub, "health", "token expiry, last refresh, quota left today, last error and what fixes it, "
                                     "and the redirect URI to register", cmd_health)
    hl.add_argument("name", nargs="?")


def _help(args) -> int:
    print("usage: studio accounts {add,connect,list,remove} …  (studio accounts --help)", file=sys.stderr)
    return 2


def _db():
    from studio.storage.db import default_database

    return default_database()


def _parse_sets(items: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        if "=" not in item:
            raise StudioError(f"--set needs KEY=VALUE, got '{item}'")
        k, raw = item.split("=", 1)
        v: Any = raw.strip()
        if v[:1] in ("{", "["):
            import json

            try:
                v = json.loads(v)
            except ValueError as exc:
                raise StudioError(f"--set {k.strip()}: not valid JSON ({exc})") from None
        elif v.lower() in ("true", "false"):
            v = v.lower() == "true"
        out[k.strip()] = v
    return out


def cmd_add(args) -> int:
    from studio.services import accounts

    conf = _parse_sets(args.set)
    if args.client_id:
        conf["client_id"] = args.client_id
    if args.exchange_url:
        conf["exchange_url"] = args.exchange_url
    token = secret = None
    if args.token_stdin or args.client_secret_stdin:
        lines = sys.stdin.read().splitlines()
        if args.token_stdin:
            token = (lines.pop(0) if lines else "").strip()
            if not token:
                raise StudioError("--token-stdin: no token on standard input")
        if args.client_secret_stdin:
            secret = (lines.pop(0) if lines else "").strip()
            if not secret:
                raise StudioError("--client-secret-stdin: no secret on standard input")
    if secret:
        from studio import secrets

        secrets.require_store(accounts._key(args.name.strip(), "client_secret"), "the client secret")
    acc = accounts.add_account(_db(), args.platform, args.name, base_url=args.base_url, token=token, settings_=conf,
                               unsigned=args.unsigned)
    if secret:
        accounts.set_client_secret(acc.name, secret)
    if acc.platform == "webhook":
        hint = {"signed": " — signed with the secret from standard input",
                "unsigned": " — UNSIGNED delivery, as you chose",
                }.get(acc.delivery or "", f" — no signing secret: it will not publish until you run "
                                          f"studio accounts secret {acc.name} --token-stdin (or choose --unsigned)")
    else:
        hint = "" if acc.status == "connected" else f" — next: studio accounts connect {acc.name}"
    emit(args, acc, f"added {acc.platform} account '{acc.name}' ({acc.status}){hint}")
    return 0


def cmd_secret(args) -> int:
    from studio.services import accounts

    token = (sys.stdin.readline() or "").strip()
    if not token:
        raise StudioError("--token-stdin: nothing on standard input")
    acc = accounts.set_token(_db(), args.name, token)
    emit(args, acc, f"stored the {'signing secret' if acc.platform == 'webhook' else 'token'} of '{acc.name}' in "
                    "the OS keyring")
    return 0


def cmd_connect(args) -> int:
    from studio.services import accounts

    def open_url(url: str) -> None:
        print(f"Open this URL to sign in (waiting on the loopback redirect):\n{url}", file=sys.stderr, flush=True)
        if not args.no_browser:
            import webbrowser

            webbrowser.open(url)

    acc = accounts.connect(_db(), args.name, open_url=open_url, port=args.port, timeout=args.timeout)
    emit(args, acc, f"connected '{acc.name}'; token stored in the OS keyring")
    return 0


def cmd_list(args) -> int:
    from studio.services import accounts

    rows = accounts.list_accounts(_db())

    def human() -> None:
        if not rows:
            print("no accounts yet; add one with: studio accounts add folder --name my-folder --base-url ./out")
        for a in rows:
            exp = f", token until {a.token_expires_at:%Y-%m-%d %H:%M}" if a.token_expires_at else ""
            signing = f", {a.delivery.upper() if a.delivery == 'unsigned' else a.delivery}" if a.delivery else ""
            print(f"{a.name:24} {a.platform:10} {a.status}{signing}{exp}"
                  f"{'  base ' + a.base_url if a.base_url else ''}")

    emit(args, rows, human)
    return 0


def cmd_remove(args) -> int:
    from studio.services import accounts

    accounts.remove_account(_db(), args.name)
    emit(args, {"removed": args.name}, f"removed account '{args.name}'")
    return 0


DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def cmd_slot(args) -> int:
    from studio.services import accounts
    from studio.services.scheduling import slots

    wd = args.weekday.strip().lower()[:3]
    day = DAYS.index(wd) if wd in DAYS else int(wd) if wd.isdigit() else -1
    db = _db()
    acc = accounts.get_account(db, args.name)
    slots.add_slot(db, acc.id, day, args.time, args.tz)
    found = slots.list_slots(db, acc.id)
    emit(args, found, f"{acc.name}: " + ", ".join(f"{DAYS[s['weekday']]} {s['time']} {s['timezone']}" for s in found))
    return 0


def cmd_set(args) -> int:
    from studio.services import accounts

    acc = accounts.update_settings(_db(), args.name, **_parse_sets(args.pairs))
    emit(args, acc, f"updated {acc.name}: {', '.join(sorted(acc.settings))}")
    return 0


def cmd_info(args) -> int:
    from studio.services import accounts

    info = accounts.account_info(_db(), args.name)

    def human() -> None:
        for k, v in info.items():
            print(f"{k}: {v}")

    emit(args, info, human)
    return 0


def cmd_pages(args) -> int:
    from studio.services import account_setup

    found = account_setup.public_pages(account_setup.pages(_db(), args.name))

    def human() -> None:
        if not found:
            print("no Pages: the login manages none, or pages_show_list was not granted (reconnect)")
        for p in found:
            ig = f"  instagram @{p['instagram_username'] or p['instagram_id']}" if p.get("instagram_id") else ""
            can = "" if p["can_post"] else "  (your role cannot post: no CREATE_CONTENT task)"
            print(f"{p['id']:20} {p['name']}{ig}{can}")
        if found:
            print(f"next: studio accounts use-page {args.name} PAGE_ID")

    emit(args, found, human)
    return 0


def cmd_use_page(args) -> int:
    from studio.services import account_setup

    acc = account_setup.use_page(_db(), args.name, args.page_id)
    emit(args, acc, f"{acc.name} now posts to {acc.settings.get('page_name')} ({acc.settings.get('page_id')})")
    return 0


def cmd_boards(args) -> int:
    from studio.services import account_setup

    found = account_setup.boards(_db(), args.name)

    def human() -> None:
        for b in found:
            print(f"{b['id']:24} {b['name']}")
        print(f"next: studio accounts use-board {args.name} BOARD_ID" if found else "no boards on this account")

    emit(args, found, human)
    return 0


def cmd_use_board(args) -> int:
    from studio.services import account_setup

    acc = account_setup.use_board(_db(), args.name, args.board_id)
    emit(args, acc, f"{acc.name} now pins to {acc.settings.get('board_name')} ({acc.settings.get('board_id')})")
    return 0


def cmd_health(args) -> int:
    from studio.services import account_setup

    rows = account_setup.health(_db(), args.name)
    data = [h.as_dict() for h in rows]

    def human() -> None:
        if not rows:
            print("no accounts yet; add one in the app (Settings › Accounts) or with studio accounts add")
        for h in rows:
            exp = f"token until {h.token_expires_at:%Y-%m-%d %H:%M}" if h.token_expires_at else "token without expiry"
            ref = f", last refresh {h.last_refresh:%Y-%m-%d %H:%M}" if h.last_refresh else ""
            quota = f", {h.quota_left_today} posts left today" if h.quota_left_today is not None else ""
            print(f"{h.name} ({h.platform}) — {'OK' if h.ok else 'NEEDS ACTION'}: {h.status}, {exp}{ref}{quota}")
            for p in h.problems:
                print(f"  {p['severity']}: {p['message']}\n    → {p['action']}")
            g = account_setup.guide(h.platform)
            if g.redirect_uri:
                print(f"  redirect URI to register: {g.redirect_uri}")

    emit(args, data, human)
    return 0
