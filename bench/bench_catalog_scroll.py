"""Scrolling the Catalog over 100k products: how long until the rows at a new scroll position are painted.

The Catalog table (SQLite, pages fetched off the GUI thread) is compared with a baseline measured in the
same run: the same QTableView over an in-memory model that makes every row instantly (no database). Both
jump to the same 60 random scroll positions; each jump is timed from setting the scroll bar until every
visible row shows its product and the viewport has been painted. Offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("STUDIO_NO_FIRST_RUN", "1")


def _pctl(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench catalog_scroll")
    ap.add_argument("--products", type=int, default=100_000)
    ap.add_argument("--jumps", type=int, default=60)
    args = ap.parse_args(argv or [])

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    import ui  # noqa: F401 - applies ui.qtcompat

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="studio-scroll-") as tmp:
        os.environ["STUDIO_HOME"] = tmp
        try:
            from bench.make_catalog import make_catalog_db
        except ImportError:
            from bench._coldstart_catalog import make_catalog_db
        db_path = Path(tmp) / "studio.db"
        make_catalog_db(db_path, args.products)
        from studio.settings import Settings
        from studio.storage.db import open_database
        from ui.catalog.view import CatalogView
        from ui.context import AppContext, ChangeBus
        from ui.tasks import TaskRunner

        db = open_database(f"sqlite:///{db_path}")
        ctx = AppContext(db=db, settings=Settings(), tasks=TaskRunner(), bus=ChangeBus())
        view = CatalogView(ctx)
        view.resize(1300, 800)
        view.show()

        def spin_until(cond, timeout=30.0) -> None:
            end = time.perf_counter() + timeout
            while not cond():
                app.processEvents()
                if time.perf_counter() > end:
                    raise SystemExit("timed out waiting for the catalog")

        spin_until(lambda: view.model.rowCount() == args.products)
        table = view.table
        rng = random.Random(7)
        bar_max = table.verticalScrollBar().maximum()
        positions = [rng.randint(0, bar_max) for _ in range(args.jumps)]

        def visible_rows(t: QTableView) -> range:
            top = t.rowAt(0)
            bottom = t.rowAt(t.viewport().height() - 1)
            bottom = t.model().rowCount() - 1 if bottom < 0 else bottom
            return range(max(0, top), bottom + 1)

        def jumps(t: QTableView, ready) -> list[float]:
            out = []
            for pos in positions:
                t0 = time.perf_counter()
                t.verticalScrollBar().setValue(pos)
                t.viewport().repaint()
                spin_until(lambda: all(ready(r) for r in visible_rows(t)))
                t.viewport().repaint()
                out.append(time.perf_counter() - t0)
            return out

        catalog = jumps(table, lambda r: view.model.summary(r) is not None)

        class Instant(QAbstractTableModel):
            def rowCount(self, parent=QModelIndex()):  # noqa: N802
                return 0 if parent.isValid() else args.products

            def columnCount(self, parent=QModelIndex()):  # noqa: N802
                return 0 if parent.isValid() else 8

            def data(self, index, role=Qt.ItemDataRole.DisplayRole):
                if role == Qt.ItemDataRole.DisplayRole:
                    return f"Product {index.row():06d} · {index.column()}"
                if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
                    from ui.catalog.thumbnails import placeholder

                    return placeholder(40)
                return None

        base_view = QTableView()
        base_view.setModel(Instant())
        base_view.verticalHeader().hide()
        base_view.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        base_view.resize(table.size())
        base_view.show()
        app.processEvents()
        baseline = jumps(base_view, lambda r: True)

        b50, c50 = statistics.median(baseline), statistics.median(catalog)
        b95, c95 = _pctl(baseline, 0.95), _pctl(catalog, 0.95)
        print(f"{args.jumps} jumps to random positions in {args.products:,} products, jump → visible rows painted:")
        print(f"  baseline (in-memory model, no database)   median {b50 * 1000:7.1f} ms   p95 {b95 * 1000:7.1f} ms")
        print(f"  Catalog (SQLite pages off the GUI thread) median {c50 * 1000:7.1f} ms = {c50 / b50:5.1f}× baseline"
              f"   p95 {c95 * 1000:7.1f} ms = {c95 / b95:5.1f}× baseline")
        print(f"  pages cached at the end: {len(view.model._pages)} of {view.model.MAX_PAGES} "
              f"(rows in memory ≤ {view.model.MAX_PAGES * view.model.PAGE_SIZE:,})")
        view.shutdown()
        view.close()
        base_view.close()
        ctx.tasks.shutdown(wait=True)
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
