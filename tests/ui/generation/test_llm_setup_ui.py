"""Issue 16, item 6 in the app: Settings › LLM lists model servers already running on this machine (found off the
GUI thread), "Use this model" tests one and makes it the writer; the first run offers the model it found.

The port list is injected with STUDIO_LLM_DISCOVER_PORTS (loopback servers on free ports)."""

from __future__ import annotations

import socket

from PySide6.QtWidgets import QMessageBox

from studio.services import providers
from tests.support.llm_server import LLMServer, Reply


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_settings_page_finds_tests_and_uses_a_local_server(ctx, qtbot, monkeypatch):
    from ui.settings_pages.llm import LLMSettings

    with LLMServer(models=("llama3.2:3b", "qwen2.5:7b")) as srv:
        monkeypatch.setenv("STUDIO_LLM_DISCOVER_PORTS", f"Ollama={srv.port}")
        page = LLMSettings(ctx)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.servers.count() == 2, timeout=10000)
        assert page.servers.itemText(0) == "Ollama — llama3.2:3b"
        assert "Ollama on 127.0.0.1:" in page.servers_note.text() and page.use_button.isEnabled()
        page.servers.setCurrentIndex(1)
        page.pick_server()
        assert page.provider.currentData() == "openai_compat" and page.base_url.text() == srv.base_url
        assert page.model.currentText() == "qwen2.5:7b"
        srv.script([Reply(content="OK")])
        page.use_button.click()
        qtbot.waitUntil(lambda: page.result.text().startswith("✔"), timeout=15000)
        assert "qwen2.5:7b" in page.result.text() and "generation now uses it" in page.result.text()
        assert srv.requests[-1].body["model"] == "qwen2.5:7b"
    cfg = providers.config(ctx.settings)
    assert (cfg["provider"], cfg["base_url"], cfg["model"]) == ("openai_compat", srv.base_url, "qwen2.5:7b")


def test_settings_page_says_what_to_do_when_nothing_runs(ctx, qtbot, monkeypatch):
    from ui.settings_pages.llm import LLMSettings

    monkeypatch.setenv("STUDIO_LLM_DISCOVER_PORTS", str(_free_port()))
    page = LLMSettings(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.servers_note.text().startswith("No model server"), timeout=10000)
    assert "use an API key below" in page.servers_note.text() and not page.use_button.isEnabled()
    assert "OS keyring" in page.key_hint.text()


def test_first_run_offers_the_model_it_found(ctx, qtbot, monkeypatch):
    from ui import first_run
    from ui.app import MainWindow

    monkeypatch.delenv("STUDIO_NO_FIRST_RUN", raising=False)
    ctx.settings.set(first_run.SETTING, True)  # no sample offer in this test
    with LLMServer(models=("llama3.2:3b",)) as srv:
        monkeypatch.setenv("STUDIO_LLM_DISCOVER_PORTS", str(srv.port))
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        w.show()
        first_run.offer_llm(w)
        qtbot.waitUntil(lambda: getattr(w, "llm_offer_box", None) is not None, timeout=10000)
        box = w.llm_offer_box
        assert not box.isModal() and "llama3.2:3b" in box.informativeText()
        use = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole][0]
        srv.script([Reply(content="OK")])
        use.click()
        qtbot.waitUntil(lambda: ctx.tasks.active(include_quiet=True) == [], timeout=15000)  # tested, then saved
        cfg = providers.config(ctx.settings)
        assert (cfg["provider"], cfg["base_url"], cfg["model"]) == ("openai_compat", srv.base_url, "llama3.2:3b")
        assert ctx.settings.get(first_run.LLM_SETTING) is True
        w.llm_offer_box = None
        first_run.offer_llm(w)  # answered: never asked again
        assert [h for h in ctx.tasks.active(include_quiet=True) if h.name == "find model servers"] == []
        w.close()
