"""The v2 snippet (SPEC 4) against 8x8's own (webchat-script.md): the same container, config
object, discovery request and chatv3.js with its `init` / `customerror` events; chatkit's
callback calls only documented chatApp methods, and with [python] makes the one setProxy of
the eleven documented callbacks.  Chromium runs it in tests/browser/test_snippet_v2.py.
"""

import json
import re
from pathlib import Path

import pytest

from chatkit.config import load_config, parse_config
from chatkit.snippet import chat_settings, render_snippet
from tests.reference import reference_text

ROOT = Path(__file__).resolve().parent.parent
FULL = load_config(ROOT / "examples/v2/full.toml")
PYTHON_ASSETS = {"scripts": [], "boot": "from chatkit.browser import _bridge\n"}


def reference_snippet():
    text = reference_text("8x8-webchat-v2/webchat-script.md")
    return text.split("```html\n", 1)[1].split("```", 1)[0]


def embedded(html, name):
    """The JSON value the snippet assigns to `var name`."""
    return json.loads(re.search(r"var %s = (.*);\n" % name, html).group(1))


def test_v2_snippet_config_object_has_the_references_keys_in_order():
    keys = re.findall(r"^\s+(\w+): ", reference_snippet().split("var config = {")[1]
                      .split("};")[0], re.MULTILINE)
    assert keys == ["scriptUuid", "tenant", "channelName", "channelUuid", "domain",
                    "buttonContainerId", "align"]
    minimal = embedded(render_snippet(load_config(ROOT / "examples/v2/minimal.toml")), "config")
    assert list(minimal) == keys
    # themeCustom joins them when [theme] is set (button-theming.md adds it there).
    assert list(embedded(render_snippet(FULL), "config")) == keys + ["themeCustom"]


def test_v2_snippet_config_object_carries_the_configs_values():
    assert chat_settings(FULL) == {
        "scriptUuid": "script_0123456789abcdef01234567.89012345", "tenant": "ZXhhbXBsZTAx",
        "channelName": "Customer Support", "channelUuid": "Ab3ULjXFQx-unSA6ebdW8A",
        "domain": "https://vcc-na7.8x8.com",
        "buttonContainerId": "__8x8-chat-button-container-script_0123456789abcdef01234567"
                             ".89012345",
        "align": "left",
        "themeCustom": {"headerBackgroundColor": "#0B0C0C", "headerTextColor": "#FFFFFF",
                        "chatShadow": "0 2px 6px rgb(0 0 0 / 20%)",
                        "buttonPrimaryBackgroundColor": "#00008B",
                        "buttonPrimaryTextColor": "#FFFFFF", "buttonBorderRadius": "10px"}}


def test_v2_snippet_container_is_the_references_div():
    reference = re.search(r'<div id="(__8x8-chat-button-container-)script_[^"]+"></div>',
                          reference_snippet())
    html = render_snippet(FULL)
    assert ('<div id="%sscript_0123456789abcdef01234567.89012345"></div>' % reference.group(1)
            in html)


def test_v2_snippet_asks_the_references_discovery_service_with_its_parameters():
    reference = reference_snippet()
    url = re.search(r'new URL\("([^"]+)"\)', reference).group(1)
    params = re.search(r"var params = \{ (.*) \};", reference).group(1)
    html = render_snippet(FULL)
    assert 'new URL("%s")' % url in html
    assert "new URLSearchParams({%s})" % params in html
    # "a failed one keeps domain": the reference's own catch, then loadChat either way.
    assert "console.warn(\"Failed to retrieve override domain, will continue using \"" in html
    assert ".finally(loadChat)" in html and ".finally(() => loadChat())" in reference


def test_v2_snippet_asks_the_configured_discovery_url(tmp_path):
    config = parse_config({"chat": {
        "api": "v2", "uuid": "script_1", "tenant": "dA==", "channel": "c", "channel_uuid": "u",
        "domain": "https://vcc-na7.8x8.com",
        "discovery_url": "https://discovery.example.com/d?x=</script>"}}, tmp_path / "c.toml")
    assert 'new URL("https://discovery.example.com/d?x=\\u003c/script\\u003e")' in (
        render_snippet(config))


def test_v2_snippet_loads_chatv3_from_the_domain_and_listens_as_the_reference_does():
    reference = reference_snippet()
    html = render_snippet(FULL)
    assert '(config.domain + "/CHAT/common/js/chatv3.js")' in reference
    assert 'se.src = config.domain + "/CHAT/common/js/chatv3.js";' in html
    for event in ("init", "customerror"):
        assert "se.addEventListener('%s'" % event in reference
        assert 'se.addEventListener("%s"' % event in html  # customerror: [fallback] is set
    assert "initFn(config, cb)" in reference and "e.detail.init(config, onChatApp)" in html


def test_v2_snippet_calls_only_documented_chatapp_methods():
    text = reference_text("8x8-webchat-v2/webchat-api-introduction.md")
    documented = set(re.findall(r"^\| \[`(\w+)\(", text, re.MULTILINE))
    html = render_snippet(FULL, python_assets=PYTHON_ASSETS)
    called = set(re.findall(r'call\(chatApp, "(\w+)"', html))
    assert called == {"setCustomerLanguage", "setCustomerInfo", "setVariables",
                      "setInvitationQuickReplies", "setNotificationSoundToggle", "setProxy"}
    assert called <= documented


def test_v2_snippet_applies_the_config_in_its_callback():
    assert embedded(render_snippet(FULL), "init") == {
        "language": "fr",
        "customer": {"First name": "James", "Verified": "yes", "Cart total": 129.95},
        "variables": {"_VIP": "YES", "$emailAddress": "james.smith@example.com"},
        "quickReplies": ["I need help with my order", "I have a billing question"],
        "sound": False}


def test_v2_snippet_with_python_makes_one_set_proxy_of_the_documented_callbacks():
    text = reference_text("8x8-webchat-v2/event-callbacks.md")
    table = text.split("### Available callbacks")[1].split("###")[0]
    documented = re.findall(r"^\| `(\w+)` \|", table, re.MULTILINE)
    html = render_snippet(FULL, python_assets=PYTHON_ASSETS)
    names = re.search(r"(\[\"onAppStart\".*?\])\.forEach", html).group(1)
    assert json.loads(names) == documented and len(documented) == 11
    assert html.count('call(chatApp, "setProxy"') == 1
    # Without [python], the page's own code is free to make the one setProxy.
    assert "setProxy" not in render_snippet(FULL)


@pytest.mark.parametrize("python", [None, PYTHON_ASSETS])
def test_v2_snippet_hands_chat_app_to_the_page_and_the_hooks(python):
    html = render_snippet(FULL, python_assets=python)
    callback = html.split("function onChatApp(chatApp) {", 1)[1].split("\n    }\n", 1)[0]
    # trigger-webchat.md: `window.chatApp = chatApp;`, then chatkit's hand-over.
    order = ["applyConfig(chatApp);", "w.chatApp = chatApp;", "chatkit.chatApp = chatApp;",
             "chatkit.onChatApp(chatApp);"]
    assert [callback.index(step) for step in order] == sorted(callback.index(s) for s in order)
