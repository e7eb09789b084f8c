"""Host pages for the fault-injection tests: a page of the tenant's own around the snippet.

Each page has a button with a click handler of its own before the snippet and a script of
its own after it, so a test sees whether a fault in the chat or in chatkit stopped the
page.  Faults are injected with Playwright routes (a missing, held or rewritten chat.js or
asset) or with `intercept_on_init`, which wraps the snippet's `onInit` as the snippet
assigns it (so the wrapper is in place however early chat.js runs).
"""

import json

from chatkit.testing import EMULATOR_JS, snippet_page
from chatkit.versions.v1 import LOADER_PATH as CHAT_JS_PATH

CHAT_JS = "**" + CHAT_JS_PATH
JAVASCRIPT = "text/javascript; charset=utf-8"
PAGE_BUTTON = ('<button id="page-button" onclick="window.pageClicks = '
               '(window.pageClicks || 0) + 1">the page\'s own button</button>')
PAGE_SCRIPT = "<script>window.pageScriptRan = true;</script>\n"
FALLBACK_TEXT = "Chat is unavailable, write to us."
FALLBACK_LINK = "mailto:support@example.com"
# Small, so a test waits half a second, not the default eight.
FALLBACK = {"after_seconds": 0.5, "text": FALLBACK_TEXT, "link": FALLBACK_LINK}
STATIC_CONFIG = {"chat": {"language": "de"}, "customer": {"Plan": "Gold"},
                 "variables": {"_options": "DEF"}, "fallback": FALLBACK}

# The page's own earlier onInit (kept and called by the snippet after it applied the
# config): it records every publish of these topics, so a test sees each Python call
# reach the chat exactly once.
RECORDED_TOPICS = ["customer:set-info", "customer:reset-info", "chat:set-variables",
                   "chat:set-language"]
RECORDER = """function (bus) {
    window.published = [];
    %s.forEach(function (topic) {
        bus.subscribe(topic, function (data) { window.published.push([topic, data]); });
    });
}""" % json.dumps(RECORDED_TOPICS)

# onInit wrappers: `function (snippetOnInit) { return onInit; }`.
HOLD = """function (snippetOnInit) {
    return function (bus) {
        var settings = this;
        window.releaseInit = function () { snippetOnInit.call(settings, bus); };
    };
}"""
PUBLISH_THROWS = """function (snippetOnInit) {
    return function (bus) {
        var failing = {
            publish: function (topic, data) {
                if (topic === %s) { throw new Error("bus.publish failed for " + topic); }
                return bus.publish(topic, data);
            },
            subscribe: bus.subscribe,
        };
        snippetOnInit.call(this, failing);
    };
}"""


def intercept_on_init(wrapper, earlier_on_init=None):
    """A <head> script: the snippet's onInit becomes `wrapper(onInit)` as it is assigned.

    `earlier_on_init` (JavaScript function source) is the page's own earlier onInit.
    """
    earlier = "{onInit: %s}" % earlier_on_init if earlier_on_init else "undefined"
    return """<script>(function () {
    var settings = %s;
    var wrap = %s;
    Object.defineProperty(window, "__8x8Chat", {
        configurable: true,
        get: function () { return settings; },
        set: function (value) {
            if (value && typeof value.onInit === "function") { value.onInit = wrap(value.onInit); }
            settings = value;
        },
    });
})();</script>""" % (earlier, wrapper)


def earlier_on_init(function):
    """A <head> script with the page's own `__8x8Chat.onInit`."""
    return "<script>window.__8x8Chat = {onInit: %s};</script>" % function


def fault_page(config, url, **options):
    """The page's button, the snippet, then the page's own script after it."""
    html = snippet_page(config, url, body=PAGE_BUTTON, **options)
    return html.replace("</body>", PAGE_SCRIPT + "</body>")


def emulator_source():
    return EMULATOR_JS.read_text(encoding="utf-8")


def init_throws_source():
    """The emulator, failing as it initialises (after it loaded, before onInit)."""
    source = emulator_source()
    start = "initialize: function (config) {"
    assert source.count(start) == 1, "the emulator's initialize() moved: update this fault"
    return source.replace(start, start + ' throw new Error("chat.js failed to initialise");')


def assert_page_unharmed(chat, expected_errors=()):
    """The page's own code ran and still runs; no uncaught error but the fault's own."""
    unexpected = [e for e in chat.errors if not any(text in e for text in expected_errors)]
    assert unexpected == []
    assert chat.page.evaluate("window.pageScriptRan") is True
    clicks = chat.page.evaluate("window.pageClicks || 0")
    chat.page.click("#page-button")
    assert chat.page.evaluate("window.pageClicks") == clicks + 1


def assert_static_config_applied(chat, variables=None, **customer):
    """STATIC_CONFIG's language, customer info and variables, plus what Python added."""
    state = chat.state()
    assert state["language"] == "de"
    assert state["customerInfo"] == {"Plan": "Gold", **customer}
    assert state["variables"] == {"_options": "DEF", **(variables or {})}


def assert_chat_works(chat):
    """A customer's click on the chat button opens the pre-chat form."""
    chat.page.click("#__8x8-chat-button")
    chat.wait_for_phase("preChat")


def fallback_shown(chat):
    """The fallback link in the button container, once it shows: (text, href)."""
    link = chat.page.wait_for_selector("#__8x8-chat-button-container-script_chatkit_test "
                                       "a.chatkit-fallback")
    return link.text_content(), link.get_attribute("href")


def python_state(chat, state):
    """Wait until the snippet's loader reports `state` ("started", "failed"…)."""
    chat.page.wait_for_function("s => window.__chatkit && window.__chatkit.python === s",
                                arg=state)
