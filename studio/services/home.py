"""Home: what needs me now (issue 19 item 2), Qt-free.

``summary(db, now=…, markets=…)`` answers in one call, with aggregate queries (``GROUP BY`` / ``EXISTS``, never a
loop over products): drafts awaiting review by market, drafts whose current version has error findings, posts
due today, failed posts with the action that fixes them (the one the Calendar shows, ``PostDTO.error_action``),
accounts to reconnect or near a publishing budget, products with missing images or without facts, and the
batch jobs running. ``coverage(db, markets, …)`` is the products × markets matrix, one page at a time: which
product has approved listing copy, an approved caption, a video and a mockup in which market.

The DTOs are frozen; the app (``ui/home/``) and ``studio home`` show the same figures.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import exists, func, not_, or_, select

from studio import clock
from studio.storage import models as m
from studio.storage.db import Database

AWAITING_STATUSES = ("draft", "in-review")  # generated or edited, not yet approved or rejected
FAILED_STATES = ("failed", "needs-attention")
DUE_STATES = ("scheduled", "publishing")
LIST_LIMIT = 5  # items of each kind shown with their own button
COVERAGE_KINDS = ("listing", "caption", "video", "mockup")


@dataclass(frozen=True)
class MarketCount:
    market: str
    count: int


@dataclass(frozen=True)
class DraftRef:
    draft_id: int
    product_id: int
    handle: str
    market: str
    kind: str
    target: str


@dataclass(frozen=True)
class PostRef:
    post_id: int
    product_id: int | None
    market: str | None
    account: str
    platform: str
    scheduled_at: datetime
    state: str
    error: str | None = None
    action: str | None = None  # what fixes it (the Calendar's "What fixes it")


@dataclass(frozen=True)
class AccountIssue:
    name: str
    platform: str
    reason: str  # "connect" (never connected) | "reconnect" | "quota"
    message: str
    action: str


@dataclass(frozen=True)
class JobRef:
    kind: str  # generation | import | render | kit | task
    label: str
    done: int = 0
    total: int = 0


@dataclass(frozen=True)
class HomeSummary:
    now: datetime
    markets: tuple[str, ...]
    products: int
    products_missing_images: int
    products_missing_facts: int
    first_missing_image: int | None  # a product id to open
    first_missing_facts: int | None
    drafts: int
    awaiting_review: tuple[MarketCount, ...]
    drafts_with_errors: int
    error_drafts: tuple[DraftRef, ...]
    posts_due_today: int
    due_today: tuple[PostRef, ...]
    failed_posts: int
    failed: tuple[PostRef, ...]
    accounts: int
    account_issues: tuple[AccountIssue, ...]
    jobs: tuple[JobRef, ...]

    @property
    def awaiting_total(self) -> int:
        return sum(c.count for c in self.awaiting_review)

    @property
    def nothing_to_do(self) -> bool:
        return not (self.awaiting_total or self.drafts_with_errors or self.posts_due_today or self.failed_posts
                    or self.account_issues or self.products_missing_images or self.products_missing_facts
                    or self.jobs)

    def as_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        d = asdict(self)
        d["awaiting_review"] = {c.market: c.count for c in self.awaiting_review}
        d["awaiting_total"] = self.awaiting_total
        return d


@dataclass(frozen=True)
class CoverageCell:
    listing: bool = False  # approved listing copy
    caption: bool = False  # an approved caption (any channel)
    video: bool = False  # a rendered video
    mockup: bool = False  # a composed mockup

    def has(self, kind: str) -> bool:
        return bool(getattr(self, kind))

    @property
    def complete(self) -> bool:
        return self.listing and self.caption and self.video and self.mockup


@dataclass(frozen=True)
class CoverageRow:
    product_id: int
    handle: str
    title: str
    cells: tuple[CoverageCell, ...]  # one per market of the page, in its order


@dataclass(frozen=True)
class CoveragePage:
    markets: tuple[str, ...]
    total: int  # products that match the filter
    offset: int
    limit: int
    rows: tuple[CoverageRow, ...] = field(default_factory=tuple)


# --------------------------------------------------------------------------- summary


def _utc(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def today_window(now: datetime) -> tuple[datetime, datetime]:
    """Today in the machine's zone (what a user calls "today"), as a UTC interval."""
    local = now.astimezone()
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)


