"""Demo step 55 (issue 20): publish the demo's approved captions to EMULATED X and Threads accounts on
127.0.0.1 and sync their metrics, so Insights has per-product, per-market numbers to show.

The emulators are the same ones the tests use (the ``emulators`` package, reached through the registry's
``commerce_studio.emulators`` entry point): they validate every request against the platforms' published
contracts. They run only while the demo runs; the accounts ``demo-x`` and ``demo-threads`` are marked
``emulated`` so a later "Sync metrics" leaves them alone. Their clock for metrics runs a week ahead, so a post
published now reports what a week-old post would: the emulators' deterministic figures, not an audience.
"""

from __future__ import annotations

ORDER = 55
TITLE = "Publish captions to emulated X and Threads accounts (127.0.0.1) and sync their metrics"
PLATFORMS = {"x": ("demo-x", 280), "threads": ("demo-threads", 500)}
MAX_POSTS = 12
AGE_S = 7 * 86400


def run(ctx) -> dict:
    import os
    from datetime import UTC, timedelta

    from sqlalchemy import select

    from studio import clock, registry, secrets
    from studio.domain import NotFound, StudioError
    from studio.services import accounts, catalog, drafts, metrics, worker
    from studio.services.demo_steps.channels import _grounding
    from studio.services.scheduling import gate, queue
    from studio.storage import models as m

    emus = registry.emulators()
    why = "no emulators are installed" if emus is None else emus.unavailable()
    if emus is None or why:
        return {"skipped": f"emulated accounts need the platform emulators: {why}"}
    live = emus.start(list(PLATFORMS), age_s=AGE_S)
    try:
        accs = {}
        for platform, (name, _limit) in PLATFORMS.items():
            conf = {**live[platform]["settings"], "emulated": "studio demo (127.0.0.1)"}
            token = live[platform]["token"]
            try:
                acc = accounts.get_account(ctx.db, name)
                with ctx.db.session() as s:  # the emulator listens on a new port every run
                    row = s.get(m.Account, acc.id)
                    row.base_url = live[platform]["url"]
                    row.settings = {**(row.settings or {}), **conf}
            except NotFound:
                acc = None
            try:
                if acc is None:
                    acc = accounts.add_account(ctx.db, platform, name, base_url=live[platform]["url"], token=token,
                                               settings_=conf)
                else:
                    accounts.set_token(ctx.db, name, token)
            except secrets.SecretStoreUnavailable:
                # no keyring on this machine: the emulator's token for this run only, where the app reads it
                os.environ[secrets.env_name(f"account:{name}:tokens")] = token
                if acc is None:
                    acc = accounts.add_account(ctx.db, platform, name, base_url=live[platform]["url"],
                                               settings_=conf)
            accs[platform] = accounts.get_account(ctx.db, name)
            with ctx.db.session() as s:  # what this account published in an earlier demo run
                earlier = s.execute(select(m.Post.platform_post_id, m.Post.published_at).where(
                    m.Post.account_id == acc.id, m.Post.state == "published",
                    m.Post.platform_post_id.is_not(None))).all()
            emus.remember(platform, [(pid, at.timestamp() if at.tzinfo else at.replace(tzinfo=UTC).timestamp())
                                     for pid, at in earlier if at is not None])

        ids = set(ctx.state.get("draft_ids") or [])
        captions = [d for d in drafts.list_drafts(ctx.db, kind="caption") if (not ids or d.id in ids)
                    and d.status == "approved"]
        scheduled, skipped = [], []
        due = clock.now() - timedelta(minutes=1)
        for platform, (_name, limit) in PLATFORMS.items():
            acc = accs[platform]
            n = 0
            for d in captions:
                if n >= MAX_POSTS:
                    break
                ctx.cancel.raise_if_cancelled()
                version = drafts.latest_approved(ctx.db, d.product_id, d.market, "caption", d.target)
                if version is None:
                    continue
                text = (version.content.get("text") or "").strip()
                if not text:
                    continue
                if len(text) > limit:
                    skipped.append(f"{d.market} {d.target}: {len(text)} characters, {platform} takes {limit}")
                    continue
                key = f"demo-metrics-{version.id}-{acc.id}"
                with ctx.db.session() as s:
                    if s.scalar(select(m.Post.id).where(m.Post.idempotency_key == key)) is not None:
                        n += 1
                        continue  # published by an earlier demo run
                product = catalog.get_product(ctx.db, d.product_id)
                findings = gate.lint_caption(gate.lint_target(platform), d.market, dict(version.content),
                                            _grounding(product, d.market), [])
                reason = ("demo: warnings reviewed by the person running the demo"
                          if any(f.get("severity") == "warning" for f in findings) else None)
                try:
                    gate.check_findings(findings, reason)
                except StudioError as exc:
                    skipped.append(f"{product.handle} {d.market} on {platform}: {exc}")
                    continue
                post = queue.create_post(ctx.db, acc.id, text, due + timedelta(seconds=n), media=[],
                                         options={"is_aigc": bool(version.ai_generated), "caption_target": d.target},
                                         product_id=d.product_id, market=d.market, draft_version_id=version.id,
                                         override_reason=reason, findings=findings, idempotency_key=key)
                scheduled.append(post.id)
                n += 1
        published = worker.run_once(ctx.db, options=worker.WorkerOptions(concurrency=2, grace_minutes=24 * 60))
        synced = []
        for name, _limit in PLATFORMS.values():
            res = metrics.sync(ctx.db, account=name, cancel=ctx.cancel, resume=False)
            synced.append(f"{name}: {res.fetched} posts with metrics, {res.pending} pending, {res.failed} failed")
        ctx.state["metrics_accounts"] = [name for name, _ in PLATFORMS.values()]
    finally:
        emus.stop()
    out = {
        "accounts": ", ".join(f"{name} ({p}, emulated on 127.0.0.1 while the demo ran)"
                              for p, (name, _) in PLATFORMS.items()),
        "published": f"{published.published} posts published, {published.failed} failed "
                     f"({len(scheduled)} scheduled this run)",
        "metrics": "; ".join(synced),
        "note": "the emulators' deterministic figures for a week-old post, not real audience data",
        "see": "studio metrics --channel x   ·   studio metrics --json   ·   the app's Insights section",
    }
    if skipped:
        out["not posted"] = "; ".join(skipped[:3]) + (f" (+{len(skipped) - 3} more)" if len(skipped) > 3 else "")
    return out
