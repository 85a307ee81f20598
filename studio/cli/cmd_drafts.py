"""``studio drafts [--product SKU] [--market M] [--kind K] [--target T] [--status S] [--has-errors] [--json]``,
``studio drafts show ID [--json]``, ``studio drafts approve ID... [--reason "…"]``,
``studio drafts approve --all-clean [filters] [--allow-warnings]`` (bulk approve of drafts without findings),
``studio drafts reject ID... --reason TEXT``, ``studio drafts diff ID [A B] [--json]`` (``--json`` adds the
word-level segments the app's review queue shows).

Approval refuses a draft whose current version has error findings unless ``--reason`` records why it may
go out anyway (kept in the version's provenance, shown by ``drafts show`` and in the Calendar)."""

from __future__ import annotations

from typing import Any

from studio.cli.common import add_command, emit, to_jsonable
from studio.domain import StudioError


def register(sub) -> None:
    p = add_command(sub, "drafts", "list, show, diff, approve and reject generated drafts (the review queue)", run)
    p.add_argument("action", nargs="?", default="list",
                   choices=["list", "show", "approve", "reject", "review", "diff", "edit"],
                   help="list (default) | show ID | approve ID... | approve --all-clean | reject ID... --reason TEXT"
                        " | review ID... | diff ID [A B] | edit ID --set PATH=VALUE...")
    p.add_argument("ids", nargs="*", help="draft ids (and for diff: two version numbers)")
    p.add_argument("--product", default=None, help="handle or SKU")
    p.add_argument("--market", default=None, help="locale tag, e.g. ar-SA")
    p.add_argument("--kind", default=None)
    p.add_argument("--target", default=None)
    p.add_argument("--status", default=None,
                   help="draft | in-review | approved | rejected | awaiting (draft or in-review)")
    p.add_argument("--has-errors", action="store_true",
                   help="only drafts whose current version has error findings")
    p.add_argument("--reason", default=None,
                   help="reject: why (required, recorded in the history); approve: why a draft with error "
                        "findings may be approved anyway (recorded)")
    p.add_argument("--all-clean", action="store_true",
                   help="approve every draft awaiting review (narrowed by the filters) without error or warning "
                        "findings; drafts with findings are listed as skipped")
    p.add_argument("--set", dest="sets", action="append", default=[], metavar="PATH=VALUE",
                   help="edit: a field (title=…), an FAQ item (items[0].q=… / items[0].a=…) or a scene "
                        "(scenes[1].duration=3.5, scenes[1].on_screen_text=…, scenes[1].voice_over=…); an index one "
                        "past the end adds one; repeatable")
    p.add_argument("--remove", dest="removes", action="append", default=[], metavar="PATH",
                   help="edit: remove an FAQ item or a scene (items[2], scenes[3]); repeatable")
    p.add_argument("--allow-warnings", action="store_true",
                   help="with --all-clean: approve drafts with warnings too (never those with errors)")


def _approve_clean(args, db) -> int:
    from studio.services import review

    if args.ids:
        raise StudioError("give draft ids or --all-clean, not both")
    if args.has_errors:
        raise StudioError("--all-clean approves drafts without findings; --has-errors selects the opposite")
    f = review.QueueFilter(product=args.product, market=args.market, kind=args.kind, target=args.target,
                           status=args.status or review.AWAITING)
    res = review.approve_clean(db, f, allow_warnings=args.allow_warnings, by="cli")

    def human() -> None:
        print(res.summary.message + f" — {f.describe()}")
        for sk in res.skipped[:50]:
            print(f"  skipped draft {sk['draft_id']}: {sk['reason']} (studio drafts show {sk['draft_id']})")
        if len(res.skipped) > 50:
            print(f"  … and {len(res.skipped) - 50} more (studio drafts --status awaiting --json)")

    emit(args, {"approved": res.approved, "skipped": res.skipped, "filter": f.describe()}, human)
    return 0


