"""The preview's HTTP handlers (tornado): the page and its files, the live-reload socket.

It is a server on the user's computer that any web page they visit could try to
reach, so every handler first checks that the request names the preview as the
user's browser does (`Host`, see `chatkit.preview.origins`) and answers anything
else with a plain 403, before tornado or livereload read the header for anything
else.  The live-reload socket also takes only the preview's own pages (`Origin`).
Of livereload's endpoints only the socket and its script are kept: no /forcereload.
"""

import json
from urllib.parse import unquote_to_bytes

from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
from tornado import web

from chatkit.preview.origins import is_allowed_origin, trusted_origin
from chatkit.preview.page import HTML, NO_STORE

__all__ = ["handlers"]

TEXT = "text/plain; charset=utf-8"
HEAD_END = b"</head>"
# Loads livereload.js into the page.  Its host and port are the page's own, given in the
# query: livereload.js cannot read them from an IPv6 script URL.
LIVE_SCRIPT = (b'<script>(function(){var s=document.createElement("script"),l=location;'
               b's.src="/livereload.js?host="+l.hostname+"&port="+(l.port||80);'
               b'document.head.appendChild(s);})();</script>')


def handlers(preview, report):
    """tornado's (path, handler, arguments) list of the preview."""
    local = {"port": preview.port}
    return [
        (r"/livereload", _LiveSocket, local),
        (r"/livereload\.js", _LiveScript, local),
        (r".*", _PreviewHandler, dict(local, preview=preview, report=report)),
    ]


class _LocalOnly(web.RequestHandler):
    """A handler that answers only requests naming the preview (`Host`)."""

    def initialize(self, port):
        self.port = port

    def prepare(self):
        self.origin = trusted_origin(self.request.headers.get("Host"), self.port)
        self.set_header("Cache-Control", NO_STORE)
        self.set_header("X-Content-Type-Options", "nosniff")
        why = self.refusal()
        if why is not None:
            self.set_status(403)
            self.set_header("Content-Type", TEXT)
            self.finish("chatkit serve " + why)

    def refusal(self):
        """Why this request is refused, or None."""
        if self.origin is None:
            return ("answers only http://localhost:%d/ (or 127.0.0.1, [::1]), not another "
                    "host name" % self.port)
        return None


class _PreviewHandler(_LocalOnly):
    """Everything but live reload: `Preview.respond`, with the live-reload script in pages."""

    def initialize(self, port, preview=None, report=print):
        super().initialize(port)
        self.preview, self.report = preview, report

    def get(self):
        # The path's bytes as the browser sent them, decoded: "%00" is a NUL, not a 500.
        path = unquote_to_bytes(self.request.path).decode("utf-8", "replace")
        try:
            answer = self.preview.respond(path, self.origin)
        except Exception as error:  # noqa: BLE001 - a bug in chatkit: one line, it goes on
            self.report("chatkit serve could not answer %r: %s: %s"
                        % (path, type(error).__name__, error))
            self.set_status(500)
            self.set_header("Content-Type", TEXT)
            return self.finish("chatkit serve could not answer this; its terminal says why")
        self.set_status(int(answer.status.split()[0]))
        self.set_header("Content-Type", answer.content_type)
        self.set_header("Cache-Control", answer.cache)
        for name, value in answer.headers:
            self.set_header(name, value)
        body = answer.body
        if answer.content_type == HTML:
            body = body.replace(HEAD_END, LIVE_SCRIPT + HEAD_END, 1)
        return self.finish(body)

    head = get


class _LiveSocket(_LocalOnly, LiveReloadHandler):
    """The live-reload socket, for the preview's own pages only."""

    def refusal(self):
        # tornado asks check_origin only when Origin and Host differ (https://localhost:PORT
        # would pass): browsers always send Origin, so any other page is refused here.
        origin = self.request.headers.get("Origin")
        if origin is not None and not is_allowed_origin(origin, self.port):
            return "reloads only its own pages, not %s" % origin
        return super().refusal()

    def check_origin(self, origin):
        return is_allowed_origin(origin, self.port)

    def on_message(self, message):
        """livereload.js's handshake: `hello` is answered, `info` joins the reloaded tabs."""
        try:
            command = json.loads(message).get("command")
        except (ValueError, AttributeError):
            return
        if command == "hello":
            self.send_message({"command": "hello", "serverName": "chatkit serve",
                               "protocols": ["http://livereload.com/protocols/official-7"]})
        elif command == "info":
            LiveReloadHandler.waiters.add(self)


class _LiveScript(_LocalOnly, LiveReloadJSHandler):
    """livereload.js, which connects the page to the socket."""
