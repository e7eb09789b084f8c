"""The file being imported: read once, refused whole when it is not a text file we can read.

Every place the importer names is a `Place` (line and column, both from 1, columns counted
in characters), so each problem prints as `FILE: line L, column C: ...` on one line.
"""

import bisect
import re
from pathlib import Path

from chatkit.errors import Problem, ValidationError

# A page, a template or a component is tens of kilobytes; a bundle is not where a snippet lives.
MAX_BYTES = 2 * 1024 * 1024
_BOM = b"\xef\xbb\xbf"
_NEWLINE = re.compile("\n")
_SPACES = re.compile(r"\s+")
# Characters that would break a line or hide text: shown as escapes.
_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


class Place:
    """A line and a column of the file, as an editor shows them."""

    __slots__ = ("line", "column")

    def __init__(self, line: int, column: int):
        self.line = line
        self.column = column

    def __str__(self):
        return "line %d, column %d" % (self.line, self.column)

    def __lt__(self, other):
        return (self.line, self.column) < (other.line, other.column)


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
