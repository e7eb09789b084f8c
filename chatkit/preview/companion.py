"""The preview's chatkit server: with `[server]`, `chatkit serve` runs the status and callback
companion against chatkit's emulator of 8x8's APIs (chatkit.server.local.LocalServer), so the
page's availability text and callback form meet a real server; the page's buttons flip 8x8's
state (`STATES`) over the live socket.

The server starts when a page first needs it, starts anew when `[server]`, `[callback]` or
`[availability]` change, and stops with the preview. It answers the preview's own origins
only. Without the `[server]` extra (httpx, phonenumbers) the page says what to install.
"""

import threading
from typing import Any

from chatkit.preview.origins import allowed_hosts

__all__ = ["EXTRA_NOTE", "PreviewServer", "STATES"]

EXTRA_NOTE = ("[server]: the preview runs chatkit server against its 8x8 emulator with the "
              "[server] extra only: pip install '.[server]' (the page shows no availability)")
_HOURS = 3600
# name: (the button's text, the emulator's switches, whether the server forgets its answers:
# a fault keeps them, so the page shows what the server serves while 8x8 fails: stale ones).
STATES: dict[str, tuple[str, dict[str, Any], bool]] = {
    "open": ("Open, agents free", {"schedule": "open", "next_state": "closed",
                                   "next_change_in": 8 * _HOURS, "agents": 2, "waiting": 0,
                                   "wait": 30, "fault": None}, True),
    "queue": ("5 waiting", {"schedule": "open", "agents": 2, "waiting": 5, "wait": 200,
                            "fault": None}, True),
    "busy": ("No agent free, long wait", {"schedule": "open", "agents": 0, "waiting": 12,
                                          "wait": 900, "fault": None}, True),
    "closed": ("Closed, opens in 14 h", {"schedule": "closed", "next_state": "open",
                                         "next_change_in": 14 * _HOURS, "fault": None}, True),
    "closed-days": ("Closed for 8 days", {"schedule": "closed", "next_state": "open",
                                          "next_change_in": 8 * 24 * _HOURS, "fault": None},
                    True),
    "closed-unknown": ("Closed, no next change", {"schedule": "closed", "next_state": None,
                                                  "next_change_in": None, "fault": None}, True),
    "choice-1": ("Choice #1", {"schedule": "choice-1", "fault": None}, True),
    "503": ("8x8 answers 503", {"fault": "busy"}, False),
    "down": ("8x8 fails, nothing cached", {"fault": "error"}, True),
    "fine": ("8x8 answers again", {"fault": None}, True),
}


class PreviewServer:
    """The LocalServer of the previewed config's [server] tables, while it has them."""

    def __init__(self) -> None:
        self.local: Any = None  # a chatkit.server.local.LocalServer (the [server] extra's)
        self._settings: Any = None
        self._lock = threading.Lock()

    def for_config(self, config, port: int):
        """The running LocalServer for `config.server` (None without [server]); ImportError
        without the [server] extra."""
        with self._lock:
            if config.server is None:
                self._stop()
                return None
            if self.local is None or self._settings != (config.server, port):
                self._stop()
                from chatkit.server.local import LocalServer

                origins = ["http://" + host for host in allowed_hosts(port)]
                self.local = LocalServer(config.server, origins).start()
                self._settings = (config.server, port)
            return self.local

    def flip(self, name: object) -> dict:
        """Put the emulated 8x8 in state `name` (one of STATES): the page's answer."""
        with self._lock:
            if not isinstance(name, str) or name not in STATES:
                return {"server": str(name), "error": "no such state (the states: %s)"
                        % ", ".join(STATES)}
            if self.local is None:
                return {"server": name, "error": "this config has no [server]"}
            _, switches, forget = STATES[name]
            self.local.set(forget=forget, **switches)
            return {"server": name, "done": STATES[name][0]}

    def close(self) -> None:
        with self._lock:
            self._stop()

    def _stop(self):
        if self.local is not None:
            self.local.stop()
        self.local = None
        self._settings = None
