"""One clock (studio.clock): the app reads "now" and "today" nowhere else, the ``clock`` marker of tests/conftest.py
moves every reader, and a test that names a fixed date after today's sets the clock instead of depending on the
machine's date (found at stop 20: ~20 tests planned 2027 festivals against the real date and failed once the
machine's clock passed them)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from studio import clock

ROOT = Path(__file__).resolve().parents[2]

# reading the machine's clock directly; the app asks studio.clock
DIRECT = re.compile(r"\b(?:datetime\.(?:now|utcnow|today)|date\.today|time\.time)\(")
# a wire timestamp compared with a server's own (real) clock: a request signature, an HTTP-date, a provider's
# Retry-After — these follow the machine's time, not the app's
WIRE = {"studio/clock.py", "channels/webhook/__init__.py", "channels/_http.py", "generators/llm/openai_compat.py"}


def test_the_app_reads_the_time_only_from_studio_clock():
    found = []
    for pkg in ("studio", "ui", "channels", "generators", "localization"):
        for path in sorted((ROOT / pkg).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel in WIRE:
                continue
            for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
                if DIRECT.search(line.split("#", 1)[0]):
                    found.append(f"{rel}:{n}: {line.strip()}")
    assert not found, "read the time through studio.clock (now() / today()):\n" + "\n".join(found)


# Qt's own clock reads (QDateTime.currentDateTime(), QDate.currentDate(), QTime.currentTime(), the epoch counters):
# a date editor built from them shows the machine's day, not the app's (the clock marker could not move them;
# found at stop 21 in the Livestream, Markets and Calendar sections). ui/ builds them from studio.clock.
QT_CLOCK = re.compile(
    r"\b(?:QDateTime\.(?:currentDateTime|currentDateTimeUtc|currentMSecsSinceEpoch|currentSecsSinceEpoch)"
    r"|QDate\.currentDate|QTime\.currentTime|QElapsedTimer\b.*\.msecsSinceReference)\("
)


def qt_clock_reads(root: Path) -> list[str]:
    found = []
    for path in sorted((root / "ui").rglob("*.py")):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if QT_CLOCK.search(line.split("#", 1)[0]):
                found.append(f"{path.relative_to(root).as_posix()}:{n}: {line.strip()}")
    return found


def test_the_ui_never_reads_qts_clock():
    found = qt_clock_reads(ROOT)
    assert not found, "build Qt dates from studio.clock.now() / today(), not Qt's clock:\n" + "\n".join(found)


def test_a_qt_clock_read_is_found(tmp_path):
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "v.py").write_text(
        "a = QDateTime.currentDateTime().addDays(2)\nw.setDate(QDate.currentDate())\n"
        "t = QTime.currentTime()\n# QDate.currentDate() in a comment is fine\nb = QDateTime(clock.now())\n",
        "utf-8",
    )
    assert [f.split(": ", 1)[0] for f in qt_clock_reads(tmp_path)] == ["ui/v.py:1", "ui/v.py:2", "ui/v.py:3"]


@pytest.mark.clock("2031-05-04T10:00+02:00")
def test_the_clock_marker_moves_every_reader():
    from studio.services.scheduling import clock as queue_clock
    from studio.storage import models

    start = datetime(2031, 5, 4, 8, tzinfo=UTC)
    for now in (clock.now(), queue_clock.now_utc(), models.utcnow()):
        assert start <= now < start + timedelta(minutes=5) and now.tzinfo is not None
    assert clock.today() == clock.now().astimezone().date()
    assert abs((clock.now().astimezone() - start).total_seconds()) < 300
    with pytest.raises(Exception, match="in the past"):
        queue_clock.check_time(datetime(2031, 5, 3, tzinfo=UTC))


def test_without_the_marker_the_clock_is_the_machines():
    assert abs((clock.now() - datetime.now(UTC)).total_seconds()) < 60
    assert clock.today() in (date.today(), date.today() - timedelta(days=1), date.today() + timedelta(days=1))


# a date after this year in a test file: a date the test plans for (it sets the app's clock with the ``clock``
# marker) or a value the app never compares with now (formatting, parsing, a stored date); the files below were
# run with the machine's clock at 2027-02-28 and at 2028-06-01 (faketime) at stop 20 and passed unmarked
DATES_AS_DATA = {
    "tests/integration/campaigns/test_festival_ids_cli.py",  # --from 2027-01-01: the listing's own start
    "tests/integration/channels/test_account_setup.py",  # a token's expiry and Graph API sunsets as stored values
    "tests/integration/channels/test_cli_failures.py",  # DST gaps are refused before the time is compared with now
    "tests/integration/channels/test_doc_contracts.py",  # dates inside the platforms' documented payloads
    "tests/integration/insights/test_post_utm.py",  # an order's date in an imported file
    "tests/integration/test_output_confinement.py",  # a Folder bundle's name (the adapter does not check the time)
    "tests/ui/calendar/test_calendar_zone_labels.py",  # a zone's label on a given date
    "tests/ui/campaigns/test_new_campaign_dialog_fields.py",  # the dialog's own today is passed in
    "tests/unit/campaigns/test_campaign_offer_rules.py",  # an offer's dates in a text
    "tests/unit/campaigns/test_offer_line_bidi.py",  # an offer's dates in a text
    "tests/unit/channels/test_channel_helpers.py",  # parsing and formatting times
    "tests/unit/localization/test_loc_markets.py",  # the festival table from a given date
    "tests/unit/localization/test_loc_ui_dates.py",  # formatting a date
}
FUTURE = re.compile(r"(?<![\d.])(20\d\d)-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])(?!\d)|\b(?:date|datetime)\((20\d\d),")


def test_a_test_that_names_a_date_after_this_year_sets_the_app_clock():
    this_year = datetime.now(UTC).year
    found = []
    for path in sorted((ROOT / "tests").rglob("test_*.py")):  # the tests (not the data generators of tests/corpus)
        rel = path.relative_to(ROOT).as_posix()
        text = path.read_text("utf-8")
        years = {int(a or b) for a, b in FUTURE.findall(text)}
        if any(y > this_year for y in years) and "mark.clock(" not in text and rel not in DATES_AS_DATA:
            found.append(rel)
    assert not found, ("these tests name a date after this year but do not set the app's clock: mark the tests "
                       "that plan for it @pytest.mark.clock(\"<a moment before it>\") (tests/conftest.py), or add "
                       "the file to DATES_AS_DATA once it passes with the machine's clock past the date:\n"
                       + "\n".join(found))
