"""Secrets (API keys, OAuth tokens) live in the OS keyring only.

Where no keyring backend exists (a headless box), the app says so and falls back to environment
variables for that run (``STUDIO_SECRET_<NAME>``); nothing is ever written to the database, settings,
logs or exports.
"""

from __future__ import annotations

import os
import re

SERVICE = "commerce-studio"


class SecretStoreUnavailable(RuntimeError):
    pass


def _env_name(name: str) -> str:
    return "STUDIO_SECRET_" + re.sub(r"[^A-Za-z0-9]", "_", name).upper()


def keyring_available() -> bool:
    """True when the OS keyring can really store a secret.

    The ``fail`` and ``null`` backends (and a chainer with nothing behind it) accept or refuse calls
    without storing anything, so they count as unavailable: a token given to them would be lost.
    """
    import keyring
    from keyring.backends import chainer, fail, null

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(not isinstance(b, fail.Keyring | null.Keyring) for b in backend.backends)
    return True


def get_secret(name: str) -> str | None:
    if keyring_available():
        import keyring

        value = keyring.get_password(SERVICE, name)
        if value is not None:
            return value
    return os.environ.get(_env_name(name))


def set_secret(name: str, value: str) -> None:
    if not keyring_available():
        raise SecretStoreUnavailable(
            "No OS keyring is available on this machine; set the environment variable "
            f"{_env_name(name)} for this run instead (secrets are never stored in files)."
        )
    import keyring

    keyring.set_password(SERVICE, name, value)


def delete_secret(name: str) -> None:
    if not keyring_available():
        return
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, name)
    except PasswordDeleteError:
        pass
