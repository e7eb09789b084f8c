"""customer:set-info, customer:reset-info and customer:info-sent (reference: "Customer
Information"; SPEC 5.1), as the emulator applies them."""

import json

import pytest

pytestmark = pytest.mark.browser

NOT_PRIMITIVE = "Customer info %s is not of a primitive type and will be discarded"
KEY_TOO_BIG = "Customer info %s key is too big and will be discarded"
VALUE_TOO_BIG = "Customer info %s value is too big and will be discarded"


def set_info_js(chat, source):
    """Publish a set-info object written in JavaScript (undefined, functions, NaN…)."""
    chat.page.evaluate("() => window.bus.publish('customer:set-info', %s)" % source)


def test_set_info_merges_over_earlier_calls(open_chat):
    chat = open_chat()
    chat.publish("customer:set-info", {"First name": "John", "Last name": "Doe", "Age": 25,
                                       "Premium": True})
    chat.publish("customer:set-info", {"Age": 26.5, "Plan": "Gold"})
    assert chat.state()["customerInfo"] == {"First name": "John", "Last name": "Doe",
                                            "Age": 26.5, "Premium": True, "Plan": "Gold"}
    assert chat.warnings == []


def test_set_info_null_removes_and_undefined_leaves_as_it_was(open_chat):
    chat = open_chat()
    chat.publish("customer:set-info", {"First name": "John", "Last name": "Doe", "Age": 25})
    set_info_js(chat, "{'First name': null, 'Last name': undefined, 'Never set': null}")
    assert chat.state()["customerInfo"] == {"Last name": "Doe", "Age": 25}
    assert chat.warnings == []


def test_reset_info_erases_everything(open_chat):
    chat = open_chat()
    chat.publish("customer:set-info", {"First name": "John"})
    chat.publish("customer:reset-info")
    assert chat.state()["customerInfo"] == {}
    chat.publish("customer:set-info", {"Age": 1})
    assert chat.state()["customerInfo"] == {"Age": 1}


@pytest.mark.parametrize("source", [
    "{}",  # an object
    "[1, 2]",  # an array
    "{toJSON: function () { return [1]; }}",  # what its toJSON gives is what the chat sees
])
def test_set_info_discards_non_primitive_values_with_the_chats_warning(open_chat, source):
    chat = open_chat()
    set_info_js(chat, "{'Cart': %s, 'Plan': 'Gold'}" % source)
    assert chat.state()["customerInfo"] == {"Plan": "Gold"}
    assert chat.warnings == [NOT_PRIMITIVE % "Cart"]
    assert chat.console_warnings == [NOT_PRIMITIVE % "Cart"]


def test_set_info_keeps_what_the_chat_keeps_even_where_chatkit_is_stricter(open_chat):
    # chatkit discards this before publishing (SPEC 5.1); the chat keeps a rounded number.
    chat = open_chat()
    set_info_js(chat, "{'big': 2 ** 60, 'empty': ''}")
    info = chat.state()["customerInfo"]
    assert float(info["big"]) == float(2**60) and info["empty"] == ""
    assert chat.warnings == []


@pytest.mark.parametrize("key, kept", [
    ("k" * 100, True),  # at the limit
    ("k" * 101, False),  # one over
    ("😀" * 50, True),  # 50 emoji are 100 UTF-16 units
    ("😀" * 50 + "k", False),  # 101 units, 51 code points
    ("é" * 100, True),  # one unit each
])
def test_set_info_key_limit_counts_utf16_units(open_chat, key, kept):
    chat = open_chat()
    chat.publish("customer:set-info", {key: "v", "other": "kept"})
    assert (key in chat.state()["customerInfo"]) is kept
    assert chat.state()["customerInfo"]["other"] == "kept"
    assert chat.warnings == ([] if kept else [KEY_TOO_BIG % key])


@pytest.mark.parametrize("value, kept", [
    ("v" * 500, True),  # at the limit
    ("v" * 501, False),  # one over
    ("😀" * 250, True),  # 500 units
    ("😀" * 250 + "v", False),  # 501 units, 251 code points
])
def test_set_info_value_limit_counts_utf16_units(open_chat, value, kept):
    chat = open_chat()
    chat.publish("customer:set-info", {"Notes": value})
    assert ("Notes" in chat.state()["customerInfo"]) is kept
    assert chat.warnings == ([] if kept else [VALUE_TOO_BIG % "Notes"])


