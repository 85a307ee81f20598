"""Issue 16, item 6: setting up a real model is one step — find OpenAI-compatible servers on this machine, list
their models, test one (a timed chat completion through the openai SDK), use it; or store an API key (keyring).

Every server here is a loopback server on 127.0.0.1; the port list is injected (``ports=`` / ``--port`` /
``STUDIO_LLM_DISCOVER_PORTS``) except in the one test that takes Ollama's own port when it is free."""

from __future__ import annotations

import io
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import keyring
import pytest
from keyring.backends import null

from studio import secrets
from studio.cli.main import main
from studio.domain import StudioError
from studio.services import llm_setup, providers
from tests.support.llm_server import LLMServer


class _Tiny:
    """A loopback HTTP server answering fixed JSON per path (an Ollama /api/tags, a 401 /v1/models…)."""

    def __init__(self, routes: dict[str, tuple[int, object]], port: int = 0) -> None:
        routes_ = routes

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_GET(self):
                status, body = routes_.get(self.path, (404, {"error": "not found"}))
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), H)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_discover_lists_models_of_running_servers_and_skips_closed_ports():
    closed = _free_port()
    with LLMServer(models=("llama3.2:3b", "qwen2.5:7b")) as srv, \
            _Tiny({"/api/tags": (200, {"models": [{"name": "gemma2:2b", "model": "gemma2:2b"}]})}) as old_ollama, \
            _Tiny({"/v1/models": (401, {"error": {"message": "missing key"}})}) as locked:
        found = llm_setup.discover([("LM Studio", srv.port), ("Ollama", old_ollama.port), ("vLLM", locked.port),
                                    ("llama.cpp", closed)])
    by_name = {f.name: f for f in found}
    assert set(by_name) == {"LM Studio", "Ollama", "vLLM"}  # nothing listens on the closed port
    assert by_name["LM Studio"].models == ["llama3.2:3b", "qwen2.5:7b"]
    assert by_name["LM Studio"].base_url == f"http://127.0.0.1:{srv.port}/v1"
    assert by_name["Ollama"].models == ["gemma2:2b"]  # from /api/tags
    assert by_name["vLLM"].note == "answers, but needs an API key" and by_name["vLLM"].models == []


def test_default_ports_find_a_server_on_ollamas_port():
    try:
        srv = LLMServer(port=11434, models=("llama3.2:3b",))
    except OSError:
        pytest.skip("127.0.0.1:11434 is taken on this machine (a real Ollama?); the injected-port tests cover it")
    with srv:
        found = llm_setup.discover()
    ollama = next(f for f in found if f.port == 11434)
    assert ollama.name == "Ollama" and "llama3.2:3b" in ollama.models


def test_port_list_from_the_environment(monkeypatch):
    monkeypatch.setenv("STUDIO_LLM_DISCOVER_PORTS", "Mine=4711,8000")
    assert llm_setup.candidates() == [("Mine", 4711), ("vLLM", 8000)]
    monkeypatch.setenv("STUDIO_LLM_DISCOVER_PORTS", "ollama")
    with pytest.raises(StudioError, match="is not a port"):
        llm_setup.candidates()


def test_test_model_times_a_real_sdk_completion():
    with LLMServer() as srv:
        res = llm_setup.test_model(srv.base_url, "test-model")
        assert res.ok and res.seconds > 0 and res.reply
        assert res.message.startswith(f"test-model at {srv.base_url} answered")
        assert srv.requests[-1].path.endswith("/chat/completions")
        assert srv.requests[-1].body["model"] == "test-model"
    res = llm_setup.test_model(f"http://127.0.0.1:{_free_port()}/v1", "m", timeout=5)
    assert not res.ok and "nothing answers at" in res.message


def test_cli_discover_test_and_use(capsys):
    with LLMServer(models=("llama3.2:3b",)) as srv:
        assert main(["llm", "discover", "--port", str(srv.port), "--json"]) == 0
        found = json.loads(capsys.readouterr().out)
        assert found[0]["models"] == ["llama3.2:3b"] and found[0]["base_url"] == srv.base_url
        assert main(["llm", "discover", "--port", str(srv.port)]) == 0
        out = capsys.readouterr().out
        assert f"studio llm use {srv.base_url} llama3.2:3b" in out
        assert main(["llm", "test", "--base-url", srv.base_url, "--model", "llama3.2:3b"]) == 0
        assert capsys.readouterr().out.startswith("✔ llama3.2:3b at")
        assert main(["llm", "use", srv.base_url, "llama3.2:3b"]) == 0
        capsys.readouterr()
        cfg = providers.current_settings()
        assert (cfg["provider"], cfg["base_url"], cfg["model"]) == ("openai_compat", srv.base_url, "llama3.2:3b")
        assert main(["llm", "test"]) == 0  # the configured endpoint
        assert "✔" in capsys.readouterr().out
    assert main(["llm", "discover", "--port", str(_free_port())]) == 0
    assert "No model server answers on 127.0.0.1" in capsys.readouterr().out
    assert main(["llm", "test", "--base-url", f"http://127.0.0.1:{_free_port()}/v1", "--model", "m",
                 "--timeout", "5"]) == 1
    assert "nothing answers at" in capsys.readouterr().out


def test_cli_api_key_goes_to_the_keyring_or_is_refused(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("sk-test-123\n"))
    assert main(["llm", "key", "--model", "gpt-4o-mini"]) == 0
    assert secrets.get_secret(providers.KEY_NAME) == "sk-test-123"
    cfg = providers.current_settings()
    assert cfg["has_key"] and cfg["base_url"] == "https://api.openai.com/v1" and cfg["model"] == "gpt-4o-mini"
    before = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO("sk-other\n"))
        capsys.readouterr()
        assert main(["llm", "key"]) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith("studio llm:") and "STUDIO_SECRET_" in err and "\n" not in err
    finally:
        keyring.set_keyring(before)
