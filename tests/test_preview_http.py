"""`chatkit serve` is a server: what it answers over HTTP, to whom, and under hostile input.

One real preview process for the module, serving `site/chat.toml` with
`--stylesheet theme/theme.css`, beside files it must never serve (each holds a
marker); requests are raw, with the Host and Origin a test chooses.
"""

import json
import os
import re
import subprocess
import sys

import pytest
from preview_support import (
    CHAT,
    CONFIG,
    EXAMPLE_RTF,
    FONT,
    HOOKS_CONFIG,
    LIVE_PATH,
    LOGO,
    MARKERS,
    STYLESHEET_URL,
    THEME,
    PreviewProcess,
    free_port,
    make_site,
    save,
)
from websockets.sync.client import connect

from chatkit._resources import resource_dir

DISCOVERY = "/vcc-chat-channels/public/webchat/discovery"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    site = make_site(tmp_path_factory.mktemp("preview-http"))
    process = PreviewProcess(site, "chat.toml", "--stylesheet", "theme/theme.css").start()
    yield process
    code, rest = process.stop()
    assert (code, rest[-1:]) == (0, ["Preview stopped."])
    assert not any("Traceback" in line for line in rest)


@pytest.fixture
def served(server):
    """The module's preview, its config put back after the test (and the change seen)."""
    yield server
    config = server.folder / "chat.toml"
    if config.is_symlink() or not config.is_file() or config.read_text("utf-8") != CONFIG:
        config.unlink(missing_ok=True)
        save(config, CONFIG)
        server.wait_for_change("chat.toml")


def hosts(server):
    return ["localhost:%d" % server.port, "127.0.0.1:%d" % server.port, "[::1]:%d" % server.port]


def settings(html):
    """The snippet's `window.__8x8Chat` settings."""
    return json.loads(re.search(r"var settings = (\{.*?\});", html).group(1))


def scenario(server, html, host=None):
    """The emulator scenario the page sets (its script, /__chatkit/scenario.js), or None."""
    found = re.search(r'<script src="(/__chatkit/scenario\.js)"', html)
    if found is None:
        return None
    script = server.request(found.group(1), host=host).text
    return json.loads(re.fullmatch(r"window.__8x8EmulatorScenario = (\{.*\});\n", script)
                      .group(1))


def section_lines(html, section):
    found = re.search(r'<section id="%s".*?</section>' % section, html, re.S)
    return re.findall(r"<li>(.*)</li>", found.group()) if found else []


# -- who may ask ------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["localhost:{port}", "127.0.0.1:{port}", "[::1]:{port}",
                                  "LocalHost:{port}"])
def test_preview_answers_its_own_host_names_with_its_own_origin(served, host):
    host = host.format(port=served.port)
    response = served.request("/", host=host)
    assert response.status == 200
    assert settings(response.text)["domain"] == "http://" + host.lower()


@pytest.mark.parametrize("host", [
    "evil.example:{port}",            # DNS rebinding: the attacker's name for 127.0.0.1
    "localhost:{port}.evil.example",
    "localhost.evil.example:{port}",
    "localhost:{other}",              # not this preview's port
    "localhost",
    "127.0.0.2:{port}",
    "0.0.0.0:{port}",
    "[::ffff:127.0.0.1]:{port}",
    "",
])
@pytest.mark.parametrize("path", ["/", "/CHAT/common/js/chat.js", "/__chatkit/preview.js",
                                  "/__chatkit/stylesheet/theme.css", LIVE_PATH,
                                  "/CHAT/common/js/chatv3.js", DISCOVERY + "?domain=x"])
def test_preview_refuses_other_host_names_with_a_plain_403(served, host, path):
    host = host.format(port=served.port, other=served.port + 1)
    response = served.request(path, host=host)
    assert (response.status, response.headers["Content-Type"]) == (
        403, "text/plain; charset=utf-8")
    assert "answers only http://localhost:%d/" % served.port in response.text


@pytest.mark.parametrize("origin", ["http://localhost:{port}", "http://127.0.0.1:{port}",
                                    "http://[::1]:{port}"])
