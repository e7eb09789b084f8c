"""The file being imported: its text, the server-template syntax in it, and its JavaScript.

- the file is read once, refused whole when it is not a text file we can read (a UTF-8
  BOM skipped; NUL, non-UTF-8 or a huge file refused).  Every place the importer names
  is a `Place` (line and column, both from 1, columns counted in characters), so each
  problem prints as `FILE: line L, column C: ...` on one line.
- server-template syntax (Nunjucks/Jinja/Twig, PHP/WordPress, ERB/EJS): tenants keep the
  snippet in templates, so a page may hold `{{ uuid }}`, `{% if %}`, `{# note #}`,
  `<?= $uuid ?>` or `<?php ... ?>`.  None of it is JavaScript or HTML: each construct is
  found and masked with text of the same length (so every line and column stays true),
  and remembered, so that a value made of one can be refused by name.  A placeholder
  (`{{ x }}`, `<?= x ?>`, `<?php echo x ?>`, `<%= x %>`) becomes `_` and blanks: an
  identifier, valid wherever the template meant a value or text; a tag (`{% if %}`,
  `<?php if (...): ?>`, `<% code %>`), a comment (`{# #}`, `{% comment %}...{% endcomment
  %}`, `<%# %>`) and the `{% raw %}`/`{% endraw %}` around literal text become blanks.
  `{{agent}}` is the chat's own placeholder in system messages (SPEC 5.3), not the
  template's; text inside `{% raw %}`/`{% verbatim %}` is the template's output and is kept.
- the JavaScript: a page is read as a browser reads it (html.parser): the code is the
  text of each `<script>` the browser runs.  What it never runs is kept apart as `Dead`
  text, so that a snippet found only there can be named: an HTML comment, a template
  comment, a script of another type or with `src`, the page's own text.  A JS/JSX/TS/TSX
  component is code as a whole.
"""

import bisect
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePath

from chatkit.config.messages import AGENT_PLACEHOLDER
from chatkit.errors import Problem, ValidationError

# A page, a template or a component is tens of kilobytes; a bundle is not where a snippet lives.
MAX_BYTES = 2 * 1024 * 1024
_BOM = b"\xef\xbb\xbf"
_NEWLINE = re.compile("\n")
_SPACES = re.compile(r"\s+")
# Characters that would break a line or hide text: shown as escapes.
_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


@dataclass(frozen=True, order=True, slots=True)
class Place:
    """A line and a column of the file, as an editor shows them."""

    line: int
    column: int

    def __str__(self) -> str:
        return "line %d, column %d" % (self.line, self.column)


class Source:
    """The text of the file and a way to name the place of any character of it."""

    def __init__(self, name: str, text: str):
        self.name = name
        self.text = text
        # Lines end at "\n" only: html.parser counts them that way too.
        self._line_starts = [0] + [match.end() for match in _NEWLINE.finditer(text)]

    def place(self, offset: int) -> Place:
        line = bisect.bisect_right(self._line_starts, offset)
        return Place(line, offset - self._line_starts[line - 1] + 1)

    def offset(self, line: int, column: int) -> int:
        """The offset of a 1-based line and a 0-based column (html.parser's getpos())."""
        return self._line_starts[line - 1] + column


def read_source(path: str | Path) -> Source:
    """The file as text; ValidationError (one line naming the file and the place) otherwise."""
    name = str(path)
    data = _read_bytes(Path(path), name)
    # A UTF-8 byte order mark carries nothing (Windows Notepad writes one): skipped, as the
    # config's reader skips it, and as browsers do.
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    nul = data.find(b"\0")
    if nul != -1:
        _refuse(name, _place_of_byte(data, nul), "a NUL byte: this is not a text file (a page, "
                "a template or a JS/JSX/TS/TSX file)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        _refuse(name, _place_of_byte(data, error.start), "not UTF-8 (byte 0x%02X): save it as "
                "UTF-8" % data[error.start])
    return Source(name, text)


