"""The platform emulators read multipart bodies exactly as httpx writes them: binary parts keep every byte.

The X contract flow failed once in about 60 runs ("segments do not add up to total_bytes") because the parser
stripped every CR/LF around a part, cutting a random video chunk whose last byte was 0x0A or 0x0D.
"""

import httpx
import pytest

from tests.support.platforms import parse_multipart


@pytest.mark.parametrize("data", [b"\n", b"\r", b"\r\n", b"abc\r\n", b"\r\nabc", b"\n\n\r\r", b"", bytes(range(256))])
def test_binary_part_round_trips(data):
    req = httpx.Request("POST", "http://127.0.0.1/upload", data={"segment_index": "0"},
                        files={"media": ("chunk", data, "application/octet-stream")})
    body = req.read()
    parsed = parse_multipart(body, req.headers["Content-Type"])
    assert parsed["media"] == data
    assert parsed["segment_index"] == "0"
