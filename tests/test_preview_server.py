"""`chatkit serve` without a browser: what the server answers, what it watches, how it stops."""

import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from chatkit.preview.page import Preview
from chatkit.preview.server import _PreviewWatcher
from chatkit.snippet import CHAT_JS_PATH

EXAMPLE_RTF = Path(__file__).parent / "data" / "8x8-example-theme.rtf"
ORIGIN = "http://localhost:8000"
CONFIG = """\
[chat]
uuid = "script_preview"
tenant = "dGVuYW50"
channel = "Support"
domain = "https://vcc-na7.8x8.com"
"""


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "chat.toml").write_text(CONFIG, encoding="utf-8")
    return tmp_path


def page(preview):
    status, content_type, body = preview.respond("/", ORIGIN)
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


def test_preview_page_of_an_invalid_config_lists_its_problems(folder):
    (folder / "chat.toml").write_text(CONFIG + 'align = "middle"\n[colours]\n', encoding="utf-8")
    html = page(Preview(folder / "chat.toml", 8000))
    source = folder / "chat.toml"
    assert re.findall(r"<li>(.*)</li>", html) == [
        "%s: colours: unknown key (allowed: chat, customer, variables, messages, fallback, "
        "python)" % source,
        "%s: chat.align: must be &#34;left&#34; or &#34;right&#34;" % source,
    ]
    assert "var settings" not in html and 'id="chatkit-controls"' not in html


@pytest.mark.parametrize("path", [CHAT_JS_PATH, "/." + CHAT_JS_PATH])
def test_preview_serves_the_emulator(folder, path):
    status, content_type, body = Preview(folder / "chat.toml", 8000).respond(path, ORIGIN)
    assert (status, content_type) == ("200 OK", "text/javascript; charset=utf-8")
    assert b"window.__8x8Emulator" in body


def test_preview_stylesheet_option_serves_the_file_with_its_images_only(folder):
    theme = folder / "theme"
    theme.mkdir()
    (theme / "theme.css").write_text(".title { background: url(logo.png) }", encoding="utf-8")
    (theme / "logo.png").write_bytes(b"\x89PNG")
    preview = Preview(folder / "chat.toml", 8000, stylesheet=theme / "theme.css")
    assert '"stylesheetURL":"http://localhost:8000/__chatkit/stylesheet/theme.css"' in settings(
        page(preview))
    respond = preview.respond
    assert respond("/__chatkit/stylesheet/theme.css", ORIGIN)[2] == (
        b".title { background: url(logo.png) }")
    assert respond("/__chatkit/stylesheet/logo.png", ORIGIN)[:2] == ("200 OK", "image/png")
    assert respond("/__chatkit/stylesheet/../chat.toml", ORIGIN)[0] == "404 Not Found"
    assert respond("/chat.toml", ORIGIN)[0] == "404 Not Found"


def test_preview_serves_an_rtf_stylesheet_as_its_clean_css_and_says_why(folder):
    (folder / "theme.rtf").write_bytes(EXAMPLE_RTF.read_bytes())
    preview = Preview(folder / "chat.toml", 8000, stylesheet=folder / "theme.rtf")
    css = preview.respond("/__chatkit/stylesheet/theme.rtf", ORIGIN)[2].decode("utf-8")
    assert css.startswith("/****") and "\\{" not in css
    assert ("%s: this is CSS pasted into an RTF (word processor) document"
            % (folder / "theme.rtf")) in page(preview)


def test_preview_stylesheet_url_on_its_own_port_is_a_file_by_the_config(folder):
    (folder / "chat.toml").write_text(
        CONFIG + 'stylesheet_url = "http://localhost:8000/css/theme.css"\n', encoding="utf-8")
    (folder / "css").mkdir()
    (folder / "css" / "theme.css").write_text(".title { colr: red }\n", encoding="utf-8")
    preview = Preview(folder / "chat.toml", 8000)
    assert preview.respond("/css/theme.css", ORIGIN)[2] == b".title { colr: red }\n"
    notes = re.findall(r"<li>(.*)</li>", page(preview))
    assert notes == [
        "%s: chat.stylesheet_url: warning: the stylesheet URL uses http://, fine for local "
        "testing only" % (folder / "chat.toml"),
        "%s:1: warning: unknown property &#34;colr&#34; (did you mean &#34;color&#34;?)"
        % (folder / "css" / "theme.css").resolve(),
    ]


def test_preview_stylesheet_url_elsewhere_is_left_to_the_browser(folder):
    (folder / "chat.toml").write_text(
        CONFIG + 'stylesheet_url = "https://cdn.example.com/theme.css"\n', encoding="utf-8")
    preview = Preview(folder / "chat.toml", 8000)
    html = page(preview)
    assert '"stylesheetURL":"https://cdn.example.com/theme.css"' in settings(html)
    assert "chatkit serve %s --stylesheet theme.css" % (folder / "chat.toml") in html
    assert preview.watched_files() == [(folder / "chat.toml").resolve()]


def test_preview_watches_the_hooks_and_the_stylesheet_the_config_uses(folder):
    (folder / "hooks.py").write_text("", encoding="utf-8")
    (folder / "chat.toml").write_text(
        CONFIG + 'stylesheet_url = "http://localhost:8000/theme.css"\n'
        '[python]\nhooks = "hooks.py"\nasset_base = "https://cdn.example.com/chatkit/"\n',
        encoding="utf-8")
    preview = Preview(folder / "chat.toml", 8000)
    assert preview.watched_files() == [
        (folder / name).resolve() for name in ("chat.toml", "hooks.py", "theme.css")]


def test_preview_watcher_reports_changed_and_removed_files_not_unchanged_saves(folder):
    watcher = _PreviewWatcher(Preview(folder / "chat.toml", 8000), report=None)
    config = folder / "chat.toml"
    config.write_text(CONFIG, encoding="utf-8")  # saved again, unchanged
    assert watcher.changed_files() == []
    config.write_text(CONFIG + 'align = "left"\n', encoding="utf-8")
    assert watcher.changed_files() == [str(config.resolve())]
    config.unlink()
    assert watcher.changed_files() == [str(config.resolve())]


def test_preview_python_config_serves_the_built_assets(folder):
    pytest.importorskip("chatkit.build")
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


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_preview_command_prints_its_url_and_stops_cleanly_on_ctrl_c(folder):
    port = free_port()
    process = serve(folder, "chat.toml", "--port", str(port))
    assert process.stdout.readline() == (
        "Previewing chat.toml at http://localhost:%d/ (Ctrl-C to stop)\n" % port)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=10)
    assert (process.returncode, out, err) == (0, "Preview stopped.\n", "")


def test_preview_command_on_a_port_in_use_is_one_line_exit_2(folder):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out, err = serve(folder, "chat.toml", "--port", str(port)).communicate(timeout=20)
    assert (out, err) == ("", "chatkit serve: --port: port %d is already in use: stop what "
                          "runs there or pass --port N\n" % port)


def test_preview_command_of_a_missing_config_is_one_line_exit_2(folder):
    process = serve(folder, "nope.toml", "--port", str(free_port()))
    out, err = process.communicate(timeout=20)
    assert (process.returncode, out, err) == (2, "", "nope.toml: no such file\n")


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
