"""`chatkit serve`: the preview of a config against the 8x8 emulator (SPEC 3), on uvicorn.

The page shows the config's snippet talking to the emulator, with controls for the
customer, the agent and the contact center, and what the agent would receive.  A
broken config shows its problems on the page (one line each) instead of stopping the
server, and saving the fix brings the chat back.  What goes wrong (the config's
problems, the chat's warnings, the emulator's notes, the hooks' errors, CSP
violations) is shown in the page and printed in the terminal, once each.

It listens on this computer's loopback addresses only (127.0.0.1 and ::1, the two of
`localhost`), and answers only requests that name it as the user's browser does
(`chatkit.preview.app`).  `chatkit.preview.live` watches the files and talks to the
pages.

    >>> serve_preview(Path("chat.toml"), port=0)   # doctest: +SKIP
    Previewing chat.toml at http://localhost:40123/ (Ctrl-C to stop)
"""

import asyncio
import errno
import signal
import threading
import webbrowser
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from chatkit.emulator.serving import listen, port_in_use, quiet_config
from chatkit.errors import Problem, ValidationError, escape
from chatkit.preview.app import preview_app
from chatkit.preview.csp import read_policies
from chatkit.preview.live import POLL_SECONDS, Live
from chatkit.preview.page import Preview
from chatkit.preview.terminal import Terminal

__all__ = ["POLL_SECONDS", "Preview", "serve_preview"]

_LOOPBACK = ("127.0.0.1", "::1")  # both, so http://localhost:PORT works either way
_PORT_TRIES = 20  # port 0: a free port on 127.0.0.1 may be taken on ::1; pick another


def serve_preview(config: Path, *, port: int = 8000, stylesheet: Path | None = None,
                  csp: str | None = None, open_browser: bool = False) -> int:
    """Serve the preview of `config` at http://localhost:PORT/ until Ctrl-C; returns 0.

    `port` 0 picks a free port (the first line printed names it); `stylesheet` is a CSS
    or RTF file shown in place of the config's https `stylesheet_url`; `csp` a
    Content-Security-Policy (or `@FILE` of header lines) served with the page;
    `open_browser` opens the page in the user's browser.  Raises ValidationError for a
    file that is not there, a port in use or out of range, a policy that is not one.
    """
    _check_port(port)
    policies = read_policies(csp) if csp is not None else []
    preview = Preview(config, port, stylesheet, policies)
    preview.check_paths()
    sockets = _listen(port)
    preview.port = port = sockets[0].getsockname()[1]
    terminal = Terminal()
    url = "http://localhost:%d/" % port
    live = Live(preview, terminal)
    server = uvicorn.Server(quiet_config(preview_app(live)))
    with _stopped_by_ctrl_c(server):
        terminal.say("Previewing %s at %s (Ctrl-C to stop)" % (escape(str(config)), url))
        live.new_version()
        if open_browser:
            threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
        try:
            asyncio.run(_serve(server, live, sockets))
        finally:
            preview.server.close()
            for sock in sockets:
                sock.close()
    terminal.say("Preview stopped.")
    return 0


@contextmanager
def _stopped_by_ctrl_c(server):
    """Ctrl-C (SIGINT) stops `server`, whenever it comes: before uvicorn listens for it
    (as the preview starts), while it does, and after."""
    def stop(signum, frame):
        server.should_exit = True

    try:
        previous = signal.signal(signal.SIGINT, stop)
    except ValueError:  # not the main thread: whoever runs it stops it
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


async def _serve(server, live, sockets):
    watching = asyncio.create_task(_watch(live))
    try:
        await server.serve(sockets=sockets)
    finally:
        watching.cancel()


async def _watch(live):
    while True:
        try:
            await live.watch()
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - a bug in chatkit: one line, it goes on
            live.terminal.say("chatkit serve could not look at the files: %s: %s"
                              % (type(error).__name__, error))
            await asyncio.sleep(POLL_SECONDS)


def _check_port(port):
    if not 0 <= port <= 65535:
        raise ValidationError([Problem("--port", port, "%d is not a port: use 1 to 65535, or 0 "
                                       "for any free port" % port)], "chatkit serve")


def _listen(port):
    """Listening sockets on both loopback addresses, on `port` (0: the same free port)."""
    for _ in range(_PORT_TRIES if port == 0 else 1):
        try:
            first = listen(_LOOPBACK[0], port)
        except OSError as error:
            raise _listen_error(port, error) from None
        chosen = first.getsockname()[1]
        try:
            return [first, listen(_LOOPBACK[1], chosen)]
        except OSError as error:
            if error.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
                return [first]  # no IPv6 here: localhost is 127.0.0.1
            first.close()
            if port != 0:
                raise _listen_error(port, error) from None
    raise _listen_error(port, OSError(errno.EADDRINUSE, "no free port on both loopbacks"))


def _listen_error(port, error):
    if port_in_use(error) and port:
        why = "port %d is already in use: stop what runs there or pass --port N" % port
    else:
        why = "cannot listen on port %d: %s" % (port, error.strerror or error)
    return ValidationError([Problem("--port", port, why)], "chatkit serve")
