"""Walkthrough s14 finding 21: Insights › Best times drew a solid black map for a Folder account and told the user
to run "`studio metrics sync`" (a CLI command, in backticks, for an account that can never have metrics). Without
enough posts the map is hidden and the line says why in the app's words."""

from __future__ import annotations

from studio.services import accounts, insights


def test_a_folder_account_has_an_empty_state_not_a_black_map(qtbot, window, ctx, tmp_path):
    accounts.add_account(ctx.db, "folder", "my-folder", base_url=str(tmp_path))
    accounts.add_account(ctx.db, "x", "my-x")
    view = window.show_section("insights")
    qtbot.waitUntil(lambda: view.summary.text() != "", timeout=20000)
    view.tabs.setCurrentIndex(1)
    for name in ("my-folder", "my-x"):
        view.account_combo.setCurrentIndex(view.account_combo.findData(name))
        view.best = None
        view.load_best_times()
        qtbot.waitUntil(lambda: view.best is not None, timeout=20000)
        text = view.best_label.text()
        assert not view.best["shown"] and not view.heat.widget.isVisible()
        assert "`" not in text and "studio " not in text, text
    assert "reports no views" in insights.best_times(ctx.db, "my-folder", refresh_first=False)["reason"]
    assert "Sync metrics" in view.best_label.text()  # the X account can get metrics: the app's way to sync
