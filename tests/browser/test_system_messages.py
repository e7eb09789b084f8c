"""System messages (reference: "System Message Localization"; SPEC 5.3) and variables."""

import pytest

from chatkit import SYSTEM_MESSAGES

pytestmark = pytest.mark.browser


def chatting(chat):
    chat.set_scenario(preChat=False)
    chat.click_button()


def test_the_49_defaults_come_from_the_python_core(open_chat):
    chat = open_chat()
    assert chat.state()["systemMessages"] == SYSTEM_MESSAGES


def test_the_chat_shows_its_messages_as_the_chat_goes_on(open_chat):
    chat = open_chat()
    chatting(chat)
    chat.agent_join("Ann")
    chat.agent_typing()
    assert chat.history()[-1] == "Ann is typing..."  # the typing notice, last
    chat.agent_message("Hello")
    chat.agent_leave()
    assert chat.history() == ["We will be with you shortly.", "You are now chatting with Ann.",
                              "Hello", "The agent has disconnected from this chat session."]
    assert chat.state()["log"] == ["We will be with you shortly.",
                                   "You are now chatting with Ann.", "Ann is typing...",
                                   "The agent has disconnected from this chat session."]


def test_an_agent_without_a_name_uses_the_unnamed_messages(open_chat):
    chat = open_chat()
    chatting(chat)
    chat.agent_join()
    chat.agent_typing()
    chat.agent_leave()
    chat.agent_join()
    assert chat.state()["log"][1:] == [
        "You are now chatting with an agent.", "Agent is typing…",
        "The agent has disconnected from this chat session.",
        "You are now chatting with a new agent."]
    assert chat.state()["agent"] == "Agent"


def test_custom_system_messages_replace_defaults_and_fill_the_agent(open_chat):
    custom = {"chatQueued": "Un momento…", "chatEstablishedName": "{{agent}} & {{agent}} ‘hi’",
              "agentTypingName": "✍ {{agent}}", "endButton": "x"}
    chat = open_chat(settings={"customSystemMessages": custom})
    chatting(chat)
    chat.agent_join("Zoë 😀")
    chat.agent_typing()
    state = chat.state()
    assert state["log"] == ["Un momento…", "Zoë 😀 & Zoë 😀 ‘hi’", "✍ Zoë 😀"]
    assert state["systemMessages"]["chatQueued"] == "Un momento…"
    assert "endButton" not in state["systemMessages"]
    assert state["warnings"] == ["System message endButton is not valid and will be discarded"]


def test_system_messages_are_read_once_at_start_up(open_chat):
    # Production has no bus topic for system messages (facts, point 4): a page that
    # publishes one changes nothing.
    chat = open_chat(settings={"customSystemMessages": {"chatQueued": "A", "chatEnded": "B"}})
    chat.publish("chat:set-system-messages", {"chatQueued": "C"})
    messages = chat.state()["systemMessages"]
    assert (messages["chatQueued"], messages["chatEnded"]) == ("A", "B")
    chatting(chat)
    assert chat.history() == ["A"]


@pytest.mark.parametrize("messages, warnings, kept", [
    # an unknown key is ignored
    ({"chatQueue": "x"}, ["System message chatQueue is not valid and will be discarded"], {}),
    # a value that is not text is ignored
    ({"chatQueued": 5}, ["System message chatQueued is not a string and will be discarded"], {}),
    # an unknown placeholder is a warning; the message is still used
    ({"chatQueued": "Hi {{name}}"},
     ["System message chatQueued has an unknown placeholder {{name}}"],
     {"chatQueued": "Hi {{name}}"}),
    # the reference's printed form is not a placeholder of the chat
    ({"agentTypingName": "{<agent>} types"},
     ["System message agentTypingName has an unknown placeholder {<agent>}"],
     {"agentTypingName": "{<agent>} types"}),
])
def test_custom_system_messages_warn_like_the_config_check(open_chat, messages, warnings, kept):
    chat = open_chat(settings={"customSystemMessages": messages})
    state = chat.state()
    assert state["warnings"] == warnings
    assert {k: v for k, v in state["systemMessages"].items()
            if SYSTEM_MESSAGES[k] != v} == kept


def test_the_windows_buttons_use_the_system_messages(open_chat):
    custom = {"yesButton": "Ja", "noButton": "Nein", "endChatButton": "Beenden",
              "endChatConfirmation": "Wirklich?"}
    chat = open_chat(settings={"customSystemMessages": custom})
    chatting(chat)
    chat.agent_join("Ann")
    chat.publish("chat:end")
    assert chat.in_window(".confirm-close button") == ["Ja", "Nein"]
    assert chat.in_window(".acknowledge-text") == ["Wirklich?"]
    assert chat.page.evaluate("""document.getElementById('__8x8-chat-window')
        .contentDocument.querySelector('.control.end').title""") == "Beenden"


def test_set_variables_merges(open_chat):
    chat = open_chat()
    chat.publish("chat:set-variables", {"_options": "DEF", "a": 1})
    chat.publish("chat:set-variables", {"a": 2})
    assert chat.state()["variables"] == {"_options": "DEF", "a": 2}
