"""chatkit.browser's controller under CPython, with a fake bus and a list logger (SPEC 6)."""

import pytest

from chatkit.browser import UNSET, Chat, ValidationError
from chatkit.browser.fakebus import NO_DATA, FakeBus, ListLogger
from chatkit.rules import topics


@pytest.fixture
def logger():
    return ListLogger()


@pytest.fixture
def chat(logger):
    return Chat(logger)


@pytest.fixture
def bus():
    return FakeBus()


def test_chat_queues_calls_until_the_bus_exists_then_publishes_them_in_order(chat, bus):
    chat.customer.set_info({"A": 1})
    chat.customer.reset_info()
    chat.set_language("de")
    chat.trigger_invitation()
    assert not chat.ready and chat._link.pending == 4
    chat.attach(bus)
    assert bus.published == [(topics.SET_INFO, {"A": 1}), (topics.RESET_INFO, NO_DATA),
                             (topics.SET_LANGUAGE, "de"), (topics.TRIGGER_INVITATION, NO_DATA)]
    assert chat.ready and chat._link.pending == 0


def test_chat_publishes_at_once_once_attached(chat, bus):
    chat.attach(bus)
    chat.trigger_pre_chat()
    chat.trigger_chat_window()
    chat.end()
    assert bus.topics() == [topics.TRIGGER_PRE_CHAT, topics.TRIGGER_CHAT_WINDOW, topics.END]


def test_chat_attached_twice_to_the_same_bus_publishes_nothing_twice(chat, bus):
    chat.set_language("fr")
    chat.attach(bus)
    chat.attach(bus)
    assert bus.published == [(topics.SET_LANGUAGE, "fr")]


def test_chat_calls_made_while_the_queue_flushes_keep_their_order(chat, bus):
    chat.on_ready(lambda: chat.customer.set_info({"From": "callback"}))
    chat.set_language("de")  # made before the callback ran, so published before its call
    chat.attach(bus)
    assert bus.published == [(topics.SET_LANGUAGE, "de"), (topics.SET_INFO, {"From": "callback"})]


def test_on_ready_runs_at_once_when_the_bus_exists(chat, bus):
    ran = []
    chat.attach(bus)
    chat.on_ready(lambda: ran.append("now"))
    assert ran == ["now"]


def test_on_ready_callback_errors_are_logged_and_later_calls_still_run(chat, bus, logger):
    chat.on_ready(lambda: 1 / 0)
    chat.trigger_invitation()
    chat.attach(bus)
    assert bus.topics() == [topics.TRIGGER_INVITATION]
    [(message, error)] = logger.errors
    assert message.startswith("on_ready callback ") and message.endswith(" failed")
    assert isinstance(error, ZeroDivisionError)


def test_a_bus_that_throws_on_one_call_does_not_stop_the_others(chat, logger):
    class Flaky(FakeBus):
        def publish(self, topic, data=NO_DATA):
            if topic == topics.TRIGGER_INVITATION:
                raise RuntimeError("chat.js broke")
            super().publish(topic, data)

    bus = Flaky()
    chat.trigger_invitation()
    chat.end()
    chat.attach(bus)
    assert bus.topics() == [topics.END]
    assert logger.errors[0][0] == "publishing chat:trigger-invitation failed"


def test_handlers_get_data_and_one_failing_handler_never_stops_the_others(chat, bus, logger):
    seen = []

    def broken(data):
        raise KeyError("phase")

    chat.on(topics.INFO_SENT, broken)
    chat.on(topics.INFO_SENT, seen.append)
    chat.attach(bus)
    bus.emit(topics.INFO_SENT, {"info": {"Age": 25}, "phase": "chatWindow"})
    assert seen == [{"info": {"Age": 25}, "phase": "chatWindow"}]
    [(message, error)] = logger.errors
    assert "broken" in message and topics.INFO_SENT in message and isinstance(error, KeyError)


def test_subscription_removed_stops_its_handler(chat, bus):
    seen = []
    subscription = chat.on(topics.INFO_SENT, seen.append)
    chat.attach(bus)
    bus.emit(topics.INFO_SENT, 1)
    subscription.remove()
    subscription.remove()  # twice is harmless
    bus.emit(topics.INFO_SENT, 2)
    assert seen == [1] and bus.subscriptions == []


def test_subscription_removed_before_the_bus_exists_never_subscribes(chat, bus):
    chat.on(topics.INFO_SENT, print).remove()
    chat.attach(bus)
    assert bus.subscriptions == []


