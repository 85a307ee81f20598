"""The user's own rules: banned words and regex pattern rules, stored in Settings and editable in the app.

Stored under the settings key ``quality.user_rules`` as::

    {"banned_words": [{"word": "cheap", "severity": "warning", "replacement": "affordable"}],
     "patterns": [{"id": "no-phone", "pattern": "\\+?\\d[\\d -]{7,}", "message": "No phone numbers",
                   "severity": "error", "targets": ["amazon-*"]}]}
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field

import regex

from studio.domain import StudioError
from studio.quality.finding import Finding, _

SETTINGS_KEY = "quality.user_rules"
SOURCE = "user rule (Settings → Checks)"


@dataclass
class UserRules:
    banned_words: list[dict] = field(default_factory=list)
    patterns: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"banned_words": list(self.banned_words), "patterns": list(self.patterns)}


def validate(data: dict) -> UserRules:
    """Check and normalise user rules; raises StudioError naming the bad entry."""
    if not isinstance(data, dict):
        raise StudioError("user rules must be an object with 'banned_words' and 'patterns'")
    words = []
    for i, w in enumerate(data.get("banned_words") or []):
        if isinstance(w, str):
            w = {"word": w}
        word = str(w.get("word", "")).strip()
        if not word:
            raise StudioError(f"banned word #{i + 1} is empty")
        sev = w.get("severity", "warning")
        if sev not in ("error", "warning", "info"):
            raise StudioError(f"banned word “{word}”: severity must be error, warning or info, not {sev!r}")
        entry = {"word": word, "severity": sev}
        if w.get("replacement") is not None:
            entry["replacement"] = str(w["replacement"])
        words.append(entry)
    pats = []
    for i, p in enumerate(data.get("patterns") or []):
        pid = str(p.get("id") or f"pattern-{i + 1}").strip()
        pat = p.get("pattern") or ""
        try:
            regex.compile(pat)
        except regex.error as exc:
            raise StudioError(f"pattern rule {pid}: invalid regular expression {pat!r} ({exc})") from None
        if not pat:
            raise StudioError(f"pattern rule {pid}: the pattern is empty")
        sev = p.get("severity", "warning")
        if sev not in ("error", "warning", "info"):
            raise StudioError(f"pattern rule {pid}: severity must be error, warning or info, not {sev!r}")
        pats.append({"id": pid, "pattern": pat, "message": str(p.get("message") or _("Matches your rule {id}")
                                                               .format(id=pid)),
                     "severity": sev, "targets": list(p.get("targets") or ["*"])})
    return UserRules(words, pats)


_CACHE: dict = {}


def _load_default() -> UserRules:
    """The rules in the default settings file, re-read only when the file changes (lint_text runs often)."""
    from studio.settings import data_dir

    path = data_dir() / "settings.json"
    try:
        stamp = (str(path), path.stat().st_mtime_ns, path.stat().st_size)
    except OSError:
        return UserRules()
    if _CACHE.get("stamp") != stamp:
        from studio.settings import Settings

        _CACHE["stamp"] = stamp
        _CACHE["rules"] = load(Settings(path))
    return _CACHE["rules"]


def load(settings=None) -> UserRules:
    if settings is None:
        return _load_default()
    try:
        return validate(settings.get(SETTINGS_KEY) or {})
    except StudioError:
        return UserRules()


def save(rules: UserRules | dict, settings=None) -> UserRules:
    data = rules.to_dict() if isinstance(rules, UserRules) else rules
    checked = validate(data)
    if settings is None:
        from studio.settings import Settings

        settings = Settings()
    settings.set(SETTINGS_KEY, checked.to_dict())
    return checked


def lint(ctx, rules: UserRules | None = None) -> list[Finding]:
    rules = rules if rules is not None else _load_default()
    out: list[Finding] = []
    from studio.quality.textmatch import phrase_regex

    for w in rules.banned_words:
        for m in regex.finditer(phrase_regex(w["word"]), ctx.text, regex.IGNORECASE | regex.V1):
            out.append(Finding("user.banned-word", w["severity"],
                               _("“{word}” is on your list of banned words.").format(word=m.group(0)),
                               m.start(), m.end(), w.get("replacement"), SOURCE, family="user", target=ctx.target))
    for p in rules.patterns:
        if not any(fnmatch.fnmatchcase(ctx.target, t) for t in p["targets"]):
            continue
        for m in regex.finditer(p["pattern"], ctx.text):
            if m.end() > m.start():
                out.append(Finding(f"user.{p['id']}", p["severity"], p["message"], m.start(), m.end(), None, SOURCE,
                                   family="user", target=ctx.target))
    return out
