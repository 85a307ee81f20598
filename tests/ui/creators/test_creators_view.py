"""The Creators section: add a creator from the dialog, preview and export a brief whose disclosure matches the
market (ar-SA, de-DE), write share texts and copy one, export the creator's data and delete them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from studio.services import sample


@pytest.fixture
def ctx(sqlite_db, qapp):
    from studio.settings import Settings
    from ui.context import AppContext, ChangeBus
    from ui.tasks import TaskRunner

    sample.import_sample(sqlite_db)
    settings = Settings()
    settings.set("livestream.store_url", "https://shop.example.com")
    tasks = TaskRunner()
    c = AppContext(db=sqlite_db, settings=settings, tasks=tasks, bus=ChangeBus())
    yield c
    tasks.shutdown(wait=True)
    qapp.processEvents()


def test_creators_view_end_to_end(ctx, qtbot, tmp_path, monkeypatch):
    for key in ("STUDIO_LLM_BASE_URL", "STUDIO_LLM_MODEL", "STUDIO_LLM_API_KEY"):
        monkeypatch.delenv(key, raising=False)
    from ui.creators.dialogs import CreatorDialog
    from ui.creators.view import CreatorsView

    view = CreatorsView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.product.count() > 0, timeout=30000)
    assert "No creators yet" in view.status.text()

    view.add_dialog()
    dlg = view.dialog
    assert isinstance(dlg, CreatorDialog)
    dlg.name.setText("Lina K.")
    dlg.platforms.setText("instagram:@lina.k, tiktok:@lina")
    dlg.markets.setText("ar-SA, de-DE")
    dlg.notes.setPlainText("beauty, 18-30")
    with qtbot.waitSignal(view.done, timeout=30000):
        dlg.accept()
    qtbot.waitUntil(lambda: view.current is not None and view.current.name == "Lina K.", timeout=30000)
    assert view.list.count() == 1 and view.market.currentData() == "ar-SA"
    assert view.platform.currentData() == "instagram"

    with qtbot.waitSignal(view.done, timeout=60000) as sig:
        view.preview()
    assert sig.args == ["preview"]
    text = view.brief_text.toPlainText()
    assert "إعلان" in text and "Paid partnership" in text
    assert "إعلان" in view.status.text()

    view.market.setCurrentIndex(view.market.findData("de-DE"))
    with qtbot.waitSignal(view.done, timeout=60000):
        view.export_brief(str(tmp_path / "briefs"))
    assert "Beginne den Beitrag mit: Anzeige" in view.brief_text.toPlainText()
    assert view.last_files["pdf"].endswith("de-DE-instagram.pdf")
    view.copy_brief()
    assert QGuiApplication.clipboard().text().startswith("Creator-Briefing")
    qtbot.waitUntil(lambda: view.current is not None and view.current.briefs == 1, timeout=30000)
    assert view.sent.count() == 1 and "de-DE · instagram" in view.sent.item(0).text()

    view.app.setCurrentIndex(view.app.findData("whatsapp"))
    with qtbot.waitSignal(view.done, timeout=60000):
        view.write_share()
    assert "utm_source=whatsapp" in view.share_text.toPlainText()
    view.app.setCurrentIndex(view.app.findData("telegram"))
    assert "**" in view.share_text.toPlainText()
    view.copy_share()
    assert "utm_source=telegram" in QGuiApplication.clipboard().text()

    with qtbot.waitSignal(view.done, timeout=30000):
        view.export_data(str(tmp_path / "data"))
    exported = json.loads(Path(view.last_files["json"]).read_text(encoding="utf-8"))
    assert exported["creator"]["audience_notes"] == "beauty, 18-30" and len(exported["briefs"]) == 1

    with qtbot.waitSignal(view.done, timeout=30000):
        view.delete(confirm=False)
    qtbot.waitUntil(lambda: view.list.count() == 0, timeout=30000)
    assert view.current is None


def test_bad_creator_input_shows_a_reason(ctx, qtbot):
    from ui.creators.view import CreatorsView

    view = CreatorsView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.product.count() > 0, timeout=30000)
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.save(name="Max", platforms=["@max"], markets=[], audience_notes="")
    assert "PLATFORM:HANDLE" in view.status.text()
    assert view.list.count() == 0


def test_brief_uses_a_campaign_picked_in_the_view(ctx, qtbot):
    from studio.services import campaigns, creators
    from ui.creators.view import CreatorsView

    campaigns.create_campaign(ctx.db, "Ramadan 2027", festival="ramadan", markets=["ar-SA"],
                              products=["ceramic-bud-vase"], channels=["instagram"],
                              offer={"discount_percent": 20, "code": "RAMADAN27"})
    creators.add_creator(ctx.db, "Lina K.", platforms=["instagram:@lina.k"], markets=["ar-SA"])
    view = CreatorsView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.current is not None and view.campaign.count() > 1, timeout=30000)
    assert view.campaign.findText("Ramadan 2027") > 0
    view.campaign.setCurrentIndex(view.campaign.findText("Ramadan 2027"))
    view.product.setCurrentIndex(view.product.findData("ceramic-bud-vase"))
    with qtbot.waitSignal(view.done, timeout=60000):
        view.preview()
    text = view.brief_text.toPlainText()
    assert "RAMADAN27" in text and "Ramadan" in text and "utm_campaign=ramadan-2027-ar-sa" in text


def test_import_a_roster_csv_and_a_bad_one(ctx, qtbot, tmp_path):
    from ui.creators.view import CreatorsView

    view = CreatorsView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.product.count() > 0, timeout=30000)
    good = tmp_path / "roster.csv"
    good.write_text("name,platforms,markets\nAna P.,tiktok:@anap,es-MX\nKen T.,youtube:@kent,ja-JP\n", encoding="utf-8")
    with qtbot.waitSignal(view.done, timeout=30000):
        view.import_csv(str(good))
    qtbot.waitUntil(lambda: view.list.count() == 2, timeout=30000)
    assert "Imported 2 creators" in view.status.text()
    bad = tmp_path / "bad.csv"
    bad.write_text("name,markets\nZed,xx-YY\n", encoding="utf-8")
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.import_csv(str(bad))
    assert "bad.csv:2" in view.status.text() and view.list.count() == 2


def test_the_market_picked_stays_after_export(ctx, qtbot, tmp_path):
    """A reload after Export (it records the brief) keeps the market the user picked: it went back to the creator's
    first market, so the next Export wrote the other market's brief (walkthrough of issue 21)."""
    from studio.services import creators
    from ui.creators.view import CreatorsView

    creators.add_creator(ctx.db, "Lina K.", platforms=["tiktok:@lina"], markets=["ar-SA", "th-TH"])
    view = CreatorsView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.current is not None and view.market.currentData() == "ar-SA", timeout=30000)
    view.market.setCurrentIndex(view.market.findData("th-TH"))
    for n in (1, 2):
        with qtbot.waitSignal(view.done, timeout=60000):
            view.export_brief(str(tmp_path / f"briefs{n}"))
        qtbot.waitUntil(lambda n=n: view.current is not None and view.current.briefs == n, timeout=30000)
        assert view.market.currentData() == "th-TH"
        assert view.last_files["pdf"].endswith("th-TH-tiktok.pdf")
        assert "ขึ้นต้นโพสต์ด้วย: โฆษณา" in view.brief_text.toPlainText()


