"""chatkit.browser's controller over the v2 chat (`chatApp`) under CPython, with the fake chatApp.

Expectations are typed from SPEC 6 and 5.7 and from 8x8's v2 pages
(webchat-api-introduction.md's methods, event-callbacks.md's eleven callbacks),
not read from chatkit.browser.versions.
"""

import pytest

from chatkit.browser import UNSET, Chat, ChatkitError, ValidationError
from chatkit.browser.fakebus import FakeBus, ListLogger
from chatkit.browser.fakechatapp import FakeChatApp

# event-callbacks.md, "Available callbacks", in its order.
CALLBACKS = ["onAppStart", "onAppEnd", "onOpenInvitation", "onOpenOnlineForm", "onOpenChat",
             "onOpenOfflineForm", "onSkipQueue", "onCustomerInfoSent", "onSessionCreated",
             "onSessionEnd", "onSessionError"]

# set-chat-variables.md's troubleshooting texts, [variableKey] standing for the key.
SYSTEM_NOT_SUPPORTED = ("Customer variable: provided system variable %s it's not supported. "
                        "It will be discarded")
NOT_TEXT = ("Customer variable: provided variable %s is not a string or its chars exceeded "
            "the max length of 255. It will be discarded")
PATTERN = ("Customer variable: provided variable %s does not match the expected pattern or its "
           "chars exceeded the max length of 255. It will be discarded")


@pytest.fixture
def logger():
    return ListLogger()


@pytest.fixture
def chat(logger):
    return Chat(logger, api="v2")


@pytest.fixture
def app():
    return FakeChatApp()


def calls_but_proxy(app):
    return [call for call in app.calls if call[0] != "setProxy"]


# --- every call: what chatApp receives ---------------------------------------------------

@pytest.mark.parametrize("source, expected", [
    # customer-information.md's example; None removes a key (sent as null)
    ('chat.customer.set_info({"First name": "James", "Verified": "yes", "Gone": None})',
     [("setCustomerInfo", {"First name": "James", "Verified": "yes", "Gone": None})]),
    ("chat.customer.reset_info()", [("resetCustomerInfo",)]),
    # chat-language.md: the 22 codes; chatkit sends the code of a BCP 47 tag
    ('chat.set_language("fr")', [("setCustomerLanguage", "fr")]),
    ('chat.set_language("zh-Hant")', [("setCustomerLanguage", "zh-TW")]),
    # set-chat-variables.md's example
    ('chat.set_variables({"_VIP": "YES", "$language": "fr", "$emailAddress": "t@example.com"})',
     [("setVariables", {"_VIP": "YES", "$language": "fr", "$emailAddress": "t@example.com"})]),
    # trigger-webchat.md: startChat(); end-chat.md: endChat()
    ("chat.trigger_chat_window()", [("startChat",)]),
    ("chat.end()", [("endChat",)]),
    # invitation-quick-replies.md's example
    ('chat.set_quick_replies(["I need help with my order", "I have a billing question"])',
     [("setInvitationQuickReplies", ["I need help with my order", "I have a billing question"])]),
    # notification-sound.md: true or false
    ("chat.set_sound(False)", [("setNotificationSoundToggle", False)]),
    ("chat.set_sound(True)", [("setNotificationSoundToggle", True)]),
])
def test_v2_call_reaches_chatapp_as_the_reference_writes_it(chat, app, logger, source, expected):
    chat.attach(app)
    exec(source, {"chat": chat})
    assert app.calls == expected and logger.warnings == []


def test_v2_calls_return_what_they_sent(chat, app):
    chat.attach(app)
    assert chat.set_language("pt-BR") == "pt"
    assert chat.customer.set_info({"Age": 25, "Cart": [1]}).accepted == {"Age": 25}
    assert chat.set_variables({"_VIP": "YES", "VIP": "NO"}) == {"_VIP": "YES"}
    assert chat.set_quick_replies(("Yes", 2)) == ["Yes"]
    assert chat.set_sound(False) is False


