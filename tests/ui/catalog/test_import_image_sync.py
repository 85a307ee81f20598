"""The import dialog downloads the catalog's image URLs in the background after the import: progress, Stop,
the status-bar task, failures listed as warnings with product/SKU/URL/reason, thumbnails refreshed."""

from __future__ import annotations

import itertools
import threading

from studio.services import catalog as svc
from studio.services import images as image_jobs
from tests.integration.catalog.catalog_files import write_shopify
from tests.support.image_cdn import ImageCDN, png_bytes
from ui.dialogs.import_dialog import ImportDialog


def _dialog(qtbot, ctx, path) -> ImportDialog:
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    with qtbot.waitSignal(dlg.detected, timeout=10000):
        dlg.set_path(str(path))
    return dlg


def test_import_then_background_download_with_progress_and_failures(qtbot, ctx, tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_IMAGE_ALLOW_HOSTS", "127.0.0.1")
    with ImageCDN({f"/{i}.png": png_bytes((i, 2, 3)) for i in range(8)}) as cdn:
        ps = [{"handle": f"p{i}", "title": f"P {i}", "variants": [{"sku": f"P-{i}"}], "images": [f"{cdn.url}/{i}.png"]}
              for i in range(10)]  # 8 and 9 are 404s
        f = write_shopify(tmp_path / "c.csv", ps)
        dlg = _dialog(qtbot, ctx, f)
        changes = []
        ctx.bus.changed.connect(changes.append)
        started = []
        ctx.tasks.task_started.connect(lambda _tid, name: started.append(name))
        with qtbot.waitSignal(dlg.imported, timeout=20000):
            dlg.run_import()
        assert dlg.images_progress.isVisible() and dlg.images_cancel.isVisible()
        with qtbot.waitSignal(dlg.images_done, timeout=30000) as blocker:
            pass
    result = blocker.args[0]
    assert (result.downloaded, result.failed) == (8, 2)
    assert "Downloading images" in started  # the status bar shows it, with its Cancel
    assert "8 downloaded" in dlg.images_label.text() and "2 failed" in dlg.images_label.text()
    warnings = [w.message for w in dlg.warnings_model.rows() if w.kind == "image-download"]
    assert any(m.startswith("image of p8 (SKU P-8): ") and m.endswith("HTTP 404 Not Found") for m in warnings)
    assert changes and set(changes[-1].updated) == {svc.get_product_by_ref(ctx.db, f"p{i}").id for i in range(10)}
    assert image_jobs.pending_count(ctx.db) == 0


def test_stop_downloads_keeps_the_rest_waiting(qtbot, ctx, tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_IMAGE_ALLOW_HOSTS", "127.0.0.1")

    # The first 4 images are served at once; the rest wait until the test has pressed Stop, so Stop lands
    # before the end by construction (a 1 s sleep per image once left that to the machine's load).
    stopped = threading.Event()
    served = itertools.count()

    def slow(h):
        if next(served) >= 4:
            stopped.wait(60)
        body = png_bytes()
        h.send_response(200)
        h.send_header("Content-Type", "image/png")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    with ImageCDN({f"/{i}.png": slow for i in range(40)}) as cdn:
        ps = [{"handle": f"p{i}", "title": f"P {i}", "variants": [{"sku": f"P-{i}"}], "images": [f"{cdn.url}/{i}.png"]}
              for i in range(40)]
        dlg = _dialog(qtbot, ctx, write_shopify(tmp_path / "c.csv", ps))
        with qtbot.waitSignal(dlg.imported, timeout=20000):
            dlg.run_import()
        qtbot.waitUntil(lambda: dlg.images_progress.value() > 0, timeout=20000)
        try:
            with qtbot.waitSignal(dlg.images_done, timeout=20000) as blocker:
                dlg.stop_image_sync()
        finally:
            stopped.set()  # the server's waiting handlers finish (their clients are gone)
    result = blocker.args[0]
    assert result.cancelled and result.left > 0 and "stopped" in dlg.images_label.text()
    assert image_jobs.pending_count(ctx.db) == result.left  # resumable: the rest still waits


def test_catalog_download_images_button_retries_the_failed_ones(qtbot, ctx, tmp_path, monkeypatch):
    from studio.services import importing
    from ui.catalog.view import CatalogView

    monkeypatch.setenv("STUDIO_IMAGE_ALLOW_HOSTS", "127.0.0.1")
    with ImageCDN({}) as cdn:
        ps = [{"handle": f"p{i}", "title": f"P {i}", "variants": [{"sku": f"P-{i}"}], "images": [f"{cdn.url}/{i}.png"]}
              for i in range(3)]
        importing.run_import(ctx.db, write_shopify(tmp_path / "c.csv", ps))
        assert image_jobs.sync(ctx.db).failed == 3  # the shop's server was not up yet
        cdn.files.update({f"/{i}.png": png_bytes((i, 9, 9)) for i in range(3)})
        view = CatalogView(ctx)
        qtbot.addWidget(view)
        view.show()
        with qtbot.waitSignal(ctx.bus.changed, timeout=30000) as blocker:
            view.images_btn.click()
    assert len(blocker.args[0].updated) == 3
    assert {md.status for i in range(3) for md in svc.get_product_by_ref(ctx.db, f"p{i}").media} == {"ok"}


def test_the_dialog_reports_only_its_own_imports_image_failures(qtbot, ctx, tmp_path, monkeypatch):
    """s21: an earlier file's images that still waited (its shop's server down) were downloaded with this import's
    and their failures listed as this import's warnings ("image of old0 …" in the report of new.csv)."""
    from studio.services import importing

    monkeypatch.setenv("STUDIO_IMAGE_ALLOW_HOSTS", "127.0.0.1")
    with ImageCDN({"/n0.png": png_bytes((1, 2, 3))}) as cdn:
        old = [{"handle": f"old{i}", "title": f"Old {i}", "variants": [{"sku": f"O-{i}"}],
                "images": [f"{cdn.url}/old{i}.png"]} for i in range(3)]  # 404s, never downloaded yet
        importing.run_import(ctx.db, write_shopify(tmp_path / "old.csv", old))
        new = [{"handle": f"new{i}", "title": f"New {i}", "variants": [{"sku": f"N-{i}"}],
                "images": [f"{cdn.url}/n{i}.png"]} for i in range(2)]  # n1 is a 404
        dlg = _dialog(qtbot, ctx, write_shopify(tmp_path / "new.csv", new))
        with qtbot.waitSignal(dlg.imported, timeout=20000):
            dlg.run_import()
        with qtbot.waitSignal(dlg.images_done, timeout=30000) as blocker:
            pass
    result = blocker.args[0]
    warnings = [w.message for w in dlg.warnings_model.rows() if w.kind == "image-download"]
    assert len(warnings) == 1 and warnings[0].startswith("image of new1 (SKU N-1): "), warnings
    assert (result.downloaded, result.failed) == (1, 1)
    assert "1 downloaded" in dlg.images_label.text() and "1 failed" in dlg.images_label.text()
    olds = {svc.get_product_by_ref(ctx.db, f"old{i}").id for i in range(3)}
    assert image_jobs.pending_count(ctx.db, olds) == 3  # the earlier file's images wait for their own download