def draft_markets(db: Database) -> list[str]:
    with db.session() as s:
        return sorted(str(r[0]) for r in s.execute(select(m.Draft.market).distinct()) if r[0])


def summary(db: Database, now: datetime | None = None, markets: Sequence[str] | None = None,
            running: Iterable[JobRef] = (), accounts: bool | str = True) -> HomeSummary:
    """Everything Home shows. ``markets``: the markets the user works with (default: those that have drafts);
    ``running``: jobs of this process (the app's renders and kit builds) added to the persisted ones;
    ``accounts=False`` skips the account health checks (they read the OS keyring); ``accounts="cached"`` reuses
    the last answer while no account or post changed (``account_issues_cached``) — what the app's Home does on
    each refresh."""
    now = _utc(now) or clock.now()
    day_start, day_end = today_window(now)
    P, MD, F, D, V = m.Product, m.Media, m.Fact, m.Draft, m.DraftVersion
    # drafts awaiting review whose current version has error findings: from the few versions with errors
    # (``status || ''`` keeps SQLite from starting at the status index: the versions with errors are the few rows)
    error_draft = (V.error_count > 0, V.number == D.current_version, D.status.concat("").in_(AWAITING_STATUSES))
    with db.session() as s:
        products = int(s.scalar(select(func.count()).select_from(P)) or 0)
        n_missing_img = n_no_facts = 0
        first_img = first_facts = None
        if products:
            # a product has a missing image when one of its images is missing or it has none (the Catalog's
            # filter): the two sets are disjoint, and each is one pass over an index
            with_missing = int(s.scalar(select(func.count(MD.product_id.distinct())).where(MD.status == "missing"))
                               or 0)
            with_media = int(s.scalar(select(func.count(MD.product_id.distinct()))) or 0)
            without_media = max(0, products - with_media)
            n_missing_img = with_missing + without_media
            n_no_facts = max(0, products - int(s.scalar(select(func.count(F.product_id.distinct()))) or 0))
            no_media = not_(exists().where(MD.product_id == P.id))
            if with_missing:
                first_img = s.scalar(select(func.min(MD.product_id)).where(MD.status == "missing"))
            elif without_media:
                first_img = s.scalar(select(P.id).where(no_media).order_by(P.id).limit(1))
            if n_no_facts:
                first_facts = s.scalar(select(P.id).where(not_(exists().where(F.product_id == P.id)))
                                       .order_by(P.id).limit(1))
        drafts = int(s.scalar(select(func.count()).select_from(D)) or 0)
        awaiting: dict[str, int] = {}
        if drafts:
            for mk, n in s.execute(select(D.market, func.count()).where(D.status.in_(AWAITING_STATUSES))
                                   .group_by(D.market)):
                awaiting[str(mk)] = awaiting.get(str(mk), 0) + int(n)
        n_errors = 0
        error_refs: tuple[DraftRef, ...] = ()
        if awaiting:
            n_errors = int(s.scalar(select(func.count()).select_from(V).join(D, D.id == V.draft_id)
                                    .where(*error_draft)) or 0)
            if n_errors:
                error_refs = tuple(DraftRef(int(r.id), int(r.product_id), str(r.handle), str(r.market), str(r.kind),
                                            str(r.target or "")) for r in s.execute(
                    select(D.id, D.product_id, P.handle, D.market, D.kind, D.target).select_from(V)
                    .join(D, D.id == V.draft_id).join(P, P.id == D.product_id)
                    .where(*error_draft).order_by(D.id.desc()).limit(LIST_LIMIT)))
        due_q = (m.Post.state.in_(DUE_STATES), m.Post.scheduled_at >= day_start, m.Post.scheduled_at < day_end)
        n_due = int(s.scalar(select(func.count()).select_from(m.Post).where(*due_q)) or 0)
        n_failed = int(s.scalar(select(func.count()).select_from(m.Post).where(m.Post.state.in_(FAILED_STATES)))
                       or 0)
        # Insights' sample accounts are not the user's
        from studio.services.insights_sample import ACCOUNT_NAMES

        n_accounts = int(s.scalar(select(func.count()).select_from(m.Account)
                                  .where(m.Account.name.not_in(ACCOUNT_NAMES))) or 0)
        jobs = [JobRef("generation", f"generation run {r.id}", int(r.done or 0), int(r.total or 0))
                for r in s.execute(select(m.GenerationRun.id, m.GenerationRun.done, m.GenerationRun.total)
                                   .where(m.GenerationRun.status == "running").order_by(m.GenerationRun.id))]
        jobs += [JobRef("import", str(r.file), int(r.rows_read or 0), 0)
                 for r in s.execute(select(m.ImportRun.file, m.ImportRun.rows_read)
                                    .where(m.ImportRun.status == "running").order_by(m.ImportRun.id))]
    due: tuple[PostRef, ...] = ()
    failed: tuple[PostRef, ...] = ()
    if n_due or n_failed:
        from studio.services.scheduling import queue

        if n_due:
            due = tuple(_post_ref(p) for p in queue.list_posts(db, start=day_start, end=day_end, states=DUE_STATES,
                                                                limit=LIST_LIMIT))
        if n_failed:
            failed = tuple(_post_ref(p) for p in queue.list_posts(db, states=FAILED_STATES, limit=LIST_LIMIT))
    if not accounts or not n_accounts:
        issues: tuple[AccountIssue, ...] = ()
    elif accounts == "cached":
        issues = account_issues_cached(db, now)
    else:
        issues = account_issues(db, now)
    chosen = tuple(dict.fromkeys(markets)) if markets else tuple(sorted(awaiting) or draft_markets(db))
    awaiting_rows = tuple(MarketCount(mk, n) for mk, n in sorted(awaiting.items(), key=lambda kv: (-kv[1], kv[0])))
    return HomeSummary(now=now, markets=chosen, products=products, products_missing_images=n_missing_img,
                       products_missing_facts=n_no_facts, first_missing_image=first_img,
                       first_missing_facts=first_facts, drafts=drafts, awaiting_review=awaiting_rows,
                       drafts_with_errors=n_errors, error_drafts=error_refs, posts_due_today=n_due, due_today=due,
                       failed_posts=n_failed, failed=failed, accounts=n_accounts, account_issues=issues,
                       jobs=tuple(jobs) + tuple(running))


