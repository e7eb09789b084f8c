"""The other tables: `[customer]`, `[messages]`, `[fallback]`, `[python]`."""

from pathlib import Path

from chatkit.build.runtimes import check_runtime
from chatkit.config._common import (
    hidden_note,
    key_text,
    key_warnings,
    number_message,
    unknown_keys,
)
from chatkit.errors import Problem
from chatkit.rules.customer import check_info
from chatkit.rules.languages import LANGUAGES, normalize_language
from chatkit.rules.messages import (
    AGENT_PLACEHOLDER,
    DOCUMENTED_AGENT_PLACEHOLDER,
    SYSTEM_MESSAGES,
    check_messages,
    with_chat_placeholder,
)
from chatkit.rules.urls import check_fallback_link, check_web_url
from chatkit.rules.values import must_be

DEFAULT_FALLBACK_SECONDS = 8
FALLBACK_KEYS = ("after_seconds", "text", "link")
PYTHON_KEYS = ("hooks", "asset_base", "runtime")
PRIMITIVE = "text, a number or true/false"


def customer_table(table):
    report = check_info(table)
    problems = [Problem("customer." + key_text(d.key), d.value, _customer_message(d))
                for d in report.discarded]
    return problems + key_warnings(table, "customer.")


def _customer_message(discarded):
    if discarded.reason == "not-primitive":
        return must_be(PRIMITIVE, discarded.value)
    if discarded.reason == "key-too-big":
        return "key too long (at most 100 characters, counted as JavaScript counts them)"
    if discarded.reason == "value-too-big":
        return "value too long (at most 500 characters, counted as JavaScript counts them)"
    return number_message(discarded.value) or discarded.message


def messages_table(table):
    """(base messages, {language code: messages}, problems); `{<agent>}` becomes `{{agent}}`."""
    messages, by_language, problems = {}, {}, []
    tables = {}  # language code -> the table's own name, to name a second one
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
    messages, converted = _documented_placeholders(messages, "messages")
    return messages, by_language, problems + converted + check_messages(messages)


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


def fallback_table(table):
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


def python_table(table, path):
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
