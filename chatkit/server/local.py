"""chatkit server against chatkit's emulator of 8x8's APIs, both served on 127.0.0.1 in threads
of their own: what the preview (`chatkit serve` of a config with `[server]`), the testing kit
(`chatkit.testing.StatusServer`) and the tests run so that a page's availability text and
callback form meet a real server, with 8x8's state flipped at will.

    with LocalServer.from_tables(tables, origins=["http://127.0.0.1:8000"]) as local:
        local.url                                  # the server, for the snippet's [server] url
        local.set(schedule="closed", next_state="open", next_change_in=3600)
        config = local.config({"chat": {...}})     # the tables, pointed at this server

CPython only, with the `[server]` extra.
"""

import dataclasses
import time
from collections.abc import Iterable, Mapping
from typing import Any

from chatkit.emulator.serving import BackgroundServer, listen
from chatkit.errors import ValidationError
from chatkit.server.settings import SERVER_TABLES, Secrets, ServerSettings, check_server_tables

__all__ = ["DEFAULT_TABLES", "HOST", "LocalServer"]

HOST = "127.0.0.1"
# What a test or a preview needs and does not care about: the example's public settings.
DEFAULT_TABLES: dict[str, dict[str, Any]] = {
    "server": {"url": "http://127.0.0.1", "origins": ["http://127.0.0.1"],
               "schedule": "Support hours", "queues": [101, 102]},
    "callback": {"type": "when-agent-available", "queue": 201, "expiry_minutes": 60,
                 "countries": ["GB", "US"]},
}


class LocalServer:
    """A served chatkit server (memory store) and the 8x8 emulator it asks.

    `settings` are the config's (its url, origins and 8x8 host are replaced: the server
    answers at `url`, for the pages at `origins`, and asks the emulator); `emulator` is the
    `chatkit.server.emulator.Emulator8x8`, flipped with `set(...)` (its keywords).
    """

    def __init__(self, settings: ServerSettings, origins: Iterable[str], *,
                 clock=time.time) -> None:
        from chatkit.server.emulator import Emulator8x8

        self.origins = tuple(origins)
        self.emulator = Emulator8x8.for_settings(settings)
        self.tables: dict[str, dict[str, Any]] = {}
        self._given = settings
        self._clock = clock
        self._servers: list[BackgroundServer] = []
        self._app: Any = None
        self.url = ""
        self.settings = settings

    @classmethod
    def from_tables(cls, tables: Mapping[str, Any] | None = None,
                    origins: Iterable[str] = ()) -> "LocalServer":
        """From a config's `[server]`, `[callback]` and `[availability]` tables (as TOML
        gives them; DEFAULT_TABLES when None). ValidationError when they have an error."""
        tables = {name: dict(table) for name, table in (tables or DEFAULT_TABLES).items()
                  if name in SERVER_TABLES}
        settings, problems = check_server_tables({**tables, "chat": {"domain": "http://" +
                                                                     HOST}})
        errors = [p for p in problems if p.is_error]
        if settings is None or errors:
            raise ValidationError(errors or problems, "the server tables")
        local = cls(settings, origins)
        local.tables = tables
        return local

    def start(self) -> "LocalServer":
        from chatkit.server.app import create_app

        emulator_sock = listen(HOST, 0)
        emulator_url = "http://%s:%d" % (HOST, emulator_sock.getsockname()[1])
        self._servers.append(BackgroundServer(self.emulator.app, [emulator_sock],
                                              "chatkit-8x8-emulator").start())
        sock = listen(HOST, 0)
        self.url = "http://%s:%d" % (HOST, sock.getsockname()[1])
        self.settings = dataclasses.replace(self._given, url=self.url, api_base=emulator_url,
                                            origins=self.origins or self._given.origins)
        secrets = Secrets(self.emulator.tenant, self.emulator.data_token,
                          self.emulator.action_token)
        app = self._app = create_app(self.settings, secrets, store="memory", clock=self._clock)
        self._servers.append(BackgroundServer(app, [sock], "chatkit-status-server",
                                              lifespan="on").start())
        return self

    def stop(self) -> None:
        while self._servers:
            self._servers.pop().stop()

    def __enter__(self) -> "LocalServer":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def set(self, *, forget: bool = True, **switches: Any) -> None:
        """Flip the emulator: `schedule`, `next_state`, `next_change_in` (seconds),
        `agents`, `waiting`, `wait`, `queued`, `fault`... (`Emulator8x8.set`). With
        `forget` the server drops its cached answers, so the next /v1/status shows the new
        state; without, it keeps them as 8x8's cache periods say (to see a fault turn
        them stale)."""
        self.emulator.set(**switches)
        server = getattr(self._app.state, "server", None) if self._app is not None else None
        if forget and server is not None:
            server.forget()

    def config(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """A config dict (`chatkit.testing.config_for` takes it) with this server's tables,
        its `[server] url` this server's and its origins the pages'."""
        if not self.url:
            raise RuntimeError("LocalServer.config: start the server first")
        server = dict(self.tables.get("server", {}), url=self.url, origins=list(self.origins))
        return {**data, **self.tables, "server": server}
