"""Values written out in JavaScript, as Python: strings, numbers, booleans, objects, arrays.

`value(script, node)` reads one; anything else raises `NotAValue`, which says what was found
(a variable, a ternary, a spread, a call, a template literal with `${}`, a template
placeholder...) and what to do.  What tree-sitter accepts but JavaScript does not (two
commas in an object, an escape beyond U+10FFFF) and nesting deeper than `MAX_DEPTH` raise
`Refused`: the whole import stops there.
"""

import re

from tree_sitter import Node

from chatkit.importer._javascript import Script
from chatkit.importer._source import code
from chatkit.importer._templates import PLACEHOLDER, TAG
from chatkit.rules.customer import js_string

MAX_DEPTH = 32
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


class NotAValue(Exception):
    """A node that is not a value written out; `what` names it (`a ternary \\`a ? b : c\\``)."""

    def __init__(self, node: Node, kind: str, shown: str = "", offset: int | None = None):
        super().__init__(kind)
        self.node, self.kind, self.offset = node, kind, offset  # offset: of a template construct
        self.what = "%s %s" % (kind, shown) if shown else kind


class Refused(Exception):
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


def value(script: Script, node: Node, depth: int = 0):
    """The value a literal node writes out; NotAValue for null, undefined and anything else."""
    found = literal(script, node, depth)
    if found is None or found is UNDEFINED:
        raise NotAValue(node, "null" if found is None else "undefined")
    return found


def literal(script: Script, node: Node, depth: int = 0):
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
    if re.fullmatch(r"0[0-7]+", text):  # legacy octal
        return int(text, 8)
    if text[:2].lower() in ("0x", "0o", "0b"):
        return int(text, 0)
    if any(c in text for c in ".eE"):
        return float(text)
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


class Member:
    """One member of an object literal: a pair, a method, a shorthand, a spread..."""

    def __init__(self, node: Node, kind: str, name: str = "", key: Node | None = None,
                 value: Node | None = None):
        self.node, self.kind, self.name, self.key = node, kind, name, key
        self.value: Node = node if value is None else value

    @property
    def what(self):
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
        return Member(node, "placeholder", key=key)
    if key is not None and key.type == "computed_property_name":
        return Member(node, "computed", key=key)
    if node.type == "pair":
        return Member(node, "pair", _key(script, key), key, node.child_by_field_name("value"))
    if node.type == "method_definition":
        return Member(node, "method", _key(script, key), key, node)
    if node.type == "shorthand_property_identifier":
        if script.templates_in(node):
            return Member(node, "placeholder", key=node)
        return Member(node, "shorthand", script.text(node), node, node)
    return Member(node, "spread" if node.type == "spread_element" else "computed")


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
