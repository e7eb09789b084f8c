"""The generated snippet end to end against the emulators (SPEC 4), for both chat versions:
the config applied as the chat starts (v1's onInit, v2's callback), the page's own onInit,
strings that try to escape, a nonce-only CSP and the fallback."""

import pytest

from chatkit.errors import is_hidden

pytestmark = pytest.mark.browser

# Strings that would end the script, open a comment, run code or break a line if they
# were joined into JavaScript or HTML instead of serialised.
INJECTIONS = [
    "</script><script>window.__pwned = 1</script>",
    "</SCRIPT >",
    "<!--<script>",
    "-->",
    "<script>window.__pwned = 2</script>",
    "<img src=x onerror=window.__pwned=3>",
    '<svg onload="window.__pwned=4">',
    "\u2028\u2029",
    "'", '"', "`", "\\", "\\'", '\\"', "\\u2028", "\\n",
    "{{ x }}", "{% if x %}", "${x}", "`${window.__pwned = 5}`",
    "');window.__pwned=6;('",
    '");window.__pwned=7;("',
    "]]>", "&amp;&lt;&#x3c;", "$&$'$`",
    "\n\t", "\r",
    "😀 é ✓ ‘’",
]
PAYLOAD = "".join(INJECTIONS)
# The uuid makes an HTML id, which `chatkit check` keeps free of white space; ids and the
# channel's name hold no line breaks or controls either (pasted by mistake, surely).
ID_PAYLOAD = "".join(PAYLOAD.split())
NAME_PAYLOAD = "".join(c for c in PAYLOAD if not is_hidden(c))
STYLESHEET = "https://cdn.example.com/chat.css"
# `chatkit check` refuses unknown placeholders in system messages.
MESSAGE_PAYLOAD = PAYLOAD.replace("{{ x }}", "{ {x} }")


def serve_stylesheet(page, css=""):
    """The https stylesheet a config names (SPEC 5.4), answered by the test: no network."""
    page.route(STYLESHEET + "*", lambda route: route.fulfill(body=css, content_type="text/css"))


def injected_config(api="v1"):
    """A config whose every string tries to escape; `api` "v2" swaps v1's stylesheet and
    messages for v2's quick replies, and holds v2's variables rules (keys `_` + letters)."""
    customer = {"k%d%s" % (i, s): "v" + s for i, s in enumerate(INJECTIONS)}
    customer["all"] = PAYLOAD
    chat = {"uuid": ID_PAYLOAD, "tenant": ID_PAYLOAD, "channel": NAME_PAYLOAD,
            "channel_uuid": ID_PAYLOAD, "button_container_id": ID_PAYLOAD + "-container"}
    if api == "v2":
        return {"chat": {**chat, "api": "v2",
                         "quick_replies": [s for s in INJECTIONS if s.strip()]},
                "customer": customer,
                "variables": {"_k%d" % i: s for i, s in enumerate(INJECTIONS)}}
    return {
        "chat": {**chat, "stylesheet_url": STYLESHEET + "?q='\"</script><!--" + "${x}"},
        "customer": customer,
        "variables": {"_options" + PAYLOAD: PAYLOAD, "plain": "x" + PAYLOAD},
        "messages": {"chatQueued": MESSAGE_PAYLOAD, "chatEnded": "{{agent}}" + MESSAGE_PAYLOAD},
    }


# [chat] key -> the name the chat's settings give it, by version (SPEC 4).
SETTINGS_NAMES = {
    "v1": [("uuid", "uuid"), ("tenant", "tenant"), ("channel", "channel"),
           ("channel_uuid", "channelUuid"), ("button_container_id", "buttonContainerId")],
    "v2": [("uuid", "scriptUuid"), ("tenant", "tenant"), ("channel", "channelName"),
           ("channel_uuid", "channelUuid"), ("button_container_id", "buttonContainerId")],
}


def end_chat(chat, api):
    """The page ends the chat: v1 publishes chat:end (the customer confirms), v2 endChat()."""
    if api == "v1":
        chat.publish("chat:end")
        chat.confirm_end(True)
    else:
        chat.chat_app("endChat")
        chat.settle()


def assert_nothing_ran(chat):
    assert chat.page.evaluate("window.__pwned") is None
    assert chat.dialogs == [] and chat.errors == []


