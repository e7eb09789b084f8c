"""The v2 snippet in Chromium against 8x8's documented loading protocol (webchat-script.md):
chatv3.js dispatches `init` on its own script element with `detail.init(config, callback)`,
or `customerror`; the callback gets a `chatApp` whose methods return it.

The chatv3.js here is a recording stand-in that does exactly that and nothing more, so these
tests prove the snippet's side of the protocol (the discovery request, the config object,
what the callback calls with which values, the nonce, the fallback, the one setProxy) with
values exactly as JavaScript receives them; the v2 emulator proves the chat's own behaviour
(tests/browser/test_snippet.py runs the snippet of both versions against the emulators).
"""

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from test_snippet import ID_PAYLOAD, INJECTIONS, NAME_PAYLOAD, PAYLOAD

from chatkit.config import parse_config
from chatkit.snippet import render_snippet
from chatkit.testing import page_html
from chatkit.versions import v2

pytestmark = pytest.mark.browser

# A chatv3.js that follows the documented protocol and records what the snippet gives it.
STAND_IN = """(function () {
    var script = document.currentScript, mode = window.standInMode || {};
    var seen = window.standIn = {src: script.src, nonce: script.nonce, calls: [],
                                 dataset: Object.assign({}, script.dataset)};
    function plain(value) { return JSON.parse(JSON.stringify(value)); }
    function chatApp() {
        var app = {};
        ["setCustomerInfo", "resetCustomerInfo", "setCustomerLanguage", "setVariables",
         "startChat", "endChat", "setInvitationQuickReplies",
         "setNotificationSoundToggle"].forEach(function (name) {
            app[name] = function () {
                seen.calls.push([name].concat(Array.prototype.map.call(arguments, plain)));
                return app;
            };
        });
        app.setProxy = function (proxy) {
            seen.calls.push(["setProxy", Object.keys(proxy)]);
            seen.proxy = proxy;
            return app;
        };
        return app;
    }
    setTimeout(function () {
        if (mode.fail) {
            script.dispatchEvent(new CustomEvent("customerror", {detail: {}}));
            return;
        }
        script.dispatchEvent(new CustomEvent("init", {detail: {init: function (config, cb) {
            seen.config = plain(config);
            seen.app = chatApp();
            setTimeout(function () { cb(seen.app); seen.calledBack = true; }, mode.delayMs || 0);
        }}}));
    }, 0);
})();
"""
CHAT = {"api": "v2", "uuid": "script_0123456789abcdef01234567.89012345",
        "tenant": "ZXhhbXBsZTAx", "channel": "Customer Support",
        "channel_uuid": "Ab3ULjXFQx-unSA6ebdW8A"}
OTHER_ORIGIN = "http://localhost:1"  # where a discovery answer may move the chat


@pytest.fixture
def open_v2(chatkit_server, page, tmp_path):
    """Open a page with the v2 snippet of `config` (its [chat] over CHAT, pointed at the test
    server); chatv3.js is the stand-in, discovery answers `discovery` (None: it fails)."""
    requests, urls = [], []

    def open_page(config=None, discovery=None, nonce=None, headers=None, head="",
                  python_assets=None, mode=None, wait=True):
        config = dict(config or {})
        chat = {**CHAT, "domain": chatkit_server.url,
                "discovery_url": chatkit_server.url + v2.DISCOVERY_PATH, **config.get("chat", {})}
        checked = parse_config({**config, "chat": chat}, tmp_path / "chat.toml")
        page.route("**" + v2.DISCOVERY_PATH + "*", lambda route: _discovery(route, discovery,
                                                                           requests))
        page.route("**" + v2.LOADER_PATH, lambda route: route.fulfill(
            body=STAND_IN, content_type="text/javascript"))
        attribute = ' nonce="%s"' % nonce if nonce else ""
        setup = "<script%s>window.standInMode = %s;</script>" % (attribute,
                                                                  json.dumps(mode or {}))
        html = page_html(render_snippet(checked, nonce=nonce, python_assets=python_assets),
                         head=setup + head)
        urls.append(chatkit_server.add_page(html, headers=headers))
        page.goto(urls[-1])
        if wait:
            page.wait_for_function("() => window.standIn && window.standIn.calledBack")
        return requests

    yield open_page
    for url in urls:
        chatkit_server.remove(url)


def _discovery(route, answer, requests):
    requests.append(route.request.url)
    if answer is None:
        route.abort()
    else:
        route.fulfill(body=json.dumps(answer), content_type="application/json",
                      headers={"Access-Control-Allow-Origin": "*"})


def seen(page):
    return page.evaluate("() => { const s = window.standIn; return {src: s.src, nonce: s.nonce,"
                         " calls: s.calls, config: s.config, dataset: s.dataset}; }")