def _ints(values: list[str]) -> list[int]:
    try:
        return [int(v) for v in values]
    except ValueError:
        raise StudioError(f"draft ids are numbers, got {' '.join(values)}") from None


def _edit(args, db, ids: list[int]) -> int:
    """A human version from --set/--remove edits, checked like an edit in the app; scenes whose voice-over is longer
    than the scene are named (a warning, the edit is kept)."""
    from studio.services import draft_fields, drafts

    if len(ids) != 1:
        raise StudioError("'studio drafts edit' edits one draft: studio drafts edit ID --set PATH=VALUE")
    if not args.sets and not args.removes:
        raise StudioError("nothing to edit: give --set PATH=VALUE (e.g. scenes[0].voice_over=…) or --remove PATH")
    edits: list[tuple[str, str | None]] = []
    for item in args.sets:
        path, eq, value = item.partition("=")
        if not eq:
            raise StudioError(f"--set takes PATH=VALUE, got {item!r}")
        edits.append((path, value))
    edits += [(path, None) for path in args.removes]
    d = drafts.get_draft(db, ids[0])
    if d.latest is None:
        raise StudioError(f"draft {d.id} has no version to edit")
    content = draft_fields.apply_edits(d.latest.content, edits)
    if content == d.latest.content:
        raise StudioError("nothing changed: the values given are the draft's own")
    saved = drafts.edit(db, d.id, {k: v for k, v in content.items() if v != d.latest.content.get(k)},
                        note="studio drafts edit")
    v = saved.latest
    new = v.content if v else {}
    scenes = new.get("scenes") if draft_fields.is_scenes("scenes", new.get("scenes")) else None
    slow = draft_fields.too_long(scenes, draft_fields.voice_language(saved.market, new)) if scenes else []
    errors = [c for c in (v.checks if v else []) if c.get("severity") == "error"]
    data = {"id": saved.id, "version": saved.current_version, "errors": len(errors),
            "total_seconds": draft_fields.total_seconds(scenes) if scenes else None,
            "voice_over_too_long": [{"scene": p.index + 1, "voice_seconds": p.needs, "scene_seconds": p.lasts}
                                    for p in slow]}

    def human() -> None:
        print(f"draft {saved.id}: version {saved.current_version} saved (human edit), {len(errors)} error finding(s)"
              + (f", total {data['total_seconds']:g} s" if data["total_seconds"] is not None else ""))
        for p in slow:
            print(f"  warning: scene {p.index + 1}: the voice-over takes about {p.needs:g} s, the scene lasts "
                  f"{p.lasts:g} s")
        for c in errors[:10]:
            print(f"  error {c.get('rule_id')}: {c.get('message')}")

    emit(args, data, human)
    return 0


