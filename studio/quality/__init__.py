"""Quality and compliance checks: one rule engine between generation and publishing.

Public API (a contract other packages rely on):

- ``lint_text(text, target, market, *, facts=None, context=None) -> list[Finding]``
- ``lint_content(kind, target, market, content, facts, *, context=None) -> list[Finding]`` (field-aware)
- ``lint_media(target, media_info) -> list[Finding]``
- ``targets() -> list[TargetSpec]``, ``has_errors(findings)``, ``apply_fix(text, finding)``

Rules are data (``studio/quality/packs/*.json``) interpreted by ``engine``; what data cannot say lives in
``code_rules``. Qt-free.
"""

from __future__ import annotations

from studio.quality.api import lint_content, lint_text, warm
from studio.quality.finding import Finding, apply_fix, apply_fixes, counts, has_errors, sort_findings
from studio.quality.media import lint_media, probe_media
from studio.quality.targets import TARGET_IDS, TargetSpec, targets

__all__ = [
    "Finding", "TargetSpec", "TARGET_IDS", "lint_text", "lint_content", "lint_media", "probe_media", "targets", "has_errors",
    "apply_fix", "apply_fixes", "counts", "sort_findings", "warm",
]
