"""System messages (reference: "System Message Localization"; SPEC 5.3) and variables."""

import pytest

from chatkit import SYSTEM_MESSAGES

pytestmark = pytest.mark.browser

# The emulator's notes (its own words: the real chat prints nothing documented for these).
UNKNOWN = "customSystemMessages: %s is not a system message of the chat; it is ignored"
NOT_TEXT = "customSystemMessages: %s is not text; it is ignored"
PLACEHOLDER = ("customSystemMessages: %s has %s, which is not a placeholder of the chat;"
               " it is shown as written")


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
    # The real chat prints nothing documented for an unknown key: a note, not a warning.
    assert state["warnings"] == []
    assert state["notes"] == [UNKNOWN % "endButton"]


def test_system_messages_are_read_once_at_start_up(open_chat):
    # Production has no bus topic for system messages (facts, point 4): a page that
    # publishes one changes nothing, and the emulator says so in a note.
    chat = open_chat(settings={"customSystemMessages": {"chatQueued": "A", "chatEnded": "B"}})
    chat.publish("chat:set-system-messages", {"chatQueued": "C"})
    state = chat.state()
    assert (state["systemMessages"]["chatQueued"], state["systemMessages"]["chatEnded"]) == (
        "A", "B")
    assert state["warnings"] == []
    [note] = state["notes"]
    assert note.startswith("chat:set-system-messages: ") and "customSystemMessages" in note
    chatting(chat)
    assert chat.history() == ["A"]


def test_system_messages_changed_after_start_up_change_nothing(open_chat):
    # The chat read them as it started (facts, point 4): later changes to __8x8Chat do not count.
    chat = open_chat(settings={"customSystemMessages": {"chatQueued": "A"}},
                     on_init="__8x8Chat.customSystemMessages.chatQueued = 'changed';")
    chatting(chat)
    assert chat.history() == ["A"]


@pytest.mark.parametrize("messages, notes, kept", [
    # an unknown key is ignored
    ({"chatQueue": "x"}, [UNKNOWN % "chatQueue"], {}),
    # a value that is not text is ignored
    ({"chatQueued": 5}, [NOT_TEXT % "chatQueued"], {}),
    # an unknown placeholder is noted; the message is still used
    ({"chatQueued": "Hi {{name}}"}, [PLACEHOLDER % ("chatQueued", "{{name}}")],
     {"chatQueued": "Hi {{name}}"}),
    # the reference's printed form is not a placeholder of the chat
    ({"agentTypingName": "{<agent>} types"}, [PLACEHOLDER % ("agentTypingName", "{<agent>}")],
     {"agentTypingName": "{<agent>} types"}),
])
def test_custom_system_messages_the_chat_cannot_use_are_notes(open_chat, messages, notes, kept):
    # Production prints nothing documented for these (*assumed* in the emulator): the
    # emulator's notes say what `chatkit check` would, and `warnings` stays empty.
    chat = open_chat(settings={"customSystemMessages": messages})
    state = chat.state()
    assert state["warnings"] == []
    assert state["notes"] == notes
    assert not [text for kind, text in chat.console if kind in ("warning", "error")]
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
