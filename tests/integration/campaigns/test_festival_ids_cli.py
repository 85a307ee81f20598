"""Finding 23 (walkthrough s14): `studio markets festivals th-TH` listed '11.11 sale' without the id that
`campaign create --festival` takes; the CLI plan labelled both teasers 'teaser'; README's schedule contract
omitted --account."""

from __future__ import annotations

from pathlib import Path

from studio.cli.main import main


def test_festival_listing_shows_the_id(capsys):
    assert main(["markets", "festivals", "th-TH", "--from", "2027-01-01"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "11.11 sale" in x)
    assert " 11-11 " in line and "--festival" in out


def test_readme_contract_names_schedules_account():
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if x.startswith("studio campaign list |"))
    assert "schedule NAME [--account CHANNEL=NAME]" in line and "approve NAME [--allow-warnings]" in line
