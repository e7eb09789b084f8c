"""The v2 emulator loaded as 8x8's v2 snippet loads it (webchat-script.md, the snippet read
from the documentation): the discovery request, chatv3.js with the config in its dataset,
the `init` event and its `detail.init(config, callback)`, the chatApp the callback gets,
and `customerror` when the chat cannot start."""

import pytest
from playwright.sync_api import Error
from v2_support import CONTAINER, KEEP_CHAT_APP, UUID, route_discovery, v2_snippet

from chatkit.testing import page_html

pytestmark = pytest.mark.browser

# webchat-api-introduction.md, "Available commands", typed.
DOCUMENTED_METHODS = ["startChat", "endChat", "setCustomerInfo", "resetCustomerInfo",
                      "setCustomerLanguage", "setVariables", "setInvitationQuickReplies",
                      "setNotificationSoundToggle", "setProxy"]
# Each method with harmless arguments, chained off the one before, as the introduction's
# example chains them ("All methods ... return this, so they can be chained").
CHAIN = """() => {
    const app = window.chatApp;
    const results = [
        app.setCustomerInfo({"Name": "James"}), app.resetCustomerInfo(),
        app.setCustomerLanguage("fr"), app.setVariables({"_VIP": "YES"}),
        app.setInvitationQuickReplies(["Hi"]), app.setNotificationSoundToggle(false),
        app.setProxy({}), app.startChat(), app.endChat(),
    ];
    const detached = app.setCustomerLanguage;
    return results.every((result) => result === app) && detached("de") === app;
}"""
# Long enough for a chat that would start (initDelayMs 0) to have done so.
LATER = "() => new Promise((done) => setTimeout(done, 200))"


def test_the_documented_snippet_starts_the_chat_and_hands_its_callback_a_chat_app(open_v2):
    chat = open_v2()
    state = chat.state()
    assert state["api"] == "v2" and state["started"] is True
    assert state["settings"]["scriptUuid"] == UUID
    assert state["settings"]["buttonContainerId"] == CONTAINER
    assert sorted(chat.page.evaluate("Object.keys(window.chatApp)")) == sorted(DOCUMENTED_METHODS)
    # The button in the snippet's container, as for v1.
    assert chat.page.locator("#%s #__8x8-chat-button" % CONTAINER.replace(".", "\\.")).count() == 1
    assert state["warnings"] == [] and state["notes"] == [] and chat.errors == []


def test_every_method_returns_the_chat_app_so_calls_chain(open_v2):
    chat = open_v2()
    assert chat.page.evaluate(CHAIN) is True


def test_the_script_carries_the_config_in_its_dataset_and_init_is_dispatched_on_it(
        chatkit_server, chatkit_emulator):
    # The snippet copies config into se.dataset and listens for init on se: the
    # emulator's init event reaches exactly that element.
    listener = """<script>
    window.inits = [];
    new MutationObserver(function () {
        document.querySelectorAll("script[data-script-uuid]").forEach(function (se) {
            if (se.watched) { return; }
            se.watched = true;
            se.addEventListener("init", function (e) {
                window.inits.push([e.type, typeof e.detail.init, se.dataset.scriptUuid,
                                   se.dataset.channelName, se.async]);
            });
        });
    }).observe(document, {childList: true, subtree: true});
    </script>"""
    route_discovery(chatkit_emulator.page, chatkit_server.url)
    url = chatkit_server.add_page(page_html(v2_snippet(chatkit_server.url, KEEP_CHAT_APP),
                                            head=listener))
    chat = chatkit_emulator.goto(url)
    assert chat.page.evaluate("window.inits") == [["init", "function", UUID, "WebChatChannel",
                                                   True]]


def test_the_discovery_request_is_answered_and_domain_stays_the_servers(chatkit_server,
                                                                       chatkit_emulator):
    asked = []
    route_discovery(chatkit_emulator.page, chatkit_server.url, asked)
    url = chatkit_server.add_page(page_html(v2_snippet(chatkit_server.url, KEEP_CHAT_APP)))
    chat = chatkit_emulator.goto(url)
    [request] = asked
    assert "domain=" in request and "tenant=ZXhhbXBsZTAx" in request
    assert "channelUuid=Ab3ULjXFQx-unSA6ebdW8A" in request
    assert chat.state()["settings"]["domain"] == chatkit_server.url
    # No 'Failed to retrieve override domain' warning: the answer was JSON.
    assert chat.console_warnings == []


