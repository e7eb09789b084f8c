"""`python -m chatkit.server` (what `chatkit server` runs): a real run's logs and answers hold
no token, tenant name or phone number; mistakes are one line and exit code 2; --emulate
serves a whole local run with no account."""

import base64
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.server_support import (
    ACTION_TOKEN,
    DATA_TOKEN,
    ORIGIN,
    START_BOUND,
    TENANT,
    config_text,
    emulated,
    free_port,
    until,
)

PHONE_FORMS = ("442079460018", "+44 20 7946 0018", "2079460018", "7946 0018", "79460018",
               "12125550123", "909 879 0000", "9098790000")


class Run:
    """`python -m chatkit.server CONFIG --port N ...` in a subprocess, its stderr kept."""

    def __init__(self, config, *options, env=None):
        self.port = free_port()
        self.url = "http://127.0.0.1:%d" % self.port
        self.process = subprocess.Popen(
            [sys.executable, "-m", "chatkit.server", str(config), "--port", str(self.port),
             *options], stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            env=env if env is not None else os.environ.copy())
        self.http = httpx.Client(base_url=self.url, timeout=30, headers={"Origin": ORIGIN})
        until(self._up, START_BOUND)

    def _up(self):
        if self.process.poll() is not None:
            raise AssertionError("the server stopped: %s" % self.process.stderr.read())
        try:
            return self.http.get("/healthz").status_code == 200
        except httpx.TransportError:
            return False

    def stop(self):
        self.http.close()
        self.process.send_signal(signal.SIGINT)
        out, err = self.process.communicate(timeout=START_BOUND)
        return self.process.returncode, out + err


def secret_env(**extra):
    env = os.environ.copy()
    env.update({"CHATKIT_8X8_TENANT_NAME": TENANT, "CHATKIT_8X8_DATA_TOKEN": DATA_TOKEN,
                "CHATKIT_8X8_ACTION_TOKEN": ACTION_TOKEN})
    env.pop("CHATKIT_SERVER_STORE", None)
    env.update(extra)
    return env


def test_a_real_run_logs_no_token_tenant_or_phone(tmp_path):
    with emulated() as (emulator, url):
        config = tmp_path / "chat.toml"
        config.write_text(config_text(url), encoding="utf-8")
        run = Run(config, env=secret_env())
        answers = []
        try:
            answers.append(run.http.get("/v1/status"))
            booked = run.http.post("/v1/callback", json={
                "phone": "+44 20 7946 0018", "name": "Jane Doe", "consent": True,
                "website": "", "form_age_ms": 5000})
            answers.append(booked)
            answers.append(run.http.post("/v1/callback", json={
                "phone": "+44 20 7946 0018", "consent": True, "form_age_ms": 5000}))
            answers.append(run.http.post("/v1/callback", json={
                "phone": "+44 909 879 0000", "consent": True, "form_age_ms": 5000}))
            emulator.set(queue_enabled=False)  # 8x8 refuses: ctl_error 8, logged
            answers.append(run.http.post("/v1/callback", json={
                "phone": "+1 212 555 0123", "consent": True, "form_age_ms": 5000}))
            answers.append(run.http.delete("/v1/callback/" + booked.json()["handle"]))
            emulator.set(fault="busy")  # 8x8 failing: warnings logged
            answers.append(run.http.get("/healthz"))
        finally:
            code, log = run.stop()
    assert [a.status_code for a in answers] == [200, 202, 409, 422, 502, 200, 200]
    assert code == 0
    assert "callback ck" in log and "booked for phone#" in log and "ctl_error 8" in log
    basic = base64.b64encode(("%s:%s" % (TENANT, DATA_TOKEN)).encode()).decode()
    seen = log + "".join(a.text + str(a.headers) for a in answers)
    for secret in (DATA_TOKEN, ACTION_TOKEN, TENANT, basic, *PHONE_FORMS):
        assert secret not in seen, secret
    assert emulator.violations == []


def test_emulate_is_a_whole_local_run_with_no_account(tmp_path):
    example = Path(__file__).resolve().parent.parent / "examples" / "server" / "chat.toml"
    env = os.environ.copy()
    for name in ("CHATKIT_8X8_TENANT_NAME", "CHATKIT_8X8_DATA_TOKEN",
                 "CHATKIT_8X8_ACTION_TOKEN", "CHATKIT_SERVER_STORE"):
        env.pop(name, None)
    run = Run(example, "--emulate", env=env)
    try:
        status = run.http.get("/v1/status").json()
        assert status["state"] == "open" and status["stale"] is False
        assert run.http.post("/v1/callback", json={
            "phone": "+44 20 7946 0018", "consent": True, "website": "",
            "form_age_ms": 5000}).status_code == 202
    finally:
        code, log = run.stop()
    assert code == 0
    assert "chatkit server: http://127.0.0.1:%d/v1/status" % run.port in log
    assert "(chatkit's emulator)" in log and "/_emulator/state" in log


