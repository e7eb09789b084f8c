"""The v2 chatApp's rules and warning texts, called as a page's code calls them (on the chatApp
8x8's v2 snippet hands its callback, then chatkit's).  Every expected text is typed from 8x8's
documentation: customer-information.md, chat-language.md, set-chat-variables.md (its three
troubleshooting messages, the key written where they write [variableKey]),
invitation-quick-replies.md, notification-sound.md, reset-customer-information.md."""

import pytest

pytestmark = pytest.mark.browser

# customer-information.md, "Troubleshooting" (the key in the gap the text leaves for it).
NOT_PRIMITIVE = "Customer info %s is not of a primitive type and will be discarded"
KEY_TOO_BIG = "Customer info %s key is too big and will be discarded"
VALUE_TOO_BIG = "Customer info %s value is too big and will be discarded"
# set-chat-variables.md, "Troubleshooting".
KEY_NOT_MATCHING = ("Customer variable: provided variable %s does not match the expected "
                    "pattern or its chars exceeded the max length of 255. It will be discarded")
SYSTEM_NOT_SUPPORTED = ("Customer variable: provided system variable %s it's not supported. "
                        "It will be discarded")
VALUE_NOT_TEXT = ("Customer variable: provided variable %s is not a string or its chars "
                  "exceeded the max length of 255. It will be discarded")
# The v1 reference's language warning (the v2 docs list the codes, not the text).
INVALID_LANGUAGE = "Chat language %s is not valid and will be discarded"
# chat-language.md, "The list of supported languages".
LANGUAGES = ["en", "ru", "de", "ja", "es", "fr", "pt", "it", "pl", "hr", "hi", "nl", "ar", "da",
             "ko", "no", "sv", "vi", "cy", "th", "zh-CN", "zh-TW"]
# set-chat-variables.md, "CRM variables".
CRM = ["$language", "$caseNumber", "$accountNumber", "$emailAddress", "$emailSubject",
       "$emailBody"]


def call(chat, script):
    """Run `script` with `app` the page's chatApp, then read the settled state."""
    chat.page.evaluate("() => { const app = window.chatApp; %s; }" % script)
    return chat.state()


# -- customer info (customer-information.md) ---------------------------------------------

def test_customer_info_as_documented_is_sent_when_the_customer_enters_the_queue(open_chat_app):
    chat = open_chat_app(scenario={"preChat": False})
    state = call(chat, """app.setCustomerInfo({"First name": "James", "Last name": "Smith",
        "Verified": 'yes', "Email address": "user@example.com"})""")
    info = {"First name": "James", "Last name": "Smith", "Verified": "yes",
            "Email address": "user@example.com"}
    assert state["customerInfo"] == info and state["submissions"] == []
    # "it will only be actually sent to the server when the customer is added to a queue"
    chat.click_button()
    [sent] = chat.state()["submissions"]
    assert (sent["info"], sent["phase"]) == (info, "chatWindow")


def test_customer_info_merges_null_removes_and_undefined_changes_nothing(open_chat_app):
    chat = open_chat_app()
    state = call(chat, """app.setCustomerInfo({"A": "1", "B": 2, "C": true});
        app.setCustomerInfo({"A": null, "B": undefined, "C": false, "D": 1.5})""")
    assert state["customerInfo"] == {"B": 2, "C": False, "D": 1.5}
    assert state["warnings"] == []


@pytest.mark.parametrize("value", ["{}", "[1]", "function () {}", "new Date(0)"])
def test_customer_info_that_is_not_primitive_is_discarded_with_the_documented_warning(open_chat_app,
                                                                                    value):
    # "Trying to set the customer information with non-primitive data types (e.g., objects,
    # arrays and functions) will result in console warnings" - a function too: v2 values
    # reach the rule as the page gave them.
    chat = open_chat_app()
    state = call(chat, 'app.setCustomerInfo({"Cart": %s, "Plan": "Gold"})' % value)
    assert state["customerInfo"] == {"Plan": "Gold"}
    assert state["warnings"] == [NOT_PRIMITIVE % "Cart"]
    assert chat.console_warnings == [NOT_PRIMITIVE % "Cart"]


def test_customer_info_limits_are_100_for_the_key_and_500_for_the_value(open_chat_app):
    chat = open_chat_app()
    key, long_key = "k" * 100, "k" * 101
    state = call(chat, """app.setCustomerInfo({"%s": "ok", "%s": "x", "V": "%s", "W": "%s"})"""
                 % (key, long_key, "v" * 500, "v" * 501))
    assert state["customerInfo"] == {key: "ok", "V": "v" * 500}
    assert sorted(state["warnings"]) == sorted([KEY_TOO_BIG % long_key, VALUE_TOO_BIG % "W"])


