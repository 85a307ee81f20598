"""Named loggers per subsystem and the rotating log file in the data folder. Qt-free.

Every subsystem logs under ``studio.<name>`` (``studio.import``, ``studio.generate``, ``studio.publish``,
``studio.render``, ``studio.ui`` …), so one handler on ``studio`` collects them all. ``configure()`` runs once at
CLI and app start and writes ``<data>/logs/studio.log`` (rotated at 2 MB, five old files kept). Third-party
loggers (httpx, openai) are not written there: their lines can carry request URLs and headers, and secrets
never go to logs. ``studio logs`` prints the path; the app's Help menu opens the folder.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import threading
from pathlib import Path

from studio.safepath import create_private_file

ROOT = "studio"
SUBSYSTEMS = ("cli", "import", "generate", "publish", "render", "mockup", "kit", "settings", "ui")
LOG_FILE = "studio.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

_lock = threading.Lock()
_handler: logging.handlers.RotatingFileHandler | None = None


def get(subsystem: str) -> logging.Logger:
    """The logger of a subsystem: ``get("import")`` is ``studio.import``."""
    return logging.getLogger(f"{ROOT}.{subsystem}")


def log_dir() -> Path:
    from studio.settings import sub_dir

    return sub_dir("logs")


def log_path() -> Path:
    return log_dir() / LOG_FILE


def configure(level: int = logging.INFO) -> Path:
    """Attach the rotating file handler to the ``studio`` logger (once per data folder; a second call for the
    same folder does nothing, a call after ``STUDIO_HOME`` changed moves the file). Returns the log path."""
    global _handler
    path = log_path()
    with _lock:
        if _handler is not None and _handler.baseFilename == os.path.abspath(path):
            return path
        root = logging.getLogger(ROOT)
        if _handler is not None:
            root.removeHandler(_handler)
            _handler.close()
        create_private_file(path)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.setLevel(level)
        root.addHandler(handler)
        if root.level == logging.NOTSET or root.level > level:
            root.setLevel(level)
        _handler = handler
    return path


def configured_path() -> Path | None:
    """The file the handler writes to, or None before ``configure()``."""
    return Path(_handler.baseFilename) if _handler is not None else None
