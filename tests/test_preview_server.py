"""`chatkit serve` without a browser: what the preview answers, what it reads, how it stops.

The HTTP side (hosts, origins, files, hostile configs) is in test_preview_http.py.
"""

import re
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from preview_support import free_port

from chatkit.preview.live import Watcher
from chatkit.preview.page import Preview
from chatkit.versions.v1 import LOADER_PATH as CHAT_JS_PATH

ORIGIN = "http://localhost:8000"
CONFIG = """\
[chat]
uuid = "script_0123456789abcdef01234567.89012345"
tenant = "ZXhhbXBsZTAx"
channel = "Support"
domain = "https://vcc-na7.8x8.com"
"""


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "chat.toml").write_text(CONFIG, encoding="utf-8")
    return tmp_path


def page(preview):
    status, content_type, body = preview.respond("/", ORIGIN)[:3]
    assert (status, content_type) == ("200 OK", "text/html; charset=utf-8")
    return body.decode("utf-8")


def settings(html):
    """The snippet's `window.__8x8Chat` settings, as JSON text."""
    return re.search(r"var settings = (\{.*?\});", html).group(1)


def test_preview_page_points_the_snippet_at_the_preview_server(folder):
    html = page(Preview(folder / "chat.toml", 8000))
    assert '"domain":"http://localhost:8000","path":"/."' in settings(html)
    assert 'data-topic="chat:trigger-invitation"' in html
    assert 'id="chatkit-problems"' not in html
    assert "__8x8EmulatorScenario" not in html  # no --stylesheet, nothing to map


def test_preview_page_of_an_invalid_config_lists_its_problems(folder):
    (folder / "chat.toml").write_text(CONFIG + 'align = "middle"\n[colours]\n', encoding="utf-8")
    html = page(Preview(folder / "chat.toml", 8000))
    source = folder / "chat.toml"
    assert re.findall(r"<li>(.*)</li>", html) == [  # CONFIG has 5 lines
        "%s:7:1: colours: unknown key (allowed: chat, customer, variables, messages, fallback, "
        "python, server, callback, availability)" % source,
        "%s:6:1: chat.align: must be &#34;left&#34; or &#34;right&#34;" % source,
    ]
    assert "var settings" not in html and 'id="chatkit-controls"' not in html


@pytest.mark.parametrize("path", [CHAT_JS_PATH, "/." + CHAT_JS_PATH])
def test_preview_serves_the_emulator(folder, path):
    status, content_type, body = Preview(folder / "chat.toml", 8000).respond(path, ORIGIN)[:3]
    assert (status, content_type) == ("200 OK", "text/javascript; charset=utf-8")
    assert b"window.__8x8Emulator" in body


def test_preview_stylesheet_url_elsewhere_is_left_to_the_browser(folder):
    (folder / "chat.toml").write_text(
        CONFIG + 'stylesheet_url = "https://cdn.example.com/theme.css"\n', encoding="utf-8")
    preview = Preview(folder / "chat.toml", 8000)
    html = page(preview)
    assert '"stylesheetURL":"https://cdn.example.com/theme.css"' in settings(html)
    assert "chatkit serve %s --stylesheet theme.css" % (folder / "chat.toml") in html
    assert list(preview.watched()) == [folder / "chat.toml"]


def test_preview_stylesheet_with_non_breaking_spaces_is_shown_clean_with_the_command_to_fix_it(
        folder, monkeypatch):
    monkeypatch.chdir(folder)
    (folder / "themes").mkdir()
    (folder / "themes" / "nbsp.css").write_text(".header .title {\u00a0color: red }\n",
                                                encoding="utf-8")
    preview = Preview("chat.toml", 8000, stylesheet="themes/nbsp.css")
    notes = re.findall(r"<li>(.*)</li>", page(preview))
    assert notes[1] == (  # as `chatkit css` says it, with a command that works from here
        "themes/nbsp.css:1: non-breaking spaces (U+00A0) where spaces belong, on line 1: the "
        "browser does not read them as spaces and drops those declarations; write the clean "
        "CSS with: chatkit css themes/nbsp.css -o themes/nbsp.clean.css")
    assert preview.respond("/__chatkit/stylesheet/nbsp.css", ORIGIN).body == (
        b".header .title { color: red }\n")


def test_preview_watches_the_config_the_hooks_and_the_stylesheet_option(folder):
    (folder / "hooks.py").write_text("", encoding="utf-8")
    (folder / "theme.css").write_text("", encoding="utf-8")
    (folder / "chat.toml").write_text(
        CONFIG + '[python]\nhooks = "hooks.py"\nasset_base = "https://cdn.example.com/ck/"\n',
        encoding="utf-8")
    preview = Preview(folder / "chat.toml", 8000, stylesheet=folder / "theme.css")
    assert sorted(preview.watched()) == [folder / name
                                         for name in ("chat.toml", "hooks.py", "theme.css")]


