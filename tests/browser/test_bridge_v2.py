"""The v2 bridge in Chromium, on Brython and on MicroPython: chatkit.browser drives a `chatApp`
handed over as the v2 snippet hands it (`__chatkit.chatApp`, `__chatkit.onChatApp(chatApp)`),
and its setProxy callbacks reach Python handlers.

The chatApp here is a JavaScript stand-in that records what it receives, exactly as
JavaScript sees it (null, Numbers, Arrays, booleans), so these tests prove the crossing of
values (BRYTHON.md, and chatkit/browser/_micropython.py); the v2 emulator proves the chat's
own behaviour.  The page loads the runtime, the chatkit bundle and the hooks as `chatkit
build` ships them, with the snippet's own loader, and the boot runs with api="v2" (or "v1").
"""

import json

import pytest
from controller_support import PythonPages, loader_script, run_in

pytestmark = pytest.mark.browser

# A chatApp that records each call's arguments as JSON (or why they are not JSON), and
# `typeof` of each, and returns itself; setProxy keeps its callbacks on window.proxy.
STAND_IN = """<script>
window.calls = [];
function record(value) {
    try { return [typeof value, Array.isArray(value), JSON.stringify(value)]; }
    catch (error) { return [typeof value, Array.isArray(value), "not JSON: " + error.name]; }
}
window.makeChatApp = function () {
    var app = {};
    ["setCustomerInfo", "resetCustomerInfo", "setCustomerLanguage", "setVariables", "startChat",
     "endChat", "setInvitationQuickReplies", "setNotificationSoundToggle"].forEach(function (name) {
        app[name] = function () {
            window.calls.push([name].concat(Array.prototype.map.call(arguments, record)));
            return app;
        };
    });
    app.setProxy = function (proxy) {
        window.calls.push(["setProxy", Object.keys(proxy)]);
        window.proxy = proxy;
        return app;
    };
    return app;
};
// What the v2 snippet's callback does (the contract with chatkit's bridge).
window.handOver = function (chatApp) {
    var chatkit = window.__chatkit = window.__chatkit || {};
    chatkit.chatApp = chatApp;
    if (typeof chatkit.onChatApp === "function") { chatkit.onChatApp(chatApp); }
};
%(early)s
</script>
"""
HAND_OVER = "window.handOver(window.makeChatApp());"
# A snippet that makes the one setProxy itself as the chat starts, forwarding each callback
# to __chatkit.callbacks[name], which the bridge then fills instead of calling setProxy.
SNIPPET_PROXY = """
var chatkit = window.__chatkit = window.__chatkit || {};
chatkit.callbacks = {};
var app = window.makeChatApp(), proxy = {};
["onAppStart", "onAppEnd", "onOpenInvitation", "onOpenOnlineForm", "onOpenChat",
 "onOpenOfflineForm", "onSkipQueue", "onCustomerInfoSent", "onSessionCreated", "onSessionEnd",
 "onSessionError"].forEach(function (name) {
    proxy[name] = function () {
        var callback = chatkit.callbacks[name];
        return callback && callback.apply(this, arguments);
    };
});
app.setProxy(proxy);
window.handOver(app);
"""
HEAD = "<!doctype html><meta charset='utf-8'><link rel='icon' href='data:,'>"


@pytest.fixture
def open_v2(chatkit_server, page, tmp_path, runtime_name):
    """Open a page whose hooks are `hooks`; the chatApp is handed over before the runtime
    loads when `early`, else later by the test (`hand_over(page)`)."""
    console = []
    page.on("console", lambda message: console.append((message.type, message.text)))
    page.on("pageerror", lambda error: console.append(("pageerror", str(error))))

    def open_page(hooks="", early=False, api="v2"):
        """`early`: False, True (hand the chatApp over at once), or the JavaScript to run."""
        python = PythonPages(chatkit_server, tmp_path, None, runtime=runtime_name, api=api)
        early_js = early if isinstance(early, str) else HAND_OVER if early else ""
        html = "".join([HEAD, STAND_IN % {"early": early_js}, loader_script(python.assets(hooks))])
        page.goto(chatkit_server.add_page(html))
        page.wait_for_function("() => window.__hooksDone === true", timeout=15_000)
        return console

    return open_page


def hand_over(page):
    page.evaluate("() => window.handOver(window.makeChatApp())")


def calls(page):
    return page.evaluate("() => window.calls")


def py(page, source):
    """Run Python in the page as a module of its own; its `result`, or what it raised, as
    JSON data."""
    return run_in(page, source)


def values(recorded):
    """Recorded calls with each argument's JSON read back (key order aside)."""
    return [[call[0]] + [[kind, array, json.loads(text)] for kind, array, text in call[1:]]
            for call in recorded]


def errors(console):
    return [text for kind, text in console if kind in ("error", "pageerror")]


CALLS_HOOKS = """
chat.customer.set_info({"Name": "José", "Gone": None, "Top": 2**53, "Cart": [1]})
chat.customer.reset_info()
chat.set_language("pt-BR")
chat.set_variables({"_VIP": "YES", "$emailAddress": "t@example.com"})
chat.set_quick_replies(["I need help with my order", "Is this item in stock?"])
chat.set_sound(False)
chat.trigger_chat_window()
chat.end()
"""

