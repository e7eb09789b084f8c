"""JavaScript read with tree-sitter (its JavaScript/JSX, TypeScript and TSX grammars), and the
values written out in it.

A `Script` is one piece of code of the file, parsed: it names the place of any node in the
file, refuses invalid code with its line and column, runs tree-sitter queries, and finds
the template constructs inside a node.  Nothing here walks a whole tree in Python: the
grammar's C code and the queries do, so a deep or huge file costs little and never
recurses.

`value(script, node)` reads a value written out (strings, numbers, booleans, objects,
arrays) as Python; anything else raises `NotAValue`, which says what was found (a
variable, a ternary, a spread, a call, a template literal with `${}`, a template
placeholder...) and what to do.  What tree-sitter accepts but JavaScript does not (two
commas in an object, an escape beyond U+10FFFF), a number CPython cannot read, and
nesting deeper than `MAX_DEPTH` raise `Refused`: the whole import stops there.
"""

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Any

import tree_sitter_javascript
import tree_sitter_typescript
from tree_sitter import Language, Node, Parser, Query, QueryCursor

from chatkit.errors import ChatkitError, Problem
from chatkit.importer._source import (
    JAVASCRIPT,
    PLACEHOLDER,
    TAG,
    TSX,
    TYPESCRIPT,
    Code,
    Construct,
    Place,
    Source,
    code,
)
from chatkit.rules.customer import js_string

_LANGUAGES = {JAVASCRIPT: tree_sitter_javascript.language,
              TYPESCRIPT: tree_sitter_typescript.language_typescript,
              TSX: tree_sitter_typescript.language_tsx}
# What an unfinished statement's error holds when the code ends too soon (`/` opens `/*`).
_OPENERS = ("{", "(", "[", '"', "'", "`", "/")


@functools.cache
def _language(grammar: str) -> Language:
    return Language(_LANGUAGES[grammar]())