def test_preview_watcher_reports_changed_and_removed_files_not_unchanged_saves(folder):
    watcher = Watcher(Preview(folder / "chat.toml", 8000))
    config = folder / "chat.toml"
    config.write_text(CONFIG, encoding="utf-8")  # saved again, unchanged
    assert watcher.changed_files() == []
    config.write_text(CONFIG + 'align = "left"\n', encoding="utf-8")
    assert watcher.changed_files() == [str(config)]
    config.unlink()
    assert watcher.changed_files() == [str(config)]


_OPENED: list[str] | None = None


def _audit(event, args):
    if _OPENED is not None and event == "open" and isinstance(args[0], (str, Path)):
        _OPENED.append(str(args[0]))


@contextmanager
def files_opened():
    """The paths the process opens inside the block (Python's audit events, PEP 578)."""
    global _OPENED
    if not getattr(sys, "_chatkit_preview_audit", False):
        sys.addaudithook(_audit)  # audit hooks cannot be removed: installed once
        sys._chatkit_preview_audit = True  # type: ignore[attr-defined]
    _OPENED = opened = []
    try:
        yield opened
    finally:
        _OPENED = None


def test_preview_watcher_reads_a_file_again_only_when_it_changed(folder):
    """A big config kept an idle preview busy: polls `stat` the files, reading none."""
    (folder / "hooks.py").write_text("", encoding="utf-8")
    config = folder / "chat.toml"
    config.write_text(
        CONFIG + '[python]\nhooks = "hooks.py"\nasset_base = "https://cdn.example.com/ck/"\n',
        encoding="utf-8")
    watcher = Watcher(Preview(config, 8000))
    with files_opened() as opened:
        assert [watcher.changed_files() for _ in range(20)] == [[]] * 20
    assert opened == []
    config.write_text(config.read_text(encoding="utf-8") + "# saved\n", encoding="utf-8")
    with files_opened() as opened:
        assert watcher.changed_files() == [str(config)]
        assert [watcher.changed_files() for _ in range(20)] == [[]] * 20
    assert 1 <= opened.count(str(config)) <= 3  # hashed, parsed, maybe hashed to confirm


def test_preview_python_config_serves_the_built_assets(folder):
    (folder / "hooks.py").write_text("from chatkit.browser import chat\n", encoding="utf-8")
    (folder / "chat.toml").write_text(
        CONFIG + '[python]\nhooks = "hooks.py"\nasset_base = "https://cdn.example.com/ck/"\n',
        encoding="utf-8")
    preview = Preview(folder / "chat.toml", 8000)
    sources = re.findall(r'"src":"([^"]+)"', page(preview))
    assert [src.rsplit("/", 1)[0] for src in sources] == [
        ORIGIN + "/__chatkit/assets"] * 3
    for src in sources:
        assert preview.respond(src[len(ORIGIN):], ORIGIN)[:2] == (
            "200 OK", "text/javascript; charset=utf-8")


# -- the command ------------------------------------------------------------------------


def serve(folder, *args):
    return subprocess.Popen([sys.executable, "-m", "chatkit", "serve", *args], cwd=folder,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_preview_command_prints_its_url_and_stops_cleanly_on_ctrl_c(folder):
    port = free_port()
    process = serve(folder, "chat.toml", "--port", str(port))
    assert process.stdout.readline() == (
        "Previewing chat.toml at http://localhost:%d/ (Ctrl-C to stop)\n" % port)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=10)
    assert (process.returncode, out, err) == (0, "Preview stopped.\n", "")


def test_preview_command_on_a_port_in_use_is_one_line_exit_2(folder):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out, err = serve(folder, "chat.toml", "--port", str(port)).communicate(timeout=20)
    assert (out, err) == ("", "chatkit serve: --port: port %d is already in use: stop what "
                          "runs there or pass --port N\n" % port)


@pytest.mark.parametrize("args, message", [
    (["nope.toml"], "nope.toml: no such file"),
    (["chat.toml", "--stylesheet", "nope.css"], "nope.css: --stylesheet: no such file"),
    (["chat.toml", "--stylesheet", "."],
     ".: --stylesheet: a folder, not a stylesheet: name the CSS or RTF file"),
])
def test_preview_command_of_a_missing_file_is_one_line_exit_2(folder, args, message):
    process = serve(folder, *args, "--port", str(free_port()))
    out, err = process.communicate(timeout=20)
    assert (process.returncode, out, err) == (2, "", message + "\n")


def test_preview_command_on_port_0_picks_a_free_port(folder):
    process = serve(folder, "chat.toml", "--port", "0")
    line = process.stdout.readline()
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=10)
    port = int(re.match(r"Previewing chat.toml at http://localhost:(\d+)/ ", line).group(1))
    assert port > 0 and process.returncode == 0


