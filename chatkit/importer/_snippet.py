"""The snippet of a file, and the config an import builds from it, checked before it is written.

- finding it: the one live v1 `__8x8Chat = {...}` or v2 config with `scriptUuid`.
  tree-sitter queries find them in the code: a v1 snippet is a value assigned to
  `__8x8Chat` (`var`, `window.`, `window["..."]`, `(window as any).`), a v2 snippet an
  object literal with a `scriptUuid` key.  The same text in a comment, a string, JSX text
  or text the browser never runs as code is only a mention, named when nothing live is
  found.  Several live snippets are refused with each one named: chatkit never picks one.
- `Imported`: the config being built, its values with the place each was written, and its
  notes.  Nothing is dropped silently: what is not imported becomes a note (one stderr
  line with its line number, and a comment in the config); a value that is not written
  out becomes an error that says what was found and what to do.
- the output: the config as TOML (tomlkit), read back by `parse_config` exactly as
  `chatkit check` reads it; its problems name the snippet's lines.
"""

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomlkit
from tree_sitter import Node

from chatkit.config import CONTAINER_PREFIX, parse_config
from chatkit.errors import Problem, ValidationError
from chatkit.importer._javascript import (
    UNDEFINED,
    Member,
    NotAValue,
    Script,
    literal,
    members,
    unwrapped,
    value,
)
from chatkit.importer._source import TAG, Code, Page, Place, Source, code, shown

V1, V2 = "v1", "v2"
NAMES = {V1: "a v1 snippet (__8x8Chat)", V2: "a v2 snippet (chatApp, scriptUuid)"}
_MARKER = re.compile(rb"__8x8Chat|scriptUuid")
_MENTIONS = {V1: r"__8x8Chat[\"'`\]\s]*=(?![=>])", V2: r"scriptUuid[\"'`]?\s*:"}
_MENTION = re.compile("|".join("(?P<%s>%s)" % item for item in _MENTIONS.items()))
_DEAD = {"comment": "a JavaScript comment", "html_comment": "a JavaScript comment",
         "string": "a JavaScript string", "template_string": "a JavaScript template literal",
         "jsx_text": "JSX text", "regex": "a regular expression"}
# Patterns for v2 start at the pair, not at the object: a pattern that waits for one child
# among all of an object's costs tree-sitter's query engine a state per nested object.
_LIVE = """
(variable_declarator name: (identifier) @name value: (_) @value (#eq? @name "__8x8Chat")) @v1
(assignment_expression left: (identifier) @name right: (_) @value (#eq? @name "__8x8Chat")) @v1
(assignment_expression left: (member_expression property: (property_identifier) @name)
  right: (_) @value (#eq? @name "__8x8Chat")) @v1
(assignment_expression left: (subscript_expression index: (string (string_fragment) @name))
  right: (_) @value (#eq? @name "__8x8Chat")) @v1
(assignment_expression left: (member_expression object: [(identifier) @name
  (member_expression property: (property_identifier) @name)]) (#eq? @name "__8x8Chat")) @elsewhere
(pair key: (property_identifier) @name (#eq? @name "scriptUuid")) @v2
(pair key: (string (string_fragment) @name) (#eq? @name "scriptUuid")) @v2
((shorthand_property_identifier) @name (#eq? @name "scriptUuid")) @v2
"""
_QUERY = _LIVE + "".join(
    '([%s] @dead (#match? @dead "%s"))\n' % (" ".join("(%s)" % kind for kind in _DEAD),
                                             regex.replace("\\", "\\\\").replace('"', '\\"'))
    for regex in _MENTIONS.values())
_SHOWN_AT_MOST = 5
MAX_CODE_DEPTH = 2000  # levels of code; a page's own code is a few dozen deep
_HINTS = {
    "comment": "uncomment it if it is the snippet in use",
    "string": "copy the snippet out of the string into a file of its own and import that",
    "text": "it is text the page shows: import the file that runs the snippet",
    "script": "put it in a plain <script> (no src, no other type) if it is the one in use",
}


@dataclass
class Snippet:
    """The live snippet: its version, its script, and the node to read.

    v1: the value assigned to `__8x8Chat`; v2: the config object.  `elsewhere` lists v1's
    assignments to one property (`__8x8Chat.onInit = ...`) outside the settings object.
    """

    version: str
    script: Script
    node: Node
    name: Node
    elsewhere: list[tuple[Script, Node]] = field(default_factory=list)
    literal: Place | None = None  # where the template literal that holds it starts

    @property
    def place(self) -> Place:
        return self.script.place(self.name)


