"""A loopback CDN emulator for ``bench_images``: a threaded HTTP/1.1 server on 127.0.0.1 serving ``N`` distinct
real images (every 4th a PNG, the rest JPEG, 480×360) at ``/img/<i>.<ext>``, with keep-alive.

    python -m bench._cdn N      # prints the port, then serves until stdin closes
"""

from __future__ import annotations

import io
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def make_images(n: int) -> dict[str, tuple[bytes, str]]:
    from PIL import Image, ImageDraw

    out = {}
    for i in range(n):
        im = Image.new("RGB", (480, 360), (40 + i * 7 % 200, 60 + i * 13 % 180, 90 + i * 29 % 160))
        d = ImageDraw.Draw(im)
        d.rectangle((40 + i % 50, 40, 300, 260 - i % 40), fill=(230, 220, 200))
        d.ellipse((200, 100 + i % 30, 420, 320), fill=(30, 30, 60 + i % 150))
        buf = io.BytesIO()
        if i % 4 == 0:
            im.save(buf, "PNG", optimize=False)
            out[f"/img/{i}.png"] = (buf.getvalue(), "image/png")
        else:
            im.save(buf, "JPEG", quality=85)
            out[f"/img/{i}.jpg"] = (buf.getvalue(), "image/jpeg")
    return out


def serve(n: int) -> None:
    files = make_images(n)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            item = files.get(self.path)
            if item is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body, ctype = item
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    print(httpd.server_address[1], flush=True)
    sys.stdin.read()  # the bench closes our stdin when it is done
    httpd.shutdown()


if __name__ == "__main__":
    serve(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
