"""chatkit.testing as a tenant uses it: the server, test configs, the pytest plugin."""

import os
import subprocess
import sys
import textwrap
import urllib.error
import urllib.request

import pytest

from chatkit.testing import EMULATOR_JS, ChatkitServer, config_for, serve
from chatkit.testing.plugin import CHROMIUM_FLAGS, chromium_launch_args


def fetch(url):
    """(status, headers, body) of a GET."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_serve_serves_the_directory_and_the_emulator(tmp_path):
    (tmp_path / "index.html").write_text("<p>site</p>", encoding="utf-8")
    with serve(tmp_path) as url:
        assert url.startswith("http://127.0.0.1:")
        status, headers, body = fetch(url + "/index.html")
        assert (status, body) == (200, b"<p>site</p>")
        assert headers["Cache-Control"] == "no-store"
        for path in ("/CHAT/common/js/chat.js", "/./CHAT/common/js/chat.js",
                     "/vcc/CHAT/common/js/chat.js"):  # whatever `path` the config has
            status, headers, body = fetch(url + path)
            assert (status, body) == (200, EMULATOR_JS.read_bytes())
            assert headers["Content-Type"].startswith("text/javascript")
        assert fetch(url + "/missing.html")[0] == 404
    with pytest.raises(OSError):
        fetch(url + "/index.html")


def test_server_serves_added_pages_with_their_headers():
    with ChatkitServer() as server:
        page = server.add_page("<p>é</p>", headers={"Content-Security-Policy": "script-src 'none'"})
        status, headers, body = fetch(page)
        assert (status, body.decode("utf-8")) == (200, "<p>é</p>")
        assert headers["Content-Security-Policy"] == "script-src 'none'"
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        server.remove(page)
        assert fetch(page)[0] == 404
        assert fetch(server.url + "/")[0] == 404  # no directory: nothing else


def test_config_for_points_a_config_at_the_server(tmp_path):
    toml = tmp_path / "chat.toml"
    toml.write_text(textwrap.dedent("""\
        [chat]
        uuid = "script_1.2"
        tenant = "dGVuYW50"
        channel = "Sales"
        domain = "https://vcc-na7.8x8.com"
        path = "/vcc"
        [customer]
        Plan = "Gold"
    """), encoding="utf-8")
    config = config_for(toml, "http://127.0.0.1:9", stylesheet_url="https://cdn.example.com/c.css")
    assert (config.chat.domain, config.chat.path) == ("http://127.0.0.1:9", "/.")
    assert config.chat.stylesheet_url == "https://cdn.example.com/c.css"
    assert config.chat.button_container_id == "__8x8-chat-button-container-script_1.2"
    assert config.customer == {"Plan": "Gold"}
    assert config_for(config, "http://127.0.0.1:8").chat.domain == "http://127.0.0.1:8"
    assert config.chat.domain == "http://127.0.0.1:9"  # the Config given is not changed


def test_config_for_fills_a_dict_with_test_values():
    config = config_for({"customer": {"Age": 3}}, "http://127.0.0.1:9")
    assert config.chat.uuid and config.chat.tenant and config.chat.channel
    assert config.customer == {"Age": 3}


def test_chromium_launch_args_use_the_system_chromium(monkeypatch):
    monkeypatch.setenv("CHATKIT_CHROMIUM", "/opt/chromium/chrome")
    options = chromium_launch_args({"headless": False, "args": ["--no-sandbox", "--x"]})
    assert options["executable_path"] == "/opt/chromium/chrome"
    assert options["headless"] is False
    assert options["args"][:2] == ["--no-sandbox", "--x"]
    assert sorted(options["args"][:-1]) == sorted(set(CHROMIUM_FLAGS) | {"--x"})
    assert options["args"][-1].startswith("--disable-features=")  # Playwright's list and more
    # A channel or an explicit executable chosen by the project wins.
    assert "executable_path" not in chromium_launch_args({"channel": "chrome"})
    assert chromium_launch_args({"executable_path": "/x"})["executable_path"] == "/x"


TENANT_TEST = '''
import pathlib

import pytest

@pytest.mark.parametrize("online, phase", [(True, "preChat"), (False, "offlineForm")])
def test_our_chat(chatkit_open, online, phase):
    chat = chatkit_open("chat.toml", scenario={"online": online})
    assert chat.state()["customerInfo"] == {"Plan": "Gold"}
    chat.click_button()
    assert chat.state()["phase"] == phase
    assert chat.warnings == [] and chat.notes == []

def test_our_stylesheet(chatkit_open):
    css = pathlib.Path(__file__).parent / "site" / "chat.css"
    chat = chatkit_open("chat.toml", stylesheet=css, scenario={"preChat": False})
    chat.click_button()
    assert chat.in_window(".footer", "color") == ["rgb(1, 2, 3)"]

def test_our_site(chatkit_server, chatkit_emulator):
    chat = chatkit_emulator.goto(chatkit_server.url + "/index.html")
    assert chat.state()["settings"]["channel"] == "Sales"
'''

TENANT_CONFTEST = '''
import pytest

@pytest.fixture(scope="session")
def chatkit_site_directory():
    return __import__("pathlib").Path(__file__).parent / "site"
'''

TENANT_PAGE = """<!DOCTYPE html><div id="chat-here"></div>
<script>var __8x8Chat = {uuid: "u", tenant: "t", channel: "Sales", domain: location.origin,
    path: "/.", buttonContainerId: "chat-here", align: "left"};</script>
