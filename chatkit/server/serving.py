"""`run`: read the config and the environment, then serve the application with uvicorn (and,
with `--emulate`, the 8x8 emulator beside it on a free local port).

Every mistake (the config, a missing token, a port in use, a store URL) is one line and exit
code 2, before anything listens. The server's own log lines (chatkit.server) go to stderr with
uvicorn's; none of them holds a token, the tenant name or a phone number.
"""

import logging
import os
import signal
import socket
import sys
import threading
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from chatkit.config import MAX_CONFIG_BYTES
from chatkit.errors import ChatkitError, ConfigError, Problem
from chatkit.server.settings import (
    ENV_ACTION_TOKEN,
    ENV_STORE,
    Secrets,
    ServerSettings,
    secrets_from_env,
)

__all__ = ["EXTRA", "MAX_CONFIG_BYTES", "application_from_env", "listen", "load_settings", "serve"]

EXTRA = ("chatkit server needs chatkit's [server] extra: pip install '.[server]' in the "
         "checkout (or 'chatkit-8x8[server]' from a wheel built from it)")
_MODULES = ("starlette", "uvicorn", "httpx", "phonenumbers")


class _Mistake(ChatkitError):
    """Lines to print, exit code 2."""

    def __init__(self, lines):
        super().__init__("\n".join(lines))
        self.lines = lines


def load_settings(config_path, environ=None) -> ServerSettings:
    """The checked settings of a chat.toml, read and checked by `chatkit.config.load_config`
    exactly as `chatkit check` does (every table, one line a problem), or _Mistake with every
    problem as a line; the warnings go to stderr. `environ` is unused: the config's check
    reads 8x8's tokens from the process environment, as `check` does."""
    from chatkit.config import load_config

    source = str(config_path)
    try:
        config = load_config(config_path)
    except ConfigError as error:
        shown = source if error.source in (source, str(Path(source))) else error.source
        raise _Mistake([p.line(shown) for p in error.problems]) from None
    for problem in config.warnings:
        print(problem.line(source), file=sys.stderr)
    if config.server is None:
        raise _Mistake([Problem("server", None, "missing: chatkit server needs a [server] "
                                "table (url, origins, schedule, queues; see the README)")
                        .line(source)])
    return config.server


def _store_url(store, settings, environ):
    url = store or environ.get(ENV_STORE) or settings.store
    if url == "memory":
        return url
    scheme, sep, rest = url.partition("://")
    if not sep or scheme not in ("redis", "rediss") or not rest:
        raise _Mistake(["--store: must be \"memory\" or a Redis URL like "
                        "redis://127.0.0.1:6379/0, not %r" % url])
    try:
        import redis  # noqa: F401
    except ImportError:
        raise _Mistake(["--store: a Redis store needs the [server] extra: "
                        "pip install '.[server]'"]) from None
    return url


def _check_extra():
    missing = []
    for name in _MODULES:
        try:
            __import__(name)
        except ImportError:
            missing.append(name)
    if missing:
        raise _Mistake(["%s (missing: %s)" % (EXTRA, ", ".join(missing))])


