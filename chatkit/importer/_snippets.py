"""Finding the snippet: the one live v1 `__8x8Chat = {...}` or v2 config with `scriptUuid`.

Every `__8x8Chat` and `scriptUuid` of the file is looked at where it stands: in live code it
is a snippet when something is assigned to `__8x8Chat` (`var`, `window.`, `window["..."]`,
`(window as any).`) or when `scriptUuid` is a key of an object literal; in a comment, a
string or text the browser never runs it is only a mention, named when nothing live is
found.  Several live snippets are refused with each one named: chatkit never picks one.
"""

import re

from tree_sitter import Node

from chatkit.errors import Problem, ValidationError
from chatkit.importer._javascript import Script
from chatkit.importer._page import Page
from chatkit.importer._source import Place, Source

V1, V2 = "v1", "v2"
NAMES = {V1: "a v1 snippet (__8x8Chat)", V2: "a v2 snippet (chatApp, scriptUuid)"}
_MARKERS = {b"__8x8Chat": V1, b"scriptUuid": V2}
_MARKER = re.compile(b"|".join(_MARKERS))
_MENTIONS = {V1: r"__8x8Chat[\"'`\]\s]*=(?![=>])", V2: r"scriptUuid[\"'`]?\s*:"}
_MENTION = re.compile("|".join("(?P<%s>%s)" % item for item in _MENTIONS.items()))
_MENTION_BYTES = {version: re.compile(pattern.encode()) for version, pattern in _MENTIONS.items()}
_SHOWN_AT_MOST = 5
_HINTS = {
    "comment": "uncomment it if it is the snippet in use",
    "string": "copy the snippet out of the string into a file of its own and import that",
    "text": "it is text the page shows: import the file that runs the snippet",
    "script": "put it in a plain <script> (no src, no other type) if it is the one in use",
}


class Snippet:
    """The live snippet: its version, its script, and the node to read.

    v1: the value assigned to `__8x8Chat`; v2: the config object.  `elsewhere` lists v1's
    assignments to one property (`__8x8Chat.onInit = ...`) outside the settings object.
    """

    def __init__(self, version: str, script: Script, node: Node, name: Node):
        self.version, self.script, self.node, self.name = version, script, node, name
        self.elsewhere: list[tuple[Script, Node]] = []

    @property
    def place(self) -> Place:
        return self.script.place(self.name)


def find_snippet(source: Source, page: Page) -> Snippet:
    """The one live snippet of the file; ValidationError naming what was found otherwise."""
    live: list[Snippet] = []
    mentions: list[tuple[Place, str, str]] = []
    elsewhere: list[tuple[Script, Node]] = []
    for code in page.code:
        if _MARKER.search(code.text.encode("utf-8")) is None:
            continue
        script = Script(source, code, page.templates)
        problem = script.syntax_error()
        if problem is not None:
            raise ValidationError([problem], source.name)
        _look(script, live, mentions, elsewhere)
    for dead in page.dead:
        for match in _MENTION.finditer(dead.text):
            mentions.append((source.place(dead.offset + match.start()), match.lastgroup or V1,
                             dead.kind))
    return _the_one(source, live, mentions, elsewhere)


def _look(script, live, mentions, elsewhere):
    seen = set()
    for match in _MARKER.finditer(script.data):
        version = _MARKERS[match.group()]
        node = script.node_at(match.start(), match.end())
        dead = script.dead_kind(node)
        if dead is not None:
            if _MENTION_BYTES[version].match(script.data, match.start()):
                mentions.append((script.place(match.start()), version, dead))
            continue
        found = _v1_snippet(script, node, elsewhere) if version == V1 else _v2_snippet(script,
                                                                                     node)
        if found is not None and found.node.start_byte not in seen:
            seen.add(found.node.start_byte)
            live.append(found)


def _v1_snippet(script, node, elsewhere):
    """The snippet when this `__8x8Chat` is assigned a value."""
    parent = node.parent
    if node.type == "identifier" and parent is not None:
        if parent.type == "variable_declarator" and parent.child_by_field_name("name") == node:
            value = parent.child_by_field_name("value")
            return None if value is None else Snippet(V1, script, value, node)
        return _assigned(script, node, node, elsewhere)
    if node.type == "property_identifier" and parent is not None \
            and parent.type == "member_expression":
        return _assigned(script, parent, node, elsewhere)
    if node.type == "string_fragment" and parent is not None and parent.parent is not None \
            and parent.parent.type == "subscript_expression":
        return _assigned(script, parent.parent, node, elsewhere)
    return None


def _assigned(script, target, name, elsewhere):
    parent = target.parent
    if parent is None:
        return None
    if parent.type == "assignment_expression" and parent.child_by_field_name("left") == target:
        return Snippet(V1, script, parent.child_by_field_name("right"), name)
    grandparent = parent.parent
    if parent.type in ("member_expression", "subscript_expression") \
            and parent.child_by_field_name("object") == target and grandparent is not None \
            and grandparent.type == "assignment_expression" \
            and grandparent.child_by_field_name("left") == parent:
        elsewhere.append((script, grandparent))  # `__8x8Chat.onInit = ...`
    return None


def _v2_snippet(script, node):
    """The snippet when this `scriptUuid` is a key of an object literal."""
    key = node.parent if node.type == "string_fragment" else node
    parent = key.parent if key is not None else None
    if parent is None:
        return None
    if node.type == "shorthand_property_identifier" and parent.type == "object":
        return Snippet(V2, script, parent, node)
    if parent.type == "pair" and parent.child_by_field_name("key") == key \
            and parent.parent is not None and parent.parent.type == "object":
        return Snippet(V2, script, parent.parent, node)
    return None


def _the_one(source, live, mentions, elsewhere):
    if len(live) == 1:
        live[0].elsewhere = elsewhere
        return live[0]
    if len(live) > 1:
        raise ValidationError([_several(sorted(live, key=lambda s: s.place))], source.name)
    if mentions:
        raise ValidationError([_mention(*found) for found in sorted(mentions)[:10]],
                              source.name)
    raise ValidationError([Problem("", None, "no 8x8 chat snippet here: neither v1 "
                                   "(`window.__8x8Chat = {...}`) nor v2 (a config with "
                                   "`scriptUuid`); paste the whole snippet from the "
                                   "Configuration Manager")], source.name)


def _several(live):
    named = ["%s at line %d" % (NAMES[s.version], s.place.line) for s in live[:_SHOWN_AT_MOST]]
    if len(live) > _SHOWN_AT_MOST:
        named.append("and %d more" % (len(live) - _SHOWN_AT_MOST))
    return Problem("", None, "%d snippets in one file: %s; a config is one chat: keep the one "
                   "this site uses, or put each in a file of its own and import each"
                   % (len(live), ", ".join(named)))


def _mention(place, version, kind):
    return Problem(str(place), None, "%s is only inside %s, which the browser never runs as "
                   "code, and chatkit imports live code only: %s"
                   % (NAMES[version], kind, _hint(kind)))


def _hint(kind):
    if "comment" in kind:
        return _HINTS["comment"]
    if "string" in kind or "template literal" in kind:
        return _HINTS["string"]
    return _HINTS["script"] if "<script" in kind else _HINTS["text"]