def _read_bytes(path, name):
    try:
        if path.is_dir():
            _refuse(name, "", "is a folder, not a file")
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        _refuse(name, "", "no such file")
    except OSError as error:
        _refuse(name, "", "cannot read it: %s" % (error.strerror or error))
    if len(data) > MAX_BYTES:
        _refuse(name, "", "is larger than %d MB, the most chatkit import reads (a page, a "
                "template or a component, not a bundle)" % (MAX_BYTES // 1024 // 1024))
    return data


def _place_of_byte(data, index):
    before = data[:index].decode("utf-8", errors="replace")
    return str(Source("", before + " ").place(len(before)))


def _refuse(name, where, message):
    raise ValidationError([Problem(where, None, message)], name)


def shown(text: str, limit: int = 60) -> str:
    """A piece of the file for a one-line message: spaces collapsed, hidden characters escaped."""
    text = _SPACES.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return _HIDDEN.sub(lambda match: "\\u%04x" % ord(match.group()), text)


def code(text: str, limit: int = 60) -> str:
    """A piece of code for a message, between backticks."""
    return "`%s`" % shown(text, limit)


# --- server templates ----------------------------------------------------------------------------

PLACEHOLDER, TAG, COMMENT, RAW = "placeholder", "tag", "comment", "raw"

_OPENER = re.compile(r"\{\{|\{%|\{#|<\?|<%")
_CLOSERS = {"{{": "}}", "{%": "%}", "{#": "#}", "<?": "?>", "<%": "%>"}
_RAW = re.compile(r"\{%-?\s*(raw|verbatim)\s*-?%\}\Z")
_COMMENT_BLOCK = re.compile(r"\{%-?\s*comment\s*-?%\}\Z")
_PHP_ECHO = re.compile(r"<\?(?:=|php\s+(?:echo|print)\b)")


@dataclass(slots=True)
class Construct:
    """One piece of template syntax: where it is (offsets in the file), its text, its kind."""

    start: int
    end: int
    text: str
    kind: str


def mask_templates(text: str) -> tuple[str, list[Construct]]:
    """(the text with every construct masked, the constructs in order)."""
    constructs = list(_constructs(text))
    if not constructs:
        return text, []
    pieces, position = [], 0
    for construct in constructs:
        pieces.append(text[position : construct.start])
        pieces.append(_mask(construct))
        position = construct.end
    pieces.append(text[position:])
    return "".join(pieces), constructs


def _mask(construct):
    blank = re.sub(r"[^\n]", " ", construct.text)
    return "_" + blank[1:] if construct.kind == PLACEHOLDER else blank


def _constructs(text):
    found: list[Construct] = []
    position, unclosed = 0, set[str]()
    while True:
        match = _OPENER.search(text, position)
        if match is None:
            return found
        end = _closing(text, match.end(), match.group(), unclosed)
        if end is None:  # an unclosed `{{` is text, as in a page that is no template
            position = match.end()
            continue
        body = text[match.start() : end]
        construct = Construct(match.start(), end, body, _kind(body))
        raw = _RAW.match(construct.text)
        if raw:  # the block's text is the template's literal output: only its tags are masked
            construct.kind = RAW
            found.append(construct)
            ending = re.compile(r"\{%%-?\s*end%s\s*-?%%\}" % raw.group(1)).search(text, end)
            if ending is None:
                return found
            found.append(Construct(ending.start(), ending.end(), ending.group(), RAW))
            position = ending.end()
            continue
        if _COMMENT_BLOCK.match(construct.text):
            construct.end = _block_end(text, end, r"\{%-?\s*endcomment\s*-?%\}")
            construct.text, construct.kind = text[construct.start : construct.end], COMMENT
        if construct.text != AGENT_PLACEHOLDER:
            found.append(construct)
        position = construct.end


def _closing(text, start, opener, unclosed):
    """The end of the construct opened just before `start`, or None."""
    closer = _CLOSERS[opener]
    if closer in unclosed:  # searched to the end once already: linear on hostile input
        return len(text) if opener == "<?" else None
    found = text.find(closer, start)
    if found == -1:
        unclosed.add(closer)
        return len(text) if opener == "<?" else None  # PHP may leave its last block open
    return found + len(closer)


def _block_end(text, start, pattern):
    found = re.compile(pattern).search(text, start)
    return len(text) if found is None else found.end()


def _kind(body):
    if body.startswith(("{#", "<%#")):
        return COMMENT
    if body.startswith(("{{", "<%=", "<%-")) or _PHP_ECHO.match(body):
        return PLACEHOLDER
    return TAG


# --- the JavaScript of a page or a component -----------------------------------------------------

JAVASCRIPT, TYPESCRIPT, TSX = "javascript", "typescript", "tsx"
# JSX is part of tree-sitter's JavaScript grammar; TypeScript's casts (`<T>x`) are not TSX.
GRAMMARS = {".js": JAVASCRIPT, ".mjs": JAVASCRIPT, ".cjs": JAVASCRIPT, ".jsx": JAVASCRIPT,
            ".ts": TYPESCRIPT, ".mts": TYPESCRIPT, ".cts": TYPESCRIPT, ".tsx": TSX}
_SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module", "text/babel",
                 "text/jsx", "application/x-javascript", "text/ecmascript",
                 "application/ecmascript", "text/x-javascript"}
_TYPESCRIPT_LANGS = {"ts", "typescript"}


@dataclass(frozen=True)
class Code:
    """JavaScript the browser runs: its text (templates masked) and where it starts."""

    offset: int
    text: str
    grammar: str
    whole_file: bool = False  # a component (JS/JSX/TS/TSX): the app, not one <script>


@dataclass(frozen=True)
class Dead:
    """Text the browser never runs as code, and what it is ("an HTML comment"...)."""

    offset: int
    text: str
    kind: str


@dataclass(frozen=True)
class Element:
    """An HTML element of a page that has an id: its tag and where its start tag is."""

    tag: str
    offset: int


@dataclass(frozen=True)
class Page:
    """What a file holds: its code, its dead text, its template constructs, and its elements
    by id (the first of each id, as `getElementById` finds it)."""

    code: list[Code]
    dead: list[Dead]
    templates: list[Construct]
    elements: dict[str, Element] = field(default_factory=dict)


def read_page(source: Source) -> Page:
    grammar = GRAMMARS.get(PurePath(source.name).suffix.lower())
    if grammar is not None:  # a component: no template layer (JSX writes `{{` for objects)
        return Page([Code(0, source.text, grammar, whole_file=True)], [], [])
    text, templates = mask_templates(source.text)
    finder = _ScriptFinder(source, text)
    finder.feed(text)
    finder.close()
    dead = [Dead(t.start, t.text, "a template comment") for t in templates if t.kind == COMMENT]
    return Page(finder.code, finder.dead + dead, templates, finder.elements)


class _ScriptFinder(HTMLParser):
    def __init__(self, source, text):
        super().__init__(convert_charrefs=False)
        self.source, self.text = source, text
        self.code: list[Code] = []
        self.dead: list[Dead] = []
        # (offset of its text, grammar or the kind of dead text)
        self._script: tuple[int, str] | None = None
        self._in_comment_to_end = False
        self.elements: dict[str, Element] = {}

    def _offset(self):
        return self.source.offset(*self.getpos())

    def handle_starttag(self, tag, attrs):
        self._element(tag, attrs)
        if tag != "script" or self._in_comment_to_end:
            return
        start = self._offset() + len(self.get_starttag_text() or "")
        self._script = (start, _script_kind(dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self._element(tag, attrs)  # `<script/>` has no text

    def _element(self, tag, attrs):
        found = dict(attrs).get("id")
        if found and not self._in_comment_to_end and found not in self.elements:
            self.elements[found] = Element(tag, self._offset())

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self._end_script(self._offset())

    def close(self):
        super().close()
        if self._script is not None:  # a script left open runs to the end of the file
            self._end_script(len(self.text))

    def _end_script(self, end):
        if self._script is None:
            return
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