def listen(host: str, port: int, what: str) -> socket.socket:
    """A listening socket, or _Mistake naming `what` (the option) when it cannot be had."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named: asyncio turns Nagle off (TCP_NODELAY) only on sockets that say they
    # are TCP; without it an answer written in two parts waits for the client's delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        raise _Mistake(["%s: cannot listen on %s:%d (%s): choose another" % (
            what, host, port, error.strerror or error)]) from None
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _logging():
    from uvicorn.logging import DefaultFormatter

    logger = logging.getLogger("chatkit.server")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(DefaultFormatter("%(levelprefix)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def serve(config_path, *, host="127.0.0.1", port=8080, store=None, emulate=False,
          environ=None) -> int:
    """`chatkit server`'s body: 0 after a normal stop, 2 for a mistake (printed)."""
    env = os.environ if environ is None else environ
    try:
        _check_extra()
        settings = load_settings(config_path, env)
        store_url = _store_url(store, settings, env)
        if emulate:
            secrets = None
        else:
            secrets, problems = secrets_from_env(env)
            if problems:
                raise _Mistake([p.line() for p in problems])
        sock = listen(host, port, "--port")
    except _Mistake as mistake:
        for line in mistake.lines:
            print(line, file=sys.stderr)
        return 2
    import uvicorn

    from chatkit.server.app import create_app

    _logging()
    emulator_server = emulator_thread = None
    if emulate:
        from chatkit.server.emulator import Emulator8x8

        emulator = Emulator8x8.for_settings(settings)
        emulator_sock = listen("127.0.0.1", 0, "the emulator")
        emulator_url = "http://127.0.0.1:%d" % emulator_sock.getsockname()[1]
        secrets = Secrets(emulator.tenant, emulator.data_token, emulator.action_token)
        settings = replace(settings, api_base=emulator_url)
        emulator_server = uvicorn.Server(uvicorn.Config(
            emulator.app, log_level="warning", access_log=False, lifespan="off"))
        emulator_thread = threading.Thread(target=emulator_server.run,
                                           kwargs={"sockets": [emulator_sock]}, daemon=True)
        emulator_thread.start()
    assert secrets is not None
    app = create_app(settings, secrets, store=store_url)
    _banner(settings, host, sock.getsockname()[1], store_url, secrets, emulate)
    server = uvicorn.Server(uvicorn.Config(app, log_level="info", proxy_headers=True,
                                           server_header=False, lifespan="on"))
    try:
        with _stopped_by_signals():
            server.run(sockets=[sock])
    except _Stopped:
        pass  # uvicorn shut down, then passed the signal on: a normal stop
    finally:
        sock.close()
        if emulator_server is not None and emulator_thread is not None:
            emulator_server.should_exit = True
            emulator_thread.join(timeout=5)
    return 0 if server.started else 1


class _Stopped(ChatkitError):
    """Ctrl-C or SIGTERM, after uvicorn has shut down cleanly."""


@contextmanager
def _stopped_by_signals():
    """uvicorn re-raises the signal that stopped it once it has shut down; these handlers
    turn that into _Stopped, so the run ends with exit code 0 rather than killed by it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(number, frame):
        raise _Stopped()

    previous = {number: signal.signal(number, stop) for number in (signal.SIGINT,
                                                                    signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _banner(settings, host, port, store_url, secrets, emulate):
    from chatkit.server.store import redacted_url

    shown = "[%s]" % host if ":" in host else host
    lines = ["chatkit server: http://%s:%d/v1/status (pages allowed: %s)"
             % (shown, port, ", ".join(settings.origins)),
             "  8x8: %s%s" % (settings.api_base, " (chatkit's emulator)" if emulate else ""),
             "  store: %s; callbacks: %s" % (
                 redacted_url(store_url), "on" if settings.callback and secrets.action_token
                 else "off" if settings.callback is None else
                 "off (no %s: read-only)" % ENV_ACTION_TOKEN)]
    if emulate:
        lines.append("  flip the emulator: curl -X POST %s/_emulator/state -d "
                     "'{\"schedule\": \"closed\", \"next_state\": \"open\", "
                     "\"next_change_in\": 600}' (agents, waiting, wait, fault: see the README)"
                     % settings.api_base)
    print("\n".join(lines), file=sys.stderr, flush=True)


def application_from_env():
    """`app_from_env`'s body (see chatkit.server.app_from_env)."""
    from chatkit.server import ENV_CONFIG

    env = os.environ
    try:
        _check_extra()
        path = env.get(ENV_CONFIG, "")
        if not path:
            raise _Mistake(["%s is not set: name the chat.toml to serve" % ENV_CONFIG])
        settings = load_settings(path, env)
        store_url = _store_url(None, settings, env)
        secrets, problems = secrets_from_env(env)
        if problems:
            raise _Mistake([p.line() for p in problems])
        assert secrets is not None  # no problems: the required secrets are there
    except _Mistake as mistake:
        for line in mistake.lines:
            print(line, file=sys.stderr)
        raise SystemExit(2) from None
    from chatkit.server.app import create_app

    _logging()
    return create_app(settings, secrets, store=store_url)
