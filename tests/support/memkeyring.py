"""An in-memory keyring backend for tests (``PYTHON_KEYRING_BACKEND=tests.support.memkeyring.MemoryKeyring``)."""

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

_store: dict[tuple[str, str], str] = {}


class MemoryKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        return _store.get((service, username))

    def set_password(self, service, username, password):
        _store[(service, username)] = password

    def delete_password(self, service, username):
        try:
            del _store[(service, username)]
        except KeyError:
            raise PasswordDeleteError(username) from None


def clear() -> None:
    _store.clear()
