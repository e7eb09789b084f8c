"""Finding the JavaScript in a file: the scripts of a page or template, or a JS/JSX/TS/TSX file.

A page is read as a browser would read it (html.parser): the code is the text of each
`<script>` the browser runs.  What it never runs is kept apart as `Dead` text, so that a
snippet found only there can be named: an HTML comment, a template comment, a script of
another type or with `src`, the page's own text.
"""

from html.parser import HTMLParser
from pathlib import PurePath

from chatkit.importer._source import Source
from chatkit.importer._templates import COMMENT, Construct, mask_templates

JAVASCRIPT, TYPESCRIPT, TSX = "javascript", "typescript", "tsx"
# JSX is part of tree-sitter's JavaScript grammar; TypeScript's casts (`<T>x`) are not TSX.
GRAMMARS = {".js": JAVASCRIPT, ".mjs": JAVASCRIPT, ".cjs": JAVASCRIPT, ".jsx": JAVASCRIPT,
            ".ts": TYPESCRIPT, ".mts": TYPESCRIPT, ".cts": TYPESCRIPT, ".tsx": TSX}
_SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module", "text/babel",
                 "text/jsx", "application/x-javascript", "text/ecmascript",
                 "application/ecmascript", "text/x-javascript"}
_TYPESCRIPT_LANGS = {"ts", "typescript"}


class Code:
    """JavaScript the browser runs: its text (templates masked) and where it starts."""

    def __init__(self, offset: int, text: str, grammar: str):
        self.offset, self.text, self.grammar = offset, text, grammar


class Dead:
    """Text the browser never runs as code, and what it is ("an HTML comment"...)."""

    def __init__(self, offset: int, text: str, kind: str):
        self.offset, self.text, self.kind = offset, text, kind


class Page:
    """What a file holds: its code, its dead text, its template constructs."""

    def __init__(self, code: list[Code], dead: list[Dead], templates: list[Construct]):
        self.code, self.dead, self.templates = code, dead, templates


def read_page(source: Source) -> Page:
    grammar = GRAMMARS.get(PurePath(source.name).suffix.lower())
    if grammar is not None:  # a component: no template layer (JSX writes `{{` for objects)
        return Page([Code(0, source.text, grammar)], [], [])
    text, templates = mask_templates(source.text)
    finder = _ScriptFinder(source, text)
    finder.feed(text)
    finder.close()
    dead = [Dead(t.start, t.text, "a template comment") for t in templates if t.kind == COMMENT]
    return Page(finder.code, finder.dead + dead, templates)


class _ScriptFinder(HTMLParser):
    def __init__(self, source, text):
        super().__init__(convert_charrefs=False)
        self.source, self.text = source, text
        self.code: list[Code] = []
        self.dead: list[Dead] = []
        self._script = None  # (offset of its text, grammar or the kind of dead text)
        self._in_comment_to_end = False

    def _offset(self):
        return self.source.offset(*self.getpos())

    def handle_starttag(self, tag, attrs):
        if tag != "script" or self._in_comment_to_end:
            return
        start = self._offset() + len(self.get_starttag_text() or "")
        self._script = (start, _script_kind(dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        pass  # `<script/>` has no text

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self._end_script(self._offset())

    def close(self):
        super().close()
        if self._script is not None:  # a script left open runs to the end of the file
            self._end_script(len(self.text))

    def _end_script(self, end):
        start, kind = self._script
        self._script = None
        if kind in (JAVASCRIPT, TYPESCRIPT):
            self.code.append(Code(start, self.text[start:end], kind))
        else:
            self.dead.append(Dead(start, self.text[start:end], kind))

    def handle_comment(self, data):
        self.dead.append(Dead(self._offset() + 4, data, "an HTML comment"))

    def handle_data(self, data):
        if self._script is not None or self._in_comment_to_end:
            return
        offset = self._offset()
        if data.startswith("<!--"):  # never closed: a browser reads the rest as a comment
            self._in_comment_to_end = True
            self.dead.append(Dead(offset + 4, self.text[offset + 4 :], "an HTML comment"))
            return
        self.dead.append(Dead(offset, data, "the page's text, outside any <script>"))


def _script_kind(attrs):
    kind = (attrs.get("type") or "").strip().lower()
    if kind not in _SCRIPT_TYPES:
        return "a <script type=\"%s\">, which the browser does not run" % kind
    if attrs.get("src") is not None:
        return "a <script src=...>, whose own text the browser does not run"
    lang = (attrs.get("lang") or "").strip().lower()
    return TYPESCRIPT if lang in _TYPESCRIPT_LANGS else JAVASCRIPT
