"""The gate: the one way into the publishing queue (``studio schedule``, ``studio queue --import-csv``, the
Calendar). Only approved captions, through the quality gate (caption and media), with confined media."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from studio import clock, quality
from studio.domain import StudioError
from studio.services.assets import sha256_file
from studio.services.quality import check_publishable
from studio.services.scheduling.budgets import quota_status
from studio.services.scheduling.clock import check_time, parse_when
from studio.services.scheduling.hosting import allowed_media_roots, pick_media
from studio.services.scheduling.queue import PostDTO, insert_post
from studio.storage import media as media_store
from studio.storage import models as m
from studio.storage.db import Database, get_row


@dataclass(frozen=True)
class ScheduleResult:
    post: PostDTO
    warnings: list[str] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)


CAPTION_TARGETS = ("tiktok", "instagram", "facebook", "youtube", "x", "pinterest", "threads")


def lint_target(target: str) -> str:
    """The quality engine's target id for a channel's caption."""
    return {"youtube": "youtube-description", "pinterest": "pinterest-description"}.get(target, target)


def caption_target(platform: str, account_settings: dict) -> str | None:
    if platform in CAPTION_TARGETS:
        return platform
    return account_settings.get("caption_target")  # folder / webhook: whichever channel's caption to use


def finding_dict(f: Any) -> dict:
    if isinstance(f, dict):
        return f
    d = {"rule_id": getattr(f, "rule_id", "?"), "severity": getattr(f, "severity", "warning"),
         "message": getattr(f, "message", str(f)), "source": getattr(f, "source", None)}
    data = getattr(f, "data", None) or {}
    if data.get("model_suggested"):  # the model's second opinion: listed by the gate, never asks for a reason
        d.update(model_suggested=True, field=getattr(f, "field", None), family=getattr(f, "family", ""),
                 start=getattr(f, "start", 0), end=getattr(f, "end", 0), data=dict(data))
    return d


def lint_caption(target: str, market: str, content: dict, facts, media: list[dict] | None = None, *,
                 context: dict | None = None, second_opinion: str | None = None,
                 dismissed: frozenset[str] = frozenset()) -> list[dict]:
    """Run the quality engine on the caption (and the media, when given); findings as dicts.

    ``context``: e.g. ``{"campaign_offer": …}`` for a campaign's caption (its price and promotion wording).
    ``second_opinion``: the model's suggestions join the findings as model-suggested warnings (unless a rule
    agrees) — local | llm | off, default the ``quality.second_opinion`` setting (``studio.services.model_checks``);
    ``dismissed``: the draft's dismissed suggestions (``model_checks.dismissed_keys``)."""
    from studio.services import model_checks

    found = quality.lint_content("caption", target, market, content, list(facts or []), context=context)
    if model_checks.automatic_mode(second_opinion) != "off":
        found = model_checks.without_dismissed(
            model_checks.with_suggestions("caption", target, market, content, found, context=context,
                                          mode=second_opinion), dismissed)
    out = [finding_dict(f) for f in found]
    for item in media or []:
        info = media_info(item)
        if info:
            out += [finding_dict(f) for f in quality.lint_media(target.split("-")[0], info)]
    return out


def media_info(item: dict) -> dict | None:
    """What the media linter needs (kind, format, size, width, height, duration) from a post's media item."""
    path = Path(item.get("path") or "")
    if not path.is_file():
        return None
    kind = item.get("kind") if item.get("kind") in ("video", "image") else (
        "video" if path.suffix.lower() in (".mp4", ".mov", ".webm") else "image")
    fmt = path.suffix.lower().lstrip(".").replace("jpg", "jpeg")
    info = {"kind": kind, "format": fmt, "size": path.stat().st_size}
    for k in ("width", "height", "duration", "fps", "codec"):
        if item.get(k) is not None:
            info[k] = float(item[k]) if k == "duration" else item[k]
    return info


