"""The `chat.toml` config (SPEC 2): read it, check every key, report every problem at once.

`load_config(path)` returns a `Config` or raises `ConfigError` whose problems
print as `FILE: key.path: message`.  Warnings (e.g. http on localhost) ride
along on `Config.warnings`.  CPython only (tomllib); the rules it applies come
from the pure modules the browser shares.
"""

import tomllib
from pathlib import Path

from chatkit.errors import ConfigError, Problem
from chatkit.rules.customer import SAFE_INTEGER, check_info
from chatkit.rules.languages import LANGUAGES, normalize_language
from chatkit.rules.messages import SYSTEM_MESSAGES, check_messages
from chatkit.rules.suggest import closest
from chatkit.rules.urls import (
    check_domain,
    check_fallback_link,
    check_stylesheet_url,
    check_web_url,
)

CONTAINER_PREFIX = "__8x8-chat-button-container-"
DEFAULT_PATH = "/."
ALIGNS = ("left", "right")
DEFAULT_FALLBACK_SECONDS = 8
_HTML_SPACE = " \t\n\f\r"

TABLES = ("chat", "customer", "variables", "messages", "fallback", "python")
CHAT_KEYS = ("uuid", "tenant", "channel", "domain", "channel_uuid", "path",
             "button_container_id", "align", "language", "stylesheet_url")
REQUIRED_CHAT_KEYS = ("uuid", "tenant", "channel", "domain")
FALLBACK_KEYS = ("after_seconds", "text", "link")
PYTHON_KEYS = ("hooks", "asset_base")
_INFINITY = float("inf")


class Config:
    """A checked config: every value ready for the snippet, defaults filled in."""

    def __init__(self, path, chat, customer, variables, messages, messages_by_language,
                 fallback, python, warnings):
        self.path = path
        self.chat = chat
        self.customer = customer
        self.variables = variables
        self.messages = messages
        self.messages_by_language = messages_by_language
        self.fallback = fallback
        self.python = python
        self.warnings = warnings

    @property
    def hooks_path(self):
        return None if self.python is None else self.path.parent / self.python["hooks"]


def load_config(path: str | Path) -> "Config":
    """Read and check a config file; raise ConfigError listing every problem."""
    path = Path(path)
    source = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError([Problem("", path, "no such file")], source) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError([Problem("", path, "cannot read it: %s" % error)], source) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError([Problem("", path, "not valid TOML: %s" % error)], source) from None
    return parse_config(data, path)


def parse_config(data: dict, path: str | Path) -> "Config":
    """Check a config already read from TOML; `path` names it in problems and anchors hooks."""
    path = Path(path)
    problems = _unknown_keys(data, TABLES, "")
    problems += _must_be_tables(data)
    tables: dict[str, dict] = {name: data[name] for name in TABLES
                               if isinstance(data.get(name), dict)}
    chat, chat_problems = _chat(tables.get("chat"))
    problems += chat_problems
    problems += _customer(tables.get("customer", {}))
    problems += _variables(tables.get("variables", {}))
    messages, by_language, message_problems = _messages(tables.get("messages", {}))
    problems += message_problems
    problems += _fallback(tables.get("fallback"))
    problems += _python(tables.get("python"), path)
    errors = [p for p in problems if p.is_error]
    if errors:
        raise ConfigError(errors + [p for p in problems if not p.is_error], str(path))
    return Config(path, chat, dict(tables.get("customer", {})), dict(tables.get("variables", {})),
                  messages, by_language, tables.get("fallback"), tables.get("python"),
                  [p for p in problems if not p.is_error])


def _unknown_keys(table, allowed, prefix):
    problems = []
    for key in table:
        if key not in allowed:
            hint = closest(key, allowed)
            suggestion = "did you mean %s?" % hint if hint else "allowed: " + ", ".join(allowed)
            problems.append(Problem(prefix + key, key, "unknown key (%s)" % suggestion))
    return problems


def _must_be_tables(data):
    return [Problem(name, data[name], "must be a table ([%s])" % name)
            for name in TABLES if name in data and not isinstance(data[name], dict)]


def _chat(table):
    if table is None:
        return {}, [Problem("chat", None, "missing: the [chat] table is required "
                            "(uuid, tenant, channel, domain from the Configuration Manager)")]
    problems = _unknown_keys(table, CHAT_KEYS, "chat.")
    usable = {}
    for key in CHAT_KEYS:
        problem = _chat_key_problem(key, table.get(key))
        if problem is not None:
            problems.append(problem)
        elif key in table:
            usable[key] = table[key]
    # Check the values that are usable even when others are not: every problem at once.
    chat, value_problems = _chat_values(usable)
    return chat, problems + value_problems


