"""System messages: the chat's 49 (reference: "System Message Localization") and `[messages]`.

Keys and default texts are the reference's; its `{<agent>}` placeholder is
written `{{agent}}`, the form the chat replaces, and a text copied from the
reference is converted with a warning (SPEC 5.3).  `[messages]` holds texts for
every language and `[messages.CODE]` tables the texts of one (v1 only: the
snippet hands the chat `customSystemMessages` before it starts).  The emulator's
defaults are generated from SYSTEM_MESSAGES; `chatkit messages` prints them.
"""

from typing import Any

from chatkit._wording import (
    closest,
    describe_hidden,
    hidden_characters,
    hidden_note,
    key_text,
    must_be,
)
from chatkit.errors import Problem
from chatkit.rules.languages import LANGUAGES, normalize_language

__all__ = ["AGENT_PLACEHOLDER", "DOCUMENTED_AGENT_PLACEHOLDER", "SYSTEM_MESSAGES",
           "check_messages", "messages_table", "placeholders_in", "render_message",
           "with_chat_placeholder"]

AGENT_PLACEHOLDER = "{{agent}}"
# How the reference prints the same placeholder; a text copied from it is converted (SPEC 5.3).
DOCUMENTED_AGENT_PLACEHOLDER = "{<agent>}"

SYSTEM_MESSAGES = {
    "endChatButton": "End chat",
    "closeChatButton": "Close",
    "errorServerUnavailable": "Server is unavailable. Please, try again later.",
    "chatEstablished": "Your chat session has been established.",
    "chatEstablishedName": "You are now chatting with {{agent}}.",
    "chatEstablishedAgent": "You are now chatting with an agent.",
    "chatEstablishedAgentNew": "You are now chatting with a new agent.",
    "chatQueued": "We will be with you shortly.",
    "chatForwarded": "Your chat is being forwarded. Please wait.",
    "chatMsgTooLong": "Your last message was shortened because it exceeded maximum length.",
    "chatDisconnected": "You have been disconnected from your chat session. "
    "Please check your network connection and try again.",
    "chatEnded": "You have ended your chat session.",
    "agent": "Agent",
    "agentTyping": "Agent is typing…",
    "agentTypingName": "{{agent}} is typing...",
    "agentDisconnected": "The agent has disconnected from this chat session.",
    "errorInvalidLogin": "We have encountered an error trying to start a new chat. "
    "Please try again later.",
    "endChatNotification": "Chat session has been ended.",
    "endChatConfirmation": "Are you sure you want to end this chat session?",
    "chatLogTitle": "Chat Log",
    "chatLogDescription": "Below is a complete log of the chat session.",
    "yesButton": "Yes",
    "noButton": "No",
    "coBrowsingStartButton": "Start co-browsing session",
    "coBrowsingEndButton": "End co-browsing session",
    "saveButton": "Save",
    "clearButton": "Clear",
    "pullDownInfo": "Swipe to see more options",
    "errorGenericMessage": "Sorry, something went wrong. Please try again later.",
    "errorRequiredMessage": "Please verify the mandatory fields",
    "errorCrmFieldInvalidMessage": "Sorry, we couldn’t find your information "
    "using the value you provided.",
    "errorInvalidNumber": "The field is a numeric field.",
    "errorInvalidEmail": "The field only accept the valid e-mail format.",
    "preChatFormData": "Pre-Chat form data",
    "offChatFormData": "Offline form data",
    "skipQueueFormData": "Skip Queue form data",
    "chatTranslationOn": "Automatic chat translation has been turned on.",
    "chatTranslationOff": "Automatic chat translation has been turned off.",
    "chatTranslationServiceError": "Translation service error.",
    "coBrowsingInvitePrompt": "Allow agent to see your browser window?",
    "coBrowsingInviteAccept": "Yes, start sharing",
    "coBrowsingInviteReject": "No",
    "coBrowsingInviteAccepted": "You accepted the request.",
    "coBrowsingInviteRejected": "You rejected the request.",
    "coBrowsingSessionStarted": "Co-browsing session started.",
    "coBrowsingSessionEnded": "Co-browsing session ended.",
    "coBrowsingSessionRestored": "Co-browsing session restored.",
    "sessionDisconnected": "Your chat session has ended.",
    "emptySubject": "[ Customer message ] No subject",
}


def placeholders_in(text: str) -> list[str]:
    """The names inside every `{{...}}` of a text, and any `{<...>}` the reference prints."""
    names = []
    for opener, closer in (("{{", "}}"), ("{<", ">}")):
        start = text.find(opener)
        while start != -1:
            end = text.find(closer, start + 2)
            if end == -1:
                break
            names.append(opener + text[start + 2 : end] + closer)
            start = text.find(opener, end + 2)
    return names