def test_the_v2_config_is_applied_in_the_callback(chatkit_open):
    chat = chatkit_open({
        "chat": {"api": "v2", "language": "pt-BR", "quick_replies": ["Track my order"],
                 "notification_sound": False},
        "customer": {"Plan": "Premium", "Age": 25, "Ratio": 0.5, "VIP": True},
        "variables": {"_options": "DEF", "$emailAddress": "ana@example.com"},
        "theme": {"headerTextColor": "#FFFFFF"},
    }, scenario={"preChat": False})
    state = chat.state()
    assert state["language"] == "pt"
    assert state["customerInfo"] == {"Plan": "Premium", "Age": 25, "Ratio": 0.5, "VIP": True}
    assert state["variables"] == {"_options": "DEF", "$emailAddress": "ana@example.com"}
    assert (state["quickReplies"], state["notificationSound"]) == (["Track my order"], False)
    assert state["settings"]["themeCustom"] == {"headerTextColor": "#FFFFFF"}
    assert (state["warnings"], state["notes"]) == ([], [])
    # as trigger-webchat.md's page does: window.chatApp for the page's own code (startChat
    # "simulating a button click": the chat window, as this chat has no pre-chat form)
    chat.page.evaluate("() => window.chatApp.startChat()")
    assert chat.state()["phase"] == "chatWindow"


def test_the_config_is_applied_at_init(chatkit_open):
    chat = chatkit_open({
        "chat": {"language": "pt-BR"},
        "customer": {"Plan": "Premium", "Age": 25, "Ratio": 0.5, "VIP": True},
        "variables": {"_options": "DEF"},
        "messages": {"chatQueued": "Já vamos!"},
    })
    state = chat.state()
    assert state["language"] == "pt"
    assert state["customerInfo"] == {"Plan": "Premium", "Age": 25, "Ratio": 0.5, "VIP": True}
    assert state["variables"] == {"_options": "DEF"}
    assert state["systemMessages"]["chatQueued"] == "Já vamos!"
    assert state["warnings"] == []
    chat.set_scenario(preChat=False)
    chat.click_button()
    assert chat.history() == ["Já vamos!"]


@pytest.mark.browser_context_args(locale="de-DE")
def test_per_language_messages_follow_the_browser_language(chatkit_open):
    chat = chatkit_open({"messages": {"chatQueued": "Soon.",
                                      "de": {"chatQueued": "Gleich."},
                                      "fr": {"chatQueued": "Bientôt."}}})
    assert chat.state()["systemMessages"]["chatQueued"] == "Gleich."


def test_per_language_messages_of_the_configured_language(chatkit_open):
    chat = chatkit_open({"chat": {"language": "fr"},
                         "messages": {"chatQueued": "Soon.", "fr": {"chatQueued": "Bientôt."}}})
    assert chat.state()["systemMessages"]["chatQueued"] == "Bientôt."


def test_the_pages_own_earlier_on_init_is_still_called(chatkit_open):
    own = """<script>window.__8x8Chat = {onInit: function (bus) {
        window.pageBus = bus;
        bus.subscribe('customer:info-sent', function (data) { window.sent = data; });
    }};</script>"""
    chat = chatkit_open({"customer": {"Plan": "Gold"}}, head=own,
                        scenario={"preChat": False})
    assert chat.page.evaluate("typeof window.pageBus.publish") == "function"
    chat.click_button()
    assert chat.page.evaluate("window.sent") == {"info": {"Plan": "Gold"},
                                                 "phase": "chatWindow"}


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_injection_strings_round_trip_exactly_and_run_nothing(chatkit_open, page, api):
    serve_stylesheet(page)
    config = injected_config(api)
    chat = chatkit_open(config, scenario={"preChat": False})
    state = chat.state()
    assert state["customerInfo"] == config["customer"]
    assert state["variables"] == config["variables"]
    settings = state["settings"]
    for key, name in SETTINGS_NAMES[api]:
        assert settings[name] == config["chat"][key], key
    if api == "v1":
        for key, text in config["messages"].items():
            assert state["systemMessages"][key] == text
        assert state["stylesheetURL"] == config["chat"]["stylesheet_url"]
    else:
        assert state["quickReplies"] == config["chat"]["quick_replies"]
    # The chat found the container by that id, and shows the texts as text.
    container = chat.page.evaluate("id => document.getElementById(id).id", ID_PAYLOAD
                                   + "-container")
    assert container == ID_PAYLOAD + "-container"
    chat.page.click("#__8x8-chat-button")
    chat.agent_join("Ann")
    chat.agent_message(PAYLOAD)
    assert PAYLOAD in chat.history()
    assert chat.in_window(".header .title") == [NAME_PAYLOAD]
    end_chat(chat, api)
    if api == "v1":
        assert chat.history() == [MESSAGE_PAYLOAD, "You are now chatting with Ann.", PAYLOAD,
                                  "Ann" + MESSAGE_PAYLOAD]
    assert chat.state()["submissions"][0]["info"] == config["customer"]
    assert_nothing_ran(chat)