def test_v2_snippet_asks_discovery_then_loads_chatv3_from_the_domain(open_v2, page,
                                                                      chatkit_server):
    requests = open_v2(discovery={})
    [request] = requests
    # webchat-script.md: params = {domain, tenant, channelUuid} on the discovery URL
    assert request.split("?")[0] == chatkit_server.url + v2.DISCOVERY_PATH
    assert parse_qs(urlsplit(request).query) == {
        "domain": [chatkit_server.url], "tenant": ["ZXhhbXBsZTAx"],
        "channelUuid": ["Ab3ULjXFQx-unSA6ebdW8A"]}
    assert seen(page)["src"] == chatkit_server.url + "/CHAT/common/js/chatv3.js"


def test_v2_snippet_takes_the_domain_discovery_names(open_v2, page):
    open_v2(discovery={"domain": OTHER_ORIGIN})
    assert seen(page)["src"] == OTHER_ORIGIN + "/CHAT/common/js/chatv3.js"
    assert seen(page)["config"]["domain"] == OTHER_ORIGIN


@pytest.mark.parametrize("answer", [None, {"domain": ""}, {"other": 1}, ["not", "an object"]])
def test_v2_snippet_keeps_its_domain_when_discovery_fails_or_names_none(open_v2, page,
                                                                         chatkit_server, answer):
    open_v2(discovery=answer)
    assert seen(page)["src"] == chatkit_server.url + "/CHAT/common/js/chatv3.js"


def test_v2_snippet_hands_init_the_config_object_and_applies_the_config(open_v2, page,
                                                                         chatkit_server):
    open_v2({"chat": {"language": "pt-BR", "quick_replies": ["Track my order", "Talk to us"],
                      "notification_sound": False, "align": "left"},
             "customer": {"Plan": "Premium", "Age": 25, "Ratio": 0.5, "VIP": True},
             "variables": {"_VIP": "YES", "$language": "pt-BR"},
             "theme": {"headerBackgroundColor": "#0B0C0C", "buttonBorderRadius": "10px"}},
            discovery={})
    found = seen(page)
    assert found["config"] == {
        "scriptUuid": CHAT["uuid"], "tenant": "ZXhhbXBsZTAx", "channelName": "Customer Support",
        "channelUuid": "Ab3ULjXFQx-unSA6ebdW8A", "domain": chatkit_server.url,
        "buttonContainerId": "__8x8-chat-button-container-" + CHAT["uuid"], "align": "left",
        "themeCustom": {"headerBackgroundColor": "#0B0C0C", "buttonBorderRadius": "10px"}}
    assert found["calls"] == [
        ["setCustomerLanguage", "pt"],
        ["setCustomerInfo", {"Plan": "Premium", "Age": 25, "Ratio": 0.5, "VIP": True}],
        ["setVariables", {"_VIP": "YES", "$language": "pt"}],
        ["setInvitationQuickReplies", ["Track my order", "Talk to us"]],
        ["setNotificationSoundToggle", False]]
    # as webchat-script.md does: every config value on the script element's dataset
    assert found["dataset"]["scriptUuid"] == CHAT["uuid"]
    assert page.evaluate("() => window.chatApp === window.standIn.app")
    assert page.evaluate("() => window.__chatkit.chatApp === window.standIn.app")


def test_v2_snippet_without_settings_calls_nothing(open_v2, page):
    open_v2(discovery={})
    assert seen(page)["calls"] == []
    assert page.evaluate("() => window.chatApp === window.standIn.app")


def test_v2_snippet_hands_chat_app_to_the_hooks_whichever_comes_first(open_v2, page):
    early = "<script>window.__chatkit = {onChatApp: function (app) { window.got = app; }};</script>"
    open_v2(discovery={}, head=early)
    assert page.evaluate("() => window.got === window.standIn.app")


