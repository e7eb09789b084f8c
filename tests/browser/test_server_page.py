"""The snippet of a config with [server], in Chromium, against chatkit server on 127.0.0.1 and
its emulator of 8x8's APIs (chatkit.testing.StatusServer), for both chat versions: the
availability text by the button container, the callback form (labels, consent, honeypot,
form age) and what it shows, asked after `load`, under a nonce-only policy.

Expected texts are typed here from SPEC 10 and the config the test writes; the times are
computed with zoneinfo, not by the page's Intl.
"""

import datetime
import time
from zoneinfo import ZoneInfo

import pytest

from chatkit.testing import StatusServer

pytestmark = pytest.mark.browser

APIS = ["v1", "v2"]
TOKYO = "Asia/Tokyo"
CLOSED_TEXT = "Sorry, we are closed. Back {next_opening}!"
TABLES = {
    "server": {"url": "http://127.0.0.1", "origins": ["http://127.0.0.1"],
               "schedule": "Support hours", "queues": [101, 102]},
    "callback": {"type": "when-agent-available", "queue": 201, "expiry_minutes": 60,
                 "countries": ["GB", "US"]},
    "availability": {"show_wait": True, "closed_text": CLOSED_TEXT},
}
STATUS = ".chatkit-availability"
FORM = "form.chatkit-callback"
RESULT = ".chatkit-callback-result"
FORM_WAIT_MS = 3200  # the server refuses a form shown for less than 3 s (MIN_FORM_MS)


@pytest.fixture
def status_server(chatkit_server):
    with StatusServer.from_tables(TABLES, origins=[chatkit_server.url]) as server:
        yield server


def open_page(chatkit_open, server, api, **options):
    chat = server.config({"chat": {"api": api}})
    return chatkit_open(chat, **options)


def status_text(page):
    page.wait_for_function("(s) => { const n = document.querySelector(s); "
                           "return n && n.textContent; }", arg=STATUS)
    return page.text_content(STATUS)