def _post_ref(p: Any) -> PostRef:
    return PostRef(post_id=p.id, product_id=p.product_id, market=p.market, account=p.account_name,
                   platform=p.platform, scheduled_at=p.scheduled_at, state=p.display_state, error=p.last_error,
                   action=p.error_action)


def account_issues(db: Database, now: datetime | None = None) -> tuple[AccountIssue, ...]:
    """Accounts that need reconnecting (their health's errors) or are near a publishing budget (80 % planned)."""
    from studio.domain import StudioError
    from studio.services import account_setup

    at = _utc(now) or clock.now()
    try:
        healths = account_setup.health(db, now=at.timestamp())
    except StudioError:
        return ()
    from studio.services.insights_sample import is_sample_account

    out: list[AccountIssue] = []
    for h in healths:
        if is_sample_account(h.name):  # Insights' sample accounts are never connected: no "Reconnect" for them
            continue
        # the account's own problems (the last failed post's error is in Home's failed posts already)
        errors = [p for p in h.problems if p.get("severity") == "error" and not str(p.get("message", "")).startswith(
            "post ")]
        if not h.ever_connected:
            # never connected: the way out is Connect, not Reconnect (walkthrough s14 finding 24)
            out.append(AccountIssue(h.name, h.platform, "connect", "not connected yet",
                                    f"connect '{h.name}' (Settings › Accounts › Connect)"))
        elif errors or h.status == "needs-reconnect":
            p = errors[0] if errors else {"message": "the account needs to be connected again",
                                          "action": f"reconnect '{h.name}' (Settings › Accounts › Reconnect)"}
            out.append(AccountIssue(h.name, h.platform, "reconnect", str(p.get("message", "")),
                                    str(p.get("action", ""))))
        near = [q for q in h.quota if q.get("level") in ("warn", "over")]
        if near:
            q = near[0]
            out.append(AccountIssue(h.name, h.platform, "quota",
                                    f"{q['name']}: {q['planned']} of {q['limit']} planned",
                                    "spread the posts over more days in the Calendar"))
    return tuple(out)


