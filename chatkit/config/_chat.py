"""The `[chat]` table: the Configuration Manager's values, checked and with defaults filled in."""

from chatkit.config._common import hidden_problem, unknown_keys
from chatkit.errors import Problem
from chatkit.rules.languages import LANGUAGES, normalize_language
from chatkit.rules.urls import check_stylesheet_url, domain_origin
from chatkit.rules.values import must_be

CONTAINER_PREFIX = "__8x8-chat-button-container-"
DEFAULT_PATH = "/."
ALIGNS = ("left", "right")
CHAT_KEYS = ("uuid", "tenant", "channel", "domain", "channel_uuid", "path",
             "button_container_id", "align", "language", "stylesheet_url")
REQUIRED_CHAT_KEYS = ("uuid", "tenant", "channel", "domain")
# A display name: a joiner may belong in it, so an invisible character is only a warning.
NAME_KEYS = ("channel",)
_HTML_SPACE = " \t\n\f\r"


def chat_table(table):
    """(the [chat] values ready for the snippet, problems); every problem at once."""
    if table is None:
        return {}, [Problem("chat", None, "missing: the [chat] table is required "
                            "(uuid, tenant, channel, domain from the Configuration Manager)")]
    problems = unknown_keys(table, CHAT_KEYS, "chat.")
    usable = {}
    for key in CHAT_KEYS:
        problem = _key_problem(key, table.get(key))
        if problem is not None:
            problems.append(problem)
        if key in table and (problem is None or not problem.is_error):
            usable[key] = table[key]
    # Check the values that are usable even when others are not: every problem at once.
    chat, value_problems = _chat_values(usable)
    return chat, problems + value_problems


def _key_problem(key, value):
    if value is None:
        return _missing(key) if key in REQUIRED_CHAT_KEYS else None
    if not isinstance(value, str):
        return Problem("chat." + key, value, must_be("text", value))
    if not value.strip():
        return _missing(key) if key in REQUIRED_CHAT_KEYS else Problem(
            "chat." + key, value, "must not be empty (leave the key out for its default)")
    return hidden_problem("chat." + key, value, "warning" if key in NAME_KEYS else "error")


def _missing(key):
    return Problem("chat." + key, None, "missing: required, copy it from "
                   "the Configuration Manager snippet")


def _chat_values(table):
    chat = dict(table)
    chat.setdefault("path", DEFAULT_PATH)
    if "uuid" in chat:
        chat.setdefault("button_container_id", CONTAINER_PREFIX + chat["uuid"])
    chat.setdefault("align", "right")
    problems = _domain(chat)
    if chat["align"] not in ALIGNS:
        problems.append(Problem("chat.align", chat["align"], "must be \"left\" or \"right\""))
    if not chat["path"].startswith("/"):
        problems.append(Problem("chat.path", chat["path"], "must start with / (default \"/.\")"))
    problems += _container_id_problems(table, chat)
    if "language" in chat:
        problems += _language(chat, "chat.language")
    if "stylesheet_url" in chat:
        problems += check_stylesheet_url(chat["stylesheet_url"])
    return chat, problems


def _domain(chat):
    """The domain becomes the exact origin the page compares with the chat's (SPEC 5.6)."""
    if "domain" not in chat:
        return []
    origin, problems = domain_origin(chat["domain"])
    if origin is None:
        del chat["domain"]
    else:
        chat["domain"] = origin
    return problems


def _container_id_problems(table, chat):
    """The button container's id is an HTML id, which cannot hold white space."""
    key = "button_container_id" if "button_container_id" in table else "uuid"
    if any(char in _HTML_SPACE for char in chat.get("button_container_id", "")):
        return [Problem("chat." + key, table[key], "must not contain spaces or line breaks: it "
                        "makes the button container's HTML id")]
    return []


def _language(chat, key):
    code = normalize_language(chat["language"])
    if code is None:
        return [Problem(key, chat["language"], "unknown language %r (one of: %s)"
                        % (chat["language"], ", ".join(LANGUAGES)))]
    chat["language"] = code
    return []
