"""What a server of the emulators answers, for the test server and the preview alike (SPEC 7, 8),
and the one HTTP stack both run on (Starlette on uvicorn).

Each chat version's script at its 8x8 path (`chatkit.versions.emulator_paths()`), the
files of the chat windows and what they load (`WINDOW_FILES`), v2's discovery endpoint,
and the `[chat]` values that point a config at such a server:

    >>> emulator_file("/./CHAT/common/js/chatv3.js").name
    'chatv3.js'
    >>> pointed_at("v2", "http://127.0.0.1:8000")["discovery_url"]
    'http://127.0.0.1:8000/vcc-chat-channels/public/webchat/discovery'

Both servers listen on the loopback interface only, yet a web page the user visits can
still reach them (DNS rebinding: its own host name re-pointed at 127.0.0.1 sends
`Host: evil.example:PORT`), so `LocalOnly` answers only requests naming the server as
the user's browser does.  `listen` binds the sockets before uvicorn starts (so the port
is known, and a port in use is an OSError, not uvicorn's exit), `quiet_config` keeps
uvicorn's logs out of the user's terminal, and `BackgroundServer` runs uvicorn in a
thread with its own event loop (the test server, used from sync Playwright tests).

CPython only.
"""

import asyncio
import errno
import socket
import threading
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote_to_bytes

from chatkit._resources import resource_dir
from chatkit.versions import adapter, emulator_paths, v2

__all__ = ["BUTTON_IMAGE_PATH", "CONTENT_TYPES", "DISCOVERY_ANSWER", "DISCOVERY_PATH",
           "SERVER_PATH", "SOUND_PATH", "TEXT", "V1_WINDOW_PATH", "V1_WINDOW_SCRIPT_PATH",
           "V2_LOGO_PATH", "V2_WINDOW_SCRIPT_PATH", "WEBSOCKET_MAX_BYTES", "WINDOW_FILES",
           "BackgroundServer", "LocalOnly", "content_type", "emulator_file", "emulator_files",
           "host_of", "listen", "pointed_at", "port_in_use", "quiet_config", "request_path"]

# The v2 snippet asks 8x8's discovery service whether the tenant's chat lives on another
# domain (webchat-script.md: `config.domain = !data.domain ? config.domain : data.domain`);
# `{}` names none, so `domain` stays the server's own URL.
DISCOVERY_PATH = v2.DISCOVERY_PATH
DISCOVERY_ANSWER = b"{}"
TEXT = "text/plain; charset=utf-8"
# A message from a page (a report, a reload) is a few hundred bytes; nothing needs more.
WEBSOCKET_MAX_BYTES = 64 * 1024

# What the chat windows load from the chat's domain, at the emulator's own paths (*assumed*:
# production's are not documented; each stands for what 8x8's CSP guide says the widget
# contacts, so that a page's policy blocks the emulator where it would block the chat):
# v1's window, a document of the domain (facts: "The chat itself ... runs in an iframe
# served from the tenant's 8x8 domain"), and its script; the chat button's image (facts:
# "a link wrapping an image"); v2's window script (its iframe srcdoc has no inline
# script: "All widget scripts load from external files"), its logo (img-src), its
# notification sound (media-src) and what its window asks the chat's server (connect-src).
V1_WINDOW_PATH = "/CHAT/common/html/chat-window.html"
V1_WINDOW_SCRIPT_PATH = "/CHAT/common/js/chat-window.js"
BUTTON_IMAGE_PATH = "/CHAT/common/img/chat-button.svg"
V2_WINDOW_SCRIPT_PATH = "/CHAT/common/js/chatv3-window.js"
V2_LOGO_PATH = "/CHAT/common/img/chat-logo.svg"
SOUND_PATH = "/CHAT/common/sounds/notification.wav"
SERVER_PATH = "/CHAT/common/api/session.json"
WINDOW_FILES = {
    V1_WINDOW_PATH: "chat-window.html",
    V1_WINDOW_SCRIPT_PATH: "chat-window.js",
    BUTTON_IMAGE_PATH: "chat-button.svg",
    V2_WINDOW_SCRIPT_PATH: "chatv3-window.js",
    V2_LOGO_PATH: "chat-logo.svg",
    SOUND_PATH: "chat-sound.wav",
    SERVER_PATH: "chat-session.json",
}
CONTENT_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".svg": "image/svg+xml",
    ".wav": "audio/wav",
    ".json": "application/json",
}


def emulator_files() -> dict[str, Path]:
    """{8x8's path of each chat script, and of each file its windows load: chatkit's
    emulator of it}; serve each with `content_type(file)`."""
    static = resource_dir("static")
    names = {**emulator_paths(), **WINDOW_FILES}
    return {path: static / name for path, name in names.items()}


