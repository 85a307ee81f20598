"""tests/ui/conftest.py fails a UI test when Qt prints a warning (checked in a separate pytest run)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

UI_CONFTEST = Path(__file__).resolve().parents[1] / "conftest.py"
ROOT = Path(__file__).resolve().parents[3]


def test_a_qt_warning_fails_the_test_and_a_clean_test_passes(tmp_path):
    shutil.copy(UI_CONFTEST, tmp_path / "conftest.py")
    (tmp_path / "test_probe.py").write_text(textwrap.dedent('''
        from PySide6.QtCore import qWarning

        def test_warns(qapp):
            qWarning("probe: something is wrong")

        def test_benign_offscreen_note_is_ignored(qapp):
            qWarning("This plugin does not support propagateSizeHints()")

        def test_clean(qapp):
            assert qapp is not None
    '''), encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\nqt_api = pyside6\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    out = proc.stdout
    assert proc.returncode == 1, out
    assert "1 failed, 2 passed" in out and "Qt warnings during call" in out and "probe: something is wrong" in out
