"""Issue 13, item 1: every file the app writes stays inside the folder it belongs to.

Each writer is driven through its real entry point (the CLI or the service the app calls) with a product
whose handle/SKU climbs out of the output folder to a victim file. Nothing outside the output folder (and
the data folder) may change, and a symbolic link inside the output folder that points outside is refused,
never written through.
"""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

from studio.cli.main import main
from studio.safepath import safe_component
from studio.storage import models as m
from tests.support.mockup_fixtures import studio_shot

ORIGINAL = b"ORIGINAL - must survive"


def climb_to(target: Path) -> str:
    """A handle that, joined to any folder less than 24 levels deep, points at ``target``."""
    return "../" * 24 + str(target).lstrip("/")


def snapshot(root: Path, *allowed: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``root`` outside the ``allowed`` folders, with size and mtime."""
    allowed_real = [a.resolve() for a in allowed]
    seen = {}
    for dirpath, _dirs, files in os.walk(root):
        d = Path(dirpath).resolve()
        if any(d == a or a in d.parents for a in allowed_real):
            continue
        for name in files:
            if name.startswith("test.db"):  # the test's SQLite database
                continue
            p = d / name
            st = p.lstat()
            seen[str(p)] = (st.st_size, st.st_mtime_ns)
    return seen


def all_paths(files) -> list[str]:
    if isinstance(files, dict):
        return [p for v in files.values() for p in all_paths(v)]
    if isinstance(files, list):
        return [p for v in files for p in all_paths(v)]
    return [files] if isinstance(files, str) else []


@pytest.fixture
def victim(tmp_path) -> Path:
    v = tmp_path / "victimdir" / "victim"
    v.parent.mkdir()
    for suffix in ("", ".png", ".svg", ".jpg", ".json", ".txt"):
        v.with_suffix(suffix).write_bytes(ORIGINAL)
    return v


def untouched(victim: Path) -> bool:
    return sorted(p.name for p in victim.parent.iterdir()) == sorted(
        f"victim{s}" for s in ("", ".png", ".svg", ".jpg", ".json", ".txt")) and all(
        p.read_bytes() == ORIGINAL for p in victim.parent.iterdir())


def seed(db, tmp_path: Path, handle: str, sku: str = "EV-1") -> int:
    image = studio_shot(tmp_path / "in" / "product.png", size=(500, 700))
    with db.session() as s:
        p = m.Product(handle=handle, title="Enamel Camp Mug", vendor="Trailhead", currency="USD",
                      body_text="A mug.", body_html="")
        s.add(p)
        s.flush()
        s.add(m.Variant(product_id=p.id, sku=sku, title="Default", price=Decimal("14.50"), currency="USD"))
        s.add(m.Media(product_id=p.id, src=str(image), local_path=str(image), position=0, status="ok"))
        for i, (k, v) in enumerate([("material", "Enamelled steel"), ("capacity", "350 ml")]):
            s.add(m.Fact(product_id=p.id, key=k, value=v, position=i))
        s.add(m.Fact(product_id=p.id, key="dimensions", value="10 x 10 x 12 cm", type="dimensions", unit="cm",
                     data={"l": 10, "w": 10, "h": 12, "unit": "cm"}, position=2))
        s.flush()
        return p.id


def run(capsys, *argv) -> tuple[int, str, str]:
    rc = main(list(argv))
    cap = capsys.readouterr()
    return rc, cap.out, cap.err


# --------------------------------------------------------------------------- livestream kit (CLI)


def test_kit_with_a_handle_that_climbs_out_writes_only_inside_out(sqlite_db, tmp_path, victim, studio_home, capsys):
    handle = climb_to(victim)
    seed(sqlite_db, tmp_path, handle)
    out = tmp_path / "work" / "out"
    before = snapshot(tmp_path, out, studio_home)
    rc, stdout, err = run(capsys, "kit", "--products", "EV-1", "--market", "en-US", "--out", str(out),
                          "--store-url", "https://shop.example.com", "--json")
    assert rc == 0, err
    assert untouched(victim)
    assert snapshot(tmp_path, out, studio_home) == before
    files = json.loads(stdout)["files"]
    paths = all_paths(files)
    assert len(paths) > 10
    for p in paths:
        assert out.resolve() in Path(p).resolve().parents, p
    stem = safe_component(handle)
    assert "/" not in stem and ".." not in stem
    assert (out / "qr" / f"{stem}.png").is_file() and (out / "overlays" / "img" / f"{stem}.png").is_file()
    assert any(Path(c).name == f"card-01-{stem}-1080x1920.html" for c in files["overlays"]["cards"])
    # the handle itself is data: kept as is inside the kit's files
    kit = json.loads((out / "kit.json").read_text(encoding="utf-8"))["kit"]
    assert kit["products"][0]["handle"] == handle


@pytest.mark.parametrize("link", ["kit.json", "qr", "overlays", "run-sheet.pdf"])
def test_kit_refuses_a_symlink_in_out_that_points_outside(sqlite_db, tmp_path, victim, capsys, link):
    seed(sqlite_db, tmp_path, "enamel-mug")
    out = tmp_path / "out"
    out.mkdir()
    target = victim.parent if link in ("qr", "overlays") else victim.with_suffix(".json")
    (out / link).symlink_to(target)
    rc, _out, err = run(capsys, "kit", "--products", "EV-1", "--market", "en-US", "--out", str(out),
                        "--store-url", "https://shop.example.com")
    assert rc == 2
    assert err.strip().count("\n") == 0 and "refusing to write" in err and "symbolic link" in err
    assert untouched(victim)


# --------------------------------------------------------------------------- video renders (CLI, service)


@pytest.mark.skipif(not (__import__("shutil").which("ffmpeg") and __import__("shutil").which("ffprobe")),
                    reason="needs ffmpeg + ffprobe")
def test_render_with_hostile_handle_and_sku_stays_in_out(sqlite_db, tmp_path, victim, studio_home, capsys):
    from studio.services import video

    handle = climb_to(victim)
    seed(sqlite_db, tmp_path, handle, sku=climb_to(victim.with_suffix(".jpg")))
    out = tmp_path / "renders"
    out.mkdir()
    before = snapshot(tmp_path, out, studio_home)
    # batch through the CLI: one file per ref (the SKU and the handle), named from the ref
    rc, stdout, err = run(capsys, "render", "--product", f"{climb_to(victim.with_suffix('.jpg'))},{handle}",
                          "--market", "en-US", "--out", str(out), "--duration", "15", "--scale", "0.25", "--json")
    assert rc == 0, err
    # the service with an existing folder: <handle>-<market>-<aspect>.mp4, made safe
    asset = video.render_video(sqlite_db, handle, "en-US", "9:16", out, duration=15, scale=0.25)
    assert asset.path
    assert untouched(victim)
    assert snapshot(tmp_path, out, studio_home) == before
    names = sorted(p.name for p in out.iterdir())
    assert f"{safe_component(handle + '-en-US-9x16')}.mp4" in names
    assert all("/" not in n and not n.startswith(".") for n in names) and len(names) >= 6  # mp4 + cover + srt/vtt
    # a cover link planted beside the chosen file is refused before anything is copied
    (out / "mine.jpg").symlink_to(victim.with_suffix(".jpg"))
    rc, _o, err = run(capsys, "render", "--product", handle, "--market", "en-US",
                      "--out", str(out / "mine.mp4"), "--duration", "15", "--scale", "0.25")
    assert rc == 2 and "refusing to write" in err and not (out / "mine.mp4").exists()
    assert untouched(victim)


# --------------------------------------------------------------------------- mockup batches (CLI, service)


def test_mockup_batch_and_glb_with_hostile_handle_stay_in_out(sqlite_db, tmp_path, victim, studio_home, capsys):
    from studio.services import mockups

    handle = climb_to(victim)
    seed(sqlite_db, tmp_path, handle)
    out = tmp_path / "mockups"
    before = snapshot(tmp_path, out, studio_home)
    rc, stdout, err = run(capsys, "mockup", "--products", "EV-1", "--scenes", "podium", "--size", "300x300",
                          "--out", str(out), "--json")
    assert rc == 0, err
    assert untouched(victim) and snapshot(tmp_path, out, studio_home) == before
    assert [p.name for p in out.iterdir()] == [safe_component(f"{handle}--podium") + ".png"]
    # the app's canvas batch and the AR model go through the same service
    items = mockups.batch(sqlite_db, [handle], ["podium"], out, size=(300, 300))
    assert items[0].error is None and out.resolve() in Path(items[0].path).parents
    mockups.make_glb(sqlite_db, handle, out / "model.glb")
    assert untouched(victim) and snapshot(tmp_path, out, studio_home) == before
    # an explicit --out whose name is a link pointing outside is refused
    (out / "link.png").symlink_to(victim.with_suffix(".png"))
    rc, _o, err = run(capsys, "mockup", "--product", "EV-1", "--scene", "podium", "--size", "300x300",
                      "--out", str(out / "link.png"))
    assert rc == 2 and "refusing to write" in err
    assert untouched(victim)


def test_removing_a_photo_scene_by_a_climbing_name_is_refused(tmp_path, victim):
    from studio.domain import StudioError
    from studio.services import mockups

    (victim.parent / "scene.json").write_text("{}")
    with pytest.raises(StudioError, match="no photo scene"):
        mockups.remove_photo_scene(climb_to(victim.parent))
    assert (victim.parent / "scene.json").is_file()
    (victim.parent / "scene.json").unlink()


# --------------------------------------------------------------------------- Folder channel bundles


def test_folder_bundle_with_hostile_key_and_media_kind_stays_in_its_folder(tmp_path, victim):
    from studio import registry
    from studio.jobs import CancelToken
    from studio.ports import ChannelAccount, PublishRequest, Rejected

    image = studio_shot(tmp_path / "in" / "p.png", size=(200, 200))
    root = tmp_path / "bundles"
    ad = registry.find("channel", "folder")(ChannelAccount(name=climb_to(victim), platform="folder",
                                                           settings={"path": str(root)}))
    before = snapshot(tmp_path, root)
    req = PublishRequest(text="hello", media=({"path": str(image), "kind": climb_to(victim)},),
                         idempotency_key="../../../../../x", scheduled_at=None)
    receipt = ad.publish(req, lambda f, msg: None, CancelToken())
    bundle = Path(receipt.raw["path"]).resolve()
    assert bundle.parent == root.resolve()
    assert sorted(p.name for p in bundle.iterdir()) == sorted(
        ["caption.txt", "post.json", f"01-{safe_component(climb_to(victim))}.png"])
    assert ad.lookup("../../../../../x", req).platform_post_id == bundle.name  # found again by its key
    assert untouched(victim) and snapshot(tmp_path, root) == before
    # a link in the bundle folder named like the next bundle is refused, not written through
    from datetime import datetime

    when = datetime(2030, 1, 2, 3, 4)
    (root / f"{when:%Y%m%d-%H%M}-abcdef0123456789").symlink_to(victim.parent)
    with pytest.raises(Rejected, match="refusing to write"):
        ad.publish(PublishRequest(text="x", idempotency_key="abcdef0123456789ffff", scheduled_at=when),
                   lambda f, msg: None, CancelToken())
    assert untouched(victim)


# --------------------------------------------------------------------------- exports (queue CSV/ICS, lint report)


def test_exports_refuse_a_symlink_and_write_only_the_named_file(sqlite_db, tmp_path, victim, capsys):
    out = tmp_path / "exports"
    out.mkdir()
    (out / "queue.ics").symlink_to(victim.with_suffix(".txt"))
    rc, _o, err = run(capsys, "queue", "--export-ics", str(out / "queue.ics"))
    assert rc == 2 and "refusing to write" in err and err.strip().count("\n") == 0
    (out / "queue.csv").symlink_to(victim.with_suffix(".txt"))
    rc, _o, err = run(capsys, "queue", "--export-csv", str(out / "queue.csv"))
    assert rc == 2 and "refusing to write" in err
    rc, _o, err = run(capsys, "queue", "--export-csv", str(out / "real.csv"))
    assert rc == 0, err
    assert (out / "real.csv").read_text(encoding="utf-8-sig").startswith("id,account")
    from studio.csvsafe import write_safe_csv
    from studio.services import quality

    (out / "report.html").symlink_to(victim.with_suffix(".txt"))
    with pytest.raises(PermissionError, match="refusing to write"):
        quality.export_html([], out / "report.html")
    with pytest.raises(PermissionError, match="refusing to write"):
        write_safe_csv(out / "queue.csv", ["a"], [])
    assert untouched(victim)


# --------------------------------------------------------------------------- media store


def test_media_store_never_writes_through_a_link_and_keeps_suffixes_plain(tmp_path, victim, studio_home, capsys,
                                                                         sqlite_db):
    import hashlib

    from studio import settings
    from studio.importers import images

    png = studio_shot(tmp_path / "in" / "p.png", size=(120, 160))
    digest = hashlib.sha256(png.read_bytes()).hexdigest()
    (settings.media_dir() / digest[:2]).symlink_to(victim.parent)  # a store folder planted as a link out
    catalog = tmp_path / "in" / "c.csv"
    catalog.write_text("Handle,Title,Variant SKU,Variant Price,Image Src\nmug,Mug,M-1,5.00,p.png\n", encoding="utf-8")
    rc, out, err = run(capsys, "import", str(catalog))
    assert untouched(victim)  # the import goes on; that image is not stored (listed as missing)
    with sqlite_db.session() as s:
        assert [(md.status, md.local_path) for md in s.query(m.Media)] == [("missing", None)]
    resolved = images.ImageResolver(png.parent).resolve("p.png")
    assert resolved.status == "missing" and "refusing to write" in resolved.reason and "symbolic link" in resolved.reason
    assert untouched(victim)
    # a data-made suffix is reduced to a plain extension (or none) inside the store
    digest2, path = images.store_bytes(b"not really an image", ".p/../../ng")
    assert Path(path).parent.parent == settings.media_dir().resolve() and Path(path).name == f"{digest2}.bin"
