"""Images: URLs downloaded by the sync job over real HTTP (loopback, explicitly allowed), a folder matched by
SKU/handle, local paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.services import catalog, importing
from studio.services import images as image_jobs
from studio.services.importing import ImportOptions
from tests.integration.catalog.catalog_files import write_shopify
from tests.support.image_cdn import ImageCDN, png_bytes


@pytest.fixture
def image_server(monkeypatch):
    monkeypatch.setenv("STUDIO_IMAGE_ALLOW_HOSTS", "127.0.0.1")  # a self-hosted shop on this machine
    with ImageCDN({"/ok.png": png_bytes(), "/ok-no-ext": png_bytes((1, 2, 3)), "/text.png": b"not an image"}) as srv:
        yield srv


def test_import_returns_after_commit_and_sync_downloads_or_marks_missing(db, tmp_path, image_server):
    u = image_server.url
    ps = [{"handle": "a", "title": "A", "variants": [{"sku": "A1"}],
           "images": [f"{u}/ok.png", f"{u}/missing.png", f"{u}/text.png", f"{u}/ok-no-ext"]},
          {"handle": "b", "title": "B", "variants": [{"sku": "B1"}], "images": [f"{u}/ok.png"]}]
    f = write_shopify(tmp_path / "c.csv", ps)
    res = importing.run_import(db, f, ImportOptions())
    assert res.created == 2
    assert image_server.requests == []  # the import never downloads
    assert image_jobs.pending_count(db) == 5 == image_jobs.pending_count(db, res.product_ids)
    assert {md.status for md in catalog.get_product_by_ref(db, "a").media} == {"remote"}

    out = image_jobs.sync(db, deadline=5)
    assert (out.urls, out.media, out.downloaded, out.failed, out.left) == (4, 5, 3, 2, 0)
    a = catalog.get_product_by_ref(db, "a")
    by_src = {md.src.rsplit("/", 1)[1]: md for md in a.media}
    ok = by_src["ok.png"]
    assert ok.status == "ok" and Path(ok.local_path).is_file() and (ok.width, ok.height) == (64, 48)
    assert Path(ok.local_path).read_bytes() == png_bytes()
    assert by_src["missing.png"].status == "missing" and by_src["missing.png"].local_path is None
    assert by_src["text.png"].status == "missing"  # served, but not an image
    assert by_src["ok-no-ext"].status == "ok" and by_src["ok-no-ext"].local_path.endswith(".png")
    b = catalog.get_product_by_ref(db, "b")
    assert b.media[0].local_path == ok.local_path  # content-addressed: same bytes, one file
    assert image_server.count("/ok.png") == 1  # one download per distinct URL
    reasons = {f.url.rsplit("/", 1)[1]: f for f in out.failures}
    assert reasons["missing.png"].reason.startswith("HTTP 404") and reasons["missing.png"].handle == "a"
    assert reasons["missing.png"].sku == "A1" and "not an image" in reasons["text.png"].reason
    # nothing waits any more; a re-import neither asks the server again nor resets what was fetched
    assert image_jobs.sync(db).media == 0
    importing.run_import(db, f)
    assert image_jobs.pending_count(db) == 0 and image_server.count("/ok.png") == 1


def test_a_new_product_with_an_already_downloaded_url_reuses_the_file(db, tmp_path, image_server):
    u = image_server.url
    f = write_shopify(tmp_path / "c.csv", [{"handle": "a", "title": "A", "variants": [{"sku": "A1"}],
                                            "images": [f"{u}/ok.png"]}])
    importing.run_import(db, f)
    image_jobs.sync(db)
    g = write_shopify(tmp_path / "d.csv", [{"handle": "z", "title": "Z", "variants": [{"sku": "Z1"}],
                                            "images": [f"{u}/ok.png"]}])
    importing.run_import(db, g)
    out = image_jobs.sync(db)
    assert (out.reused, out.downloaded) == (1, 0) and image_server.count("/ok.png") == 1
    assert catalog.get_product_by_ref(db, "z").media[0].status == "ok"


def test_unreachable_host_never_blocks(db, tmp_path, monkeypatch):
    import socket

    monkeypatch.setenv("STUDIO_IMAGE_ALLOW_HOSTS", "127.0.0.1")
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there any more
    f = write_shopify(tmp_path / "c.csv", [{"handle": "a", "title": "A", "variants": [{"sku": "A1"}],
                                            "images": [f"http://127.0.0.1:{port}/{i}.png" for i in range(30)]}])
    res = importing.run_import(db, f)
    assert res.created == 1
    out = image_jobs.sync(db, deadline=2)
    assert out.failed == 30 and out.seconds < 10
    assert all("cannot connect" in x.reason for x in out.failures)
    assert {md.status for md in catalog.get_product_by_ref(db, "a").media} == {"missing"}


def test_images_folder_matched_by_sku_and_handle_and_local_paths(db, tmp_path):
    folder = tmp_path / "pics"
    folder.mkdir()
    (folder / "linen-shirt.png").write_bytes(png_bytes((10, 10, 10)))
    (folder / "linen-shirt-2.png").write_bytes(png_bytes((20, 20, 20)))
    (folder / "MUG-1.PNG").write_bytes(png_bytes((30, 30, 30), mode="RGB"))
    (folder / "notes.txt").write_text("x")
    (tmp_path / "rel").mkdir()
    (tmp_path / "rel" / "cup.png").write_bytes(png_bytes((40, 40, 40)))
    ps = [{"handle": "linen-shirt", "title": "Shirt", "variants": [{"sku": "LS-1"}]},
          {"handle": "mug", "title": "Mug", "variants": [{"sku": "MUG-1"}], "images": ["rel/cup.png", "rel/gone.png"]}]
    f = write_shopify(tmp_path / "c.csv", ps)
    plan = importing.plan_import(db, f, ImportOptions(images_dir=str(folder)))
    assert plan.images_missing == 1 and any("gone.png" in w.message for w in plan.warnings)
    importing.run_import(db, f, ImportOptions(images_dir=str(folder)))
    shirt = catalog.get_product_by_ref(db, "LS-1")
    assert [Path(md.src).name for md in shirt.media] == ["linen-shirt.png", "linen-shirt-2.png"]
    mug = catalog.get_product_by_ref(db, "mug")
    names = {Path(md.src).name: md for md in mug.media}
    assert names["cup.png"].status == "ok" and names["gone.png"].status == "missing"
    assert names["MUG-1.PNG"].status == "ok"
    summary = catalog.list_products(db, query="mug")[0]
    assert summary.thumbnail == names["cup.png"].local_path
    assert catalog.count_products(db, filters={"has_missing_images": True}) == 1