def test_preview_live_reload_socket_accepts_its_own_pages(served, origin):
    assert served.websocket_handshake(origin.format(port=served.port)) == 101


@pytest.mark.parametrize("origin", [
    "http://evil.example",
    "http://evil.example:{port}",     # DNS rebinding
    "https://localhost:{port}",
    "http://localhost:{other}",       # another local server's page
    "http://localhost:{port}.evil.example",
    "null",                           # a sandboxed frame or a file
])
def test_preview_live_reload_socket_refuses_other_origins(served, origin):
    origin = origin.format(port=served.port, other=served.port + 1)
    assert served.websocket_handshake(origin) == 403


def test_preview_live_reload_socket_refuses_other_host_names(served):
    origin = "http://evil.example:%d" % served.port
    assert served.websocket_handshake(origin, host="evil.example:%d" % served.port) == 403
    assert served.websocket_handshake(None, host="evil.example:%d" % served.port) == 403


def test_preview_reloads_tabs_only_on_a_change_and_names_no_path(served):
    """livereload's cross-site GET /forcereload is gone; a save reloads with no path of ours."""
    with connect("ws://%s%s" % (served.host, LIVE_PATH), open_timeout=10,
                 additional_headers={"Origin": "http://" + served.host}) as tab:
        for host in (served.host, "evil.example:%d" % served.port):
            assert served.request("/forcereload?path=FORCED", host=host).status in (403, 404)
        save(served.folder / "chat.toml", CONFIG + "# saved\n")
        reload = tab.recv(timeout=10)
    served.wait_for_change("chat.toml")
    assert json.loads(reload) == {"reload": True}
    assert str(served.folder) not in reload


def test_preview_live_socket_takes_reports_from_its_pages_and_prints_each_once(served):
    served.printed()
    url = "ws://%s%s" % (served.host, LIVE_PATH)
    with connect(url, additional_headers={"Origin": "http://" + served.host}) as tab:
        for _ in range(3):
            tab.send(json.dumps({"kind": "warning", "text": "Chat language xx is not valid"}))
        tab.send(json.dumps({"kind": "chatkit", "text": "chatkit: handler failed\nTraceback\n"
                                                      "  line 2\x1b[2J"}))
        for junk in ("not json", "[]", json.dumps({"kind": "csp", "text": "forged"}),
                     json.dumps({"kind": "warning", "text": 3})):
            tab.send(junk)
        tab.send(json.dumps({"kind": "note", "text": "last"}))
        lines = [served.lines.get(timeout=10) for _ in range(4)]
    assert re.fullmatch(r"\d\d:\d\d:\d\d chat warning: Chat language xx is not valid", lines[0])
    assert re.fullmatch(r"\d\d:\d\d:\d\d chatkit in the page: chatkit: handler failed", lines[1])
    # A traceback's lines, indented; what could move the cursor is shown, not obeyed.
    assert lines[2:] == ["    Traceback", "      line 2\\x1b[2J"]
    assert served.lines.get(timeout=10).endswith("emulator note: last")  # junk printed nothing


# -- what it serves -----------------------------------------------------------------------


@pytest.mark.parametrize("path, content_type, body", [
    ("/__chatkit/stylesheet/theme.css", "text/css; charset=utf-8", THEME.encode()),
    ("/__chatkit/stylesheet/img/logo.png", "image/png", LOGO),
    ("/__chatkit/stylesheet/fonts/brand.woff2", "font/woff2", FONT),
])
def test_preview_serves_the_stylesheet_and_the_files_it_names(served, path, content_type, body):
    response = served.request(path)
    assert (response.status, response.headers["Content-Type"], response.body) == (
        200, content_type, body)


