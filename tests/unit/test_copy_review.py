"""tools/copy_review.py: the blind native-reader review (docs/readme/copy.md, "Blind review method"): the plan of
``studio generate`` calls, the import retry with --valid-rows-only, missing pieces with the app's reason, the
deterministic blind shuffle with no commit or findings in the reviewers' files, and the score table (blank scores
unscored, bad scores one line each)."""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("copy_review", ROOT / "tools" / "copy_review.py")
assert _spec and _spec.loader
cr = importlib.util.module_from_spec(_spec)
sys.modules["copy_review"] = cr
_spec.loader.exec_module(cr)

A_COMMIT = "a" * 40
B_COMMIT = "b" * 40


def _piece(product: str, market: str, kind: str, target: str, text: str) -> dict:
    return {"product": product, "title": product.title(), "market": market, "kind": kind, "target": target,
            "content": {"text": text}, "findings": [{"severity": "error", "rule_id": "claims.x", "message": "m"}]}


def _run(commit: str, tag: str) -> dict:
    pieces = [_piece(h, m, k, t, f"{tag} {h} {m} {k}") for h in ("mug", "towel") for m in ("de-DE", "zh-SG")
              for k, t in (("listing", cr.listing_channel(m)), ("caption", "instagram"))]
    return {"commit": commit, "pieces": pieces,
            "missing": [{"product": "lamp", "market": "de-DE", "kind": "listing", "target": "amazon",
                         "reason": "language gate"}] if tag == "B" else []}


def test_plan_groups_markets_by_listing_channel():
    calls = cr.plan_calls(["en-US", "de-DE", "pt-BR", "zh-SG"])
    assert calls == [
        {"markets": ["en-US", "de-DE"], "kinds": ["listing"], "channel": "amazon"},
        {"markets": ["pt-BR"], "kinds": ["listing"], "channel": "mercadolibre"},
        {"markets": ["zh-SG"], "kinds": ["listing"], "channel": "shopee"},
        {"markets": ["en-US", "de-DE", "pt-BR", "zh-SG"], "kinds": ["caption", "video-script"],
         "channel": "instagram"},
    ]
    assert len(cr.expected_pieces(["a", "b"], cr.MARKETS)) == 2 * 8 * 3


def test_import_with_invalid_rows_is_retried_with_valid_rows_only():
    seen: list[list[str]] = []

    def cli(argv):
        seen.append(argv)
        if "--valid-rows-only" in argv:
            return 0, json.dumps({"errors": [{"file": "h.csv", "line": 4, "message": "price is not a number"}]}), ""
        return 2, "", "studio import: 1 error(s) in 1 product(s), nothing imported"

    rec = cr.run_import(cli, "h.csv", {"--valid-rows-only", "--no-download"})
    assert seen == [["import", "h.csv", "--json", "--no-download"],
                    ["import", "h.csv", "--json", "--no-download", "--valid-rows-only"]]
    assert rec["errors"] == ["h.csv:4: price is not a number"] and rec["retry"]["rc"] == 0


def test_refused_call_is_retried_per_market_and_missing_pieces_carry_the_reason():
    def cli(argv):
        markets = argv[argv.index("--markets") + 1].split(",")
        if "xx-XX" in markets:
            return 2, "", "studio generate: unknown market 'xx-XX'"
        errors = [{"item": "mug de-DE caption/instagram", "error": "detected language 'en', not 'de'"}] \
            if "caption" in argv[argv.index("--kinds") + 1] else []
        return (1 if errors else 0), json.dumps({"errors": errors, "draft_ids": []}), ""

    calls = cr.run_generate(cli, ["de-DE", "xx-XX"], 2)
    retried = [c for c in calls if c.get("retried_per_market")]
    assert retried and all(len(c["markets"]) == 2 for c in retried)
    readback = {"products": [{"handle": "mug", "title": "Mug"}], "drafts": [
        {"product": "mug", "market": "de-DE", "kind": k, "target": t, "content": {"text": "x"}, "findings": []}
        for k, t in (("listing", "amazon"), ("video-script", "instagram"))]}
    pieces, missing = cr.collect(readback, calls, ["de-DE", "xx-XX"])
    assert len(pieces) == 2
    reasons = {(m["market"], m["kind"]): m["reason"] for m in missing}
    assert reasons[("de-DE", "caption")] == "detected language 'en', not 'de'"
    assert reasons[("xx-XX", "listing")] == "studio generate: unknown market 'xx-XX'"
    assert len(missing) == 4


