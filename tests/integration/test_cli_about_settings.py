"""``studio about`` and ``studio settings`` — the CLI side of Help › About and Settings › General (appearance,
notifications): --json, one-line reasons, no secret in the output."""

from __future__ import annotations

import json
import subprocess
import sys


def _studio(*args, env=None):
    return subprocess.run([sys.executable, "-m", "studio.cli.main", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_about_lists_versions_and_hides_the_password(tmp_path, monkeypatch):
    import os

    env = dict(os.environ, STUDIO_HOME=str(tmp_path),
               STUDIO_DATABASE_URL="postgresql+psycopg://shop:s3cr3t@db.example:5432/studio?password=s3cr3t")
    r = _studio("about", "--json", env=env)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["python"] and data["sqlalchemy"] and data["data_folder"] == str(tmp_path)
    assert "s3cr3t" not in r.stdout and data["database"].startswith("postgresql+psycopg://shop:***@db.example")


def test_settings_set_show_and_refuse(tmp_path):
    import os

    env = dict(os.environ, STUDIO_HOME=str(tmp_path))
    assert _studio("settings", "set", "ui.theme", "dark", env=env).returncode == 0
    r = _studio("settings", "show", "ui.theme", "--json", env=env)
    assert json.loads(r.stdout) == {"ui.theme": "dark"}
    bad = _studio("settings", "set", "ui.theme", "blue", env=env)
    assert bad.returncode != 0 and "ui.theme" in bad.stderr and "'dark'" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1
    assert _studio("settings", "set", "ui.notifications", "false", env=env).returncode == 0
    from studio.settings import Settings

    s = Settings(tmp_path / "settings.json")
    assert s.model.ui.theme == "dark" and s.model.ui.notifications is False
    missing = _studio("settings", "show", "ui.nothing", env=env)
    assert missing.returncode != 0 and "studio settings set ui.nothing" in missing.stderr