<script src="/./CHAT/common/js/chat.js"></script>
"""


@pytest.mark.browser
def test_a_tenant_project_uses_the_plugin_without_any_setup(tmp_path):
    (tmp_path / "chat.toml").write_text(textwrap.dedent("""\
        [chat]
        uuid = "script_1.2"
        tenant = "dGVuYW50"
        channel = "Sales"
        domain = "https://vcc-na7.8x8.com"
        stylesheet_url = "https://cdn.example.com/chat.css"
        [customer]
        Plan = "Gold"
    """), encoding="utf-8")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "chat.css").write_text(".footer { color: rgb(1, 2, 3); }",
                                                encoding="utf-8")
    (tmp_path / "site" / "index.html").write_text(TENANT_PAGE, encoding="utf-8")
    (tmp_path / "test_chat.py").write_text(TENANT_TEST, encoding="utf-8")
    (tmp_path / "conftest.py").write_text(TENANT_CONFTEST, encoding="utf-8")
    result = subprocess.run(
        # -W error: tenants' CI often runs with warnings as errors.
        [sys.executable, "-m", "pytest", "-q", "-W", "error", "-p", "no:cacheprovider", "--rootdir",
         str(tmp_path), "--output", str(tmp_path / "results")],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout


@pytest.mark.browser
def test_chatkit_open_shows_a_local_stylesheet_for_the_configured_https_one(chatkit_open,
                                                                            tmp_path):
    css = tmp_path / "theme.css"
    css.write_text("#message-counter { color: rgb(4, 5, 6); }", encoding="utf-8")
    chat = chatkit_open({"chat": {"stylesheet_url": "https://cdn.example.com/theme.css"}},
                        stylesheet=css, scenario={"preChat": False})
    state = chat.state()
    assert state["stylesheetURL"] == "https://cdn.example.com/theme.css"  # what the snippet says
    [local] = state["scenario"]["stylesheets"].values()
    chat.click_button()
    chat.page.wait_for_function("""(href) => {
        const doc = document.getElementById('__8x8-chat-window').contentDocument;
        return Array.from(doc.styleSheets).some((s) => s.href === href && s.cssRules.length);
    }""", arg=local)
    assert chat.in_window("#message-counter", "color") == ["rgb(4, 5, 6)"]


@pytest.mark.browser
def test_chatkit_open_refuses_a_stylesheet_without_a_configured_url(chatkit_open, tmp_path):
    with pytest.raises(ValueError, match="no stylesheet_url"):
        chatkit_open({}, stylesheet=tmp_path / "theme.css")


@pytest.mark.browser
def test_in_window_reads_the_window_once_its_stylesheet_has_loaded(chatkit_open, tmp_path):
    # The stylesheet arrives a second after the window opens: in_window waits for it.
    css = tmp_path / "slow.css"
    css.write_text(".footer { color: rgb(7, 8, 9); }", encoding="utf-8")
    chat = chatkit_open({"chat": {"stylesheet_url": "https://cdn.example.com/slow.css"}},
                        stylesheet=css, scenario={"preChat": False})

    def slowly(route):
        chat.page.wait_for_timeout(1000)
        route.continue_()

    chat.page.route("**/slow.css", slowly)
    chat.click_button()
    assert chat.in_window(".footer", "color") == ["rgb(7, 8, 9)"]


# -- issue 16: the plugin fails clearly where it passed silently -------------------------------

HOOKS_CONFIG = """\
[chat]
uuid = "script_1.2"
tenant = "dGVuYW50"
channel = "Sales"
domain = "https://vcc-na7.8x8.com"
[python]
hooks = "hooks.py"
asset_base = "https://cdn.example.com/chatkit/"
"""
HOOKS = "from chatkit.browser import chat\nchat.customer.set_info({'Hooks': 'ran'})\n"
KIT_TESTS = '''
def test_hooks_run(chatkit_open):
    chat = chatkit_open("chat.toml")
    assert chat.state()["customerInfo"] == {"Hooks": "ran"}

def test_unknown_option(chatkit_open):
    chatkit_open({}, scenario={"onlin": False})

def test_wrong_type(chatkit_open):
    chatkit_open({}, scenario={"online": "no"})

def test_no_page_yet(chatkit_emulator):
    chatkit_emulator.click_button()
'''


def run_tenant_tests(folder):
    """pytest in `folder` as a tenant's CI runs it; {test name: failure message or None}."""
    import xml.etree.ElementTree as ElementTree

    report = folder / "report.xml"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir",
         str(folder), "--junitxml", str(report), "--output", str(folder / "results")],
        cwd=folder, capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    outcomes = {}
    for case in ElementTree.parse(report).iter("testcase"):
        problem = case.find("failure")
        problem = case.find("error") if problem is None else problem
        outcomes[case.get("name").split("[")[0]] = None if problem is None else problem.get(
            "message")
    return result, outcomes