def test_subscriptions_follow_the_chat_to_a_new_bus(chat, bus):
    seen = []
    chat.on(topics.INFO_SENT, seen.append)
    chat.attach(bus)
    second = FakeBus()
    chat.attach(second)
    bus.emit(topics.INFO_SENT, "old bus")
    second.emit(topics.INFO_SENT, "new bus")
    assert seen == ["new bus"]


def test_set_info_publishes_accepted_entries_and_warns_about_the_others(chat, bus, logger):
    chat.attach(bus)
    report = chat.customer.set_info({"Name": "José", "Cart": [1], "Gone": None, "Same": UNSET})
    assert report.accepted == {"Name": "José", "Gone": None}
    assert bus.published == [(topics.SET_INFO, {"Name": "José", "Gone": None})]
    assert logger.warnings == ["Customer info Cart is not of a primitive type and will be "
                               "discarded"]


def test_set_info_with_nothing_valid_publishes_nothing(chat, bus):
    chat.attach(bus)
    chat.customer.set_info({"Same": UNSET, "Cart": {}})
    assert bus.published == []


def test_set_info_counts_length_as_javascript_does(chat, bus, logger):
    chat.attach(bus)
    emoji_key = "😀" * 50  # 100 UTF-16 units: the limit
    report = chat.customer.set_info({emoji_key: "ok", emoji_key + "a": "too big"})
    assert list(report.accepted) == [emoji_key]
    assert logger.warnings == ["Customer info %s key is too big and will be discarded"
                               % (emoji_key + "a")]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 2**53 + 1])
def test_set_info_discards_values_javascript_would_change(chat, bus, value):
    chat.attach(bus)
    report = chat.customer.set_info({"Score": value})
    assert report.accepted == {} and "Score" in report.warnings[0]


def test_set_info_that_is_not_a_dict_warns_and_publishes_nothing(chat, bus, logger):
    chat.attach(bus)
    report = chat.customer.set_info(["Name", "John"])
    assert report.accepted == {} and bus.published == []
    assert logger.warnings == ["chat.customer.set_info takes a dict, not list"]


@pytest.mark.parametrize("tag, code", [
    ("pt-BR", "pt"),  # region dropped
    ("ZH-hant", "zh-TW"),  # any case; script chooses the Chinese
    ("nb", "no"),  # Norwegian Bokmål
    ("en", "en"),
])
def test_set_language_publishes_the_chats_code(chat, bus, tag, code):
    chat.attach(bus)
    assert chat.set_language(tag) == code
    assert bus.published == [(topics.SET_LANGUAGE, code)]


def test_set_language_invalid_warns_with_the_chats_text_and_publishes_nothing(chat, bus, logger):
    chat.attach(bus)
    assert chat.set_language("xx-YY") is None
    assert bus.published == []
    assert logger.warnings == ["Chat language xx-YY is not valid and will be discarded"]


def test_set_language_publishes_only_the_language(chat, bus):
    # The chat reads its system messages once, as it starts; production's bus has no topic
    # for them (facts, point 4), so switching language publishes nothing else.
    chat.attach(bus)
    chat.set_language("de-AT")
    assert bus.published == [(topics.SET_LANGUAGE, "de")]


def test_chat_has_no_way_to_set_system_messages(chat):
    # SPEC 6: system messages belong in chat.toml, read by the chat before any hook runs.
    assert not hasattr(chat, "set_system_messages")
    assert "chat:set-system-messages" not in topics.COMMANDS


def test_set_variables_leaves_out_what_javascript_cannot_hold(chat, bus, logger):
    chat.attach(bus)
    published = chat.set_variables({"_options": "DEF", "n": 2, "skip": UNSET, "bad": [1],
                                    "big": 2**60, 3: "x"})
    assert published == {"_options": "DEF", "n": 2}
    assert bus.published == [(topics.SET_VARIABLES, {"_options": "DEF", "n": 2})]
    assert len(logger.warnings) == 3


def test_strict_raises_naming_every_bad_key_and_publishes_nothing_of_that_call(chat, bus):
    chat.attach(bus)
    chat.strict = True
    with pytest.raises(ValidationError) as caught:
        chat.customer.set_info({"Cart": [1], "Plan": "Gold", "x" * 101: 1})
    assert [p.key for p in caught.value.problems] == ["Cart", "x" * 101]
    assert str(caught.value).startswith("customer:set-info: Cart: Customer info Cart is not")
    with pytest.raises(ValidationError, match="Chat language xx is not valid"):
        chat.set_language("xx")
    with pytest.raises(ValidationError, match="_cart"):
        chat.set_variables({"_cart": [1], "_options": "ok"})
    assert bus.published == []


