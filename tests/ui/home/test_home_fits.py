"""Home at 1366×768: the cards (what needs you now) are the first screen — they fit without scrolling, with a
seeded catalog (drafts awaiting review in four markets, a failed post, an account to reconnect, products missing images
and facts) — and the coverage matrix below still shows rows."""

from __future__ import annotations

from tests.integration.home.test_home_service import seed


def test_the_cards_fit_the_first_screen_at_1366x768(qtbot, ctx, window):
    window.resize(1366, 768 - 30)  # a window manager's title bar takes its share of the screen
    seed(ctx.db)
    view = window.section_widget("home")
    view.refresh_all()
    qtbot.waitUntil(lambda: view.summary is not None and view.failed.count.text() == "1", timeout=15000)
    qtbot.waitUntil(lambda: view.matrix_model.rowCount() > 0, timeout=15000)
    for market in ("ar-SA", "ja-JP"):  # four markets awaiting review, as after `studio demo`
        view.review.add(f"9 {market}", market, lambda: None)
    bar = view.cards_scroll.verticalScrollBar()
    # no scrolling needed (it was 85 px here), and the cards' height comes first — both once the layout has settled:
    # the scroll area re-asks for the cards' height on their LayoutRequest, which a loaded machine delivers late
    # (the stop-22 CI run caught the bar at 0 while the area was still 238 px for a 287 px hint)
    qtbot.waitUntil(lambda: bar.maximum() == 0 and view.cards_scroll.height() >= view.cards_scroll.sizeHint().height(),
                    timeout=5000)
    assert all(card.visibleRegion().boundingRect().height() == card.height() for card in view.cards
               if card.isVisible())
    assert view.matrix.viewport().height() >= 3 * view.matrix.verticalHeader().defaultSectionSize()
