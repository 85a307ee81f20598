"""A StudioError's command-line hint is a field (``hint``), not text the app has to cut out of the reason: the CLI
prints it after the reason, the app shows the reason alone (``ui.ops.message_of`` is ``str(exc)``)."""

from __future__ import annotations

import pytest

from studio.cli.main import main
from studio.domain import StudioError
from studio.quality import api as quality_api
from studio.services import mockups


def test_hint_is_kept_apart_from_the_reason():
    exc = StudioError("this account has no weekly slots; add some in the Calendar", hint="or pass --at")
    assert str(exc) == "this account has no weekly slots; add some in the Calendar"
    assert exc.hint == "or pass --at"
    assert exc.cli_text() == "this account has no weekly slots; add some in the Calendar (or pass --at)"
    assert StudioError("plain reason").cli_text() == "plain reason"


@pytest.mark.parametrize("raise_it,hint", [
    (lambda: mockups.get_scene("no-such-scene"), "studio mockup --list"),
    (lambda: quality_api._check_target("no-such-target"), "see `studio lint --targets`"),
])
def test_services_raise_the_hint_as_a_field(raise_it, hint):
    with pytest.raises(StudioError) as info:
        raise_it()
    assert info.value.hint == hint
    assert "studio" not in str(info.value) and "(" not in str(info.value)[-2:]


def test_the_cli_prints_the_hint_after_the_reason(tmp_path, capsys):
    f = tmp_path / "t.txt"
    f.write_text("Linen tee\n", encoding="utf-8")
    rc = main(["lint", "--file", str(f), "--target", "no-such-target", "--market", "de-DE"])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and "\n" not in err
    assert err.startswith("studio lint: unknown lint target 'no-such-target'")
    assert err.endswith("(see `studio lint --targets`)")