def test_blind_is_deterministic_pooled_and_carries_no_commit_or_findings(tmp_path):
    a, b = _run(A_COMMIT, "A"), _run(B_COMMIT, "B")
    first, mapping = cr.blind_pieces(a, b, "6")
    again, _ = cr.blind_pieces(json.loads(json.dumps(a)), b, "6")
    assert first == again
    other, _ = cr.blind_pieces(a, b, "7")
    assert [p["id"] for p in other["de-DE"]] == [p["id"] for p in first["de-DE"]]
    assert [p["content"] for p in other["de-DE"]] != [p["content"] for p in first["de-DE"]]
    # the input order cannot leak: reversing a run's pieces gives the same shuffle
    rev = {**a, "pieces": list(reversed(a["pieces"]))}
    assert cr.blind_pieces(rev, b, "6")[0] == first
    assert sorted(mapping["pieces"]) == [f"P{i:03d}" for i in range(1, 17)]
    assert {v["run"] for v in mapping["pieces"].values()} == {"a", "b"}
    assert mapping["commits"] == {"a": A_COMMIT, "b": B_COMMIT} and len(mapping["missing"]["b"]) == 1

    for name, data in (("a", a), ("b", b)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "pieces.json").write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "rv"
    assert cr.main(["blind", "--a", str(tmp_path / "a"), "--b", str(tmp_path / "b"), "--out", str(out),
                    "--seed", "6"]) == 0
    for f in (out / "blind").iterdir():
        text = f.read_text(encoding="utf-8")
        assert A_COMMIT[:7] not in text and B_COMMIT[:7] not in text
        assert "claims.x" not in text and "Findings" not in text
    md = (out / "blind" / "de-DE.md").read_text(encoding="utf-8")
    assert md.count("## P0") == 8 and "A mug de-DE listing" in md
    rows = list(csv.reader((out / "blind" / "scores_de-DE.csv").read_text(encoding="utf-8").splitlines()))
    assert rows[0] == ["id", "score", "comment"] and [r[0] for r in rows[1:]] == [p["id"] for p in first["de-DE"]]
    assert json.loads((out / "blind_mapping.json").read_text(encoding="utf-8")) == mapping


def test_score_table_blank_is_unscored_and_bad_rows_are_one_line(tmp_path, capsys):
    mapping = {"commits": {"a": A_COMMIT, "b": B_COMMIT}, "missing": {"a": [], "b": [{"product": "lamp"}]},
               "pieces": {"P001": {"run": "a", "market": "de-DE", "kind": "listing"},
                          "P002": {"run": "b", "market": "de-DE", "kind": "listing"},
                          "P003": {"run": "b", "market": "zh-SG", "kind": "caption"},
                          "P004": {"run": "a", "market": "zh-SG", "kind": "caption"}}}
    mp = tmp_path / "blind_mapping.json"
    mp.write_text(json.dumps(mapping), encoding="utf-8")
    one = tmp_path / "scores_de-DE.csv"
    one.write_text("id,score,comment\nP001,2,ok\nP002,4,\n", encoding="utf-8")
    two = tmp_path / "scores_zh-SG.csv"
    two.write_text("id,score,comment\nP003,3,\nP004,,\nP999,1,\nP001,seven,\n", encoding="utf-8")
    assert cr.main(["score", "--mapping", str(mp), "--scores", str(tmp_path / "scores_*.csv")]) == 1
    out, err = capsys.readouterr()
    assert f"| | a ({A_COMMIT[:9]}) | b ({B_COMMIT[:9]}) |" in out
    assert "| all pieces | 2.00 (1) | 3.50 (2) |" in out
    assert "| de-DE | 2.00 (1) | 4.00 (1) |" in out and "| zh-SG | — (0) | 3.00 (1) |" in out
    assert "| caption | — (0) | 3.00 (1) |" in out
    assert "| scores of 3 or more | 0 | 2 |" in out
    assert "| missing pieces (not shown to reviewers) | 0 | 1 |" in out
    assert "unscored (1): P004" in out and "unknown ids (1): P999" in out
    assert err.strip() == f"{two}:5: P001: score 'seven' is not a whole number from 1 to 5"
    # all good: exit 0
    two.write_text("id,score,comment\nP003,3,\nP004,,\n", encoding="utf-8")
    assert cr.main(["score", "--mapping", str(mp), "--scores", str(one), str(two)]) == 0


def test_rendering_shows_the_posted_text_and_lists_missing_pieces():
    content = {"hook": "Hi.", "body": "Linen.", "cta": "Bio.", "text": "Hi.\n\nLinen.\n\nBio.", "hashtags": ["#x"],
               "language": "de"}
    lines = cr.render_content(content)
    assert lines == ["- **text:**", "  > Hi.", "  >", "  > Linen.", "  >", "  > Bio.", "- **hashtags:**", "  - #x"]
    script = {"hook": "H", "scenes": [{"duration": 3.0, "voice_over": "V", "camera": "zoom-in"}], "duration": 15.0}
    assert cr.render_content(script) == ["- **hook:** H", "- **scenes:**", "  - scene 1:", "    - **duration:** 3 s",
                                         "    - **voice_over:** V", "- **duration:** 15 s"]
    md = cr.render_market("de-DE", [_piece("mug", "de-DE", "listing", "amazon", "T")],
                          [{"product": "lamp", "kind": "caption", "target": "instagram", "reason": "language gate"}],
                          ["h.csv:4: price is not a number"])
    assert "**Import errors**" in md and "- error claims.x: m" in md
    assert "## MISSING: lamp — caption / instagram" in md and "The app's reason: language gate" in md


def test_bad_input_is_one_line(tmp_path, capsys):
    assert cr.main(["generate", "--csv", str(tmp_path / "nope.csv"), "--at", "HEAD", "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err.strip() == f"copy_review generate: CSV not found: {tmp_path / 'nope.csv'}"
    assert cr.main(["blind", "--a", str(tmp_path), "--b", str(tmp_path), "--out", str(tmp_path)]) == 2
    assert "no pieces.json" in capsys.readouterr().err
