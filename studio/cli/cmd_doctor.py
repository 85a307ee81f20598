"""``studio doctor [--market TAG] [--json]``: the parts beyond pip (ffmpeg, espeak-ng, fonts per script),
what the app does without each, and the install command for this operating system."""

from __future__ import annotations

from studio.cli.common import add_command, emit


def register(sub) -> None:
    p = add_command(sub, "doctor", "check ffmpeg, espeak-ng and the fonts for every script; say what is missing",
                    run)
    p.add_argument("--market", help="only what a market needs (its script's font, ffmpeg, espeak-ng), e.g. th-TH")


def run(args) -> int:
    from studio.services import system

    if args.market:
        missing = system.market_problems(args.market)
        emit(args, {"market": args.market, "missing": [r.to_dict() for r in missing]},
             lambda: print("\n".join(r.line() for r in missing) or f"{args.market}: everything needed is installed"))
        return 1 if missing else 0
    reqs = system.check_all()

    def human() -> None:
        for r in reqs:
            print(("ok       " if r.ok else "MISSING  ") + r.line())

    emit(args, {"os": system.current_os(), "requirements": [r.to_dict() for r in reqs]}, human)
    return 0 if all(r.ok for r in reqs) else 1
