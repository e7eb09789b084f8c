"""Faults on the way to a working chat, injected into a tenant's page (issue 6).

chat.js missing, slow, throwing or never calling onInit; the Python runtime, bundle or
hooks missing, tampered with or raising; the chat's bus throwing.  In every case: no
uncaught error from chatkit, the page's own scripts ran and still run, the chat (when
there is one) works with the static config applied, Python calls reach the chat once,
and the fallback shows while the chat has not appeared, and goes when it does.
"""

import pytest
from controller_support import PythonPages, run_python
from fault_support import (
    CHAT_JS,
    FALLBACK_LINK,
    FALLBACK_TEXT,
    HOLD,
    JAVASCRIPT,
    PUBLISH_THROWS,
    RECORDER,
    STATIC_CONFIG,
    assert_chat_works,
    assert_page_unharmed,
    assert_static_config_applied,
    earlier_on_init,
    emulator_source,
    fallback_shown,
    fault_page,
    init_throws_source,
    intercept_on_init,
    python_state,
)

pytestmark = pytest.mark.browser

# Hooks whose two calls are made at import, before or after the chat has its bus.
HOOKS = """
chat.customer.set_info({"Visits": 3})
chat.set_variables({"_page": "home"})
"""
HOOKS_PUBLISHED = [["customer:set-info", {"Visits": 3}], ["chat:set-variables", {"_page": "home"}]]


@pytest.fixture
def python(chatkit_server, chatkit_open, tmp_path, runtime_name):
    """The hooks' pages, on each runtime."""
    return PythonPages(chatkit_server, tmp_path, chatkit_open, runtime=runtime_name)


@pytest.fixture
def open_page(chatkit_server, chatkit_emulator):
    """Open the page of `fault_page` (without waiting for the chat); returns the EmulatorPage."""
    urls = []

    def open_fault_page(config=STATIC_CONFIG, wait_until="load", **options):
        urls.append(chatkit_server.add_page(fault_page(config, chatkit_server.url, **options)))
        chatkit_emulator.page.goto(urls[-1], wait_until=wait_until)
        return chatkit_emulator

    yield open_fault_page
    for url in urls:
        chatkit_server.remove(url)


def hooks_wait(chat):
    """The hooks have run to their end (the test prologue's epilogue)."""
    chat.page.wait_for_function("() => window.__hooksDone === true")


def assert_python_waits_for_the_bus(chat, calls):
    assert run_python(chat, "result = [chat.ready, chat._link.pending]") == [False, calls]


# ---------------------------------------------------------------- chat.js


def test_missing_chat_js_shows_the_fallback_and_python_calls_wait(open_page, python, page):
    page.route(CHAT_JS, lambda route: route.fulfill(status=404, body="Not Found"))
    chat = open_page(python_assets=python.assets(HOOKS))
    assert fallback_shown(chat) == (FALLBACK_TEXT, FALLBACK_LINK)
    hooks_wait(chat)
    assert_python_waits_for_the_bus(chat, 2)
    assert_page_unharmed(chat)


def test_slow_chat_js_takes_the_fallbacks_place_when_it_arrives(open_page, python, page):
    # chat.js is held until the fallback has shown: slow by exactly as much as it takes.
    held = []
    page.route(CHAT_JS, lambda route: held.append(route))
    chat = open_page(python_assets=python.assets(HOOKS), wait_until="domcontentloaded")
    assert fallback_shown(chat) == (FALLBACK_TEXT, FALLBACK_LINK)
    assert_page_unharmed(chat)  # while the page still loads chat.js
    held[0].fulfill(body=emulator_source(), content_type=JAVASCRIPT)
    chat.wait_started()
    assert chat.page.query_selector(".chatkit-fallback") is None
    hooks_wait(chat)  # Python loads after `load`, which waited for chat.js
    assert_static_config_applied(chat, Visits=3, variables={"_page": "home"})
    assert_chat_works(chat)
    assert_page_unharmed(chat)


@pytest.mark.parametrize("fault, error", [
    ("throw-at-load", "chat.js failed as it loaded"),  # nothing of the chat ran
    ("throw-at-init", "chat.js failed to initialise"),  # it loaded, then failed in a timer
])
def test_chat_js_that_throws_shows_the_fallback_and_python_calls_wait(open_page, python, page,
                                                                      fault, error):
    if fault == "throw-at-load":
        body = 'throw new Error("%s");\n%s' % (error, emulator_source())
    else:
        body = init_throws_source()
    page.route(CHAT_JS, lambda route: route.fulfill(body=body, content_type=JAVASCRIPT))
    chat = open_page(python_assets=python.assets(HOOKS))
    assert fallback_shown(chat) == (FALLBACK_TEXT, FALLBACK_LINK)
    hooks_wait(chat)
    assert_python_waits_for_the_bus(chat, 2)
    assert len(chat.errors) == 1  # chat.js's own error, and nothing of chatkit's
    assert_page_unharmed(chat, expected_errors=[error])