class Script:
    """One piece of JavaScript of the file, parsed."""

    def __init__(self, source: Source, piece: Code, templates: list[Construct]):
        self.source, self.offset, self.grammar = source, piece.offset, piece.grammar
        self.whole_file = piece.whole_file
        self.data = piece.text.encode("utf-8")
        self.root = Parser(_language(piece.grammar)).parse(self.data).root_node
        self._ascii = len(self.data) == len(piece.text)
        self._known_bytes, self._known_chars = [0], [0]  # byte -> char, learnt as asked
        self._templates = _in_bytes(piece.text, piece.offset, templates)
        self._template_starts = [start for start, _ in self._templates]

    # --- places -------------------------------------------------------------------------
    def place(self, node_or_byte: Node | int) -> Place:
        byte = node_or_byte if isinstance(node_or_byte, int) else node_or_byte.start_byte
        return self.source.place(self.file_offset(byte))

    def file_offset(self, byte: int) -> int:
        """The offset in the file (characters) of a byte of this piece."""
        return self.offset + self._char(byte)

    def _char(self, byte):
        if self._ascii:
            return byte
        index = bisect.bisect_right(self._known_bytes, byte) - 1
        near_byte, near_char = self._known_bytes[index], self._known_chars[index]
        char = near_char + len(self.data[near_byte:byte].decode("utf-8", errors="replace"))
        self._known_bytes.insert(index + 1, byte)
        self._known_chars.insert(index + 1, char)
        return char

    def text(self, node: Node, limit: int = 0) -> str:
        end = node.end_byte if not limit else min(node.end_byte, node.start_byte + 4 * limit)
        text = self.data[node.start_byte : end].decode("utf-8", errors="ignore")
        return text[:limit] if limit else text

    # --- validity -----------------------------------------------------------------------
    def syntax_error(self) -> Problem | None:
        """The first place where this is not JavaScript, as a problem; None when it is."""
        if not self.root.has_error:
            return None
        node = self.root
        while not (node.is_error or node.is_missing):
            inner = next((c for c in node.children if c.has_error or c.is_missing), None)
            if inner is None:
                break
            node = inner
        if node.is_missing:
            what = "%s is missing here" % code(node.type)
        elif not self.data[node.end_byte :].strip() and any(
                child.type in _OPENERS for child in node.children):
            what = "the code ends before this is finished (a bracket, a quote or a comment " \
                   "is never closed)"
        else:
            node, hint = self._stop(node)
            what = "unexpected %s%s" % (code(self.text(node, 40)), hint)
        return Problem(str(self.place(node)), None, "invalid JavaScript: %s" % what)

    def _stop(self, error: Node) -> tuple[Node, str]:
        """Where a JavaScript engine stops in an ERROR node (tree-sitter's starts earlier
        when it kept what came before), and a hint for a tenant's usual mistakes."""
        kids = [child for child in error.children if child.type != "comment"]
        if len(kids) >= 2 and kids[0].is_named and not kids[0].has_error \
                and kids[1].start_point.row > kids[0].end_point.row:
            return kids[1], " (a comma missing at the end of the line before?)"
        if len(kids) >= 3 and kids[0].type == ":" and kids[1].type == "identifier" \
                and kids[2].type == ":" and self.text(kids[1]) in ("http", "https"):
            url = self.data[kids[1].start_byte:].split(b",")[0].split(b"\n")[0]
            return kids[2], " (a URL goes in quotes: %s)" % code(
                '"%s"' % url.decode("utf-8", "replace").strip())
        before = error.prev_named_sibling
        value = before.child_by_field_name("value") if before is not None else None
        if len(kids) == 1 and kids[0].type == "identifier" and value is not None \
                and value.type == "identifier" and value.end_point.row == error.start_point.row:
            words = self.data[value.start_byte:error.end_byte].decode("utf-8", "replace")
            return error, " (text goes in quotes: %s)" % code('"%s"' % words)
        return error, ""

    def too_deep(self, limit: int) -> Node | None:
        """The first node deeper than `limit`, or None.

        tree-sitter's queries stall on trees tens of thousands of levels deep, so none runs
        before this passes.  A subtree with fewer nodes than the depth still allowed is
        skipped whole, so a file that is large but shallow costs little.
        """
        cursor, depth = self.root.walk(), 0
        while True:
            node = cursor.node or self.root
            if depth > limit:
                return node
            if depth + node.descendant_count > limit and cursor.goto_first_child():
                depth += 1
                continue
            while not cursor.goto_next_sibling():
                if not cursor.goto_parent():
                    return None
                depth -= 1

    # --- queries ------------------------------------------------------------------------
    def query(self, node: Node, pattern: str) -> list[Node]:
        """The nodes a tree-sitter query captures as @found under `node`, in order."""
        captures = QueryCursor(_query(self.grammar, pattern)).captures(node)
        return sorted(captures.get("found", []), key=lambda n: n.start_byte)

    def matches(self, node: Node, pattern: str) -> list[dict[str, list[Node]]]:
        """The captures of each match of a tree-sitter query under `node`, in order."""
        found = [captures for _, captures in QueryCursor(_query(self.grammar, pattern))
                 .matches(node)]
        return sorted(found, key=lambda c: min(n[0].start_byte for n in c.values()))

    # --- templates ----------------------------------------------------------------------
    def templates_in(self, node: Node) -> list[Construct]:
        """The template constructs that start inside a node."""
        return [construct for _, _, construct in self.template_spans(node)]

    def template_spans(self, node: Node) -> list[tuple[int, int, Construct]]:
        """(start byte, end byte, construct) of the template constructs inside a node.

        Masked text is ASCII (blanks, `_`, line ends), so a construct takes one byte for
        each of its characters.
        """
        first = bisect.bisect_left(self._template_starts, node.start_byte)
        last = bisect.bisect_left(self._template_starts, node.end_byte)
        return [(start, start + len(construct.text), construct)
                for start, construct in self._templates[first:last]]

    def text_without(self, node: Node, spans: list[tuple[int, int, Construct]]) -> str:
        """A node's text without the given spans (template text that writes nothing)."""
        pieces, position = [], node.start_byte
        for start, end, _ in spans:
            if start >= node.end_byte or end <= position:
                continue
            pieces.append(self.data[position:max(position, start)])
            position = min(max(position, end), node.end_byte)
        pieces.append(self.data[position : node.end_byte])
        return b"".join(pieces).decode("utf-8", errors="replace")


