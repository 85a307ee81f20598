"""The result type of every quality rule, and how a mechanical fix is applied."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from dataclasses import field as dc_field
from typing import Any

from localization import ui_strings

SEVERITIES = ("error", "warning", "info")
_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def _(text: str) -> str:
    """Translate an English UI string through the Qt-free gettext of ``localization.ui_strings``."""
    return ui_strings.gettext(text)


def N_(text: str) -> str:  # noqa: N802 - gettext convention: marks a string for extraction only
    return text


@dataclass(frozen=True)
class Finding:
    """One problem found in a text.

    ``start``/``end`` are Python ``str`` indices into the linted text (exact for multi-byte text);
    ``fix`` is the replacement for ``text[start:end]`` when the fix is mechanical, else ``None``.
    ``source`` names the platform-specs.md row or the law the rule rests on; ``field`` names the
    content field (e.g. ``title``, ``bullets[2]``) when the finding comes from ``lint_content``.
    ``also`` names the other rules that reported the same span of the same family (a phrase rule and a frame
    agreeing on "Say goodbye to back pain" give one finding, not two underlines).
    """

    rule_id: str
    severity: str
    message: str
    start: int
    end: int
    fix: str | None = None
    source: str = ""
    field: str | None = None
    family: str = ""
    target: str = ""
    data: dict[str, Any] = dc_field(default_factory=dict)
    also: tuple[str, ...] = ()

    @property
    def rules(self) -> tuple[str, ...]:
        """Every rule that reported this finding, the one whose message it carries first."""
        return (self.rule_id, *self.also)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def with_field(self, name: str | None, target: str | None = None) -> Finding:
        return replace(self, field=name, target=target or self.target)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = [self.start, self.end]
        d["also"] = list(self.also)
        return d


def has_errors(findings) -> bool:
    return any(f.severity == "error" for f in findings)


def counts(findings) -> dict[str, int]:
    out = {s: 0 for s in SEVERITIES}
    for f in findings:
        out[f.severity] = out.get(f.severity, 0) + 1
    return out


def sort_findings(findings):
    return sorted(findings, key=lambda f: (f.field or "", f.start, _RANK.get(f.severity, 9), f.rule_id))


def apply_fix(text: str, finding: Finding) -> str:
    """Return ``text`` with ``finding.fix`` replacing its span; raises ValueError without a fix."""
    if finding.fix is None:
        raise ValueError(f"rule {finding.rule_id} has no mechanical fix")
    if not (0 <= finding.start <= finding.end <= len(text)):
        raise ValueError(f"finding span {finding.start}..{finding.end} is outside the text (length {len(text)})")
    return text[: finding.start] + finding.fix + text[finding.end:]


def apply_fixes(text: str, findings) -> str:
    """Apply every non-overlapping fix, right to left so earlier spans stay valid."""
    done_from = len(text) + 1
    for f in sorted((f for f in findings if f.fix is not None), key=lambda f: (f.start, f.end), reverse=True):
        if f.end <= done_from:
            text = apply_fix(text, f)
            done_from = f.start
    return text
