"""Asynchronous like the chat (SPEC 7): nothing a chatApp call causes (stored info, a phase, a
warning, a callback) happens before the call returns; scenario latencyMs delays it further;
order is kept; with 8x8's v2 snippet and chatkit's.  end-chat.md: "The endChat() method
initiates the termination process but returns immediately"."""

import pytest
from v2_support import RECORD_CALLBACKS

pytestmark = pytest.mark.browser

# Calls, then reads the state in the same task, before anything could cross.
DURING = """() => {
    const app = window.chatApp;
    app.setCustomerInfo({"Plan": "Gold"}).setCustomerLanguage("xx")
       .setVariables({"$nope": "1"}).setInvitationQuickReplies(["Hi"])
       .setNotificationSoundToggle(false).startChat();
    const state = window.__8x8Emulator.state();
    return [state.phase, state.customerInfo, state.warnings, state.quickReplies,
            state.notificationSound, window.fired.length];
}"""
NEXT_TASK = """async () => {
    window.chatApp.setCustomerInfo({"Plan": "Gold"});
    await new Promise((done) => setTimeout(done, 0));
    return window.__8x8Emulator.state().customerInfo;
}"""


def test_nothing_a_call_causes_happens_before_the_call_returns(open_chat_app):
    chat = open_chat_app(callback=RECORD_CALLBACKS)
    chat.settle()
    assert chat.page.evaluate(DURING) == ["closed", {}, [], [], True, 1]
    assert chat.console_warnings == []
    state = chat.state()
    assert (state["phase"], state["customerInfo"], state["quickReplies"]) == (
        "preChat", {"Plan": "Gold"}, ["Hi"])
    assert state["notificationSound"] is False
    assert state["warnings"] == [
        "Chat language xx is not valid and will be discarded",
        "Customer variable: provided system variable $nope it's not supported. "
        "It will be discarded"]
    assert chat.page.evaluate("window.fired") == [["onAppStart"], ["onOpenOnlineForm"]]


def test_with_no_latency_the_chat_answers_in_a_later_task(open_chat_app):
    chat = open_chat_app()
    assert chat.page.evaluate(NEXT_TASK) == {"Plan": "Gold"}


def test_latency_delays_what_crosses_and_the_unsettled_state_shows_it(open_chat_app):
    chat = open_chat_app(scenario={"latencyMs": 1500})
    assert chat.page.evaluate(NEXT_TASK) == {}
    assert chat.state(settled=False)["customerInfo"] == {}
    assert chat.state()["customerInfo"] == {"Plan": "Gold"}


def test_order_is_kept_even_when_the_latency_changes(open_chat_app):
    chat = open_chat_app(scenario={"latencyMs": 1000})
    chat.page.evaluate("""() => {
        window.chatApp.setCustomerLanguage('de');
        window.__8x8Emulator.setScenario({latencyMs: 0});
        window.chatApp.setCustomerLanguage('fr');
    }""")
    assert chat.state()["language"] == "fr"


def test_callbacks_reach_the_page_after_the_moment(open_chat_app):
    chat = open_chat_app(callback=RECORD_CALLBACKS, scenario={"preChat": False})
    chat.settle()
    during = chat.page.evaluate("""() => {
        window.__8x8Emulator.clickButton();
        return [window.__8x8Emulator.state().phase, window.fired.length];
    }""")
    assert during == ["chatWindow", 1]  # queued; the page does not know yet
    chat.settle()
    assert chat.page.evaluate("window.fired.length") == 4


def test_on_app_start_comes_after_what_the_callback_asked(open_chat_app):
    # A page that reads the chat's state in onAppStart sees its callback's calls applied.
    chat = open_chat_app(callback="""function (chatApp) {
        chatApp.setCustomerInfo({"Plan": "Gold"}).setProxy({onAppStart: function () {
            window.atStart = window.__8x8Emulator.state().customerInfo;
        }});
    }""", scenario={"latencyMs": 200})
    chat.settle()
    assert chat.page.evaluate("window.atStart") == {"Plan": "Gold"}


def test_a_page_that_races_the_chat_is_caught(open_chat_app):
    chat = open_chat_app(callback="""function (chatApp) {
        chatApp.startChat();
        window.sawWindow = !!document.getElementById('__8x8-chat-window');
    }""", scenario={"latencyMs": 200})
    assert chat.page.evaluate("window.sawWindow") is False
    chat.settle()
    assert chat.page.locator("#__8x8-chat-window").count() == 1
