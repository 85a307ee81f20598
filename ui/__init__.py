"""The desktop app (the only package that imports PySide6)."""

from ui import qtcompat as _qtcompat  # noqa: F401  - must run before any item model is used
