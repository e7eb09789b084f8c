"""Reading JavaScript with tree-sitter (its JavaScript/JSX, TypeScript and TSX grammars).

A `Script` is one piece of code of the file, parsed: it names the place of any node in the
file, refuses invalid code with its line and column, runs tree-sitter queries, and finds
the template constructs inside a node.  Nothing here walks a whole tree in Python: the
grammar's C code and the queries do, so a deep or huge file costs little and never
recurses.
"""

import bisect
import functools

import tree_sitter_javascript
import tree_sitter_typescript
from tree_sitter import Language, Node, Parser, Query, QueryCursor

from chatkit.errors import Problem
from chatkit.importer._page import JAVASCRIPT, TSX, TYPESCRIPT, Code
from chatkit.importer._source import Place, Source, code
from chatkit.importer._templates import Construct

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
        self.data = piece.text.encode("utf-8")
        self.root = Parser(_language(piece.grammar)).parse(self.data).root_node
        self._ascii = len(self.data) == len(piece.text)
        self._known_bytes, self._known_chars = [0], [0]  # byte -> char, learnt as asked
        self._templates = _in_bytes(piece.text, piece.offset, templates)
        self._template_starts = [start for start, _ in self._templates]

    # --- places -------------------------------------------------------------------------
    def place(self, node_or_byte: Node | int) -> Place:
        byte = node_or_byte if isinstance(node_or_byte, int) else node_or_byte.start_byte
        return self.source.place(self.offset + self._char(byte))

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
            what = "unexpected %s" % code(self.text(node, 40))
        return Problem(str(self.place(node)), None, "invalid JavaScript: %s" % what)

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
