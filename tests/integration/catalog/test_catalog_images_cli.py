"""`studio import` returns after the commit and says how many images wait; `studio images sync
[--retry-missing]` downloads them, one line per failure naming product, SKU, URL and reason."""

from __future__ import annotations

import json
import socket

from studio.cli.main import main
from tests.integration.catalog.catalog_files import write_shopify
from tests.support.image_cdn import ImageCDN, png_bytes


def run(capsys, *argv):
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


def _no_dns_for_invalid(monkeypatch):
    """``*.invalid`` never resolves (RFC 6761): answered here, so the test neither queries nor waits on the
    machine's DNS (tests talk only to 127.0.0.1)."""
    real = socket.getaddrinfo

    def getaddrinfo(host, *a, **k):
        if str(host).endswith(".invalid"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *a, **k)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def test_import_then_images_sync_then_retry_missing(sqlite_db, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_IMAGE_ALLOW_HOSTS", "127.0.0.1")
    _no_dns_for_invalid(monkeypatch)
    (tmp_path / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n")
    with ImageCDN({"/a.png": png_bytes()}) as cdn:
        ps = [{"handle": "mug", "title": "Mug", "variants": [{"sku": "MUG-1"}],
               "images": [f"{cdn.url}/a.png", f"{cdn.url}/later.png", "passwd"]},
              {"handle": "cup", "title": "Cup", "variants": [{"sku": "CUP-1"}],
               "images": ["https://images.cup.invalid/cup.jpg"]}]
        f = write_shopify(tmp_path / "c.csv", ps)
        rc, out, _ = run(capsys, "import", str(f))
        assert rc == 0 and cdn.requests == []
        assert "3 image(s) wait for download: run `studio images sync`" in out
        assert "image 'passwd' of 'mug' not imported: passwd: not an image" in out
        rc, out, _ = run(capsys, "import", str(f), "--json")
        assert json.loads(out)["images_waiting"] == 3

        rc, out, _ = run(capsys, "images", "sync")
        assert rc == 1  # some images failed
        lines = [ln for ln in out.splitlines() if ln.startswith("failed: ")]
        assert f"failed: image of mug (SKU MUG-1): {cdn.url}/later.png: HTTP 404 Not Found" in lines
        assert ("failed: image of cup (SKU CUP-1): https://images.cup.invalid/cup.jpg: host images.cup.invalid did "
                "not resolve") in "\n".join(lines)
        assert "Images: 1 downloaded, 0 reused from an earlier download, 2 failed, 0 still waiting" in out
        assert "--retry-missing" in out and "warning: : image" not in out

        rc, out, _ = run(capsys, "images", "sync")
        assert rc == 0 and "No images wait for download" in out
        cdn.files["/later.png"] = png_bytes((1, 1, 1))
        failures_csv = tmp_path / "failures.csv"
        rc, out, _ = run(capsys, "images", "sync", "--retry-missing", "--json", "--failures-csv", str(failures_csv))
        data = json.loads(out)
        assert rc == 1 and data["downloaded"] == 1 and data["failed"] == 1
        assert data["failures"][0]["handle"] == "cup" and data["failures"][0]["sku"] == "CUP-1"
        assert "images.cup.invalid" in failures_csv.read_text(encoding="utf-8-sig")


def test_images_sync_refuses_bad_arguments_in_one_line(sqlite_db, capsys):
    rc, _out, err = run(capsys, "images", "sync", "--concurrency", "0")
    assert rc == 2 and err.strip().count("\n") == 0 and "--concurrency" in err
