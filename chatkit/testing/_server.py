"""The test server: a directory, the emulators at their 8x8 paths (v1 chat.js, v2 chatv3.js),
the v2 discovery endpoint, and added pages."""

import http.server
import io
import threading
from contextlib import contextmanager
from functools import partial
from itertools import count
from pathlib import Path
from urllib.parse import unquote, urlsplit

from chatkit.emulator.serving import DISCOVERY_ANSWER, DISCOVERY_PATH, content_type, emulator_files
from chatkit.versions import v1, v2

# The emulators' files: v1's chat.js, v2's chatv3.js.
EMULATOR_JS = emulator_files()[v1.LOADER_PATH]
EMULATOR_V2_JS = emulator_files()[v2.LOADER_PATH]

HTML = "text/html; charset=utf-8"
JAVASCRIPT = "text/javascript; charset=utf-8"
JSON = "application/json"
# Any test page may ask the discovery endpoint, whatever its origin.
DISCOVERY_HEADERS = {"Access-Control-Allow-Origin": "*"}


class ChatkitServer:
    """An HTTP server on 127.0.0.1 (a free port) for tests and previews.

    It serves `directory` (if any), each emulator at any path ending in its 8x8 path
    (`chatkit.versions.emulator_paths()`: v1's /CHAT/common/js/chat.js, so a config
    with `domain` = `url` and `path` = "/." loads it unchanged; v2's
    /CHAT/common/js/chatv3.js), the v2 discovery endpoint (a GET of
    `chatkit.versions.v2.DISCOVERY_PATH`, any query, answers `{}`, open to any
    origin), and pages added with `add` / `add_page`.  Every answer carries
    `Cache-Control: no-store`, plus the headers set for its path.

        >>> with ChatkitServer() as server:
        ...     url = server.add_page("<p>hello</p>")
    """

    def __init__(self, directory=None, emulator=None):
        self.directory = None if directory is None else Path(directory)
        # 8x8's path of each chat script -> the emulator file served for it; `emulator`
        # replaces v1's.
        self.emulators = emulator_files()
        if emulator:
            self.emulators[v1.LOADER_PATH] = Path(emulator)
        self._added = {}  # path -> (body bytes, content type)
        self._headers = {}  # path -> {name: value}
        self._names = count(1)
        self._lock = threading.Lock()
        self._httpd = None
        self.url = None

    def start(self):
        handler = partial(_Handler, directory=str(self.directory or _EMPTY_DIRECTORY))
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._httpd.chatkit = self
        self.url = "http://127.0.0.1:%d" % self._httpd.server_address[1]
        threading.Thread(target=self._httpd.serve_forever, name="chatkit-server",
                         daemon=True).start()
        return self

    def stop(self):
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()

    def add(self, path, body, content_type=HTML, headers=None):
        """Serve `body` (text or bytes) at `path`; return its absolute URL."""
        data = body.encode("utf-8") if isinstance(body, str) else bytes(body)
        with self._lock:
            self._added[path] = (data, content_type)
            if headers:
                self._headers[path] = dict(headers)
        return self.url + path

    def add_page(self, html, headers=None):
        """Serve an HTML page under a fresh name; return its URL."""
        return self.add("/__chatkit__/page-%d.html" % next(self._names), html, HTML, headers)

    def set_headers(self, path, headers):
        """Extra response headers for `path` (a file of the directory or an added page)."""
        with self._lock:
            self._headers[path] = dict(headers)

    def remove(self, url_or_path):
        path = urlsplit(url_or_path).path
        with self._lock:
            self._added.pop(path, None)
            self._headers.pop(path, None)

    def reset(self):
        """Forget every added page and header."""
        with self._lock:
            self._added.clear()
            self._headers.clear()

    def _lookup(self, path):
        with self._lock:
            return self._added.get(path), dict(self._headers.get(path, {}))


class _Handler(http.server.SimpleHTTPRequestHandler):
    def _site(self):
        return self.server.chatkit

    def _path(self):
        return unquote(urlsplit(self.path).path)

    def send_head(self):
        path = self._path()
        for loader_path, emulator in self._site().emulators.items():
            if path.endswith(loader_path):
                # Read at every request, so an edited emulator is served at once.
                return self._send(emulator.read_bytes(), content_type(emulator))
        if path == DISCOVERY_PATH:
            return self._send(DISCOVERY_ANSWER, JSON, DISCOVERY_HEADERS)
        added, _ = self._site()._lookup(path)
        if added is not None:
            return self._send(*added)
        return super().send_head()

    def _send(self, body, content_type, headers=None):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        return io.BytesIO(body)

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        _, headers = self._site()._lookup(self._path())
        for name, value in headers.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format, *args):
        pass  # quiet: a test run is not a server log


# Served when no directory is given: nothing but the emulator and added pages.
_EMPTY_DIRECTORY = Path(__file__).resolve().parent / "_empty"


@contextmanager
def serve(directory):
    """Serve `directory`, the emulators and the v2 discovery endpoint on 127.0.0.1; yield
    the base URL.

        >>> with serve("site") as url:        # doctest: +SKIP
        ...     page.goto(url + "/index.html")
    """
    with ChatkitServer(directory) as server:
        yield server.url
