"""`[chat] load = "click"` and `"consent"` in Chromium against the emulators, both chat versions
(SPEC 4, 9): no request to the chat's domain before the click or `window.chatkit.load()`,
proven by the browser's own request log; then the chat starts (and, on a click, opens its
window), under a nonce-only policy too; the `[fallback]` after a blocked load; the snippet's
button as a keyboard and a screen reader meet it.

The page is served from 127.0.0.1 and the chat's `domain` (and v2's discovery URL) is the same
test server under its other name, localhost: every request to the chat's origin is the chat's.
"""

import base64
import hashlib
from urllib.parse import urlsplit

import pytest
from test_csp import NONCE, RECORD, header, on_localhost, violations
from test_snippet import CSP, VIOLATIONS

from chatkit.csp import format_policy, policy_for
from chatkit.csp.inline import inline_scripts
from chatkit.snippet import render_snippet
from chatkit.testing import EmulatorPage, KitError, config_for, page_html, snippet_page
from chatkit.testing.plugin import _python_assets
from chatkit.versions import adapter

pytestmark = pytest.mark.browser

BUTTON_TEXT = "Talk to an adviser"  # not the emulator's own "Chat with us"
APIS = ["v1", "v2"]


def chat_origin(server):
    """The test server under its other name: the chat's domain, another origin than the page."""
    return "http://localhost:%d" % urlsplit(server.url).port


class Visit:
    """A page with a config's snippet whose chat lives at `chat_origin`, and every request the
    browser made, in order."""

    def __init__(self, page, server, config, nonce=None, headers=None, head="",
                 scenario=None):
        self.page, self.server, self.origin = page, server, chat_origin(server)
        self.requests = []
        page.on("request", lambda request: self.requests.append(request.url))
        self.chat = EmulatorPage(page)
        html = snippet_page(config, self.origin, scenario=scenario, nonce=nonce, head=head)
        self.url = server.add_page(html, headers=headers)
        self.chat.goto(self.url, started=False)

    def to_the_chat(self):
        return [url for url in self.requests if url.startswith(self.origin + "/")]

    def chat_scripts(self, api):
        path = adapter(api).LOADER_PATH
        return [url for url in self.to_the_chat() if urlsplit(url).path.endswith(path)]

    def close(self):
        self.server.remove(self.url)


@pytest.fixture
def visit(page, chatkit_server):
    visits = []

    def open_page(config, **options):
        visits.append(Visit(page, chatkit_server, config, **options))
        return visits[-1]

    yield open_page
    for one in visits:
        one.close()


def config(api, load, **more):
    chat = {"api": api, "load": load, **more.pop("chat", {})}
    if load == "click":
        chat.setdefault("button_text", BUTTON_TEXT)
    return {"chat": chat, "customer": {"Plan": "Gold"}, **more}


def own_button(page):
    return page.get_by_role("button", name=BUTTON_TEXT)


def assert_nothing_loaded(visit):
    """The page is loaded, idle, and has asked nothing of the chat's domain."""
    visit.page.wait_for_load_state("networkidle")
    assert visit.to_the_chat() == []
    assert visit.page.evaluate("() => window.__8x8Emulator === undefined")
    assert visit.requests[0] == visit.url


@pytest.mark.parametrize("nonce", [None, "abc"], ids=["no-nonce", "nonce"])
@pytest.mark.parametrize("api", APIS)
def test_click_loads_nothing_until_the_click_then_opens_the_chat_window(visit, api, nonce):
    options = {"nonce": nonce, "headers": {"Content-Security-Policy": CSP},
               "head": VIOLATIONS} if nonce else {}
    one = visit(config(api, "click"), scenario={"preChat": False}, **options)
    assert_nothing_loaded(one)
    assert own_button(one.page).count() == 1

    own_button(one.page).click()
    one.chat.wait_started()
    one.chat.wait_for_phase("chatWindow")
    state = one.chat.state()
    assert state["customerInfo"] == {"Plan": "Gold"}  # the config, applied before it opened
    assert state["startedByApi"] is True  # opened by the snippet: v1's trigger, v2's startChat
    assert state["warnings"] == []
    assert len(one.chat_scripts(api)) == 1
    # The chat's own button took the place of the snippet's.
    assert own_button(one.page).count() == 0
    assert one.page.locator("#__8x8-chat-button").count() == 1
    if nonce:  # the policy is in force and blocked nothing the snippet made
        assert one.page.evaluate("window.violations") == []


@pytest.mark.parametrize("api", APIS)
def test_the_button_is_a_real_button_a_keyboard_reaches_and_presses(visit, api):
    one = visit(config(api, "click"), scenario={"preChat": False})
    button = own_button(one.page)
    # What a screen reader is told: a button, named by its text.
    assert one.page.locator("#__8x8-chat-button-container-script_chatkit_test").aria_snapshot(
    ) == '- button "%s"' % BUTTON_TEXT
    assert button.evaluate("(b) => [b.tagName, b.type]") == ["BUTTON", "button"]
    one.page.keyboard.press("Tab")
    assert button.evaluate("(b) => document.activeElement === b")
    assert_nothing_loaded(one)
    one.page.keyboard.press("Enter")
    one.chat.wait_started()
    one.chat.wait_for_phase("chatWindow")
    assert len(one.chat_scripts(api)) == 1


