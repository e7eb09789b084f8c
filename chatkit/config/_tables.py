"""The tables of a config, each checked on its own: every problem at once, none hidden.

    which chat     `[chat] api`, and the keys and tables only the other version has
    [chat]         the Configuration Manager's values, with the version's defaults
    [customer]     the customer-info rule (chatkit.rules.customer), worded for a config
    [variables]    v2's documented rules (chatkit.rules.variables), v1's free-form values
    [fallback]     the text shown while the chat has not appeared
    [python]       the hooks file and where `chatkit build` output is hosted

`[messages]` and `[theme]` are chatkit.config.messages and chatkit.config.theme;
the URL rules chatkit.config.urls.  The keys particular to a version are its
adapter's `ONLY_KEYS` (chatkit.versions): in a config of the other version each
is one error naming the version that has it, and its value is not checked
further.  When `api` itself is wrong, no key is held against either version.
"""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from chatkit._wording import (
    hidden_problem,
    key_text,
    key_warnings,
    kind_of,
    lookalike_keys,
    must_be,
    number_message,
    unknown_keys,
    value_note,
)
from chatkit.build.runtimes import check_runtime
from chatkit.config.loading import load_problems
from chatkit.config.urls import (
    check_fallback_link,
    check_stylesheet_url,
    check_web_url,
    domain_origin,
)
from chatkit.errors import Problem
from chatkit.rules.chatapp import check_quick_replies
from chatkit.rules.customer import check_info, is_primitive, js_length
from chatkit.rules.languages import LANGUAGES, normalize_language
from chatkit.rules.variables import (
    CRM_PREFIX,
    CRM_VARIABLES,
    CUSTOM_PREFIX,
    LANGUAGE_VARIABLE,
    VARIABLE_LIMIT,
    discard_reason,
)
from chatkit.versions import ADAPTERS, DEFAULT_API, adapter, only_in, v1, v2

DEFAULT_FALLBACK_SECONDS = 8
FALLBACK_KEYS = ("after_seconds", "text", "link")
PYTHON_KEYS = ("hooks", "asset_base", "runtime")
PRIMITIVE = "text, a number or true/false"


# --- which chat: [chat] api, and what only one version has ----------------------------------

_ALLOWED = " or ".join('"%s" (%s)' % (api, version.KNOWN_BY) for api, version in ADAPTERS.items())


def config_api(chat: dict[str, Any] | None) -> tuple[str | None, list[Problem]]:
    """(the config's chat version, or None when `api` is wrong; problems) of a [chat] table."""
    value = DEFAULT_API if chat is None else chat.get("api", DEFAULT_API)
    if isinstance(value, str) and value in ADAPTERS:
        return value, []
    shown = '"%s"' % value if isinstance(value, str) else kind_of(value)
    return None, [Problem("chat.api", value, "must be %s, not %s" % (_ALLOWED, shown))]


def belongs(dotted: str, api: str | None) -> bool:
    """True when a key (`chat.path`) or a table (`messages`) may be in a config for `api`."""
    version = only_in().get(dotted)
    return api is None or version is None or version.API == api


def key_problems(table: dict[str, Any], keys: Sequence[str], prefix: str,
                 api: str | None) -> list[Problem]:
    """Unknown keys ("did you mean" among the version's keys) and keys of the other version.

    `keys` are every key the table may hold in either version; `prefix` is the table's
    dotted name and a dot ("chat."), or "" for the file's tables.
    """
    mine = [key for key in keys if belongs(prefix + key, api)]
    problems = []
    for key, value in table.items():
        if key in mine:
            continue
        if key in keys:
            problems.append(other_version_problem(prefix + key, value))
        else:
            problems += unknown_keys({key: value}, mine, prefix)
    return problems


def other_version_problem(dotted: str, value: object) -> Problem:
    """`only the v1 chat (api = "v1") has a stylesheet URL; the v2 chat is themed with [theme]`."""
    version = only_in()[dotted]
    what, instead = version.ONLY_KEYS[dotted]
    return Problem(dotted, value, 'only the %s chat (api = "%s") has %s; %s'
                   % (version.API, version.API, what, instead))


# --- [chat] --------------------------------------------------------------------------------------