@functools.cache
def _query(grammar, pattern):
    return Query(_language(grammar), pattern)


def _in_bytes(text, offset, templates):
    """(byte offset in this script, construct) for the constructs inside it, in order."""
    found, char, byte = [], 0, 0
    for construct in templates:
        start = construct.start - offset
        if not 0 <= start < len(text):
            continue
        byte += len(text[char:start].encode("utf-8"))
        char = start
        found.append((byte, construct))
    return found


# --- values written out --------------------------------------------------------------------------

MAX_DEPTH = 32
# A JavaScript number is a double: a literal of 2**1024 or more reads as Infinity, as does
# any integer of more than 309 digits (10**308 < 2**1024 < 10**309).
_BEYOND = 2**1024
_DECIMAL_DIGITS = 309
_INFINITY = float("inf")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v"}
_LINE_BREAKS = "\r\n\u2028\u2029"
# tree-sitter keeps these wrappers of a value; TypeScript's `as const` and `!` change nothing.
_WRAPPERS = ("parenthesized_expression", "as_expression", "satisfies_expression",
             "non_null_expression")
_KINDS = {
    "identifier": "a variable", "member_expression": "a variable",
    "subscript_expression": "a variable", "ternary_expression": "a ternary",
    "call_expression": "a call", "new_expression": "a call", "await_expression": "a call",
    "spread_element": "a spread", "template_string": "a template literal with ${...}",
    "function_expression": "a function", "arrow_function": "a function",
    "function": "a function", "generator_function": "a function", "class": "a class",
    "regex": "a regular expression",
}


class NotAValue(ChatkitError):
    """A node that is not a value written out; `what` names it (`a ternary \\`a ? b : c\\``)."""

    def __init__(self, node: Node, kind: str, shown: str = "", offset: int | None = None):
        super().__init__(kind)
        self.node, self.kind, self.offset = node, kind, offset  # offset: of a template construct
        self.what = "%s %s" % (kind, shown) if shown else kind


class Refused(ChatkitError):
    """Input chatkit refuses whole: invalid JavaScript tree-sitter lets through, or too deep."""

    def __init__(self, node: Node, message: str):
        super().__init__(message)
        self.node, self.message = node, message


class _Undefined:
    def __repr__(self):
        return "undefined"


UNDEFINED = _Undefined()


def check_depth(script: Script, node: Node) -> None:
    """Refused when objects and arrays nest deeper than MAX_DEPTH anywhere under `node`.

    A tree-sitter query finds them and their byte ranges tell how they nest (a tree's
    ranges nest like its nodes), so a hostile file costs about its size, nothing recurses,
    and no node is asked for its parent (tree-sitter finds a parent from the root down).
    """
    found = script.query(node, "[(object) (array)] @found")
    found.sort(key=lambda n: (n.start_byte, -n.end_byte))
    open_ends: list[int] = []  # the ends of the objects and arrays around the current one
    for nested in found:
        while open_ends and open_ends[-1] <= nested.start_byte:
            open_ends.pop()
        open_ends.append(nested.end_byte)
        if len(open_ends) > MAX_DEPTH:
            raise Refused(nested, "nested more than %d levels deep" % MAX_DEPTH)


