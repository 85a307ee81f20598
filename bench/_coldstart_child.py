"""Child process of the cold-start bench. Prints one JSON line with wall-clock times since the parent
spawned it (``BENCH_T0``, a ``time.time()`` taken just before the spawn).

``baseline``: a bare QApplication and an empty QMainWindow, until its first paint.
``app``: Commerce Studio's MainWindow on the configured database, until its first paint, then until Home (the
section it opens on) shows its counts, painted, then until the first page of catalog rows is in the Catalog's table
and painted.
"""

from __future__ import annotations

import json
import os
import sys
import time

T0 = float(os.environ.get("BENCH_T0", time.time()))
HEAVY = ("moviepy", "openai", "numpy", "PIL", "httpx", "langdetect", "babel", "openpyxl", "transformers",
         "torch", "imageio", "pythainlp", "fpdf", "segno", "pydantic", "regex", "pyqtgraph", "alembic")


def since() -> float:
    return time.time() - T0


def heavy_loaded() -> list[str]:
    return sorted(m for m in HEAVY if m in sys.modules)


def baseline() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    out: dict = {}

    class Window(QMainWindow):
        def paintEvent(self, event):  # noqa: N802
            super().paintEvent(event)
            if "first_paint" not in out:
                out["first_paint"] = since()
                out["cpu_first_paint"] = time.process_time()
                app.quit()

    w = Window()
    w.resize(1280, 800)
    w.show()
    app.exec()
    print(json.dumps(out), flush=True)


def studio_app() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import MainWindow, create_context

    app = QApplication(sys.argv[:1])
    out: dict = {}
    ctx = create_context()
    window = MainWindow(ctx)
    window.resize(1280, 800)

    def painted(_t: float) -> None:
        out["first_paint"] = since()
        out["cpu_first_paint"] = time.process_time()  # CPU seconds of this process (all threads) so far
        out["heavy_at_first_paint"] = heavy_loaded()
        out["section"] = type(window.stack.currentWidget()).__name__
        home = window._widgets.get("home")  # the section the app opens on (issue 19), when it exists

        def done() -> None:
            if "rows_painted" in out and (home is None or "home_painted" in out):
                QTimer.singleShot(0, app.quit)

        def home_ready() -> None:
            if home is not None and getattr(home, "summary", None) is not None:
                window.repaint()  # synchronous paint of Home with its counts
                out["home_painted"] = since()
                out["cpu_home_painted"] = time.process_time()
                catalog_rows()  # then the Catalog, as a user's next click would show it
            else:
                QTimer.singleShot(2, home_ready)

        def catalog_rows() -> None:
            view = window.section_widget("catalog")
            model = view.model

            def rows_ready() -> None:
                if model.rowCount() and model.summary(0) is not None:
                    window.repaint()  # synchronous paint of the table with its first rows
                    out["rows_painted"] = since()
                    out["rows"] = model.rowCount()
                    done()
                else:
                    QTimer.singleShot(2, rows_ready)

            rows_ready()

        # not inside paintEvent: repaint() there would recurse
        QTimer.singleShot(0, home_ready if home is not None else catalog_rows)

    window.first_paint.connect(painted)
    window.show()
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    for w in list(window._widgets.values()):
        if hasattr(w, "shutdown"):
            w.shutdown()
    ctx.tasks.shutdown(wait=False)
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    (baseline if sys.argv[1] == "baseline" else studio_app)()
