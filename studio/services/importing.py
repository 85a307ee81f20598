"""Import use cases for the UI and the CLI (Qt-free; run them as jobs ``(progress, cancel)``).

    det = detect(path)                                   # format, container, encoding, delimiter, headers…
    plan = plan_import(db, path, ImportOptions(...))     # creates/updates/errors; writes nothing
    result = run_import(db, path, ImportOptions(...))    # checked, then short transactions; ImportAborted on invalid
                                                         # rows unless import_valid_rows_only
    export_errors_csv(result.errors, "errors.csv")       # file, line, column, message, what to do
    result.report / plan.report                          # the import report (importers.report): counts,
                                                         # skipped products, warnings grouped by kind

Mapping presets (generic CSV/XLSX) are kept in Settings under ``import.mapping_presets``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from studio.csvsafe import write_safe_csv
from studio.importers.detect import Detection
from studio.importers.detect import detect as _detect
from studio.importers.generic import ALL_FIELDS, PREFIXES, parse_map_args, suggest_mapping, validate_field
from studio.importers.pipeline import WRITING_FROM, ImportOptions, ImportResult, PlanItem, run_pipeline
from studio.importers.records import CatalogImportError, ImportAborted, ImportIssue
from studio.importers.report import build_report, format_report, report_for_failure
from studio.jobs import CancelToken, ProgressFn, no_progress
from studio.storage.db import Database

__all__ = [
    "ALL_FIELDS", "PREFIXES", "CatalogImportError", "Detection", "ImportAborted", "ImportIssue", "ImportOptions",
    "ImportPlan", "ImportResult", "PlanItem", "build_report", "delete_preset", "detect", "export_errors_csv",
    "format_report", "list_presets", "report_for_failure",
    "load_preset", "parse_map_args", "plan_import", "run_import", "save_preset", "suggest_mapping", "WRITING_FROM",
]

PRESETS_KEY = "import.mapping_presets"
log = logging.getLogger("studio.import")


def detect(path: str | Path, format: str = "auto", encoding: str | None = None) -> Detection:
    """What the file is: format, container, encoding (with its confidence and evidence when guessed),
    delimiter, headers, sample rows, suggested mapping. ``encoding`` overrides the guess."""
    return _detect(path, format, encoding)


@dataclass
class ImportPlan:
    detection: Detection
    creates: list[PlanItem] = field(default_factory=list)
    updates: list[PlanItem] = field(default_factory=list)
    errors: list[ImportIssue] = field(default_factory=list)
    warnings: list[ImportIssue] = field(default_factory=list)
    create_count: int = 0
    update_count: int = 0
    error_count: int = 0
    invalid_products: int = 0
    products_read: int = 0
    variants: int = 0
    images: int = 0
    images_missing: int = 0
    facts: int = 0
    source_language: str | None = None
    languages: dict[str, int] = field(default_factory=dict)  # products whose own script names another language
    mapping: dict[str, str] | None = None
    unchanged_count: int = 0
    report: dict = field(default_factory=dict)  # what would happen to each row (importers.report)

    @property
    def ok(self) -> bool:
        return self.error_count == 0


def plan_import(db: Database, path: str | Path, options: ImportOptions | None = None,
                progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> ImportPlan:
    """A dry run: what would be created and updated, and every error, with nothing written."""
    opts = ImportOptions(**{**(options or ImportOptions()).__dict__, "dry_run": True})
    r = run_pipeline(db, path, opts, progress, cancel)
    return ImportPlan(
        detection=r.detection, creates=r.creates, updates=r.updates, errors=r.errors, warnings=r.warnings,
        create_count=r.created, update_count=r.updated, error_count=r.error_count,
        invalid_products=r.skipped_invalid, products_read=r.products_read,
        variants=r.variants_created + r.variants_updated, images=r.images, images_missing=r.images_missing,
        facts=r.facts_written, source_language=r.source_language, languages=r.languages,
        mapping=opts.resolved_mapping,
        unchanged_count=r.unchanged, report=r.report,
    )


def run_import(db: Database, path: str | Path, options: ImportOptions | None = None,
               progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> ImportResult:
    """Import: the whole file is read and checked first (nothing written), then written in short transactions
    (see ``importers.pipeline``). Raises ``ImportAborted`` (with ``.issues``, nothing written) when rows are
    invalid and ``import_valid_rows_only`` is off, ``Cancelled`` when cancelled (while reading: nothing written;
    while writing: the batches committed stay, the ImportRun says so, importing the file again finishes it)."""
    name = Path(path).name
    log.info("import %s: started", name)
    try:
        r = run_pipeline(db, path, options or ImportOptions(), progress, cancel)
    except Exception as exc:
        log.warning("import %s: stopped: %s: %s", name, exc.__class__.__name__, exc)
        raise
    log.info("import %s: %s, %d created, %d updated, %d unchanged, %d skipped, %d errors", name, r.status,
             r.created, r.updated, r.unchanged, r.skipped_invalid, r.error_count)
    return r


def export_errors_csv(errors: list[ImportIssue], path: str | Path) -> int:
    """Write the errors (and warnings, if passed) as CSV: file, line, column, severity, message, what to do."""
    rows = ([e.file, e.line if e.line is not None else "", e.column or "", e.severity, e.handle or "", e.message,
             e.hint] for e in errors)
    return write_safe_csv(Path(path), ["file", "line", "column", "severity", "product", "message", "what to do"], rows)


# --------------------------------------------------------------------------- mapping presets


def _settings(settings=None):
    if settings is not None:
        return settings
    from studio.settings import Settings

    return Settings()


def list_presets(settings=None) -> dict[str, dict[str, str]]:
    data = _settings(settings).get(PRESETS_KEY, {}) or {}
    return {k: dict(v) for k, v in data.items() if isinstance(v, dict)}


def save_preset(name: str, mapping: dict[str, str], settings=None) -> None:
    name = (name or "").strip()
    if not name:
        raise CatalogImportError("a mapping preset needs a name")
    clean = {str(col): validate_field(f) for col, f in (mapping or {}).items()}
    if not clean:
        raise CatalogImportError("the mapping is empty; map at least one column (COLUMN=FIELD)")
    s = _settings(settings)
    data = dict(s.get(PRESETS_KEY, {}) or {})
    data[name] = clean
    s.set(PRESETS_KEY, data)


def load_preset(name: str, settings=None) -> dict[str, str]:
    presets = list_presets(settings)
    if name not in presets:
        known = ", ".join(sorted(presets)) or "none saved yet"
        raise CatalogImportError(f"no mapping preset {name!r} (saved presets: {known})")
    return presets[name]


def delete_preset(name: str, settings=None) -> None:
    s = _settings(settings)
    data = dict(s.get(PRESETS_KEY, {}) or {})
    if data.pop(name, None) is None:
        raise CatalogImportError(f"no mapping preset {name!r}")
    s.set(PRESETS_KEY, data)