def test_chat_js_that_never_calls_on_init_shows_the_fallback(open_page, page):
    # A chat script that loads and renders nothing (a wrong path, an outage page as JS).
    page.route(CHAT_JS, lambda route: route.fulfill(body="window.chatJsRan = true;",
                                                    content_type=JAVASCRIPT))
    chat = open_page()
    assert fallback_shown(chat) == (FALLBACK_TEXT, FALLBACK_LINK)
    assert chat.page.evaluate("window.chatJsRan") is True
    assert_page_unharmed(chat)


def test_fallback_without_a_link_is_text(open_page, page):
    page.route(CHAT_JS, lambda route: route.fulfill(status=404, body=""))
    config = dict(STATIC_CONFIG, fallback={"after_seconds": 0.5, "text": FALLBACK_TEXT})
    chat = open_page(config)
    text = chat.page.wait_for_selector("span.chatkit-fallback")
    assert text.text_content() == FALLBACK_TEXT
    assert_page_unharmed(chat)


# ---------------------------------------------------------------- the bus


def test_queued_python_calls_reach_a_late_bus_once(open_page, python):
    # onInit is held until the hooks have run: the bus arrives after every call was queued.
    head = intercept_on_init(HOLD, earlier_on_init=RECORDER)
    chat = open_page(python_assets=python.assets(HOOKS), head=head)
    hooks_wait(chat)
    chat.wait_started()  # the chat is up; the snippet's onInit is held
    assert_python_waits_for_the_bus(chat, 2)
    assert chat.state()["customerInfo"] == {}
    assert fallback_shown(chat) == (FALLBACK_TEXT, FALLBACK_LINK)  # no onInit yet
    chat.page.evaluate("window.releaseInit()")
    assert chat.page.evaluate("window.published") == HOOKS_PUBLISHED
    # The bus handed over again (a chat that initialises twice) replays nothing.
    chat.page.evaluate("window.__chatkit.onBus(window.__chatkit.bus)")
    assert chat.page.evaluate("window.published") == HOOKS_PUBLISHED
    assert_static_config_applied(chat, Visits=3, variables={"_page": "home"})
    assert chat.page.query_selector(".chatkit-fallback") is None
    assert_chat_works(chat)
    assert_page_unharmed(chat)


def test_python_calls_reach_an_early_bus_once(open_page, python):
    chat = open_page(python_assets=python.assets(HOOKS), head=earlier_on_init(RECORDER))
    chat.wait_started()
    hooks_wait(chat)
    assert chat.page.evaluate("window.published") == HOOKS_PUBLISHED
    assert_static_config_applied(chat, Visits=3, variables={"_page": "home"})
    assert_page_unharmed(chat)


def test_a_bus_that_throws_for_one_topic_keeps_the_rest_of_the_config(open_page):
    # The first topic the snippet publishes: the customer info and variables must still apply.
    chat = open_page(head=intercept_on_init(PUBLISH_THROWS % '"chat:set-language"'))
    chat.wait_started()
    state = chat.state()
    assert (state["customerInfo"], state["variables"]) == ({"Plan": "Gold"}, {"_options": "DEF"})
    assert state["language"] != "de"
    assert_chat_works(chat)
    assert_page_unharmed(chat)


PUBLISH_HOOKS = """
chat.set_variables({"_page": "home"})
chat.set_language("fr")
chat.customer.set_info({"Visits": 3})
"""


def test_a_bus_that_throws_for_one_topic_keeps_the_other_python_calls(open_page, python):
    # The last topic the snippet publishes, so the rest of the static config applies.
    head = intercept_on_init(PUBLISH_THROWS % '"chat:set-variables"')
    chat = open_page(python_assets=python.assets(PUBLISH_HOOKS), head=head)
    chat.wait_started()
    hooks_wait(chat)
    state = chat.state()
    assert state["customerInfo"] == {"Plan": "Gold", "Visits": 3} and state["language"] == "fr"
    assert state["variables"] == {}
    errors = [text for kind, text in chat.console if kind == "error"]
    assert any("chatkit: publishing chat:set-variables failed" in text for text in errors)
    assert_chat_works(chat)
    assert_page_unharmed(chat)


