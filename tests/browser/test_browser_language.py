"""The browser language (reference: "The set-language (default language) on the drop-down
has priority over the browser language and the default language configured in the chat
form"), found in navigator.languages by chatkit's one rule (SPEC 4, 5.2), the same text
the snippet runs (templates/browser-language.js)."""

import pytest

pytestmark = pytest.mark.browser

# navigator.languages as a visitor's browser may list them.
LANGUAGES_SCRIPT = "Object.defineProperty(Navigator.prototype, 'languages', {get: () => %s});"


@pytest.mark.parametrize("languages, expected", [
    (["fi-FI", "pt-BR", "en"], "pt"),  # the first the chat has, by its primary subtag
    (["zh-Hant-HK", "en"], "zh-TW"),  # Chinese by script
    (["zh-SG"], "zh-CN"),  # Chinese by region
    (["nb-NO", "sv"], "no"),  # Norwegian Bokmål is the chat's Norwegian
    (["EN_gb"], "en"),  # any case, underscores
    (["fi", "et"], "sv"),  # none: the form's default
])
def test_the_browser_language_comes_from_navigator_languages(open_chat, chatkit_emulator,
                                                             languages, expected):
    chatkit_emulator.page.add_init_script(LANGUAGES_SCRIPT % languages)
    chat = open_chat(scenario={"formLanguage": "sv"})
    assert chat.state()["language"] == expected


def test_the_snippet_and_the_emulator_pick_the_same_messages(chatkit_open, chatkit_emulator):
    chatkit_emulator.page.add_init_script(LANGUAGES_SCRIPT % ["fi", "pt-BR"])
    chat = chatkit_open({"messages": {"chatQueued": "Soon.", "pt": {"chatQueued": "Já vamos!"}}},
                        scenario={"preChat": False})
    assert chat.state()["language"] == "pt"
    chat.click_button()
    assert chat.history() == ["Já vamos!"]
