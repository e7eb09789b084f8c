"""Getting the text back out of an RTF document: CSS pasted into TextEdit or Word.

The reference's example stylesheet is such a document: every CSS line ends in
`\\` (RTF's paragraph break), braces are written `\\{` and `\\}`, and a header of
font and colour tables comes first.  `unwrap` returns the plain text and, for
each of its lines, the line of the RTF document it came from, so problems can
be reported where the user sees them.

    >>> unwrap("{\\\\rtf1\\\\ansi {\\\\fonttbl\\\\f0 Helvetica;}\\n.a \\\\{\\\\\\n\\\\}}").text
    '.a {\\n}\\n'
"""

import codecs
import re

from chatkit.errors import ChatkitError

__all__ = ["RtfError", "RtfText", "is_rtf", "unwrap"]

# Groups whose content is not document text (RTF 1.9.1, "destinations").
_SKIPPED_GROUPS = frozenset((
    "fonttbl", "colortbl", "expandedcolortbl", "stylesheet", "listtable", "listoverridetable",
    "info", "pict", "object", "header", "footer", "headerl", "headerr", "footerl", "footerr",
    "revtbl", "rsidtbl", "generator", "themedata", "colorschememapping", "latentstyles",
    "datastore", "xmlnstbl", "mmathPr", "fldinst", "filetbl", "pgdsctbl",
))
# Control words that stand for text.
_WORD_TEXT = {
    "par": "\n", "line": "\n", "sect": "\n", "tab": "\t", "emdash": "\u2014",
    "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
    "rdblquote": "\u201d", "bullet": "\u2022", "emspace": " ", "enspace": " ",
}
# Control symbols: `\\{`, `\\}`, `\\\\` are literal; `\\<newline>` is a paragraph break.
_SYMBOL_TEXT = {"{": "{", "}": "}", "\\": "\\", "\n": "\n", "\r": "\n", "~": "\u00a0",
                "_": "-", "-": "", "|": "", ":": ""}
_TOKEN = re.compile(r"""
    \\(?P<word>[a-zA-Z]{1,32})(?P<arg>-?\d{1,10})?[ ]?   # control word, its space eaten
  | \\'(?P<hex>[0-9a-fA-F]{2})                          # a byte in the document's code page
  | \\(?P<symbol>[^a-zA-Z'])                            # control symbol
  | (?P<open>\{) | (?P<close>\}) | (?P<newline>\r\n|\r|\n)
  | (?P<text>[^\\{}\r\n]+)
""", re.VERBOSE)


class RtfError(ChatkitError):
    """The document cannot be read: `message` at `line` of the RTF document."""

    def __init__(self, line, message):
        super().__init__(message)
        self.line, self.message = line, message


class RtfText:
    """Text unwrapped from RTF: `text`, and `rtf_line(n)` for its line n (1-based)."""

    def __init__(self, text, lines):
        self.text = text
        self._lines = lines

    def rtf_line(self, line):
        """The RTF document's line where line `line` of the text starts."""
        if not self._lines:
            return line
        return self._lines[min(max(line, 1), len(self._lines)) - 1]


def is_rtf(text):
    """True when `text` is an RTF document (it starts with `{\\rtf`)."""
    return text.lstrip("\ufeff \t\r\n").startswith("{\\rtf")


def unwrap(rtf):
    """The document's text, control words and non-text groups dropped."""
    state = _State(_code_page(rtf))
    for match in _TOKEN.finditer(rtf):
        state.feed(match)
    return state.result()


def _code_page(rtf):
    """The codec of the document's `\\ansicpgN` (Windows-1252 when it names none)."""
    found = re.search(r"\\ansicpg(\d{1,10})", rtf[:2000])
    if not found:
        return "cp1252"
    try:
        return codecs.lookup("cp%d" % int(found.group(1))).name
    except LookupError:
        raise RtfError(rtf.count("\n", 0, found.start()) + 1, "the RTF document says its text "
                       "is in code page %s (\\ansicpg%s), which does not exist: save it again "
                       "from your editor, or as plain text" % (found.group(1), found.group(1))
                       ) from None


class _State:
    """Walks the tokens: a stack of groups, the text so far, where each line began."""

    def __init__(self, code_page):
        self.code_page = code_page
        self.skipping = [False]  # per open group: is its content skipped?
        self.pending_star = False
        self.skip_fallback = 0
        self.out = []
        self.rtf_line = 1
        self.line_starts = []
        self.at_line_start = True

    def feed(self, match):
        kind = "word" if match.group("word") else match.lastgroup
        if kind in ("open", "close"):
            self._group(kind)
        elif kind == "word":
            self._word(match.group("word"), match.group("arg"))
        elif kind != "newline" and not self.skipping[-1]:
            self._content(kind, match)
        self.rtf_line += match.group(0).count("\n")

    def _group(self, kind):
        if kind == "open":
            self.skipping.append(self.skipping[-1])
            self.pending_star = False
        elif len(self.skipping) > 1:
            self.skipping.pop()

    def _word(self, word, arg):
        # The first control word of a group decides whether the group is text.
        if word in _SKIPPED_GROUPS or self.pending_star:
            self.skipping[-1] = True
        self.pending_star = False
        if self.skipping[-1]:
            return
        if word == "u" and arg is not None:
            self._emit(chr(int(arg) % 0x10000))
            self.skip_fallback = 1  # the one-character fallback after \uN
        elif word in _WORD_TEXT:
            self._emit(_WORD_TEXT[word])

    def _content(self, kind, match):
        if kind == "symbol" and match.group("symbol") == "*":
            self.pending_star = True
        elif kind == "symbol":
            self._emit(_SYMBOL_TEXT.get(match.group("symbol"), ""))
        elif kind == "hex":
            self._emit_fallback_aware(bytes.fromhex(match.group("hex")).decode(
                self.code_page, "replace"))
        else:
            self._emit_fallback_aware(match.group("text"))

    def _emit_fallback_aware(self, text):
        if self.skip_fallback:
            text, self.skip_fallback = text[1:], 0
        self._emit(text)

    def _emit(self, text):
        for char in text:
            if self.at_line_start:
                self.line_starts.append(self.rtf_line)
                self.at_line_start = False
            self.out.append(char)
            if char == "\n":
                self.at_line_start = True

    def result(self):
        text = "".join(self.out)
        # \uN escapes write UTF-16 code units; pairs of them are one character.
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        if text and not text.endswith("\n"):
            text += "\n"
        return RtfText(text, self.line_starts)
