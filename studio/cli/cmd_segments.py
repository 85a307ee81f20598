"""``studio segments`` — audience segments applied like a brand voice (issue 21 item 3).

  studio segments list | show NAME | remove NAME
  studio segments add NAME --description TEXT [--tone T] [--angle A …] [--do W …] [--dont W …] [--notes T]
  studio segments variant DRAFT_ID --segment NAME      a variant of a draft for the segment, beside it
  studio segments variants DRAFT_ID                    the draft and its variants side by side
  studio segments schedule DRAFT_ID --account NAME [--at ISO]   queue a variant's approved text (through the gate)
"""

from __future__ import annotations

from studio.cli.common import add_command, emit


def register(sub) -> None:
    p = add_command(sub, "segments", "audience segments: guidance applied like a brand voice, variants per segment",
                    _help)
    ss = p.add_subparsers(dest="segments_cmd", metavar="ACTION")
    add_command(ss, "list", "list segments", run_list)
    for name, text, fn in (("show", "one segment's guidance", run_show), ("remove", "delete a segment", run_remove)):
        s = add_command(ss, name, text, fn)
        s.add_argument("name")
    a = add_command(ss, "add", "create a segment or replace its guidance", run_add)
    a.add_argument("name", help="lower-case letters, digits, hyphens (e.g. first-time-buyers)")
    a.add_argument("--description", default="", help="who they are")
    a.add_argument("--tone", default="")
    a.add_argument("--angle", action="append", default=[], help="what to lead with (repeatable)")
    a.add_argument("--do", action="append", default=[], dest="do_words", help="a word to use (repeatable)")
    a.add_argument("--dont", action="append", default=[], dest="dont_words", help="a word to avoid (repeatable)")
    a.add_argument("--notes", default="")
    v = add_command(ss, "variant", "generate a variant of a draft for a segment (kept beside the draft)", run_variant)
    v.add_argument("draft_id", type=int)
    v.add_argument("--segment", required=True)
    v.add_argument("--provider", help="LLM provider (default: the configured one; offline without one)")
    vs = add_command(ss, "variants", "a draft and its segment variants side by side", run_variants)
    vs.add_argument("draft_id", type=int)
    sc = add_command(ss, "schedule", "queue a variant's approved caption for an account (through the gate)",
                     run_schedule)
    sc.add_argument("draft_id", type=int)
    sc.add_argument("--account", required=True)
    sc.add_argument("--at", help="ISO 8601 time (default: the account's next free weekly slot)")
    sc.add_argument("--override-warnings", metavar="REASON")


def _help(args) -> int:
    import sys

    print("usage: studio segments {list,show,add,remove,variant,variants,schedule} …  (studio segments --help)",
          file=sys.stderr)
    return 2


def _db():
    from studio.storage.db import default_database

    return default_database()


def run_list(args) -> int:
    from studio.services import segments

    segs = segments.list_segments(_db())

    def human() -> None:
        if not segs:
            print("no segments yet; add one: studio segments add first-time-buyers --description \"…\"")
        for s in segs:
            print(f"{s.name}: {s.data.get('description') or s.data.get('tone') or ''}")

    emit(args, segs, human)
    return 0


def run_show(args) -> int:
    from studio.services import segments

    s = segments.get_segment(_db(), args.name)
    def human() -> None:
        for k, v in {"name": s.name, **s.data}.items():
            if v:
                print(f"{k}: {v}")

    emit(args, s, human)
    return 0


def run_add(args) -> int:
    from studio.services import segments

    s = segments.save_segment(_db(), args.name, {
        "description": args.description, "tone": args.tone, "angles": args.angle, "do_words": args.do_words,
        "dont_words": args.dont_words, "notes": args.notes})
    emit(args, s, f"segment {s.name} saved")
    return 0


def run_remove(args) -> int:
    from studio.services import segments

    ch = segments.delete_segment(_db(), args.name)
    emit(args, {"deleted": list(ch.deleted), "message": ch.message}, ch.message)
    return 0


def run_variant(args) -> int:
    from studio.services import segments

    d = segments.make_variant(_db(), args.draft_id, args.segment, provider=args.provider)
    def human() -> None:
        print(f"draft {d.id}: {d.kind}/{d.target} {d.market} for segment {d.segment} ({d.variant}), version "
              f"{d.current_version}")
        print(f"next: studio drafts show {d.id}, studio drafts approve {d.id}")

    emit(args, d, human)
    return 0


def run_variants(args) -> int:
    from studio.services import segments

    ds = segments.variants_of(_db(), args.draft_id)

    def human() -> None:
        for d in ds:
            text = (d.latest.content.get("text") if d.latest else "") or ""
            label = d.segment or ("(plain)" if not d.variant else d.variant)
            print(f"draft {d.id} [{label}] {d.status}: {text[:100].replace(chr(10), ' ')}")

    emit(args, ds, human)
    return 0


def run_schedule(args) -> int:
    from studio.domain import StudioError
    from studio.services import accounts, drafts
    from studio.services.scheduling import gate, slots

    db = _db()
    d = drafts.get_draft(db, args.draft_id)
    if d.approved_version is None:
        raise StudioError(f"draft {d.id} is not approved; approve it first (studio drafts approve {d.id})")
    at = args.at or slots.next_free_slot(db, accounts.get_account(db, args.account).id)
    res = gate.enqueue(db, [gate.QueueRequest(account=args.account, at=at,
                                              draft_version_id=d.version(d.approved_version).id,
                                              override_reason=args.override_warnings)])[0]
    emit(args, {"post": res.post, "warnings": res.warnings},
         f"post {res.post.id} scheduled for {res.post.scheduled_at:%Y-%m-%d %H:%M} UTC on {res.post.account_name}"
         + (f" (segment {d.segment})" if d.segment else ""))
    return 0
