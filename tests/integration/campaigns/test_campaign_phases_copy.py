"""Finding 10 (walkthrough s14): teaser, launch, reminder, live and last call of one product and channel were word
for word the same (only the emoji changed). The offline writer now shapes the hook per phase in every language it
has (assets/phrasebanks/prose/campaign_phases.json) and the reminder says until when the offer runs; the last call
states the offer's real end date, and no phase draws an error finding (no invented urgency)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.services import campaigns, drafts, sample

BANK = Path(__file__).resolve().parents[3] / "assets" / "phrasebanks" / "prose" / "campaign_phases.json"


@pytest.mark.parametrize(("festival", "market", "end"), [("11-11", "th-TH", "11 พฤศจิกายน"),
                                                         ("ramadan", "ar-SA", "٩ مارس"),
                                                         ("black-friday", "de-DE", "26. November")])
def test_each_phase_reads_differently(sqlite_db, festival, market, end):
    db = sqlite_db
    sample.import_sample(db)
    campaigns.create_campaign(db, "c", festival=festival, markets=[market], products=["ceramic-bud-vase"],
                              channels=["instagram"], offer={"discount_percent": 20, "code": "SALE27"})
    campaigns.plan(db, "c")
    assert campaigns.generate(db, "c").failed == 0
    texts = {}
    for i in campaigns.get_campaign(db, "c").items:
        d = drafts.get_draft(db, i.draft_id)
        assert not [f for f in d.latest.checks if f["severity"] == "error"], d.latest.checks
        texts[(i.phase, i.step)] = d.latest.content["text"]
    firsts = {k: t.splitlines()[0] for k, t in texts.items()}
    assert len(set(firsts.values())) == len(firsts), firsts  # every phase has its own first line
    assert end in firsts[("last-call", 1)]  # the real end date, in the market's form
    assert texts[("reminder", 1)] != texts[("launch", 1)]


def test_phase_bank_covers_every_language_of_the_writer():
    from generators.copy.phrasebank import supported_languages as languages

    bank = {k: v for k, v in json.loads(BANK.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    for lang in languages():
        assert set(bank.get(lang, {})) == {"teaser1", "teaser2", "launch", "reminder", "live", "last-call", "until"}, lang
    scarce = ("only", "left", "hurry", "sold out", "limited")
    assert not [p for p in bank["en"].values() if any(w in p.lower() for w in scarce)]
