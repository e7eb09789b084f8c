"""A local stand-in for the CDN that hosts `chatkit build` output, as the README says to serve
it: every file with `Cache-Control: public, max-age=31536000, immutable` (their names carry
their content's hash) and `Access-Control-Allow-Origin: *` (the snippet loads them with SRI,
so in CORS mode)."""

import http.server
import threading
from contextlib import contextmanager
from functools import partial

IMMUTABLE = "public, max-age=31536000, immutable"


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {".js": "text/javascript; charset=utf-8", ".json": "application/json"}

    def end_headers(self):
        self.send_header("Cache-Control", IMMUTABLE)
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def log_message(self, format, *args):
        pass


@contextmanager
def serve_assets(directory):
    """Serve `directory` on 127.0.0.1 (a free port); yield the base URL."""
    directory.mkdir(parents=True, exist_ok=True)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                            partial(_Handler, directory=str(directory)))
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield "http://127.0.0.1:%d" % httpd.server_address[1]
    finally:
        httpd.shutdown()
        httpd.server_close()
