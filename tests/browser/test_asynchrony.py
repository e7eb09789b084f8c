"""Asynchronous like production (facts: "Everything after the page's publish is
asynchronous ... never during publish"; SPEC 7): nothing a publish causes happens before
publish returns, scenario latencyMs delays it further, order is kept, and what the chat
sends back to the page comes later too."""

import pytest

pytestmark = pytest.mark.browser

# Publishes, then reads the state in the same task, before anything could cross.
DURING = """() => {
    window.bus.publish('chat:trigger-pre-chat');
    window.bus.publish('customer:set-info', {'Plan': 'Gold'});
    window.bus.publish('chat:set-language', 'xx');
    const state = window.__8x8Emulator.state();
    return [state.phase, state.customerInfo, state.warnings, state.startedByApi];
}"""
# The same, read after one more task of the page's own (a timer of 0 ms set after publishing).
NEXT_TASK = """async () => {
    window.bus.publish('customer:set-info', {'Plan': 'Gold'});
    await new Promise((done) => setTimeout(done, 0));
    return window.__8x8Emulator.state().customerInfo;
}"""


def test_nothing_a_publish_causes_happens_before_publish_returns(open_chat):
    chat = open_chat()
    assert chat.page.evaluate(DURING) == ["closed", {}, [], False]
    assert chat.console_warnings == []  # not even the chat's warning, yet
    state = chat.state()  # settled by default
    assert (state["phase"], state["customerInfo"], state["startedByApi"]) == (
        "preChat", {"Plan": "Gold"}, True)
    assert state["warnings"] == ["Chat language xx is not valid and will be discarded"]


def test_with_no_latency_the_chat_answers_in_a_later_task(open_chat):
    chat = open_chat()
    assert chat.page.evaluate(NEXT_TASK) == {"Plan": "Gold"}


def test_latency_delays_what_crosses_and_the_unsettled_state_shows_it(open_chat):
    chat = open_chat(scenario={"latencyMs": 1500})
    assert chat.page.evaluate(NEXT_TASK) == {}  # still on its way
    assert chat.state(settled=False)["customerInfo"] == {}
    assert chat.state()["customerInfo"] == {"Plan": "Gold"}  # waits until it has arrived


def test_order_is_kept_even_when_the_latency_changes(open_chat):
    chat = open_chat(scenario={"latencyMs": 1000})
    chat.page.evaluate("""() => {
        window.bus.publish('chat:set-language', 'de');
        window.__8x8Emulator.setScenario({latencyMs: 0});
        window.bus.publish('chat:set-language', 'fr');
    }""")
    assert chat.state()["language"] == "fr"


def test_info_sent_reaches_the_page_after_the_customer_entered_the_queue(open_chat):
    chat = open_chat(scenario={"preChat": False}, on_init="""window.bus = bus; window.sent = [];
        bus.subscribe('customer:info-sent', function (data) { window.sent.push(data.phase); });""")
    during = chat.page.evaluate("""() => {
        window.__8x8Emulator.clickButton();
        return [window.__8x8Emulator.state().phase, window.sent.length];
    }""")
    assert during == ["chatWindow", 0]  # the customer is queued; the page does not know yet
    chat.settle()
    assert chat.page.evaluate("window.sent") == ["chatWindow"]


def test_a_page_that_races_the_chat_is_caught(open_chat):
    # A page that reads the result of its own publish at once would pass against a
    # synchronous stand-in and fail in production.
    chat = open_chat(scenario={"latencyMs": 200}, on_init="""window.bus = bus;
        bus.publish('chat:trigger-invitation');
        window.sawInvitation = !!document.getElementById('__8x8-chat-invitation');""")
    assert chat.page.evaluate("window.sawInvitation") is False
    chat.settle()
    assert chat.page.locator("#__8x8-chat-invitation").count() == 1


def test_settled_resolves_at_once_when_nothing_is_in_flight(open_chat):
    chat = open_chat()
    assert chat.page.evaluate("""async () => {
        await window.__8x8Emulator.settled();
        return window.__8x8Emulator.state().started;
    }""") is True