@pytest.mark.parametrize("source, kept", [
    ("1e21", True),  # String(1e21) is "1e+21": 5 characters
    ("'x'.repeat(500)", True),
    ("true", True),
    ("-0.000001", True),
])
def test_set_info_numbers_and_booleans_count_by_their_string_form(open_chat, source, kept):
    chat = open_chat()
    set_info_js(chat, "{'n': %s}" % source)
    assert ("n" in chat.state()["customerInfo"]) is kept


def test_a_discarded_entry_never_stops_the_valid_ones(open_chat):
    chat = open_chat()
    set_info_js(chat, "{'a': 1, 'obj': {x: 1}, 'b': 'two', ['k'.repeat(101)]: 1,"
                      " 'long': 'v'.repeat(501), 'c': false, 'gone': null}")
    assert chat.state()["customerInfo"] == {"a": 1, "b": "two", "c": False}
    assert chat.warnings == [NOT_PRIMITIVE % "obj", KEY_TOO_BIG % ("k" * 101),
                             VALUE_TOO_BIG % "long"]


def test_a_null_with_a_too_big_key_warns_instead_of_removing(open_chat):
    # The same order as chatkit.rules.customer: the key's size is checked before null removes.
    chat = open_chat()
    chat.publish("customer:set-info", {"k" * 101: None})
    assert chat.warnings == [KEY_TOO_BIG % ("k" * 101)]


def test_info_sent_on_entering_the_queue_with_the_info_and_phase(open_chat):
    chat = open_chat(on_init="""window.bus = bus; window.sent = [];
        bus.subscribe('customer:info-sent', function (data) { window.sent.push(data); });""")
    chat.publish("customer:set-info", {"First name": "John", "Age": 25})
    chat.publish("chat:set-variables", {"_options": "DEF"})
    chat.click_button()
    assert chat.page.evaluate("window.sent") == []  # the pre-chat form is no queue
    chat.submit_pre_chat({"name": "John"})
    sent = {"info": {"First name": "John", "Age": 25}, "phase": "chatWindow"}
    assert chat.page.evaluate("window.sent") == [sent]
    assert chat.state()["submissions"] == [{
        **sent, "language": "en", "variables": {"_options": "DEF"}, "startedByApi": False,
        "form": {"name": "John"}}]


def test_info_set_after_queueing_is_kept_but_not_sent_again(open_chat):
    chat = open_chat()
    chat.set_scenario(preChat=False)
    chat.click_button()
    chat.publish("customer:set-info", {"Late": True})
    assert chat.state()["customerInfo"] == {"Late": True}
    assert [s["info"] for s in chat.state()["submissions"]] == [{}]


def test_info_sent_when_the_offline_form_is_submitted(open_chat):
    chat = open_chat(scenario={"online": False}, on_init="""window.bus = bus; window.sent = [];
        bus.subscribe('customer:info-sent', function (data) { window.sent.push(data); });
        bus.publish('customer:set-info', {'Plan': 'Gold'});""")
    chat.click_button()
    assert chat.state()["phase"] == "offlineForm"
    chat.submit_offline_form({"message": "Call me"})
    assert chat.page.evaluate("window.sent") == [{"info": {"Plan": "Gold"},
                                                  "phase": "offlineForm"}]
    submission = chat.state()["submissions"][0]
    assert submission["phase"] == "offlineForm" and submission["form"] == {"message": "Call me"}
    assert chat.state()["phase"] == "closed"


def test_info_sent_through_the_forms_in_the_chat_window(open_chat):
    # What a customer does: type into the forms and press their buttons.
    chat = open_chat(settings={"customSystemMessages": {}})
    chat.publish("customer:set-info", {"Plan": "Gold"})
    chat.page.click("#__8x8-chat-button")
    frame = chat.page.frame_locator("#__8x8-chat-window")
    frame.locator("#field-name").fill("Ann")
    frame.locator("button[type=submit]").click()
    chat.wait_for_phase("chatWindow")
    assert chat.state()["submissions"][0]["form"] == {"name": "Ann", "email": ""}
    assert chat.state()["submissions"][0]["info"] == {"Plan": "Gold"}


def test_set_info_keys_that_name_object_internals_are_plain_keys(open_chat):
    chat = open_chat()
    # Playwright drops a "__proto__" key when it returns an object, JSON keeps it.
    info = "JSON.stringify(__8x8Emulator.state().customerInfo)"
    set_info_js(chat, """JSON.parse('{"__proto__": "a", "constructor": "b", "toString": 1}')""")
    assert json.loads(chat.page.evaluate(info)) == {
        "__proto__": "a", "constructor": "b", "toString": 1}
    set_info_js(chat, """JSON.parse('{"__proto__": null}')""")
    assert chat.state()["customerInfo"] == {"constructor": "b", "toString": 1}
