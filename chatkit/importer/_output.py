"""The imported config as TOML (tomlkit), and the checks it must pass before it is written.

A v1 config goes through `parse_config`, exactly as `chatkit check` reads it.  A v2 config
cannot yet: `chatkit.config` learns `api = "v2"` in phase 2 of issue 11.  Until then
`_check_v2` is the one place that checks it, with what can be checked today; it names the
file's lines as v1's check does.
"""

import tomllib
from pathlib import Path

import tomlkit

from chatkit.config import parse_config
from chatkit.errors import Problem, ValidationError
from chatkit.importer._result import TABLES, Imported
from chatkit.importer._source import shown
from chatkit.versions import v2

_FROM = {"v1": "a v1 (__8x8Chat) snippet", "v2": "a v2 (chatApp) snippet"}
IMPORTED = Path("imported.toml")  # the name parse_config is given; never printed
# The plan's v2 config (issue 11): what _check_v2 allows until chatkit.config knows v2.
V2_CHAT_KEYS = ("api", "uuid", "tenant", "channel", "channel_uuid", "domain", "discovery_url",
                "button_container_id", "align", "language", "quick_replies",
                "notification_sound")
V2_REQUIRED = ("uuid", "tenant", "channel", "domain", "channel_uuid")
V2_ONLY = ("api",) + tuple(key.removeprefix("chat.") for key in v2.ONLY_KEYS
                           if key.startswith("chat."))


def config_text(imported: Imported) -> str:
    """The config file: a header, one comment per note, then [chat] and the tables."""
    comments = ["# Imported by `chatkit import` from %s." % _FROM[imported.version]]
    comments += ["# Not imported (%s): %s" % (note.key, shown(note.message.removeprefix(
        "not imported: "), 1000)) for note in imported.notes if note.severity == "note"]
    document = tomlkit.document()  # the comments stay plain text: tomlkit's are quadratic
    document.add("chat", _table(imported.chat))
    for name in TABLES:
        if imported.tables[name]:
            document.add(name, _table(imported.tables[name]))
    return "\n".join(comments) + "\n\n" + tomlkit.dumps(document)


def _table(values):
    table = tomlkit.table()
    for key, item in values.items():
        table.add(key, item)
    return table


def check_config(imported: Imported, text: str, source: str) -> list[Problem]:
    """The warnings of the imported config; ValidationError, with lines, when it is invalid."""
    data = tomllib.loads(text)
    try:
        if imported.version == "v1":
            return _located(parse_config(data, IMPORTED).warnings, imported)
        return _check_v2(data, imported)
    except ValidationError as error:
        raise ValidationError(_located(error.problems, imported), source) from None


def _check_v2(data, imported):
    """What can be checked of a v2 config before chatkit.config knows v2.

    PHASE 2 (issue 11, item 1): once `parse_config` accepts `api = "v2"`, this whole
    function becomes `return _located(parse_config(data, IMPORTED).warnings, imported)`,
    as for v1.  Until then: the plan's keys and types, and the rules v1 shares with v2
    (ids, domain, align, language, customer info) through v1's own checks.
    """
    chat = data.get("chat", {})
    shared = {"chat": {k: v for k, v in chat.items() if k not in V2_ONLY},
              "customer": data.get("customer", {}), "variables": data.get("variables", {})}
    try:
        warnings, problems = parse_config(shared, IMPORTED).warnings, []
    except ValidationError as error:
        warnings, problems = [], list(error.problems)
    reported = {problem.key for problem in problems}
    problems += [Problem("chat." + key, None, "not a key of a v2 config")
                 for key in chat if key not in V2_CHAT_KEYS]
    problems += [Problem("chat." + key, None, "missing: a v2 config needs it")
                 for key in V2_REQUIRED if key not in chat and "chat." + key not in reported]
    problems += _v2_types(data)
    if any(problem.is_error for problem in problems):
        raise ValidationError(problems)
    return _located(warnings, imported)


def _v2_types(data):
    chat, problems = data.get("chat", {}), []
    replies = chat.get("quick_replies", [])
    if not isinstance(replies, list) or not all(isinstance(r, str) for r in replies):
        problems.append(Problem("chat.quick_replies", None, "must be an array of texts"))
    if not isinstance(chat.get("notification_sound", False), bool):
        problems.append(Problem("chat.notification_sound", None, "must be true or false"))
    for key, item in data.get("theme", {}).items():
        if not isinstance(item, (str, int, float)) or isinstance(item, bool):
            problems.append(Problem("theme." + key, None, "must be a CSS value (text)"))
    return problems


def _located(problems, imported):
    """The problems with the place of the value each is about (of the settings when missing)."""
    located = []
    for problem in problems:
        place = imported.places.get(problem.key) or imported.places.get(
            _unquoted(problem.key)) or imported.where
        key = "%s: %s" % (place, problem.key) if problem.key else str(place)
        located.append(Problem(key, problem.value, problem.message, problem.severity))
    return located


def _unquoted(key):
    table, _, rest = key.partition(".")
    return "%s.%s" % (table, rest[1:-1]) if rest.startswith('"') else key
