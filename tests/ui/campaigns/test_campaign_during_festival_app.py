"""The app path of a campaign made while its festival runs (stop 21): Campaigns › New campaign… for Ramadan during
Ramadan plans from now — no teaser, nothing on the festival's first days — and the status line says so."""

from __future__ import annotations

import pytest

from studio.services import catalog, sample

pytestmark = pytest.mark.clock("2027-02-20T11:02:30+00:00")  # Ramadan 2027 (8 Feb – 9 Mar), 14:02 in Riyadh


def test_new_campaign_during_ramadan_starts_now(qtbot, ctx, window):
    from ui.campaigns.dialogs import set_checked

    sample.import_sample(ctx.db)
    handle = catalog.list_products(ctx.db, limit=1)[0].handle
    view = window.show_section("campaigns")
    qtbot.waitUntil(lambda: view.list is not None and not view.new_btn.isHidden(), timeout=10000)
    view.new_btn.click()
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible(), timeout=10000)
    dlg = view.dialog
    dlg.markets.set_tags(["ar-SA"])
    qtbot.waitUntil(lambda: dlg.festival.findData("ramadan") >= 0, timeout=5000)  # running festivals are listed
    assert dlg.set_festival("ramadan")
    dlg.name.setText("Ramadan now")
    set_checked(dlg.products, [handle])
    with qtbot.waitSignal(view.step_done, timeout=30000) as done:
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    assert done.args == ["create"]
    qtbot.waitUntil(lambda: view.current is not None and view.model.rowCount() > 0, timeout=10000)
    assert "Ramadan is on (2027-02-08 – 2027-03-09): the plan starts now" in view.status.text()
    rows = [(view.model.index(r, 0).data(), view.model.index(r, 1).data()) for r in range(view.model.rowCount())]
    assert all(t >= "2027-02-20 21:00" for t, _phase in rows), rows  # tonight after iftar, nothing earlier
    assert "teaser" not in {p for _t, p in rows} and ("2027-02-20 21:00 +03", "launch") in rows
    assert "2027-02-20" in view.summary.text()  # the campaign's dates start today


def test_plan_after_the_festival_says_why_in_the_app(qtbot, ctx, window, move_app_clock):
    """Stop 22 review, finding 1: Plan on a campaign whose festival is over plans nothing after it; the status line
    names the edition, its dates and what to do — in the app's words, no command-line flags."""
    from studio.services import campaigns

    sample.import_sample(ctx.db)
    handle = catalog.list_products(ctx.db, limit=1)[0].handle
    campaigns.create_campaign(ctx.db, "Ramadan late", festival="ramadan", markets=["ar-SA"], products=[handle],
                              channels=["instagram"])
    move_app_clock("2027-03-15T12:00:00+00:00")
    view = window.show_section("campaigns")
    qtbot.waitUntil(lambda: view.current is not None and view.current.name == "Ramadan late", timeout=10000)
    with qtbot.waitSignal(view.step_done, timeout=10000, check_params_cb=lambda s: s == "failed"):
        view.plan_btn.click()
    text = view.status.text()
    assert text.startswith("campaign 'Ramadan late': Ramadan 2027 (2027-02-08 – 2027-03-09) is over"), text
    assert "--" not in text and "studio" not in text
    assert view.model.rowCount() == 0