def find_snippet(source: Source, page: Page) -> Snippet:
    """The one live snippet of the file; ValidationError naming what was found otherwise."""
    live: list[Snippet] = []
    mentions: list[tuple[Place, str, str]] = []
    elsewhere: list[tuple[Script, Node]] = []
    literals: list[tuple[Script, Node]] = []
    for piece in page.code:
        if _MARKER.search(piece.text.encode("utf-8")) is None:
            continue
        script = Script(source, piece, page.templates)
        problem = script.syntax_error() or _too_deep(script)
        if problem is not None:
            raise ValidationError([problem], source.name)
        _look(script, live, mentions, elsewhere, literals)
    if not live:
        _look_in_literals(source, page, literals, live, mentions, elsewhere)
    else:
        mentions += [mention for script, node in literals for mention in _mentions(script, node)]
    for dead in page.dead:
        for match in _MENTION.finditer(dead.text):
            mentions.append((source.place(dead.offset + match.start()), match.lastgroup or V1,
                             dead.kind))
    return _the_one(source, live, mentions, elsewhere)


def _too_deep(script):
    node = script.too_deep(MAX_CODE_DEPTH)
    if node is None:
        return None
    return Problem(str(script.place(node)), None, "the code is nested more than %d levels deep"
                   % MAX_CODE_DEPTH)


def _look(script, live, mentions, elsewhere, literals):
    for captures in script.matches(script.root, _QUERY):
        if "dead" in captures:
            dead = captures["dead"][0]
            if _plain_literal(script, dead):
                literals.append((script, dead))  # code, when the page injects it as a script
            else:
                mentions += _mentions(script, dead)
        elif "elsewhere" in captures:
            elsewhere.append((script, captures["elsewhere"][0]))
        elif "v1" in captures:
            live.append(Snippet(V1, script, captures["value"][0], captures["name"][0]))
        else:  # the pair now, its object once it is the one snippet
            live.append(Snippet(V2, script, captures["v2"][0], captures["name"][0]))


def _mentions(script, dead):
    return [(script.place(dead.start_byte + len(script.text(dead)[: match.start()].encode(
        "utf-8"))), match.lastgroup or V1, _DEAD[dead.type])
        for match in _MENTION.finditer(script.text(dead))]


def _plain_literal(script, node):
    """A template literal written out (no `${...}`, no escape): its text is code as written."""
    return node.type == "template_string" and not any(
        child.type in ("template_substitution", "escape_sequence") for child in node.children) \
        and "\\" not in script.text(node)


def _look_in_literals(source, page, literals, live, mentions, elsewhere):
    """A snippet kept in a template literal that the page injects as a script (a consent
    manager's, a tag manager's): the literal's text is the code, read at its own lines."""
    for script, node in literals:
        start = script.file_offset(node.start_byte + 1)
        piece = Code(start, source.text[start : script.file_offset(node.end_byte - 1)],
                     script.grammar)
        inner = Script(source, piece, page.templates)
        found: list[Snippet] = []
        problem = inner.syntax_error() or _too_deep(inner)
        if problem is None:
            _look(inner, found, [], elsewhere, [])
        if problem is None and found:
            for snippet in found:
                snippet.literal = script.place(node)
            live += found
        else:
            mentions += _mentions(script, node)


def _the_one(source, live, mentions, elsewhere):
    live = _objects_of_v2_keys(live)
    if len(live) == 1:
        live[0].elsewhere = elsewhere
        return live[0]
    if len(live) > 1:
        raise ValidationError([_several(sorted(live, key=lambda s: s.place))], source.name)
    if mentions:
        first = sorted(mentions, key=lambda mention: mention[0])[:10]
        raise ValidationError([_mention(*mention) for mention in first], source.name)
    raise ValidationError([Problem("", None, "no 8x8 chat snippet here: neither v1 "
                                   "(`window.__8x8Chat = {...}`) nor v2 (a config with "
                                   "`scriptUuid`); paste the whole snippet from the "
                                   "Configuration Manager")], source.name)


