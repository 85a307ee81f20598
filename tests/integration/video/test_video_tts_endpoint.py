"""Voice-over through an OpenAI-compatible ``POST /v1/audio/speech`` endpoint (a loopback server that follows
the documented contract: JSON body {model, voice, input, response_format, speed}; bearer auth; WAV bytes back;
JSON error body on failure)."""

from __future__ import annotations

import io
import json
import math
import struct
import threading
import wave
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from generators.video import audio
from generators.video.timeline import VoiceSettings


def _wav(seconds: float, rate: int = 24000) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        n = int(seconds * rate)
        w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / 8))) for i in range(n)))
    return buf.getvalue()


class _Speech(BaseHTTPRequestHandler):
    requests: list[dict] = []
    key = "sk-test"

    def log_message(self, *a):  # keep test output clean
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append({"path": self.path, "auth": self.headers.get("Authorization"), **body})
        if self.path != "/v1/audio/speech":
            return self._error(404, "not found")
        if self.headers.get("Authorization") != f"Bearer {self.key}":
            return self._error(401, "Incorrect API key provided")
        if not body.get("input"):
            return self._error(400, "input is required")
        # speaks ~12 characters per second, faster with ``speed``
        data = _wav(len(body["input"]) / 12 / float(body.get("speed", 1.0)))
        self.send_response(200)
        self.send_header("Content-Type", "audio/wav")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _error(self, code, message):
        data = json.dumps({"error": {"message": message, "type": "invalid_request_error"}}).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def endpoint():
    _Speech.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Speech)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_speech_endpoint_is_used_and_fitted_to_the_scene(endpoint, tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_TTS_API_KEY", "sk-test")
    settings = VoiceSettings(engine="auto", base_url=endpoint, model="tts-1", voice="nova")
    assert audio.choose_engine(settings, "de") == "openai"
    line = "Gefertigt aus Bambus, mit warmem Licht für lange Abende."  # ~4.7 s at the server's pace
    path, seconds = audio.synthesize(line, "de", settings, 3.0, tmp_path / "v.wav")
    assert path.is_file() and seconds <= 3.0
    first, second = _Speech.requests
    assert first["model"] == "tts-1" and first["voice"] == "nova" and first["response_format"] == "wav"
    assert first["auth"] == "Bearer sk-test" and first["input"] == line
    assert second["speed"] > 1.0  # asked again, faster, because the first take did not fit


def test_speech_endpoint_errors_are_clear(endpoint, tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_TTS_API_KEY", "wrong")
    settings = VoiceSettings(engine="openai", base_url=endpoint)
    with pytest.raises(audio.TTSError, match="speech endpoint .* failed: .*Incorrect API key"):
        audio.synthesize("Hallo", "de", settings, 3.0, tmp_path / "v.wav")
    with pytest.raises(audio.TTSError, match="needs a base URL"):
        audio.synthesize("Hallo", "de", VoiceSettings(engine="openai"), 3.0, tmp_path / "v.wav")