def content_type(file: Path) -> str:
    """The Content-Type of an emulator file, by its suffix."""
    return CONTENT_TYPES[file.suffix]


def emulator_file(path: str) -> Path | None:
    """The emulator file a request of `path` asks for (any path ending in one of
    `emulator_files()`' paths: a config's domain and v1 `path` come before it), else None."""
    for loader_path, file in emulator_files().items():
        if path.endswith(loader_path):
            return file
    return None


def pointed_at(api: str, url: str) -> dict[str, str]:
    """The `[chat]` values that make a config of chat version `api` load the emulator from
    the server at `url`: its `domain`, v1's `path` "/.", v2's `discovery_url`."""
    version = adapter(api)
    values = {"domain": url}
    if "chat.path" in version.ONLY_KEYS:
        values["path"] = "/."
    discovery = getattr(version, "DISCOVERY_PATH", None)
    if discovery is not None:
        values["discovery_url"] = url + discovery
    return values


# -- the HTTP stack ------------------------------------------------------------------------


def request_path(scope: Mapping[str, Any]) -> str:
    """The request's path as the browser sent it, decoded ("%00" is a NUL, "%ff" a U+FFFD)."""
    raw = scope.get("raw_path") or scope["path"].encode("utf-8")
    return unquote_to_bytes(raw.partition(b"?")[0]).decode("utf-8", "replace")


def host_of(scope: Mapping[str, Any]) -> str | None:
    """The request's `Host` header, lower-cased; None when it has none or several."""
    values = [value for name, value in scope.get("headers", ()) if name == b"host"]
    if len(values) != 1:
        return None
    return values[0].decode("latin-1").lower()


class LocalOnly:
    """ASGI middleware: requests (HTTP or websocket) whose `Host` is not one of `hosts` get
    a plain 403 saying `refusal`, before the app reads anything else of them."""

    def __init__(self, app, hosts: Collection[str], refusal: str) -> None:
        self.app = app
        self.hosts = frozenset(host.lower() for host in hosts)
        self.refusal = refusal.encode("utf-8")

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket") or host_of(scope) in self.hosts:
            return await self.app(scope, receive, send)
        if scope["type"] == "websocket":
            return await send({"type": "websocket.close", "code": 1008})  # a 403 handshake
        await send({"type": "http.response.start", "status": 403, "headers": [
            (b"content-type", TEXT.encode()), (b"content-length", b"%d" % len(self.refusal)),
            (b"cache-control", b"no-store"), (b"x-content-type-options", b"nosniff")]})
        await send({"type": "http.response.body", "body": self.refusal})


def listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket on `host` (an IP address) and `port` (0: any free one).

    OSError when it cannot (`errno.EADDRINUSE`: the port is taken).
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind((host, port))
        sock.listen(128)
        sock.set_inheritable(True)
    except OSError:
        sock.close()
        raise
    return sock


def port_in_use(error: OSError) -> bool:
    """Whether `error` (from `listen`) says the port is taken."""
    return error.errno in (errno.EADDRINUSE, 48, 10048)  # Linux (and errno), macOS, Windows


def quiet_config(app, **options):
    """uvicorn's Config for one of chatkit's servers: no logs of its own in the user's
    terminal (the app reports what the user must know), no proxy headers trusted, no
    lifespan, small websocket messages."""
    import logging

    import uvicorn

    logger = logging.getLogger("uvicorn")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
    logger.propagate = False
    settings: dict[str, Any] = dict(log_config=None, access_log=False, proxy_headers=False,
                    server_header=False, lifespan="off", ws_max_size=WEBSOCKET_MAX_BYTES,
                    timeout_graceful_shutdown=2)
    settings.update(options)
    return uvicorn.Config(app, **settings)


class BackgroundServer:
    """uvicorn serving `app` on `sockets` in a thread of its own, with its own event loop:
    `start()` returns once it answers, `stop()` once it has closed."""

    def __init__(self, app, sockets: list[socket.socket], name: str = "chatkit-server",
                 **options: Any) -> None:
        import uvicorn

        self.sockets = sockets
        self.name = name
        self._server = uvicorn.Server(quiet_config(app, **options))  # options: uvicorn's
        self._thread: threading.Thread | None = None
        self._failed: BaseException | None = None

    def start(self) -> "BackgroundServer":
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self._thread.start()
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("%s did not start: %s" % (self.name, self._failed))
            self._thread.join(0.005)
        return self

    def _run(self):
        try:
            asyncio.run(self._server.serve(sockets=self.sockets))
        except BaseException as error:  # noqa: BLE001 - start() says why
            self._failed = error

    def stop(self) -> None:
        if self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(10)
        self._thread = None
        for sock in self.sockets:
            sock.close()