@pytest.mark.parametrize("path", [
    "/chat.toml", "/site/chat.toml", "/sibling.txt", "/../parent-secret.txt",
    "/%2e%2e/parent-secret.txt", "/theme/theme.css", "/theme/img/logo.png",
    "/__chatkit/", "/__chatkit/assets/", "/__chatkit/stylesheet/",
    "/__chatkit/stylesheet/img/",                    # no listings
    "/__chatkit/stylesheet/unnamed.png",             # in the folder, named by nothing
    "/__chatkit/stylesheet/notes.txt",
    "/__chatkit/stylesheet/theme/theme.css",
    "/__chatkit/stylesheet/../sibling.png",          # named by the CSS, outside its folder
    "/__chatkit/stylesheet/%2e%2e/sibling.png",
    "/__chatkit/stylesheet/link.png",                # named by the CSS, a symlink out of it
    "/__chatkit/stylesheet/%00.css", "/__chatkit/stylesheet/theme.css%00",
    "/__chatkit/sibling.png", "/__chatkit/../chat.toml",
    "/x/CHAT/common/js/chat.js", "/forcereload",
    "/x/CHAT/common/js/chatv3.js", "/x" + DISCOVERY, DISCOVERY + "/x",
])
def test_preview_serves_nothing_else(served, path):
    response = served.request(path)
    assert response.status == 404
    assert not any(marker in response.body for marker in MARKERS)


@pytest.mark.parametrize("path", ["/CHAT/common/js/chatv3.js", "/./CHAT/common/js/chatv3.js"])
def test_preview_serves_the_v2_emulator_as_the_v2_snippet_asks_for_it(served, path):
    response = served.request(path)
    assert (response.status, response.headers["Content-Type"]) == (
        200, "text/javascript; charset=utf-8")
    assert response.body == (resource_dir("static") / "chatv3.js").read_bytes()


@pytest.mark.parametrize("query", ["", "?domain=https%3A%2F%2Fvcc-eu11.8x8.com&tenant=x"])
def test_preview_discovery_answers_its_own_pages_and_no_other_site(served, query):
    for host in hosts(served):
        response = served.request(DISCOVERY + query, host=host,
                                  headers=[("Origin", "https://shop.example.com")])
        assert (response.status, response.headers["Content-Type"]) == (200, "application/json")
        assert json.loads(response.body) == {}
        # CORS names the preview's own origin: another site's page cannot read the answer.
        assert response.headers["Access-Control-Allow-Origin"] == "http://" + host
        assert response.headers["Cache-Control"] == "no-store"


def test_preview_stylesheet_option_maps_the_configured_https_url_to_the_file(served):
    for host in hosts(served):
        html = served.request("/", host=host).text
        assert settings(html)["stylesheetURL"] == STYLESHEET_URL  # the snippet keeps it
        assert scenario(served, html, host) == {"stylesheets": {
            STYLESHEET_URL: "http://%s/__chatkit/stylesheet/theme.css" % host}}
    assert "theme/theme.css: the chat window loads this file in place of %s" % (
        STYLESHEET_URL) in section_lines(served.request("/").text, "chatkit-notes")[0]


def test_preview_stylesheet_option_without_a_stylesheet_url_names_a_made_up_one(served):
    save(served.folder / "chat.toml", CHAT)
    served.wait_for_change("chat.toml")
    html = served.request("/").text
    made_up = "https://stylesheet-url.invalid/theme.css"
    assert settings(html)["stylesheetURL"] == made_up
    assert scenario(served, html) == {"stylesheets": {
        made_up: "http://%s/__chatkit/stylesheet/theme.css" % served.host}}
    assert section_lines(html, "chatkit-notes")[0] == (
        "theme/theme.css: the chat window loads this file in place of %s, a made-up address: "
        "chat.toml has no stylesheet_url; set it to the https address where the file will be"
        % made_up)


def test_preview_local_stylesheet_url_serves_no_file_of_the_config_folder(tmp_path):
    """The old way to preview a local stylesheet served the folder of the file it named."""
    site = make_site(tmp_path)
    process = PreviewProcess(site, "chat.toml")
    save(site / "chat.toml",
         CHAT + 'stylesheet_url = "http://localhost:%d/theme/theme.css"\n' % process.port)
    process.start()
    try:
        answers = {path: process.request(path).status for path in (
            "/theme/theme.css", "/theme/img/logo.png", "/theme/unnamed.png", "/chat.toml")}
    finally:
        assert process.stop()[0] == 0
    assert answers == dict.fromkeys(answers, 404)


