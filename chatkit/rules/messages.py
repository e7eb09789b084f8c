"""The chat's 49 system messages (reference: "System Message Localization").

Keys and default texts are the reference's; its `{<agent>}` placeholder is
written `{{agent}}`, the form the chat replaces.  Pure Python: shared by the
CLI, the emulator (generated) and the browser.
"""

from chatkit.errors import Problem
from chatkit.rules.suggest import closest
from chatkit.rules.text import describe_hidden, hidden_characters
from chatkit.rules.values import must_be

AGENT_PLACEHOLDER = "{{agent}}"
# How the reference prints the same placeholder; a text copied from it is converted (SPEC 5.3).
DOCUMENTED_AGENT_PLACEHOLDER = "{<agent>}"
PLACEHOLDERS = ("agent",)

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


def placeholders_in(text):
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


def check_messages(messages, key_prefix="messages"):
    """Problems of a `{key: text}` map: unknown keys, non-text values, unknown placeholders."""
    problems = []
    for key, text in messages.items():
        dotted = key_prefix + "." + (str(key) or '""')  # an empty key, seen
        if key not in SYSTEM_MESSAGES:
            problems.append(Problem(dotted, key, unknown_key_message(key)))
        elif not isinstance(text, str):
            problems.append(Problem(dotted, text, must_be("text", text)))
        else:
            problems.extend(_placeholder_problems(dotted, text))
    return problems


def unknown_key_message(key):
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


def with_chat_placeholder(text):
    """(text with the reference's `{<agent>}` written `{{agent}}`, whether it had any).

    >>> with_chat_placeholder("{<agent>} is typing...")
    ('{{agent}} is typing...', True)
    """
    if DOCUMENTED_AGENT_PLACEHOLDER not in text:
        return text, False
    return text.replace(DOCUMENTED_AGENT_PLACEHOLDER, AGENT_PLACEHOLDER), True


def render_message(text, agent):
    """A message as the chat shows it: `{{agent}}` replaced by the agent's name."""
    return text.replace(AGENT_PLACEHOLDER, agent)