def next_hour_plus(hours):
    """A whole UTC minute `hours` from now (the emulator takes seconds from now)."""
    now = time.time()
    target = (int(now) // 3600 + 1) * 3600 + hours * 3600 + 30 * 60
    return target, target - now


@pytest.mark.parametrize("api", APIS)
def test_open_shows_who_waits_and_the_wait_and_no_form(chatkit_open, status_server, api):
    # 3 waiting in each of the two queues; a 30-minute average of 30 s is below short (60 s).
    status_server.set(schedule="open", agents=2, waiting=3, wait=30)
    chat = open_page(chatkit_open, status_server, api)
    page = chat.page
    assert status_text(page) == "6 waiting, short wait"
    assert page.get_attribute(STATUS, "role") == "status"
    # It sits right after the button container (the Configuration Manager's id: the
    # prefix and the test config's uuid).
    assert page.evaluate("(s) => document.querySelector(s).previousElementSibling.id",
                         STATUS) == "__8x8-chat-button-container-script_chatkit_test"
    assert page.query_selector(FORM) is None


@pytest.mark.browser_context_args(timezone_id=TOKYO, locale="en-GB")
@pytest.mark.parametrize("api", APIS)
def test_closed_shows_the_next_opening_in_the_visitors_time_zone(chatkit_open, status_server,
                                                                 api):
    target, seconds = next_hour_plus(26)
    status_server.set(schedule="closed", next_state="open", next_change_in=seconds)
    page = open_page(chatkit_open, status_server, api).page
    local = datetime.datetime.fromtimestamp(target, ZoneInfo(TOKYO))
    expected = "Sorry, we are closed. Back %s %02d:%02d!" % (local.strftime("%A"), local.hour,
                                                             local.minute)
    assert status_text(page) == expected


@pytest.mark.parametrize("api", APIS)
def test_closed_with_no_next_change_drops_the_sentence_of_the_time(chatkit_open, status_server,
                                                                   api):
    status_server.set(schedule="closed", next_state=None, next_change_in=None)
    page = open_page(chatkit_open, status_server, api).page
    assert status_text(page) == "Sorry, we are closed."
    # Closed, and the callback waits for an agent with an expiry: the form is offered.
    page.wait_for_selector(FORM)


@pytest.mark.parametrize("api", APIS)
def test_busy_offers_an_accessible_callback_form_that_books(chatkit_open, status_server, api):
    status_server.set(schedule="open", agents=0, waiting=2, wait=400)
    page = open_page(chatkit_open, status_server, api).page
    assert status_text(page) == "4 waiting, long wait"
    page.wait_for_selector(FORM)
    # Every visible field has its label; the honeypot is out of sight and out of reach.
    assert page.get_by_label("Phone number").get_attribute("type") == "tel"
    assert page.get_by_label("Phone number").get_attribute("autocomplete") == "tel"
    assert page.get_by_label("Name (optional)").get_attribute("autocomplete") == "name"
    assert page.get_by_label("I agree to be called back on this number").get_attribute(
        "type") == "checkbox"
    assert page.get_by_role("group", name="Prefer a call back?").is_visible()
    trap = page.locator("#chatkit-callback-website")
    assert trap.get_attribute("tabindex") == "-1"
    assert page.evaluate("() => document.getElementById('chatkit-callback-website')"
                         ".getBoundingClientRect().right") < 0
    assert page.evaluate("() => document.getElementById('chatkit-callback-website')"
                         ".closest('[aria-hidden]').getAttribute('aria-hidden')") == "true"

    page.get_by_role("button", name="Call me back").click()
    assert page.text_content(RESULT) == "Phone number: enter the number to call you on"
    assert page.get_by_label("Phone number").get_attribute("aria-invalid") == "true"
    assert page.evaluate("() => document.activeElement.id") == "chatkit-callback-phone"

    page.get_by_label("Phone number").fill("+44 20 7946 0018")
    page.get_by_role("button", name="Call me back").click()
    assert page.text_content(RESULT) == ("I agree to be called back on this number: tick the "
                                         "box to agree to be called")
    assert page.get_by_label("Phone number").get_attribute("aria-invalid") is None

    page.get_by_label("Name (optional)").fill("Jane Doe")
    page.get_by_label("I agree to be called back on this number").check()
    page.wait_for_timeout(FORM_WAIT_MS)
    status_server.emulator.reset_calls()
    page.get_by_role("button", name="Call me back").click()
    page.wait_for_function("(s) => document.querySelector(s).textContent.startsWith('Thank')",
                           arg=RESULT)
    assert page.text_content(RESULT) == "Thank you: we will call you back."
    calls = status_server.emulator.calls_to("callback")
    assert len(calls) == 1
    assert status_server.emulator.violations == []
    booked = status_server.emulator.state()["callbacks"]
    assert [i["phone"] for items in booked.values() for i in items] == ["442079460018"]


@pytest.mark.parametrize("api", APIS)
def test_a_booked_callback_can_be_cancelled_from_the_page(chatkit_open, status_server, api):
    status_server.set(schedule="open", agents=0, waiting=2, wait=400)
    page = open_page(chatkit_open, status_server, api).page
    page.wait_for_selector(FORM)
    page.get_by_label("Phone number").fill("+44 20 7946 0018")
    page.get_by_label("I agree to be called back on this number").check()
    page.wait_for_timeout(FORM_WAIT_MS)
    page.get_by_role("button", name="Call me back").click()
    cancel = page.get_by_role("button", name="Cancel the call back")
    cancel.wait_for()
    assert [i["phone"] for items in status_server.emulator.state()["callbacks"].values()
            for i in items] == ["442079460018"]
    cancel.click()
    page.wait_for_function("(s) => document.querySelector(s).textContent === "
                           "'Your call back is cancelled.'", arg=RESULT)
    assert cancel.count() == 0
    # 8x8's Web Callback deletes it (DELETE .../callbacks/{id}): none left in its queues.
    assert [i for items in status_server.emulator.state()["callbacks"].values()
            for i in items] == []
    assert status_server.emulator.violations == []


@pytest.mark.parametrize("api", APIS)
def test_the_servers_errors_name_the_field(chatkit_open, status_server, api):
    status_server.set(schedule="open", agents=0)
    page = open_page(chatkit_open, status_server, api).page
    page.wait_for_selector(FORM)
    page.get_by_label("Phone number").fill("+33 1 23 45 67 89")
    page.get_by_label("I agree to be called back on this number").check()
    page.get_by_role("button", name="Call me back").click()
    # Sent at once: the form's age is refused first (no visible field: the message alone).
    page.wait_for_function("(s) => document.querySelector(s).textContent.includes('quickly')",
                           arg=RESULT)
    assert page.text_content(RESULT) == ("the form was sent too quickly: wait a moment and send "
                                         "it again")
    page.wait_for_timeout(FORM_WAIT_MS)
    page.get_by_role("button", name="Call me back").click()
    page.wait_for_function("(s) => document.querySelector(s).textContent.includes('country')",
                           arg=RESULT)
    # A French number, and the config calls back GB and US only.
    assert page.text_content(RESULT) == ("Phone number: the phone number is not a number of a "
                                         "country we call back (GB, US)")
    assert page.get_by_label("Phone number").get_attribute("aria-invalid") == "true"
    assert page.text_content("#chatkit-callback-phone-error") == (
        "the phone number is not a number of a country we call back (GB, US)")
    assert status_server.emulator.calls_to("callback") == []


@pytest.mark.parametrize("api", APIS)
def test_a_filled_honeypot_is_thanked_and_goes_nowhere(chatkit_open, status_server, api):
    status_server.set(schedule="open", agents=0)
    page = open_page(chatkit_open, status_server, api).page
    page.wait_for_selector(FORM)
    page.get_by_label("Phone number").fill("+44 20 7946 0018")
    page.fill("#chatkit-callback-website", "http://spam.example")
    page.get_by_label("I agree to be called back on this number").check()
    page.wait_for_timeout(FORM_WAIT_MS)
    page.get_by_role("button", name="Call me back").click()
    page.wait_for_function("(s) => document.querySelector(s).textContent.startsWith('Thank')",
                           arg=RESULT)
    assert status_server.emulator.calls_to("callback") == []


@pytest.mark.parametrize("api", APIS)
def test_asked_after_load_under_a_nonce_only_policy(chatkit_open, status_server, api):
    nonce = "r4nd0mN0nce"
    policy = ("default-src 'none'; script-src 'nonce-%s'; connect-src 'self' %s; "
              "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; "
              "media-src 'self'" % (nonce, status_server.url))
    status_server.set(schedule="open", agents=1, waiting=0, wait=100)
    chat = open_page(chatkit_open, status_server, api, nonce=nonce,
                     headers={"Content-Security-Policy": policy})
    page = chat.page
    assert status_text(page) == "No one waiting, medium wait"
    timing = page.evaluate("""(url) => {
        const asked = performance.getEntriesByType("resource").find((e) => e.name === url);
        const page = performance.getEntriesByType("navigation")[0];
        return {asked: asked.startTime, load: page.loadEventStart};
    }""", status_server.url + "/v1/status")
    assert timing["asked"] >= timing["load"]
    assert not [text for _, text in chat.console if "Content-Security-Policy" in text]


@pytest.mark.parametrize("api", APIS)
def test_a_server_that_is_down_leaves_the_chat_alone(chatkit_open, status_server, api):
    url = status_server.url
    status_server.stop()
    chat = open_page(chatkit_open, status_server, api)
    page = chat.page
    warning = "chatkit: no availability from %s/v1/status" % url
    page.wait_for_function("() => performance.getEntriesByType('resource').some((e) => "
                           "e.name.endsWith('/v1/status'))")
    for _ in range(100):  # Playwright delivers console messages while it waits
        if any(text.startswith(warning) for text in chat.console_warnings):
            break
        page.wait_for_timeout(50)
    assert any(text.startswith(warning) for text in chat.console_warnings), chat.console
    assert page.query_selector(STATUS) is None
    assert chat.state()["started"]


HOOKS = """\
from browser import window
from chatkit.browser import chat


def shown(status):
    window.__seenState = status["state"]
    window.__seenWaiting = status["waiting"]
    window.__seenOpen = status["open"]


chat.on("availability", shown)
"""


@pytest.mark.parametrize("api", APIS)
def test_python_hooks_get_the_status(chatkit_open, status_server, api, runtime_name, tmp_path):
    hooks = tmp_path / "hooks.py"
    hooks.write_text(HOOKS, encoding="utf-8")
    status_server.set(schedule="closed", next_state="open", next_change_in=600, waiting=2)
    config = status_server.config({
        "chat": {"api": api},
        "python": {"hooks": str(hooks), "asset_base": "https://cdn.example.com/chatkit/",
                   "runtime": runtime_name}})
    chat = chatkit_open(config)
    page = chat.page
    page.wait_for_function("() => window.__seenState !== undefined", timeout=30_000)
    assert page.evaluate("() => [window.__seenState, window.__seenWaiting, window.__seenOpen]"
                         ) == ["closed", 4, False]
    assert [text for kind, text in chat.console if "chatkit" in text] == []
    assert chat.errors == []


@pytest.mark.parametrize("api", APIS)
def test_the_testing_kits_fixture_drives_it(chatkit_open, chatkit_status_server, api):
    """As a tenant's test would: the plugin's chatkit_status_server, its default tables."""
    chatkit_status_server.set(schedule="open", agents=0, waiting=1, wait=10)
    page = chatkit_open(chatkit_status_server.config({"chat": {"api": api}})).page
    assert status_text(page) == "2 waiting, short wait"
    page.wait_for_selector(FORM)  # no agent free: the default [callback] is offered
    chatkit_status_server.set(schedule="closed", next_state=None, next_change_in=None)
    page.evaluate("() => window.__chatkit.askAvailability(true)")
    page.wait_for_function("(s) => document.querySelector(s).textContent === 'We are "
                           "closed.'", arg=STATUS)
