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
