"""`chatkit serve`: preview a config against the 8x8 emulator, reloading on every change.

The preview is a page with the config's snippet, pointed at this server, which
serves the emulator at /CHAT/common/js/chat.js.  Buttons drive the emulator (an
agent joins, the chat goes offline, the triggers); a panel shows what the agent
would receive.  The page is rendered afresh for every request, so a broken
config shows its problems on the page (one line each) instead of stopping the
server, and saving the fix brings the chat back.

A stylesheet on disk is previewed in one of two ways, neither of which changes
what `chatkit check` and `chatkit snippet` accept:

- `chatkit serve chat.toml --stylesheet theme.css` (the config keeps its https URL);
- `stylesheet_url = "http://localhost:8000/theme.css"` in the config, with the
  preview on port 8000: the file is read from the config's folder.

The livereload package's server watches nothing itself: `_PreviewWatcher` polls
the files the current config depends on (config, hooks, stylesheet), every
`POLL_SECONDS`, and tells the browsers to reload.
"""

import hashlib
import socket
import time

from livereload import Server
from livereload.handlers import LiveReloadHandler
from livereload.watcher import Watcher
from tornado.ioloop import PeriodicCallback

from chatkit.errors import Problem, ValidationError
from chatkit.preview.page import Preview

__all__ = ["POLL_SECONDS", "Preview", "command", "preview_app"]

POLL_SECONDS = 0.2
HOST = "localhost"  # both 127.0.0.1 and ::1, so http://localhost:PORT works either way


def preview_app(preview):
    """The WSGI application of the preview: every answer from `preview.respond`."""

    def app(environ, start_response):
        # WSGI hands the path over as Latin-1 text of its UTF-8 bytes (PEP 3333).
        path = environ.get("PATH_INFO", "/").encode("latin-1").decode("utf-8", "replace")
        origin = "http://" + environ.get("HTTP_HOST", "%s:%s" % (HOST, preview.port))
        status, content_type, body = preview.respond(path, origin)
        start_response(status, [("Content-Type", content_type), ("Cache-Control", "no-store")])
        return [body]

    return app


class _PreviewWatcher(Watcher):
    """Polls the files the preview depends on; the set follows the config as it changes.

    livereload's own polling ignores a change made within three seconds of the last
    reload (a second save would be lost), so this watcher reloads the browsers itself.
    """

    def __init__(self, preview, report=print):
        super().__init__()
        self.preview = preview
        self.report = report
        self._tasks = {"chatkit": None}  # livereload watches the working folder otherwise
        self._stamps = self._snapshot()

    def start(self, callback):
        PeriodicCallback(self.poll, POLL_SECONDS * 1000).start()
        return True  # livereload's own poll (and its throttle) stays off

    def poll(self):
        changed = self.changed_files()
        if changed:
            self.report("%s %s changed: reloading the preview"
                        % (time.strftime("%H:%M:%S"), ", ".join(changed)))
            LiveReloadHandler.reload_waiters(changed[0])

    def changed_files(self):
        """The watched files added, changed or removed since the last call."""
        now = self._snapshot()
        changed = sorted(str(path) for path in set(now) | set(self._stamps)
                         if now.get(path) != self._stamps.get(path))
        self._stamps = now
        return changed

    def _snapshot(self):
        return {path: _stamp(path) for path in self.preview.watched_files()}


def _stamp(path):
    # The content, not the mtime: a save that changes nothing does not reload, and two
    # saves within the file system's timestamp resolution are both seen.
    try:
        return hashlib.sha256(path.read_bytes()).digest()
    except OSError:
        return None


class _PreviewServer(Server):
    """livereload's Server, quiet, telling the user where the preview is once it listens."""

    def __init__(self, preview, report=print):
        super().__init__(app=preview_app(preview), watcher=_PreviewWatcher(preview, report))
        self.preview = preview
        self.report = report

    def _setup_logging(self):
        import logging

        # The user reads our lines; tornado's request log and livereload's chatter stay out.
        for name in ("livereload", "tornado.access"):
            logging.getLogger(name).addHandler(logging.NullHandler())
            logging.getLogger(name).propagate = False

    def application(self, port, host, liveport=None, debug=None, live_css=True):
        super().application(port, host, liveport=liveport, debug=debug, live_css=live_css)
        self.report("Previewing %s at http://%s:%d/ (Ctrl-C to stop)"
                    % (self.preview.config_path, host, port))


def command(args):
    """`chatkit serve CONFIG [--port N] [--stylesheet FILE]`; Ctrl-C stops it (exit 0).

    Port 0 picks a free port.
    """
    port = _port(args.port)
    preview = Preview(args.config, port, getattr(args, "stylesheet", None))
    preview.check_paths()
    server = _PreviewServer(preview, report=_report)
    try:
        # live_css off: a changed stylesheet is served afresh with the whole page.
        server.serve(port=port, host=HOST, debug=False, live_css=False)
    except OSError as error:
        raise ValidationError([Problem("--port", port, _listen_problem(port, error))],
                              "chatkit serve") from None
    except KeyboardInterrupt:
        pass
    _report("Preview stopped.")
    return 0


def _port(port):
    if not 0 <= port <= 65535:
        raise ValidationError([Problem("--port", port, "%d is not a port: use 1 to 65535, or 0 "
                                       "for any free port" % port)], "chatkit serve")
    if port:
        return port
    # The preview must know its port before it listens (a stylesheet URL may name it).
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _listen_problem(port, error):
    if getattr(error, "errno", None) in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
        return "port %d is already in use: stop what runs there or pass --port N" % port
    return "cannot listen on port %d: %s" % (port, error.strerror or error)


def _report(line):
    print(line, flush=True)