def test_strict_valid_calls_publish_as_usual(chat, bus):
    chat.strict = True
    chat.customer.set_info({"Plan": "Gold"})
    chat.attach(bus)
    assert bus.published == [(topics.SET_INFO, {"Plan": "Gold"})]


def test_chat_without_a_logger_prints_prefixed_warnings(capsys):
    Chat().set_language("xx")
    assert capsys.readouterr().out == "chatkit: Chat language xx is not valid and will be " \
                                      "discarded\n"


def test_values_read_from_the_page_are_mapped_before_the_checks(logger, bus):
    js_null, js_undefined = object(), object()  # what the bridge sees from JavaScript
    mapping = {id(js_null): None, id(js_undefined): UNSET}
    chat = Chat(logger, page_value=lambda value: mapping.get(id(value), value))
    chat.attach(bus)
    report = chat.customer.set_info({"Plan": js_null, "Page": js_undefined, "Age": 3})
    assert report.accepted == {"Plan": None, "Age": 3} and report.unchanged == ["Page"]
    assert chat.set_variables({"v": js_null}) == {"v": None}


# --- one API over both versions: what the v1 chat lacks -----------------------------------

@pytest.mark.parametrize("source, call", [
    ('chat.set_quick_replies(["Hi"])', "set_quick_replies"),
    ("chat.set_sound(False)", "set_sound"),
])
def test_v1_warns_about_v2_only_calls_naming_v2(chat, bus, logger, source, call):
    chat.attach(bus)
    exec(source, {"chat": chat})
    assert bus.published == []
    assert logger.warnings == ['chat.%s(): only the v2 chat (api = "v2") has it' % call]


# event-callbacks.md's callbacks but onCustomerInfoSent, which is v1's customer:info-sent.
V2_ONLY_EVENTS = ["onAppStart", "onAppEnd", "onOpenInvitation", "onOpenOnlineForm", "onOpenChat",
                  "onOpenOfflineForm", "onSkipQueue", "onSessionCreated", "onSessionEnd",
                  "onSessionError"]


@pytest.mark.parametrize("event", V2_ONLY_EVENTS)
def test_v1_warns_about_v2_only_events_naming_v2(chat, bus, logger, event):
    subscription = chat.on(event, print)
    chat.attach(bus)
    assert bus.subscriptions == [] and not subscription.active
    assert logger.warnings == ['chat.on("%s"): only the v2 chat (api = "v2") has it' % event]


def test_v1_strict_raises_on_v2_only_calls_and_events(chat):
    chat.strict = True
    with pytest.raises(ValidationError) as caught:
        chat.set_sound(True)
    assert str(caught.value) == 'chat.set_sound(): only the v2 chat (api = "v2") has it'
    with pytest.raises(ValidationError, match=r'chat.on\("onAppEnd"\): only the v2 chat'):
        chat.on("onAppEnd", print)


def test_v1_info_sent_also_answers_to_v2s_callback_name(chat, bus, logger):
    seen = []
    chat.on("onCustomerInfoSent", seen.append)
    chat.attach(bus)
    bus.emit(topics.INFO_SENT, {"info": {}, "phase": "offlineForm"})
    assert seen == [{"info": {}, "phase": "offlineForm"}] and logger.warnings == []


@pytest.mark.parametrize("topic", topics.COMMANDS)
def test_v1_handlers_of_a_command_topic_see_the_pages_own_publishes(chat, bus, logger, topic):
    # The bus calls every listener of a topic (facts, "The bus on the page").
    seen = []
    chat.on(topic, seen.append)
    chat.attach(bus)
    bus.publish(topic, "data")
    assert seen == ["data"] and logger.warnings == []


@pytest.mark.parametrize("event, what", [
    ("customer:info-snt", 'chat.on("customer:info-snt")'),  # a typo
    ("onappend", 'chat.on("onappend")'),  # names are case-sensitive, as in JavaScript
    ("my:own-topic", 'chat.on("my:own-topic")'),  # not the chat's
    (None, "chat.on(None)"),
])
def test_unknown_event_warns_and_subscribes_nothing(chat, bus, logger, event, what):
    subscription = chat.on(event, print)
    chat.attach(bus)
    assert logger.warnings == [what + ": no chat has this event (chatkit.browser.versions.EVENTS "
                                      "lists those they have)"]
    assert bus.subscriptions == [] and not subscription.active


def test_handler_that_is_not_a_function_warns_and_subscribes_nothing(chat, bus, logger):
    chat.on(topics.INFO_SENT, "show_sent")
    chat.attach(bus)
    assert logger.warnings == ['chat.on("customer:info-sent"): the handler must be a function, '
                               'not str']
    assert bus.subscriptions == []
