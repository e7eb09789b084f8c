"""Where each key of a config stands in its TOML text: the line and column a problem shows.

tomllib reads values and forgets where they were; tree-sitter's TOML grammar keeps every
key's place.  `key_places(text)` maps each dotted key, as a problem names it
(`chat.language`, `messages.de.chatQueued`, `chat.quick_replies[2]`), to the (line,
column) where it is written, both counted from 1, the column in characters.  A table
(`chat`) is where it is first opened, by its header or by a dotted key.  `place(places,
key)` finds a problem's place: its own key's, else the closest table's that holds it (a
missing key is placed at the header of its table).

The text has passed tomllib already (nesting at most 100 deep, dotted keys of at most 32
parts: chatkit._toml), so the walk up from a key to its table is short.
"""

import functools
import re
import tomllib

import tree_sitter_toml
from tree_sitter import Language, Node, Parser, Query, QueryCursor

from chatkit._wording import key_text
from chatkit.errors import Problem

__all__ = ["PlacedProblem", "key_places", "place", "placed"]

Places = dict[str, tuple[int, int]]

_KEYS = "(pair) @pair (table) @table (table_array_element) @table"
_INDEX = re.compile(r"\[\d+\]$")
_HEADERS = ("table", "table_array_element")


@functools.cache
def _language() -> Language:
    return Language(tree_sitter_toml.language())


@functools.cache
def _query() -> Query:
    return Query(_language(), _KEYS)


def key_places(text: str) -> Places:
    """{dotted key: (line, column)} of every key, table and array element of `text`."""
    data = text.encode("utf-8")
    tree = Parser(_language()).parse(data)
    where = _Columns(data)
    places: Places = {}
    captures = QueryCursor(_query()).captures(tree.root_node)
    nodes = sorted(captures.get("pair", []) + captures.get("table", []),
                   key=lambda node: node.start_byte)
    for node in nodes:
        if node.has_error:
            continue
        key = _key_node(node)
        if key is None:
            continue
        path = _outer_path(node) + _parts(key)
        _add_prefixes(places, path, where(node if node.type in _HEADERS else key))
        value = node.named_children[-1] if node.type == "pair" else None
        if value is not None and value.type == "array":
            dotted = ".".join(path)
            for index, item in enumerate(value.named_children):
                if item.type != "comment":
                    places.setdefault("%s[%d]" % (dotted, index), where(item))
    return places


class PlacedProblem(Problem):
    """A problem of a config file with the place of its key: `FILE:LINE:COLUMN: key: message`.

    Not in chatkit.errors: that module ships to the page, where no file has lines.
    """

    __slots__ = ("lineno", "column")

    def __init__(self, problem: Problem, lineno: int, column: int):
        super().__init__(problem.key, problem.value, problem.message, problem.severity)
        self.lineno, self.column = lineno, column

    def line(self, source=""):
        where = "%s:%d:%d" % (source, self.lineno, self.column) if source else ""
        return super().line(where)


def placed(problems: list[Problem], text: str) -> list[Problem]:
    """`problems`, each with the line and column of its key in `text` when it has one."""
    places = key_places(text) if problems else {}
    result = []
    for problem in problems:
        found = place(places, problem.key) if isinstance(problem.key, str) else None
        result.append(problem if found is None else PlacedProblem(problem, *found))
    return result


def place(places: Places, key: str) -> tuple[int, int] | None:
    """The place of `key`, else of the array or table that holds it, else None."""
    if not key:
        return None
    if key in places:
        return places[key]
    array = _INDEX.sub("", key)
    if array != key and array in places:
        return places[array]
    while "." in key:
        key = key.rpartition(".")[0]
        if key in places:
            return places[key]
    return None


def _add_prefixes(places, path, at):
    """Each table a dotted key opens is placed where it is first opened."""
    for end in range(1, len(path) + 1):
        places.setdefault(".".join(path[:end]), at)


def _key_node(node: Node) -> Node | None:
    for child in node.named_children:
        if child.type in ("bare_key", "quoted_key", "dotted_key"):
            return child
    return None


def _outer_path(node: Node) -> list[str]:
    """The dotted path of the table (or inline table's key) a pair belongs to."""
    if node.type in _HEADERS:
        return []
    data_node = node.parent
    path: list[str] = []
    while data_node is not None:
        if data_node.type in _HEADERS or data_node.type == "pair":
            key = _key_node(data_node)
            if key is not None:
                path = _parts(key) + path
            if data_node.type in _HEADERS:
                break
        data_node = data_node.parent
    return path


def _parts(key: Node) -> list[str]:
    if key.type == "dotted_key":
        return [part for child in key.named_children for part in _parts(child)]
    raw = key.text.decode("utf-8") if key.text is not None else ""
    if key.type == "quoted_key":
        raw = tomllib.loads("k = " + raw)["k"]
    return [key_text(raw)]


class _Columns:
    """(line, column) counted from 1, the column in characters, of a node's start."""

    def __init__(self, data: bytes):
        self.data = data

    def __call__(self, node: Node) -> tuple[int, int]:
        row, byte = node.start_point
        line_start = node.start_byte - byte
        column = len(self.data[line_start:node.start_byte].decode("utf-8", "replace"))
        return row + 1, column + 1
