"""Several instances sharing Redis: the same few 8x8 calls whatever the number of instances,
callbacks and rate limits shared, Redis gone mid-run (each instance on its own memory, said in
/healthz), and state that survives a restart. Needs a real redis-server (.ci/run starts one)."""

import shutil
import subprocess
import tempfile
import threading

import pytest
import redis

from tests.server_support import (
    START_BOUND,
    Server,
    emulated,
    free_port,
    redis_url,
    until,
)


@pytest.fixture
def shared():
    url = redis_url()
    redis.Redis.from_url(url).flushdb()
    return url


@pytest.fixture
def emulator():
    with emulated() as (emulator, url):
        emulator.url = url
        emulator.set(schedule="open", next_state="closed", next_change_in=3600)
        yield emulator


@pytest.fixture
def instances(emulator):
    started = []

    def start(count, store):
        for _ in range(count):
            started.append(Server(emulator.url, store=store))
        return started[-count:]

    yield start
    for served in started:
        served.stop()


def at_once(calls):
    threads = [threading.Thread(target=call) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)


def test_ten_instances_make_8x8_the_calls_of_one(emulator, instances, shared):
    servers = instances(10, shared)
    at_once([served.status for served in servers for _ in range(5)])
    paths = sorted(c["path"] for c in emulator.calls)
    assert paths == ["/api/provisioning/schedules/122/nextstatus.json",
                     "/api/provisioning/schedulesbyname/Support hours.json",
                     "/api/rtstats/stats/queue/101.json", "/api/rtstats/stats/queue/102.json"]
    for served in servers:
        served.clock.advance(11)
    at_once([served.status for served in servers for _ in range(5)])
    until(lambda: len(emulator.calls_to("stats")) >= 4)
    at_once([served.status for served in servers for _ in range(3)])
    assert len(emulator.calls_to("stats")) == 4  # one more per queue, for all ten
    assert emulator.violations == []  # and never two at once (8x8-server-apis.txt:346)
    assert all(s.status().json()["stale"] is False for s in servers)
    assert servers[3].http.get("/healthz").json()["store"] == {
        "kind": "redis", "ok": True, "answering_from": "redis"}


def test_callbacks_are_shared(emulator, instances, shared):
    one, two, three = instances(3, shared)
    handle = one.book().json()["handle"]
    again = two.book()
    assert (again.status_code, again.json()["field"]) == (409, "phone")
    assert three.http.delete("/v1/callback/" + handle).status_code == 200
    assert two.book().status_code == 202


def test_rate_limits_are_shared(emulator, instances, shared):
    servers = instances(3, shared)
    for attempt in range(10):
        assert servers[attempt % 3].book({"phone": "+44 20 12"}).status_code == 422
    assert servers[1].book().status_code == 429
    assert emulator.calls_to("callback") == []


def test_state_survives_a_restart(emulator, instances, shared):
    (first,) = instances(1, shared)
    first.status()
    handle = first.book().json()["handle"]
    calls = len(emulator.calls)
    first.stop()
    (second,) = instances(1, shared)
    assert second.status().json()["stale"] is False
    assert len(emulator.calls) == calls  # the cache was in Redis
    assert second.http.delete("/v1/callback/" + handle).status_code == 200


class RedisProcess:
    """A redis-server of the test's own, to stop and start again."""

    def __init__(self):
        if shutil.which("redis-server") is None:
            redis_url()  # fails under CI=true, skips otherwise, with the reason
            pytest.skip("redis-server is not installed")
        self.port = free_port()
        self.folder = tempfile.mkdtemp()
        self.url = "redis://127.0.0.1:%d/0" % self.port
        self.process = None
        self.start()

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", self.folder], stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        until(self._answers, START_BOUND)

    def _answers(self):
        try:
            return redis.Redis.from_url(self.url, socket_connect_timeout=0.5).ping()
        except redis.RedisError:
            return False

    def stop(self):
        self.process.terminate()
        self.process.wait(START_BOUND)

    def close(self):
        if self.process.poll() is None:
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def test_redis_gone_mid_run(emulator, instances):
    own = RedisProcess()
    try:
        (served,) = instances(1, own.url)
        assert served.status().status_code == 200
        own.stop()
        served.clock.advance(11)
        assert served.status().status_code == 200
        health = served.http.get("/healthz").json()
        assert health["store"]["ok"] is False
        assert health["store"]["answering_from"] == "memory"
        assert health["degraded"] is True and health["ok"] is True
        until(lambda: len(emulator.calls_to("stats")) == 4)  # refreshed through memory
        assert served.status().json()["stale"] is False
        assert served.book().status_code == 202  # callbacks too, counted in memory
        own.start()
        until(lambda: served.http.get("/healthz").json()["store"]["ok"])
        assert served.http.get("/healthz").json()["store"]["answering_from"] == "redis"
        assert emulator.violations == []
    finally:
        own.close()