def test_preview_command_on_a_port_out_of_range_is_one_line_exit_2(folder):
    process = serve(folder, "chat.toml", "--port", "70000")
    out, err = process.communicate(timeout=20)
    assert (process.returncode, out, err) == (
        2, "", "chatkit serve: --port: 70000 is not a port: use 1 to 65535, or 0 for any free "
        "port\n")


def _on_a_terminal(folder, env, *args):
    """What `chatkit serve` prints with its output on a terminal (a pty), until the first
    problem line; then Ctrl-C."""
    import os
    import pty
    import select

    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "chatkit", "serve", *args], cwd=folder,
                               stdout=follower, stderr=follower, env={**os.environ, **env})
    os.close(follower)
    out = b""
    try:
        while b"problem" not in out:
            ready, _, _ = select.select([leader], [], [], 20)
            assert ready, out
            out += os.read(leader, 4096)
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
        os.close(leader)
    return out.decode()


@pytest.mark.parametrize("env, coloured", [({}, True), ({"NO_COLOR": "1"}, False)])
def test_preview_colours_its_problems_on_a_terminal_unless_no_color(folder, env, coloured):
    (folder / "chat.toml").write_text(CONFIG + 'align = "middle"\n', encoding="utf-8")
    out = _on_a_terminal(folder, {"NO_COLOR": "", **env}, "chat.toml", "--port",
                         str(free_port()))
    plain = 'config problem: chat.toml:6:1: chat.align: must be "left" or "right"'
    red = '\x1b[31mconfig problem\x1b[0m: chat.toml:6:1: chat.align: must be "left" or "right"'
    assert (red in out) is coloured and (plain in out) is not coloured, out


def test_preview_output_to_a_pipe_has_no_colour(folder):
    (folder / "chat.toml").write_text(CONFIG + 'align = "middle"\n', encoding="utf-8")
    process = serve(folder, "chat.toml", "--port", str(free_port()))
    process.stdout.readline()
    problem = process.stdout.readline()
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=10)
    assert re.fullmatch(r'\d\d:\d\d:\d\d config problem: chat.toml:6:1: chat.align: must be "left" '
                        r'or "right"\n', problem), problem


def test_preview_open_opens_the_page_in_the_browser(folder):
    """--open hands the URL to the user's browser (Python's webbrowser: $BROWSER here)."""
    import os

    opened = folder / "opened.txt"
    browser = folder / "browser.py"
    browser.write_text("import pathlib, sys\npathlib.Path(%r).write_text(sys.argv[1])\n"
                       % str(opened), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "chatkit", "serve", "chat.toml", "--port", "0", "--open"],
        cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "BROWSER": "%s %s %%s" % (sys.executable, browser)})
    try:
        url = re.match(r"Previewing chat.toml at (\S+) ", process.stdout.readline()).group(1)
        for _ in range(200):
            if opened.exists() and opened.read_text():
                break
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    assert opened.read_text() == url and url.startswith("http://localhost:")
    assert (process.returncode, err) == (0, "")



@pytest.mark.parametrize("options, message", [
    ({"port": -1}, "chatkit serve: --port: -1 is not a port: use 1 to 65535, or 0 for any "
     "free port"),
    ({"csp": ""}, "--csp: no directive in it (a policy is `directive source ...; ...`, e.g. "
     "\"script-src 'self' https://*.8x8.com\")"),
    ({"stylesheet": Path("nope.css")}, "nope.css: --stylesheet: no such file"),
])
def test_serve_preview_raises_a_chatkit_error_for_a_mistake_before_serving(folder, options,
                                                                           message, monkeypatch):
    """The library call the CLI makes: a user's mistake is a ChatkitError, nothing listens."""
    from chatkit.errors import ChatkitError
    from chatkit.preview.server import serve_preview

    monkeypatch.chdir(folder)
    with pytest.raises(ChatkitError) as error:
        serve_preview(Path("chat.toml"), **options)
    assert str(error.value) == message


def test_preview_page_shows_the_policy_chatkit_csp_prints_for_the_config(folder, capsys):
    from html import unescape

    from tests.cli_support import run

    html = page(Preview(folder / "chat.toml", 8000))
    shown = unescape(re.search(r'id="chatkit-needed-policy".*?<pre>(.*?)</pre>', html,
                               re.DOTALL).group(1))
    code, printed, _ = run(capsys, "csp", folder / "chat.toml")
    assert code == 0 and shown == printed
    # The chat's scripts from 8x8's hosts (the guide's https://*.8x8.com), the inline snippet
    # by the hash of the snippet production gets, never the preview's localhost one.
    script_src = [line for line in shown.splitlines() if line.startswith("script-src ")][0]
    assert "https://*.8x8.com" in script_src and "'sha256-" in script_src
    assert "localhost:8000" not in shown


def test_preview_page_of_an_invalid_config_shows_no_policy(folder):
    (folder / "chat.toml").write_text(CONFIG + 'align = "middle"\n', encoding="utf-8")
    assert 'id="chatkit-needed-policy"' not in page(Preview(folder / "chat.toml", 8000))
