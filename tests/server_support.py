"""Real HTTP for the server tests: an ASGI app served by uvicorn on 127.0.0.1 (in a thread),
the 8x8 emulator served the same way, configs written as a tenant writes them, a clock the
tests move, and the Redis that .ci/run starts.

Expectations in the tests are typed from 8x8-server-apis.txt (the line is named beside
them), never read from chatkit's own tables.
"""

import os
import secrets
import socket
import threading
import time
from contextlib import contextmanager

import httpx
import pytest
import uvicorn

from chatkit._toml import read_toml
from chatkit.server import Secrets, check_server_tables
from chatkit.server.app import create_app
from chatkit.server.emulator import Emulator8x8
from chatkit.server.serving import listen

TENANT = "ExampleTenant"
# Fresh for every run, so a test that finds them in a log or an answer cannot be fooled by a
# constant that happens to be there.
DATA_TOKEN = secrets.token_hex(16)
ACTION_TOKEN = secrets.token_hex(16)
ORIGIN = "https://www.example.com"
OTHER_ORIGIN = "https://evil.example"
START_BOUND = 20  # seconds a served app may take to start (bounds a hang, never asserted)
REDIS_ENV = "CHATKIT_TEST_REDIS_URL"

CONFIG = """\
[chat]
uuid = "script_0123456789abcdef01234567.89012345"
tenant = "ZXhhbXBsZTAx"
channel = "Customer Support"
domain = "%(domain)s"

[server]
url = "https://chat-status.example.com"
origins = ["%(origin)s"]
schedule = %(schedule)s
queues = [101, 102]
wait = { short = 60, medium = 300 }
"""
CALLBACK = """
[callback]
type = "%(type)s"
%(target)s
%(expiry)s
countries = %(countries)s
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Served:
    """An ASGI app served by uvicorn on 127.0.0.1 in a thread, until `stop()`."""

    def __init__(self, app, port=None):
        self.sock = listen("127.0.0.1", port or 0, "the test server")
        self.port = self.sock.getsockname()[1]
        self.url = "http://127.0.0.1:%d" % self.port
        config = uvicorn.Config(app, log_config=None, access_log=False, lifespan="auto",
                                timeout_graceful_shutdown=2)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       daemon=True)
        self.thread.start()
        deadline = time.monotonic() + START_BOUND
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the app did not start")
            time.sleep(0.01)

    def stop(self):
        self.server.should_exit = True
        self.thread.join(START_BOUND)
        self.sock.close()


class Clock:
    """A wall clock the test moves forward: the server's cache periods run on it."""

    def __init__(self):
        self.now = time.time()
        self._lock = threading.Lock()

    def __call__(self):
        with self._lock:
            return self.now

    def advance(self, seconds):
        with self._lock:
            self.now += seconds


def config_text(domain, *, schedule='"Support hours"', callback="when-agent-available",
                expiry=60, countries=("GB", "US"), extra=""):
    text = CONFIG % {"domain": domain, "origin": ORIGIN, "schedule": schedule}
    if callback:
        target = "queue = 201" if callback == "when-agent-available" else \
            'channel_number = "18005550100"'
        text += CALLBACK % {"type": callback, "target": target,
                            "expiry": "expiry_minutes = %d" % expiry if expiry else "",
                            "countries": "[%s]" % ", ".join('"%s"' % c for c in countries)}
    return text + extra


def settings_for(domain, **options):
    settings, problems = check_server_tables(read_toml(config_text(domain, **options)))
    assert settings is not None, [p.line() for p in problems]
    return settings


class Server:
    """A served chatkit server and an httpx client for it (the page's origin by default)."""

    def __init__(self, emulator_url, *, store="memory", action_token=ACTION_TOKEN, clock=None,
                 timeout=2.0, **options):
        self.clock = clock or Clock()
        self.settings = settings_for(emulator_url, **options)
        app = create_app(self.settings, Secrets(TENANT, DATA_TOKEN, action_token), store=store,
                         timeout=timeout, clock=self.clock)
        self.served = Served(app)
        self.url = self.served.url
        self.http = httpx.Client(base_url=self.url, timeout=30, headers={"Origin": ORIGIN})

    def status(self, **options):
        return self.http.get("/v1/status", **options)

    def book(self, fields=None, **options):
        body = {"phone": "+44 20 7946 0018", "consent": True, "website": "",
                "form_age_ms": 5000}
        body.update(fields or {})
        return self.http.post("/v1/callback", json=body, **options)

    def stop(self):
        self.http.close()
        self.served.stop()


def new_emulator():
    return Emulator8x8(TENANT, DATA_TOKEN, ACTION_TOKEN)


@contextmanager
def emulated():
    """An 8x8 emulator served on 127.0.0.1: (emulator, its URL)."""
    emulator = new_emulator()
    served = Served(emulator.app)
    try:
        yield emulator, served.url
    finally:
        served.stop()


def redis_url():
    """The Redis .ci/run started (CHATKIT_TEST_REDIS_URL); without it the test is skipped,
    and under CI=true it fails: CI must prove the shared store, not skip it."""
    url = os.environ.get(REDIS_ENV)
    message = None
    if not url:
        message = "%s is not set: .ci/run starts a redis-server for these tests" % REDIS_ENV
    else:
        try:
            import redis

            redis.Redis.from_url(url, socket_connect_timeout=2).ping()
        except Exception as error:  # any failure to reach it says the same
            message = "Redis at %s does not answer (%s)" % (url, type(error).__name__)
    if message:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return url


def until(predicate, bound=START_BOUND, step=0.02):
    """Wait for `predicate()` (bounded: a hang fails the test, no time is asserted)."""
    deadline = time.monotonic() + bound
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("not reached within %d s" % bound)
        time.sleep(step)
