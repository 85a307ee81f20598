"""The embedded sample catalog (``assets/sample``): 27 products as a Shopify product CSV with images we
rendered ourselves (``assets/sample/make_images.py``). ``make run`` offers it on first start;
``studio demo`` imports it.
"""

from __future__ import annotations

from pathlib import Path

from studio.importers.pipeline import ImportOptions, ImportResult, run_pipeline
from studio.jobs import CancelToken, ProgressFn, no_progress
from studio.storage.db import Database

SAMPLE_FILE = "catalog_shopify.csv"
SAMPLE_CURRENCY = "EUR"


def sample_catalog_dir() -> Path:
    """The folder holding the sample CSV and its ``images/``."""
    import assets

    return Path(assets.__file__).resolve().parent / "sample"


def sample_catalog_file() -> Path:
    return sample_catalog_dir() / SAMPLE_FILE


def import_sample(db: Database, progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
                  dry_run: bool = False) -> ImportResult:
    """Import (or re-import: an upsert that keeps hand edits) the sample catalog."""
    options = ImportOptions(format="shopify", currency=SAMPLE_CURRENCY, dry_run=dry_run, download_images=False)
    return run_pipeline(db, sample_catalog_file(), options, progress, cancel)
