"""`chatkit migrate`: a v1 config (`__8x8Chat`) as a v2 config (`chatApp`), and what is lost.

8x8 has announced the end of life of Webchat v1 and recommends v2 (facts file).  A
tenant's checked v1 `Config` becomes the text of a v2 config (its own comments kept,
tomlkit), with one `Note` per key saying what became of it and why:

    kept          the identifiers, domain, button_container_id, align, language,
                  [customer], [fallback], [python] (and [server], [callback],
                  [availability]): both chats have them, by the same rules
    required      channel_uuid: from the config or `channel_uuid=`; without it, an error
                  that says where the Configuration Manager shows it
    dropped       path and stylesheet_url (v1's), each [variables] entry v2's rules
                  discard, named with the rule
    not migrated  each [messages] text: v2 has no system-message table
    to [theme]    each stylesheet declaration with a v2 theme name (chatkit.migrate.
                  _stylesheet); every rule left behind, with its line
    warning       each call, event or bus topic of the hooks v2 lacks (_hooks), with its line

    >>> migration = migrate_config(load_config("chat.toml"), channel_uuid="Ab3U")  # doctest: +SKIP
    >>> print(migration.text)                                                      # doctest: +SKIP
    >>> print("\n".join(migration.report))                                         # doctest: +SKIP

The caller checks the text as `chatkit check` does (the CLI does, before it writes).
CPython only.
"""

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import tomlkit
from tomlkit.exceptions import TOMLKitError

from chatkit.config import Config
from chatkit.config._tables import variables_table
from chatkit.css import Stylesheet, read_stylesheet
from chatkit.errors import Problem, ValidationError, escape
from chatkit.migrate import _hooks, _stylesheet
from chatkit.versions import v1, v2

__all__ = ["DROPPED", "KEPT", "KEPT_CHAT_KEYS", "KEPT_TABLES", "NOT_MIGRATED", "SET", "TO_THEME",
           "WARNING", "WHERE_CHANNEL_UUID", "Migration", "Note", "migrate_config"]

KEPT, DROPPED, NOT_MIGRATED, TO_THEME, WARNING, SET = (
    "kept", "dropped", "not migrated", "to [theme]", "warning", "set")
# What both chats have, by the same rules: carried over as written.
KEPT_CHAT_KEYS = ("uuid", "tenant", "channel", "domain", "button_container_id", "align",
                  "language", "load", "button_text")
KEPT_TABLES = ("customer", "fallback", "python", "server", "callback", "availability")
# Where the Configuration Manager shows the channel's UUID: the v2 chat script's code
# (webchat-script.md: "when you select the code, it will look like this": `channelUuid`).
WHERE_CHANNEL_UUID = ("the v2 chat requires it: in 8x8's Configuration Manager, select the code "
                      "of your webchat script and copy its channelUuid, then give it with "
                      "--channel-uuid ID (or as channel_uuid in [chat])")


@dataclass(frozen=True)
class Note:
    """One line of the report: what became of `key` of `source` (at `line`), and why."""

    source: str
    key: str
    verdict: str
    why: str = ""
    line: int | None = None

    def text(self) -> str:
        """`SOURCE[:LINE]: key: verdict[: why]`, one line whatever the values hold."""
        where = self.source if self.line is None else "%s:%d" % (self.source, self.line)
        parts = [where, self.key, self.verdict] + ([self.why] if self.why else [])
        return escape(": ".join(part for part in parts if part))


@dataclass
class Migration:
    """The v2 config's text and the report: one `Note` per key that carried over or not."""

    text: str
    notes: list[Note] = field(default_factory=list)

    @property
    def report(self) -> list[str]:
        return [note.text() for note in self.notes]

    @property
    def losses(self) -> list[Note]:
        """What did not carry over: dropped, not migrated, and the hooks' warnings."""
        return [note for note in self.notes if note.verdict in (DROPPED, NOT_MIGRATED, WARNING)]


