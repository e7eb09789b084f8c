"""The config an import builds: its values with the place each was written, and its notes.

Nothing is dropped silently: what is not imported becomes a note (one stderr line with its
line number, and a comment in the config); a value that is not written out becomes an
error that says what was found and what to do.
"""

from tree_sitter import Node

from chatkit.errors import Problem
from chatkit.importer._javascript import Script
from chatkit.importer._source import Place, code
from chatkit.importer._templates import TAG
from chatkit.importer._values import UNDEFINED, NotAValue, literal, members, unwrapped, value

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

    def set(self, table: str, key: str, value, node: Node) -> None:
        target = self.chat if table == "chat" else self.tables[table]
        target.pop(key, None)  # a later value moves to the end, as in the snippet
        target[key] = value
        self.places["%s.%s" % (table, key)] = self.script.place(node)

    def clear(self, table: str) -> None:
        self.tables[table].clear()

    def not_imported(self, node: Node, shown: str, hint: str, script: Script | None = None):
        place = (script or self.script).place(node)
        self._notes.append((place, Problem("line %d" % place.line, None, "not imported: %s (%s)"
                                           % (shown, hint), "note")))

    def warn(self, node: Node, message: str) -> None:
        place = self.script.place(node)
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

    def each_pair(self, node: Node, where: str, apply) -> None:
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
