from studio.jobs import Cancelled, CancelToken


def test_a_fresh_token_is_truthy_so_callers_tokens_are_kept():
    token = CancelToken()
    kept = token or CancelToken()
    assert kept is token and not token.cancelled
    token.cancel()
    assert token.cancelled


def test_raise_if_cancelled():
    token = CancelToken()
    token.raise_if_cancelled()
    token.cancel()
    try:
        token.raise_if_cancelled()
    except Cancelled:
        return
    raise AssertionError("Cancelled not raised")