def run(args) -> int:
    from studio.services import drafts, review
    from studio.storage.db import default_database

    db = default_database()
    if args.action == "approve" and args.all_clean:
        return _approve_clean(args, db)
    if args.all_clean or args.allow_warnings:
        raise StudioError("--all-clean and --allow-warnings go with approve: studio drafts approve --all-clean")
    if args.action == "list":
        if args.status:
            review.check_filter(review.QueueFilter(status=args.status))
        rows = drafts.list_drafts(db, product=args.product, market=args.market, kind=args.kind, target=args.target,
                                  status=args.status, has_errors=True if args.has_errors else None)
        data: list[dict[str, Any]] = [{"id": d.id, "product": d.product_handle, "market": d.market, "kind": d.kind, "target": d.target,
                 "status": d.status, "version": d.current_version, "approved_version": d.approved_version,
                 "author": d.latest.author if d.latest else None,
                 "errors": sum(1 for c in (d.latest.checks if d.latest else []) if c.get("severity") == "error"),
                 "preview": (d.latest.text() if d.latest else "")[:80].replace("\n", " ")} for d in rows]

        def human() -> None:
            if not data:
                print("no drafts (make some with: studio generate --markets en-US)")
                return
            print(f"{'ID':>5}  {'PRODUCT':<22} {'MARKET':<6} {'KIND/TARGET':<22} {'STATUS':<9} {'V':>2} {'ERR':>3}  PREVIEW")
            for r in data:
                print(f"{r['id']:>5}  {r['product'][:22]:<22} {r['market']:<6} {(r['kind'] + '/' + r['target'])[:22]:<22} "
                      f"{r['status']:<9} {r['version']:>2} {r['errors']:>3}  {r['preview']}")

        emit(args, data, human)
        return 0
    ids = _ints(args.ids)
    if not ids:
        hint = " (or --all-clean for every draft without findings)" if args.action == "approve" else ""
        raise StudioError(f"'studio drafts {args.action}' needs a draft id{hint}; list them with: studio drafts")
    if args.action == "show":
        d = drafts.get_draft(db, ids[0])

        def human() -> None:
            v = d.latest
            print(f"draft {d.id}: {d.product_handle} · {d.market} · {d.kind}/{d.target} · {d.status} · "
                  f"version {d.current_version}" + (f" (approved: v{d.approved_version})" if d.approved_version else ""))
            if v is None:
                return
            pv = v.provenance
            print(f"author {v.author}, AI-generated: {'yes' if v.ai_generated else 'no'}, provider {pv.get('provider')}"
                  f" / {pv.get('model')}, prompt {pv.get('prompt_id')} v{pv.get('prompt_version')} "
                  f"({pv.get('prompt_source')}), tokens {pv.get('tokens_in', 0)}+{pv.get('tokens_out', 0)}, "
                  f"cost ${pv.get('cost', 0)}, inputs {str(v.inputs_hash or '')[:12]}")
            ov = pv.get("approval_override")
            if ov:
                print(f"approved despite {len(ov.get('errors') or [])} error finding(s) — reason: {ov.get('reason')}"
                      f" ({ov.get('time', '')[:19]}{', by ' + ov['by'] if ov.get('by') else ''})")
            print("\n--- content")
            for k, val in v.content.items():
                if isinstance(val, list):
                    print(f"{k}:")
                    for x in val:
                        print(f"  - {x}")
                else:
                    print(f"{k}: {val}")
            print("\n--- checks")
            for c in v.checks or []:
                print(f"  {c.get('severity', ''):<7} {c.get('rule_id')}: {c.get('message')}"
                      + (f" [{c.get('field')}]" if c.get("field") else ""))
            if not v.checks:
                print("  (none)")
            print("\n--- history")
            for h in hist:
                when = h.time.isoformat()[:19] if h.time else ""
                extra = f" — {h.reason}" if h.reason else ""
                print(f"  {when}  v{h.version} {h.what:<8} {h.author}{extra}")
            print("\n--- prompt\n" + (v.prompt or "(none)"))

        hist = review.history(db, d.id)
        emit(args, {**to_jsonable(d), "history": hist}, human)
        return 0
    if args.action == "edit":
        return _edit(args, db, ids)
    if args.action == "diff":
        a = ids[1] if len(ids) > 1 else None
        b = ids[2] if len(ids) > 2 else None
        diffs = drafts.diff(db, ids[0], a, b)

        def human() -> None:
            if not diffs:
                print("no differences")
            for f in diffs:
                print(f.unified)

        words = {w.field: w.segments for w in review.word_diff(db, ids[0], a, b)}
        emit(args, [{**to_jsonable(f), "words": words.get(f.field, ())} for f in diffs], human)
        return 0
    if args.action == "approve":
        summary = review.approve(db, ids, reason=args.reason, by="cli")
    elif args.action == "reject":
        summary = review.reject(db, ids, args.reason, by="cli")
    else:
        summary = drafts.submit_for_review(db, ids)
    emit(args, summary, summary.message)
    return 0
