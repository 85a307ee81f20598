"""``studio lint``: quality and compliance checks over drafts or a text file.

    studio lint [--product SKU] [--market M] [--second-opinion[=local|llm|off]] [--json]
    studio lint --draft ID [--json]                          (one draft, every check approval runs: facts kept,
                                                              safety text, translations, glossary, quality rules)
    studio lint --draft ID --dismiss KEY [--reason TEXT]     (a model-suggested finding dismissed for that draft)
    studio lint --file TEXT_FILE --target TARGET --market M [--facts FACTS.json] [--sponsored] [--ai-generated]
                [--second-opinion[=local|llm|off]]
    studio lint --targets
    studio lint --media FILE --target CHANNEL

Exit status: 1 when any error is found (warnings alone exit 0), 2 on bad input.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

from studio.cli.common import add_command, emit
from studio.domain import StudioError
from studio.quality.sources import readable


def register(sub) -> None:
    p = add_command(sub, "lint", "check drafts or a text file against platform rules, claims, grounding and "
                                 "locale conventions (exit 1 on errors)", run)
    p.add_argument("--product", help="only drafts of this product (handle or any variant SKU); default: all")
    p.add_argument("--market", help="market locale tag (e.g. de-DE); required with --file")
    p.add_argument("--file", help="lint this UTF-8 text file instead of drafts")
    p.add_argument("--target", help="target id for --file (see --targets)")
    p.add_argument("--targets", action="store_true", help="list the target ids and their limits")
    p.add_argument("--media", metavar="FILE", help="check a video or image file for --target's channel "
                                                  "(format, aspect, duration, size, frame rate)")
    p.add_argument("--facts", help="JSON file with the product's facts ({key: value} or [{key, value, unit}])")
    p.add_argument("--sponsored", action="store_true", help="the post is sponsored (needs a disclosure)")
    p.add_argument("--ai-generated", action="store_true", help="the text is AI-generated")
    p.add_argument("--second-opinion", nargs="?", const="llm", choices=("local", "llm", "off"), default=None,
                   help="a second opinion on claims the rules may miss, with --file (findings marked model-suggested, "
                        "warnings unless a rule agrees): local = the offline classifier, llm = the configured "
                        "language model (the bare flag; skipped when none is configured), off; default: the "
                        "quality.second_opinion setting (local)); over drafts the same, the language model only "
                        "when asked")
    p.add_argument("--dismiss", metavar="KEY", help="dismiss a model-suggested finding of --draft ID (its dismiss_key "
                                                   "in --json output); recorded in the draft's review history")
    p.add_argument("--draft", type=int, metavar="ID", help="lint this one draft with every check approval runs "
                                                          "(facts kept, safety text, translations, rules); with "
                                                          "--dismiss: the draft whose model-suggested finding it names")
    p.add_argument("--reason", default="", help="with --dismiss: why (kept in the review history)")
    p.add_argument("--option", action="append", default=[], metavar="NAME=VALUE",
                   help="a publish option of the channel, e.g. is_aigc=true (repeatable)")


def _finding_dict(f) -> dict:
    return {"rule_id": f.rule_id, "severity": f.severity, "span": [f.start, f.end], "start": f.start, "end": f.end,
            "message": f.message, "fix": f.fix, "source": f.source, "field": f.field, "family": f.family,
            "target": f.target, "model_suggested": bool(f.data.get("model_suggested")), "also": list(f.also),
            **({"dismiss_key": f.data["dismiss_key"]} if f.data.get("dismiss_key") else {})}


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 0 if unicodedata.combining(c) else 1 for c in s)


def show_span(text: str, start: int, end: int, indent: str = "    ") -> list[str]:
    """The line holding the span with ^^^ under it (display widths: CJK counts 2, combining marks 0)."""
    if not text:
        return []
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    # keep long lines readable: 60 characters of context either side
    a = max(line_start, start - 60)
    b = min(line_end, max(end, start + 1) + 60)
    seg = text[a:b]
    prefix = "…" if a > line_start else ""
    suffix = "…" if b < line_end else ""
    pad = _width(prefix + text[a:start])
    mark = max(1, _width(text[start:min(end, b)]))
    return [indent + prefix + seg + suffix, indent + " " * pad + "^" * mark]


def _print_findings(findings, text_for=None) -> None:
    for f in findings:
        where = f"{f.field}:" if f.field else ""
        also = f" (+ {', '.join(f.also)})" if f.also else ""
        model = " [model-suggested]" if f.data.get("model_suggested") else ""
        print(f"{f.severity:<7} {f.rule_id}{also}{model}  {where}[{f.start}:{f.end}]  {f.message}")
        text = text_for(f) if text_for else None
        if text is not None and f.end > f.start:
            for line in show_span(text, f.start, f.end):
                print(line)
        if f.fix is not None:
            print(f"    fix: replace with {f.fix!r}")
        if f.source:
            print(f"    source: {readable(f.source)}")  # JSON keeps the full source


def _facts(path: str | None):
    if not path:
        return None
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StudioError(f"facts file not found: {p}") from None
    except ValueError as exc:
        raise StudioError(f"facts file {p} is not valid JSON: {exc}") from None
    if not isinstance(data, dict | list):
        raise StudioError(f"facts file {p} must hold an object {{key: value}} or a list of {{key, value, unit}}")
    return data


def _options(pairs: list[str]) -> dict:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise StudioError(f"--option {pair!r}: use NAME=VALUE, e.g. is_aigc=true")
        k, v = pair.split("=", 1)
        out[k.strip()] = {"true": True, "false": False}.get(v.strip().lower(), v.strip())
    return out


def run(args) -> int:
    from studio import quality

    if args.targets:
        specs = quality.targets()

        def human_targets() -> None:
            for t in specs:
                limit = ""
                if t.max is not None or t.min is not None:
                    rng = f"{t.min}–{t.max}" if t.min is not None and t.max is not None else (
                        f"≤ {t.max}" if t.max is not None else f"≥ {t.min}")
                    limit = f"{rng} {t.unit}"
                print(f"{t.id:<26} {limit:<22} {t.label}")

        emit(args, [t.__dict__ for t in specs], human_targets)
        return 0

    if args.media:
        if not args.target:
            raise StudioError("--media needs --target (a channel such as tiktok, instagram, youtube-description)")
        info = quality.probe_media(args.media)
        findings = quality.lint_media(args.target, info)

        def human_media() -> None:
            dims = f"{info.get('width')}×{info.get('height')}"
            extra = f", {info['duration']:.1f} s" if info.get("duration") else ""
            print(f"{args.media} ({info['kind']}, {info.get('format')}, {dims}{extra}) for {args.target}: "
                  + ("no findings" if not findings else f"{len(findings)} finding(s)"))
            _print_findings(findings)

        emit(args, {"file": str(args.media), "target": args.target, "media": info,
                    "findings": [_finding_dict(f) for f in findings]}, human_media)
        return 1 if quality.has_errors(findings) else 0

    if args.file:
        if not args.target or not args.market:
            raise StudioError("--file needs --target TARGET and --market M (see studio lint --targets)")
        path = Path(args.file)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise StudioError(f"file not found: {path}") from None
        except UnicodeDecodeError as exc:
            raise StudioError(f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        if text.endswith("\n") and not text.endswith("\n\n"):
            text = text[:-1]  # the newline editors add at the end is not part of the post
        _check_market(args.market)
        context = {"sponsored": args.sponsored, "ai_generated": args.ai_generated, "options": _options(args.option)}
        findings = quality.lint_text(text, args.target, args.market, facts=_facts(args.facts), context=context)
        from studio.quality import rxcache
        from studio.services import claims_review

        rxcache.save()  # the next `studio lint` loads the compiled rules instead of compiling them (first-use cost)

        mode = getattr(args, "second_opinion", None) or claims_review.configured_mode()
        if mode != "off":
            extra = claims_review.second_opinion(text, args.target, args.market, rule_findings=findings, mode=mode,
                                                 sponsored=bool(args.sponsored))
            if claims_review.last_error:
                print(f"second opinion unavailable: {claims_review.last_error}", file=sys.stderr)
            findings = quality.sort_findings([*findings, *extra]) if extra else findings

        def human_file() -> None:
            if not findings:
                print(f"{path}: no findings for {args.target} in {args.market}")
                return
            c = quality.counts(findings)
            print(f"{path} ({args.target}, {args.market}): {c['error']} error(s), {c['warning']} warning(s), "
                  f"{c['info']} info")
            _print_findings(findings, lambda f: text)

        emit(args, {"file": str(path), "target": args.target, "market": args.market,
                    "counts": quality.counts(findings), "findings": [_finding_dict(f) for f in findings]}, human_file)
        return 1 if quality.has_errors(findings) else 0

    from studio.services.quality import lint_drafts, severity_totals
    from studio.storage.db import default_database

    if args.dismiss:
        return _dismiss(args)
    if args.draft is not None:
        return _lint_draft(args)
    if args.market:
        _check_market(args.market)
    results = lint_drafts(default_database(), product=args.product, market=args.market,
                          second_opinion=getattr(args, "second_opinion", None))
    from studio.quality import rxcache

    rxcache.save()  # compiled rules kept for the next process (first-use cost)
    totals = severity_totals(results)

    def human() -> None:
        if not results:
            print("No drafts to lint" + (f" for {args.product}" if args.product else "") +
                  ". Generate some with studio generate, or lint a file with --file.")
            return
        for r in results:
            c = r.counts
            print(f"\n== draft {r.draft_id}: {r.product_handle} · {r.market} · {r.kind} · {r.target or '-'} "
                  f"[{r.status}] — {c['error']} error(s), {c['warning']} warning(s), {c['info']} info")
            content = _content_of(r.draft_id)
            _print_findings(r.findings, lambda f, content=content: _field_text(content, f.field))
        print(f"\n{len(results)} draft(s): {totals['error']} error(s), {totals['warning']} warning(s), "
              f"{totals['info']} info")

    emit(args, {"drafts": [{"draft_id": r.draft_id, "product": r.product_handle, "market": r.market,
                            "kind": r.kind, "target": r.target, "status": r.status, "counts": r.counts,
                            "findings": [_finding_dict(f) for f in r.findings]} for r in results],
                "counts": totals}, human)
    return 1 if totals["error"] else 0


def _dismiss(args) -> int:
    """``studio lint --draft ID --dismiss KEY [--reason …]``: a model-suggested finding dismissed for that draft."""
    from studio.services import model_checks
    from studio.storage.db import default_database

    if not args.dismiss or args.draft is None:
        raise StudioError("--dismiss KEY and --draft ID go together: the dismiss_key of a model-suggested finding "
                          "(studio lint --json) and the draft it belongs to")
    found = model_checks.dismiss(default_database(), args.draft, args.dismiss, note=args.reason, by="cli")
    quote = (found.get("data") or {}).get("quote", "")
    emit(args, {"draft_id": args.draft, "dismissed": args.dismiss, "rule_id": found.get("rule_id"),
                "field": found.get("field"), "quote": quote},
         lambda: print(f"draft {args.draft}: dismissed {found.get('rule_id')} [model-suggested] on "
                       f"{found.get('field') or '-'}: “{quote}”"))
    return 0


def _lint_draft(args) -> int:
    """``studio lint --draft ID``: the findings approval would judge on the draft's current version now."""
    from studio import quality
    from studio.services import drafts
    from studio.services.content_checks import finding_from_dict
    from studio.storage.db import default_database

    if args.product or args.market:
        raise StudioError("--draft ID names one draft: leave out --product and --market")
    db = default_database()
    checks = drafts.gate_checks(db, args.draft)
    d = drafts.get_draft(db, args.draft)
    findings = quality.sort_findings([finding_from_dict(c) for c in checks])
    c = quality.counts(findings)

    def human() -> None:
        print(f"draft {d.id}: {d.product_handle} · {d.market} · {d.kind} · {d.target or '-'} [{d.status}] — "
              f"{c['error']} error(s), {c['warning']} warning(s), {c['info']} info")
        _print_findings(findings, lambda f: _field_text(d.content, f.field))

    emit(args, {"draft_id": d.id, "product": d.product_handle, "market": d.market, "kind": d.kind,
                "target": d.target, "status": d.status, "counts": c,
                "findings": [{**_finding_dict(f), **({"fact": f.data.get("fact")} if f.data.get("fact") else {})}
                             for f in findings]}, human)
    return 1 if quality.has_errors(findings) else 0


def _check_market(tag: str) -> None:
    from localization.markets import UnknownMarket, get_market

    try:
        get_market(tag)
    except UnknownMarket as exc:
        raise StudioError(str(exc).splitlines()[0]) from None


def _content_of(draft_id: int) -> dict:
    try:
        from studio.services.drafts import get_draft
        from studio.storage.db import default_database

        return get_draft(default_database(), draft_id).content
    except Exception:  # noqa: BLE001 - showing the span is a courtesy
        return {}


def _field_text(content: dict, field_name: str | None):
    """``bullets[2]`` / ``title`` / ``faq[0].answer`` → the text the span indexes into."""
    if not field_name:
        return None
    import re

    value: Any = content
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", field_name):
        if part.startswith("["):
            idx = int(part[1:-1])
            value = value[idx] if isinstance(value, list) and idx < len(value) else None
        else:
            value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            return None
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return " ".join(value)
    return value if isinstance(value, str) else None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(2)
