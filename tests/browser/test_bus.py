"""The message bus and onInit (reference: "How to access the Message Bus", publish, subscribe)."""

import pytest

pytestmark = pytest.mark.browser


def test_on_init_receives_the_bus_once_the_chat_has_started(open_chat):
    chat = open_chat(on_init="window.calls = (window.calls || 0) + 1; window.bus = bus;"
                             "window.sawPublish = typeof bus.publish === 'function'"
                             " && typeof bus.subscribe === 'function';")
    assert chat.page.evaluate("[window.calls, window.sawPublish]") == [1, True]


def test_on_init_is_optional_like_the_stock_snippet(open_chat):
    chat = open_chat(on_init="")
    assert chat.state()["started"] is True
    assert chat.errors == []


def test_on_init_waits_for_the_scenario_delay(open_chat):
    # A timer never fires early, so onInit runs at least initDelayMs after the page began.
    chat = open_chat(scenario={"initDelayMs": 300}, head="<script>window.t0 = performance.now();"
                     "</script>", on_init="window.waited = performance.now() - window.t0;")
    assert chat.page.evaluate("window.waited") >= 300


def test_on_init_that_throws_is_an_uncaught_error_and_a_note(open_chat):
    # Production calls onInit unguarded in its message handler: the page gets an uncaught
    # error; the emulator notes it and goes on.
    chat = open_chat(on_init="window.bus = bus; throw new Error('broken page code');")
    assert any("broken page code" in error for error in chat.errors)
    assert [n for n in chat.notes if n.startswith("onInit threw Error: broken page code")]
    assert chat.warnings == []
    chat.click_button()
    assert chat.state()["phase"] == "preChat"


def test_listeners_get_one_argument_and_remove_unsubscribes(open_chat):
    # "publish(topic, data) calls each listener of the topic with one argument, data" (facts)
    chat = open_chat(on_init="""
        window.bus = bus; window.seen = [];
        var sub = bus.subscribe('customer:info-sent', function () {
            window.seen.push([arguments.length, arguments[0].phase]);
        });
        window.removeIt = function () { sub.remove(); };
    """)
    chat.set_scenario(preChat=False)
    chat.click_button()
    chat.publish("chat:end")
    chat.page.evaluate("window.removeIt()")
    chat.click_button()
    assert chat.page.evaluate("window.seen") == [[1, "chatWindow"]]
    assert len(chat.state()["submissions"]) == 2


def test_publish_without_data_passes_undefined(open_chat):
    # The listener gets what was published (facts), here nothing; the page's own topic
    # reaches the page's own listener, and the emulator notes that the chat has no such topic.
    chat = open_chat(on_init="""
        window.bus = bus;
        bus.subscribe('my:topic', function (data) {
            window.got = [arguments.length, typeof data];
        });
        bus.publish('my:topic');
    """)
    assert chat.page.evaluate("window.got") == [1, "undefined"]
    [note] = chat.notes
    assert note.startswith("my:topic: not a topic of the chat")


def test_a_throwing_listener_is_logged_noted_and_never_stops_the_others(open_chat):
    chat = open_chat(on_init="""
        window.bus = bus; window.order = [];
        bus.subscribe('customer:set-info', function () {
            window.order.push(1); throw new Error('listener broke');
        });
        bus.subscribe('customer:set-info', function () { window.order.push(2); });
    """)
    chat.publish("customer:set-info", {"Plan": "Premium"})
    assert chat.page.evaluate("window.order") == [1, 2]
    state = chat.state()
    assert state["customerInfo"] == {"Plan": "Premium"}
    # Production logs the error's message through its logger, prefixed "8x8Chat".
    assert ("error", "8x8Chat listener broke") in chat.console
    assert state["notes"] == ["customer:set-info: a listener threw Error: listener broke; "
                              "the other listeners ran"]
    assert state["warnings"] == [] and chat.errors == []


def test_a_listener_that_is_not_a_function_is_kept_and_never_called(open_chat):
    chat = open_chat(on_init="""
        window.bus = bus; window.calls = 0;
        bus.subscribe('t', 'not a function');
        bus.subscribe('t', function () { window.calls += 1; });
        bus.publish('t', 1);
    """)
    assert chat.page.evaluate("window.calls") == 1
    assert chat.notes[0] == 't: subscribe was given "not a function", not a function; ' \
        'it is never called'
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
