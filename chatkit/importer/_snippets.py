"""Finding the snippet: the one live v1 `__8x8Chat = {...}` or v2 config with `scriptUuid`.

tree-sitter queries find them in the code: a v1 snippet is a value assigned to
`__8x8Chat` (`var`, `window.`, `window["..."]`, `(window as any).`), a v2 snippet an object
literal with a `scriptUuid` key.  The same text in a comment, a string, JSX text or text
the browser never runs as code is only a mention, named when nothing live is found.
Several live snippets are refused with each one named: chatkit never picks one.
"""

import re

from tree_sitter import Node

from chatkit.errors import Problem, ValidationError
from chatkit.importer._javascript import Script
from chatkit.importer._page import Page
from chatkit.importer._source import Place, Source

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
        problem = script.syntax_error() or _too_deep(script)
        if problem is not None:
            raise ValidationError([problem], source.name)
        _look(script, live, mentions, elsewhere)
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


def _look(script, live, mentions, elsewhere):
    for captures in script.matches(script.root, _QUERY):
        if "dead" in captures:
            dead = captures["dead"][0]
            for match in _MENTION.finditer(script.text(dead)):
                mentions.append((script.place(dead.start_byte + len(
                    script.text(dead)[: match.start()].encode("utf-8"))),
                    match.lastgroup or V1, _DEAD[dead.type]))
        elif "elsewhere" in captures:
            elsewhere.append((script, captures["elsewhere"][0]))
        elif "v1" in captures:
            live.append(Snippet(V1, script, captures["value"][0], captures["name"][0]))
        else:  # the pair now, its object once it is the one snippet
            live.append(Snippet(V2, script, captures["v2"][0], captures["name"][0]))


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
    return Problem(str(place), None, "%s is only inside %s, which the browser never runs as "
                   "code, and chatkit imports live code only: %s"
                   % (NAMES[version], kind, _hint(kind)))


def _hint(kind):
    if "comment" in kind:
        return _HINTS["comment"]
    if "string" in kind or "template literal" in kind:
        return _HINTS["string"]
    return _HINTS["script"] if "<script" in kind else _HINTS["text"]
