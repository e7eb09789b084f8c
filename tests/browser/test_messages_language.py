"""Per-language system messages end to end: `[messages.CODE]` follows the chat language.

With `[chat] language`, the snippet puts the base messages and that language's
overrides in `customSystemMessages`; without it, the snippet picks the table of
the browser's language before it loads chat.js, which reads the messages once,
as it starts (SPEC 4, 5.3; facts, point 4).
"""

import pytest

from chatkit.testing import EmulatorPage, snippet_page

pytestmark = pytest.mark.browser

BASE_QUEUED = "We'll be right with you."
GERMAN_QUEUED = "Wir sind gleich für Sie da."
PORTUGUESE_QUEUED = "Já vamos atendê-lo."


def config(language=None):
    chat = {"language": language} if language else {}
    return {"chat": chat, "messages": {
        "chatQueued": BASE_QUEUED,
        "chatEnded": "Bye for now.",
        "de": {"chatQueued": GERMAN_QUEUED, "agentTyping": "{{agent}} schreibt..."},
        "pt": {"chatQueued": PORTUGUESE_QUEUED},
    }}


@pytest.fixture
def open_in_locale(browser, chatkit_server):
    """Open a config's snippet in a browser whose language is `locale`."""
    contexts, urls = [], []

    def open_page(config, locale="en-US"):
        contexts.append(browser.new_context(locale=locale))
        urls.append(chatkit_server.add_page(snippet_page(config, chatkit_server.url)))
        return EmulatorPage(contexts[-1].new_page()).goto(urls[-1])

    yield open_page
    for context in contexts:
        context.close()
    for url in urls:
        chatkit_server.remove(url)


def queue_customer(chat):
    """The customer opens the chat and enters the queue, where chatQueued is shown."""
    chat.click_button()
    chat.submit_pre_chat({})
    chat.wait_for_phase("chatWindow")


def test_messages_language_configured_picks_its_overrides_over_the_base(open_in_locale):
    chat = open_in_locale(config(language="de"), locale="fr-FR")
    messages = chat.state()["systemMessages"]
    assert (messages["chatQueued"], messages["agentTyping"], messages["chatEnded"]) == (
        GERMAN_QUEUED, "{{agent}} schreibt...", "Bye for now.")
    queue_customer(chat)
    assert chat.state()["log"] == [GERMAN_QUEUED]
    assert chat.state()["submissions"][0]["language"] == "de"


def test_messages_language_configured_as_a_tag_uses_its_language(open_in_locale):
    chat = open_in_locale(config(language="pt-BR"))
    queue_customer(chat)
    assert chat.state()["log"] == [PORTUGUESE_QUEUED]


def test_messages_language_of_the_browser_when_none_is_configured(open_in_locale):
    chat = open_in_locale(config(), locale="de-DE")
    assert chat.state()["language"] == "de"
    assert chat.state()["systemMessages"]["chatQueued"] == GERMAN_QUEUED
    queue_customer(chat)
    assert chat.state()["log"] == [GERMAN_QUEUED]
    assert chat.warnings == []


def test_messages_language_of_the_browser_without_overrides_keeps_the_base(open_in_locale):
    chat = open_in_locale(config(), locale="fr-FR")
    queue_customer(chat)
    assert chat.state()["log"] == [BASE_QUEUED]


def test_messages_language_configured_without_overrides_keeps_the_base(open_in_locale):
    chat = open_in_locale(config(language="it"), locale="de-DE")
    messages = chat.state()["systemMessages"]
    assert (messages["chatQueued"], messages["agentTyping"]) == (BASE_QUEUED, "Agent is typing…")


def test_messages_language_changed_at_run_time_keeps_the_messages_of_the_start(
        open_in_locale):
    # What the Python controller's chat.set_language("pt") does: the language changes,
    # the system messages the chat read as it started stay (production has no topic
    # to change them).
    chat = open_in_locale(config(language="de"))
    chat.publish("chat:set-language", "pt")
    queue_customer(chat)
    assert chat.state()["log"] == [GERMAN_QUEUED]
    assert chat.state()["submissions"][0]["language"] == "pt"
