"""Localize… (walkthrough defects 3 and 14): the ticked markets are listed first, a line names them and the
number of drafts a run writes, the Run button says products × markets, the last choice is remembered, the
drafts written are exactly the ones announced, and after the run one summary line is shown."""

from __future__ import annotations

from sqlalchemy import select

from studio.storage import models as m
from tests.support.gen_products import add_product
from ui.review.localize import LocalizeDialog

from .test_localize import ctx  # noqa: F401  (fixture)


def _dialog(qtbot, ctx, pid):  # noqa: F811
    dlg = LocalizeDialog(ctx, [(pid, "linen-tee", "Linen tee")])
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_chosen_markets_visible_announced_remembered_and_exactly_written(qtbot, ctx):  # noqa: F811
    from ui.content.pickers import MARKETS_SETTING

    pid = add_product(ctx.db, "linen-tee")
    ctx.settings.set(MARKETS_SETTING, ["ar-SA", "de-DE", "en-US", "ja-JP"])
    dlg = _dialog(qtbot, ctx, pid)
    ticked = dlg.markets.checked()
    assert sorted(ticked) == ["ar-SA", "de-DE", "en-US", "ja-JP"]
    # the ticked markets are the first rows: none sits below the visible part of the list
    assert dlg.markets.values()[:4] == ticked
    assert "4 markets: " in dlg.chosen.text() and "ja-JP" in dlg.chosen.text()
    assert dlg.run_button.text() == "Localize 1 product(s) × 4 market(s)"
    # the user keeps only captions for de-DE and ar-SA
    dlg.kinds.set_checked(dlg.kinds.values(), False)
    dlg.kinds.set_checked(["caption"])
    dlg.markets.set_checked(["en-US", "ja-JP"], False)
    assert dlg.run_button.text() == "Localize 1 product(s) × 2 market(s)"
    assert "2 markets: " in dlg.chosen.text() and "ja-JP" not in dlg.chosen.text()
    announced = dlg.planned_drafts
    assert announced > 0 and f"{announced} drafts will be written" in dlg.chosen.text()
    with qtbot.waitSignal(dlg.run_finished, timeout=180000) as sig:
        dlg.run_button.click()
    res = sig.args[0]
    with ctx.db.session() as s:
        markets = sorted({str(mk) for mk in s.scalars(select(m.Draft.market).where(m.Draft.product_id == pid))})
        n = len(list(s.scalars(select(m.Draft.id).where(m.Draft.product_id == pid))))
    assert markets == ["ar-SA", "de-DE"] and n == announced == res.total
    # one summary line after the run
    assert dlg.totals.text().startswith("Finished") and dlg.progress_label.text() == ""
    dlg.close()
    # the choice sticks: the next dialog ticks ar-SA and de-DE only, listed first
    again = _dialog(qtbot, ctx, pid)
    assert sorted(again.markets.checked()) == ["ar-SA", "de-DE"]
    assert again.markets.values()[:2] == again.markets.checked()
    again.close()
