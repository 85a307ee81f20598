"""Writes docs/screenshots/checks.png: the Checks section's lint pad with an Arabic caption highlighted.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/quality/make_checks_screenshot.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["STUDIO_HOME"] = tempfile.mkdtemp(prefix="studio-shot-")


def main() -> int:
    from PySide6.QtWidgets import QApplication

    import ui.qtcompat  # noqa: F401
    from studio.settings import Settings
    from studio.storage.db import open_database
    from ui.context import AppContext, ChangeBus
    from ui.sections.checks import SECTION
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(db=open_database(), settings=Settings(), tasks=TaskRunner(), bus=ChangeBus())
    view = SECTION.factory(ctx)
    view.resize(1280, 720)
    view.tabs.setCurrentWidget(view.pad)
    pad = view.pad
    pad.set_target("instagram")
    pad.set_market("ar-SA")
    pad.sponsored.setChecked(True)
    pad.editor.setPlainText(
        "قميص كتان SKU-1234 هو الأفضل هذا الصيف! يعالج حرارة الجسم ومصنوع من الحرير.\n"
        "السعر 199.00 ر.س. فقط — اطلب الآن من www.example.com\n"
        "أزرار من قشر جوز الهند وجيب على الصدر. #صيف #كتان")
    pad.panel.relint()
    view.show()
    for _ in range(5):
        app.processEvents()
    out = ROOT / "docs" / "screenshots" / "checks.png"
    view.grab().save(str(out))
    print(out)
    ctx.tasks.shutdown(wait=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