def _chat_key_problem(key, value):
    if value is None:
        return _missing(key) if key in REQUIRED_CHAT_KEYS else None
    if not isinstance(value, str):
        return Problem("chat." + key, value, "must be text")
    if not value.strip():
        return _missing(key) if key in REQUIRED_CHAT_KEYS else Problem(
            "chat." + key, value, "must not be empty (leave the key out for its default)")
    return None


def _missing(key):
    return Problem("chat." + key, None, "missing: required, copy it from "
                   "the Configuration Manager snippet")


def _chat_values(table):
    chat = dict(table)
    chat.setdefault("path", DEFAULT_PATH)
    if "uuid" in chat:
        chat.setdefault("button_container_id", CONTAINER_PREFIX + chat["uuid"])
    chat.setdefault("align", "right")
    problems = check_domain(chat["domain"]) if "domain" in chat else []
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


def _customer(table):
    report = check_info(table)
    return [Problem("customer." + _key_text(d.key), d.value, _customer_message(d))
            for d in report.discarded]


def _customer_message(discarded):
    if discarded.reason == "not-primitive":
        return "must be text, a number or true/false, not %s" % _toml_type(discarded.value)
    if discarded.reason == "key-too-big":
        return "key too long (at most 100 characters, counted as JavaScript counts them)"
    if discarded.reason == "value-too-big":
        return "value too long (at most 500 characters, counted as JavaScript counts them)"
    return _number_message(discarded.value) or discarded.message


def _variables(table):
    problems = []
    for key, value in table.items():
        if not isinstance(value, (str, int, float, bool)):
            message = "must be text, a number or true/false, not %s" % _toml_type(value)
        else:
            message = _number_message(value)
        if message:
            problems.append(Problem("variables." + _key_text(key), value, message))
    return problems


def _number_message(value):
    """What JSON and JavaScript cannot carry exactly: nan, inf and ints beyond 2**53."""
    if isinstance(value, float) and not -_INFINITY < value < _INFINITY:
        return "must be a finite number, not %s" % value
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > SAFE_INTEGER:
        return ("must be a whole number within ±2**53 = ±9007199254740992 "
                "(beyond it a JavaScript number loses precision)")
    return None


def _messages(table):
    messages, by_language, problems = {}, {}, []
    tables = {}  # language code -> the table's own name, to name a second one
    for key, value in table.items():
        if isinstance(value, dict) and key not in SYSTEM_MESSAGES:
            code = normalize_language(key)
            if code is None:
                problems.append(Problem("messages." + key, key, "not a system message or a "
                                        "language (languages: %s)" % ", ".join(LANGUAGES)))
                continue
            if code in tables:
                problems.append(Problem("messages." + key, key, "the same language (%s) as "
                                        "messages.%s: merge the two tables" % (code, tables[code])))
                continue
            tables[code] = key
            problems += check_messages(value, "messages." + key)
            by_language[code] = dict(value)
        else:
            messages[key] = value
    return messages, by_language, problems + check_messages(messages)


def _fallback(table):
    if table is None:
        return []
    problems = _unknown_keys(table, FALLBACK_KEYS, "fallback.")
    seconds = table.get("after_seconds", DEFAULT_FALLBACK_SECONDS)
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not 0 < seconds <= 600:
        problems.append(Problem("fallback.after_seconds", seconds,
                                "must be a number of seconds, more than 0 and at most 600"))
    text = table.get("text")
    if text is not None and not isinstance(text, str):
        problems.append(Problem("fallback.text", text, "must be text"))
    elif text is None or not text.strip():
        problems.append(Problem("fallback.text", text, "missing: the text to show"))
    if "link" in table:
        problems += check_fallback_link(table["link"])
    return problems


def _python(table, path):
    if table is None:
        return []
    problems = _unknown_keys(table, PYTHON_KEYS, "python.")
    hooks = table.get("hooks")
    if hooks is not None and not isinstance(hooks, str):
        problems.append(Problem("python.hooks", hooks, "must be text"))
    elif not hooks:
        problems.append(Problem("python.hooks", hooks, "missing: the path of your hooks.py"))
    elif not (Path(path).parent / hooks).is_file():
        problems.append(Problem("python.hooks", hooks, "no such file (relative to the config)"))
    base = table.get("asset_base")
    if base is None:
        problems.append(Problem("python.asset_base", None,
                                "missing: the URL where `chatkit build` output is hosted"))
    else:
        problems += check_web_url(base, "python.asset_base", "the asset base")
        if isinstance(base, str) and not base.endswith("/"):
            problems.append(Problem("python.asset_base", base, "must end with /"))
    return problems


def _key_text(key):
    return key if isinstance(key, str) else repr(key)


def _toml_type(value):
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    return "a date/time" if hasattr(value, "isoformat") else type(value).__name__
