"""Issue 13, item 11: on POSIX the data folder is 0700 and the database, settings and media files are 0600,
whatever the umask — and what an older version left readable is fixed at start-up."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.mockup_fixtures import studio_shot

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
ROOT = Path(__file__).resolve().parents[2]


def mode(p: Path) -> int:
    return stat.S_IMODE(p.lstat().st_mode)


def studio(home: Path, *argv: str, umask: int = 0o022) -> subprocess.CompletedProcess:
    """The real CLI in a fresh process (so start-up runs), with the given umask."""
    env = {**os.environ, "STUDIO_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("STUDIO_DATABASE_URL", None)
    code = f"import os, sys; os.umask({umask}); from studio.cli.main import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=240)


@pytest.mark.parametrize("umask", [0o000, 0o022, 0o077])
def test_new_data_folder_database_settings_and_media_are_private(tmp_path, umask):
    home = tmp_path / "fresh" / "CommerceStudio"
    image = studio_shot(tmp_path / "in" / "p.png", size=(80, 100))
    image_mode = mode(image)
    catalog = tmp_path / "in" / "c.csv"
    catalog.write_text("Handle,Title,Variant SKU,Variant Price,Image Src\nmug,Mug,M-1,5.00,p.png\n", encoding="utf-8")
    r = studio(home, "import", str(catalog), umask=umask)
    assert r.returncode == 0, r.stderr
    r = studio(home, "products", umask=umask)  # start-up again on the existing folder
    assert r.returncode == 0, r.stderr
    code = (f"import os; os.umask({umask}); from studio.settings import Settings; "
            "Settings().set('ui.language', 'en')")
    env = {**os.environ, "STUDIO_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("STUDIO_DATABASE_URL", None)
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=ROOT, timeout=120)
    assert mode(home) == 0o700
    for name in ("studio.db", "settings.json"):
        assert mode(home / name) == 0o600, name
    for side in ("studio.db-wal", "studio.db-shm"):
        if (home / side).exists():
            assert mode(home / side) == 0o600, side
    media = [p for p in (home / "media").rglob("*")]
    assert [p for p in media if p.is_file()], "the import stored its image"
    for p in media:
        assert mode(p) == (0o700 if p.is_dir() else 0o600), p
    assert mode(home / "media") == 0o700
    assert mode(image) == image_mode  # the user's own files outside the data folder are not touched


def test_start_up_fixes_what_an_older_version_left_readable(tmp_path):
    home = tmp_path / "old"
    (home / "media" / "ab").mkdir(parents=True)
    (home / "assets" / "cd").mkdir(parents=True)
    old_media = home / "media" / "ab" / ("ab" + "0" * 62 + ".png")
    old_media.write_bytes(b"x")
    old_asset = home / "assets" / "cd" / ("cd" + "1" * 62 + ".mp4")
    old_asset.write_bytes(b"y")
    con = sqlite3.connect(home / "studio.db")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    (home / "settings.json").write_text(json.dumps({"ui.language": "en"}), encoding="utf-8")
    shared = tmp_path / "shared.txt"  # a link in the data folder to someone else's file: left alone
    shared.write_text("s")
    (home / "media" / "ab" / "link").symlink_to(shared)
    for p in (home, home / "media", home / "media" / "ab", home / "assets", home / "assets" / "cd"):
        p.chmod(0o755)
    for p in (home / "studio.db", home / "settings.json", old_media, old_asset, shared):
        p.chmod(0o644)
    con.close()
    r = studio(home, "products")
    assert r.returncode == 0, r.stderr
    assert mode(home) == 0o700
    assert mode(home / "studio.db") == 0o600 and mode(home / "settings.json") == 0o600
    for p in (home / "media", home / "media" / "ab", home / "assets", home / "assets" / "cd"):
        assert mode(p) == 0o700, p
    assert mode(old_media) == 0o600 and mode(old_asset) == 0o600
    assert mode(shared) == 0o644
    for side in ("studio.db-wal", "studio.db-shm"):
        if (home / side).exists():
            assert mode(home / side) == 0o600, side


def test_generated_assets_are_private(sqlite_db, tmp_path, studio_home):
    from studio.services import mockups
    from tests.support.mockup_fixtures import add_product

    old = os.umask(0)
    try:
        add_product(sqlite_db, "red-bottle", studio_shot(tmp_path / "b.png", size=(300, 400)), sku="RB-1")
        asset = mockups.compose(sqlite_db, "RB-1", "podium", (200, 200))
    finally:
        os.umask(old)
    path = Path(asset.path)
    assert mode(path) == 0o600 and mode(path.parent) == 0o700 and mode(studio_home) == 0o700
