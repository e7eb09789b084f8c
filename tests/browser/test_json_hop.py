"""The JSON hop (facts, "The bus on the page"; SPEC 5.1, 7): production forwards every
command with postMessage(JSON.stringify({topic, data})) and the chat applies its rules on
what JSON.parse gives back.  What the hop loses or changes is a note, never a warning."""

import pytest

pytestmark = pytest.mark.browser


def publish_js(chat, topic, source):
    """Publish data written in JavaScript (NaN, Date, BigInt...) on the page's bus."""
    chat.page.evaluate("() => window.bus.publish(%r, %s)" % (topic, source))


@pytest.fixture
def chat(open_chat):
    chat = open_chat()
    chat.publish("customer:set-info", {"Age": 25, "Plan": "Gold"})
    assert chat.state()["customerInfo"] == {"Age": 25, "Plan": "Gold"}
    return chat


@pytest.mark.parametrize("source, shown", [
    ("NaN", "NaN"),
    ("Infinity", "Infinity"),
    ("-Infinity", "-Infinity"),
])
def test_a_non_finite_number_arrives_as_null_and_removes_the_key(chat, source, shown):
    publish_js(chat, "customer:set-info", "{'Age': %s}" % source)
    state = chat.state()
    assert state["customerInfo"] == {"Plan": "Gold"}
    assert state["warnings"] == [] and chat.console_warnings == []
    assert state["notes"] == ['customer:set-info: data["Age"] is %s and arrives as null, '
                              "which removes the key" % shown]


def test_a_date_arrives_as_its_iso_string(chat):
    publish_js(chat, "customer:set-info", "{'When': new Date(0)}")
    state = chat.state()
    assert state["customerInfo"]["When"] == "1970-01-01T00:00:00.000Z"
    assert state["warnings"] == []
    assert state["notes"] == ['customer:set-info: data["When"] is a Date and arrives as '
                              '"1970-01-01T00:00:00.000Z" (its toJSON())']


def test_an_object_with_to_json_arrives_as_what_it_returns(chat):
    publish_js(chat, "customer:set-info", "{'Plan': {toJSON: function () { return 'Silver'; }}}")
    state = chat.state()
    assert state["customerInfo"] == {"Age": 25, "Plan": "Silver"}
    assert state["warnings"] == []
    assert state["notes"] == ['customer:set-info: data["Plan"] is an Object and arrives as '
                              '"Silver" (its toJSON())']


@pytest.mark.parametrize("source, shown", [
    ("undefined", "undefined"),  # documented: no effect
    ("function () {}", "a function"),  # gone before the chat sees it: no warning
    ("Symbol('s')", "a symbol"),
])
def test_keys_json_cannot_carry_vanish(chat, source, shown):
    publish_js(chat, "customer:set-info", "{'Plan': %s, 'Extra': 'x'}" % source)
    state = chat.state()
    assert state["customerInfo"] == {"Age": 25, "Plan": "Gold", "Extra": "x"}
    assert state["warnings"] == []
    assert state["notes"] == ['customer:set-info: data["Plan"] is %s and is left out' % shown]


@pytest.mark.parametrize("source, message", [
    ("{'Big': 10n, 'Plan': 'Silver'}", "BigInt"),
    ("(function () { var o = {'Plan': 'Silver'}; o.self = o; return o; })()", "circular"),
])
def test_a_payload_json_cannot_stringify_is_logged_and_dropped_whole(chat, source, message):
    publish_js(chat, "customer:set-info", source)
    state = chat.state()
    assert state["customerInfo"] == {"Age": 25, "Plan": "Gold"}  # nothing was sent
    assert state["warnings"] == []
    [note] = state["notes"]
    assert note.startswith("customer:set-info: nothing was sent: JSON.stringify failed (")
    assert message in note
    [logged] = [text for kind, text in chat.console if kind == "error"]
    assert logged.startswith("8x8Chat ") and message in logged
    assert chat.errors == []


def test_nested_values_and_other_topics_cross_the_same_way(chat):
    publish_js(chat, "chat:set-variables", "{'_a': {'b': NaN, 'c': [1, undefined]}}")
    state = chat.state()
    assert state["variables"] == {"_a": {"b": None, "c": [1, None]}}
    assert state["notes"] == ['chat:set-variables: data["_a"]["b"] is NaN and arrives as null',
                              'chat:set-variables: data["_a"]["c"][1] is undefined and arrives '
                              "as null"]


def test_the_hop_happens_at_publish_so_later_changes_do_not_count(chat):
    chat.page.evaluate("""() => {
        const info = {'Plan': 'Silver'};
        window.bus.publish('customer:set-info', info);
        info.Plan = 'changed after publish';
    }""")
    assert chat.state()["customerInfo"]["Plan"] == "Silver"


def test_info_sent_reaches_the_page_as_json_too(open_chat):
    chat = open_chat(scenario={"preChat": False}, on_init="""window.bus = bus;
        bus.subscribe('customer:info-sent', function (data) { window.sent = data; });""")
    chat.publish("customer:set-info", {"Plan": "Gold"})
    chat.click_button()
    sent = chat.page.evaluate("window.sent")
    assert sent == {"info": {"Plan": "Gold"}, "phase": "chatWindow"}


def test_notes_and_warnings_stay_apart(open_chat):
    # What production ignores in silence is a note; what the chat prints is a warning.
    chat = open_chat(on_init="""window.bus = bus;
        bus.publish('chat:set-system-messages', {chatQueued: 'x'});
        bus.publish('chat:open', {});
        bus.publish('customer:set-info', {'Age': NaN});
        bus.publish('customer:set-info', {'Big': 1n});
        bus.publish('chat:set-language', 'xx');""")
    state = chat.state()
    assert state["warnings"] == ["Chat language xx is not valid and will be discarded"]
    assert chat.console_warnings == state["warnings"]
    assert [note.split(":", 2)[:2] for note in state["notes"]] == [
        ["chat", "set-system-messages"], ["chat", "open"], ["customer", "set-info"],
        ["customer", "set-info"]]
    assert "customSystemMessages" in state["notes"][0]
    assert state["notes"][1].startswith("chat:open: not a topic of the chat")