# With a pre-chat form in the Chat Script: v1's chat:trigger-chat-window shows the chat window
# "if the chat is closed or if it is displaying an Invitation or Pre-Chat window" (8x8's
# reference); v2's startChat() simulates a click on the chat button, so the form comes first.
@pytest.mark.parametrize("api, phase", [("v1", "chatWindow"), ("v2", "preChat")])
def test_with_a_pre_chat_form_the_click_opens_what_the_chat_api_opens(visit, api, phase):
    one = visit(config(api, "click"), scenario={"preChat": True})
    own_button(one.page).click()
    one.chat.wait_started()
    one.chat.wait_for_phase(phase)
    assert one.chat.state()["warnings"] == []


@pytest.mark.parametrize("nonce", [None, "abc"], ids=["no-nonce", "nonce"])
@pytest.mark.parametrize("api", APIS)
def test_consent_loads_nothing_until_window_chatkit_load_and_loads_once(visit, api, nonce):
    options = {"nonce": nonce, "headers": {"Content-Security-Policy": CSP},
               "head": VIOLATIONS} if nonce else {}
    one = visit(config(api, "consent"), **options)
    assert_nothing_loaded(one)
    assert one.page.get_by_role("button").count() == 0  # no button of chatkit's own

    # A consent manager's callback, called twice (two banners, a second accept...)
    one.page.evaluate("() => { window.chatkit.load(); window.chatkit.load(); }")
    one.chat.wait_started()
    state = one.chat.state()
    assert (state["phase"], state["customerInfo"]) == ("closed", {"Plan": "Gold"})
    one.page.evaluate("() => window.chatkit.load()")
    one.page.wait_for_load_state("networkidle")
    assert len(one.chat_scripts(api)) == 1
    # The chat came as with load = "page": its own button, closed until the visitor clicks.
    one.chat.click_button()
    assert one.chat.state()["phase"] == "preChat"
    if nonce:
        assert one.page.evaluate("window.violations") == []


@pytest.mark.parametrize("api", APIS)
def test_after_consent_the_chat_asks_in_the_stock_order(visit, api):
    one = visit(config(api, "consent"))
    assert_nothing_loaded(one)
    one.page.evaluate("() => window.chatkit.load()")
    one.chat.wait_started()
    paths = [urlsplit(url).path for url in one.to_the_chat()]
    if api == "v2":
        assert paths[:2] == [adapter("v2").DISCOVERY_PATH, adapter("v2").LOADER_PATH]
    else:
        assert paths[0] == adapter("v1").LOADER_PATH  # "/." + it, as the browser writes it


FALLBACK = {"after_seconds": 0.05, "text": "Call us on 0800 000 000",
            "link": "tel:+44800000000"}


@pytest.mark.parametrize("api", APIS)
def test_the_fallback_waits_for_the_click_then_replaces_a_blocked_chat(visit, page,
                                                                       chatkit_server, api):
    # A tracker blocker: every request to the chat's domain fails.
    page.route(chat_origin(chatkit_server) + "/**", lambda route: route.abort("blockedbyclient"))
    one = visit(config(api, "click", fallback=FALLBACK))
    page.wait_for_timeout(300)  # six times after_seconds: with load = "page" it would show
    assert page.locator(".chatkit-fallback").count() == 0
    one.page.keyboard.press("Tab")
    one.page.keyboard.press("Enter")
    link = page.get_by_role("link", name=FALLBACK["text"])
    link.wait_for()
    assert link.get_attribute("href") == FALLBACK["link"]
    # It took the button's place, and the focus the keyboard had on it.
    assert own_button(page).count() == 0
    assert link.evaluate("(a) => document.activeElement === a")
    assert one.requests.count(one.url) == 1 and one.to_the_chat()  # asked, and blocked


@pytest.mark.parametrize("api", APIS)
def test_the_fallback_covers_a_blocked_chat_after_consent(visit, page, chatkit_server, api):
    page.route(chat_origin(chatkit_server) + "/**", lambda route: route.abort("blockedbyclient"))
    visit(config(api, "consent", fallback={**FALLBACK, "after_seconds": 600}))
    page.wait_for_timeout(300)
    assert page.locator(".chatkit-fallback").count() == 0
    page.evaluate("() => window.chatkit.load()")
    # At once, not after 600 s: the chat's script could not load.
    page.get_by_role("link", name=FALLBACK["text"]).wait_for(timeout=10_000)


