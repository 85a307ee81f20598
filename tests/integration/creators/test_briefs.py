"""Creator briefs from the sample catalog: the disclosure lines per market × platform match the cited table's
oracle, key facts are grounded and checked, the PDF and the messaging text are written inside the folder."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from studio.domain import StudioError
from studio.services import briefs, catalog, creators
from tests.integration.creators.conftest import STORE

# market, platform → what the creator must read (market language) and the control to switch on
DONE_WHEN = [
    ("ar-SA", "instagram", "إعلان", "Paid partnership"),
    ("ar-AE", "tiktok", "إعلان", "Branded content"),
    ("th-TH", "tiktok", "โฆษณา", "Branded content"),
    ("de-DE", "instagram", "Anzeige", "Paid partnership"),
    ("ja-JP", "youtube", "広告", "Includes paid promotion"),
    ("en-US", "tiktok", "#ad", "Branded content"),
]
START_LINE = {"ar": "ابدأ المنشور بكلمة", "th": "ขึ้นต้นโพสต์ด้วย", "de": "Beginne den Beitrag mit", "ja": "投稿の冒頭に",
              "en": "Start the post with"}


@pytest.mark.parametrize("market,platform,label,control", DONE_WHEN)
def test_brief_disclosure_matches_the_market(seeded, tmp_path, market, platform, label, control):
    db, product, lina = seeded
    b = briefs.build_brief(db, briefs.BriefRequest(product="ceramic-bud-vase", market=market, creator="Lina K.",
                                                   platform=platform, store_url=STORE))
    files = briefs.export_brief(b, tmp_path / "out")
    lang = market.split("-")[0]
    text = (tmp_path / "out" / files["text"].split("/")[-1]).read_text(encoding="utf-8")
    first = b.data["disclosure"]["lines"][0]
    assert first.startswith(START_LINE[lang]) and label in first
    assert control in b.data["disclosure"]["lines"][-1]
    assert first in text and b.data["disclosure"]["label"] == label
    # the sample caption a creator may adapt opens with the disclosure and passes the sponsored check
    sample = b.data["sample_caption"]
    assert sample["text"].startswith(label)
    assert not [f for f in sample["findings"] if f["rule"] == "disclosure.sponsored"]
    # the personal link carries the creator's opaque ref, not the name
    assert f"utm_content={lina.ref}" in b.data["link"] and "utm_medium=creator" in b.data["link"]
    assert "lina" not in b.data["link"].lower().replace(lina.ref, "")
    # the PDF is a real PDF; where poppler is installed its text holds the disclosure word
    pdf = tmp_path / "out" / files["pdf"].split("/")[-1]
    raw = pdf.read_bytes()
    assert raw.startswith(b"%PDF")
    # the market's script is set in its own face (embedded), not left to a Latin font's missing glyphs
    face = {"ar": b"Arabic", "th": b"Thai", "ja": b"CJK"}.get(lang)
    if face:
        assert any(face in chunk for chunk in raw.split(b"/BaseFont /")[1:])
    if shutil.which("pdftotext") and lang in ("de", "en", "ja"):
        out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert label in out
    assert b.id is not None and creators.briefs_of(db, lina.id)[-1]["market"] == market


def test_key_facts_are_the_products_and_a_claim_the_checks_refuse_is_left_out(seeded):
    db, product, _ = seeded
    catalog.set_fact(db, product.id, "benefit", "cures back pain in 3 days")
    b = briefs.build_brief(db, briefs.BriefRequest(product="ceramic-bud-vase", market="en-US", creator="Lina K.",
                                                   platform="instagram", store_url=STORE, sample_caption=False))
    facts_text = " ".join(b.data["key_facts"])
    assert "640 g" in facts_text  # the sample's weight fact
    assert "back pain" not in facts_text
    assert any("back pain" in lo["text"] and lo["reasons"] for lo in b.data["left_out"])


def test_brief_in_a_language_without_strings_says_what_stays_in_english(seeded):
    db, _, _ = seeded
    b = briefs.build_brief(db, briefs.BriefRequest(product="ceramic-bud-vase", market="vi-VN", creator="Lina K.",
                                                   platform="tiktok", store_url=STORE, sample_caption=False))
    assert b.data["language"] == "en"
    assert any("headings" in p for p in b.data["seller_language_parts"])


def test_bad_input_is_refused_with_a_reason(seeded):
    db, _, _ = seeded
    base = dict(product="ceramic-bud-vase", market="de-DE", creator="Lina K.", store_url=STORE, sample_caption=False)
    with pytest.raises(StudioError, match="no disclosure row"):
        briefs.build_brief(db, briefs.BriefRequest(**{**base, "platform": "myspace"}))
    with pytest.raises(StudioError, match="discount code"):
        briefs.build_brief(db, briefs.BriefRequest(**{**base, "discount_code": "=1+1"}))
    with pytest.raises(StudioError, match="no creator named"):
        briefs.build_brief(db, briefs.BriefRequest(**{**base, "creator": "Nobody"}))
    from datetime import date

    with pytest.raises(StudioError, match="before it starts"):
        briefs.build_brief(db, briefs.BriefRequest(**{**base, "starts_on": date(2026, 12, 20),
                                                      "ends_on": date(2026, 12, 10)}))


def test_hostile_names_stay_inside_the_folder_and_csv_is_formula_safe(seeded, tmp_path):
    db, _, _ = seeded
    evil = creators.add_creator(db, '=HYPERLINK("http://evil")', platforms=["x:../../@x"])
    dots = creators.add_creator(db, "../../../etc/cron.d/x", platforms=["tiktok:@p"])
    briefs.build_brief(db, briefs.BriefRequest(product="ceramic-bud-vase", market="en-US", creator=evil.name,
                                               platform="x", store_url=STORE, sample_caption=False,
                                               discount_code="EVIL10"))
    out = tmp_path / "export"
    for c in (evil, dots):
        r = creators.export_creator(db, c.name, out)
        for key in ("json", "csv"):
            assert (out.resolve() in __import__("pathlib").Path(r[key]).resolve().parents)
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 4 and all("/" not in f and not f.startswith(".") for f in files)
    csv_text = next(p for p in out.iterdir() if "HYPERLINK" in p.name and p.suffix == ".csv").read_text(
        encoding="utf-8-sig")
    assert "HYPERLINK" in csv_text and "\n=" not in csv_text and ",=" not in csv_text and '\n"=' not in csv_text
    data = json.loads(next(p for p in out.iterdir() if "HYPERLINK" in p.name and p.suffix == ".json").read_text())
    assert data["creator"]["name"] == evil.name and data["briefs"][0]["discount_code"] == "EVIL10"


def test_export_then_delete_leaves_nothing(seeded, tmp_path):
    db, _, lina = seeded
    briefs.build_brief(db, briefs.BriefRequest(product="ceramic-bud-vase", market="de-DE", creator="Lina K.",
                                               store_url=STORE, sample_caption=False))
    r = creators.export_creator(db, "Lina K.", tmp_path)
    data = json.loads(Path(r["json"]).read_text(encoding="utf-8"))
    assert data["creator"]["audience_notes"] == "beauty fans, mostly 18-30" and len(data["briefs"]) == 1
    s = creators.delete_creator(db, "lina k.")
    assert s.deleted == (lina.id,) and "1 brief" in s.message
    with pytest.raises(StudioError):
        creators.get_creator(db, "Lina K.")
    from sqlalchemy import func, select

    from studio.storage import models_creators as mc

    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(mc.CreatorBrief)) == 0


def test_roster_validation(seeded):
    db, _, _ = seeded
    with pytest.raises(StudioError, match="already on the roster"):
        creators.add_creator(db, "lina k.")
    with pytest.raises(StudioError, match="PLATFORM:HANDLE"):
        creators.add_creator(db, "Max", platforms=["@max"])
    with pytest.raises(StudioError, match="market"):
        creators.add_creator(db, "Max", markets=["xx-YY"])
    with pytest.raises(StudioError, match="empty"):
        creators.add_creator(db, "   ")
    spoof = creators.add_creator(db, "Max\u202egnp.exe", platforms=["tiktok:@\u2067max"])
    assert spoof.name == "Maxgnp.exe" and spoof.handle("tiktok") == "@max"
    c = creators.update_creator(db, "Lina K.", platforms=["youtube:@linak"], markets=["ja-JP"])
    assert c.handle("youtube") == "@linak" and c.handle("tiktok") == "@lina" and c.markets == ("ja-JP",)
    assert [x.name for x in creators.list_creators(db, "@lina.k")] == ["Lina K."]


def test_a_studio_campaign_gives_the_brief_its_code_dates_and_festival(seeded):
    from studio.services import campaigns

    db, _, _ = seeded
    c = campaigns.create_campaign(db, "11.11 TH", festival="11-11", markets=["th-TH"], products=["ceramic-bud-vase"],
                                  channels=["tiktok"], offer={"discount_percent": 11, "code": "ELEVEN11"})
    b = briefs.build_brief(db, briefs.BriefRequest(product="ceramic-bud-vase", market="th-TH", creator="Lina K.",
                                                   platform="tiktok", store_url=STORE, sample_caption=False,
                                                   campaign="11.11 TH"))
    assert b.data["discount_code"] == "ELEVEN11"
    assert b.data["dates"]["ends_on"] == c.ends_on.isoformat()
    assert b.data["angles"][0].startswith("แคมเปญ: 11.11 TH")  # the label in the market language
    assert "utm_campaign=11-11-th-th-th&" in b.data["link"]  # slug of "11.11 TH" + "-th-TH"


def test_a_symlink_in_the_folder_cannot_redirect_the_brief(seeded, tmp_path):
    from studio.safepath import UnsafePath

    db, _, _ = seeded
    outside = tmp_path / "outside.pdf"
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "brief-ceramic-bud-vase-en-US-x.txt").symlink_to(outside)
    b = briefs.build_brief(db, briefs.BriefRequest(product="ceramic-bud-vase", market="en-US", creator="Lina K.",
                                                   platform="x", store_url=STORE, sample_caption=False))
    with pytest.raises(UnsafePath):
        briefs.export_brief(b, folder)
    assert not outside.exists()


def test_roster_import_from_a_hostile_sheet(seeded, tmp_path):
    db, _, _ = seeded
    f = tmp_path / "roster.csv"
    f.write_text('name,platforms,markets,notes\n'
                 '"=HYPERLINK(""http://evil"",""x"")",tiktok:@evil,th-TH,gamers\n'
                 "Ana P.,instagram:@ana; tiktok:@anap,es-MX; pt-BR,\"home, 25-40\"\n", encoding="utf-8")
    r = creators.import_creators(db, f)
    assert r["added"] == 2
    ana = creators.get_creator(db, "Ana P.")
    assert ana.markets == ("es-MX", "pt-BR") and ana.handle("tiktok") == "@anap"
    evil = creators.get_creator(db, '=HYPERLINK("http://evil","x")')  # stored as text
    briefs.build_brief(db, briefs.BriefRequest(product="ceramic-bud-vase", market="th-TH", creator=evil.name,
                                               platform="tiktok", store_url=STORE, sample_caption=False))
    csv_text = Path(creators.export_creator(db, evil.name, tmp_path / "x")["csv"]).read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in csv_text and "\n=HYPERLINK" not in csv_text
    bad = tmp_path / "bad.csv"
    bad.write_text("name,platforms,markets\nMia,@mia,de-DE\nNoa,tiktok:@noa,xx-YY\n", encoding="utf-8")
    with pytest.raises(StudioError, match=r"bad.csv:2: .*PLATFORM:HANDLE.*nothing was imported"):
        creators.import_creators(db, bad)
    again = tmp_path / "again.csv"
    again.write_text("name\nana p.\n", encoding="utf-8")
    with pytest.raises(StudioError, match="already on the roster: ana p."):
        creators.import_creators(db, again)
    assert {c.name for c in creators.list_creators(db)} == {"Lina K.", "Ana P.", evil.name}
