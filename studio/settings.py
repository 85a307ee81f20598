"""Paths and settings. Qt-free.

Data lives under the platform's user data dir (platformdirs); ``STUDIO_HOME`` overrides it. On POSIX that
folder is private (0700) and the database, settings and media files in it are 0600, whatever the umask;
the first use in a process also fixes what an older version left readable (``studio.safepath``).
``STUDIO_DATABASE_URL`` selects the database (SQLite with WAL by default, or ``postgresql+psycopg://``).
User settings are a JSON file in the data dir; secrets never go here (see ``studio.secrets``).
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio.safepath import create_private_file, make_private, private_dir

APP_NAME = "CommerceStudio"
APP_AUTHOR = "CommerceStudio"


def data_dir() -> Path:
    home = os.environ.get("STUDIO_HOME")
    if home:
        p = Path(home).expanduser()
    else:
        import platformdirs

        p = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    if str(p) not in _private:
        with _private_lock:
            if str(p) not in _private:
                secure_data_dir(p)
                _private.add(str(p))
    p.mkdir(parents=True, exist_ok=True)
    return p


_private: set[str] = set()
_private_lock = threading.Lock()
# the files that hold the user's data; media and assets are checked folder by folder below
PRIVATE_FILES = ("studio.db", "studio.db-wal", "studio.db-shm", "studio.db-journal", "settings.json",
                 "settings.tmp", "settings.corrupt.json", "llm_prices.json")
STORES = ("media", "assets")


def secure_data_dir(p: Path) -> None:
    """Create the data folder 0700 and bring what is in it to private modes (POSIX; a no-op elsewhere).
    Media and assets are content-addressed ``<store>/<xx>/<file>``: a two-letter folder that is already
    0700 was made by this version, so only older folders get their files walked — start-up stays a few
    hundred ``stat`` calls however large the store is."""
    private_dir(p)
    for name in PRIVATE_FILES:
        make_private(p / name)
    for store in STORES:
        root = p / store
        if not root.is_dir() or root.is_symlink():
            continue
        try:
            entries = list(os.scandir(root))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                try:
                    current = entry.stat(follow_symlinks=False).st_mode & 0o777
                except OSError:
                    continue
                if current != 0o700:
                    try:
                        for f in os.scandir(entry.path):
                            make_private(f.path)
                    except OSError:
                        pass
            make_private(entry.path)
        make_private(root)


def sub_dir(*parts: str) -> Path:
    base = data_dir()
    p = base.joinpath(*parts)
    p.mkdir(parents=True, exist_ok=True)
    for i in range(len(parts)):
        make_private(base.joinpath(*parts[: i + 1]))
    return p


def media_dir() -> Path:
    """Content-addressed store for imported images and generated assets."""
    return sub_dir("media")


def assets_out_dir() -> Path:
    return sub_dir("assets")


def database_url() -> str:
    url = os.environ.get("STUDIO_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{data_dir() / 'studio.db'}"


@dataclass
class _SettingsFile:
    path: Path


class Settings:
    """A small JSON-backed settings store (non-secret values only)."""

    _lock = threading.Lock()

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (data_dir() / "settings.json")
        self._data: dict[str, Any] = {}
        self.reload()

    def reload(self) -> None:
        try:
            self._data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(self._data, dict):
                self._data = {}
        except FileNotFoundError:
            self._data = {}
        except (OSError, ValueError):
            # a corrupt settings file must not stop the app; keep a copy and start clean
            try:
                self.path.replace(self.path.with_suffix(".corrupt.json"))
            except OSError:
                pass
            self._data = {}

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        with self._lock:
            self._data[key] = value
            tmp = self.path.with_suffix(".tmp")
            tmp.unlink(missing_ok=True)
            create_private_file(tmp)
            tmp.write_text(json.dumps(self._data, indent=2, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.path)

    def as_dict(self) -> dict[str, Any]:
        return dict(self._data)