# What chatApp receives for CALLS_HOOKS: [typeof, isArray, JSON] of each argument.
EXPECTED_CALLS = [
    ["setCustomerInfo", ["object", False, '{"Name":"José","Gone":null,"Top":9007199254740992}']],
    ["resetCustomerInfo"],
    ["setCustomerLanguage", ["string", False, '"pt"']],
    ["setVariables", ["object", False, '{"_VIP":"YES","$emailAddress":"t@example.com"}']],
    ["setInvitationQuickReplies",
     ["object", True, '["I need help with my order","Is this item in stock?"]']],
    ["setNotificationSoundToggle", ["boolean", False, "false"]],
    ["startChat"],
    ["endChat"],
]


@pytest.mark.parametrize("early", [
    True,  # the chat called back before Brython loaded: the bridge takes __chatkit.chatApp
    False,  # Brython and the hooks came first: the calls wait in the queue for onChatApp
])
def test_bridge_v2_every_call_reaches_chatapp_as_javascript_values_in_order(open_v2, page, early,
                                                                           runtime_name):
    console = open_v2(CALLS_HOOKS, early=early)
    if not early:
        assert calls(page) == [] and py(page, "result = chat.ready") is False
        hand_over(page)
    if runtime_name == "micropython":
        # MicroPython's dicts keep no insertion order: the same objects, keys in its order.
        assert values(calls(page)) == values(EXPECTED_CALLS)
    else:
        assert calls(page) == EXPECTED_CALLS
    assert errors(console) == []
    assert [text for kind, text in console if kind == "warning"] == [
        "chatkit: Customer info Cart is not of a primitive type and will be discarded"]


def test_bridge_v2_javascript_null_and_undefined_read_as_the_chat_reads_them(open_v2, page):
    open_v2(early=True)
    py(page, "chat.customer.set_info({'A': window.JSON.parse('{\"a\": null}').a, "
             "'B': window.Reflect.get(window, 'notDefinedAnywhere'), 'C': 1})")
    assert calls(page) == [["setCustomerInfo", ["object", False, '{"A":null,"C":1}']]]


EVENT_HOOKS = """
seen = []

def broken(data):
    raise KeyError("no such key")

chat.on("onAppEnd", broken)
chat.on("onAppEnd", lambda reason: seen.append(["onAppEnd", reason]))
chat.on("customer:info-sent", lambda data: seen.append(["info-sent", data]))
chat.on("onOpenChat", lambda data: seen.append(["onOpenChat", data]))
"""


def test_bridge_v2_one_setproxy_dispatches_callbacks_to_python_handlers(open_v2, page):
    console = open_v2(EVENT_HOOKS, early=True)
    [(method, names)] = calls(page)
    assert method == "setProxy" and len(names) == 11  # once, every callback
    returned = page.evaluate("""() => [
        window.proxy.onAppEnd("chat-api"), window.proxy.onCustomerInfoSent(),
        window.proxy.onOpenChat(undefined), window.proxy.onSessionError()].map((r) => typeof r)""")
    assert py(page, "import hooks\nresult = hooks.seen") == [
        ["onAppEnd", "chat-api"], ["info-sent", None], ["onOpenChat", None]]
    assert returned == ["undefined"] * 4  # as a JavaScript callback's; nothing thrown back
    [failure] = errors(console)
    assert failure.startswith("chatkit: handler broken for onAppEnd failed")
    assert "KeyError" in failure


def test_bridge_v2_chatapp_handed_over_twice_is_attached_once(open_v2, page):
    open_v2("chat.on('onAppStart', print)\nchat.set_sound(True)\n")
    hand_over(page)
    page.evaluate("() => window.__chatkit.onChatApp(window.__chatkit.chatApp)")
    assert [call[0] for call in calls(page)] == ["setProxy", "setNotificationSoundToggle"]


def test_bridge_v2_warns_about_v1_only_calls_in_the_console(open_v2, page):
    console = open_v2("chat.trigger_invitation()\n", early=True)
    assert calls(page) == [] and errors(console) == []
    assert ("warning", 'chatkit: chat.trigger_invitation(): only the v1 chat (api = "v1") has it'
            ) in console


def test_bridge_with_api_v1_refuses_a_chatapp_and_says_why(open_v2, page):
    console = open_v2("chat.set_language('fr')\n", early=True, api="v1")
    assert calls(page) == []
    [error] = errors(console)
    assert error.startswith('chatkit: the page\'s chat is the v2 chat, but chat.api is "v1"')


def test_bridge_v2_fills_the_snippets_forwarding_proxy_instead_of_calling_setproxy(open_v2, page):
    console = open_v2(EVENT_HOOKS, early=SNIPPET_PROXY)
    assert [call[0] for call in calls(page)] == ["setProxy"]  # the snippet's, and no other
    page.evaluate("() => [window.proxy.onAppEnd('user'), window.proxy.onCustomerInfoSent()]")
    assert py(page, "import hooks\nresult = hooks.seen") == [["onAppEnd", "user"],
                                                              ["info-sent", None]]
    assert len(errors(console)) == 1  # the broken handler's, logged


def test_bridge_v2_takes_javascript_arrays_and_functions_from_the_page(open_v2, page):
    open_v2(early=True)
    page.evaluate("() => { window.ended = []; window.onEnded = (r) => window.ended.push(r); }")
    sent = py(page, "replies = window.JSON.parse('[\"Yes\", null, \"No\"]')\n"
                    "result = chat.set_quick_replies(replies)\n"
                    "chat.on('onAppEnd', window.onEnded)")
    page.evaluate("() => window.proxy.onAppEnd('chat-api')")
    assert sent == ["Yes", "No"] and page.evaluate("() => window.ended") == ["chat-api"]
    assert calls(page)[0] == ["setInvitationQuickReplies", ["object", True, '["Yes","No"]']]