def unwrapped(node: Node) -> Node:
    """The value inside parentheses and TypeScript's `as const`, `satisfies T`, `x!`."""
    while node.type in _WRAPPERS:
        inner = [child for child in node.named_children if child.type != "comment"]
        if not inner:
            return node
        node = inner[0] if node.type != "parenthesized_expression" else inner[-1]
    return node


def value(script: Script, node: Node, depth: int = 0) -> Any:
    """The value a literal node writes out; NotAValue for null, undefined and anything else."""
    found = literal(script, node, depth)
    if found is None or found is UNDEFINED:
        raise NotAValue(node, "null" if found is None else "undefined")
    return found


def literal(script: Script, node: Node, depth: int = 0) -> Any:
    """Like `value`, but null is None and undefined is UNDEFINED (they mean something there)."""
    if depth > MAX_DEPTH:
        raise Refused(node, "nested more than %d levels deep" % MAX_DEPTH)
    node = unwrapped(node)
    placeholder = _placeholder(script, node)
    if placeholder is not None and node.type not in ("object", "array"):
        raise NotAValue(node, "a template placeholder", code(placeholder.text), placeholder.start)
    reader = _READERS.get(node.type)
    if reader is None:
        raise NotAValue(node, _KINDS.get(node.type, "an expression"), code(script.text(node, 80)))
    return reader(script, node, depth)


def _placeholder(script, node):
    return next((c for c in script.templates_in(node) if c.kind == PLACEHOLDER), None)


def _identifier(script, node, depth):
    if script.text(node) == "undefined":
        return UNDEFINED
    raise NotAValue(node, "a variable", code(script.text(node, 80)))


def _string(script, node, depth):
    if node.type == "template_string" and any(c.type == "template_substitution"
                                              for c in node.named_children):
        raise NotAValue(node, _KINDS["template_string"], code(script.text(node, 80)))
    spans = script.template_spans(node)  # comments and {% raw %} write nothing
    tag = next((construct for _, _, construct in spans if construct.kind == TAG), None)
    if tag is not None:
        raise NotAValue(node, "a template placeholder", code(tag.text), tag.start)
    pieces = []
    for child in node.named_children:
        text = script.text_without(child, spans)
        if child.type == "escape_sequence":
            pieces.append(_escape(child, text))
        elif node.type == "template_string":  # a template literal reads every line end as \n
            pieces.append(text.replace("\r\n", "\n").replace("\r", "\n"))
        else:
            pieces.append(text)
    return _joined_surrogates(node, "".join(pieces))


def _escape(node, text):
    kind, rest = text[1], text[2:]
    if kind in _LINE_BREAKS:  # a backslash before a line end continues the string
        return ""
    if kind == "x":
        return chr(int(rest, 16))
    if kind == "u":
        point = int(rest.strip("{}"), 16)
        if point > 0x10FFFF:
            raise Refused(node, "invalid JavaScript: %s is beyond U+10FFFF" % code(text))
        return chr(point)
    if kind in "01234567":  # the legacy octal escapes of scripts that are not strict
        return chr(int(kind + rest, 8))
    return _SIMPLE_ESCAPES.get(kind, kind)


def _joined_surrogates(node, text):
    """JSON writes an emoji as two escapes ("\\ud83d\\ude00"): one character again."""
    if not re.search("[\ud800-\udfff]", text):
        return text
    try:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    except UnicodeDecodeError:
        raise NotAValue(node, "text with half of a character (a lone \\ud800-\\udfff "
                        "escape)") from None


def _number(script, node, depth):
    text = script.text(node).replace("_", "")
    if text.endswith("n"):
        raise NotAValue(node, "a BigInt", code(text))
    number = _number_value(text)
    if number in (_INFINITY, -_INFINITY) or isinstance(number, int) and number >= _BEYOND:
        raise Refused(node, "%s is beyond any JavaScript number (the page reads it as "
                      "Infinity): write the value the chat should get" % code(text))
    return number