def migrate_config(config: Config, *, channel_uuid: str | None = None,
                   stylesheet: Stylesheet | Path | str | None = None,
                   hooks_source: str | None = None, text: str | None = None,
                   output: Path | str | None = None) -> Migration:
    """The v2 config of a checked v1 `config`, and the report.

    `channel_uuid` replaces the config's; `stylesheet` is the v1 stylesheet (a path, a
    `chatkit.css.Stylesheet`, or CSS text) whose colours go into `[theme]`; `hooks_source`
    the hooks' Python (default: the config's hooks file); `text` the config's TOML
    (default: its file); `output` where the v2 config will be, so that `[python] hooks`
    still names the same file.  ValidationError when the config is not a v1 config or
    there is no channel UUID.
    """
    source = str(config.path)
    if config.api != v1.API:
        raise ValidationError([Problem("chat.api", config.api, 'is already "%s": only a v1 '
                                       'config (api = "v1", the default) is migrated'
                                       % config.api)], source)
    uuid = channel_uuid if channel_uuid is not None else config.chat.channel_uuid
    if not uuid:
        raise ValidationError([Problem("chat.channel_uuid", None, "missing: "
                                       + WHERE_CHANNEL_UUID)], source)
    if text is None:
        text = config.path.read_text(encoding="utf-8-sig")
    sheet = None if stylesheet is None else _read_stylesheet(stylesheet)
    try:
        document, notes = _edited(tomlkit.parse(text), config, uuid, channel_uuid, sheet, output)
        migrated = tomlkit.dumps(document)
        if tomllib.loads(migrated) != document.unwrap():
            raise ValueError("tomlkit wrote other values than meant")
    except (TOMLKitError, tomllib.TOMLDecodeError, KeyError, AttributeError, ValueError):
        # tomlkit edits a plain config in place, comments kept; a config written with dotted
        # keys or inline tables may not edit so: then its values alone, without comments.
        document, notes = _edited(_plain(tomllib.loads(text)), config, uuid, channel_uuid,
                                  sheet, output)
        migrated = tomlkit.dumps(document)
    return Migration(_header(source) + migrated.rstrip("\n") + "\n",
                     notes + _hooks_notes(config, hooks_source))


def _edited(document, config, uuid, given, sheet, output):
    """The v1 document made a v2 one, in place, and the notes of what became of each key."""
    source = str(config.path)
    notes: list[Note] = []
    _chat(document, config, uuid, given, notes, source)
    _variables(document, config, notes, source)
    _messages(document, notes, source)
    _kept_tables(document, config, output, notes, source)
    if sheet is not None:
        _theme(document, sheet, notes)
    elif config.chat.stylesheet_url is not None:
        notes.append(Note(source, "[theme]", NOT_MIGRATED, "no stylesheet given: save %s and "
                          "run again with --stylesheet FILE to carry its colours into [theme]"
                          % config.chat.stylesheet_url))
    return document, notes


def _plain(values):
    document = tomlkit.document()
    for key, value in values.items():
        document.add(key, value)
    return document


def _header(source):
    return ("# Migrated from the v1 config %s by `chatkit migrate`: what did not carry over\n"
            "# is in the report it printed.\n" % Path(source).name)


# --- [chat] ----------------------------------------------------------------------------------

def _chat(document, config, uuid, given, notes, source):
    chat = document["chat"]
    if "api" in chat:
        chat["api"] = v2.API
    else:
        chat.value._insert_at(0, "api", v2.API)  # first, as the Configuration Manager's order
    notes.append(Note(source, "chat.api", SET, '"%s" (Webchat v2: chatApp, chatv3.js)' % v2.API))
    exact = config.chat.domain != chat.get("domain")  # a warning in v1, corrected here
    if exact:
        chat["domain"] = config.chat.domain
    for key in KEPT_CHAT_KEYS:
        if key in chat:
            why = "as its exact origin, %s" % config.chat.domain if key == "domain" and exact \
                else ""
            notes.append(Note(source, "chat." + key, KEPT, why))
    _channel_uuid(chat, uuid, given, notes, source)
    for key in ("path", "stylesheet_url"):
        if key in chat:
            del chat[key]
            notes.append(Note(source, "chat." + key, DROPPED, v1.ONLY_KEYS["chat." + key][1]))


def _insert_after(table, after, key, value):
    """tomlkit appends a new key to its table; this one goes after `after`, as 8x8 orders
    them (the table's body is its keys, comments and blank lines, in order)."""
    places = [index for index, (name, _) in enumerate(table.value.body)
              if name is not None and name.key == after]
    if places and places[0] + 1 < len(table.value.body):
        table.value._insert_at(places[0] + 1, key, value)
    else:
        table[key] = value