def check_findings(findings: list[dict], override_reason: str | None, raw=None, *,
                   override_hint: str = "--override-warnings REASON") -> list[str]:
    """Refuse on errors; warnings need a recorded override reason. Returns the accepted warning lines.

    The gate is the quality engine's ``check_publishable``; the messages add what to do next."""
    findings = [finding_dict(f) for f in findings]
    errors = [f for f in findings if f.get("severity") == "error"]
    warnings = [f for f in findings if f.get("severity") == "warning"]
    ok, reason = check_publishable(findings, override_reason)
    if not ok:
        rules = ", ".join(f["rule_id"] for f in (errors or [w for w in warnings if not w.get("model_suggested")])[:4])
        if errors:
            raise StudioError(f"not scheduled: {reason or 'errors block publishing'} [{rules}] — fix the caption "
                              "or media and approve it again")
        raise StudioError(f"not scheduled: {reason or 'warnings need a reason'} [{rules}] — fix them, or give "
                          f"{override_hint} (the reason is recorded with the post)")
    # the gate's summary lists every warning; a model's suggestion is marked and needed no reason
    return [f"{f['rule_id']}{' [model-suggested]' if f.get('model_suggested') else ''}: {f['message']}"
            for f in warnings]


# How each way into the queue names the fields of a request, so a refusal names what the user typed.
FIELD_NAMES = {
    "cli": {"account": "--account", "at": "--at", "product": "--product", "market": "--market", "text": "caption",
            "draft_version": "draft version", "first_comment": "first comment", "media": "media",
            "override": "--override-warnings REASON", "now": "--now"},
    "csv": {"account": "account", "at": "scheduled_at", "product": "product", "market": "market", "text": "text",
            "draft_version": "draft_version", "first_comment": "first_comment", "media": "media",
            "override": "an override_warnings reason", "now": "'now' in scheduled_at", "quality": "quality gate"},
}


VIDEO_SUFFIXES = (".mp4", ".mov", ".m4v", ".webm")


@dataclass(frozen=True)
class QueueRequest:
    """One post someone wants in the queue, as they gave it (CLI flags, a CSV row, the app)."""

    account: str | int
    at: datetime | str | None = None
    product: str | int | None = None
    market: str | None = None
    draft_version_id: int | str | None = None
    text: str | None = None  # must equal the approved caption when given
    first_comment: str | None = None  # must equal the approved first comment when given
    media: tuple[str, ...] | None = None  # None: the product's latest video or mockup, as studio schedule picks
    override_reason: str | None = None
    options: dict[str, Any] | None = None
    publish_now: bool = False
    where: str = ""  # "posts.csv row 3": the prefix of every refusal
    source: str = "cli"  # which FIELD_NAMES apply
    base_dir: str | None = None  # relative media paths are read from here (the CSV's folder)