def _number_value(text):
    if re.fullmatch(r"0[0-7]+", text):  # legacy octal
        return int(text, 8)
    if text[:2].lower() in ("0x", "0o", "0b"):
        return int(text, 0)
    if any(c in text for c in ".eE"):
        return float(text)
    if len(text.lstrip("0")) > _DECIMAL_DIGITS:  # CPython's int() refuses 4300 digits
        return _INFINITY
    return int(text)


def _signed(script, node, depth):
    operator = node.child_by_field_name("operator")
    argument = node.child_by_field_name("argument")
    sign = script.text(operator) if operator is not None else ""
    if sign in ("-", "+") and argument is not None and unwrapped(argument).type == "number":
        number = _number(script, unwrapped(argument), depth)
        return -number if sign == "-" else number
    raise NotAValue(node, "an expression", code(script.text(node, 80)))


def _object(script, node, depth):
    result = {}
    for member in members(script, node):
        if member.kind != "pair":
            raise NotAValue(member.node, member.what, code(script.text(member.node, 80)))
        result[member.name] = literal(script, member.value, depth + 1)
    return result


def _array(script, node, depth):
    items, expecting = [], True
    for child in node.children[1:-1]:
        if child.type == "comment":
            continue
        if child.type == ",":
            if expecting:
                raise NotAValue(node, "an array with an empty slot", code(script.text(node, 80)))
            expecting = True
            continue
        if child.type == "spread_element":
            raise NotAValue(child, "a spread", code(script.text(child, 80)))
        items.append(literal(script, child, depth + 1))
        expecting = False
    return items


@dataclass(frozen=True)
class Member:
    """One member of an object literal: a pair, a method, a shorthand, a spread...

    `value` is the node of a pair's value, else the member's own node.
    """

    node: Node
    kind: str
    value: Node
    name: str = ""
    key: Node | None = None

    @property
    def what(self) -> str:
        return {"method": "a function", "shorthand": "a variable", "spread": "a spread",
                "computed": "a computed key", "placeholder": "a template placeholder"
                }.get(self.kind, "an expression")


def members(script: Script, node: Node) -> list[Member]:
    """The members of an object literal, in order; Refused on what tree-sitter lets through."""
    found, expecting = [], True
    for child in node.children[1:-1]:
        if child.type == "comment":
            continue
        if child.type == ",":
            if expecting:
                raise Refused(child, "invalid JavaScript: unexpected %s" % code(","))
            expecting = True
            continue
        found.append(_member(script, child))
        expecting = False
    return found


def _member(script, node):
    key = node.child_by_field_name("key" if node.type == "pair" else "name")
    if key is not None and any(c.kind == PLACEHOLDER for c in script.templates_in(key)):
        return Member(node, "placeholder", node, key=key)
    if key is not None and key.type == "computed_property_name":
        return Member(node, "computed", node, key=key)
    if node.type == "pair":
        return Member(node, "pair", node.child_by_field_name("value") or node, _key(script, key),
                      key)
    if node.type == "method_definition":
        return Member(node, "method", node, _key(script, key), key)
    if node.type == "shorthand_property_identifier":
        if script.templates_in(node):
            return Member(node, "placeholder", node, key=node)
        return Member(node, "shorthand", node, script.text(node), node)
    return Member(node, "spread" if node.type == "spread_element" else "computed", node)


def _key(script, key):
    if key.type == "string":
        return _string(script, key, 0)
    if key.type == "number":
        return js_string(_number(script, key, 0))
    return script.text(key)


_READERS = {
    "string": _string, "template_string": _string, "number": _number,
    "unary_expression": _signed, "object": _object, "array": _array,
    "true": lambda script, node, depth: True, "false": lambda script, node, depth: False,
    "null": lambda script, node, depth: None, "identifier": _identifier,
    "undefined": lambda script, node, depth: UNDEFINED,
}
