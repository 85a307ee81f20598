"""Work-arounds for defects of the Qt binding that would otherwise crash the app.

PySide6 6.12.0 on CPython 3.11: every time a Python override that returns a ``QVariant`` (``data()``,
``headerData()`` of an item model, …) returns ``None``, the binding drops one reference to ``None`` that it
never took. A table view asks ``data()`` for a dozen roles per cell on every repaint, so ``None``'s
reference count reaches zero within seconds of scrolling and CPython aborts with
``Fatal Python error: none_dealloc: deallocating None``. (Reproduced here in isolation: 1000 calls of
``proxy.data(index)`` on a model whose ``data()`` returns ``None`` lower ``sys.getrefcount(None)`` by 999.)
Emitting ``True``/``False`` through a ``Signal(object)`` does the same to the bools (``bool_dealloc``).

``None``, ``True`` and ``False`` are never freed in a correct program, so the cure is to give them a
reference-count reserve far beyond what any session can use up (2**40 each). CPython 3.12+ makes ``None`` immortal and is not affected;
there this does nothing.
"""

from __future__ import annotations

import sys

_RESERVE = 1 << 40
_applied = False


def protect_none_refcount() -> bool:
    """Apply the work-around once (CPython < 3.12 only). Returns True when it was applied."""
    global _applied
    if _applied:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE  # ob_refcnt: first field of PyObject
    _applied = True
    return True


protect_none_refcount()