def test_the_stock_snippet_without_a_callback_starts_the_chat(open_v2):
    chat = open_v2(arguments="")
    assert chat.state()["started"] is True
    chat.click_button()
    assert chat.state()["phase"] == "preChat"
    assert chat.notes == []


def test_a_loader_url_in_props_loads_the_emulator_from_there(open_v2, chatkit_server):
    # props.loaderURL replaces domain + "/CHAT/common/js/chatv3.js" (the snippet's own code).
    loader = chatkit_server.url + "/elsewhere/CHAT/common/js/chatv3.js"
    chat = open_v2(arguments="{loaderURL: %r}, %s" % (loader, KEEP_CHAT_APP))
    assert chat.page.evaluate("Array.from(document.scripts).some((s) => s.src === %r)"
                              % loader)
    assert chat.state()["started"] is True
    assert chat.notes == []


# The snippet's third argument, `ef`, receives the customerror event: (props, cb, ef).
RECORD_ERRORS = """{}, function (chatApp) { window.called = true; },
    function (e) { window.errors = (window.errors || []).concat([[e.type, e.detail.message]]); }"""


def refused(chat):
    """What a page sees of a v2 chat that did not start: customerror, nothing else."""
    chat.page.wait_for_function("() => window.errors !== undefined")
    chat.page.evaluate(LATER)
    state = chat.state()
    assert state["started"] is False and state["phase"] == "closed"
    assert state["warnings"] == [] and state["callbacks"] == []
    assert chat.page.evaluate("window.called") is None  # no callback
    assert chat.page.locator("#__8x8-chat-button").count() == 0  # no button
    [error] = chat.page.evaluate("window.errors")
    [note] = state["notes"]
    assert note == "The chat did not start: " + error[1]
    assert error[0] == "customerror"
    return note


@pytest.mark.parametrize("name", ["scriptUuid", "tenant", "channelName", "channelUuid",
                                  "domain", "align"])
def test_a_config_missing_a_required_setting_fires_customerror(open_v2, name):
    chat = open_v2(arguments=RECORD_ERRORS, started=False, drop=[name])
    note = refused(chat)
    assert "config." + name in note
    assert chat.errors == []


@pytest.mark.parametrize("name, value", [("tenant", '""'), ("align", "false"),
                                         ("channelUuid", "null")])
def test_a_required_setting_that_is_empty_fires_customerror(open_v2, name, value):
    chat = open_v2(arguments=RECORD_ERRORS, started=False, values={name: value})
    assert "config." + name in refused(chat)


def test_init_without_a_config_fires_customerror(chatkit_server, chatkit_emulator):
    page = """<script>
    var se = document.createElement("script");
    se.src = "/CHAT/common/js/chatv3.js";
    se.addEventListener("init", function (e) { e.detail.init(undefined, function () {}); });
    se.addEventListener("customerror", function (e) {
        window.errors = [[e.type, e.detail.message]];
    });
    document.head.appendChild(se);
    </script>"""
    chat = chatkit_emulator.goto(chatkit_server.add_page(page_html(page)), started=False)
    assert "init was given undefined" in refused(chat)


def test_a_script_nobody_listens_to_says_init_was_not_called(chatkit_server, chatkit_emulator):
    page = '<div id="c"></div><script src="/CHAT/common/js/chatv3.js"></script>'
    chat = chatkit_emulator.goto(chatkit_server.add_page(page), started=False)
    chat.page.evaluate(LATER)
    state = chat.state()
    assert state["api"] == "v2" and state["started"] is False
    assert state["notes"] == ["chatv3.js dispatched init on its script element and nothing "
                              "called detail.init(config, callback) (8x8's v2 snippet calls it "
                              "from its init listener)"]


def test_init_called_twice_starts_the_chat_once(chatkit_server, chatkit_emulator):
    twice = "function (chatApp) { window.calls = (window.calls || 0) + 1; }"
    snippet = v2_snippet(chatkit_server.url, twice).replace(
        "initFn(config, cb);", "initFn(config, cb); initFn(config, cb);")
    route_discovery(chatkit_emulator.page, chatkit_server.url)
    chat = chatkit_emulator.goto(chatkit_server.add_page(page_html(snippet)))
    chat.page.evaluate(LATER)
    assert chat.page.evaluate("window.calls") == 1
    assert chat.notes == ["init was called again; the chat has already started once and "
                          "ignores it"]


