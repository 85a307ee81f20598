"""What runs here, without secrets: the app's version, Python, the main libraries (``importlib.metadata``; nothing
is imported), the data folder, the log file and the database URL without password or query string. Qt-free:
``studio about`` prints it; Help › About (``ui/help.py``) shows the same rows plus the Qt version."""

from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, version

# the distributions listed (those not installed are left out)
LIBRARIES = ("PySide6", "PySide6-Essentials", "SQLAlchemy", "alembic", "pydantic", "httpx", "Pillow", "moviepy", "babel", "openpyxl",
             "keyring", "platformdirs", "psycopg", "regex")


def app_version() -> str:
    try:
        return version("commerce-studio")
    except PackageNotFoundError:
        return "dev"


def versions() -> list[tuple[str, str]]:
    rows = [("Python", platform.python_version())]
    for dist in LIBRARIES:
        try:
            rows.append((dist, version(dist)))
        except PackageNotFoundError:
            continue
    return rows


def safe_database_url(url: str) -> str:
    """The database URL without its password (and without query parameters, which can hold one)."""
    if not url:
        return ""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).set(query={}).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a URL we cannot parse: keep only what follows the credentials
        rest = url.split("@")[-1].split("?", 1)[0]
        scheme = url.split("://", 1)[0] if "://" in url else ""
        return f"{scheme}://***@{rest}" if "@" in url else url.split("?", 1)[0]


def rows(database_url: str | None = None) -> list[tuple[str, str]]:
    """(label, value) in display order: version, Python and libraries, data folder, log file, database."""
    from studio import logs
    from studio.settings import data_dir
    from studio.settings import database_url as default_url

    out = [("Version", app_version())] + versions()
    out.append(("Data folder", str(data_dir())))
    out.append(("Log file", str(logs.configured_path() or logs.log_path())))
    out.append(("Database", safe_database_url(database_url or default_url())))
    return out