def test_v2_variables_follow_the_v2_rules_with_the_references_warnings(chat, app, logger):
    chat.attach(app)
    sent = chat.set_variables({"_VIP": "YES", "$shoeSize": "9", "_n": 2, "VIP": "x",
                               "_same": UNSET})
    assert sent == {"_VIP": "YES"} and app.calls == [("setVariables", {"_VIP": "YES"})]
    assert logger.warnings == [SYSTEM_NOT_SUPPORTED % "$shoeSize", NOT_TEXT % "_n",
                               PATTERN % "VIP"]


def test_v2_variables_with_nothing_valid_call_nothing(chat, app):
    chat.attach(app)
    assert chat.set_variables({"$shoeSize": "9"}) == {} and app.calls == []


def test_v2_customer_info_follows_the_same_rules_as_v1(chat, app, logger):
    chat.attach(app)
    report = chat.customer.set_info({"Name": "José", "Cart": [1], "Same": UNSET, "k" * 101: 1})
    assert app.calls == [("setCustomerInfo", {"Name": "José"})]
    assert report.unchanged == ["Same"]
    assert logger.warnings == [
        "Customer info Cart is not of a primitive type and will be discarded",
        "Customer info %s key is too big and will be discarded" % ("k" * 101)]


def test_v2_invalid_language_warns_with_the_chats_text_and_calls_nothing(chat, app, logger):
    chat.attach(app)
    assert chat.set_language("xx") is None and app.calls == []
    assert logger.warnings == ["Chat language xx is not valid and will be discarded"]


@pytest.mark.parametrize("replies, sent, warnings", [
    ([], [], []),  # an empty list is a list of strings
    (["Yes", None, 3, "No"], ["Yes", "No"],
     ["Quick reply 1 (None) is not a string and will be discarded",
      "Quick reply 2 (3) is not a string and will be discarded"]),
])
def test_v2_quick_replies_send_the_strings(chat, app, logger, replies, sent, warnings):
    chat.attach(app)
    assert chat.set_quick_replies(replies) == sent
    assert app.calls == [("setInvitationQuickReplies", sent)] and logger.warnings == warnings


@pytest.mark.parametrize("replies, kind", [("Help me", "str"), ({"a": 1}, "dict"), (None,
                                                                                   "NoneType")])
def test_v2_quick_replies_that_are_not_a_list_send_nothing(chat, app, logger, replies, kind):
    chat.attach(app)
    assert chat.set_quick_replies(replies) == [] and app.calls == []
    assert logger.warnings == ["chat.set_quick_replies takes a list of strings, not %s" % kind]


@pytest.mark.parametrize("value", [0, 1, "false", None])
def test_v2_sound_takes_only_true_or_false(chat, app, logger, value):
    chat.attach(app)
    assert chat.set_sound(value) is None and app.calls == []
    assert logger.warnings == ["chat.set_sound takes True or False, not %r" % (value,)]


# --- calls the v2 chat does not have ------------------------------------------------------

@pytest.mark.parametrize("call", ["trigger_invitation", "trigger_pre_chat"])
def test_v2_warns_about_v1_only_calls_naming_v1(chat, app, logger, call):
    chat.attach(app)
    getattr(chat, call)()
    assert app.calls == []
    assert logger.warnings == ['chat.%s(): only the v1 chat (api = "v1") has it' % call]


@pytest.mark.parametrize("call", ["trigger_invitation", "trigger_pre_chat"])
def test_v2_strict_raises_on_v1_only_calls(chat, app, call):
    chat.strict = True
    with pytest.raises(ValidationError) as caught:
        getattr(chat, call)()
    assert str(caught.value) == 'chat.%s(): only the v1 chat (api = "v1") has it' % call
    chat.attach(app)
    assert app.calls == []


def test_v2_strict_raises_naming_every_bad_key_with_the_method_as_source(chat, app):
    chat.strict = True
    chat.attach(app)
    with pytest.raises(ValidationError) as caught:
        chat.set_variables({"$shoeSize": "9", "_ok": "1", "_n": 2})
    assert [p.key for p in caught.value.problems] == ["$shoeSize", "_n"]
    assert str(caught.value).startswith("setVariables: $shoeSize: Customer variable: ")
    with pytest.raises(ValidationError, match="takes True or False"):
        chat.set_sound("off")
    assert app.calls == []


