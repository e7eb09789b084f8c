"""`chatkit serve` of a v2 config in Chromium: chatkit's v2 snippet against the v2 emulator,
the discovery request answered by the preview, controls that call chatApp, the agent panel
and the callbacks the chat fired, the notes, the theme in the chat window."""

import pytest
from test_preview import LIVE, READY, PreviewProcess

from chatkit.testing import EmulatorPage

pytestmark = pytest.mark.browser

CONFIG = """\
[chat]
api = "v2"
uuid = "script_0123456789abcdef01234567.89012345"
tenant = "ZXhhbXBsZTAx"
channel = "Support"
channel_uuid = "Ab3ULjXFQx-unSA6ebdW8A"
domain = "https://vcc-eu11.8x8.com"
quick_replies = ["I need help with my order"]
[customer]
Plan = "Gold"
[variables]
_VIP = "YES"
[theme]
headerBackgroundColor = "rgb(1, 2, 3)"
"""


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    server = PreviewProcess(tmp_path_factory.mktemp("preview-v2"), {"chat.toml": CONFIG},
                            "--stylesheet", "theme.css")
    server.files["theme.css"] = ".header { color: red; }\n"
    server.start()
    yield server
    code, rest = server.stop()
    assert code == 0 and not any("Traceback" in line for line in rest)


@pytest.fixture
def chat(preview, page):
    preview.reset()
    page.goto(preview.url)
    page.wait_for_function(READY)
    page.wait_for_function(LIVE)
    return EmulatorPage(page)


def button(chat, name):
    chat.page.get_by_role("button", name=name, exact=True).click()


def texts(chat, list_id):
    items = chat.page.locator("#%s li:not(.chatkit-empty)" % list_id)
    return items.all_inner_texts()


def test_preview_runs_a_v2_config_against_the_v2_emulator(chat, preview):
    state = chat.state()
    assert state["api"] == "v2" and state["started"] is True
    assert state["settings"]["domain"] == preview.url.rstrip("/")  # discovery kept it
    assert (state["customerInfo"], state["variables"]) == ({"Plan": "Gold"}, {"_VIP": "YES"})
    assert state["quickReplies"] == ["I need help with my order"]
    assert chat.page.locator("#chatkit-controls").get_attribute("data-api") == "v2"
    # v1's topic buttons are not there: the v2 chat has no bus.
    assert chat.page.locator("button[data-topic]").count() == 0


def test_preview_controls_call_chat_app_and_the_agent_panel_shows_what_is_sent(chat):
    button(chat, "Start chat")
    chat.wait_for_phase("preChat")
    button(chat, "Sends the pre-chat form")
    chat.wait_for_phase("chatWindow")
    submissions = chat.page.locator("#chatkit-submissions li:not(.chatkit-empty)")
    submissions.first.wait_for()
    assert submissions.all_inner_texts() == [
        'Queue (language en), started by Chat API. Customer info: Plan = "Gold". '
        'Variables: _VIP = "YES".']
    assert chat.in_window(".header", "background-color") == ["rgb(1, 2, 3)"]
    button(chat, "End chat")
    chat.wait_for_phase("closed")
    callbacks = chat.page.locator("#chatkit-callbacks li:not(.chatkit-empty)")
    callbacks.nth(6).wait_for()
    assert callbacks.all_inner_texts() == [
        "onAppStart()", "onOpenOnlineForm()", "onOpenChat()", "onSessionCreated()",
        "onCustomerInfoSent()", "onSessionEnd()", 'onAppEnd("chat-api")']


def test_preview_shows_the_invitation_with_its_quick_replies(chat):
    button(chat, "Shows the invitation")
    chat.wait_for_phase("invitation")
    assert chat.page.locator(".quick-replies button").all_inner_texts() == [
        "I need help with my order"]
    button(chat, "Chooses a quick reply")
    chat.wait_for_phase("preChat")
    assert "Quick replies: \"I need help with my order\"" in chat.page.inner_text(
        "#chatkit-chat-state")


def test_preview_lists_the_emulators_notes_and_the_stylesheet_it_does_not_use(chat):
    notes = chat.page.locator("#chatkit-notes li").all_inner_texts()
    assert notes == ["theme.css: the v2 chat (chatApp, chatv3.js) takes no stylesheet (its "
                     "looks are [theme] in chat.toml); the preview does not load it"]
    chat.page.evaluate("window.chatApp.setInvitationQuickReplies('Help')")
    logged = chat.page.locator("#chatkit-notes-log li:not(.chatkit-empty)")
    logged.first.wait_for()
    assert logged.all_inner_texts() == [
        'setInvitationQuickReplies was given "Help", not an array of strings; nothing changed']
    assert texts(chat, "chatkit-warnings") == []


def test_preview_v2_customer_controls_say_why_they_cannot_act(chat):
    button(chat, "Skips the queue")
    assert chat.page.locator("#chatkit-action-error").inner_text() == (
        "Skips the queue: skipQueue: the chat is in phase closed, not chatWindow")
