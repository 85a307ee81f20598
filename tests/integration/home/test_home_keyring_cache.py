"""Known bug (issue 19): Home read the OS keyring on every refresh. ``summary(accounts="cached")`` asks the
keyring again only when an account or a post changed (or the answer is older than its limit)."""

from __future__ import annotations

import pytest

from studio import secrets
from studio.services import accounts, home
from tests.integration.home.test_home_service import seed


@pytest.fixture
def keyring_reads(monkeypatch):
    reads: list[str] = []
    real = secrets.get_secret

    def counting(key, *a, **kw):
        reads.append(key)
        return real(key, *a, **kw)

    monkeypatch.setattr(secrets, "get_secret", counting)
    home.forget_account_issues()
    yield reads
    home.forget_account_issues()


def test_refreshes_reuse_the_account_issues_until_an_account_changes(db, keyring_reads):
    seed(db)
    first = home.summary(db, accounts="cached")
    assert keyring_reads, "the first summary reads the keyring"
    assert any(i.reason == "reconnect" and i.name == "brand-x" for i in first.account_issues)
    n = len(keyring_reads)
    for _ in range(3):
        again = home.summary(db, accounts="cached")
        assert again.account_issues == first.account_issues
    assert len(keyring_reads) == n, "a refresh with nothing changed must not read the keyring"
    accounts.update_settings(db, "shop-folder", note="moved")  # an account changed
    home.summary(db, accounts="cached")
    assert len(keyring_reads) > n
    # the uncached call (the CLI's) reads every time, as before
    m = len(keyring_reads)
    home.summary(db)
    assert len(keyring_reads) > m


def test_an_old_answer_is_asked_again(db, keyring_reads):
    seed(db)
    home.account_issues_cached(db)
    n = len(keyring_reads)
    home.account_issues_cached(db, max_age=0.0)
    assert len(keyring_reads) > n
