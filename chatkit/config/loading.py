"""When the snippet loads the chat (`[chat] load`, SPEC 4) and the text of its own button.

    "page"     at page load, as the Configuration Manager's snippet does (the default)
    "click"    the snippet shows a button of its own (`button_text`); nothing of 8x8 loads
               until the visitor clicks it, then the chat loads and opens its window
    "consent"  nothing of 8x8 loads until the page calls `window.chatkit.load()`

The values are checked here, once; the templates read `ChatSettings.load` and
`ChatSettings.button_text`.
"""

from typing import Any

from chatkit._wording import closest
from chatkit.errors import Problem
from chatkit.rules.languages import LANGUAGES

__all__ = ["BUTTON_CLASS", "BUTTON_TEXT_LIMIT", "DEFAULT_BUTTON_TEXT", "DEFAULT_LOAD", "LOADS",
           "load_problems"]

# Each value, and what it means, for the message of a wrong one.
LOADS = {
    "page": "at page load, the default",
    "click": "when the visitor clicks the snippet's own button",
    "consent": "when the page calls window.chatkit.load()",
}
DEFAULT_LOAD = "page"
DEFAULT_BUTTON_TEXT = "Chat with us"
_DEFAULT_TEXT_LANGUAGE = "en"  # the language of DEFAULT_BUTTON_TEXT
# The class of the snippet's own button, for the page's CSS (and the testing kit).
BUTTON_CLASS = "chatkit-chat-button"
# A button's label, not a paragraph: the longest a chat button reads well with.
BUTTON_TEXT_LIMIT = 60

_ALLOWED = ", ".join('"%s" (%s)' % item for item in LOADS.items())


def load_problems(chat: dict[str, Any]) -> list[Problem]:
    """Check `load` and `button_text` of the usable [chat] values, filling in their defaults.

    `chat` holds the keys that are text (wrong kinds were refused before), and
    `language` as the chat's code once checked.
    """
    load = chat.setdefault("load", DEFAULT_LOAD)
    if load not in LOADS:
        del chat["load"]
        hint = closest(load, LOADS)
        return [Problem("chat.load", load, 'must be %s, not "%s"%s'
                        % (_ALLOWED, load, " (did you mean \"%s\"?)" % hint if hint else ""))]
    text = chat.get("button_text")
    if text is None:
        return _default_text(chat)
    problems = []
    if len(text) > BUTTON_TEXT_LIMIT:
        problems.append(Problem("chat.button_text", text, "too long: at most %d characters "
                                "(it is %d), a button's label" % (BUTTON_TEXT_LIMIT, len(text))))
    if load != "click":
        problems.append(Problem("chat.button_text", text, 'is used only with load = "click" '
                                '(load is "%s"): the snippet shows no button of its own'
                                % load, "warning"))
    return problems


def _default_text(chat):
    if chat["load"] != "click":
        return []
    language = chat.get("language")
    if language in LANGUAGES and language != _DEFAULT_TEXT_LANGUAGE:
        return [Problem("chat.button_text", None, 'missing: with load = "click" and language = '
                        '"%s", give the button\'s text in that language (the default, "%s", '
                        "is English)" % (language, DEFAULT_BUTTON_TEXT))]
    chat["button_text"] = DEFAULT_BUTTON_TEXT
    return []
