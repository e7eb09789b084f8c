"""Production's start-up checks (facts, "Start-up", points 1 and 3; SPEC 7): the chat
starts only with a valid __8x8Chat, and only when `domain` is exactly the chat's origin."""

import pytest

pytestmark = pytest.mark.browser

# Typed from the facts: what production logs when it refuses the settings (its logger
# prefixes "8x8Chat").
CANT_LOAD = ("error", "8x8Chat Can't load - Invalid parameters")
ON_INIT = "window.onInitRan = true; window.bus = bus;"
# Long enough for a chat that would start (initDelayMs 0) to have done so.
LATER = "() => new Promise((done) => setTimeout(done, 200))"


def refused(chat):
    """What a page sees of a chat that did not start: nothing but the log line."""
    chat.page.wait_for_function("() => window.__8x8Emulator.state().notes.length > 0")
    chat.page.evaluate(LATER)
    state = chat.state()
    assert state["started"] is False and state["phase"] == "closed"
    assert state["warnings"] == []
    assert chat.page.evaluate("window.onInitRan") is None  # no onInit
    assert chat.page.locator("#__8x8-chat-button").count() == 0  # no button
    [note] = state["notes"]
    assert note.startswith("The chat did not start: ")
    return note


@pytest.mark.parametrize("name", ["uuid", "tenant", "domain", "channel", "align"])
def test_a_missing_required_setting_stops_the_chat(open_chat, name):
    chat = open_chat(drop=[name], on_init=ON_INIT, started=False)
    note = refused(chat)
    assert "__8x8Chat." + name in note
    assert CANT_LOAD in chat.console
    assert chat.errors == []


@pytest.mark.parametrize("name, value", [
    ("uuid", ""), ("tenant", None), ("channel", 0), ("align", False),  # present, not truthy
])
def test_a_required_setting_that_is_not_truthy_stops_the_chat(open_chat, name, value):
    chat = open_chat(settings={name: value}, on_init=ON_INIT, started=False)
    refused(chat)
    assert CANT_LOAD in chat.console


@pytest.mark.parametrize("stylesheet", [
    "http://127.0.0.1/chat.css",  # http, localhost included
    "http://localhost:8000/chat.css",
    "//cdn.example.com/chat.css",  # protocol-relative
    "/chat.css",  # relative
    "javascript:alert(1)",
    " https://cdn.example.com/chat.css",  # must start with https:
    42,  # not a string
])
def test_a_stylesheet_url_that_is_not_https_stops_the_whole_chat(open_chat, stylesheet):
    chat = open_chat(settings={"stylesheetURL": stylesheet}, on_init=ON_INIT, started=False)
    note = refused(chat)
    assert "stylesheetURL" in note and "https:" in note
    assert CANT_LOAD in chat.console


@pytest.mark.parametrize("stylesheet", [
    "https://cdn.example.com/chat.css",
    "HTTPS://cdn.example.com/chat.css",  # compared case-insensitively
    "Https:chat.css",  # production checks the scheme only
    "",  # no stylesheet: a falsy stylesheetURL is not checked
])
def test_an_https_stylesheet_or_none_lets_the_chat_start(open_chat, stylesheet):
    chat = open_chat(settings={"stylesheetURL": stylesheet}, on_init=ON_INIT)
    state = chat.state()
    assert state["started"] is True and state["notes"] == []
    assert chat.page.evaluate("window.onInitRan") is True
    assert CANT_LOAD not in chat.console


def test_state_answers_when_there_are_no_settings_at_all(chatkit_server, chatkit_emulator):
    page = '<div id="c"></div><script src="/CHAT/common/js/chat.js"></script>'
    chat = chatkit_emulator.goto(chatkit_server.add_page(page), started=False)
    note = refused(chat)
    assert "window.__8x8Chat is undefined" in note
    assert chat.state()["settings"] is None
    assert CANT_LOAD in chat.console


@pytest.mark.parametrize("domain", [
    lambda url: url + "/",  # a trailing slash
    lambda url: url + "/vcc",  # a path
    lambda url: url.replace("127.0.0.1", "LOCALHOST"),  # an upper-case host
])
def test_a_domain_that_is_not_exactly_the_chats_origin_never_starts(open_chat, chatkit_server,
                                                                      domain):
    # The page accepts the chat's messages only from exactly config.domain (fact 3); the
    # emulator's chat is served from where chat.js came from.
    chat = open_chat(settings={"domain": domain(chatkit_server.url)}, on_init=ON_INIT,
                     started=False)
    note = refused(chat)
    assert "__8x8Chat.domain" in note
    assert CANT_LOAD not in chat.console  # production says nothing: the messages are ignored
    assert chat.errors == []


def test_the_exact_origin_starts_even_under_another_name(open_chat, chatkit_server):
    # localhost and 127.0.0.1 are two origins: the one chat.js came from is the one to write.
    domain = chatkit_server.url.replace("127.0.0.1", "localhost")
    chat = open_chat(settings={"domain": domain}, on_init=ON_INIT)
    assert chat.state()["started"] is True
    assert chat.state()["notes"] == []


def test_the_test_kit_says_why_the_chat_did_not_start(open_chat):
    with pytest.raises(AssertionError, match="stylesheetURL"):
        open_chat(settings={"stylesheetURL": "http://127.0.0.1/x.css"})
