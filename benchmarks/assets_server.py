"""A local stand-in for the CDN that hosts `chatkit build` output, serving it as the README
says to: gzip-compressed, with `Cache-Control: public, max-age=31536000, immutable` (the names
carry their content's hash), `Access-Control-Allow-Origin: *` (the snippet loads the files
with SRI, so in CORS mode) and `Timing-Allow-Origin: *` (so a page can time them)."""

import functools
import gzip
import http.server
import threading
from contextlib import contextmanager
from pathlib import Path

IMMUTABLE = "public, max-age=31536000, immutable"
TYPES = {".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
         ".wasm": "application/wasm", ".json": "application/json"}


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        path = self.server.root / self.path.split("?", 1)[0].lstrip("/")
        if ".." in self.path or not path.is_file():
            self.send_error(404)
            return
        zipped = "gzip" in self.headers.get("Accept-Encoding", "")
        body = _gzipped(path) if zipped else path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", TYPES.get(path.suffix, "application/octet-stream"))
        self.send_header("Content-Length", str(len(body)))
        if zipped:
            self.send_header("Content-Encoding", "gzip")
        for name, value in (("Cache-Control", IMMUTABLE), ("Access-Control-Allow-Origin", "*"),
                            ("Timing-Allow-Origin", "*")):
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


@functools.cache
def _gzipped(path):
    return gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)


@contextmanager
def serve_assets(directory):
    """Serve `directory` on 127.0.0.1 (a free port); yield the base URL."""
    directory.mkdir(parents=True, exist_ok=True)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.root = Path(directory)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield "http://127.0.0.1:%d" % httpd.server_address[1]
    finally:
        httpd.shutdown()
        httpd.server_close()
