"""`chatkit serve`: preview a config against the 8x8 emulator, reloading on every change.

The preview is a page with the config's snippet, pointed at this server, which
serves the emulator at /CHAT/common/js/chat.js (`chatkit.preview.page` says what
else it serves: nothing but what the page needs).  Buttons drive the emulator;
a panel shows what the agent would receive.  A broken config shows its problems
on the page (one line each) instead of stopping the server, and saving the fix
brings the chat back.

It is a server on the user's computer that any web page they visit could try to
reach, so it answers only requests that name it as the user's browser does
(`chatkit.preview.origins`), and its live-reload socket only its own pages.  Of
livereload's endpoints only the socket and its script are kept (no /forcereload).

`_PreviewWatcher` asks the preview, every `POLL_SECONDS`, whether the files the
config depends on (config, hooks, stylesheet) changed, which costs a `stat` per
file while nothing changes, and tells the browsers to reload when one did.
"""

import socket
import time

from livereload import Server
from livereload.handlers import LiveReloadHandler
from livereload.watcher import Watcher
from tornado import web
from tornado.ioloop import PeriodicCallback

from chatkit.errors import Problem, ValidationError
from chatkit.preview.handlers import handlers
from chatkit.preview.page import Preview

__all__ = ["POLL_SECONDS", "Preview", "command"]

POLL_SECONDS = 0.2
HOST = "localhost"  # both 127.0.0.1 and ::1, so http://localhost:PORT works either way


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
        self._seen = preview.watched()

    def start(self, callback):
        PeriodicCallback(self.poll, POLL_SECONDS * 1000).start()
        return True  # livereload's own poll (and its throttle) stays off

    def poll(self):
        changed = self.changed_files()
        if changed:
            self.report("%s %s changed: reloading the preview"
                        % (time.strftime("%H:%M:%S"), ", ".join(changed)))
            # "*", not the file's path: the browser needs no path of this computer.
            LiveReloadHandler.reload_waiters("*")

    def changed_files(self):
        """The watched files added, changed or removed since the last call."""
        now = self.preview.watched()
        changed = sorted(str(path) for path in set(now) | set(self._seen)
                         if now.get(path) != self._seen.get(path))
        self._seen = now
        return changed


class _PreviewServer(Server):
    """livereload's Server, quiet, local only, telling the user where the preview is."""

    def __init__(self, preview, report=print):
        super().__init__(watcher=_PreviewWatcher(preview, report))
        self.preview = preview
        self.report = report

    def _setup_logging(self):
        import logging

        # The user reads our lines; tornado's logs and livereload's chatter stay out (the
        # handlers report what the user must know, in one line).
        for name in ("livereload", "tornado"):
            logging.getLogger(name).addHandler(logging.NullHandler())
            logging.getLogger(name).propagate = False

    def application(self, port, host, liveport=None, debug=None, live_css=True):
        LiveReloadHandler.watcher = self.watcher
        LiveReloadHandler.live_css = live_css
        web.Application(handlers(self.preview, self.report), debug=False).listen(
            port, address=host)
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
    # The preview must know its port before it listens: it answers only Host values naming it.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _listen_problem(port, error):
    if getattr(error, "errno", None) in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
        return "port %d is already in use: stop what runs there or pass --port N" % port
    return "cannot listen on port %d: %s" % (port, error.strerror or error)


def _report(line):
    print(line, flush=True)
