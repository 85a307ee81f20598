"""Share texts per messaging app and the CLI (studio brief, studio creators, studio share) with --json and
one-line reasons."""

from __future__ import annotations

import json

import pytest

from studio.cli.main import main
from studio.domain import StudioError
from studio.services import share
from tests.integration.creators.conftest import STORE


def test_share_texts_follow_each_apps_conventions(seeded):
    db, _, _ = seeded
    texts = {t.app: t for t in share.share_texts(db, "ceramic-bud-vase", "th-TH", store_url=STORE)}
    assert set(texts) == {"whatsapp", "line", "wechat", "telegram", "messenger"}
    assert "*เซรามิก แจกันดอกไม้เล็ก*" in texts["whatsapp"].text  # WhatsApp renders *bold*; the name in Thai
    assert "**เซรามิก แจกันดอกไม้เล็ก**" in texts["telegram"].text
    assert "*" not in texts["line"].text and "*" not in texts["messenger"].text  # plain text apps
    assert "👉" not in texts["wechat"].text and texts["wechat"].notes
    for t in texts.values():
        assert "utm_medium=share" in t.link and f"utm_source={t.app}" in t.link
        assert t.link in t.text.replace("\u2068", "").replace("\u2069", "")
        assert t.text.startswith("ลองดูนี่สิ")
        assert len(t.text.split("\n")[0]) <= share.APPS[t.app].max_text + 4
    assert texts["whatsapp"].share_url.startswith("https://wa.me/?text=")
    assert texts["telegram"].share_url.startswith("https://t.me/share/url?url=https%3A%2F%2Fshop.example.com")
    with pytest.raises(StudioError, match="not one of"):
        share.share_texts(db, "ceramic-bud-vase", "th-TH", apps=["signal"], store_url=STORE)


def test_cli_brief_creators_share(seeded, tmp_path, capsys):
    assert main(["creators", "add", "Max R.", "--platform", "tiktok:@maxr", "--markets", "ja-JP", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["name"] == "Max R."
    assert main(["creators", "list", "--json"]) == 0
    assert {c["name"] for c in json.loads(capsys.readouterr().out)} == {"Lina K.", "Max R."}
    assert main(["brief", "--product", "ceramic-bud-vase", "--market", "ja-JP", "--creator", "Max R.",
                 "--out", str(tmp_path / "b"), "--store-url", STORE, "--no-sample", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["disclosure"]["label"] == "広告" and out["disclosure"]["control"] == "Branded content"
    assert (tmp_path / "b").is_dir() and out["files"]["pdf"].endswith(".pdf")
    assert main(["creators", "show", "Max R.", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert len(shown["briefs"]) == 1 and shown["performance"]["orders"] is None
    assert main(["creators", "export", "Max R.", "--out", str(tmp_path / "e"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["briefs"] == 1
    assert main(["share", "--product", "ceramic-bud-vase", "--market", "de-DE", "--app", "whatsapp",
                 "--store-url", STORE, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["app"] == "whatsapp"
    assert main(["creators", "delete", "Max R."]) == 0
    capsys.readouterr()
    # one-line reasons, non-zero exits
    assert main(["brief", "--product", "ceramic-bud-vase", "--market", "ja-JP"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "--creator" in err and "--out" in err
    assert main(["creators", "show", "Max R."]) == 2
    assert "no creator named" in capsys.readouterr().err
    assert main(["brief", "--product", "ceramic-bud-vase", "--market", "ja-JP", "--creator", "Lina K.",
                 "--out", str(tmp_path), "--starts", "12/10/2026", "--store-url", STORE]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert main(["creators", "export", "Lina K."]) == 2
    assert "--out" in capsys.readouterr().err


def test_cli_creators_import(seeded, tmp_path, capsys):
    f = tmp_path / "roster.csv"
    f.write_text("name,platforms,markets,notes\nAna P.,instagram:@ana,es-MX,home\n", encoding="utf-8")
    assert main(["creators", "import", str(f), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["creators"] == ["Ana P."]
    assert main(["creators", "import", str(f)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already on the roster" in err
    assert main(["creators", "import", str(tmp_path / "missing.csv")]) == 2
    assert "missing.csv" in capsys.readouterr().err


def test_share_texts_speak_the_markets_price_and_language(seeded):
    """Finding 6 (walkthrough s14): ar-SA and th-TH share texts quoted '٣٤٫٠٠ €' / '€34.00', kept the English
    name and half-English facts. Now: the market's own price or none (with a note), the name and a fact wholly in
    the market's language, or the listing's title with a note saying there is no local name."""
    import regex
    from sqlalchemy import select

    from studio.storage import models as m

    db, product, _ = seeded
    for tag, cur in (("ar-SA", "SAR"), ("th-TH", "THB")):
        t = share.share_texts(db, "ceramic-bud-vase", tag, apps=["line"], store_url=STORE)[0]
        first = t.text.split("\n")[0]
        assert "€" not in first and "EUR" not in first
        assert not regex.search(r"\p{Latin}{3,}", first.replace("cm", "")), first  # no 'matte exterior'
        assert any(f"no {cur} price for {tag}" in n for n in t.notes)
    dress = share.share_texts(db, "linen-wrap-dress", "ar-SA", apps=["line"], store_url=STORE)[0]
    assert any("no ar name for 'Linen Wrap Dress'" in n for n in dress.notes)
    # the catalog's own Thai price is quoted, in baht
    with db.session() as s:
        for v in s.scalars(select(m.Variant).where(m.Variant.product_id == product.id)):
            v.market_prices = {**(v.market_prices or {}), "Thailand": "990"}
    t = share.share_texts(db, "ceramic-bud-vase", "th-TH", apps=["line"], store_url=STORE)[0]
    assert "990" in t.text.split("\n")[0] and "฿" in t.text and not any("price" in n for n in t.notes)
