"""Insights sample data (walkthrough defect 2): marked as sample, kept out of the Review queue and Home, and
"Remove sample data" deletes exactly what the load added — every table's row count is as before."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from studio.services import home, review, sample
from studio.services.insights_sample import describe, load_sample, present, remove_sample
from studio.storage import models as m


def _counts(db) -> dict[str, int]:
    with db.session() as s:
        return {t.name: int(s.scalar(select(func.count()).select_from(t)) or 0)
                for t in m.Base.metadata.sorted_tables}


def test_load_then_remove_leaves_every_table_as_before(sqlite_db):
    db = sqlite_db
    sample.import_sample(db)
    before = _counts(db)
    awaiting_before = len(review.queue(db))
    info = describe(db, products=2)
    assert not info["present"] and info["drafts"] == 2 * 2 * 2 and info["accounts"] == ["sample-instagram",
                                                                                         "sample-tiktok"]
    res = load_sample(db, products=2, now=datetime(2026, 11, 30, tzinfo=UTC))
    assert res["created"] and present(db)
    after = _counts(db)
    assert after["posts"] > before["posts"] and after["drafts"] == before["drafts"] + 8
    # sample drafts are approved variants: none waits in the Review queue or counts on Home
    assert len(review.queue(db)) == awaiting_before
    summ = home.summary(db, accounts=True)
    assert summ.awaiting_total == awaiting_before
    assert not [i for i in summ.account_issues if i.name.startswith("sample-")]
    assert summ.accounts == 0  # Home's "No channel accounts yet" stays true: the sample accounts are not the user's
    with db.session() as s:
        assert {d.variant for d in s.scalars(select(m.Draft).where(m.Draft.status == "approved"))} == {"sample"}
    out = remove_sample(db)
    assert out["removed"] and not present(db)
    assert _counts(db) == before


def test_cli_load_and_remove_sample(capsys, sqlite_db):
    from studio.cli.main import main

    rc = main(["insights", "remove-sample"])
    err = capsys.readouterr().err
    assert rc != 0 and "no sample data" in err and len(err.strip().splitlines()) == 1
    assert main(["insights", "load-sample"]) != 0 and "catalog is empty" in capsys.readouterr().err
    sample.import_sample(sqlite_db)
    before = _counts(sqlite_db)
    assert main(["insights", "load-sample", "--json"]) == 0
    capsys.readouterr()
    assert main(["insights", "load-sample"]) != 0 and "loaded already" in capsys.readouterr().err
    assert main(["insights", "remove-sample", "--json"]) == 0
    assert '"removed": true' in capsys.readouterr().out
    assert _counts(sqlite_db) == before
