"""The `[chat]` table: the Configuration Manager's values, checked and with defaults filled in."""

from chatkit.config._common import hidden_problem, value_note
from chatkit.config._versions import belongs, key_problems
from chatkit.errors import Problem
from chatkit.rules.chatapp import check_quick_replies
from chatkit.rules.languages import LANGUAGES, normalize_language
from chatkit.rules.urls import check_stylesheet_url, check_web_url, domain_origin
from chatkit.rules.values import must_be
from chatkit.versions import adapter, v1

CONTAINER_PREFIX = "__8x8-chat-button-container-"
DEFAULT_PATH = v1.CHAT_DEFAULTS["path"]
ALIGNS = ("left", "right")
# Every key of either version, in the order the README shows them.
CHAT_KEYS = ("api", "uuid", "tenant", "channel", "domain", "channel_uuid", "discovery_url",
             "path", "button_container_id", "align", "language", "stylesheet_url",
             "quick_replies", "notification_sound")
REQUIRED_CHAT_KEYS = ("uuid", "tenant", "channel", "domain")
# The keys whose values are not text, checked with the rest of their version's values.
OTHER_KINDS = ("api", "quick_replies", "notification_sound")
# A display name: a joiner may belong in it, so an invisible character is only a warning.
NAME_KEYS = ("channel",)
_HTML_SPACE = " \t\n\f\r"


def chat_table(table, api):
    """(the [chat] values ready for the snippet, problems); every problem at once.

    `api` is the config's chat version, or None when `[chat] api` is wrong.
    """
    if table is None:
        return {}, [Problem("chat", None, "missing: the [chat] table is required "
                            "(uuid, tenant, channel, domain from the Configuration Manager)")]
    problems = key_problems(table, CHAT_KEYS, "chat.", api)
    required = REQUIRED_CHAT_KEYS + (adapter(api).REQUIRED_KEYS if api else ())
    usable = {}
    for key in CHAT_KEYS:
        if key in OTHER_KINDS or not belongs("chat." + key, api):
            continue
        problem = _text_problem(key, table.get(key), key in required, api)
        if problem is not None:
            problems.append(problem)
        if key in table and (problem is None or not problem.is_error):
            usable[key] = table[key]
    # Check the values that are usable even when others are not: every problem at once.
    chat, value_problems = _chat_values(usable, api)
    return chat, problems + value_problems + _v2_settings(table, chat, api)


def _text_problem(key, value, required, api):
    if value is None:
        return _missing(key, api) if required else None
    if not isinstance(value, str):
        return Problem("chat." + key, value, must_be("text", value))
    if not value.strip():
        return _missing(key, api) if required else Problem(
            "chat." + key, value, "must not be empty (leave the key out for its default)")
    return hidden_problem("chat." + key, value, "warning" if key in NAME_KEYS else "error")


def _missing(key, api):
    if key in REQUIRED_CHAT_KEYS:
        return Problem("chat." + key, None, "missing: required, copy it from "
                       "the Configuration Manager snippet")
    return Problem("chat." + key, None, "missing: the %s chat requires it, copy it from the "
                   "Configuration Manager snippet" % api)


def _chat_values(table, api):
    chat = dict(table, api=api)
    for key, default in (adapter(api).CHAT_DEFAULTS if api else {}).items():
        chat.setdefault(key, default)
    if "uuid" in chat:
        chat.setdefault("button_container_id", CONTAINER_PREFIX + chat["uuid"])
    chat.setdefault("align", "right")
    problems = _domain(chat)
    if chat["align"] not in ALIGNS:
        problems.append(Problem("chat.align", chat["align"], "must be \"left\" or \"right\""))
    if not chat.get("path", "/").startswith("/"):
        problems.append(Problem("chat.path", chat["path"], "must start with / (default \"/.\")"))
    problems += _container_id_problems(table, chat)
    if "language" in chat:
        problems += _language(chat, "chat.language")
    if "stylesheet_url" in chat:
        problems += check_stylesheet_url(chat["stylesheet_url"])
    if "discovery_url" in table:
        problems += check_web_url(chat["discovery_url"], "chat.discovery_url", "the discovery URL")
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


def _v2_settings(table, chat, api):
    """`quick_replies` and `notification_sound` (chatkit.rules.chatapp), into `chat`."""
    problems = []
    if "quick_replies" in table and belongs("chat.quick_replies", api):
        replies, problems = _quick_replies(table["quick_replies"])
        if replies is not None:
            chat["quick_replies"] = replies
    sound = table.get("notification_sound")
    if sound is not None and belongs("chat.notification_sound", api):
        if isinstance(sound, bool):
            chat["notification_sound"] = sound
        else:
            problems.append(Problem("chat.notification_sound", sound,
                                    must_be("true or false", sound) + value_note(sound)))
    return problems


def _quick_replies(replies):
    """(the replies, or None when not an array; problems): the rule the page's
    `chat.set_quick_replies` follows, worded for a config."""
    if not isinstance(replies, list):
        return None, [Problem("chat.quick_replies", replies,
                              must_be("an array of texts", replies) + value_note(replies))]
    kept, refused = check_quick_replies(replies, "chat.quick_replies")
    problems = [Problem(p.key, p.value, _reply_message(p.value)) for p in refused]
    for index, reply in enumerate(replies):
        hidden = isinstance(reply, str) and hidden_problem(
            "chat.quick_replies[%d]" % index, reply, "warning")
        if hidden:
            problems.append(hidden)
    return kept, problems


def _reply_message(reply):
    if isinstance(reply, str):
        return "must not be empty: the invitation would offer an empty reply"
    return must_be("text", reply) + value_note(reply)