def test_brief_markets_offer_the_creators_and_the_campaigns_first(ctx, qtbot):
    """Finding 7 (walkthrough s14): the market list offered all 39 markets in a flat list, and a th-TH brief took
    the ar-SA/ar-AE campaign's code. Now the creator's markets come first, then the campaign's, and a market
    outside the campaign is refused with its reason."""
    from studio.services import campaigns, creators
    from ui.creators.view import CreatorsView

    campaigns.create_campaign(ctx.db, "Walk Ramadan", festival="ramadan", markets=["ar-SA", "ar-AE"],
                              products=["ceramic-bud-vase"], channels=["instagram"], offer={"code": "RAMADAN27"})
    creators.add_creator(ctx.db, "Lina K.", platforms=["tiktok:@lina"], markets=["th-TH", "ar-SA"])
    view = CreatorsView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.current is not None and view.campaign.count() > 1, timeout=30000)
    tags = [view.market.itemData(i) for i in range(view.market.count())]
    assert tags[:2] == ["th-TH", "ar-SA"] and tags[2] is None  # the creator's, a separator, then the rest
    view.campaign.setCurrentIndex(view.campaign.findText("Walk Ramadan"))
    tags = [view.market.itemData(i) for i in range(view.market.count())]
    assert tags[:3] == ["th-TH", "ar-SA", "ar-AE"] and tags[3] is None
    view.market.setCurrentIndex(view.market.findData("th-TH"))
    view.product.setCurrentIndex(view.product.findData("ceramic-bud-vase"))
    view.preview()
    qtbot.waitUntil(lambda: "not th-TH" in view.status.text(), timeout=60000)
    assert "RAMADAN27" not in view.brief_text.toPlainText()


def test_brief_preview_scrolls_with_the_keyboard(ctx, qtbot):
    """Finding 16 (walkthrough s14): Ctrl+End or a click did not scroll the read-only brief preview, so its foot
    (deliverables, code, dates) was out of reach."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.creators.view import CreatorsView

    view = CreatorsView(ctx)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.brief_text.setPlainText("\n".join(f"line {i}" for i in range(200)))
    bar = view.brief_text.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    view.brief_text.setFocus()
    QTest.keyClick(view.brief_text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=5000)
    assert view.brief_text.textCursor().block().text() == "line 199"