def test_the_pages_own_on_init_that_throws_stops_nothing(open_page, python):
    head = earlier_on_init("function (bus) { throw new Error('the page broke'); }")
    chat = open_page(python_assets=python.assets(HOOKS), head=head)
    chat.wait_started()
    hooks_wait(chat)
    assert_static_config_applied(chat, Visits=3, variables={"_page": "home"})
    assert any("the page's onInit failed" in text for kind, text in chat.console)
    assert_chat_works(chat)
    assert_page_unharmed(chat)


# ---------------------------------------------------------------- Python assets


@pytest.mark.parametrize("asset, fault", [
    (1, "missing"),  # the chatkit bundle 404s
    (2, "missing"),  # the hooks 404
    (1, "tampered"),  # a bundle of another chatkit version: integrity fails
    (2, "tampered"),  # the hooks were changed after `chatkit build`
    (0, "tampered"),  # a different brython.js
])
def test_python_assets_that_do_not_load_leave_the_chat_working(open_page, python, page,
                                                               asset, fault):
    assets = python.assets(HOOKS)
    src = assets["scripts"][asset]["src"]
    if fault == "missing":
        page.route(src, lambda route: route.fulfill(status=404, body=""))
    else:
        page.route(src, lambda route: route.fulfill(body="window.tampered = true;",
                                                    content_type=JAVASCRIPT))
    chat = open_page(python_assets=assets)
    chat.wait_started()
    python_state(chat, "failed")
    assert chat.page.evaluate("window.tampered") is None
    assert any("did not load" in text for text in chat.console_warnings)
    assert_static_config_applied(chat)
    assert chat.page.query_selector(".chatkit-fallback") is None
    assert_chat_works(chat)
    assert_page_unharmed(chat)


def test_hooks_that_raise_at_import_keep_the_calls_made_before(open_page, python):
    hooks = HOOKS + "raise RuntimeError('a bug in the hooks')\n"
    chat = open_page(python_assets=python.assets(hooks), head=earlier_on_init(RECORDER))
    chat.wait_started()
    python_state(chat, "started")
    chat.wait_for("state => state.customerInfo.Visits === 3")
    assert chat.page.evaluate("window.published") == HOOKS_PUBLISHED
    errors = [text for kind, text in chat.console if kind == "error"]
    assert any("chatkit: the hooks module hooks failed" in text and "a bug in the hooks" in text
               for text in errors)
    assert_static_config_applied(chat, Visits=3, variables={"_page": "home"})
    assert_chat_works(chat)
    assert_page_unharmed(chat)


@pytest.mark.parametrize("hooks, says", [
    # a module neither runtime has (Brython runs without its stdlib, MicroPython has none)
    ("import typing\n", {"brython": "the hooks module hooks failed",
                         "micropython": "the hooks module hooks failed"}),
    # a JavaScript error: Brython raises it as a Python exception; on MicroPython it unwinds
    # Python itself, and the loader says so and connects chatkit all the same
    ("window.JSON.parse('{')\n", {"brython": "the hooks module hooks failed",
                                  "micropython": "the hooks stopped at a JavaScript error"}),
])
def test_hooks_that_import_what_the_runtime_lacks_or_hit_a_javascript_error_say_so(
        open_page, python, hooks, says):
    says = says[python.runtime]
    chat = open_page(python_assets=python.assets(HOOKS + hooks), head=earlier_on_init(RECORDER))
    chat.wait_started()
    chat.wait_for("state => state.customerInfo.Visits === 3")
    assert chat.page.evaluate("window.published") == HOOKS_PUBLISHED
    errors = [text for kind, text in chat.console if kind == "error"]
    assert any(text.startswith("chatkit: ") and says in text for text in errors), errors
    assert_static_config_applied(chat, Visits=3, variables={"_page": "home"})
    assert_chat_works(chat)
    assert_page_unharmed(chat)


@pytest.mark.parametrize("fault", ["missing", "tampered"])
def test_micropython_wasm_that_does_not_load_leaves_the_chat_working(
        open_page, chatkit_server, chatkit_open, tmp_path, page, fault):
    python = PythonPages(chatkit_server, tmp_path, chatkit_open, runtime="micropython")
    assets = python.assets(HOOKS)
    if fault == "missing":
        page.route(assets["wasm"]["src"], lambda route: route.fulfill(status=404, body=""))
    else:
        page.route(assets["wasm"]["src"], lambda route: route.fulfill(
            body=b"\0asm\1\0\0\0", content_type="application/wasm"))
    chat = open_page(python_assets=assets)
    chat.wait_started()
    python_state(chat, "failed")
    assert any("micropython." in text and "did not load" in text
               for text in chat.console_warnings)
    assert_static_config_applied(chat)
    assert_chat_works(chat)
    assert_page_unharmed(chat)