def test_a_callback_that_throws_is_an_uncaught_error_and_the_chat_goes_on(open_v2):
    chat = open_v2(arguments="function (chatApp) { window.chatApp = chatApp; "
                             "throw new Error('oops'); }")
    assert chat.state()["started"] is True
    assert any("oops" in error for error in chat.errors)
    assert chat.notes == ["the callback threw Error: oops; the chat went on (an uncaught error "
                          "in the page)"]
    chat.start_chat()
    assert chat.state()["phase"] == "preChat"


def test_a_domain_other_than_the_scripts_origin_starts_with_a_note(open_v2, chatkit_server):
    # loaderURL keeps the emulator on the test server while domain names 8x8's host.
    loader = chatkit_server.url + "/CHAT/common/js/chatv3.js"
    chat = open_v2(arguments="{loaderURL: %r}, %s" % (loader, KEEP_CHAT_APP),
                   domain="https://vcc-eu11.example.invalid")
    assert chat.state()["started"] is True
    [note] = chat.notes
    assert note.startswith('config.domain is "https://vcc-eu11.example.invalid" but chatv3.js '
                           "came from " + chatkit_server.url)


def test_the_chat_starts_after_init_delay_and_controls_wait_for_it(open_v2):
    chat = open_v2(scenario={"initDelayMs": 60_000}, started=False)
    chat.page.wait_for_function("() => window.__8x8Emulator !== undefined")
    with pytest.raises(Error, match="clickButton: the chat has not started yet"):
        chat.click_button()
    with pytest.raises(Error, match="no chatApp: the chat is v2 and has not called its callback"):
        chat.start_chat()
    assert chat.state()["started"] is False


def test_the_v1_bus_is_not_there_and_the_test_kit_says_so(open_v2):
    chat = open_v2()
    with pytest.raises(Error, match="publish: the bus is the v1 chat's; this chat is v2"):
        chat.publish("chat:trigger-invitation")


def test_under_a_style_nonce_the_widget_renders_unstyled_and_the_notes_say_why(
        open_v2, chatkit_server):
    # "Nonce-based CSS (style-src 'nonce-…') is not supported — the widget does not emit a
    # nonce on its injected styles" (8x8's CSP guide): the window, and the theme, unstyled.
    # 8x8's snippet creates chatv3.js without a nonce: the host allows it, as the guide's
    # policy does, and the widget's own script.
    policy = "script-src 'nonce-abc' %s; style-src 'nonce-abc'" % chatkit_server.url
    theme = 'themeCustom: {"headerBackgroundColor": "rgb(1, 2, 3)", "chatShadow": "red"},'
    violations = """<script nonce="abc">window.violations = [];
    document.addEventListener('securitypolicyviolation', function (e) {
        window.violations.push(e.effectiveDirective + ' ' + e.blockedURI);
    });</script>"""
    chat = open_v2(arguments=KEEP_CHAT_APP, nonce="abc", config=theme, scenario={},
                   head=violations, headers={"Content-Security-Policy": policy})
    chat.start_chat()
    assert chat.state()["phase"] == "preChat"
    assert chat.state()["theme"] == {"headerBackgroundColor": "rgb(1, 2, 3)", "chatShadow": "red"}
    # No style at all: the header's background is the initial transparent one.
    assert chat.in_window(".header", "background-color") == ["rgba(0, 0, 0, 0)"]
    assert "rgb(255, 0, 0)" not in chat.page.evaluate(
        "getComputedStyle(document.getElementById('__8x8-chat-window')).boxShadow")
    chat.wait_for("(state, part) => state.notes.some((n) => n.indexOf(part) !== -1)",
                  "window's styles")
    assert "the page's Content-Security-Policy, style-src (for style-src-elem), blocks the chat " \
        "window's styles (<style> elements the widget injects at run time): no 'unsafe-inline': " \
        "the widget renders unstyled (8x8's CSP guide: 'unsafe-inline' is required, a style " \
        "nonce is not supported)" in chat.notes
    # In the page, only the theme's <style> was refused.
    assert set(chat.page.evaluate("window.violations")) == {"style-src-elem inline"}
    assert chat.errors == []
