"""Paths and settings. Qt-free.

Data lives under the platform's user data dir (platformdirs); ``STUDIO_HOME`` overrides it.
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

APP_NAME = "CommerceStudio"
APP_AUTHOR = "CommerceStudio"


def data_dir() -> Path:
    home = os.environ.get("STUDIO_HOME")
    if home:
        p = Path(home).expanduser()
    else:
        import platformdirs

        p = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    p.mkdir(parents=True, exist_ok=True)
    return p


def sub_dir(*parts: str) -> Path:
    p = data_dir().joinpath(*parts)
    p.mkdir(parents=True, exist_ok=True)
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
            tmp.write_text(json.dumps(self._data, indent=2, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.path)

    def as_dict(self) -> dict[str, Any]:
        return dict(self._data)