# --- the queue ----------------------------------------------------------------------------

def test_v2_calls_before_the_chatapp_are_queued_then_made_in_order(chat, app):
    seen = []
    chat.customer.set_info({"A": 1})
    chat.set_language("de")
    chat.on("onAppEnd", seen.append)
    chat.set_quick_replies(["Hi"])
    chat.on_ready(lambda: chat.trigger_chat_window())
    chat.end()
    assert not chat.ready and app.calls == []
    chat.attach(app)
    assert [call[0] for call in app.calls] == [
        "setCustomerInfo", "setCustomerLanguage", "setProxy", "setInvitationQuickReplies",
        "endChat", "startChat"]  # on_ready's call joins the end of the queue
    app.fire("onAppEnd", "chat-api")
    assert seen == ["chat-api"] and chat.ready


def test_v2_chatapp_handed_over_twice_is_attached_once(chat, app):
    chat.set_sound(False)
    chat.on("onAppStart", print)
    chat.attach(app)
    chat.attach(app)
    assert app.methods() == ["setNotificationSoundToggle", "setProxy"]


def test_v2_a_chatapp_method_that_throws_is_logged_and_later_calls_still_run(chat, logger):
    class Broken(FakeChatApp):
        def startChat(self):
            raise RuntimeError("chatv3.js broke")

    app = Broken()
    chat.trigger_chat_window()
    chat.end()
    chat.attach(app)
    assert app.methods() == ["endChat"]
    [(message, error)] = logger.errors
    assert message == "calling chatApp.startChat failed" and isinstance(error, RuntimeError)


# --- events: the eleven setProxy callbacks --------------------------------------------------

@pytest.mark.parametrize("callback", [c for c in CALLBACKS if c != "onCustomerInfoSent"])
def test_v2_each_callback_is_an_event_under_its_documented_name(chat, app, logger, callback):
    seen = []
    chat.on(callback, seen.append)
    chat.attach(app)
    assert app.fire(callback) is True
    assert seen == [None] and logger.warnings == []  # "Parameters: None"


@pytest.mark.parametrize("reason", ["user", "chat-api"])
def test_v2_app_end_handler_gets_the_reason(chat, app, reason):
    seen = []
    chat.on("onAppEnd", seen.append)
    chat.attach(app)
    app.fire("onAppEnd", reason)
    assert seen == [reason]


@pytest.mark.parametrize("name", ["customer:info-sent", "onCustomerInfoSent"])
def test_v2_info_sent_is_the_same_event_as_v1s_and_carries_no_data(chat, app, logger, name):
    seen = []
    chat.on(name, seen.append)
    chat.attach(app)
    app.fire("onCustomerInfoSent")
    assert seen == [None] and logger.warnings == []


def test_v2_setproxy_is_called_once_with_all_eleven_callbacks(chat, app):
    chat.on("onAppStart", print)
    chat.attach(app)
    chat.on("onAppEnd", print)
    chat.on("customer:info-sent", print)
    assert app.methods() == ["setProxy"]
    assert list(app.calls[0][1]) == CALLBACKS


def test_v2_setproxy_is_never_called_without_event_handlers(chat, app):
    chat.customer.set_info({"A": 1})
    chat.on_ready(lambda: None)
    chat.attach(app)
    assert "setProxy" not in app.methods()


def test_v2_one_failing_handler_never_stops_the_others_nor_reaches_the_chat(chat, app, logger):
    seen = []

    def broken(reason):
        raise KeyError(reason)

    chat.on("onAppEnd", broken)
    chat.on("onAppEnd", seen.append)
    chat.attach(app)
    app.fire("onAppEnd", "user")  # returns: nothing is thrown back into the chat
    assert seen == ["user"]
    [(message, error)] = logger.errors
    assert message.startswith("handler ") and "broken" in message and "onAppEnd" in message
    assert isinstance(error, KeyError)