@pytest.mark.browser
def test_the_plugin_runs_hooks_and_refuses_what_cannot_work(tmp_path):
    (tmp_path / "chat.toml").write_text(HOOKS_CONFIG, encoding="utf-8")
    (tmp_path / "hooks.py").write_text(HOOKS, encoding="utf-8")
    (tmp_path / "test_kit.py").write_text(KIT_TESTS, encoding="utf-8")
    result, outcomes = run_tenant_tests(tmp_path)
    assert outcomes["test_hooks_run"] is None, result.stdout  # the [python] hooks ran
    assert outcomes["test_unknown_option"] == (
        "chatkit.testing.KitError: scenario option 'onlin' does not exist (did you "
        "mean 'online'? options: invitation, preChat, chatWindow, offlineForm, online, "
        "languageQuestion, formLanguage, sessionError, initDelayMs, latencyMs, stylesheets)")
    assert outcomes["test_wrong_type"] == (
        "chatkit.testing.KitError: scenario option 'online' must be true or false, "
        "like its default true, not 'no'")
    assert outcomes["test_no_page_yet"] == (
        "chatkit.testing.KitError: no chat in this page (about:blank): open one "
        "first, with chatkit_open(config) or chatkit_emulator.goto(url)")
    assert result.returncode == 1


def test_the_scenario_options_are_the_emulators_documented_ones():
    """SPEC 7 lists them with their defaults; chatkit reads them from the emulator itself."""
    from chatkit.testing._scenario import scenario_defaults

    assert scenario_defaults() == {
        "invitation": True, "preChat": True, "chatWindow": True, "offlineForm": True,
        "online": True, "languageQuestion": False, "initDelayMs": 0, "latencyMs": 0,
        "stylesheets": {},
        # Not in SPEC 7's list; the README names them: the form's language, session errors.
        "formLanguage": "en", "sessionError": False}


@pytest.mark.browser
def test_the_plugin_says_when_the_site_folder_is_missing(tmp_path):
    (tmp_path / "conftest.py").write_text(TENANT_CONFTEST, encoding="utf-8")  # site/: none
    (tmp_path / "test_site.py").write_text(
        "def test_site(chatkit_server):\n    pass\n", encoding="utf-8")
    result, outcomes = run_tenant_tests(tmp_path)
    assert result.returncode == 1
    assert outcomes["test_site"] == (
        'failed on setup with "chatkit.testing.KitError: the site folder %s does not exist '
        "(chatkit_site_directory, or chatkit.testing.serve(directory)): name a folder that "
        'does"' % (tmp_path / "site"))


@pytest.mark.parametrize("host", ["evil.example:{port}", "127.0.0.1:1", "localhost",
                                  "[::1]:{port}", ""])
def test_serve_answers_only_its_own_host_names(tmp_path, host):
    """DNS rebinding: a page of evil.example, re-pointed at 127.0.0.1, must read nothing."""
    import http.client
    from urllib.parse import urlsplit

    (tmp_path / "index.html").write_text("<p>site</p>", encoding="utf-8")
    with serve(tmp_path) as url:
        port = urlsplit(url).port
        answers = {}
        for name in (host.format(port=port), "127.0.0.1:%d" % port, "localhost:%d" % port):
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.putrequest("GET", "/index.html", skip_host=True)
            connection.putheader("Host", name)
            connection.endheaders()
            response = connection.getresponse()
            answers[name] = (response.status, response.read())
            connection.close()
    refused = answers[host.format(port=port)]
    assert refused[0] == 403 and b"site" not in refused[1]
    assert answers["127.0.0.1:%d" % port] == answers["localhost:%d" % port] == (
        200, b"<p>site</p>")


def test_serve_follows_no_symlink_out_of_its_folder(tmp_path):
    site = tmp_path / "site"
    (site / "img").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("SECRET", encoding="utf-8")
    (site / "img" / "logo.png").write_bytes(b"PNG")
    os.symlink(tmp_path / "secret.txt", site / "out.txt")
    os.symlink(tmp_path, site / "up")
    os.symlink("img/logo.png", site / "inside.png")  # a link inside the folder is fine
    with serve(site) as url:
        assert fetch(url + "/inside.png")[::2] == (200, b"PNG")
        for path in ("/out.txt", "/up/secret.txt", "/img/../../secret.txt",
                     "/%2e%2e/secret.txt"):
            status, _, body = fetch(url + path)
            assert status in (403, 404) and b"SECRET" not in body, path
        # The link is checked at each request: made after the server started, it leads nowhere.
        (site / "img" / "logo.png").unlink()
        os.symlink(tmp_path / "secret.txt", site / "img" / "logo.png")
        status, _, body = fetch(url + "/img/logo.png")
        assert status == 403 and b"SECRET" not in body
