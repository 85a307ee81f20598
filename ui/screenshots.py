"""Screenshots of every section, after its typical action, in English and in Arabic (issue 19).

::

    python -m ui.screenshots --out docs/screenshots            # 1366×768, en and ar (make screenshots)
    python -m ui.screenshots --size 1920x1080 --lang ar --sections content,video --out /tmp/shots

A real main window over a fresh data folder (a temporary ``STUDIO_HOME``) with the sample catalog loaded through
File › Load sample catalog; each section then does what a user does first there (``ACTIONS``: Content generates
an Arabic Amazon listing with the offline writer, Video writes a script and scrubs the preview, Livestream builds
a kit, Calendar moves a scheduled post, Mockups composes the first product, Checks runs the report, Review
approves the first draft with A and shows the next). The window
is grabbed to ``<out>/window-<section>-<lang>.png``. A section after which the window changed size, or a widget
does not fit (``ui.widgets.fit.layout_offenders``), is reported, and the exit status is 1.

The size tests (``tests/ui/test_window_fits.py``) drive the same ``ACTIONS``. Without a display, set
``QT_QPA_PLATFORM=offscreen``; under a real X server (``xvfb-run`` with a window manager) it works the same.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

Wait = Callable[[Callable[[], bool], float], None]  # wait(condition, timeout in seconds)

SIZES = ((1366, 768), (1920, 1080))
LANGS = ("en", "ar")


def wait_events(cond: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop until ``cond()`` holds (TimeoutError after ``timeout`` seconds)."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise TimeoutError("timed out")
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def settle(wait: Wait, ms: int = 150) -> None:
    """Let posted events, layouts and paints run for ``ms`` milliseconds."""
    end = time.monotonic() + ms / 1000
    wait(lambda: time.monotonic() >= end, ms / 1000 + 5)


# --------------------------------------------------------------------------- the typical action of each section

def _catalog(win, wait: Wait) -> None:
    from studio.services import catalog

    view = win.show_section("catalog")
    if catalog.count_products(win.ctx.db) == 0:
        win.load_sample()
        wait(lambda: view.model.rowCount() >= 10, 180)
    wait(lambda: view.detail.product_id is not None, 30)


def _content(win, wait: Wait) -> None:
    view = win.show_section("content")
    wait(lambda: view.product_id is not None and view.facts.rowCount() > 0, 60)
    tabs = [view.market_tabs.tabText(i) for i in range(view.market_tabs.count())]
    if "ar-SA" not in tabs:
        view.market_tabs.addTab("ar-SA")
        tabs.append("ar-SA")
    shown: list[int] = []
    view.draft_shown.connect(lambda: shown.append(1))
    view.market_tabs.setCurrentIndex(tabs.index("ar-SA"))
    view.kind.setCurrentText("listing")
    view.target.setCurrentText("amazon")
    view.load_draft()
    wait(lambda: bool(shown), 60)
    done: list[int] = []
    view.generated.connect(lambda draft_id: done.append(draft_id))
    view.generate_button.click()
    wait(lambda: bool(done), 120)


def _video(win, wait: Wait) -> None:
    view = win.show_section("video")
    wait(lambda: view.products.count() > 0 and view.board is not None, 60)
    if view.model.rowCount() == 0:
        loaded: list[int] = []
        view.storyboard_loaded.connect(lambda: loaded.append(1))
        view.write_btn.click()
        wait(lambda: bool(loaded), 120)
    ready: list[float] = []
    view.preview_ready.connect(lambda t: ready.append(t))
    view.scrub.setValue(view.scrub.value() + 12 if view.scrub.value() < 100 else 12)
    wait(lambda: bool(ready), 120)


def _livestream(win, wait: Wait) -> None:
    view = win.show_section("livestream")
    if view.found.count() == 0:
        view.refresh_products()
    wait(lambda: view.found.count() > 0, 30)
    if not view.model.rows():
        for i in range(min(3, view.found.count())):
            view.found.item(i).setSelected(True)
        view.add_selected()
    if not view.store_url.text().strip():
        view.store_url.setText("https://shop.example.com")
    built: list[int] = []
    view.kit_built.connect(lambda n: built.append(n))
    view.build_btn.click()
    wait(lambda: bool(built) or "⚠" in view.status.text(), 120)


def _calendar(win, wait: Wait) -> None:
    from PySide6.QtCore import QDateTime

    from studio import clock
    from studio.services import accounts, catalog
    from studio.services.scheduling import queue

    view = win.show_section("calendar")
    db = win.ctx.db
    names = {a.name for a in accounts.list_accounts(db)}
    if "brand-x" not in names:
        accounts.add_account(db, "x", "brand-x", base_url="http://127.0.0.1:9")
        acc = next(a for a in accounts.list_accounts(db) if a.name == "brand-x")
        titles = [p.title for p in catalog.list_products(db, 0, 6)] or ["Linen tee"]
        today = clock.now().astimezone().replace(hour=10, minute=0, second=0, microsecond=0)
        for i, title in enumerate(titles):
            text = (f"{title} — " + "new this week, made to last, free returns within 30 days. " * (3 if i == 0 else 1)
                    + "#newin #shop")
            queue.create_post(db, acc.id, text, today + timedelta(days=i % 4, hours=i))
    loaded: list[int] = []
    view.loaded.connect(lambda: loaded.append(1))
    view.reload()
    wait(lambda: bool(loaded), 60)
    cell = view.model.cell_of(clock.now().astimezone().replace(hour=10, minute=0, second=0, microsecond=0))
    if cell is not None:
        view.table.setCurrentIndex(view.model.index(*cell))
    wait(lambda: view._selected_post is not None, 30)
    # schedule it: the selected post moves to tomorrow at 18:00
    when = (clock.now().astimezone() + timedelta(days=1)).replace(tzinfo=None, hour=18, minute=0, second=0, microsecond=0)
    view.when_edit.setDateTime(QDateTime(when))
    loaded.clear()
    view.move_btn.click()
    wait(lambda: bool(loaded), 60)


def _mockups(win, wait: Wait) -> None:
    view = win.show_section("mockups")
    ready: list[int] = []
    view.canvas_ready.connect(lambda: ready.append(1))
    wait(lambda: bool(ready) or view.canvas.setup is not None or "⚠" in view.status.text(), 120)


def _checks(win, wait: Wait) -> None:
    view = win.show_section("checks")
    report = _find_child(view, "report_ready")
    if report is None:
        return
    done: list[Any] = []
    report.report_ready.connect(lambda rows: done.append(rows))
    report.run_button.click()
    wait(lambda: bool(done), 120)
    if report.model.rowCount():
        report.table.selectRow(0)  # its findings below the report


def _review(win, wait: Wait) -> None:
    """The review queue: the first draft with its diff, facts and history, then A (approve) moves to the next."""
    view = win.show_section("review")
    view.rows_loaded = False
    view.reload()
    wait(lambda: view.rows_loaded, 60)
    if not view.model.rowCount():
        return
    view.table.setCurrentIndex(view.model.index(0, 0))
    wait(lambda: view.detail is not None, 60)
    first = view.current_id()
    decided: list[int] = []
    view.decided.connect(lambda did, _what: decided.append(did))
    view.approve_action.trigger()
    wait(lambda: bool(decided) or "not approved" in view.message.text(), 60)
    if decided and view.model.rowCount() > 1:
        wait(lambda: view.detail is not None and view.current_id() != first
             and view.detail["draft"].id == view.current_id(), 60)


def _campaigns(win, wait: Wait) -> None:
    """A Ramadan campaign for ar-SA and ar-AE on the first product (created once), with its plan on each
    market's clock."""
    view = win.show_section("campaigns")
    wait(lambda: not view.new_btn.isHidden(), 30)
    settle(wait, 300)
    if not view.campaigns:
        from studio.services import catalog

        products = catalog.list_products(view.ctx.db, limit=1)
        if not products:
            return
        done: list[str] = []
        view.step_done.connect(done.append)
        view.create_campaign(name="Ramadan 2027", festival="ramadan", markets=["ar-SA", "ar-AE"],
                             products=[products[0].handle], channels=["instagram"],
                             offer={"discount_percent": 20, "code": "RAMADAN27"})
        wait(lambda: bool(done), 60)
    wait(lambda: view.current is not None and view.model.rowCount() > 0, 60)


