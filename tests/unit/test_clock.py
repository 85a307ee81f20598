"""One clock (studio.clock): the app reads "now" and "today" nowhere else, the ``clock`` marker of tests/conftest.py
moves every reader, and a test that names a fixed date after today's sets the clock instead of depending on the
machine's date (found at stop 20: ~20 tests planned 2027 festivals against the real date and failed once the
machine's clock passed them)."""

from __future__ import annotations

import ast
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
def test_the_clock_marker_moves_every_reader(sqlite_db):
    from studio.services.scheduling import clock as queue_clock
    from studio.storage.models_campaigns import Segment

    start = datetime(2031, 5, 4, 8, tzinfo=UTC)
    now = clock.now()
    assert start <= now < start + timedelta(minutes=5) and now.tzinfo is not None
    assert clock.today() == clock.now().astimezone().date()
    assert abs((clock.now().astimezone() - start).total_seconds()) < 300
    with pytest.raises(Exception, match="in the past"):
        queue_clock.check_time(datetime(2031, 5, 3, tzinfo=UTC))
    # the ORM's column defaults hold clock.now itself (bound at import): the marker moves them too
    with sqlite_db.session() as s:
        s.add(Segment(name="clock", data={}))
    with sqlite_db.session() as s:
        row = s.query(Segment).one()
        stamps = [t if t.tzinfo else t.replace(tzinfo=UTC) for t in (row.created_at, row.updated_at)]
    assert all(start <= t < start + timedelta(minutes=5) for t in stamps), stamps


# One clock (stop 21): scheduling.clock.now_utc() and storage.models.utcnow() only returned studio.clock.now() and
# were read in 27 and 40 places beside it (two modules named clock, three names for one reading). The time is
# read as clock.now() / clock.today(); a function that only hands the clock's reading on is a second name for it.
CLOCK_READ = {"now", "today"}


def clock_wrappers(root: Path) -> list[str]:
    """Functions and lambdas outside studio/clock.py whose whole body returns the clock's reading unchanged."""
    found = []
    for pkg in ("studio", "ui", "channels", "generators", "localization", "bench"):
        for path in sorted((root / pkg).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            if rel == "studio/clock.py":
                continue
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.Lambda):
                    value: ast.expr | None = node.body
                    if node.args.args or node.args.kwonlyargs:
                        continue
                elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    body = [b for b in node.body if not (isinstance(b, ast.Expr) and isinstance(b.value, ast.Constant))]
                    if node.args.args or node.args.kwonlyargs or len(body) != 1 or not isinstance(body[0], ast.Return):
                        continue
                    value = body[0].value
                else:
                    continue
                if (isinstance(value, ast.Call) and not value.args and not value.keywords
                        and ((isinstance(value.func, ast.Attribute) and value.func.attr in CLOCK_READ
                              and isinstance(value.func.value, ast.Name) and value.func.value.id == "clock")
                             or (isinstance(value.func, ast.Name) and value.func.id in CLOCK_READ))):
                    found.append((rel, node.lineno))
    return [f"{rel}:{n}" for rel, n in sorted(found)]


def test_no_second_name_for_the_clock():
    found = clock_wrappers(ROOT)
    assert not found, "call studio.clock.now() / today() where the time is read, no wrapper:\n" + "\n".join(found)
    for gone in ("now_utc", "utcnow"):
        users = [p.relative_to(ROOT).as_posix() for pkg in ("studio", "ui", "channels", "generators", "localization",
                                                             "bench", "tests")
                 for p in sorted((ROOT / pkg).rglob("*.py"))
                 if p.name != "test_clock.py" and re.search(rf"\b{gone}\b", p.read_text("utf-8"))]
        assert not users, f"{gone} is gone (studio.clock.now): " + ", ".join(users)


def test_a_clock_wrapper_is_found(tmp_path):
    (tmp_path / "studio" / "services").mkdir(parents=True)
    (tmp_path / "studio" / "clock.py").write_text("def now():\n    return datetime.now(UTC)\n", "utf-8")
    (tmp_path / "studio" / "services" / "t.py").write_text(
        "def now_utc():\n    \"\"\"The app's clock.\"\"\"\n    return clock.now()\n"
        "stamp = mapped_column(default=lambda: clock.now())\n"
        "def later(h):\n    return clock.now() + h\n"  # a computation with the time: fine
        "def day():\n    return today()\n", "utf-8")
    assert clock_wrappers(tmp_path) == ["studio/services/t.py:1", "studio/services/t.py:4", "studio/services/t.py:7"]


def test_every_time_column_default_is_the_clock_itself():
    """A callable default stays a callable (``default=clock.now``, never ``clock.now()`` read once at import), and
    every default that stamps a time is studio.clock.now."""
    from sqlalchemy import DateTime

    from studio.storage import models as m
    from studio.storage import models_campaigns, models_creators, models_metrics, models_orders, models_review

    assert models_campaigns and models_creators and models_metrics and models_orders and models_review
    stamped = 0
    for table in m.Base.metadata.tables.values():
        for col in table.columns:
            if not isinstance(col.type, DateTime):
                continue
            for d in (col.default, col.onupdate):
                if d is None:
                    continue
                assert d.is_callable, f"{table.name}.{col.name}: a fixed default time ({d.arg!r})"
                fn = getattr(d.arg, "__wrapped__", d.arg)
                assert fn is clock.now, f"{table.name}.{col.name}: default {fn!r}, not studio.clock.now"
                stamped += 1
    assert stamped >= 36


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