def check_messages(messages: dict[Any, Any], key_prefix: str = "messages") -> list[Problem]:
    """Problems of a `{key: text}` map: unknown keys, non-text values, unknown placeholders."""
    problems = []
    for key, text in messages.items():
        dotted = key_prefix + "." + (str(key) or '""')  # an empty key, seen
        if key not in SYSTEM_MESSAGES:
            problems.append(Problem(dotted, key, _unknown_key_message(key)))
        elif not isinstance(text, str):
            problems.append(Problem(dotted, text, must_be("text", text)))
        else:
            problems.extend(_placeholder_problems(dotted, text))
    return problems


def _unknown_key_message(key):
    hint = closest(str(key), SYSTEM_MESSAGES)
    suffix = " (did you mean %s?)" % hint if hint else " (run `chatkit messages` for all 49)"
    hidden = hidden_characters(key) if isinstance(key, str) else []
    if hidden:
        suffix = ": it contains %s%s" % (describe_hidden(hidden), suffix)
    return "unknown system message %s%s" % (str(key) or '""', suffix)


def _placeholder_problems(dotted, text):
    problems = []
    for found in placeholders_in(text):
        if found == AGENT_PLACEHOLDER:
            continue
        problems.append(
            Problem(dotted, text, "unknown placeholder %s (the only placeholder is %s)"
                    % (found, AGENT_PLACEHOLDER))
        )
    return problems


def with_chat_placeholder(text: str) -> tuple[str, bool]:
    """(text with the reference's `{<agent>}` written `{{agent}}`, whether it had any).

    >>> with_chat_placeholder("{<agent>} is typing...")
    ('{{agent}} is typing...', True)
    """
    if DOCUMENTED_AGENT_PLACEHOLDER not in text:
        return text, False
    return text.replace(DOCUMENTED_AGENT_PLACEHOLDER, AGENT_PLACEHOLDER), True


def render_message(text: str, agent: str) -> str:
    """A message as the chat shows it: `{{agent}}` replaced by the agent's name."""
    return text.replace(AGENT_PLACEHOLDER, agent)


# --- [messages] ------------------------------------------------------------------------------

def messages_table(table: dict[Any, Any]) -> tuple[dict, dict[str, dict], list[Problem]]:
    """(base messages, {language code: messages}, problems); `{<agent>}` becomes `{{agent}}`."""
    messages: dict = {}
    by_language: dict[str, dict] = {}
    problems: list[Problem] = []
    tables: dict[str, str] = {}  # language code -> the table's own name, to name a second one
    for key, value in table.items():
        if not isinstance(value, dict) or key in SYSTEM_MESSAGES:
            messages[key] = value
            continue
        code = normalize_language(key)
        if code is None:
            problems.append(Problem("messages." + key_text(key), key, "not a system message or a "
                                    "language%s (languages: %s)"
                                    % (hidden_note(key), ", ".join(LANGUAGES))))
        elif code in tables:
            problems.append(Problem("messages." + key_text(key), key, "the same language (%s) as "
                                    "messages.%s: merge the two tables" % (code, tables[code])))
        else:
            tables[code] = key
            by_language[code], converted = _documented_placeholders(value, "messages." + key)
            problems += converted + check_messages(by_language[code], "messages." + key)
            problems += _untranslated(by_language[code], code, "messages." + key_text(key))
    messages, converted = _documented_placeholders(messages, "messages")
    return messages, by_language, problems + converted + check_messages(messages)


def _untranslated(messages, code, prefix):
    """A text of another language's table still the English default: a line left to translate
    (`chatkit messages --lang xx` writes them so), which the chat would show in English."""
    if code == "en":
        return []
    return [Problem("%s.%s" % (prefix, key), text, "the same text as the English default: "
                    "translate it into %s, or delete the line" % LANGUAGES[code], "warning")
            for key, text in messages.items() if SYSTEM_MESSAGES.get(key) == text]


def _documented_placeholders(messages, prefix):
    """SPEC 5.3: a text copied from 8x8's documentation is converted, with a warning."""
    converted, problems = {}, []
    for key, text in messages.items():
        if isinstance(text, str):
            text, changed = with_chat_placeholder(text)
            if changed:
                problems.append(Problem(
                    "%s.%s" % (prefix, key), text, "%s (as 8x8's documentation prints it) "
                    "becomes %s, the placeholder the chat replaces; write %s to silence this "
                    "warning" % (DOCUMENTED_AGENT_PLACEHOLDER, AGENT_PLACEHOLDER,
                                 AGENT_PLACEHOLDER), "warning"))
        converted[key] = text
    return converted, problems