class QueueRefused(StudioError):
    """The gate refused one or more requests; ``problems`` holds one located line each."""

    def __init__(self, message: str, problems: list[str], *, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.problems = problems


class _Problem(Exception):
    def __init__(self, field_: str, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.field = field_
        self.message = message
        self.hint = hint  # the command-line way out (StudioError.hint)


@dataclass
class _Admitted:
    account: Any
    when: datetime
    text: str
    first_comment: str | None
    product_id: int
    market: str
    version_id: int
    media: list[dict]
    options: dict[str, Any]
    findings: list[dict]
    warnings: list[str]
    override_reason: str | None
    idempotency_key: str | None = None


def enqueue(db: Database, requests: list[QueueRequest], *, media_roots: list[str | Path] | tuple = ()
            ) -> list[ScheduleResult]:
    """THE way into the publishing queue (``studio schedule``, ``studio queue --import-csv``, the Calendar's
    CSV import). Every request must pass, or nothing is queued:

    - account: exists; a webhook has a signing secret or explicitly chose unsigned delivery; a folder account
      has its folder;
    - time: a real moment (no DST gap, no repeated hour), not in the past unless ``publish_now``, at most
      ``MAX_AHEAD_DAYS`` ahead;
    - text: the approved caption of a product × market (given by product + market, by draft version, or by
      its exact text); edited or unapproved text is refused;
    - quality gate on caption and media: errors refuse, warnings need a recorded override reason;
    - media: only files inside the media store or ``media_roots`` (the folders the user pointed at), after
      resolving symlinks, that decode as an image or carry a video container signature; they are copied into
      the media store, so what is published cannot change or point elsewhere later.

    Refusals name the request (``where``), the field and what to do next."""
    roots = [Path(r).expanduser() for r in media_roots]
    cache: dict[str, Any] = {}
    admitted: list[_Admitted] = []
    problems: list[str] = []
    hints: list[str] = []
    for req in requests:
        names = FIELD_NAMES.get(req.source, FIELD_NAMES["cli"])
        found: list[_Problem] = []
        try:
            adm = _admit(db, req, roots, cache, found)
        except _Problem as p:
            found.append(p)
            adm = None
        for problem in found:
            label = names.get(problem.field, problem.field)
            prefix = (f"{req.where}, {label}" if req.where
                      else (label if problem.field not in ("text", "quality") else ""))
            problems.append(f"{prefix}: {problem.message}" if prefix else problem.message)
            if problem.hint and problem.hint not in hints:
                hints.append(problem.hint)
        if adm is not None and not found:
            admitted.append(adm)
    if problems:
        if len(requests) == 1 and not requests[0].where:
            raise QueueRefused("not scheduled: " + "; ".join(problems), problems, hint="; ".join(hints) or None)
        more = f"; … and {len(problems) - 5} more" if len(problems) > 5 else ""
        raise QueueRefused(f"nothing queued; {len(problems)} problem(s): " + "; ".join(problems[:5]) + more, problems,
                           hint="; ".join(hints) or None)
    with db.session() as s:
        posts = []
        for adm in admitted:
            media = [_into_store(item) for item in adm.media]
            acc_row = get_row(s, m.Account, adm.account.id)
            posts.append((adm, insert_post(
                s, acc_row, adm.text, adm.when, media=media, options=adm.options, first_comment=adm.first_comment,
                product_id=adm.product_id, market=adm.market, draft_version_id=adm.version_id,
                override_reason=adm.override_reason if adm.warnings else None, findings=adm.findings,
                idempotency_key=adm.idempotency_key)))
    results = []
    for adm, post in posts:
        warnings = list(adm.warnings)
        for q in quota_status(db, adm.account.id, post.scheduled_at):
            if q["level"] == "over":
                warnings.append(f"over budget: {q['planned']} posts planned for {q['name']} (limit {q['limit']}); "
                                "the extra ones will be deferred, not failed")
        results.append(ScheduleResult(post, warnings, adm.findings))
    return results


def _admit(db: Database, req: QueueRequest, roots: list[Path], cache: dict, found: list[_Problem]) -> _Admitted | None:
    from studio.services import accounts as accounts_svc
    from studio.services import catalog

    names = FIELD_NAMES.get(req.source, FIELD_NAMES["cli"])

    def check(fn):
        try:
            return fn()
        except _Problem as p:
            found.append(p)
        except StudioError as exc:
            found.append(_Problem(getattr(fn, "field", "?"), str(exc), exc.hint))
        return None

    # -- account
    def account():
        key = f"acc:{req.account}"
        if key not in cache:
            try:
                cache[key] = accounts_svc.get_account(db, req.account)
            except StudioError as exc:
                raise _Problem("account", str(exc), exc.hint) from None
        acc = cache[key]
        why = accounts_svc.publish_blocker(acc)
        if why:
            raise _Problem("account", why)
        return acc
    acc = check(account)

    # -- time
    def when():
        if req.publish_now:
            return clock.now()
        if req.at is None or (isinstance(req.at, str) and not req.at.strip()):
            raise _Problem("at", f"missing; give a time, or {names['now']} to publish at once")
        try:
            return check_time(parse_when(req.at), now_hint=names["now"])
        except StudioError as exc:
            raise _Problem("at", str(exc), exc.hint) from None
    at = check(when)

    # -- media the request names (checked even when the caption is refused: report every problem at once)
    def named_media():
        return [vet_media(item, base_dir=req.base_dir, roots=roots) for item in req.media if item.strip()]
    named = check(named_media) if req.media is not None else None

    # -- the approved caption
    def caption():
        return _approved_caption(db, req, acc, cache)
    cap = check(caption)
    if cap is None or (req.media is not None and named is None):
        return None
    version, product_id, market, target = cap
    content = dict(version.content)
    text = content.get("text") or ""
    if not text.strip():
        found.append(_Problem("text", f"the approved caption (version {version.id}) has no text"))
        return None
    if req.first_comment and _norm(req.first_comment) != _norm(content.get("first_comment") or ""):
        found.append(_Problem("first_comment", f"differs from the approved caption's first comment (version "
                                               f"{version.id}); approve the edit first, or leave it empty"))
    product = cache.get(f"product:{product_id}") or catalog.get_product(db, product_id)
    cache[f"product:{product_id}"] = product

    items = named if req.media is not None and named is not None else pick_media(db, product_id, market, acc.platform if acc else "")

    # -- quality gate (caption and media)
    from studio.importers.facts import grounding_facts  # the facts generation grounds on (issue 16)
    from studio.services import campaigns  # a campaign's caption is checked against its offer as it is now
    from studio.services.quality import localized_facts  # with their values in the market's language

    campaign_ctx = campaigns.lint_context_for_draft(db, version.draft_id)
    facts = localized_facts(grounding_facts(product), market)
    if campaign_ctx:
        facts = list(facts) + campaigns.offer_facts(campaign_ctx["campaign_offer"], campaign_ctx["campaign_offer_line"])
    from studio.services.model_checks import dismissed_keys

    # the model's suggestions join the findings; the ones the user dismissed for this draft stay out
    findings = lint_caption(lint_target(target or (acc.platform if acc else "generic")), market, content, facts,
                            items, context=campaign_ctx, dismissed=dismissed_keys(db, version.draft_id))
    # errors the user approved this very version over, with a recorded reason (drafts.approve), do not block it
    # again: they are listed with that reason; any other error (a new one, the media's) still blocks
    gated, approved_over = split_approved_errors(findings, (version.provenance or {}).get("approval_override"))
    try:
        warnings = check_findings(gated, req.override_reason, override_hint=names["override"])
    except StudioError as exc:
        found.append(_Problem("quality", str(exc).removeprefix("not scheduled: "), exc.hint))
        return None
    warnings = approved_over + warnings
    if acc is None or at is None or found:
        return None
    opts = dict(acc.settings.get("default_options") or {})
    opts.update(req.options or {})
    if target and acc.platform in ("folder", "webhook"):
        opts.setdefault("caption_target", target)
    opts.setdefault("is_aigc", bool(getattr(version, "ai_generated", False)))
    if any(mm.get("ai_generated") for mm in items):
        opts["is_aigc"] = True
    key = uuid.uuid4().hex
    text, first_comment, link_warning = tag_shop_links(
        db, content, platform=(target if acc.platform in ("folder", "webhook") and target else acc.platform),
        lint_as=lint_target(target or acc.platform), market=market, product=product, draft_id=version.draft_id,
        key=key, facts=facts, items=items, context=campaign_ctx, errors_before=_error_ids(findings))
    if link_warning:
        warnings.append(link_warning)
    return _Admitted(acc, at, text, first_comment, product_id, market, version.id, items,
                     opts, findings, warnings, req.override_reason, key)


def split_approved_errors(findings: list[dict], override: dict | None) -> tuple[list[dict], list[str]]:
    """(findings without the errors the version was approved over, a line for each of those naming the reason).

    ``override``: the version's ``provenance["approval_override"]`` (``drafts.approve`` with a reason). An error
    counts as approved over when the same rule gave the same message at approval; a changed or new error does not."""
    if not override:
        return findings, []
    covered = {(str(e.get("rule_id")), str(e.get("message"))) for e in override.get("errors") or []}
    reason = str(override.get("reason") or "")
    kept: list[dict] = []
    lines: list[str] = []
    for f in findings:
        if f.get("severity") == "error" and (str(f.get("rule_id")), str(f.get("message"))) in covered:
            lines.append(f"{f['rule_id']} [error approved with the reason “{reason}”]: {f['message']}")
        else:
            kept.append(f)
    return kept, lines


def _error_ids(findings: list[dict]) -> set[str]:
    return {str(f.get("rule_id")) for f in findings if f.get("severity") == "error"}


def shop_hosts(product: Any) -> set[str]:
    """The shop's own hosts: the product page's (catalog URL) and the store URL's (Livestream settings)."""
    from studio import shoplinks
    from studio.settings import Settings

    extra = getattr(product, "extra", None) or {}
    hosts = {shoplinks.host_of(str(extra.get(k) or "")) for k in ("url", "link")}
    try:
        hosts.add(shoplinks.host_of(str(Settings().get("livestream.store_url") or "")))
    except Exception:  # noqa: BLE001 - unreadable settings: the product's own URL still counts
        pass
    return {h for h in hosts if h}


def post_utm(db: Database, *, platform: str, product_id: int, market: str, draft_id: int | None,
             key: str) -> dict[str, str]:
    """The UTM tags of a post's shop link (docs/readme/insights.md, "Attribution"): utm_source = the platform,
    utm_medium = ``social``, utm_campaign = the studio campaign's name when the caption belongs to one, else
    ``product-<id>-<market>`` (stable across renames), utm_content = the post's idempotency key — which
    ``orders.attribute`` matches against the order's landing-page tags."""
    from studio import shoplinks
    from studio.services import campaigns

    extra = campaigns.extra_for_draft(db, draft_id) if draft_id is not None else None
    name = ((extra or {}).get("campaign") or {}).get("name") or ""
    campaign = shoplinks.slug(name) or f"product-{product_id}-{shoplinks.slug(market)}"
    return {"source": platform, "medium": "social", "campaign": campaign, "content": key}


def tag_shop_links(db: Database, content: dict, *, platform: str, lint_as: str, market: str, product: Any,
                   draft_id: int | None, key: str, facts: list, items: list[dict], context: dict | None,
                   errors_before: set[str]) -> tuple[str, str | None, str | None]:
    """(text, first comment, warning): the approved caption with its shop links UTM-tagged for this post.

    Done here, at scheduling time, because this is where the post's idempotency key (its utm_content) is made;
    the approved draft keeps its plain link. The tagged text goes through the quality checks again (they measure
    the text; X counts any link as 23): when the tags would break a limit, the post keeps the plain link and the
    warning says its orders will only be correlated, not attributed."""
    from studio import shoplinks

    text = content.get("text") or ""
    first_comment = content.get("first_comment") or None
    hosts = shop_hosts(product)
    if not hosts:
        return text, first_comment, None
    tags = post_utm(db, platform=platform, product_id=int(product.id), market=market, draft_id=draft_id, key=key)
    tagged = shoplinks.tag_links_in_text(text, hosts, **tags) or ""
    tagged_fc = shoplinks.tag_links_in_text(first_comment, hosts, **tags)
    if tagged == text and tagged_fc == first_comment:
        return text, first_comment, None
    after = lint_caption(lint_as, market, {**content, "text": tagged, "first_comment": tagged_fc}, facts, items,
                         context=context, second_opinion="off")  # only new rule errors matter here
    new_errors = _error_ids(after) - errors_before
    if new_errors:
        return text, first_comment, (f"shop link left without UTM tags: with them the text breaks "
                                     f"{', '.join(sorted(new_errors))}; orders from this post will show as "
                                     "correlation, not attributed — shorten the caption to get them attributed")
    return tagged, tagged_fc, None


def _norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n"))


def _approved_caption(db: Database, req: QueueRequest, acc, cache: dict):
    """(approved version, product id, market, target) for the request, or a located refusal."""
    from studio.services import catalog, drafts

    target = caption_target(acc.platform, acc.settings) if acc is not None else None
    given = _norm(req.text or "")
    dtarget: str | None
    if req.draft_version_id not in (None, ""):
        try:
            vid = int(req.draft_version_id)
        except (TypeError, ValueError):
            raise _Problem("draft_version", f"'{req.draft_version_id}' is not a draft version id") from None
        with db.session() as s:
            row = s.get(m.DraftVersion, vid)
            draft = s.get(m.Draft, row.draft_id) if row is not None else None
            if row is None or draft is None or draft.kind != "caption":
                raise _Problem("draft_version", f"no caption version {vid}")
            if draft.approved_version != row.number:
                raise _Problem("draft_version", f"version {vid} is not the approved version of its caption; "
                                                "approve it first", "studio drafts approve ID")
            product_id, market, dtarget, dvariant = draft.product_id, draft.market, draft.target, draft.variant
        if target and dtarget and dtarget != target:
            raise _Problem("draft_version", f"version {vid} is a {dtarget} caption; account '{acc.name}' posts "
                                            f"{target} captions")
        version = drafts.latest_approved(db, product_id, market, "caption", dtarget, variant=dvariant or "")
    elif req.product not in (None, ""):
        if not (req.market or "").strip():
            raise _Problem("market", "needed with a product (a locale tag such as de-DE)")
        market = (req.market or "").strip()
        try:
            product = catalog.get_product_by_ref(db, str(req.product).strip())
        except StudioError as exc:
            raise _Problem("product", str(exc), exc.hint) from None
        cache[f"product:{product.id}"] = product
        product_id = product.id
        version, dtarget = None, target
        if target:
            version = drafts.latest_approved(db, product.id, market, "caption", target)
        else:
            for d in drafts.list_drafts(db, product=product.id, market=market, kind="caption", status="approved"):
                version = drafts.latest_approved(db, product.id, market, "caption", d.target)
                if version is not None:
                    dtarget = d.target
                    break
        if version is None:
            raise _Problem("text", f"no approved caption for {product.handle} in {market} for "
                                   f"{target or 'any channel'}; generate and approve one first",
                           f"studio generate --products {product.handle} --markets {market} --kinds caption, then "
                           "studio drafts approve ID")
    elif given:
        version, product_id, market, dtarget = _caption_with_text(db, given, target, cache)
    else:
        raise _Problem("text", "say which approved caption to post: a product and market, a draft version, or the "
                               "exact text of an approved caption")
    if version is None:
        raise _Problem("text", "the caption is no longer approved")
    if given and given != _norm(version.content.get("text") or ""):
        raise _Problem("text", f"differs from the approved caption (version {version.id}); approve the edited text "
                               "first, or leave the text empty to post the approved one", "studio drafts")
    return version, product_id, market, dtarget


def _caption_with_text(db: Database, text: str, target: str | None, cache: dict):
    """The approved caption whose text is exactly ``text`` (the account's channel first)."""
    from studio.services import drafts

    if "approved" not in cache:
        with db.session() as s:
            rows = s.execute(select(m.Draft.product_id, m.Draft.market, m.Draft.target, m.DraftVersion.id,
                                    m.DraftVersion.content, m.Draft.variant)
                             .join(m.DraftVersion, (m.DraftVersion.draft_id == m.Draft.id)
                                   & (m.DraftVersion.number == m.Draft.approved_version))
                             .where(m.Draft.kind == "caption", m.Draft.approved_version.is_not(None))).all()
        index: dict[str, list] = {}
        for pid, market, dtarget, vid, content, variant in rows:
            index.setdefault(_norm((content or {}).get("text") or ""), []).append((pid, market, dtarget, vid,
                                                                                  variant or ""))
        cache["approved"] = index
    hits = cache["approved"].get(text) or []
    hits = sorted(hits, key=lambda h: (h[2] != target, h[3]))
    if not hits or (target and hits[0][2] not in (target, "")):
        shown = text if len(text) <= 60 else text[:60] + "…"
        raise _Problem("text", f"'{shown}' is not an approved caption{' for ' + target if target else ''}; only "
                               "approved captions are queued: approve it first, or give the product and market of "
                               "an approved caption", "studio drafts approve ID")
    pid, market, dtarget, _vid, variant = hits[0]
    return drafts.latest_approved(db, pid, market, "caption", dtarget, variant=variant), pid, market, dtarget


def vet_media(path_text: str, *, base_dir: str | Path | None = None, roots: list[Path] | tuple = ()) -> dict:
    """A media file the user named, checked: inside an allowed folder after resolving symlinks (the media store
    or ``roots``), a regular file, and an image Pillow decodes or a video container. Returns a media item."""
    raw = path_text.strip()
    p = Path(raw).expanduser()
    if not p.is_absolute():
        p = Path(base_dir or ".") / p
    real = p.resolve()
    allowed = [r.resolve() for r in (*roots, *allowed_media_roots())]
    if not any(real.is_relative_to(r) for r in allowed):
        raise _Problem("media", f"{raw} is outside the folders you pointed at ({', '.join(str(r) for r in allowed)}); "
                                "copy it into the CSV's folder or name its folder with --media-dir")
    if not real.exists():
        raise _Problem("media", f"file not found: {raw}")
    if not real.is_file():
        raise _Problem("media", f"{raw} is not a regular file")
    if real.suffix.lower() in VIDEO_SUFFIXES:
        with open(real, "rb") as fh:
            head = fh.read(12)
        if not (head[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free") or head.startswith(b"\x1a\x45\xdf\xa3")):
            raise _Problem("media", f"{raw} is not a video (no MP4/MOV/WebM container)")
        return {"path": str(real), "kind": "video"}
    try:
        from PIL import Image

        with Image.open(real) as im:
            fmt, size = im.format, im.size
            im.verify()
    except Exception:  # noqa: BLE001 - anything Pillow cannot decode is not an image
        raise _Problem("media", f"{raw} is not an image (Pillow cannot decode it)") from None
    mime = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif"}.get(fmt or "")
    return {"path": str(real), "kind": "image", "mime": mime, "width": size[0], "height": size[1]}


def _into_store(item: dict) -> dict:
    """Queued media lives in the media store (content-addressed), never at a path the user can change later."""
    import shutil

    src = Path(item.get("path") or "")
    if not src.is_file() or any(src.resolve().is_relative_to(r.resolve()) for r in allowed_media_roots()):
        return item
    digest = item.get("sha256") or sha256_file(src)
    store = allowed_media_roots()[0]
    dest = media_store.store_path(store, digest, src.suffix)  # confined, private
    if not dest.exists():
        tmp = dest.with_name(dest.name + f".{uuid.uuid4().hex[:8]}.part")
        shutil.copyfile(src, tmp)
        media_store.commit(tmp, dest)
    return {**item, "path": str(dest), "sha256": digest, "source": str(src)}


def schedule_from_draft(db: Database, *, product_ref: str, market: str, account: str, at: datetime | str | None,
                        override_reason: str | None = None, options: dict[str, Any] | None = None,
                        publish_now: bool = False) -> ScheduleResult:
    """``studio schedule``: the latest approved caption of a product for an account, through the gate."""
    return enqueue(db, [QueueRequest(account=account, at=at, product=product_ref, market=market,
                                     override_reason=override_reason, options=options, publish_now=publish_now)])[0]
