"""The v2 snippet's own code, 8x8's loader, and the page code a tenant added around it
(issue 19: nothing dropped silently).

A v2 snippet is a function, `(function (c, f, ef) {...})(...)`, whose body is 8x8's loader
(the discovery request, `loadChat`) around the config object.  Tenants rewrite the loader
(`const`, TypeScript, arrow functions, `appendChild`), so it is recognised by the names
it works with, not by its text: a statement of the function's body that names none of
the loader's variables and functions, nor the function's parameters, is page code (a
timer that clicks the chat button, code that hides a banner); so is such a statement in
the body of one of the loader's functions (`loadChat`), and a statement beside the
snippet's function in its <script>.  chatkit's own snippet writes 8x8's loader itself;
page code is listed as not imported, with its line.  A statement that uses a loader name
is taken as the loader's, even with an addition (`se.onload = track`).
"""

from collections.abc import Iterator, Set

from tree_sitter import Node

# The names 8x8's loader declares (webchat-script.md): variables, functions, and the
# parameters of its event handlers.  The test reads them from the file.
LOADER_NAMES = frozenset((
    "typeofC", "props", "cb", "config", "url", "params", "loadChat", "se", "handleInitEvent",
    "handleErrorEvent", "initFn", "os",
))
_SKIPPED = ("comment", "html_comment", "empty_statement")
_FUNCTIONS = ("function_declaration", "generator_function_declaration")
_NAMES = ("identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern")


def statements(block: Node) -> list[Node]:
    """The statements of a block or a program, comments aside."""
    return [child for child in block.named_children if child.type not in _SKIPPED]


def names_in(node: Node, data: bytes) -> set[str]:
    """The identifiers a statement uses (not property names: `x.url` is not `url`)."""
    found, stack = set(), [node]
    while stack:
        current = stack.pop()
        if current.type in _NAMES:
            found.add(data[current.start_byte:current.end_byte].decode("utf-8", "replace"))
        else:
            stack.extend(current.children)
    return found


def page_code(body: Node, data: bytes, parameters: Set[str], skip: Node) -> Iterator[Node]:
    """The statements of the snippet function's `body` (and of the loader's functions in it)
    that use none of the loader's names nor `parameters`; `skip` is the config object."""
    known = LOADER_NAMES | parameters
    for statement in statements(body):
        if statement.start_byte <= skip.start_byte < statement.end_byte:
            continue
        name = statement.child_by_field_name("name") if statement.type in _FUNCTIONS else None
        inner = statement.child_by_field_name("body") if name is not None else None
        title = data[name.start_byte:name.end_byte].decode() if name is not None else ""
        if inner is not None and title in LOADER_NAMES:
            yield from page_code(inner, data, known | parameters_of(statement, data), skip)
        elif not names_in(statement, data) & known:
            yield statement


def parameters_of(function: Node, data: bytes) -> set[str]:
    """The names of a function's parameters (`c`, `f`, `ef`)."""
    found = function.child_by_field_name("parameters") or function.child_by_field_name(
        "parameter")
    return names_in(found, data) if found is not None else set()
