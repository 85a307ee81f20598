"""Where localization keeps the user's editable files (market overrides, exchange rates).

``localization`` imports nothing of ours, so it resolves the user data dir itself exactly as
``studio.settings.data_dir`` does: ``STUDIO_HOME`` when set, else platformdirs' user data dir for
"CommerceStudio". The app may also call ``set_user_dir(path)`` at start-up; the files live in the
``localization/`` sub-folder of that dir.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

APP_NAME = "CommerceStudio"
APP_AUTHOR = "CommerceStudio"
DATA_DIR = Path(__file__).resolve().parent / "data"

_explicit: Path | None = None


def set_user_dir(path: str | os.PathLike | None) -> None:
    """Use ``path`` as the app data dir (``None`` goes back to STUDIO_HOME/platformdirs)."""
    global _explicit
    _explicit = Path(path).expanduser() if path is not None else None


def app_data_dir() -> Path:
    if _explicit is not None:
        return _explicit
    return _resolve(os.environ.get("STUDIO_HOME") or None)


@functools.lru_cache(maxsize=16)
def _resolve(home: str | None) -> Path:
    if home:
        return Path(home).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


@functools.lru_cache(maxsize=16)
def _user_dir(base: Path) -> Path:
    return base / "localization"


def user_dir(create: bool = False) -> Path:
    p = _user_dir(app_data_dir())
    if create:
        p.mkdir(parents=True, exist_ok=True)
    return p


def atomic_write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