# the last account issues per database: (fingerprint, monotonic time, issues)
_issues_cache: dict[str, tuple[tuple[Any, ...], float, tuple[AccountIssue, ...]]] = {}
_issues_lock = threading.Lock()
ACCOUNTS_MAX_AGE_S = 120.0  # a token can expire, or be replaced outside the app, without a row changing


def accounts_fingerprint(db: Database) -> tuple[Any, ...]:
    """What the account issues depend on in the database: the accounts' rows (a connect, reconnect, removal or
    failed sign-in changes one) and the posts (quotas, and a failed post marks its account). Two small reads."""
    with db.session() as s:
        rows = tuple(tuple(r) for r in s.execute(
            select(m.Account.id, m.Account.name, m.Account.status, m.Account.token_expires_at, m.Account.settings)
            .order_by(m.Account.id)))
        posts = tuple(s.execute(select(func.count(), func.max(m.Post.updated_at)).select_from(m.Post)).one())
    return rows, posts


def account_issues_cached(db: Database, now: datetime | None = None,
                          max_age: float = ACCOUNTS_MAX_AGE_S) -> tuple[AccountIssue, ...]:
    """``account_issues`` without reading the OS keyring again while the accounts and posts are unchanged
    (``accounts_fingerprint``) and the answer is younger than ``max_age`` seconds."""
    key = str(db.url)
    fp = repr(accounts_fingerprint(db))
    with _issues_lock:
        hit = _issues_cache.get(key)
    if hit is not None and hit[0] == (fp,) and time.monotonic() - hit[1] < max_age:
        return hit[2]
    issues = account_issues(db, now)
    with _issues_lock:
        _issues_cache[key] = ((fp,), time.monotonic(), issues)
    return issues


def forget_account_issues() -> None:
    """Drop the cached account issues (the next cached read asks the keyring again)."""
    with _issues_lock:
        _issues_cache.clear()


# --------------------------------------------------------------------------- coverage matrix


def coverage(db: Database, markets: Sequence[str], *, query: str = "", offset: int = 0,
             limit: int = 50) -> CoveragePage:
    """One page of the products × markets matrix (products in the Catalog's title order, filtered like the
    Catalog's search). Two grouped queries for the page, whatever the catalog's size."""
    from studio.services import catalog

    markets = tuple(dict.fromkeys(markets))
    offset, limit = max(0, int(offset)), max(1, min(int(limit), 500))
    total = catalog.count_products(db, query)
    ids = catalog.product_ids(db, query, order="title", offset=offset, limit=limit)
    if not ids:
        return CoveragePage(markets, total, offset, limit, ())
    have: set[tuple[int, str | None, str]] = set()
    D, A, P = m.Draft, m.Asset, m.Product
    with db.session() as s:
        names = {int(r.id): (str(r.handle), str(r.title or "")) for r in
                 s.execute(select(P.id, P.handle, P.title).where(P.id.in_(ids)))}
        if markets:
            for pid, mk, kind in s.execute(
                    select(D.product_id, D.market, D.kind)
                    .where(D.product_id.in_(ids), D.market.in_(markets), D.kind.in_(("listing", "caption")),
                           D.approved_version.is_not(None))
                    .group_by(D.product_id, D.market, D.kind)):
                have.add((int(pid), str(mk), str(kind)))
            for apid, amk, akind in s.execute(
                    select(A.product_id, A.market, A.kind)
                    .where(A.product_id.in_(ids), A.kind.in_(("video", "mockup")),
                           or_(A.market.in_(markets), A.market.is_(None)))
                    .group_by(A.product_id, A.market, A.kind)):
                have.add((int(apid or 0), None if amk is None else str(amk), str(akind)))

    def cell(pid: int, mk: str) -> CoverageCell:
        def on(kind: str) -> bool:
            # a mockup or video made without a market (a studio scene) serves every market
            return (pid, mk, kind) in have or (kind in ("video", "mockup") and (pid, None, kind) in have)

        return CoverageCell(on("listing"), on("caption"), on("video"), on("mockup"))

    rows = tuple(CoverageRow(pid, *names.get(pid, ("", "")), tuple(cell(pid, mk) for mk in markets))
                 for pid in ids if pid in names)
    return CoveragePage(markets, total, offset, limit, rows)