def test_preview_page_and_files_are_not_cached(served):
    for path in ("/", "/CHAT/common/js/chat.js", "/__chatkit/preview.js",
                 "/__chatkit/stylesheet/theme.css", "/__chatkit/stylesheet/img/logo.png",
                 "/__chatkit/scenario.js", "/nothing-here"):
        assert served.request(path).headers["Cache-Control"] == "no-store", path


def test_preview_python_assets_are_cached_for_good_and_the_page_is_not(tmp_path):
    (tmp_path / "chat.toml").write_text(HOOKS_CONFIG, encoding="utf-8")
    (tmp_path / "hooks.py").write_text("from chatkit.browser import chat\n", encoding="utf-8")
    process = PreviewProcess(tmp_path, "chat.toml").start()
    try:
        page = process.request("/")
        sources = [script["src"] for script in json.loads(re.search(
            r'"scripts":(\[.*?\])', page.text).group(1))]
        assets = [process.request(src[len("http://" + process.host):]) for src in sources]
    finally:
        assert process.stop()[0] == 0
    assert page.headers["Cache-Control"] == "no-store"
    assert len(assets) == 3
    for asset in assets:
        assert (asset.status, asset.headers["Cache-Control"]) == (
            200, "public, max-age=31536000, immutable")


# -- broken configs while serving -----------------------------------------------------------


def deep_toml(folder):
    nested = "{a = " * 350 + "1" + " }" * 350
    save(folder / "chat.toml", CHAT + "[customer]\nx = %s\n" % nested)


def symlink_loop(folder):
    (folder / "chat.toml").unlink()
    os.symlink("chat.toml", folder / "chat.toml")


def vanished(folder):
    (folder / "chat.toml").unlink()


def long_hooks(folder):
    save(folder / "hooks.py", "x = " + " + ".join(["1"] * 3000) + "\n")
    save(folder / "chat.toml", HOOKS_CONFIG)


@pytest.mark.parametrize("breaks, source", [
    (deep_toml, "chat.toml"), (symlink_loop, "chat.toml"), (vanished, "chat.toml"),
    (long_hooks, "hooks.py"),
])
def test_preview_of_a_broken_config_lists_its_problem_in_one_line(served, breaks, source):
    breaks(served.folder)
    served.wait_for_change("chat.toml")
    response = served.request("/")
    assert response.status == 200
    problems = section_lines(response.text, "chatkit-problems")
    assert len(problems) == 1 and problems[0].startswith(source + ": "), problems
    assert "var settings" not in response.text
    (served.folder / "chat.toml").unlink(missing_ok=True)
    save(served.folder / "chat.toml", CONFIG)
    printed = served.wait_for_change("chat.toml")  # polls ran meanwhile: did they print?
    # The terminal said it too, once, as the page does.
    told = [line.split(" config problem: ", 1)[1] for line in printed
            if " config problem: " in line]
    assert len(told) == 1 and told[0].startswith(source + ": "), printed
    assert all(line.endswith("changed: reloading the preview") or " config problem: " in line
               for line in printed), printed


def test_preview_of_a_nul_in_the_stylesheet_url_never_fails(served):
    save(served.folder / "chat.toml",
         CHAT + 'stylesheet_url = "http://localhost:%d/%%00.css"\n' % served.port)
    served.wait_for_change("chat.toml")
    assert served.request("/").status == 200
    for path in ("/%00.css", "/__chatkit/stylesheet/%00.css"):
        assert served.request(path).status == 404


