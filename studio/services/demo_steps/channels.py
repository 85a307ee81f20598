"""Demo step 50: schedule the demo's approved captions to a Folder channel and run the worker once, so a
newcomer sees the whole path (draft → lint gate → queue → worker → ready-to-upload bundle) without any
social account."""

from __future__ import annotations

ORDER = 50
TITLE = "Schedule the captions to a Folder channel and publish them (worker --once)"
ACCOUNT = "demo-folder"
MAX_POSTS = 12


def run(ctx) -> dict:
    from datetime import timedelta

    from sqlalchemy import select

    from studio import clock
    from studio.domain import NotFound, StudioError
    from studio.services import accounts, catalog, drafts, worker
    from studio.services.scheduling import gate, hosting, queue
    from studio.storage import models as m

    bundles = ctx.out / "channels" / "bundles"
    bundles.mkdir(parents=True, exist_ok=True)
    try:
        acc = accounts.get_account(ctx.db, ACCOUNT)
        accounts.update_settings(ctx.db, acc.id, path=str(bundles))
    except NotFound:
        acc = accounts.add_account(ctx.db, "folder", ACCOUNT, base_url=str(bundles), settings_={"path": str(bundles)})

    ids = set(ctx.state.get("draft_ids") or [])
    captions = [d for d in drafts.list_drafts(ctx.db, kind="caption") if not ids or d.id in ids]
    # the demo plays the reviewer: it approves what passes its own gate (no error findings), never overrides
    to_approve = [d.id for d in captions if d.status != "approved"
                  and not drafts.error_findings(d.latest.checks if d.latest else [])]
    if to_approve:
        drafts.approve(ctx.db, to_approve)  # the demo plays the reviewer
    scheduled, refused, warned = [], [], 0
    due = clock.now() - timedelta(minutes=1)
    for i, d in enumerate(captions[:MAX_POSTS]):
        ctx.cancel.raise_if_cancelled()
        version = drafts.latest_approved(ctx.db, d.product_id, d.market, "caption", d.target)
        if version is None or not (version.content.get("text") or "").strip():
            continue
        key = f"demo-{version.id}-{acc.id}"
        with ctx.db.session() as s:
            if s.scalar(select(m.Post.id).where(m.Post.idempotency_key == key)) is not None:
                continue  # the demo ran before on this database
        product = catalog.get_product(ctx.db, d.product_id)
        media = hosting.pick_media(ctx.db, d.product_id, d.market, d.target or "instagram")
        findings = gate.lint_caption(gate.lint_target(d.target or "generic"), d.market, dict(version.content),
                                    _grounding(product, d.market), media)
        reason = None
        if any(f.get("severity") == "warning" for f in findings):
            reason = "demo: warnings reviewed by the person running the demo"
            warned += 1
        try:
            gate.check_findings(findings, reason)
        except StudioError as exc:
            refused.append(f"{product.handle} {d.market} {d.target}: {exc}")
            continue
        post = queue.create_post(
            ctx.db, acc.id, version.content["text"], due + timedelta(seconds=i), media=media,
            options={"is_aigc": bool(version.ai_generated), "caption_target": d.target},
            first_comment=version.content.get("first_comment") or None, product_id=d.product_id, market=d.market,
            draft_version_id=version.id, override_reason=reason, findings=findings, idempotency_key=key)
        scheduled.append(post.id)
    summary = worker.run_once(ctx.db, options=worker.WorkerOptions(concurrency=2, grace_minutes=24 * 60))
    ctx.state["post_ids"] = scheduled
    out = {
        "account": f"{ACCOUNT} (Folder channel — no social account needed)",
        "scheduled": f"{len(scheduled)} posts ({warned} with warnings accepted and recorded as the override reason)",
        "published": f"{summary.published} bundles written, {summary.failed} failed, "
                     f"{summary.needs_attention} need attention",
        "bundles": str(bundles),
        "see": f"ls {bundles}   ·   studio queue   ·   the app's Calendar section",
    }
    if refused:
        out["refused by the quality gate"] = "; ".join(refused[:3])
    return out



def _grounding(product, market: str) -> list:
    """The facts the caption was written and checked from at generation (the product's, what its title and
    description state, and their values in the market's language): the demo's gate reads the same facts as its
    own generation, so "بوليستر معاد تدويره" (the stated "recycled polyester") is not refused here after passing
    there."""
    from studio.importers.facts import grounding_facts
    from studio.services.quality import localized_facts

    return localized_facts(grounding_facts(product), market)
