"""Images: URLs over real HTTP (loopback), a folder matched by SKU/handle, local paths."""

from __future__ import annotations

import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image

from studio.services import catalog, importing
from studio.services.importing import ImportOptions
from tests.integration.catalog.catalog_files import write_shopify


def png_bytes(color=(200, 80, 60), size=(64, 48), mode="RGB") -> bytes:
    buf = io.BytesIO()
    Image.new(mode, size, color).save(buf, "PNG")
    return buf.getvalue()


class ImageServer:
    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                outer.requests.append(self.path)
                body = outer.files.get(self.path)
                if body is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


@pytest.fixture
def image_server():
    with ImageServer({"/ok.png": png_bytes(), "/ok-no-ext": png_bytes((1, 2, 3)), "/text.png": b"not an image"}) as srv:
        yield srv


def test_url_images_downloaded_or_marked_missing(db, tmp_path, image_server):
    u = image_server.url
    ps = [{"handle": "a", "title": "A", "variants": [{"sku": "A1"}],
           "images": [f"{u}/ok.png", f"{u}/missing.png", f"{u}/text.png", f"{u}/ok-no-ext"]},
          {"handle": "b", "title": "B", "variants": [{"sku": "B1"}], "images": [f"{u}/ok.png"]}]
    f = write_shopify(tmp_path / "c.csv", ps)
    res = importing.run_import(db, f, ImportOptions(download_timeout=5))
    assert res.created == 2
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
    assert image_server.requests.count("/ok.png") == 1  # one download per distinct URL
    assert res.images_downloaded == 3 and res.images_missing == 2
    # a re-import reuses the downloaded file without asking the server again
    importing.run_import(db, f)
    assert image_server.requests.count("/ok.png") == 1


def test_unreachable_host_never_blocks(db, tmp_path):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there any more
    f = write_shopify(tmp_path / "c.csv", [{"handle": "a", "title": "A", "variants": [{"sku": "A1"}],
                                            "images": [f"http://127.0.0.1:{port}/x.png"]}])
    res = importing.run_import(db, f, ImportOptions(download_timeout=1))
    assert res.created == 1
    md = catalog.get_product_by_ref(db, "a").media[0]
    assert md.status == "missing" and md.src.endswith("/x.png")


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