@pytest.mark.parametrize("config, env, options, expected", [
    ("[server]\n", {}, (), "server.url: missing: required"),
    ("[chat]\ndomain = \"https://vcc-na1.8x8.com\"\n", {}, (),
     "server: missing: chatkit server needs a [server] table"),
    (None, {"CHATKIT_8X8_DATA_TOKEN": ""}, (), "CHATKIT_8X8_DATA_TOKEN: is not set"),
    (None, {}, ("--store", "memcached://x"), "--store: must be \"memory\" or a Redis URL"),
    ("this is [not toml", {}, (), "not valid TOML"),
])
def test_mistakes_are_one_line_and_exit_2(tmp_path, config, env, options, expected):
    path = tmp_path / "chat.toml"
    path.write_text(config if config is not None else config_text("https://vcc-na1.8x8.com"),
                    encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "chatkit.server", str(path), "--port",
                           str(free_port()), *options], capture_output=True, text=True,
                          env=secret_env(**env), timeout=START_BOUND * 3)
    assert done.returncode == 2
    assert expected in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_a_port_in_use(tmp_path):
    from chatkit.server.serving import listen

    held = listen("127.0.0.1", 0, "test")
    try:
        path = tmp_path / "chat.toml"
        path.write_text(config_text("https://vcc-na1.8x8.com"), encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "chatkit.server", str(path), "--port",
                               str(held.getsockname()[1])], capture_output=True, text=True,
                              env=secret_env(), timeout=START_BOUND * 3)
    finally:
        held.close()
    assert done.returncode == 2
    assert done.stderr.strip().startswith("--port: cannot listen on 127.0.0.1:")
    assert "Traceback" not in done.stderr


def test_help_shows_the_two_command_local_run():
    done = subprocess.run([sys.executable, "-m", "chatkit.server", "--help"],
                          capture_output=True, text=True, timeout=START_BOUND * 3)
    assert done.returncode == 0
    assert ".venv/bin/pip install '.[server]'" in done.stdout
    assert ".venv/bin/chatkit server examples/server/chat.toml --emulate" in done.stdout
    for name in ("CHATKIT_8X8_TENANT_NAME", "CHATKIT_8X8_DATA_TOKEN", "CHATKIT_8X8_ACTION_TOKEN",
                 "CHATKIT_SERVER_STORE"):
        assert name in done.stdout


def test_several_workers_sharing_redis(tmp_path):
    """The README's deployment: `uvicorn --factory chatkit.server:app_from_env --workers 2`,
    the config and the store from the environment; two workers, 8x8 asked as by one."""
    import redis

    from tests.server_support import redis_url

    store = redis_url()
    redis.Redis.from_url(store).flushdb()
    with emulated() as (emulator, url):
        config = tmp_path / "chat.toml"
        config.write_text(config_text(url), encoding="utf-8")
        port = free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", "chatkit.server:app_from_env",
             "--workers", "2", "--host", "127.0.0.1", "--port", str(port)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env=secret_env(CHATKIT_SERVER_CONFIG=str(config), CHATKIT_SERVER_STORE=store))
        http = httpx.Client(base_url="http://127.0.0.1:%d" % port, timeout=30,
                            headers={"Origin": ORIGIN})
        try:
            def up():
                try:
                    return http.get("/healthz").status_code == 200
                except httpx.TransportError:
                    return False

            until(up, START_BOUND * 2)
            # New connections each time, so both workers answer some of them.
            answers = [httpx.get("http://127.0.0.1:%d/v1/status" % port, timeout=30)
                       for _ in range(40)]
            assert {a.status_code for a in answers} == {200}
            assert http.get("/healthz").json()["store"]["answering_from"] == "redis"
        finally:
            http.close()
            process.terminate()
            log = process.communicate(timeout=START_BOUND)[0]
    assert sorted(c["path"] for c in emulator.calls) == [
        "/api/provisioning/schedules/122/nextstatus.json",
        "/api/provisioning/schedulesbyname/Support hours.json",
        "/api/rtstats/stats/queue/101.json", "/api/rtstats/stats/queue/102.json"]
    assert emulator.violations == []
    assert log.count("Application startup complete.") == 2  # two workers, one 8x8's worth
    for secret in (DATA_TOKEN, ACTION_TOKEN, TENANT):
        assert secret not in log


def test_the_readme_shows_the_shipped_dockerfile():
    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    shown = readme.split("```dockerfile\n", 1)[1].split("```", 1)[0]
    shipped = (root / "examples" / "server" / "Dockerfile").read_text(encoding="utf-8")
    assert shown == "".join(line for line in shipped.splitlines(keepends=True)
                            if not line.startswith("#"))
