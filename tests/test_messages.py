"""System messages (SPEC 5.3): the 49 keys and texts of the reference, `{{agent}}`, check."""

import re

import pytest

from chatkit.config.messages import (
    SYSTEM_MESSAGES,
    check_messages,
    placeholders_in,
    render_message,
)
from chatkit.errors import Problem
from tests.reference import reference_path

REFERENCE = "8x8-embedded-chat-api.txt"


def reference_messages():
    """The reference's list `• key: “text”`, its `{<agent>}` written as the chat replaces it."""
    text = reference_path(REFERENCE).read_text(encoding="utf-8")
    start = text.index("Available System Messages that can be Customized")
    section = text[start:text.index("Implementation Example", start)]
    pairs = re.findall(r"•\s*(\w+):\s*[“\"](.*)[”\"]\s*$", section, re.MULTILINE)
    return {key: value.replace("{<agent>}", "{{agent}}") for key, value in pairs}


def test_system_messages_are_exactly_49():
    assert len(SYSTEM_MESSAGES) == 49
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in SYSTEM_MESSAGES.items())


def test_system_messages_are_the_references_keys_texts_and_order():
    reference = reference_messages()
    assert len(reference) == 49
    assert list(SYSTEM_MESSAGES.items()) == list(reference.items())


@pytest.mark.parametrize(
    "key, text",
    [
        ("endChatButton", "End chat"),  # the first
        ("emptySubject", "[ Customer message ] No subject"),  # the last
        ("chatEstablishedName", "You are now chatting with {{agent}}."),  # {<agent>} rewritten
        ("agentTypingName", "{{agent}} is typing..."),  # placeholder first, three dots
        ("agentTyping", "Agent is typing…"),  # the reference's ellipsis character here
        ("chatQueued", "We will be with you shortly."),
        ("errorCrmFieldInvalidMessage",
         "Sorry, we couldn’t find your information using the value you provided."),  # ’ kept
        ("chatDisconnected", "You have been disconnected from your chat session. Please check "
         "your network connection and try again."),  # the list's text, not the example's typo
        ("endChatConfirmation", "Are you sure you want to end this chat session?"),  # chat:end
        ("agent", "Agent"),  # a one-word message
    ],
)
def test_system_messages_default_texts(key, text):
    assert SYSTEM_MESSAGES[key] == text


def test_system_messages_use_only_the_agent_placeholder():
    with_placeholder = {k for k, v in SYSTEM_MESSAGES.items() if placeholders_in(v)}
    assert with_placeholder == {"chatEstablishedName", "agentTypingName"}
    assert check_messages(SYSTEM_MESSAGES) == []


@pytest.mark.parametrize(
    "messages",
    [
        {},  # nothing to check
        {"chatQueued": "We'll be right with you."},  # a known key with text
        {"chatEstablishedName": "Hi, I'm {{agent}}. {{agent}} here."},  # the placeholder twice
        {"chatQueued": ""},  # empty text is the tenant's choice
        {"chatQueued": "{ {agent} } {agent} }} {{"},  # braces that are not placeholders
        {"chatQueued": "Já vamos atendê-lo 😀 </script>"},  # any text at all
    ],
)
def test_check_messages_accepts_known_keys_with_text(messages):
    assert check_messages(messages) == []


@pytest.mark.parametrize(
    "key, message",
    [
        ("chatQueud", "unknown system message chatQueud (did you mean chatQueued?)"),  # typo
        ("chatqueued", "unknown system message chatqueued (did you mean chatQueued?)"),  # case
        ("agentTypingNam",
         "unknown system message agentTypingNam (did you mean agentTypingName?)"),  # one short
        ("endChatbuton", "unknown system message endChatbuton (did you mean endChatButton?)"),
        ("zzz", "unknown system message zzz (run `chatkit messages` for all 49)"),  # nothing near
        ("endChat", "unknown system message endChat (run `chatkit messages` for all 49)"),  # far
        ("de", "unknown system message de (run `chatkit messages` for all 49)"),  # a language
    ],
)
def test_check_messages_names_unknown_keys_with_a_suggestion(key, message):
    assert check_messages({key: "text"}) == [Problem("messages." + key, key, message)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Hello {{name}}", ["{{name}}"]),  # a placeholder the chat does not replace
        ("You are now chatting with {<agent>}.", ["{<agent>}"]),  # the reference's spelling
        ("{{Agent}} is typing", ["{{Agent}}"]),  # placeholders are case-sensitive
        ("{{ agent }} is typing", ["{{ agent }}"]),  # and spaces matter
        ("{{}}", ["{{}}"]),  # an empty one
        ("{{a}} and {{b}}", ["{{a}}", "{{b}}"]),  # each is reported
    ],
)
def test_check_messages_rejects_unknown_placeholders(text, found):
    problems = check_messages({"chatQueued": text})
    assert [p.message for p in problems] == [
        "unknown placeholder %s (the only placeholder is {{agent}})" % f for f in found]
    assert {(p.key, p.value) for p in problems} == {("messages.chatQueued", text)}


@pytest.mark.parametrize(
    "value, message",
    [
        # The words [customer] and [variables] use too: one voice for the marketer.
        (5, "must be text, not a number"),
        (1.5, "must be text, not a number"),
        (True, "must be text, not true/false"),  # a boolean
        (["a"], "must be text, not an array"),
        ({"x": "y"}, "must be text, not a table"),
        (None, "must be text, not nothing (null)"),  # None from Python at run time
    ],
)
def test_check_messages_rejects_values_that_are_not_text(value, message):
    assert check_messages({"chatQueued": value}) == [Problem("messages.chatQueued", value, message)]


def test_check_messages_reports_every_problem_under_its_prefix():
    problems = check_messages({"chatQueud": "x", "chatQueued": 5, "agent": "{{x}}",
                               "noButton": "Nein"}, key_prefix="messages.de")
    assert [p.line("chat.toml") for p in problems] == [
        "chat.toml: messages.de.chatQueud: unknown system message chatQueud "
        "(did you mean chatQueued?)",
        "chat.toml: messages.de.chatQueued: must be text, not a number",
        "chat.toml: messages.de.agent: unknown placeholder {{x}} "
        "(the only placeholder is {{agent}})",
    ]


@pytest.mark.parametrize(
    "text, names",
    [
        ("no placeholder", []),  # plain text
        ("{{agent}}", ["{{agent}}"]),  # the one the chat replaces
        ("{{a}}{{b", ["{{a}}"]),  # an unclosed one is not a placeholder
        ("{<x>} {{y}}", ["{{y}}", "{<x>}"]),  # both spellings, double braces first
    ],
)
def test_placeholders_in_finds_both_spellings(text, names):
    assert placeholders_in(text) == names


@pytest.mark.parametrize(
    "text, agent, shown",
    [
        ("You are now chatting with {{agent}}.", "Ana", "You are now chatting with Ana."),
        ("{{agent}} and {{agent}}", "Bo", "Bo and Bo"),  # every occurrence
        ("No placeholder", "Ana", "No placeholder"),  # nothing to replace
        ("{<agent>} is typing", "Ana", "{<agent>} is typing"),  # the reference's form stays
    ],
)
def test_render_message_replaces_the_agent_placeholder(text, agent, shown):
    assert render_message(text, agent) == shown