CONTAINER_PREFIX = "__8x8-chat-button-container-"
DEFAULT_PATH = v1.CHAT_DEFAULTS["path"]
ALIGNS = ("left", "right")
# Every key of either version, in the order the README shows them.
CHAT_KEYS = ("api", "uuid", "tenant", "channel", "domain", "channel_uuid", "discovery_url",
             "path", "button_container_id", "align", "language", "stylesheet_url", "load",
             "button_text", "quick_replies", "notification_sound")
REQUIRED_CHAT_KEYS = ("uuid", "tenant", "channel", "domain")
# The keys whose values are not text, checked with the rest of their version's values.
OTHER_KINDS = ("api", "quick_replies", "notification_sound")
# A display name: a joiner may belong in it, so an invisible character is only a warning.
NAME_KEYS = ("channel", "button_text")
_HTML_SPACE = " \t\n\f\r"


def chat_table(table: dict[str, Any] | None,
               api: str | None) -> tuple[dict[str, Any], list[Problem]]:
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
        problems += _chat_language(chat, "chat.language")
    if "stylesheet_url" in chat:
        problems += check_stylesheet_url(chat["stylesheet_url"])
    if "discovery_url" in table:
        problems += check_web_url(chat["discovery_url"], "chat.discovery_url", "the discovery URL")
    problems += load_problems(chat)  # after the language: a default text is English
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


def _chat_language(chat, key):
    code = normalize_language(chat["language"])
    if code is None:
        return [Problem(key, chat["language"], "unknown language %r%s (one of: %s)"
                        % (chat["language"], language_hint(chat["language"]),
                           ", ".join(LANGUAGES)))]
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


# --- [customer] ----------------------------------------------------------------------------------

def customer_table(table: dict[str, Any]) -> list[Problem]:
    report = check_info(table)
    problems = [Problem("customer." + key_text(d.key), d.value, _customer_message(d))
                for d in report.discarded]
    return problems + key_warnings(table, "customer.") + lookalike_keys(table, "customer.")


def _customer_message(discarded):
    if discarded.reason == "not-primitive":
        return must_be(PRIMITIVE, discarded.value)
    if discarded.reason == "key-too-big":
        return "key too long (at most 100 characters, counted as JavaScript counts them)"
    if discarded.reason == "value-too-big":
        return "value too long (at most 500 characters, counted as JavaScript counts them)"
    return number_message(discarded.value) or discarded.message


# --- [variables] ---------------------------------------------------------------------------------

DISCARDED = "; the v2 chat would discard it"


def variables_table(table: dict[str, Any], api: str | None,
                    language: str | None = None) -> tuple[dict[str, Any], list[Problem]]:
    """(the variables for the snippet, problems); `language` is `[chat] language`'s code."""
    if api == v2.API:
        return _v2_variables(table, language)
    problems = []
    for key, value in table.items():
        message = number_message(value) if is_primitive(value) else must_be(PRIMITIVE, value)
        if message:
            problems.append(Problem("variables." + key_text(key), value, message))
    return dict(table), problems + key_warnings(table, "variables.")


def _v2_variables(table, language):
    variables, problems = {}, []
    for key, value in table.items():
        dotted = "variables." + key_text(key)
        discarded = discard_reason(key, value)
        if discarded is not None:
            problems.append(Problem(dotted, value, _rule(discarded.reason, key, value)))
        elif key == LANGUAGE_VARIABLE:
            code, problem = _language_variable(dotted, value, language)
            problems += problem
            if code is not None:
                variables[key] = code
        else:
            variables[key] = value
    return variables, problems


def _rule(reason, key, value):
    """The v2 rule a variable breaks, in a config's words."""
    if reason == "system-unsupported":
        return ('"%s" is not one of the v2 chat\'s CRM variables (%s; custom variables start '
                'with %s)%s' % (key, ", ".join(CRM_VARIABLES), CUSTOM_PREFIX, DISCARDED))
    if reason == "key-pattern":
        return _key_rule(key)
    if not isinstance(value, str):
        return must_be("text", value) + value_note(value) + DISCARDED
    return ("value too long: at most %d characters, counted as JavaScript counts them%s"
            % (VARIABLE_LIMIT, DISCARDED))


def _key_rule(key):
    if not key.startswith((CUSTOM_PREFIX, CRM_PREFIX)):
        return ('"%s" must start with %s (a custom variable) or %s (a CRM variable)%s'
                % (key, CUSTOM_PREFIX, CRM_PREFIX, DISCARDED))
    if js_length(key) > VARIABLE_LIMIT:
        return ("key too long: at most %d characters, counted as JavaScript counts them%s"
                % (VARIABLE_LIMIT, DISCARDED))
    return ('"%s" must be %s followed by letters, digits, _ or - (the documented pattern)%s'
            % (key, CUSTOM_PREFIX, DISCARDED))


