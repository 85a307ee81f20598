"""Paths and settings. Qt-free.

Data lives under the platform's user data dir (platformdirs); ``STUDIO_HOME`` overrides it. On POSIX that
folder is private (0700) and the database, settings and media files in it are 0600, whatever the umask;
the first use in a process also fixes what an older version left readable (``studio.safepath``).
``STUDIO_DATABASE_URL`` selects the database (SQLite with WAL by default, or ``postgresql+psycopg://``).
User settings are a versioned JSON file in the data dir (``schema_version``; older files are migrated, a newer one
is refused untouched); secrets never go here (see ``studio.secrets``).
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio.domain import StudioError
from studio.safepath import create_private_file, make_private, private_dir

if TYPE_CHECKING:
    from studio.settings_schema import StudioSettings

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
                 "settings.tmp", "settings.corrupt.json", "settings.v1.json", "llm_prices.json", "view-state.ini")
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


SETTINGS_FILE = "settings.json"
# the schema this version writes; a file without ``schema_version`` is version 1 (flat dotted keys)
SCHEMA_VERSION = 2


class SettingsVersionError(StudioError):
    """The settings file was written by a newer Commerce Studio; it is refused and left untouched."""


def _nest(flat: dict[str, Any]) -> dict[str, Any]:
    """Version 1 → 2: flat dotted keys (``"llm.model": …``) become nested sections (``{"llm": {"model": …}}``).
    A key that would collide with a value already there is kept under ``legacy`` with its dotted name."""
    out: dict[str, Any] = {}
    legacy: dict[str, Any] = {}
    for key, value in flat.items():
        parts = key.split(".")
        node = out
        ok = True
        for part in parts[:-1]:
            nxt = node.setdefault(part, {})
            if not isinstance(nxt, dict):
                ok = False
                break
            node = nxt
        if ok and not (parts[-1] in node and isinstance(node[parts[-1]], dict) != isinstance(value, dict)):
            node[parts[-1]] = value
        else:
            legacy[key] = value
    if legacy:
        out.setdefault("legacy", {}).update(legacy)
    out["schema_version"] = 2
    return out


# MIGRATIONS[n] turns a version-n document into version n + 1; add one whenever SCHEMA_VERSION grows
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _nest}


def file_version(doc: dict[str, Any]) -> int:
    v = doc.get("schema_version", 1)
    if isinstance(v, bool) or not isinstance(v, int) or v < 1:
        raise SettingsVersionError(f"settings: schema_version {v!r} is not a version number; the file was left untouched")
    return v


def migrate(doc: dict[str, Any], path: Path | None = None) -> dict[str, Any]:
    """Bring a settings document to ``SCHEMA_VERSION``; a newer version is refused (one line), not rewritten."""
    version = file_version(doc)
    if version > SCHEMA_VERSION:
        where = str(path) if path else "settings"
        raise SettingsVersionError(
            f"{where} has schema_version {version}, written by a newer Commerce Studio (this one reads up to "
            f"{SCHEMA_VERSION}); it was left untouched — update the app or point STUDIO_HOME elsewhere")
    while version < SCHEMA_VERSION:
        doc = MIGRATIONS[version](doc)
        version += 1
        doc["schema_version"] = version
    return doc


class Settings:
    """The settings file (non-secret values only), typed by ``StudioSettings`` and versioned.

    ``get``/``set`` take dotted keys (``"llm.model"``) into the nested document; ``model`` is the typed view.
    An older file is migrated on load (the original is kept as ``settings.v<N>.json``); a file from a newer
    version raises ``SettingsVersionError`` and is not written."""

    _lock = threading.Lock()

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (data_dir() / SETTINGS_FILE)
        self._data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        self.reload()

    def reload(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("settings file is not a JSON object")
        except FileNotFoundError:
            self._data = {"schema_version": SCHEMA_VERSION}
            return
        except (OSError, ValueError):
            # a corrupt settings file must not stop the app; keep a copy and start clean
            try:
                self.path.replace(self.path.with_suffix(".corrupt.json"))
            except OSError:
                pass
            self._data = {"schema_version": SCHEMA_VERSION}
            return
        old = file_version(raw)
        data = migrate(raw, self.path)
        self._data = data
        self._checked = False  # the typed check runs on the first typed read or write (pydantic is not needed to start)
        if old != SCHEMA_VERSION:
            backup = self.path.with_name(f"settings.v{old}.json")
            with self._lock:
                if not backup.exists():
                    create_private_file(backup)
                    backup.write_text(self.path.read_text(encoding="utf-8"), encoding="utf-8")
                self._write()

    def _check(self) -> None:
        """Log (once) what in the file does not fit the typed schema; the values are kept as they are."""
        if getattr(self, "_checked", True):
            return
        self._checked = True
        from pydantic import ValidationError

        from studio.settings_schema import StudioSettings, one_line_errors

        try:
            StudioSettings.model_validate(self._data)
        except ValidationError as exc:
            # an odd value (hand-edited file) is kept as it is; the typed view reads the sections that validate
            logging.getLogger("studio.settings").warning("settings: %s", one_line_errors(exc))

    @property
    def model(self) -> StudioSettings:
        """The typed view; a section holding a value of the wrong type reads as that section's defaults."""
        from pydantic import ValidationError

        from studio.settings_schema import StudioSettings, _valid_section

        self._check()
        try:
            return StudioSettings.model_validate(self._data)
        except ValidationError:
            good = {k: v for k, v in self._data.items() if _valid_section(k, v)}
            return StudioSettings.model_validate(good)

    def get(self, key: str, default: Any = None) -> Any:
        node: Any = self._data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def set(self, key: str, value: Any) -> None:
        parts = key.split(".")
        if parts == ["schema_version"]:
            raise StudioError("settings: schema_version is not a setting")
        from pydantic import ValidationError

        from studio.settings_schema import _SECTIONS, one_line_errors

        self._check()
        with self._lock:
            node = self._data
            for part in parts[:-1]:
                nxt = node.get(part)
                if not isinstance(nxt, dict):
                    nxt = node[part] = {}
                node = nxt
            section = parts[0]
            if len(parts) > 1 and section in _SECTIONS:
                before = dict(node)
                node[parts[-1]] = value
                try:
                    _SECTIONS[section].model_validate(self._data[section])
                except ValidationError as exc:
                    node.clear()
                    node.update(before)
                    raise StudioError(f"setting {key}: {one_line_errors(exc)}") from None
            else:
                node[parts[-1]] = value
            self._write()

    def _write(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        create_private_file(tmp)
        tmp.write_text(json.dumps(self._data, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)

    def as_dict(self) -> dict[str, Any]:
        return dict(self._data)


_SCHEMA_NAMES = ("StudioSettings", "LLMSettings", "ChannelSettings", "VideoSettings", "LivestreamSettings",
                 "DraftSettings", "ImportSettings", "QualitySettings", "UISettings", "one_line_errors")


def __getattr__(name: str) -> Any:
    """The typed models live in ``studio.settings_schema`` (pydantic, imported on first use); their old names
    here still work."""
    if name in _SCHEMA_NAMES:
        from studio import settings_schema

        return getattr(settings_schema, name)
    raise AttributeError(name)
