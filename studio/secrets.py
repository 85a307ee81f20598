"""Secrets (API keys, OAuth tokens) live in the OS keyring only.

Where no keyring can store a secret (a headless box, or the ``null`` / ``fail`` backends), storing one is
refused with a message naming the environment variable to use instead (``STUDIO_SECRET_<NAME>``): a secret
is never silently dropped. Reading falls back to that variable for the run, and the first use of the
fallback in a run is stated once (stderr, and to any listener the app registers). Nothing is ever written to
the database, settings, logs or exports.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections.abc import Callable

from studio.domain import StudioError

SERVICE = "commerce-studio"


class SecretStoreUnavailable(StudioError):
    """No keyring can store secrets here; the message names the ``STUDIO_SECRET_<NAME>`` fallback."""


_notice_lock = threading.Lock()
_noticed = False
_notice_msg: str | None = None
_listeners: list[Callable[[str], None]] = []


def env_name(name: str) -> str:
    """The environment variable that stands in for a secret where no keyring exists."""
    return "STUDIO_SECRET_" + re.sub(r"[^A-Za-z0-9]", "_", name).upper()


def keyring_available() -> bool:
    """True when the OS keyring can really store a secret.

    The ``fail`` and ``null`` backends (and a chainer with nothing behind it) accept or refuse calls
    without storing anything, so they count as unavailable: a token given to them would be lost.
    """
    try:
        import keyring
        from keyring.backends import chainer, fail, null

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring installation is an unavailable keyring
        return False
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(not isinstance(b, fail.Keyring | null.Keyring) for b in backend.backends)
    return True


def backend_name() -> str:
    try:
        import keyring

        b = keyring.get_keyring()
        return f"{type(b).__module__}.{type(b).__name__}"
    except Exception:  # noqa: BLE001
        return "none"


def unavailable_message(name: str, what: str = "the secret") -> str:
    return (f"no OS keyring can store secrets on this machine (keyring backend: {backend_name()}), so {what} was "
            f"not saved; set the environment variable {env_name(name)} for every run instead (secrets are never "
            "written to files)")


def add_listener(fn: Callable[[str], None]) -> None:
    """``fn(message)`` is called once per run when a secret first comes from the environment (the app shows it);
    a listener added after that moment is told at once."""
    _listeners.append(fn)
    if _notice_msg is not None:
        try:
            fn(_notice_msg)
        except Exception:  # noqa: BLE001
            pass


def _state_fallback(name: str) -> None:
    global _noticed, _notice_msg
    with _notice_lock:
        if _noticed:
            return
        _noticed = True
    msg = (f"studio: note: using secrets from the environment ({env_name(name)}) for this run"
           + ("" if keyring_available() else "; no OS keyring is available"))
    _notice_msg = msg
    if _listeners:
        for fn in list(_listeners):
            try:
                fn(msg)
            except Exception:  # noqa: BLE001 - a listener must not break reading a secret
                pass
    else:
        try:
            print(msg, file=sys.stderr, flush=True)
        except (OSError, ValueError):
            pass


def _reset_notice() -> None:  # tests
    global _noticed, _notice_msg
    _noticed, _notice_msg = False, None


def get_secret(name: str) -> str | None:
    if keyring_available():
        import keyring
        from keyring.errors import KeyringError

        try:
            value = keyring.get_password(SERVICE, name)
        except KeyringError:
            value = None  # a locked or broken keyring: the environment may still hold it
        if value is not None:
            return value
    value = os.environ.get(env_name(name))
    if value is not None:
        _state_fallback(name)
    return value


def require_store(name: str, what: str = "the secret") -> None:
    """Refuse (before anything else is written) when ``name`` could not be stored."""
    if not keyring_available():
        raise SecretStoreUnavailable(unavailable_message(name, what))


def set_secret(name: str, value: str, what: str = "the secret") -> None:
    require_store(name, what)
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, name, value)
    except KeyringError as exc:
        raise SecretStoreUnavailable(f"the OS keyring refused to store {what} ({exc.__class__.__name__}: {exc}); "
                                     f"unlock it, or set the environment variable {env_name(name)} for every run "
                                     "instead") from None


def delete_secret(name: str) -> None:
    if not keyring_available():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, name)
    except (PasswordDeleteError, KeyringError):
        pass
