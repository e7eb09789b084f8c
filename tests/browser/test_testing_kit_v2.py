"""chatkit.testing for v2 configs: the server's v2 emulator and discovery endpoint (SPEC 8),
config_for pointing a v2 config at the server, and a tenant's pytest against the v2 chat."""

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from chatkit.emulator.serving import pointed_at
from chatkit.testing import EMULATOR_JS, EMULATOR_V2_JS, ChatkitServer, config_for, serve

# SPEC 8: "the v2 discovery endpoint at /vcc-chat-channels/public/webchat/discovery (the
# path 8x8 uses; it answers {}, so domain stays the server's own URL)".
DISCOVERY = "/vcc-chat-channels/public/webchat/discovery"


def fetch(url, method="GET", headers=None):
    """(status, headers, body) of a request."""
    request = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_serve_serves_both_emulators_at_their_8x8_paths(tmp_path):
    with serve(tmp_path) as url:
        for path, emulator in (("/CHAT/common/js/chatv3.js", EMULATOR_V2_JS),
                               ("/elsewhere/CHAT/common/js/chatv3.js", EMULATOR_V2_JS),
                               ("/CHAT/common/js/chat.js", EMULATOR_JS)):
            status, headers, body = fetch(url + path)
            assert (status, body) == (200, emulator.read_bytes()), path
            assert headers["Content-Type"].startswith("text/javascript")
        assert EMULATOR_V2_JS.name == "chatv3.js" and EMULATOR_V2_JS.is_file()


@pytest.mark.parametrize("query", [
    "", "?domain=https%3A%2F%2Fvcc-eu11.8x8.com&tenant=ZXhhbXBsZTAx&channelUuid=Ab3ULjXFQx",
    "?anything=at all",
])
def test_the_discovery_endpoint_answers_an_empty_object_to_any_page(query):
    with ChatkitServer() as server:
        status, headers, body = fetch(server.url + DISCOVERY + query.replace(" ", "%20"),
                                      headers={"Origin": "https://shop.example.com"})
        assert status == 200 and json.loads(body) == {}
        assert headers["Content-Type"] == "application/json"
        assert headers["Access-Control-Allow-Origin"] == "*"
        assert headers["Cache-Control"] == "no-store"


def test_only_the_discovery_path_is_the_discovery_endpoint():
    with ChatkitServer() as server:
        assert fetch(server.url + DISCOVERY + "/more")[0] == 404
        assert fetch(server.url + "/x" + DISCOVERY)[0] == 404


def test_pointed_at_names_what_each_version_needs():
    url = "http://127.0.0.1:9"
    assert pointed_at("v1", url) == {"domain": url, "path": "/."}
    assert pointed_at("v2", url) == {"domain": url, "discovery_url": url + DISCOVERY}


V2_CONFIG = """\
[chat]
api = "v2"
uuid = "script_0123456789abcdef01234567.89012345"
tenant = "ZXhhbXBsZTAx"
channel = "Sales"
channel_uuid = "Ab3ULjXFQx-unSA6ebdW8A"
domain = "https://vcc-eu11.8x8.com"
quick_replies = ["I need help with my order"]
notification_sound = false
[customer]
Plan = "Gold"
[variables]
_VIP = "YES"
[theme]
headerBackgroundColor = "#0b0c0c"
"""


def test_config_for_points_a_v2_config_at_the_server(tmp_path):
    toml = tmp_path / "chat.toml"
    toml.write_text(V2_CONFIG, encoding="utf-8")
    config = config_for(toml, "http://127.0.0.1:9")
    assert config.chat.domain == "http://127.0.0.1:9"
    assert config.chat.discovery_url == "http://127.0.0.1:9" + DISCOVERY
    assert config.chat.path is None  # v1's, not v2's
    assert config.customer == {"Plan": "Gold"}


def test_config_for_fills_a_v2_dict_with_test_values():
    config = config_for({"chat": {"api": "v2"}}, "http://127.0.0.1:9")
    assert config.chat.api == "v2" and config.chat.channel_uuid
    assert config.chat.discovery_url == "http://127.0.0.1:9" + DISCOVERY


@pytest.mark.browser
def test_chatkit_open_runs_a_v2_config_against_the_v2_emulator(chatkit_open, tmp_path):
    toml = tmp_path / "chat.toml"
    toml.write_text(V2_CONFIG, encoding="utf-8")
    chat = chatkit_open(toml, scenario={"preChat": False})
    state = chat.state()
    assert state["api"] == "v2" and state["started"] is True
    assert (state["customerInfo"], state["variables"]) == ({"Plan": "Gold"}, {"_VIP": "YES"})
    assert state["quickReplies"] == ["I need help with my order"]
    assert state["notificationSound"] is False
    assert state["theme"] == {"headerBackgroundColor": "#0b0c0c"}
    assert state["settings"]["domain"] == chat.page.evaluate("location.origin")
    chat.start_chat()
    assert chat.in_window(".header", "background-color") == ["rgb(11, 12, 12)"]
    chat.end_chat()
    assert chat.callbacks[-1] == {"callback": "onAppEnd", "args": ["chat-api"]}
    assert chat.warnings == [] and chat.notes == [] and chat.console_warnings == []


TENANT_TEST = '''
import pytest

def test_our_chat_reaches_the_agent(chatkit_open):
    chat = chatkit_open("chat.toml", scenario={"preChat": False})
    chat.start_chat()
    chat.agent_join("Ann")
    sent = chat.state()["submissions"][0]
    assert sent["info"] == {"Plan": "Gold"} and sent["variables"] == {"_VIP": "YES"}
    assert chat.warnings == [] and chat.notes == []

def test_our_quick_replies(chatkit_open):
    chat = chatkit_open("chat.toml", scenario={"preChat": False})
    chat.show_invitation()
    chat.choose_quick_reply("I need help with my order")
    assert chat.history()[-1] == "I need help with my order"

@pytest.mark.parametrize("online, callback", [(True, "onOpenChat"), (False, "onOpenOfflineForm")])
def test_our_analytics_callbacks(chatkit_open, online, callback):
    chat = chatkit_open("chat.toml", scenario={"online": online, "preChat": False})
    chat.click_button()
    assert chat.callbacks[1]["callback"] == callback
'''


@pytest.mark.browser
def test_a_tenant_project_tests_its_v2_chat_with_the_plugin(tmp_path):
    (tmp_path / "chat.toml").write_text(V2_CONFIG, encoding="utf-8")
    (tmp_path / "test_chat.py").write_text(TENANT_TEST, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-W", "error", "-p", "no:cacheprovider",
         "--rootdir", str(tmp_path), "--output", str(tmp_path / "results")],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout



def readme_block(after):
    """The fenced code block that follows the line `after` in the README."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    return readme.split(after, 1)[1].split("```", 2)[1].split("\n", 1)[1]


@pytest.mark.browser
def test_the_readme_v2_example_passes_for_a_tenant(tmp_path):
    (tmp_path / "chat.toml").write_text(V2_CONFIG, encoding="utf-8")
    (tmp_path / "test_chat.py").write_text(readme_block("### Test a v2 chat"),
                                           encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-W", "error", "-p", "no:cacheprovider"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


@pytest.mark.browser
def test_chatkit_open_refuses_a_stylesheet_for_a_v2_config(chatkit_open, tmp_path):
    with pytest.raises(ValueError, match="takes no stylesheet; its looks are the config's"):
        chatkit_open({"chat": {"api": "v2"}}, stylesheet=tmp_path / "theme.css")
