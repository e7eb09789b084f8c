"""The message bus and onInit (reference: "How to access the Message Bus", publish, subscribe)."""

import pytest

pytestmark = pytest.mark.browser


def test_on_init_receives_the_bus_once_the_chat_is_ready(open_chat):
    chat = open_chat(on_init="window.calls = (window.calls || 0) + 1; window.bus = bus;"
                             "window.sawPublish = typeof bus.publish === 'function'"
                             " && typeof bus.subscribe === 'function';")
    assert chat.page.evaluate("[window.calls, window.sawPublish]") == [1, True]


def test_on_init_is_optional_like_the_stock_snippet(open_chat):
    chat = open_chat(on_init="")
    assert chat.state()["ready"] is True
    assert chat.errors == []


def test_on_init_waits_for_the_scenario_delay(open_chat):
    # A timer never fires early, so onInit runs at least initDelayMs after the page began.
    chat = open_chat(scenario={"initDelayMs": 300}, head="<script>window.t0 = performance.now();"
                     "</script>", on_init="window.waited = performance.now() - window.t0;")
    assert chat.page.evaluate("window.waited") >= 300


def test_on_init_that_throws_is_logged_and_the_chat_still_runs(open_chat):
    chat = open_chat(on_init="window.bus = bus; throw new Error('broken page code');")
    assert any(kind == "error" and "onInit failed" in text for kind, text in chat.console)
    chat.click_button()
    assert chat.state()["phase"] == "preChat"


def test_subscribe_passes_data_first_and_remove_unsubscribes(open_chat):
    chat = open_chat(on_init="""
        window.bus = bus; window.seen = [];
        var sub = bus.subscribe('customer:info-sent', function (data, envelope) {
            window.seen.push([data.phase, envelope.topic]);
        });
        window.removeIt = function () { sub.remove(); };
    """)
    chat.set_scenario(preChat=False)
    chat.click_button()
    chat.publish("chat:end")
    chat.page.evaluate("window.removeIt()")
    chat.click_button()
    assert chat.page.evaluate("window.seen") == [["chatWindow", "customer:info-sent"]]
    assert len(chat.state()["submissions"]) == 2


def test_publish_without_data_passes_null(open_chat):
    chat = open_chat(on_init="""
        window.bus = bus;
        bus.subscribe('my:topic', function (data) { window.got = [data]; });
        bus.publish('my:topic');
    """)
    assert chat.page.evaluate("window.got") == [None]


def test_a_throwing_handler_never_stops_the_others_or_the_chat(open_chat):
    chat = open_chat(on_init="""
        window.bus = bus; window.order = [];
        bus.subscribe('customer:set-info', function () {
            window.order.push(1); throw new Error('x');
        });
        bus.subscribe('customer:set-info', function () { window.order.push(2); });
    """)
    chat.publish("customer:set-info", {"Plan": "Premium"})
    assert chat.page.evaluate("window.order") == [1, 2]
    assert chat.state()["customerInfo"] == {"Plan": "Premium"}
    assert any(kind == "error" and "customer:set-info" in text for kind, text in chat.console)
    assert chat.errors == []


def test_the_bus_works_unbound_and_removing_twice_is_harmless(open_chat):
    chat = open_chat(on_init="""
        var publish = bus.publish, subscribe = bus.subscribe;
        var sub = subscribe('t', function () { window.hits = (window.hits || 0) + 1; });
        publish('t', {}); sub.remove(); sub.remove(); publish('t', {});
    """)
    assert chat.page.evaluate("window.hits") == 1


def test_a_handler_removed_during_dispatch_is_not_called_afterwards(open_chat):
    chat = open_chat(on_init="""
        window.calls = [];
        var second;
        bus.subscribe('t', function () { window.calls.push('first'); second.remove(); });
        second = bus.subscribe('t', function () { window.calls.push('second'); });
        bus.publish('t'); bus.publish('t');
    """)
    assert chat.page.evaluate("window.calls") == ["first", "first"]


def test_any_topic_name_is_just_a_name(open_chat):
    chat = open_chat(on_init="""
        window.got = [];
        ['constructor', '__proto__', 'toString', ''].forEach(function (topic) {
            bus.subscribe(topic, function (data) { window.got.push(data); });
            bus.publish(topic, topic);
        });
    """)
    assert chat.page.evaluate("window.got") == ["constructor", "__proto__", "toString", ""]
    assert chat.errors == []
