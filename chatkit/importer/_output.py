"""The imported config as TOML (tomlkit), and the checks it must pass before it is written.

A v1 or v2 config goes through `parse_config`, exactly as `chatkit check` reads it; its
problems name the snippet's lines.
"""

import tomllib
from pathlib import Path

import tomlkit

from chatkit.config import parse_config
from chatkit.errors import Problem, ValidationError
from chatkit.importer._result import TABLES, Imported
from chatkit.importer._source import shown

_FROM = {"v1": "a v1 (__8x8Chat) snippet", "v2": "a v2 (chatApp) snippet"}
IMPORTED = Path("imported.toml")  # the name parse_config is given; never printed


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
        return _located(parse_config(data, IMPORTED).warnings, imported)
    except ValidationError as error:
        raise ValidationError(_located(error.problems, imported), source) from None


def _located(problems, imported):
    """The problems with the place of the value each is about (of the settings when missing)."""
    located = []
    for problem in problems:
        place = imported.places.get(problem.key) or imported.places.get(
            _unquoted(problem.key)) or imported.places.get(
            problem.key.partition("[")[0]) or imported.where  # quick_replies[1]: the array
        key = "%s: %s" % (place, problem.key) if problem.key else str(place)
        located.append(Problem(key, problem.value, problem.message, problem.severity))
    return located


def _unquoted(key):
    table, _, rest = key.partition(".")
    return "%s.%s" % (table, rest[1:-1]) if rest.startswith('"') else key
