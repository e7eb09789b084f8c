"""`chatkit server CONFIG [--host] [--port] [--store] [--emulate]`: the click command over
`chatkit.server.run`. The config is checked as `chatkit check` checks it (the same lines),
a mistake is one line and exit code 2 before anything listens, the secrets come from the
environment only, and --emulate is a whole local run with no account."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from tests.cli_support import run, write
from tests.server_support import ORIGIN, START_BOUND, free_port, until

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "server" / "chat.toml"
SECRETS = ("CHATKIT_8X8_TENANT_NAME", "CHATKIT_8X8_DATA_TOKEN", "CHATKIT_8X8_ACTION_TOKEN",
           "CHATKIT_SERVER_STORE")


def _without_secrets(monkeypatch):
    for name in SECRETS:
        monkeypatch.delenv(name, raising=False)


def _config(old, new):
    """The example config with one line changed."""
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new)


def test_help_shows_the_two_command_local_run_and_the_secrets(capsys):
    code, out, _ = run(capsys, "server", "--help")
    assert code == 0
    assert out.startswith("Usage: chatkit server [OPTIONS] CONFIG")
    assert "python3 -m venv .venv && .venv/bin/pip install '.[server]'" in out
    assert ".venv/bin/chatkit server examples/server/chat.toml --emulate" in out
    for name in SECRETS:
        assert name in out
    for option in ("--host", "--port", "--store", "--emulate"):
        assert option in out
    assert "chatkit.server:app_from_env" in out and "examples/server/Dockerfile" in out


def test_python_m_chatkit_server_is_the_same_command():
    done = subprocess.run([sys.executable, "-m", "chatkit.server", "--help"],
                          capture_output=True, text=True, timeout=START_BOUND * 3)
    assert done.returncode == 0
    assert done.stdout.startswith("Usage: chatkit server [OPTIONS] CONFIG")


def test_a_config_mistake_is_the_line_check_prints_and_exit_2(tmp_path, capsys, monkeypatch):
    _without_secrets(monkeypatch)
    path = write(tmp_path, _config('channel = "Customer Support"',
                                   'channel = "Customer Support"\nalign = "middle"'))
    code, out, err = run(capsys, "server", path, "--emulate", "--port", free_port())
    assert code == 2 and out == ""
    # Typed: the [chat] align rule (SPEC 2: "left" or "right").
    line = path.read_text(encoding="utf-8").splitlines().index('align = "middle"') + 1
    assert len(err) == 1 and err[0].startswith("%s:%d:1: chat.align: " % (path, line)), err
    assert "left" in err[0] and "right" in err[0]
    check_code, _, check_err = run(capsys, "check", path)
    assert check_code == 2 and check_err == err


def test_a_token_in_the_config_is_refused(tmp_path, capsys, monkeypatch):
    _without_secrets(monkeypatch)
    token = "0123456789abcdef0123456789abcdef"
    path = write(tmp_path, _config('store = "memory"', 'store = "memory"\ntoken = "%s"'
                                   % token))
    code, _, err = run(capsys, "server", path, "--emulate", "--port", free_port())
    assert code == 2
    at = [number for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
          if text.startswith("token =")][0]
    assert any(line.startswith("%s:%d:1: server.token" % (path, at)) for line in err), err
    assert any("looks like an 8x8 API token" in line for line in err), err
    assert token not in "\n".join(err)


def test_the_secrets_come_from_the_environment(tmp_path, capsys, monkeypatch):
    _without_secrets(monkeypatch)
    code, out, err = run(capsys, "server", EXAMPLE, "--port", free_port())
    assert code == 2 and out == ""
    assert err == [
        "CHATKIT_8X8_TENANT_NAME: is not set: the server needs the tenant name 8x8 gave you "
        "(the API's user name) in the environment (never in chat.toml)",
        "CHATKIT_8X8_DATA_TOKEN: is not set: the server needs Configuration Manager → "
        "Integration → API Token → Data Request Token in the environment (never in chat.toml)"]


def test_a_config_without_server(tmp_path, capsys, monkeypatch):
    _without_secrets(monkeypatch)
    path = write(tmp_path, "\n".join(EXAMPLE.read_text(encoding="utf-8").split("\n[server]")[0]
                                     .splitlines()) + "\n")
    code, _, err = run(capsys, "server", path, "--emulate")
    assert code == 2
    assert err == ["%s: server: missing: chatkit server needs a [server] table (url, origins, "
                   "schedule, queues; see the README)" % path]


def test_option_mistakes_are_usage_errors(tmp_path, capsys):
    code, _, err = run(capsys, "server", EXAMPLE, "--port", "70000")
    assert code == 2 and "Invalid value for '--port'" in "\n".join(err)
    code, _, err = run(capsys, "server", EXAMPLE, "--emulate", "--store", "memcached://x")
    assert code == 2
    assert err == ["--store: must be \"memory\" or a Redis URL like redis://127.0.0.1:6379/0, "
                   "not 'memcached://x'"]
    code, _, err = run(capsys, "server", tmp_path / "nothing.toml", "--emulate")
    assert code == 2 and err == ["%s: no such file" % (tmp_path / "nothing.toml")]


def test_chatkit_server_emulate_serves_a_whole_run_and_stops_with_0():
    env = {k: v for k, v in os.environ.items() if k not in SECRETS}
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "chatkit", "server", str(EXAMPLE),
                                "--emulate", "--port", str(port)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env)
    http = httpx.Client(base_url="http://127.0.0.1:%d" % port, timeout=30,
                        headers={"Origin": ORIGIN})

    def up():
        if process.poll() is not None:
            raise AssertionError(process.stderr.read())
        try:
            return http.get("/healthz").status_code == 200
        except httpx.TransportError:
            return False

    try:
        until(up)
        status = http.get("/v1/status")
        assert status.status_code == 200
        assert status.headers["access-control-allow-origin"] == "https://www.example.com"
        assert status.json()["state"] == "open"
    finally:
        http.close()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=START_BOUND)
    assert process.returncode == 0
    assert "chatkit server: http://127.0.0.1:%d/v1/status" % port in err
    assert "Traceback" not in err