def _channel_uuid(chat, uuid, given, notes, source):
    written = chat.get("channel_uuid")
    if given is None:
        notes.append(Note(source, "chat.channel_uuid", KEPT, "the v2 chat requires it"))
        return
    if written is None:
        _insert_after(chat, "domain", "channel_uuid", uuid)  # where 8x8's snippet has it
    else:
        chat["channel_uuid"] = uuid
    why = "from --channel-uuid" + ("" if written is None or written == uuid
                                   else ", instead of the config's %s" % written)
    notes.append(Note(source, "chat.channel_uuid", SET, why))


# --- [variables], [messages] and the tables both chats have ----------------------------------

def _variables(document, config, notes, source):
    if not config.variables:
        return
    _, problems = variables_table(config.variables, v2.API, config.chat.language)
    discarded = {p.key: p for p in problems if p.is_error}
    warned = {p.key: p for p in problems if not p.is_error}
    table = document["variables"]
    for key in list(table.keys()):
        dotted = "variables." + _key_text(key)
        if dotted in discarded:
            del table[key]
            notes.append(Note(source, dotted, DROPPED, discarded[dotted].message))
        else:
            why = warned[dotted].message if dotted in warned else "it follows v2's rules"
            notes.append(Note(source, dotted, KEPT, why))
    if not table:
        del document["variables"]


def _key_text(key):
    from chatkit._wording import key_text

    return key_text(key)


def _messages(document, notes, source):
    if "messages" not in document:
        return
    why = "the v2 chat has no system-message table (%s)" % v1.ONLY_KEYS["messages"][1]
    for dotted in _leaves(document["messages"].unwrap(), "messages"):
        notes.append(Note(source, dotted, NOT_MIGRATED, why))
    del document["messages"]


def _leaves(table, prefix):
    for key, value in table.items():
        dotted = "%s.%s" % (prefix, _key_text(key))
        if isinstance(value, dict):
            yield from _leaves(value, dotted)
        else:
            yield dotted


def _kept_tables(document, config, output, notes, source):
    for name in KEPT_TABLES:
        if name in document:
            notes.append(Note(source, "[%s]" % name, KEPT, "the v2 chat has it, by the same "
                              "rules"))
    if config.python is not None and output is not None:
        folder = Path(output).absolute().parent
        written = document["python"]["hooks"]
        if (folder / written).resolve() != config.python.hooks.resolve():
            hooks = Path(os.path.relpath(config.python.hooks.resolve(), folder.resolve()))
            document["python"]["hooks"] = hooks.as_posix()
            notes.append(Note(source, "python.hooks", SET, "%s: the same file, named from "
                              "where the v2 config is" % hooks.as_posix()))


# --- the stylesheet and the hooks ------------------------------------------------------------

def _read_stylesheet(stylesheet):
    if isinstance(stylesheet, Stylesheet):
        return stylesheet
    if isinstance(stylesheet, Path):
        return read_stylesheet(stylesheet)
    return Stylesheet("<stylesheet>", stylesheet)


def _theme(document, sheet, notes):
    found = _stylesheet.theme_from_stylesheet(sheet)
    name = str(sheet.path)
    lines = [Note(name, "%s { %s }" % (carried.selector, carried.css_property), TO_THEME,
                  ", ".join("theme." + n for n in carried.names), carried.line)
             for carried in found.carried]
    lines += [Note(name, left.what, NOT_MIGRATED, left.why, left.line)
              for left in found.left_behind]
    notes += sorted(lines, key=lambda note: note.line or 0)  # stable: a rule's own order
    if not found.theme:
        return
    table = tomlkit.table()
    table.add(tomlkit.comment("from %s (chatkit migrate): the colours, radii and shadows that "
                              "have a v2 theme name" % sheet.path.name))
    for key, value in found.theme.items():
        table.add(key, value)
    document.add("theme", table)


def _hooks_notes(config, source):
    if config.python is None:
        return []
    name = str(config.python.hooks)
    try:
        code = source if source is not None else config.python.hooks.read_text(encoding="utf-8")
        uses = _hooks.v1_only_uses(code)
    except (OSError, UnicodeDecodeError, SyntaxError, ValueError) as error:
        return [Note(name, "", WARNING, "not scanned for v1-only calls: %s" % _reason(error))]
    return [Note(name, use.what, WARNING, use.why, use.line) for use in uses]


def _reason(error):
    if isinstance(error, SyntaxError):
        return "invalid Python at line %s (chatkit check names it)" % error.lineno
    return getattr(error, "strerror", None) or str(error)