@pytest.mark.parametrize("api", APIS)
def test_the_python_hooks_run_before_the_click_and_reach_the_chat_after_it(
        page, chatkit_server, tmp_path, api):
    hooks = tmp_path / "hooks.py"
    hooks.write_text("from chatkit.browser import chat\n"
                     "chat.customer.set_info({'From hooks': 'yes'})\n", encoding="utf-8")
    data = config(api, "click", python={"hooks": str(hooks),
                                        "asset_base": "https://cdn.example.com/chatkit/"})
    checked = config_for(data, chat_origin(chatkit_server))
    assets = _python_assets(chatkit_server, checked)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    html = page_html(render_snippet(checked, python_assets=assets), scenario={"preChat": False})
    url = chatkit_server.add_page(html)
    try:
        chat = EmulatorPage(page).goto(url, started=False)
        page.wait_for_function("() => window.__chatkit && window.__chatkit.python !== 'loading'",
                               timeout=60_000)
        assert page.evaluate("window.__chatkit.python") == "started"
        assert [u for u in requests if u.startswith(chat_origin(chatkit_server))] == []
        own_button(page).click()
        chat.wait_started()
        chat.wait_for_phase("chatWindow")
        assert chat.state()["customerInfo"] == {"Plan": "Gold", "From hooks": "yes"}
    finally:
        chatkit_server.remove(url)


# --- the testing kit, as a tenant's test uses it ---------------------------------------------

@pytest.mark.parametrize("api", APIS)
def test_chatkit_open_waits_for_the_visitor_and_click_load_button_opens_the_chat(
        chatkit_open, api):
    chat = chatkit_open(config(api, "click"), scenario={"preChat": False})
    assert chat.page.evaluate("() => window.__8x8Emulator === undefined")
    chat.click_load_button()
    chat.wait_for_phase("chatWindow")
    assert chat.state()["customerInfo"] == {"Plan": "Gold"}


@pytest.mark.parametrize("api", APIS)
def test_load_chat_is_the_consent_managers_call(chatkit_open, api):
    chat = chatkit_open(config(api, "consent"))
    assert chat.page.evaluate("() => window.__8x8Emulator === undefined")
    assert chat.load_chat().state()["phase"] == "closed"


def test_the_kit_says_when_a_page_has_no_load_to_call(chatkit_open):
    chat = chatkit_open({"chat": {}})
    with pytest.raises(KitError, match=r'load_chat: the page has no window.chatkit.load\(\): '
                       r'its snippet needs \[chat\] load = "consent" or "click"'):
        chat.load_chat()
    with pytest.raises(KitError, match=r"click_load_button: the page has 0 buttons of the "
                       r"snippet's own \(class chatkit-chat-button\)"):
        chat.click_load_button()


# --- the policy `chatkit csp` prints for it ----------------------------------------------------

@pytest.mark.parametrize("nonce", [None, NONCE], ids=["hash", "nonce"])
@pytest.mark.parametrize("api", APIS)
def test_the_printed_policy_covers_the_button_and_the_chat_it_loads(page, chatkit_server,
                                                                    api, nonce):
    checked = config_for(config(api, "click"), chatkit_server.url)
    policy = policy_for(checked, nonce=nonce)
    # The snippet's one inline script, button code included: by its hash, or by the nonce.
    [script] = inline_scripts(render_snippet(checked, nonce=nonce))
    wanted = "'nonce-%s'" % nonce if nonce else "'sha256-%s'" % base64.b64encode(
        hashlib.sha256(script.text.encode("utf-8")).digest()).decode()
    assert wanted in format_policy(policy, "header")
    # As tests/browser/test_csp.py serves it: the page from localhost, the chat from 127.0.0.1.
    page.add_init_script(RECORD)
    url = chatkit_server.add_page(page_html(render_snippet(checked, nonce=nonce)), headers={
        "Content-Security-Policy": header(policy) + "; default-src 'none'"})
    chat = EmulatorPage(page).goto(on_localhost(url), started=False)
    chat.page.get_by_role("button", name=BUTTON_TEXT).click()
    chat.wait_started()
    chat.wait_for_phase("preChat" if api == "v2" else "chatWindow")
    if api == "v2":
        chat.submit_pre_chat({"name": "Ann"})
    chat.agent_join("Bob")
    chat.agent_message("Hello from Bob")
    assert "Hello from Bob" in chat.history()  # the window's own script drew it
    assert violations(chat.page) == []
    chatkit_server.remove(url)


@pytest.mark.parametrize("api", APIS)
def test_the_button_text_is_shown_exactly_and_runs_nothing(visit, api):
    text = "</script><img src=x onerror=window.__pwned=1>'\"`${x}\\"
    one = visit(config(api, "click", chat={"button_text": text}))
    assert one.page.get_by_role("button", name=text, exact=True).count() == 1
    assert one.page.locator("img").count() == 0
    assert one.page.evaluate("window.__pwned") is None
    assert one.chat.errors == [] and one.to_the_chat() == []


@pytest.mark.parametrize("api", APIS)
def test_with_load_page_a_blocked_chat_shows_the_fallback_at_once_too(visit, page,
                                                                     chatkit_server, api):
    page.route(chat_origin(chatkit_server) + "/**", lambda route: route.abort("blockedbyclient"))
    visit(config(api, "page", fallback={**FALLBACK, "after_seconds": 600}))
    page.get_by_role("link", name=FALLBACK["text"]).wait_for(timeout=10_000)
