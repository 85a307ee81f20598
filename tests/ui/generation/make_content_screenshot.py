"""Writes docs/screenshots/content.png: the Content section with an Arabic Amazon listing, its findings in the
checks panel beside the editors and their spans underlined in the field editors.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/generation/make_content_screenshot.py [OUT.png]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["STUDIO_HOME"] = tempfile.mkdtemp(prefix="studio-shot-")


def _wait(app, cond, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the Content section")
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    import ui.qtcompat  # noqa: F401
    from studio.settings import Settings
    from studio.storage.db import open_database
    from tests.support.gen_products import add_product
    from ui.context import AppContext, ChangeBus
    from ui.sections.content import SECTION
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    db = open_database()
    add_product(db, "linen-tee")
    add_product(db, "canvas-tote", title="Canvas Tote", product_type="Tote Bag")
    ctx = AppContext(db=db, settings=Settings(), tasks=TaskRunner(), bus=ChangeBus())
    view = SECTION.factory(ctx)
    view.resize(1440, 900)
    view.show()
    _wait(app, lambda: view.product_id is not None and view.facts.rowCount() > 0)
    tabs = [view.market_tabs.tabText(i) for i in range(view.market_tabs.count())]
    view.market_tabs.setCurrentIndex(tabs.index("ar-SA"))
    view.kind.setCurrentText("listing")
    view.target.setCurrentText("amazon")
    done: list[int] = []
    view.generated.connect(done.append)
    view.generate_button.click()
    _wait(app, lambda: bool(done))
    checked: list = []
    view.checked.connect(checked.append)
    view.field_editors["title"].setPlainText("تيشيرت Nordhem من الكتان الأفضل!")
    _wait(app, lambda: bool(checked))
    row = next(i for i, f in enumerate(view.checks_panel.findings()) if f.field == "title")
    view.checks_panel.table.selectRow(row)
    app.processEvents()
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots" / "content.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(out))
    print(out)
    ctx.tasks.shutdown(wait=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