CSP = "script-src 'nonce-abc'; object-src 'none'; base-uri 'none'"
# Records what the policy blocks, before anything else runs.
VIOLATIONS = """<script nonce="abc">window.violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
    window.violations.push(e.violatedDirective + ' ' + e.blockedURI);
});</script>"""


def test_the_static_path_runs_under_a_nonce_only_csp(chatkit_open, page):
    serve_stylesheet(page, ".message-history { color: rgb(7, 8, 9); }")
    control = "<script>window.inlineRan = true;</script>"  # no nonce: must be blocked
    chat = chatkit_open(
        {"chat": {"language": "de", "stylesheet_url": STYLESHEET},
         "customer": {"Plan": "Gold"}, "variables": {"_options": "DEF"},
         "messages": {"chatQueued": "Gleich."}},
        nonce="abc", head=VIOLATIONS + control, headers={"Content-Security-Policy": CSP},
        scenario={"preChat": False})
    state = chat.state()
    assert (state["language"], state["customerInfo"], state["variables"]) == (
        "de", {"Plan": "Gold"}, {"_options": "DEF"})
    chat.click_button()
    chat.agent_join("Ann")
    chat.page.wait_for_function("""() => {
        const frame = document.getElementById('__8x8-chat-window');
        const history = frame.contentDocument.querySelector('.message-history');
        return frame.contentWindow.getComputedStyle(history).color === 'rgb(7, 8, 9)';
    }""")  # the stylesheet is another origin's: its rules are not readable, their effect is
    assert chat.in_window(".message-history", "color") == ["rgb(7, 8, 9)"]
    assert chat.history() == ["Gleich.", "You are now chatting with Ann."]
    assert chat.page.evaluate("window.inlineRan") is None  # the policy is in force…
    violations = chat.page.evaluate("window.violations")
    assert violations == ["script-src-elem inline"]  # …and blocked nothing but the control


def test_the_v2_snippet_runs_under_a_nonce_only_csp_and_the_widget_needs_its_host(
        chatkit_open, chatkit_server):
    control = "<script>window.inlineRan = true;</script>"  # no nonce: must be blocked
    chat = chatkit_open(
        {"chat": {"api": "v2", "language": "de", "quick_replies": ["Hallo"],
                  "notification_sound": False},
         "customer": {"Plan": "Gold"}, "variables": {"_options": "DEF"}},
        nonce="abc", head=VIOLATIONS + control, headers={"Content-Security-Policy": CSP},
        scenario={"preChat": False})
    state = chat.state()
    assert (state["language"], state["customerInfo"], state["variables"]) == (
        "de", {"Plan": "Gold"}, {"_options": "DEF"})
    assert (state["quickReplies"], state["notificationSound"]) == (["Hallo"], False)
    assert chat.page.evaluate("window.inlineRan") is None  # the policy is in force
    # The widget's window is a sandboxed srcdoc under the page's policy, and its script an
    # external file with no nonce (8x8's CSP guide: allowed by host): under a nonce-only
    # script-src the window stays blank, and the notes say which directive to change.
    chat.click_button()
    window_script = chatkit_server.url + "/CHAT/common/js/chatv3-window.js"
    chat.wait_for("(state, src) => state.notes.some((note) => note.indexOf(src) !== -1)",
                  window_script)
    [note] = [note for note in chat.notes if window_script in note]
    assert "script-src must allow " + chatkit_server.url in note
    assert chat.in_window(".header") == []
    assert chat.page.evaluate("window.violations") == ["script-src-elem inline"]


CONTAINER = "__8x8-chat-button-container-script_chatkit_test"
# Every text the button container shows, recorded as it changes: a busy machine may run the
# chat's start before a test could look.
CONTAINER_TEXTS = """<script>window.containerTexts = [];
new MutationObserver(function () {
    var container = document.getElementById(%s);
    var text = container ? container.textContent : "";
    if (text && text !== window.containerTexts[window.containerTexts.length - 1]) {
        window.containerTexts.push(text);
    }
}).observe(document, {subtree: true, childList: true, characterData: true});</script>""" % (
    '"%s"' % CONTAINER)


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_the_fallback_shows_until_the_chat_appears(chatkit_open, api):
    chat = chatkit_open({"chat": {"api": api},
                         "fallback": {"after_seconds": 0.05, "text": "Call us: " + PAYLOAD}},
                        scenario={"initDelayMs": 500}, head=CONTAINER_TEXTS)
    assert chat.page.evaluate("window.containerTexts")[0] == "Call us: " + PAYLOAD
    # The chat appeared: its button replaced the fallback.
    assert chat.page.evaluate("document.querySelector('.chatkit-fallback')") is None
    assert chat.page.locator("#" + CONTAINER + " #__8x8-chat-button").count() == 1
    assert_nothing_ran(chat)
