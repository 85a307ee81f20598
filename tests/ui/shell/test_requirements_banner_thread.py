"""Known bug (issue 19): the requirements banner resolved fonts (fontconfig, program look-ups) on the GUI thread."""

from __future__ import annotations

import threading

from studio.services import system
from ui.widgets.requirements_banner import RequirementsBanner


def test_the_check_runs_off_the_gui_thread_and_the_last_market_wins(qtbot, monkeypatch):
    threads: list[str] = []
    gate = threading.Event()

    def market_problems(tag, *, voice=True):
        threads.append(threading.current_thread().name)
        if tag == "th-TH":
            gate.wait(5)  # a slow fontconfig answer for the market chosen first
        return [system.Requirement(key="font:Thai", ok=False, without=f"no font for {tag}", package="fonts-x",
                                   found="")] if tag != "de-DE" else []

    monkeypatch.setattr(system, "market_problems", market_problems)
    banner = RequirementsBanner()
    qtbot.addWidget(banner)
    banner.set_market("th-TH")  # returns at once: nothing is resolved here
    assert threads == [] or threading.main_thread().name not in threads
    with qtbot.waitSignal(banner.checked, timeout=10000):
        banner.set_market("de-DE")
        gate.set()
    assert threading.main_thread().name not in threads and len(threads) == 2
    assert banner.isHidden() and banner.problems == []  # de-DE's answer, not the slower th-TH one
    with qtbot.waitSignal(banner.checked, timeout=10000):
        banner.set_market("ar-SA")
    assert not banner.isHidden() and "no font for ar-SA" in banner.text()
