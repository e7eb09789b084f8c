"""The test server: a directory, the emulators at their 8x8 paths (v1 chat.js, v2 chatv3.js),
the v2 discovery endpoint, and added pages; Starlette on uvicorn, in a thread of its own."""

import mimetypes
import os
import threading
from contextlib import contextmanager
from itertools import count
from pathlib import Path
from urllib.parse import quote, urlsplit

from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.types import Receive, Scope, Send

from chatkit.emulator.serving import (
    DISCOVERY_ANSWER,
    DISCOVERY_PATH,
    BackgroundServer,
    LocalOnly,
    content_type,
    emulator_files,
    listen,
    request_path,
)
from chatkit.errors import ChatkitError
from chatkit.versions import v1, v2

# The emulators' files: v1's chat.js, v2's chatv3.js.
EMULATOR_JS = emulator_files()[v1.LOADER_PATH]
EMULATOR_V2_JS = emulator_files()[v2.LOADER_PATH]

HTML = "text/html; charset=utf-8"
JAVASCRIPT = "text/javascript; charset=utf-8"
JSON = "application/json"
# Any test page may ask the discovery endpoint, whatever its origin.
DISCOVERY_HEADERS = {"Access-Control-Allow-Origin": "*"}
HOST = "127.0.0.1"


class KitError(ChatkitError, ValueError):
    """A test uses the testing kit in a way that cannot work; the message says how to fix it."""


KitError.__module__ = "chatkit.testing"  # as tracebacks name it: where tenants import it


class ChatkitServer:
    """An HTTP server on 127.0.0.1 (a free port) for tests and previews.

    It serves `directory` (if any: only the files inside it, symlinks resolved at each
    request), each emulator at any path ending in its 8x8 path
    (`chatkit.versions.emulator_paths()`: v1's /CHAT/common/js/chat.js, so a config
    with `domain` = `url` and `path` = "/." loads it unchanged; v2's
    /CHAT/common/js/chatv3.js), the v2 discovery endpoint (a GET of
    `chatkit.versions.v2.DISCOVERY_PATH`, any query, answers `{}`, open to any
    origin), and pages added with `add` / `add_page`.  Every answer carries
    `Cache-Control: no-store`, plus the headers set for its path.  It answers only
    requests for `http://127.0.0.1:PORT` or `http://localhost:PORT` (`Host`), so no
    other web page can reach it by a name of its own.  Safe to use from any thread.

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
        self._server = None
        self._root = None  # the directory, resolved
        self.url = None

    def start(self):
        if self.directory is not None:
            self._root = _site_folder(self.directory)
        sock = listen(HOST, 0)
        port = sock.getsockname()[1]
        self.url = "http://%s:%d" % (HOST, port)
        app = LocalOnly(self._app, ("%s:%d" % (HOST, port), "localhost:%d" % port),
                        "chatkit.testing.serve answers only http://127.0.0.1:%d/ and "
                        "http://localhost:%d/, not another host name" % (port, port))
        self._server = BackgroundServer(app, [sock], name="chatkit-test-server").start()
        return self

    def stop(self):
        if self._server is not None:
            self._server.stop()
            self._server = None

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

    # -- answers ----------------------------------------------------------------------

    async def _app(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await send({"type": "websocket.close", "code": 1008})
        path = request_path(scope)
        if scope["method"] not in ("GET", "HEAD"):
            response = PlainTextResponse("method not allowed", 405)
        else:
            response = self._answer(path)
        _, headers = self._lookup(path)
        response.headers["Cache-Control"] = "no-store"
        for name, value in headers.items():
            response.headers[name] = value
        await response(scope, receive, send)

    def _answer(self, path):
        for loader_path, emulator in self.emulators.items():
            if path.endswith(loader_path):
                # Read at every request, so an edited emulator is served at once.
                return Response(emulator.read_bytes(),
                                headers={"Content-Type": content_type(emulator)})
        if path == DISCOVERY_PATH:
            return Response(DISCOVERY_ANSWER, media_type=JSON, headers=DISCOVERY_HEADERS)
        added, _ = self._lookup(path)
        if added is not None:
            return Response(added[0], headers={"Content-Type": added[1]})
        return self._file(path)

    def _file(self, path):
        """A file of the directory, if `path` names one inside it (symlinks resolved now)."""
        if self._root is None or "\0" in path:
            return _NOT_FOUND()
        try:
            file = (self._root / path.lstrip("/")).resolve(strict=True)
        except (OSError, RuntimeError, ValueError):
            return _NOT_FOUND()
        if not file.is_relative_to(self._root):
            return PlainTextResponse("chatkit.testing.serve serves only the files inside its "
                                     "folder, and %s leads out of it" % path, 403)
        if file.is_dir():
            if not path.endswith("/"):
                return RedirectResponse(quote(path) + "/", 301)
            file = file / "index.html"
        if not file.is_file():
            return _NOT_FOUND()
        try:
            body = file.read_bytes()
        except OSError:
            return _NOT_FOUND()
        return Response(body, media_type=_content_type(file))


def _NOT_FOUND():
    return PlainTextResponse("not found", 404)


def _content_type(file):
    return mimetypes.guess_type(file.name)[0] or "application/octet-stream"


def _site_folder(directory):
    """The folder a server serves, resolved; KitError when it is not one."""
    try:
        folder = directory.resolve(strict=True)
    except FileNotFoundError:
        raise KitError("the site folder %s does not exist (chatkit_site_directory, or "
                       "chatkit.testing.serve(directory)): name a folder that does"
                       % os.fspath(directory)) from None
    except (OSError, RuntimeError) as error:
        raise KitError("the site folder %s cannot be read: %s" % (os.fspath(directory), error)
                       ) from None
    if not folder.is_dir():
        raise KitError("the site folder %s is a file, not a folder (chatkit_site_directory, "
                       "or chatkit.testing.serve(directory))" % os.fspath(directory))
    return folder


@contextmanager
def serve(directory):
    """Serve `directory`, the emulators and the v2 discovery endpoint on 127.0.0.1; yield
    the base URL.

        >>> with serve("site") as url:        # doctest: +SKIP
        ...     page.goto(url + "/index.html")
    """
    with ChatkitServer(directory) as server:
        yield server.url