# A language named as people name it, in English or in itself: the chat wants its code.
_CODES_BY_NAME = {name.lower(): code for code, name in LANGUAGES.items()} | {
    "deutsch": "de", "español": "es", "espanol": "es", "castellano": "es", "français": "fr",
    "francais": "fr", "português": "pt", "portugues": "pt", "italiano": "it", "polski": "pl",
    "hrvatski": "hr", "nederlands": "nl", "dutch": "nl", "flemish": "nl", "dansk": "da",
    "norsk": "no", "bokmål": "no", "svenska": "sv", "cymraeg": "cy", "tiếng việt": "vi",
    "русский": "ru", "日本語": "ja", "한국어": "ko", "हिन्दी": "hi", "العربية": "ar", "ไทย": "th",
    "english": "en", "简体中文": "zh-CN", "繁體中文": "zh-TW", "brazilian portuguese": "pt",
}
_CHINESE_NAMES = ("chinese", "中文", "mandarin", "zh")  # zh: the chat has two Chinese codes


def language_hint(value: object) -> str:
    """`: write its code, "de"` for a language written by its name ("German", "Deutsch")."""
    if not isinstance(value, str):
        return ""
    name = " ".join(value.split()).lower()
    if name in _CHINESE_NAMES:
        return ': write its code, "zh-CN" (Simplified Chinese) or "zh-TW" (Traditional Chinese)'
    code = _CODES_BY_NAME.get(name)
    return ': write its code, "%s" (%s)' % (code, LANGUAGES[code]) if code else ""


def _language_variable(dotted, value, language):
    """$language changes the chat language: ([the chat's code or None], problems)."""
    code = normalize_language(value)
    if code is None:
        return None, [Problem(dotted, value, "unknown language %r%s: $language sets the chat "
                              "language (one of: %s)" % (value, language_hint(value),
                                                         ", ".join(LANGUAGES)))]
    if language is not None and language != code:
        return code, [Problem(dotted, value, "sets the chat language to %s after chat.language "
                              "(%s): the snippet applies the language, then the variables"
                              % (code, language), "warning")]
    return code, []


# --- [fallback] and [python] ---------------------------------------------------------------------

def fallback_table(table: dict[str, Any] | None) -> list[Problem]:
    if table is None:
        return []
    problems = unknown_keys(table, FALLBACK_KEYS, "fallback.")
    seconds = table.get("after_seconds", DEFAULT_FALLBACK_SECONDS)
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not 0 < seconds <= 600:
        problems.append(Problem("fallback.after_seconds", seconds,
                                "must be a number of seconds, more than 0 and at most 600"))
    text = table.get("text")
    if text is not None and not isinstance(text, str):
        problems.append(Problem("fallback.text", text, must_be("text", text)))
    elif text is None or not text.strip():
        problems.append(Problem("fallback.text", text, "missing: the text to show"))
    if "link" in table:
        problems += check_fallback_link(table["link"])
    return problems


def python_table(table: dict[str, Any] | None, path: Path) -> list[Problem]:
    if table is None:
        return []
    problems = unknown_keys(table, PYTHON_KEYS, "python.") + _hooks(table.get("hooks"), path)
    problems += check_runtime(table.get("runtime"))
    base = table.get("asset_base")
    if base is None:
        problems.append(Problem("python.asset_base", None,
                                "missing: the URL where `chatkit build` output is hosted"))
    else:
        problems += check_web_url(base, "python.asset_base", "the asset base")
        if isinstance(base, str) and not base.endswith("/"):
            problems.append(Problem("python.asset_base", base, "must end with /"))
    return problems


def _hooks(hooks, path):
    if hooks is not None and not isinstance(hooks, str):
        return [Problem("python.hooks", hooks, must_be("text", hooks))]
    if not hooks:
        return [Problem("python.hooks", hooks, "missing: the path of your hooks.py")]
    try:
        found = (Path(path).parent / hooks).is_file()
    except (OSError, ValueError):  # a NUL, a name too long: no such file either
        found = False
    return [] if found else [Problem("python.hooks", hooks,
                                     "no such file (relative to the config)")]
