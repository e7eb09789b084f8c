"""The v2 chat's own settings: invitation quick replies and the notification sound (SPEC 5.7).

Reference: 8x8-webchat-v2/invitation-quick-replies.md ("Pass an array of
strings, where each string is a quick reply option displayed to the customer")
and notification-sound.md ("Pass `true` to enable notification sounds or
`false` to disable them").  The reference only types them; chatkit also drops a
reply with no text, which would show the customer an empty button.  One rule for
`chatkit check` (`[chat] quick_replies`, `notification_sound`) and the page
(`chat.set_quick_replies`, `chat.set_sound`), each wording it for its reader.
Pure Python.
"""

from chatkit.errors import Problem
from chatkit.rules.customer import value_text

__all__ = ["NOT_A_BOOL", "NOT_A_LIST", "QUICK_REPLY_EMPTY", "QUICK_REPLY_NOT_TEXT",
           "check_quick_replies", "check_toggle", "quick_reply_problem"]

NOT_A_LIST = "%s takes a list of strings, not %s"
QUICK_REPLY_NOT_TEXT = "Quick reply %d (%s) is not a string and will be discarded"
QUICK_REPLY_EMPTY = "Quick reply %d is empty and will be discarded"
NOT_A_BOOL = "%s takes True or False, not %s"


def check_quick_replies(replies, call):
    """(replies to send or None, problems): the non-empty strings of a list; None when not a list.

    Each problem's key is `call[index]` and its value the reply left out.

    >>> check_quick_replies(["Track my order", 5, " "], "chat.set_quick_replies")[0]
    ['Track my order']
    """
    if not isinstance(replies, (list, tuple)):
        return None, [Problem(call, replies, NOT_A_LIST % (call, type(replies).__name__))]
    payload, problems = [], []
    for index, reply in enumerate(replies):
        message = quick_reply_problem(index, reply)
        if message is None:
            payload.append(reply)
        else:
            problems.append(Problem("%s[%d]" % (call, index), reply, message))
    return payload, problems


def quick_reply_problem(index, reply):
    """Why the invitation cannot offer `reply` (the chat's phrasing), or None."""
    if not isinstance(reply, str):
        return QUICK_REPLY_NOT_TEXT % (index, value_text(reply))
    if not reply.strip():
        return QUICK_REPLY_EMPTY % index
    return None


def check_toggle(enabled, call):
    """(enabled, problems): True or False, as `setNotificationSoundToggle` takes it."""
    if isinstance(enabled, bool):
        return enabled, []
    return None, [Problem(call, enabled, NOT_A_BOOL % (call, value_text(enabled)))]
