"""``studio home [--json] [--markets de-DE,ar-SA]``: what needs you now — the same summary as the app's Home."""

from __future__ import annotations

import argparse

from studio.cli.common import add_command, emit, split_list


def register(sub) -> None:
    p = add_command(sub, "home", "what needs you now: drafts to review, errors, posts due and failed, accounts, "
                                 "products missing images or facts, jobs running", run)
    p.add_argument("--markets", help="the markets you work with, e.g. de-DE,ar-SA (default: those with drafts)")
    p.add_argument("--no-accounts", action="store_true", help="skip the account health checks (keyring)")


def run(args: argparse.Namespace) -> int:
    from studio.services import home
    from studio.storage.db import default_database

    markets = split_list(args.markets)
    if markets:
        from localization.markets import UnknownMarket, get_market
        from studio.domain import StudioError

        for tag in markets:
            try:
                get_market(tag)
            except UnknownMarket as exc:
                raise StudioError(str(exc)) from exc
    s = home.summary(default_database(), markets=markets or None, accounts=not args.no_accounts)

    def human() -> None:
        for line in lines(s):
            print(line)

    emit(args, s.as_dict(), human)
    return 0


def lines(s) -> list[str]:
    """The summary as lines of text, most urgent first."""
    out: list[str] = []
    if not s.products:
        out.append("Your catalog is empty: import one (studio import FILE) or load the sample (studio demo).")
        return out
    if s.failed_posts:
        out.append(f"{s.failed_posts} failed post(s):")
        out += [f"  post {p.post_id} ({p.account}, {p.market or '-'}): {p.error or p.state}"
                + (f" — fix: {p.action}" if p.action else "") for p in s.failed]
    for a in s.account_issues:
        out.append(f"account {a.name} ({a.platform}): {a.message} — {a.action}")
    if s.posts_due_today:
        out.append(f"{s.posts_due_today} post(s) due today")
    if s.drafts_with_errors:
        out.append(f"{s.drafts_with_errors} draft(s) with errors:")
        out += [f"  draft {d.draft_id}: {d.handle} {d.market} {d.kind}{'/' + d.target if d.target else ''}"
                for d in s.error_drafts]
    if s.awaiting_review:
        per = ", ".join(f"{c.market} {c.count}" for c in s.awaiting_review)
        out.append(f"{s.awaiting_total} draft(s) awaiting review: {per}")
    elif not s.drafts:
        out.append("No drafts yet: generate some (studio generate --markets de-DE).")
    if s.products_missing_images:
        out.append(f"{s.products_missing_images} product(s) with missing images (studio images sync --retry-missing)")
    if s.products_missing_facts:
        out.append(f"{s.products_missing_facts} product(s) without facts")
    for j in s.jobs:
        done = f" {j.done}/{j.total}" if j.total else ""
        out.append(f"running: {j.kind} {j.label}{done}")
    if not s.accounts:
        out.append("No channel accounts: connect one (studio accounts add PLATFORM --name NAME).")
    if s.nothing_to_do:
        out.append(f"Nothing needs you now ({s.products} products, {s.drafts} drafts).")
    return out