def test_v2_removed_handler_is_not_called_again(chat, app):
    seen = []
    subscription = chat.on("onOpenChat", lambda data: seen.append("removed"))
    chat.on("onOpenChat", lambda data: seen.append("kept"))
    chat.attach(app)
    app.fire("onOpenChat")
    subscription.remove()
    subscription.remove()  # twice is harmless
    app.fire("onOpenChat")
    assert seen == ["removed", "kept", "kept"]


def test_v2_handler_removed_before_the_chatapp_never_registers(chat, app):
    chat.on("onAppStart", print).remove()
    chat.attach(app)
    assert app.calls == []


def test_v2_handlers_follow_the_chat_to_a_new_chatapp(chat, app):
    seen = []
    chat.on("onSessionCreated", lambda data: seen.append("created"))
    chat.attach(app)
    second = FakeChatApp()
    chat.attach(second)
    assert second.methods() == ["setProxy"]
    second.fire("onSessionCreated")
    assert seen == ["created"]


def test_v2_a_setproxy_that_throws_is_logged_and_the_next_handler_tries_again(chat, logger):
    class Flaky(FakeChatApp):
        failures = 1

        def setProxy(self, callbacks):
            if self.failures:
                self.failures -= 1
                raise RuntimeError("not yet")
            return super().setProxy(callbacks)

    app, seen = Flaky(), []
    chat.attach(app)
    chat.on("onAppStart", seen.append)
    chat.on("onAppEnd", seen.append)
    app.fire("onAppStart")
    app.fire("onAppEnd", "user")
    assert seen == ["user"]
    assert logger.errors[0][0] == "subscribing to onAppStart failed"


# --- events the v2 chat does not have -------------------------------------------------------

@pytest.mark.parametrize("topic", ["chat:set-language", "customer:set-info", "chat:end"])
def test_v2_warns_about_v1_bus_topics_naming_v1(chat, app, logger, topic):
    subscription = chat.on(topic, print)
    chat.attach(app)
    assert app.calls == [] and not subscription.active
    assert logger.warnings == ['chat.on("%s"): only the v1 chat (api = "v1") has it' % topic]


def test_v2_strict_raises_on_a_v1_only_event(chat):
    chat.strict = True
    with pytest.raises(ValidationError, match='only the v1 chat'):
        chat.on("chat:trigger-invitation", print)


# --- the version itself --------------------------------------------------------------------

def test_v2_chat_refuses_a_bus_and_v1_chat_refuses_a_chatapp(chat):
    with pytest.raises(ChatkitError, match=r"the v2 chat hands over chatApp"):
        chat.attach(FakeBus())
    with pytest.raises(ChatkitError, match=r"the v1 chat hands over the bus"):
        Chat(api="v1").attach(FakeChatApp())


@pytest.mark.parametrize("api", ["v3", "V2", None, 2])
def test_chat_api_is_v1_or_v2(api):
    with pytest.raises(ChatkitError, match='chat.api must be "v1" or "v2"'):
        Chat(api=api)


def test_chat_api_defaults_to_v1_and_changes_only_before_the_first_call(logger):
    chat = Chat(logger)
    assert chat.api == "v1"
    chat.api = "v2"
    chat.set_sound(False)
    chat.api = "v2"  # the same: nothing changes
    with pytest.raises(ChatkitError, match='chat.api is "v2": it can change only before'):
        chat.api = "v1"


def test_v2_values_read_from_the_page_are_mapped_before_the_checks(logger, app):
    js_array, js_null = object(), object()  # what the bridge sees from JavaScript
    mapping = {id(js_array): ["Yes", None], id(js_null): None}
    chat = Chat(logger, page_value=lambda value: mapping.get(id(value), value), api="v2")
    chat.attach(app)
    assert chat.set_quick_replies(js_array) == ["Yes"]
    assert chat.customer.set_info({"Plan": js_null}).accepted == {"Plan": None}
    assert app.calls == [("setInvitationQuickReplies", ["Yes"]), ("setCustomerInfo",
                                                                   {"Plan": None})]