def _objects_of_v2_keys(live):
    """The v2 snippets' objects (one per object) instead of their `scriptUuid` keys.

    Only when there are few: tree-sitter finds a node's parent from the root down.
    """
    if len(live) > _SHOWN_AT_MOST:
        return live
    seen, objects = set(), []
    for snippet in live:
        if snippet.version == V2:
            snippet.node = snippet.node.parent or snippet.node
            if snippet.node.start_byte in seen:
                continue
            seen.add(snippet.node.start_byte)
        objects.append(snippet)
    return objects


def _several(live):
    named = ["%s at line %d" % (NAMES[s.version], s.place.line) for s in live[:_SHOWN_AT_MOST]]
    if len(live) > _SHOWN_AT_MOST:
        named.append("and %d more" % (len(live) - _SHOWN_AT_MOST))
    return Problem("", None, "%d snippets in one file: %s; a config is one chat: keep the one "
                   "this site uses, or put each in a file of its own and import each"
                   % (len(live), ", ".join(named)))


def _mention(place, version, kind):
    if kind in (_DEAD["string"], _DEAD["template_string"]):  # a page may inject it as a script
        computed = " (its text is made with ${...} or escapes, not written out)" \
            if kind == _DEAD["template_string"] else ""
        return Problem(str(place), None, "%s is only inside %s%s, which runs only if the page "
                       "turns it into a script, and chatkit imports code written as code: %s"
                       % (NAMES[version], kind, computed, _hint(kind)))
    return Problem(str(place), None, "%s is only inside %s, which the browser never runs as "
                   "code, and chatkit imports live code only: %s"
                   % (NAMES[version], kind, _hint(kind)))


def _hint(kind):
    if "comment" in kind:
        return _HINTS["comment"]
    if "string" in kind or "template literal" in kind:
        return _HINTS["string"]
    return _HINTS["script"] if "<script" in kind else _HINTS["text"]


# --- the config being built ----------------------------------------------------------------------

TABLES = ("customer", "variables", "messages", "theme")
ADVICE = {
    "a variable": "write the value itself here (chatkit does not follow variables)",
    "a ternary": "write the one value this config is for (chatkit does not guess which "
                 "branch runs; import each site's page on its own)",
    "a call": "write out the value it returns",
    "a spread": "write each property out here",
    "a template literal with ${...}": "write the text out, without ${...}",
    "a template placeholder": "import the page as the server sends it (save it from the "
                              "browser's view-source), or write the value in its place",
    "a function": "write a value here, not a function",
    "null": "write the value, or leave the key out",
    "undefined": "write the value, or leave the key out",
    "a BigInt": "write a plain number",
    "a computed key": "write the key out",
    "an array with an empty slot": "remove the extra comma",
}
_DEFAULT_ADVICE = "write out its result"