def test_v2_snippet_strings_round_trip_exactly_and_run_nothing(open_v2, page):
    customer = {"k%d%s" % (i, s): "v" + s for i, s in enumerate(INJECTIONS)}
    customer["all"] = PAYLOAD
    variables = {"_k%d" % i: s for i, s in enumerate(INJECTIONS)}
    replies = [s for s in INJECTIONS if s.strip()]
    dialogs, errors = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    open_v2({"chat": {"uuid": ID_PAYLOAD, "tenant": ID_PAYLOAD, "channel": NAME_PAYLOAD,
                      "channel_uuid": ID_PAYLOAD, "button_container_id": ID_PAYLOAD + "-c",
                      "quick_replies": replies},
             "customer": customer, "variables": variables}, discovery={})
    found = seen(page)
    config = found["config"]
    assert (config["scriptUuid"], config["tenant"], config["channelUuid"]) == (ID_PAYLOAD,) * 3
    assert (config["channelName"], config["buttonContainerId"]) == (NAME_PAYLOAD,
                                                                    ID_PAYLOAD + "-c")
    # A value holding the start of a script tag stays out of the script's attributes (CSP
    # Level 3 would ignore the script's nonce); init receives it whole (above).
    assert "<script" in NAME_PAYLOAD.lower() and "channelName" not in found["dataset"]
    assert found["dataset"]["align"] == "right"  # the other values are there
    assert found["calls"] == [["setCustomerInfo", customer], ["setVariables", variables],
                              ["setInvitationQuickReplies", replies]]
    assert page.evaluate("id => document.getElementById(id).id", ID_PAYLOAD + "-c") == (
        ID_PAYLOAD + "-c")
    assert page.evaluate("window.__pwned") is None
    assert (dialogs, errors) == ([], [])


CSP = "script-src 'nonce-abc'; object-src 'none'; base-uri 'none'"
VIOLATIONS = """<script nonce="abc">window.violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
    window.violations.push(e.violatedDirective + ' ' + e.blockedURI);
});</script>"""


def test_v2_snippet_runs_under_a_nonce_only_csp(open_v2, page):
    control = "<script>window.inlineRan = true;</script>"  # no nonce: must be blocked
    open_v2({"customer": {"Plan": "Gold"}}, discovery={}, nonce="abc",
            headers={"Content-Security-Policy": CSP}, head=VIOLATIONS + control)
    found = seen(page)
    assert found["nonce"] == "abc"  # the chat script the snippet created carries it
    assert found["calls"] == [["setCustomerInfo", {"Plan": "Gold"}]]
    assert page.evaluate("window.inlineRan") is None  # the policy is in force…
    assert page.evaluate("window.violations") == ["script-src-elem inline"]  # …blocking the control


CONTAINER = "__8x8-chat-button-container-" + CHAT["uuid"]


def fallback_text(page):
    return page.evaluate("id => document.getElementById(id).textContent", CONTAINER)


def test_v2_fallback_shows_at_once_when_the_chat_cannot_start(open_v2, page):
    open_v2({"fallback": {"after_seconds": 600, "text": "Call us: " + PAYLOAD}}, discovery={},
            mode={"fail": True}, wait=False)
    page.wait_for_function("id => document.getElementById(id).textContent", arg=CONTAINER)
    assert fallback_text(page) == "Call us: " + PAYLOAD
    assert page.evaluate("window.__pwned") is None


def test_v2_fallback_shows_until_the_chat_calls_back(open_v2, page):
    open_v2({"fallback": {"after_seconds": 0.05, "text": "Call us"}}, discovery={},
            mode={"delayMs": 400}, wait=False)
    page.wait_for_function("id => document.getElementById(id).textContent", arg=CONTAINER)
    assert fallback_text(page) == "Call us"
    page.wait_for_function("() => window.standIn && window.standIn.calledBack")
    assert fallback_text(page) == ""


# [python]: files that never load keep Brython out; the snippet's setProxy stands alone.
UNLOADABLE = {"scripts": [{"src": "/__chatkit__/missing.js", "integrity": "sha384-x"}],
              "boot": "from chatkit.browser import _bridge\n"}


def test_v2_snippet_with_python_makes_one_set_proxy_that_forwards_to_the_hooks(open_v2, page):
    open_v2(discovery={}, python_assets=UNLOADABLE)
    calls = seen(page)["calls"]
    # event-callbacks.md's eleven, registered once, before anything else (as it starts)
    assert calls[0] == ["setProxy", ["onAppStart", "onAppEnd", "onOpenInvitation",
                                     "onOpenOnlineForm", "onOpenChat", "onOpenOfflineForm",
                                     "onSkipQueue", "onCustomerInfoSent", "onSessionCreated",
                                     "onSessionEnd", "onSessionError"]]
    assert [call[0] for call in calls].count("setProxy") == 1
    # The chat fires a callback before the hooks are there: nothing happens, nothing throws.
    assert page.evaluate("() => window.standIn.proxy.onAppStart()") is None
    # Once the hooks fill __chatkit.callbacks, the chat's callbacks reach them, arguments too.
    page.evaluate("""() => { window.got = [];
        window.__chatkit.callbacks.onAppEnd = function (reason) { window.got.push(reason); };
        window.__chatkit.callbacks.onOpenChat = function () { throw new Error("a bug"); }; }""")
    page.evaluate("() => { window.standIn.proxy.onAppEnd('chat-api');"
                  " window.standIn.proxy.onOpenChat(); }")  # a throwing handler stays inside
    assert page.evaluate("window.got") == ["chat-api"]
