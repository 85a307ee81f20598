"""`studio import` in text mode keeps the "what to do" of every error and warning line it prints — the hint that
--json and the app's import dialog show (s21: the grouped warning lines and the report dropped it)."""

from __future__ import annotations

import json

from studio.cli.main import main
from studio.importers.report import format_report


def _run(capsys, *argv):
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out + out.err


def test_import_text_lines_keep_the_hint(db, capsys, tmp_path):
    f = tmp_path / "bad.csv"  # two errors (a price, a missing title) and a warning (a variant written twice)
    f.write_text("Handle,Title,Variant SKU,Variant Price\na,A,A-1,abc\nb,B,B-1,12\nb,B2,B-1,13\nc,,C-1,5\n",
                 encoding="utf-8")
    rc, out = _run(capsys, "import", str(f), "--dry-run", "--json")
    data = json.loads(out)
    shown = [it for g in (data["report"].get("warnings") or {}).values() for it in g["items"][:3]]
    shown += [e for e in data["errors"]]
    hinted = [it for it in shown if it.get("hint")]
    assert len(hinted) >= 3, "the file gives two errors and warnings, each with what to do"
    rc, text = _run(capsys, "import", str(f), "--dry-run")
    lines = text.splitlines()
    for it in hinted:
        line = next(ln for ln in lines if it["message"] in ln)
        assert line.rstrip().endswith(f"— {it['hint']}"), (line, it["hint"])
    report = format_report(data["report"], per_kind=3)
    for it in hinted[:1]:  # the warning (the report lists warnings and errors by kind)
        assert f"{it['message']} — {it['hint']}" in report