def _creators(win, wait: Wait) -> None:
    """A creator on the roster (added once) and an Arabic brief previewed for the first product."""
    view = win.show_section("creators")
    wait(lambda: view.product.count() > 0, 30)
    settle(wait, 300)
    if not view.creators:
        done: list[str] = []
        view.done.connect(done.append)
        view.save(name="Lina K.", platforms=["instagram:@lina.k", "tiktok:@lina"], markets=["ar-SA", "de-DE"],
                  audience_notes="beauty and home, 18-30")
        wait(lambda: bool(done), 30)
    wait(lambda: view.current is not None and view.preview_btn.isEnabled(), 30)
    if not view.store_url.text().strip():
        view.store_url.setText("https://shop.example.com")
    previews: list[str] = []
    view.done.connect(previews.append)
    view.preview()
    wait(lambda: "preview" in previews or "failed" in view.status.text(), 60)


def _insights(win, wait: Wait) -> None:
    """Sample posts, metrics and orders (labelled sample data, created once), then the table with its n and chart."""
    from studio.services.insights_sample import load_sample

    view = win.show_section("insights")
    load_sample(win.ctx.db)
    done: list[int] = []
    view.loaded.connect(lambda: done.append(1))
    view.reload()
    wait(lambda: bool(done) and view.model.rowCount() > 0, 60)
    settle(wait, 300)


def _show_only(section_id: str) -> Callable[[Any, Wait], None]:
    def action(win, wait: Wait) -> None:
        win.show_section(section_id)
        settle(wait, 300)
    return action


def _find_child(root, signal_name: str):
    from PySide6.QtWidgets import QWidget

    for w in [root, *root.findChildren(QWidget)]:
        if hasattr(type(w), signal_name):
            return w
    return None


