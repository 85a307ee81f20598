"""Cold start (issue 19 measure): the window and Home paint before pydantic, babel, regex and the other heavy
modules are imported — they load with the section or the write that needs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_first_paint_loads_no_pydantic_babel_or_regex(tmp_path, sqlite_db):
    from tests.ui.catalog.conftest import insert_products

    # a few products, so the child ends when the Catalog's first rows are painted; on an empty catalog it waited
    # for rows that never come until its 30 s cap quit it (30 s of every run, and the cap decided the end)
    insert_products(sqlite_db, 5)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STUDIO_HOME=str(tmp_path / "home"),
               STUDIO_NO_FIRST_RUN="1", STUDIO_DATABASE_URL=sqlite_db.url, BENCH_T0=repr(time.time()))
    proc = subprocess.run([sys.executable, "-m", "bench._coldstart_child", "app"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads([ln for ln in proc.stdout.splitlines() if ln.startswith("{")][-1])
    loaded = set(out["heavy_at_first_paint"])
    assert loaded.isdisjoint({"pydantic", "babel", "regex", "numpy", "pyqtgraph", "PIL", "httpx"}), loaded
    assert out["cpu_first_paint"] > 0 and "home_painted" in out
