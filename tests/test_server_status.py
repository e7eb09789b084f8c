"""`GET /v1/status` through real HTTP: the schedule's state, the queues' aggregates, 8x8's
limits (single flight, the cache periods), CORS and caching headers."""

import threading
from datetime import datetime

import pytest

from tests.server_support import ORIGIN, OTHER_ORIGIN, Server, emulated, until

KEYS = {"open", "state", "next_change", "agents_available", "waiting", "wait", "stale", "as_of"}


@pytest.fixture
def emulator():
    with emulated() as (emulator, url):
        emulator.url = url
        yield emulator


@pytest.fixture
def server(emulator):
    servers = []

    def start(**options):
        servers.append(Server(emulator.url, **options))
        return servers[-1]

    yield start
    for served in servers:
        served.stop()


def seconds(iso_text):
    return datetime.strptime(iso_text, "%Y-%m-%dT%H:%M:%S%z").timestamp()


def many(get, count=50):
    """`count` requests at once, from threads: (their answers)."""
    answers = [None] * count

    def one(index):
        answers[index] = get()

    threads = [threading.Thread(target=one, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return answers


def test_open_with_the_queues_aggregates(emulator, server):
    emulator.set(schedule="open", next_state="closed", next_change_in=3600)
    emulator.queue(101, agents=2, waiting=3, wait=40, queued=10)
    emulator.queue(102, agents=1, waiting=1, wait=100, queued=10)
    answer = server().status()
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == KEYS
    assert body["open"] is True and body["state"] == "open"
    assert body["agents_available"] == 3  # agent-count-waitTransact, 2 + 1
    assert body["waiting"] == 4  # queue-size, 3 + 1
    # thirty-min-avg-wait-time weighted by thirty-min-queued: (40*10 + 100*10) / 20 = 70 s,
    # between short (60) and medium (300).
    assert body["wait"] == "medium"
    assert body["stale"] is False
    assert abs(seconds(body["next_change"]) - (seconds(body["as_of"]) + 3600)) <= 5
    assert answer.headers["content-type"] == "application/json"


@pytest.mark.parametrize("state, code", [("closed", -1), ("choice-3", "Choice #3")])
def test_closed_and_choice_states_are_not_open(emulator, server, state, code):
    # 8x8-server-apis.txt:330-333: -1 CLOSED, Choice #1..#6 CHOICE.
    emulator.set(schedule=state, next_state="open", next_change_in=600)
    body = server().status().json()
    assert body["state"] == state and body["open"] is False
    assert body["wait"] is None  # no expected wait while not open
    calls = emulator.calls_to("schedule")
    assert calls[-1]["path"].endswith("/nextstatus.json")


@pytest.mark.parametrize("wait, expected", [(59, "short"), (60, "medium"), (299, "medium"),
                                            (300, "long")])
def test_the_wait_thresholds(emulator, server, wait, expected):
    emulator.set(wait=wait, queued=4)
    assert server().status().json()["wait"] == expected


def test_a_schedule_by_id_is_never_looked_up_by_name(emulator, server):
    server(schedule="122").status()
    paths = [c["path"] for c in emulator.calls_to("schedule")]
    assert paths == ["/api/provisioning/schedules/122/nextstatus.json"]


def test_the_answer_flips_when_the_next_change_comes(emulator, server):
    emulator.set(schedule="open", next_state="closed", next_change_in=30)
    served = server()
    assert served.status().json()["state"] == "open"
    served.clock.advance(31)
    body = served.status().json()
    assert body["state"] == "closed" and body["open"] is False


def test_fifty_first_requests_make_one_call_per_resource(emulator, server):
    answers = many(server().status)
    assert {a.status_code for a in answers} == {200}
    paths = sorted(c["path"] for c in emulator.calls)
    assert paths == ["/api/provisioning/schedules/122/nextstatus.json",
                     "/api/provisioning/schedulesbyname/Support hours.json",
                     "/api/rtstats/stats/queue/101.json", "/api/rtstats/stats/queue/102.json"]
    assert emulator.violations == []  # never two requests of the tenant at once (:346)


def test_statistics_are_cached_ten_seconds(emulator, server):
    served = server()
    many(served.status, 20)
    assert len(emulator.calls_to("stats")) == 2  # queue 101 and 102, once
    served.clock.advance(9.5)
    many(served.status, 20)
    assert len(emulator.calls_to("stats")) == 2
    served.clock.advance(1)
    until(lambda: (served.status(), len(emulator.calls_to("stats")) == 4)[1])
    many(served.status, 20)
    assert len(emulator.calls_to("stats")) == 4
    assert emulator.violations == []


@pytest.mark.parametrize("next_change_in, period", [(3600, 60), (20, 20)])
def test_the_schedule_is_cached_until_its_next_change_or_a_minute(emulator, server,
                                                                   next_change_in, period):
    emulator.set(next_change_in=next_change_in)
    served = server(schedule="122")
    served.status()
    served.clock.advance(period - 1.5)
    many(served.status, 10)
    assert len(emulator.calls_to("schedule")) == 1
    served.clock.advance(2)
    until(lambda: (served.status(), len(emulator.calls_to("schedule")) == 2)[1])


def test_xml_answers_read_the_same(emulator, server):
    emulator.set(answer_format="xml", schedule="choice-2", agents=4, waiting=2)
    body = server().status().json()
    assert (body["state"], body["agents_available"], body["waiting"]) == ("choice-2", 8, 4)
    assert all(not c["path"].endswith(".xml") for c in emulator.calls)


def test_only_the_configured_ids_and_never_agent_records(emulator, server):
    served = server()
    served.status(params={"queue": "999", "schedule": "7", "queues": "1,2"})
    served.http.get("/v1/status/../agents")
    paths = {c["path"] for c in emulator.calls}
    assert paths == {"/api/provisioning/schedulesbyname/Support hours.json",
                     "/api/provisioning/schedules/122/nextstatus.json",
                     "/api/rtstats/stats/queue/101.json", "/api/rtstats/stats/queue/102.json"}
    assert all(c["auth"] == "ok" for c in emulator.calls)


def test_cors_for_the_configured_origin_only(server):
    served = server()
    allowed = served.status()
    assert allowed.headers["access-control-allow-origin"] == ORIGIN
    assert allowed.headers["vary"] == "Origin"
    assert "access-control-allow-credentials" not in allowed.headers
    cache = allowed.headers["cache-control"]
    assert cache.startswith("public, max-age=") and 0 <= int(cache.rpartition("=")[2]) <= 10
    for headers in ({"Origin": OTHER_ORIGIN}, {"Origin": ORIGIN + ":443"}, {"Origin": "null"},
                    {"Origin": ORIGIN.upper()}):
        other = served.status(headers=headers)
        assert other.status_code == 200
        assert "access-control-allow-origin" not in other.headers
        assert other.headers["vary"] == "Origin"
    bare = served.http.get("/v1/status", headers={"Origin": ""})
    assert bare.headers["vary"] == "Origin" and "access-control-allow-origin" not in bare.headers


def test_preflights(server):
    served = server()
    ok = served.http.options("/v1/callback", headers={
        "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})
    assert ok.status_code == 204
    assert ok.headers["access-control-allow-origin"] == ORIGIN
    assert ok.headers["access-control-allow-methods"] == "POST"
    assert ok.headers["access-control-allow-headers"].lower() == "content-type"
    assert "access-control-allow-credentials" not in ok.headers
    cancel = served.http.options("/v1/callback/ck" + "0" * 32, headers={
        "Access-Control-Request-Method": "DELETE"})
    assert cancel.status_code == 204 and cancel.headers["access-control-allow-methods"] == "DELETE"
    refused = served.http.options("/v1/callback", headers={
        "Origin": OTHER_ORIGIN, "Access-Control-Request-Method": "POST"})
    assert refused.status_code == 403
    assert "access-control-allow-origin" not in refused.headers


def test_healthz(emulator, server):
    served = server()
    served.status()
    health = served.http.get("/healthz")
    assert health.status_code == 200 and health.headers["cache-control"] == "no-store"
    body = health.json()
    assert body["ok"] is True and body["degraded"] is False
    assert body["store"] == {"kind": "memory", "ok": True, "answering_from": "memory"}
    assert body["callbacks"] == "on"
    assert body["8x8"]["queue:101"]["answered"] is True