ACTIONS: dict[str, Callable[[Any, Wait], None]] = {
    "catalog": _catalog, "content": _content, "video": _video, "livestream": _livestream,
    "calendar": _calendar, "mockups": _mockups, "checks": _checks, "review": _review, "campaigns": _campaigns,
    "creators": _creators, "insights": _insights,
}


def action_of(section_id: str) -> Callable[[Any, Wait], None]:
    return ACTIONS.get(section_id) or _show_only(section_id)


# --------------------------------------------------------------------------- window, language, grab

def set_language(lang: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui import i18n, startup

    i18n.set_language(lang)
    startup.apply_locale(lang)
    cast(QApplication, QApplication.instance()).setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)


def open_window(ctx, size: tuple[int, int], maximized: bool = False):
    """The main window at ``size`` (offscreen), or maximized on a real screen of that size (a window manager
    keeps its title bar and the panel on the screen)."""
    from ui.app import MainWindow

    win = MainWindow(ctx)
    win.resize(*size)
    win.move(0, 0)
    win.showMaximized() if maximized else win.show()
    return win


def save_png(win, path: Path, max_bytes: int = 200_000) -> int:
    """Grab the window into a small PNG (optimized; fewer colours when it is still over ``max_bytes``)."""
    import io

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    win.grab().save(buf, "PNG")
    img = Image.open(io.BytesIO(buf.data().data())).convert("RGB")
    path.parent.mkdir(parents=True, exist_ok=True)
    for colours in (None, 256, 128, 64):
        out = img if colours is None else img.quantize(colors=colours, method=Image.Quantize.MEDIANCUT)
        data = io.BytesIO()
        out.save(data, "PNG", optimize=True)
        if data.tell() <= max_bytes or colours == 64:
            path.write_bytes(data.getvalue())
            return data.tell()
    return 0


def shoot(ctx, out: Path, size: tuple[int, int], lang: str, sections: list[str] | None, wait: Wait,
          log: Callable[[str], None] = print) -> list[str]:
    """Every section (or ``sections``) after its action, grabbed; the problems found, one line each."""
    from PySide6.QtGui import QGuiApplication

    from ui.widgets.fit import cramped_views, layout_offenders

    set_language(lang)
    real_screen = QGuiApplication.platformName() not in ("offscreen", "minimal")
    win = open_window(ctx, size, maximized=real_screen)
    problems: list[str] = []
    try:
        settle(wait, 1000 if real_screen else 300)
        start = win.size()
        order = ["catalog"] + [s.id for s in win.sections if s.id != "catalog"]
        for sid in order:
            if sid not in [s.id for s in win.sections] or (sections and sid not in sections and sid != "catalog"):
                continue
            try:
                action_of(sid)(win, wait)
            except TimeoutError:
                problems.append(f"{lang} {sid}: its action did not finish")
            settle(wait, 400)
            if win.size() != start:
                problems.append(f"{lang} {sid}: the window changed from {start.width()}×{start.height()} to "
                                f"{win.width()}×{win.height()}")
            problems += [f"{lang} {sid}: {line}" for line in layout_offenders(win)]
            problems += [f"{lang} {sid}: {line}" for line in cramped_views(win)]
            if sections and sid not in sections:
                continue
            path = out / f"window-{sid}-{lang}.png"
            n = save_png(win, path)
            log(f"{path} ({n // 1024} KB)")
    finally:
        win.close()
        win.deleteLater()
        settle(wait, 100)
        set_language("en")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="docs/screenshots", help="folder for the PNG files")
    parser.add_argument("--size", default="1366x768", help="window size WxH (default 1366x768)")
    parser.add_argument("--lang", default="en,ar", help="UI languages, comma-separated (default en,ar)")
    parser.add_argument("--sections", default="", help="only these sections (comma-separated ids)")
    args = parser.parse_args(argv)
    width, height = (int(x) for x in args.size.lower().split("x"))
    os.environ["STUDIO_HOME"] = tempfile.mkdtemp(prefix="studio-screenshots-")
    os.environ["STUDIO_NO_FIRST_RUN"] = "1"
    for key in ("STUDIO_LLM_BASE_URL", "STUDIO_LLM_MODEL", "STUDIO_LLM_API_KEY"):
        os.environ.pop(key, None)  # the offline writer: the same words on every machine

    from PySide6.QtWidgets import QApplication

    import ui.qtcompat  # noqa: F401 - before any model is used
    from studio.settings import Settings
    from ui import startup
    from ui.app import create_context

    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("Commerce Studio")
    settings = Settings()
    settings.set("channels.app_worker", False)  # scheduled demo posts stay scheduled
    settings.set("video.render_scale", 0.25)
    ctx = create_context(settings=settings)
    startup.apply(app, ctx)
    out = Path(args.out)
    problems: list[str] = []
    try:
        for lang in [x.strip() for x in args.lang.split(",") if x.strip()]:
            problems += shoot(ctx, out, (width, height), lang, [s for s in args.sections.split(",") if s], wait_events)
    finally:
        ctx.tasks.shutdown(wait=True)
    for line in problems:
        print("does not fit:", line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
