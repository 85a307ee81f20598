"""Background jobs: a Qt-free callable ``run(progress, cancel) -> result``.

``progress(fraction, message)`` is a plain callable; ``cancel`` is checked in loops. The UI runs jobs
through ``ui.tasks``; the CLI runs them inline. Generators and channels never see Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

ProgressFn = Callable[[float, str], None]


class Cancelled(Exception):
    """Raised by a job that noticed its cancel token."""


class CancelToken:
    """Set once by whoever cancels; jobs check ``.cancelled`` (a token is always truthy, so
    ``cancel or CancelToken()`` keeps a caller's token)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def no_progress(fraction: float, message: str = "") -> None:
    return None
