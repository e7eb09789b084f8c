"""chat:set-language and the language priorities (reference: "Chat Language"; SPEC 5.2)."""

import pytest

from chatkit import LANGUAGES

pytestmark = pytest.mark.browser

INVALID = "Chat language %s is not valid and will be discarded"
QUESTION = {"languageQuestion": True}


def dropdown(chat):
    """The language question's options and its selected value, as the customer sees them."""
    return chat.page.evaluate("""() => {
        const doc = document.getElementById('__8x8-chat-window').contentDocument;
        const select = doc.getElementById('field-language');
        return [Array.from(select.options).map((o) => o.value), select.value];
    }""")


def test_set_language_accepts_each_of_the_22_codes(open_chat):
    chat = open_chat()
    for code in LANGUAGES:
        chat.publish("chat:set-language", code)
        assert chat.state()["language"] == code
    assert chat.warnings == []


@pytest.mark.parametrize("language", [
    "pt-BR",  # chatkit maps it to "pt"; the chat itself takes exact codes only
    "PT",  # case matters to the chat
    "zh",  # neither zh-CN nor zh-TW
    "xx",
    "",
])
def test_set_language_discards_anything_else_with_the_chats_warning(open_chat, language):
    chat = open_chat()
    chat.publish("chat:set-language", "de")
    chat.publish("chat:set-language", language)
    assert chat.state()["language"] == "de"
    assert chat.warnings == [INVALID % language]
    assert chat.console_warnings == [INVALID % language]


def test_set_language_warns_for_a_value_that_is_not_text(open_chat):
    chat = open_chat()
    chat.page.evaluate("window.bus.publish('chat:set-language', 42)")
    assert chat.warnings == [INVALID % 42]


def test_the_last_set_language_wins(open_chat):
    chat = open_chat()
    for code in ("fr", "ja", "cy"):
        chat.publish("chat:set-language", code)
    assert chat.state()["language"] == "cy"


def test_set_language_is_ignored_once_the_customer_is_in_a_queue(open_chat):
    chat = open_chat(scenario={"preChat": False})
    chat.publish("chat:set-language", "de")
    chat.click_button()
    chat.publish("chat:set-language", "fr")
    state = chat.state()
    assert state["language"] == "de" and state["submissions"][0]["language"] == "de"
    assert state["warnings"] == []


def test_a_new_chat_after_the_queue_takes_the_language_again(open_chat):
    chat = open_chat(scenario={"preChat": False})
    chat.click_button()
    chat.publish("chat:set-language", "fr")  # ignored: in the queue
    chat.publish("chat:end")
    assert chat.state()["language"] == "en"
    chat.publish("chat:set-language", "fr")
    chat.click_button()
    assert chat.state()["submissions"][-1]["language"] == "fr"


def test_the_pre_chat_answer_wins_over_set_language(open_chat):
    chat = open_chat(scenario=QUESTION)
    chat.publish("chat:set-language", "de")
    chat.click_button()
    chat.submit_pre_chat({"language": "ja"})
    assert chat.state()["language"] == "ja"
    assert chat.state()["submissions"][0]["language"] == "ja"


def test_the_dropdown_lists_the_22_languages_with_set_language_as_default(open_chat):
    chat = open_chat(scenario=QUESTION, on_init="bus.publish('chat:set-language', 'pl');")
    chat.click_button()
    assert dropdown(chat) == [list(LANGUAGES), "pl"]
    chat.submit_pre_chat({})  # the customer keeps the default
    assert chat.state()["language"] == "pl"


def test_the_customer_choosing_in_the_dropdown_is_the_answer(open_chat):
    chat = open_chat(scenario=QUESTION, on_init="bus.publish('chat:set-language', 'pl');")
    chat.click_button()
    frame = chat.page.frame_locator("#__8x8-chat-window")
    frame.locator("#field-language").select_option("ko")
    frame.locator("button[type=submit]").click()
    chat.wait_for_phase("chatWindow")
    assert chat.state()["language"] == "ko"


def test_without_a_language_question_there_is_no_answer(open_chat):
    chat = open_chat()
    chat.publish("chat:set-language", "de")
    chat.click_button()
    chat.submit_pre_chat({"language": "ja"})
    assert chat.state()["language"] == "de"


@pytest.mark.browser_context_args(locale="de-DE")
def test_the_browser_language_by_its_primary_subtag_beats_the_form_default(open_chat):
    chat = open_chat(scenario={**QUESTION, "formLanguage": "es"})
    assert chat.state()["language"] == "de"
    chat.click_button()
    assert dropdown(chat)[1] == "de"


@pytest.mark.browser_context_args(locale="zh-TW")
def test_the_browser_language_matches_an_exact_code(open_chat):
    chat = open_chat()
    assert chat.state()["language"] == "zh-TW"


@pytest.mark.browser_context_args(locale="de-DE")
def test_set_language_beats_the_browser_language(open_chat):
    chat = open_chat(on_init="bus.publish('chat:set-language', 'it');")
    assert chat.state()["language"] == "it"


@pytest.mark.browser_context_args(locale="fi-FI")
def test_the_form_default_when_the_chat_lacks_the_browser_language(open_chat):
    chat = open_chat(scenario={**QUESTION, "formLanguage": "sv"})
    assert chat.state()["language"] == "sv"
    chat.click_button()
    assert dropdown(chat)[1] == "sv"