def test_reset_customer_info_clears_it_for_the_next_session(open_chat_app):
    chat = open_chat_app(scenario={"preChat": False})
    state = call(chat, 'app.setCustomerInfo({"First name": "James"}).resetCustomerInfo()'
                       '.setCustomerInfo({"Plan": "Gold"})')
    assert state["customerInfo"] == {"Plan": "Gold"}
    chat.click_button()
    assert chat.state()["submissions"][0]["info"] == {"Plan": "Gold"}


@pytest.mark.parametrize("given", ['"James"', "null", "undefined", "[1, 2]"])
def test_customer_info_that_is_not_an_object_changes_nothing_and_is_noted(open_chat_app, given):
    chat = open_chat_app()
    state = call(chat, 'app.setCustomerInfo({"Plan": "Gold"}); app.setCustomerInfo(%s)' % given)
    assert state["customerInfo"] == {"Plan": "Gold"} and state["warnings"] == []
    [note] = state["notes"]
    assert note.startswith("setCustomerInfo was given ") and "not a key-value object" in note


# -- language (chat-language.md) -------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_every_documented_language_is_set(open_chat_app, language):
    chat = open_chat_app()
    assert call(chat, "app.setCustomerLanguage(%r)" % language)["language"] == language


@pytest.mark.parametrize("language", ["xx", "fr-FR", "FR", "", "42"])
def test_a_language_not_in_the_list_is_discarded_with_a_warning(open_chat_app, language):
    chat = open_chat_app()
    state = call(chat, 'app.setCustomerLanguage("de"); app.setCustomerLanguage(%r)' % language)
    assert state["language"] == "de"
    assert state["warnings"] == [INVALID_LANGUAGE % language]


def test_the_last_language_before_the_queue_counts_and_later_ones_do_not(open_chat_app):
    # "The chat language can be set at any time before starting a chat (when the customer
    # enters a queue) and you can change it as many time as you want, only the last value
    # will be considered."
    chat = open_chat_app(scenario={"preChat": False})
    call(chat, 'app.setCustomerLanguage("fr").setCustomerLanguage("es")')
    chat.click_button()
    state = call(chat, 'app.setCustomerLanguage("de")')
    assert state["language"] == "es" and state["submissions"][0]["language"] == "es"


# -- variables (set-chat-variables.md) -----------------------------------------------------

def test_the_documented_example_sets_custom_and_crm_variables_and_the_language(open_chat_app):
    chat = open_chat_app(scenario={"preChat": False})
    state = call(chat, """app.setVariables({"_VIP":"YES", "$language":"fr",
        "$emailAddress": "testemail@example.com"})""")
    # "$language ... will not be sent back in CM ... but will actually take effect
    # immediately and change the chat language"
    assert state["variables"] == {"_VIP": "YES", "$emailAddress": "testemail@example.com"}
    assert state["language"] == "fr" and state["warnings"] == []
    chat.click_button()
    sent = chat.state()["submissions"][0]
    assert sent["variables"] == {"_VIP": "YES", "$emailAddress": "testemail@example.com"}
    assert sent["language"] == "fr"


@pytest.mark.parametrize("key", CRM)
def test_each_documented_crm_variable_is_accepted(open_chat_app, key):
    chat = open_chat_app()
    value = "de" if key == "$language" else "x"
    state = call(chat, "app.setVariables({%r: %r})" % (key, value))
    assert state["warnings"] == []
    assert state["variables"] == ({} if key == "$language" else {key: "x"})


@pytest.mark.parametrize("key, warning", [
    ("$shoeSize", SYSTEM_NOT_SUPPORTED),  # not in the System Variables map
    ("$Language", SYSTEM_NOT_SUPPORTED),  # the map's names, as written
    ("VIP", KEY_NOT_MATCHING),  # "Only custom variables prefixed with _"
    ("_V I P", KEY_NOT_MATCHING),  # the pattern: alphanumerics, _ and -
    ("_V.I.P", KEY_NOT_MATCHING),
    ("_Vé", KEY_NOT_MATCHING),
    ("_", KEY_NOT_MATCHING),  # nothing after the prefix
    ("_" + "k" * 255, KEY_NOT_MATCHING),  # 256 characters: "exceeded the max length of 255"
])
def test_a_key_the_chat_does_not_accept_gets_its_documented_warning(open_chat_app, key, warning):
    chat = open_chat_app()
    state = call(chat, "app.setVariables({%s: 'x', _kept: 'yes'})" % repr(key))
    assert state["variables"] == {"_kept": "yes"}
    assert state["warnings"] == [warning % key]


@pytest.mark.parametrize("value", ["42", "true", "null", "{}", "['a']", "'%s'" % ("v" * 256)])
def test_a_value_that_is_not_a_string_of_at_most_255_is_discarded(open_chat_app, value):
    chat = open_chat_app()
    state = call(chat, "app.setVariables({_a: %s, _b: '%s'})" % (value, "v" * 255))
    assert state["variables"] == {"_b": "v" * 255}
    assert state["warnings"] == [VALUE_NOT_TEXT % "_a"]


