"""``studio markets`` CLI and the demo step."""

from __future__ import annotations

import json

from studio.cli.main import main
from tests.support.textnorm import fold_spaces as nb


def test_markets_json_lists_registry(capsys):
    assert main(["markets", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_tag = {r["tag"]: r for r in rows}
    assert len({r["country"] for r in rows}) >= 30
    assert by_tag["ar-SA"]["direction"] == "rtl" and by_tag["ar-SA"]["currency"] == "SAR"
    assert by_tag["en-US"]["measurement"] == "imperial" and "instagram" in by_tag["en-US"]["channels"]


def test_markets_show_and_festivals(capsys):
    assert main(["markets", "show", "es-MX", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tag"] == "es-MX" and data["examples"]["price_cross_border"] == "MX$1,234.50"
    assert any(f["id"] == "buen-fin" for f in data["festivals"])
    assert main(["markets", "show", "th-TH"]) == 0
    assert "Songkran" in capsys.readouterr().out
    assert main(["markets", "festivals", "ar-SA", "--from", "2026-02-01", "--days", "60", "--json"]) == 0
    ids = [f["id"] for f in json.loads(capsys.readouterr().out)]
    assert ids == ["ramadan", "saudi-founding-day", "eid-al-fitr"]


def test_markets_errors_are_one_line(capsys):
    assert main(["markets", "show", "xx-YY"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("studio markets: unknown market 'xx-YY'") and err.count("\n") == 1
    assert main(["markets", "show"]) == 2
    assert main(["markets", "festivals", "de-DE", "--from", "tomorrow"]) == 2


def test_demo_step_formats_four_markets(tmp_path):
    from studio.services.demo import DemoContext
    from studio.services.demo_steps import markets as step

    ctx = DemoContext(db=None, out=tmp_path)
    details = step.run(ctx)
    assert "built-in example" in (tmp_path / "size-charts.txt").read_text(encoding="utf-8")
    assert details["markets_in_registry"] >= 30
    assert nb("1.299,90\xa0€") in nb(details["de-DE"]) and "١٬٢٩٩٫٩٠" in details["ar-SA"]
    assert "2026" in details["th-TH"] and json.loads((tmp_path / "markets.json").read_text(encoding="utf-8"))


def test_markets_set_and_reset(capsys, studio_home):
    from localization.markets import get_market

    assert main(["markets", "set", "de-DE", "channels=instagram,pinterest", "culture.tone=Du-Form"]) == 0
    m = get_market("de-DE")
    assert m.channels == ("instagram", "pinterest") and m.culture["tone"] == "Du-Form" and m.overridden
    assert "markets.json" in capsys.readouterr().out
    assert main(["markets", "set", "de-DE", "direction=sideways"]) == 2
    assert "direction" in capsys.readouterr().err
    assert main(["markets", "set", "de-DE", "nonsense"]) == 2
    assert main(["markets", "reset", "de-DE", "--json"]) == 0
    assert not get_market("de-DE").overridden


def test_demo_step_reads_the_sample_size_chart(sqlite_db, tmp_path):
    from studio.services.demo import DemoContext
    from studio.services.demo_steps import markets as step
    from studio.services.sample import import_sample

    import_sample(sqlite_db)
    details = step.run(DemoContext(db=sqlite_db, out=tmp_path))
    text = (tmp_path / "size-charts.txt").read_text(encoding="utf-8")
    assert details["size_charts"].endswith("size-charts.txt")
    assert "catalog fact size_chart of linen-wrap-dress" in text and "[ja-JP]" in text and "in (" in text
