"""The import raises the GC's gen-0 threshold only while it runs and always restores it."""

import gc

import pytest

from studio.importers.pipeline import IMPORT_GC_GEN0, _fewer_gc_passes


def test_threshold_raised_during_import_and_restored_after_nesting_and_errors():
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with _fewer_gc_passes():
            assert gc.get_threshold() == (IMPORT_GC_GEN0, 10, 10)
            with pytest.raises(RuntimeError):
                with _fewer_gc_passes():
                    raise RuntimeError("boom")
            assert gc.get_threshold() == (IMPORT_GC_GEN0, 10, 10)  # the outer import still runs
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_disabled_collection_stays_disabled():
    before = gc.get_threshold()
    try:
        gc.set_threshold(0)
        with _fewer_gc_passes():
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)


def test_language_profiles_are_dropped_after_the_imports_one_detection_unless_held_before():
    """The import detects one language per file; langdetect's profiles (about 60 MB of RSS, stop 18: the
    real-shaped 100k file peaked at 303–305 MB with them held, 278–290 MB without) are dropped after that
    detection — but kept when something loaded them before the import (the app's generation and checks)."""
    from localization.detect import _factory, detect_language, profiles_loaded, release_profiles
    from studio.importers.pipeline import _language_once
    from studio.importers.records import ProductRecord

    recs = [ProductRecord(handle="mug", title="Ceramic mug", body_text="A large ceramic mug for coffee and tea, "
                                                                       "dishwasher safe, holds 350 ml.")]
    release_profiles()
    assert not profiles_loaded()
    detect = _language_once()
    _factory()  # the import warms them while the parse child starts
    assert detect(recs) == "en"
    assert not profiles_loaded()
    assert detect_language("Ein großer Becher aus Keramik für Kaffee und Tee.").lang == "de"  # loaded again
    assert profiles_loaded()
    detect = _language_once()
    assert detect(recs) == "en"
    assert profiles_loaded()  # held before this import: kept