class Imported:
    """The config being imported: `chat` keys and tables, in the order they were found."""

    def __init__(self, version: str, script: Script, snippet: Node):
        self.version, self.script = version, script
        self.where = script.place(snippet)  # the settings: where a missing key belongs
        self.chat: dict = {}
        self.tables: dict[str, dict] = {name: {} for name in TABLES}
        self.places: dict[str, Place] = {}  # "chat.uuid" -> where the value was written
        self._notes: list[tuple[Place, Problem]] = []  # not imported, warnings
        self._errors: list[tuple[Place, Problem]] = []

    @property
    def notes(self) -> list[Problem]:
        """What was not imported, and warnings, in the order of the file."""
        return [problem for _, problem in sorted(self._notes, key=lambda item: item[0])]

    @property
    def errors(self) -> list[Problem]:
        return [problem for _, problem in sorted(self._errors, key=lambda item: item[0])]

    def set(self, table: str, key: str, value: Any, node: Node) -> None:
        target = self.chat if table == "chat" else self.tables[table]
        target.pop(key, None)  # a later value moves to the end, as in the snippet
        target[key] = value
        self.places["%s.%s" % (table, key)] = self.script.place(node)

    def clear(self, table: str) -> None:
        self.tables[table].clear()

    def not_imported(self, node: Node, shown: str, hint: str,
                     script: Script | None = None) -> None:
        place = (script or self.script).place(node)
        self._notes.append((place, Problem("line %d" % place.line, None, "not imported: %s (%s)"
                                           % (shown, hint), "note")))

    def warn(self, node: Node | Place, message: str) -> None:
        place = node if isinstance(node, Place) else self.script.place(node)
        self._notes.append((place, Problem(str(place), None, message, "warning")))

    def refuse(self, where: str, error: NotAValue) -> None:
        """An error: `where` (e.g. `__8x8Chat.uuid`) is not a value written out."""
        place = self.script.place(error.node) if error.offset is None \
            else self.script.source.place(error.offset)
        self.error(place, "%s is %s, not a value written out: %s"
                   % (where, error.what, advice(error)))

    def error(self, place: Place, message: str) -> None:
        self._errors.append((place, Problem(str(place), None, message)))

    def refuse_template_tags(self, node: Node, what: str, unless_in: tuple = ()) -> None:
        """Errors for `{% if %}`-like tags inside `node` (but not inside `unless_in`)."""
        spared = [(n.start_byte, n.end_byte) for n in unless_in]
        for start, _, construct in self.script.template_spans(node):
            if construct.kind == TAG and not any(a <= start < b for a, b in spared):
                self.error(self.script.source.place(construct.start),
                           "the template tag %s is inside %s, so the template decides what "
                           "the page gets: %s" % (code(construct.text), what,
                                                  ADVICE["a template placeholder"]))

    def merge(self, table: str, node: Node) -> None:
        """Apply a literal `{key: value}` as the chat does: null removes, undefined is no change.

        Every entry is read before any is applied, so a call is imported whole or not at all.
        """
        data = unwrapped(node)
        if data.type != "object":
            raise not_an_object(self.script, data)
        entries = []
        for member in members(self.script, data):
            if member.kind != "pair":
                raise NotAValue(member.node, member.what, self.shown(member.node))
            entries.append((member, literal(self.script, member.value)))
        for member, item in entries:
            if item is None:
                self.tables[table].pop(member.name, None)
            elif item is not UNDEFINED:
                self.set(table, member.name, item, member.value)

    def each_pair(self, node: Node, where: str, apply: Callable[[Member, Any], None]) -> None:
        """`apply(member, value)` for each `key: value` of the object literal `node`.

        An object not written out is refused as `where` (`__8x8Chat.customSystemMessages`);
        a member, as the table's own name and its key (`customSystemMessages.chatQueued`).
        """
        table = unwrapped(node)
        if table.type != "object":
            self.refuse(where, not_an_object(self.script, table))
            return
        name = where.rsplit(".", 1)[-1]
        for member in members(self.script, table):
            try:
                if member.kind != "pair":
                    raise NotAValue(member.node, member.what, self.shown(member.node))
                apply(member, value(self.script, member.value))
            except NotAValue as error:
                self.refuse("%s.%s" % (name, member.name), error)

    def shown(self, node: Node, limit: int = 80) -> str:
        return code(self.script.text(node, limit))


def note_container(imported: Imported, page: Page) -> None:
    """A button container that is no <div> (a <span> in a line of text, kept on purpose):
    `chatkit snippet` writes a <div>, so the import says what that changes and how to keep it."""
    uuid = imported.chat.get("uuid")
    container = imported.chat.get("button_container_id") or (
        CONTAINER_PREFIX + uuid if isinstance(uuid, str) else None)
    element = page.elements.get(container) if isinstance(container, str) else None
    if element is None or element.tag == "div":
        return
    tag = element.tag
    imported.warn(imported.script.source.place(element.offset),
                  "the button container is a <%s>, and `chatkit snippet` writes a <div> (a "
                  "block, on a line of its own, where the <%s> stayed in its line of text): "
                  "to keep the <%s>, leave out the snippet's <div> line and keep your <%s "
                  "id=\"%s\"> in the page; the chat finds its container by id"
                  % (tag, tag, tag, tag, container))


def note_literal(imported: Imported, snippet: Snippet) -> None:
    if snippet.literal is not None:
        imported.warn(snippet.literal, "the snippet was read from this template literal, as "
                      "code: the page runs it only by injecting it as a script (the code that "
                      "does is not imported); `chatkit snippet` writes it as a <script> of "
                      "its own, which runs when the page loads")


def advice(error: NotAValue) -> str:
    return ADVICE.get(error.kind, _DEFAULT_ADVICE)


def not_an_object(script: Script, node: Node) -> NotAValue:
    """What a value is, where an object written out belongs."""
    try:
        literal(script, node)
    except NotAValue as error:
        return error
    kind = "an array" if node.type == "array" else "a value, not an object"
    return NotAValue(node, kind, code(script.text(node, 80)))


# --- the config as TOML, checked -----------------------------------------------------------------

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
