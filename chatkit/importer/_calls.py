"""The body of v1's `onInit(bus)` or v2's callback `(chatApp)`: its calls on the chat object.

Each statement of the body is either a call, or a chain of calls, on the function's first
parameter (`bus.publish(...)`, `chatApp.setCustomerInfo({...}).setCustomerLanguage("fr")`),
yielded link by link as a `Call`, or anything else, yielded as an `Other` statement for the
importer to list as not imported.  A server-template tag inside the body (`{% if %}`) means
the template decides what runs: then every statement is `Other`.
"""

from collections.abc import Iterator

from tree_sitter import Node

from chatkit.importer._javascript import Script
from chatkit.importer._source import code
from chatkit.importer._templates import TAG
from chatkit.importer._values import unwrapped

FUNCTIONS = ("function_expression", "arrow_function", "function_declaration", "function",
             "generator_function", "generator_function_declaration", "method_definition")
_SKIPPED = ("comment", "empty_statement")


class Call:
    """One call on the chat object: its method, its arguments, where it is."""

    def __init__(self, script: Script, parameter: str, method: Node, call: Node):
        self.method = script.text(method)
        self.node = method
        arguments = call.child_by_field_name("arguments")
        self.arguments = [] if arguments is None else [
            child for child in arguments.named_children if child.type != "comment"]
        self.shown = code(parameter + "." + script.data[method.start_byte : call.end_byte]
                          .decode("utf-8", errors="ignore")[:200])


class Other:
    """A statement that is no call on the chat object; `why` says why when it could be one."""

    def __init__(self, script: Script, node: Node, why: str = ""):
        self.node, self.why = node, why
        self.shown = code(script.text(node, 200))


def parameter(script: Script, function: Node) -> str | None:
    """The name of a function's first parameter (`bus`, `chatApp`), when it is a plain name."""
    single = function.child_by_field_name("parameter")  # `bus => ...`
    if single is not None:
        return script.text(single) if single.type == "identifier" else None
    parameters = function.child_by_field_name("parameters")
    if parameters is None:
        return None
    first = next((p for p in parameters.named_children if p.type != "comment"), None)
    while first is not None and first.type in ("required_parameter", "optional_parameter",
                                               "assignment_pattern"):
        first = first.child_by_field_name("pattern") or first.child_by_field_name("left")
    return script.text(first) if first is not None and first.type == "identifier" else None


def body(script: Script, function: Node) -> Iterator[Call | Other]:
    """The calls on the function's first parameter, and every other statement, in order."""
    name = parameter(script, function)
    block = function.child_by_field_name("body")
    if block is None:
        return
    statements = [block] if block.type != "statement_block" else [
        child for child in block.named_children if child.type not in _SKIPPED]
    tag = next((c for c in script.templates_in(block) if c.kind == TAG), None)
    for statement in statements:
        if tag is not None:
            yield Other(script, statement, "the template decides whether it runs: %s"
                        % code(tag.text))
            continue
        links = _chain(script, statement, name)
        if links is None:
            yield Other(script, statement)
        else:
            yield from links


def _chain(script, statement, name):
    """The calls of `name.a(...).b(...)`, first to last; None for any other statement."""
    node = statement
    if node.type == "expression_statement":
        node = next((c for c in node.named_children if c.type != "comment"), node)
    links = []
    node = unwrapped(node)
    while node.type == "call_expression":
        callee = unwrapped(node.child_by_field_name("function"))
        if callee.type != "member_expression":
            return None
        links.append(Call(script, name or "", callee.child_by_field_name("property"), node))
        node = unwrapped(callee.child_by_field_name("object"))
    if name is None or not links or node.type != "identifier" or script.text(node) != name:
        return None
    return links[::-1]
