"""Per-language system messages end to end: `[messages.CODE]` follows the chat language.

With `[chat] language`, the snippet puts the base messages and that language's
overrides in `customSystemMessages`; without it, the snippet picks the table of
the browser's language before it loads chat.js, which reads the messages once,
as it starts (SPEC 4, 5.3; facts, point 4).
"""

import tomllib
from pathlib import Path

import pytest

from chatkit._resources import resource_dir
from chatkit.snippet import language_table, script_json
from chatkit.testing import EmulatorPage, snippet_page

pytestmark = pytest.mark.browser

BASE_QUEUED = "We'll be right with you."
GERMAN_QUEUED = "Wir sind gleich für Sie da."
PORTUGUESE_QUEUED = "Já vamos atendê-lo."
CHINESE_QUEUED = "我們馬上為您服務。"
# Typed expected codes for tags (SPEC 5.2); the Python rule is held to the same file.
BROWSER_CASES = tomllib.loads((Path(__file__).parent.parent / "data/browser-languages.toml")
                              .read_text(encoding="utf-8"))["case"]


def config(language=None):
    chat = {"language": language} if language else {}
    return {"chat": chat, "messages": {
        "chatQueued": BASE_QUEUED,
        "chatEnded": "Bye for now.",
        "de": {"chatQueued": GERMAN_QUEUED, "agentTyping": "{{agent}} schreibt..."},
        "pt": {"chatQueued": PORTUGUESE_QUEUED},
        "zh-Hant": {"chatQueued": CHINESE_QUEUED},  # stored as zh-TW
    }}


def languages_script(languages):
    """Before any script of the page: a browser whose `navigator.languages` is `languages`
    (Chromium's locale option sets one language; visitors often have several)."""
    return ("Object.defineProperty(Navigator.prototype, 'languages', {get: () => %s});"
            "Object.defineProperty(Navigator.prototype, 'language', {get: () => %s});"
            % (script_json(languages), script_json(languages[0])))


@pytest.fixture
def open_in_locale(browser, chatkit_server):
    """Open a config's snippet in a browser whose language is `locale` (or languages)."""
    contexts, urls = [], []

    def open_page(config, locale="en-US", languages=None):
        contexts.append(browser.new_context(locale=locale))
        if languages is not None:
            contexts[-1].add_init_script(languages_script(languages))
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


# --- the browser's language picks the table (no language configured) ---------------------------

@pytest.mark.parametrize(
    "locale, queued",
    [
        ("de-DE", GERMAN_QUEUED),  # a region of German: [messages.de]
        ("pt-BR", PORTUGUESE_QUEUED),  # [messages.pt]
        ("fr-FR", BASE_QUEUED),  # no [messages.fr]: [messages]
        ("zh-HK", CHINESE_QUEUED),  # Hong Kong writes Traditional: [messages.zh-Hant]
    ],
)
def test_messages_language_of_the_browser_locale_picks_its_table(open_in_locale, locale, queued):
    chat = open_in_locale(config(), locale=locale)
    assert chat.page.evaluate("navigator.language") == locale
    assert chat.state()["systemMessages"]["chatQueued"] == queued
    queue_customer(chat)
    assert chat.state()["log"] == [queued]


@pytest.mark.parametrize(
    "languages, queued",
    [
        (["tlh", "pt-BR", "de"], PORTUGUESE_QUEUED),  # Klingon first: the next one counts
        (["eo", "zh-MO"], CHINESE_QUEUED),
        (["tlh", "eo"], BASE_QUEUED),  # none the chat has
    ],
)
def test_messages_language_of_the_first_supported_of_the_browsers_languages(
        open_in_locale, languages, queued):
    chat = open_in_locale(config(), languages=languages)
    assert chat.page.evaluate("navigator.languages") == languages
    assert chat.state()["systemMessages"]["chatQueued"] == queued


def test_browser_language_javascript_gives_the_typed_codes_in_chromium(page):
    # The snippet's own text of the rule, with the data the snippet gives it.
    page.set_content("<!DOCTYPE html><title>rule</title>")
    page.add_script_tag(content=(resource_dir("templates") / "browser-language.js")
                        .read_text(encoding="utf-8"))
    tags = [case["tags"] for case in BROWSER_CASES]
    found = page.evaluate("([tags, table]) => tags.map((t) => browserLanguage(t, table))",
                          [tags, language_table()])
    assert found == [case.get("code") for case in BROWSER_CASES]