def test_a_key_of_255_characters_with_a_dash_and_digits_is_accepted(open_chat_app):
    chat = open_chat_app()
    key = "_Order-2024_" + "x" * 243
    assert len(key) == 255
    assert call(chat, "app.setVariables({%r: 'ok'})" % key)["variables"] == {key: "ok"}


def test_variables_merge_over_earlier_calls(open_chat_app):
    chat = open_chat_app()
    state = call(chat, "app.setVariables({_a: '1', _b: '2'}).setVariables({_b: '3'})")
    assert state["variables"] == {"_a": "1", "_b": "3"}


def test_a_language_variable_that_is_not_a_language_gets_the_language_warning(open_chat_app):
    chat = open_chat_app()
    state = call(chat, "app.setVariables({'$language': 'xx'})")
    assert state["warnings"] == [INVALID_LANGUAGE % "xx"] and state["variables"] == {}


# -- quick replies and sound ------------------------------------------------------------------

REPLIES = ["I need help with my order", "I have a billing question",
           "I want to speak to an agent"]


def test_quick_replies_are_shown_in_the_invitation_and_one_starts_the_chat(open_chat_app):
    # "Quick replies are shown in the invitation UI before the customer enters the chat."
    chat = open_chat_app(scenario={"preChat": False})
    state = call(chat, "app.setInvitationQuickReplies(%r)" % REPLIES)
    assert state["quickReplies"] == REPLIES
    chat.show_invitation()
    invitation = chat.page.locator("#__8x8-chat-invitation .quick-replies button")
    assert invitation.all_inner_texts() == REPLIES
    invitation.nth(1).click()
    state = chat.state()
    assert state["phase"] == "chatWindow"
    assert state["transcript"] == [{"from": "customer", "text": REPLIES[1]}]
    assert chat.in_window(".chat-outgoing-msg") == [REPLIES[1]]


def test_new_quick_replies_replace_those_on_show(open_chat_app):
    chat = open_chat_app()
    call(chat, "app.setInvitationQuickReplies(['One', 'Two'])")
    chat.show_invitation()
    call(chat, "app.setInvitationQuickReplies(['Three'])")
    assert chat.page.locator(".quick-replies button").all_inner_texts() == ["Three"]
    call(chat, "app.setInvitationQuickReplies([])")
    assert chat.page.locator(".quick-replies").count() == 0


@pytest.mark.parametrize("given", ['"Help"', "[1, 2]", "null"])
def test_quick_replies_that_are_not_an_array_of_strings_change_nothing(open_chat_app, given):
    chat = open_chat_app()
    state = call(chat, "app.setInvitationQuickReplies(['Hi']); "
                       "app.setInvitationQuickReplies(%s)" % given)
    assert state["quickReplies"] == ["Hi"]
    [note] = state["notes"]
    assert "not an array of strings" in note


def test_the_notification_sound_is_on_by_default_and_the_page_turns_it_off(open_chat_app):
    # "By default, the webchat widget plays a sound when a new message arrives."
    chat = open_chat_app()
    assert chat.state()["notificationSound"] is True
    state = call(chat, "app.setNotificationSoundToggle(false)")
    assert state["notificationSound"] is False
    chat.start_chat()
    assert chat.in_window(".header-menu-text") == ["Sound off"]
    state = call(chat, "app.setNotificationSoundToggle(true)")
    assert state["notificationSound"] is True
    assert chat.in_window(".header-menu-text") == ["Sound on"]


def test_the_customer_turns_the_sound_off_in_the_windows_menu(open_chat_app):
    chat = open_chat_app()
    chat.start_chat()
    frame = chat.page.frame_locator("#__8x8-chat-window")
    assert chat.in_window(".header-menu", "visible") == [False]
    frame.locator(".control.menu").click()
    frame.locator(".header-menu-link").click()
    assert chat.state()["notificationSound"] is False


@pytest.mark.parametrize("given", ['"off"', "0", "undefined"])
def test_a_sound_toggle_that_is_not_a_boolean_changes_nothing(open_chat_app, given):
    chat = open_chat_app()
    state = call(chat, "app.setNotificationSoundToggle(%s)" % given)
    assert state["notificationSound"] is True
    assert "not true or false" in state["notes"][0]


def test_the_page_mutating_its_object_after_the_call_changes_nothing(open_chat_app):
    # Each call takes the values as they are when it is made.
    chat = open_chat_app()
    state = call(chat, """const info = {"Plan": "Gold"}; app.setCustomerInfo(info);
        info.Plan = "Silver"; const replies = ["A"]; app.setInvitationQuickReplies(replies);
        replies.push("B")""")
    assert state["customerInfo"] == {"Plan": "Gold"} and state["quickReplies"] == ["A"]