def test_preview_rtf_stylesheet_note_names_the_command_that_writes_the_clean_css(tmp_path):
    (tmp_path / "chat.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "theme.rtf").write_bytes(EXAMPLE_RTF.read_bytes())
    process = PreviewProcess(tmp_path, "chat.toml", "--stylesheet", "theme.rtf").start()
    try:
        page = process.request("/").text
        css = process.request("/__chatkit/stylesheet/theme.css")
    finally:
        assert process.stop()[0] == 0
    assert "pass -o" not in page
    assert section_lines(page, "chatkit-notes")[1] == (  # as `chatkit css` says it
        "theme.rtf: this is CSS pasted into an RTF (word processor) document, which the chat "
        "cannot load: write the clean CSS with: chatkit css theme.rtf -o theme.css")
    assert css.status == 200 and css.text.startswith("/****") and "\\{" not in css.text


def test_preview_of_a_stylesheet_too_deep_to_check_still_serves_it(tmp_path):
    (tmp_path / "chat.toml").write_text(CONFIG, encoding="utf-8")
    deep = "a {" * 300 + "}" * 300
    (tmp_path / "deep.css").write_text(deep, encoding="utf-8")
    process = PreviewProcess(tmp_path, "chat.toml", "--stylesheet", "deep.css").start()
    try:
        page = process.request("/")
        css = process.request("/__chatkit/stylesheet/deep.css")
    finally:
        code, printed = process.stop()
    assert page.status == 200 and "var settings" in page.text
    notes = section_lines(page.text, "chatkit-notes")
    assert len(notes) == 2 and notes[1].startswith("deep.css:"), notes
    # The terminal says what the page says, once each, with the time.
    assert code == 0 and printed[-1] == "Preview stopped."
    assert [line.split(" config: ", 1)[1] for line in printed[:-1]] == [
        note.replace("&#34;", '"') for note in notes]
    assert (css.status, css.text) == (200, deep)


def test_preview_command_on_a_folder_asks_for_a_config_file(tmp_path):
    (tmp_path / "site").mkdir()
    process = subprocess.run(
        [sys.executable, "-m", "chatkit", "serve", "site", "--port", str(free_port())],
        cwd=tmp_path, capture_output=True, text=True, timeout=20)
    assert (process.returncode, process.stdout, process.stderr) == (
        2, "", "site: a folder, not a config file: name it, e.g. chatkit serve site/chat.toml\n")


# -- issue 16: favicon, hostile stylesheets, the page's policy ------------------------------


def test_preview_answers_the_favicon_without_an_error(served):
    response = served.request("/favicon.ico")
    assert (response.status, response.body) == (204, b"")


def test_preview_serves_no_file_an_image_became_a_symlink_to_after_start(served):
    logo = served.folder / "theme" / "img" / "logo.png"
    assert served.request("/__chatkit/stylesheet/img/logo.png").body == LOGO
    logo.unlink()
    os.symlink(served.folder.parent / "parent-secret.txt", logo)  # the CSS has not changed
    try:
        response = served.request("/__chatkit/stylesheet/img/logo.png")
        assert response.status == 404 and b"PARENT-SECRET" not in response.body
    finally:
        logo.unlink()
        logo.write_bytes(LOGO)
    assert served.request("/__chatkit/stylesheet/img/logo.png").body == LOGO


def test_preview_of_an_endless_stylesheet_is_one_line_exit_2(tmp_path):
    (tmp_path / "chat.toml").write_text(CONFIG, encoding="utf-8")
    process = subprocess.run(
        [sys.executable, "-m", "chatkit", "serve", "chat.toml", "--stylesheet", "/dev/zero",
         "--port", str(free_port())], cwd=tmp_path, capture_output=True, text=True, timeout=20)
    assert (process.returncode, process.stdout, process.stderr) == (
        2, "", "/dev/zero: --stylesheet: more than 2 MB: too big for a stylesheet (the preview "
        "reads no more)\n")


def test_preview_of_a_stylesheet_grown_too_big_says_so_in_one_line(tmp_path):
    (tmp_path / "chat.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "theme.css").write_text(THEME, encoding="utf-8")
    process = PreviewProcess(tmp_path, "chat.toml", "--stylesheet", "theme.css").start()
    try:
        save(tmp_path / "theme.css", "a { color: red }\n" * 200_000)  # 3.4 MB
        printed = process.wait_for_change("theme.css")
        page = process.request("/").text
        css = process.request("/__chatkit/stylesheet/theme.css")
    finally:
        printed += process.stop()[1]
    line = "theme.css: more than 2 MB: too big for a stylesheet (the preview reads no more)"
    assert line in section_lines(page, "chatkit-notes")
    assert css.status == 404
    assert any(printed_line.endswith(" config: " + line) for printed_line in printed), printed


def policies(response):
    return [(name, value) for name, value in response.headers.items()
            if name.lower().startswith("content-security-policy")]


def test_preview_csp_serves_the_policy_with_the_page_only(tmp_path):
    (tmp_path / "chat.toml").write_text(CONFIG, encoding="utf-8")
    policy = "script-src 'nonce-abc' https://*.8x8.com; report-uri https://tenant.example/csp"
    process = PreviewProcess(tmp_path, "chat.toml", "--csp", policy).start()
    try:
        page = process.request("/")
        emulator = process.request("/CHAT/common/js/chat.js")
    finally:
        process.stop()
    origin = "http://" + process.host
    # The policy, adapted only so that it means in the preview what it means in production
    # (the chat served here where it allows 8x8's hosts, the live socket, reports here).
    assert policies(page) == [("content-security-policy",
                               "script-src 'nonce-abc' https://*.8x8.com %s; "
                               "report-uri %s/__chatkit/csp-report" % (origin, origin))]
    assert 'nonce="abc"' in page.text and '"domain":"%s"' % origin in page.text
    assert policies(emulator) == []


@pytest.mark.parametrize("content, message", [
    ("nothing here\n", "policy.txt: --csp: no Content-Security-Policy in it (a header line "
     "`Content-Security-Policy: ...`, or a policy)"),
    ("Content-Security-Policy:   \n", "policy.txt: --csp: no Content-Security-Policy in it (a "
     "header line `Content-Security-Policy: ...`, or a policy)"),
])
def test_preview_csp_file_without_a_policy_is_one_line_exit_2(tmp_path, content, message):
    (tmp_path / "chat.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "policy.txt").write_text(content, encoding="utf-8")
    process = subprocess.run(
        [sys.executable, "-m", "chatkit", "serve", "chat.toml", "--csp", "@policy.txt",
         "--port", str(free_port())], cwd=tmp_path, capture_output=True, text=True, timeout=20)
    assert (process.returncode, process.stdout, process.stderr) == (2, "", message + "\n")


def test_preview_csp_with_a_line_break_is_refused(tmp_path):
    (tmp_path / "chat.toml").write_text(CONFIG, encoding="utf-8")
    process = subprocess.run(
        [sys.executable, "-m", "chatkit", "serve", "chat.toml", "--csp",
         "script-src 'self'\r\nSet-Cookie: x=1", "--port", str(free_port())], cwd=tmp_path,
        capture_output=True, text=True, timeout=20)
    assert (process.returncode, process.stdout) == (2, "")
    # a header line of its own (Set-Cookie) is not a policy: nothing else is read as one
    assert process.stderr.startswith("--csp: no directive in it")


def test_preview_takes_violation_reports_only_as_the_browser_sends_them(served):
    report = json.dumps({"csp-report": {"effective-directive": "img-src",
                                        "blocked-uri": "https://evil.example/x.png"}})
    served.printed()
    forged = served.request("/__chatkit/csp-report", method="POST", body=report.encode(),
                            headers=[("Content-Type", "text/plain")])
    assert forged.status == 415  # what a page of another site could send without asking
    sent = served.request("/__chatkit/csp-report", method="POST", body=report.encode(),
                          headers=[("Content-Type", "application/csp-report")])
    assert sent.status == 204
    line = served.lines.get(timeout=10)
    assert line.endswith(" Content-Security-Policy: img-src blocked https://evil.example/x.png")
    assert served.printed() == []  # the forged one printed nothing
