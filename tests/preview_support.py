"""A real `chatkit serve` process for the HTTP tests, raw requests to it, and a site for it.

Requests go through http.client with the Host and Origin headers the test chooses
(a browser would not let a test send `Host: evil.example`), and the path as is.
The site (`make_site`) puts files the preview must never serve, each holding a
marker, beside, above and below the ones it serves.
"""

import http.client
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

CHANGE_SECONDS = 10  # bounds a hang: a change is seen within a poll (0.2 s)

EXAMPLE_RTF = Path(__file__).parent / "data" / "8x8-example-theme.rtf"
STYLESHEET_URL = "https://cdn.example.com/chat.css"
CHAT = """\
[chat]
uuid = "script_0123456789abcdef01234567.89012345"
tenant = "ZXhhbXBsZTAx"
channel = "Support"
domain = "https://vcc-na7.8x8.com"
"""
CONFIG = CHAT + 'stylesheet_url = "%s"  # CONFIG-SECRET\n' % STYLESHEET_URL
THEME = """\
.header .title { color: rgb(1, 2, 3); background: url(img/logo.png) }
.footer { background: url("../sibling.png") }
.message-box { background: url(link.png) }
@font-face { font-family: Brand; src: url(fonts/brand.woff2?v=2#iefix) format("woff2") }
"""
LOGO, FONT = b"\x89PNG logo", b"wOF2 font"
# Beside, above and below the served files; none of it may ever be served.
SECRETS = {
    "parent-secret.txt": b"PARENT-SECRET",
    "site/sibling.txt": b"SIBLING-SECRET",
    "site/sibling.png": b"SIBLING-PNG-SECRET",
    "site/theme/unnamed.png": b"UNNAMED-SECRET",
    "site/theme/notes.txt": b"NOTES-SECRET",
}
MARKERS = [*SECRETS.values(), b"CONFIG-SECRET"]
HOOKS_CONFIG = CHAT + """\
[python]
hooks = "hooks.py"
asset_base = "https://cdn.example.com/chatkit/"
"""
# The paths the preview serves (decoded), for a config without [python].
SERVED = {"/", "/index.html", "/favicon.ico", "/CHAT/common/js/chat.js",
          "/./CHAT/common/js/chat.js", "/CHAT/common/js/chatv3.js", "/./CHAT/common/js/chatv3.js",
          "/vcc-chat-channels/public/webchat/discovery",
          "/__chatkit/preview.js", "/__chatkit/preview.css",
          "/__chatkit/stylesheet/theme.css", "/__chatkit/stylesheet/img/logo.png",
          "/__chatkit/stylesheet/fonts/brand.woff2", "/__chatkit/scenario.js"}
LIVE_PATH = "/__chatkit/live"  # the page's live socket (reloads, reports)


def save(path, text):
    """Write `path` as editors save: whole, in one step (the preview never sees it half-written)."""
    temporary = path.with_name(path.name + ".saving")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def make_site(root):
    """`root/site`, with chat.toml, theme/ and the secrets around them."""
    for name, content in SECRETS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(content)
    site = root / "site"
    (site / "chat.toml").write_text(CONFIG, encoding="utf-8")
    for name, content in (("theme.css", THEME.encode()), ("img/logo.png", LOGO),
                          ("fonts/brand.woff2", FONT)):
        (site / "theme" / name).parent.mkdir(parents=True, exist_ok=True)
        (site / "theme" / name).write_bytes(content)
    os.symlink("../sibling.txt", site / "theme" / "link.png")  # named by the CSS, leads out
    return site


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


class PreviewProcess:
    """`chatkit serve ARGS --port N` run in `folder`; every line it prints, in a queue."""

    def __init__(self, folder, *args):
        self.folder = folder
        self.port = free_port()
        self.args = args
        self.lines = queue.Queue()
        self.process = None

    @property
    def host(self):
        return "localhost:%d" % self.port

    def start(self):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "chatkit", "serve", *self.args, "--port", str(self.port)],
            cwd=self.folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        threading.Thread(target=self._read, daemon=True).start()
        first = self.lines.get(timeout=20)
        assert first.startswith("Previewing "), first
        return self

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def request(self, path, host=None, headers=(), method="GET", body=None):
        """The answer to a raw request of `path` with `Host: host` (default: the preview's)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            connection.putheader("Host", self.host if host is None else host)
            for name, value in headers:
                connection.putheader(name, value)
            if body is not None:
                connection.putheader("Content-Length", str(len(body)))
            connection.endheaders(body)
            response = connection.getresponse()
            body = b"" if response.status == 101 else response.read()
            return Response(response.status, response.headers, body)
        finally:
            connection.close()

    def websocket_handshake(self, origin, host=None):
        """The status of a live-reload websocket handshake from a page at `origin`."""
        headers = [("Upgrade", "websocket"), ("Connection", "Upgrade"),
                   ("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="),
                   ("Sec-WebSocket-Version", "13")]
        if origin is not None:
            headers.append(("Origin", origin))
        return self.request(LIVE_PATH, host=host, headers=headers).status

    def wait_for_change(self, name):
        """The lines printed up to the one saying `name` changed."""
        seen, deadline = [], time.monotonic() + CHANGE_SECONDS
        while not seen or not seen[-1].endswith(" changed: reloading the preview") \
                or name not in seen[-1]:
            assert time.monotonic() < deadline, seen[-20:]
            seen.append(self.lines.get(timeout=CHANGE_SECONDS))
        return seen

    def printed(self):
        """The lines printed since the last call."""
        lines = []
        while not self.lines.empty():
            lines.append(self.lines.get())
        return lines

    def stop(self):
        """Ctrl-C; the exit code and the rest of the output."""
        self.process.send_signal(signal.SIGINT)
        code = self.process.wait(timeout=10)
        return code, self.printed()
