"""``studio lint --file`` / ``--targets``: exit codes, JSON shape, the span shown to humans."""

from __future__ import annotations

import json

import pytest

from studio.cli.main import main


def _run(capsys, *argv):
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_targets_lists_every_target_with_its_unit(capsys):
    rc, out, _ = _run(capsys, "lint", "--targets")
    assert rc == 0
    for tid in ("x", "tiktok", "amazon-search-terms", "youtube-description", "mercadolibre-title", "shopee-title"):
        assert tid in out
    rc, out, _ = _run(capsys, "lint", "--targets", "--json")
    data = {t["id"]: t for t in json.loads(out)}
    assert data["tiktok"]["unit"] == "utf16" and data["tiktok"]["max"] == 2200


def test_file_with_errors_exits_1_and_json_has_spans(tmp_path, capsys):
    f = tmp_path / "title.txt"
    f.write_text("قميص كتان! الأفضل\n", encoding="utf-8")
    rc, out, _ = _run(capsys, "lint", "--file", str(f), "--target", "amazon-title", "--market", "ar-SA", "--json")
    assert rc == 1
    data = json.loads(out)
    text = "قميص كتان! الأفضل"
    bang = next(x for x in data["findings"] if x["rule_id"] == "amazon.title.banned-chars")
    assert bang["severity"] == "error" and text[bang["start"]:bang["end"]] == "!" and bang["span"] == [9, 10]
    assert bang["fix"] == "" and bang["source"].startswith("platform-specs.md C: Amazon")
    assert data["counts"]["error"] >= 1


def test_warnings_only_exit_0_and_clean_exit_0(tmp_path, capsys):
    f = tmp_path / "cap.txt"
    f.write_text("The best linen shirt for summer", encoding="utf-8")
    rc, out, _ = _run(capsys, "lint", "--file", str(f), "--target", "instagram", "--market", "en-GB")
    assert rc == 0 and "warning" in out and "claims.superlatives" in out
    # the human form shows the span under the line
    line = next(i for i, ln in enumerate(out.splitlines()) if ln.strip() == "The best linen shirt for summer")
    under = out.splitlines()[line + 1]
    first = out.splitlines()[line]
    assert under.strip() == "^" * len("The best") and under.index("^") == first.index("The best")
    f.write_text("A linen shirt for summer", encoding="utf-8")
    rc, out, _ = _run(capsys, "lint", "--file", str(f), "--target", "instagram", "--market", "en-GB")
    assert rc == 0 and "no findings" in out


def test_sponsored_and_ai_flags(tmp_path, capsys):
    f = tmp_path / "cap.txt"
    f.write_text("Linen shirts are back", encoding="utf-8")
    rc, out, _ = _run(capsys, "lint", "--file", str(f), "--target", "tiktok", "--market", "en-GB", "--sponsored",
                      "--ai-generated", "--json")
    ids = {x["rule_id"] for x in json.loads(out)["findings"]}
    # the sponsored switch is the platform's paid-partnership label: a missing tag in the text is a warning (round 6)
    assert rc == 0 and {"disclosure.sponsored", "disclosure.ai-label"} <= ids
    rc, out, _ = _run(capsys, "lint", "--file", str(f), "--target", "tiktok", "--market", "en-GB",
                      "--ai-generated", "--option", "is_aigc=true", "--json")
    assert rc == 0 and not json.loads(out)["findings"]


def test_facts_file_enables_grounding(tmp_path, capsys):
    f = tmp_path / "t.txt"
    f.write_text("Silk shirt, 80 cm long", encoding="utf-8")
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps({"material": "linen", "length": "74 cm"}), encoding="utf-8")
    rc, out, _ = _run(capsys, "lint", "--file", str(f), "--target", "generic", "--market", "en-GB",
                      "--facts", str(facts), "--json")
    ids = [x["rule_id"] for x in json.loads(out)["findings"]]
    assert rc == 1 and "grounding.materials" in ids and "grounding.numbers" in ids


@pytest.mark.parametrize(("argv", "message"), [
    (["--file", "missing.txt", "--target", "x", "--market", "en-US"], "file not found"),
    (["--file", "FILE", "--target", "nope", "--market", "en-US"], "unknown lint target 'nope'"),
    (["--file", "FILE", "--market", "en-US"], "--file needs --target"),
    (["--file", "FILE", "--target", "x", "--market", "xx-ZZ"], "xx-ZZ"),
])
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, argv, message):
    f = tmp_path / "t.txt"
    f.write_text("hello", encoding="utf-8")
    argv = [str(f) if a == "FILE" else a for a in argv]
    rc, _, err = _run(capsys, "lint", *argv)
    assert rc == 2 and message in err and len(err.strip().splitlines()) == 1
