"""When 8x8 fails: down, slow, busy (503), answering malformed JSON or XML, redirecting, refusing
the token; and a restart with no state. The server keeps answering, says "stale", backs off."""

import pytest

from tests.server_support import (
    ACTION_TOKEN,
    TENANT,
    Served,
    Server,
    emulated,
    free_port,
    until,
)


@pytest.fixture
def emulator():
    with emulated() as (emulator, url):
        emulator.url = url
        yield emulator


@pytest.fixture
def server(emulator):
    servers = []

    def start(url=None, **options):
        servers.append(Server(url or emulator.url, **options))
        return servers[-1]

    yield start
    for served in servers:
        served.stop()


def stale(served):
    return served.status().json()["stale"]


def health(served):
    return served.http.get("/healthz").json()


def test_8x8_down_from_the_start(server):
    served = server("http://127.0.0.1:%d" % free_port())
    answer = served.status()
    assert answer.status_code == 503
    assert answer.headers["retry-after"] == "5" and answer.headers["cache-control"] == "no-store"
    assert answer.json() == {"error": "8x8 has not answered yet: try again in a moment"}
    body = health(served)
    assert body["ok"] is True and body["degraded"] is True
    assert body["8x8"]["schedule-id:Support hours"]["error"] == "unreachable"


def test_8x8_gone_after_answering_serves_the_last_answer_as_stale():
    with emulated() as (_, url):  # stopped at the end of the block
        served = Server(url)
        first = served.status().json()
        assert first["stale"] is False
    try:
        served.clock.advance(11)
        answer = served.status()
        assert answer.status_code == 200  # the last answer, while the refresh fails
        until(lambda: stale(served))
        later = served.status().json()
        assert later["as_of"] == first["as_of"]
        assert {k: later[k] for k in ("state", "agents_available", "waiting")} == {
            k: first[k] for k in ("state", "agents_available", "waiting")}
        assert health(served)["8x8"]["queue:101"]["error"] == "unreachable"
    finally:
        served.stop()


def test_503_is_served_stale_with_backoff(emulator, server):
    served = server()
    served.status()
    emulator.set(fault="busy", fault_on={"stats"})
    served.clock.advance(11)
    served.status()
    until(lambda: stale(served))
    first = len(emulator.calls_to("stats"))
    assert first == 4  # one answer and one 503 per queue
    for _ in range(20):
        served.status()
    served.clock.advance(8)  # within the first backoff, 10 s (±10%)
    for _ in range(20):
        served.status()
    assert len(emulator.calls_to("stats")) == first
    served.clock.advance(4)
    until(lambda: (served.status(), len(emulator.calls_to("stats")) == first + 2)[1])
    served.clock.advance(17)  # within the second backoff, 20 s (±10%)
    for _ in range(20):
        served.status()
    assert len(emulator.calls_to("stats")) == first + 2
    emulator.set(fault=None)
    served.clock.advance(6)
    until(lambda: not stale(served))
    assert health(served)["8x8"]["queue:101"]["failures"] == 0
    assert emulator.violations == []


def test_slow_8x8_is_abandoned_at_the_timeout(emulator, server):
    emulator.set(fault="slow", fault_on={"stats"}, slow_seconds=60)
    served = server(timeout=0.5)
    body = served.status().json()  # the schedule answered; the queues did not, in time
    assert body["stale"] is True and body["agents_available"] == 0 and body["wait"] is None
    assert health(served)["8x8"]["queue:101"]["error"] == "timeout"
    until(lambda: {c.get("status") for c in emulator.calls_to("stats")} == {499})
    assert emulator.violations == []


def test_slow_8x8_after_answering_never_holds_a_request(emulator, server):
    served = server(timeout=0.5)
    assert served.status().json()["stale"] is False
    emulator.set(fault="slow", fault_on={"stats"}, slow_seconds=60)
    served.clock.advance(11)
    assert served.status().status_code == 200  # the client's own timeout is 30 s
    until(lambda: stale(served))


@pytest.mark.parametrize("answer_format", [None, "xml"])
def test_malformed_answers(emulator, server, answer_format):
    served = server()
    served.status()
    emulator.set(fault="malformed", fault_on={"stats", "schedule"}, answer_format=answer_format)
    served.clock.advance(61)
    def errors():
        served.status()
        return {name: item["error"] for name, item in health(served)["8x8"].items()}

    until(lambda: all(errors()[name] == "malformed"
                      for name in ("queue:101", "queue:102", "schedule:122")))
    body = served.status().json()
    assert body["stale"] is True and body["state"] == "open"


@pytest.mark.parametrize("fault, error", [("error", "http-500"), ("redirect", "redirect")])
def test_errors_and_redirects_are_failures_never_followed(emulator, server, fault, error):
    emulator.set(fault=fault)
    served = server()
    assert served.status().status_code == 503
    assert health(served)["8x8"]["schedule-id:Support hours"]["error"] == error
    assert emulator.violations == []  # a redirect followed to /login is one
    assert not [c for c in emulator.calls if c["path"] == "/login"]


def test_a_wrong_token_is_refused_and_said_so():
    from chatkit.server.emulator import Emulator8x8

    emulator = Emulator8x8(TENANT, "0" * 32, ACTION_TOKEN)
    served_emulator = Served(emulator.app)
    served = Server(served_emulator.url)
    try:
        assert served.status().status_code == 503
        # 8x8-server-apis.txt:343, the schedule API answers 401 to a wrong token.
        assert [c["status"] for c in emulator.calls] == [401]
        assert health(served)["8x8"]["schedule-id:Support hours"]["error"] == "refused"
    finally:
        served.stop()
        served_emulator.stop()


def test_a_restart_with_no_state(emulator, server):
    first = server()
    assert first.status().status_code == 200
    handle = first.book().json()["handle"]
    calls = len(emulator.calls)
    first.stop()
    second = server()
    assert second.status().json()["stale"] is False
    assert len(emulator.calls) == calls + 4  # asked again: memory starts empty
    # The memory store forgot the handle: nothing is cancelled at 8x8 by guesswork.
    assert second.http.delete("/v1/callback/" + handle).status_code == 404
    assert emulator.calls_to("delete") == []
