"""TOML for chatkit: reading configs (one line per failure, never a traceback) and writing the
small documents chatkit prints (`import`, `messages`) with tomlkit, which quotes and escapes
what TOML requires (tomllib cannot write)."""

import re
import tomllib
from collections.abc import Mapping
from typing import Any

import tomlkit

from chatkit.errors import ChatkitError

__all__ = ["MAX_KEY_PARTS", "MAX_NESTING", "TomlProblem", "dotted_key_place", "nesting_place",
           "read_toml", "toml_key", "toml_table", "toml_value"]


def toml_key(key: str) -> str:
    """A key as TOML writes it: bare when it can be, quoted otherwise."""
    return tomlkit.key(key).as_string()


def toml_value(value: Any) -> str:
    """A value as TOML writes it: `true`, `25`, `inf`, `"a \\"quoted\\" text"`."""
    return tomlkit.item(value).as_string()


def toml_table(name: str, values: Mapping[str, Any],
               comments: Mapping[str, str] | None = None) -> str:
    """`[name]` (dotted for a table in a table: `messages.pt`) and one `key = value` line per
    entry; `comments` maps a key to a line above it."""
    table = tomlkit.table()
    for key, value in values.items():
        if comments and key in comments:
            table.add(tomlkit.comment(comments[key]))
        table.add(key, value)
    *outer, last = name.split(".")
    for part in reversed(outer):  # [a.b] is table b in a table a that has no header of its own
        table = tomlkit.table(is_super_table=True).add(last, table)
        last = part
    document = tomlkit.document()
    document.add(last, table)
    return tomlkit.dumps(document)


# --- reading -----------------------------------------------------------------------------------

# Deeper than any chat config needs (it needs 2), and shallow enough that tomllib's
# recursive descent never meets Python's recursion limit, wherever it is called from.
MAX_NESTING = 100
# CPython refuses to read an int of more digits (sys.int_max_str_digits).
_MAX_DIGITS = 4300
_LONG_NUMBER = re.compile(r"[0-9A-Fa-f_]{%d,}" % _MAX_DIGITS)
# A chat config's longest key has 3 parts (`messages.de.chatQueued`); tomllib's time grows
# with the square of a dotted key's parts (50,000 parts: 35 s).
MAX_KEY_PARTS = 32
_OPENERS = "[{"
_SPECIAL = re.compile(r"[\[\]{}#\"']")
_KEY_SPECIAL = re.compile(r"[.#\"']")
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_BLANK = " \t"
_BASIC_STRING_BODY = re.compile(r'[^"\\\n]*(?:\\.[^"\\\n]*)*')


class TomlProblem(ChatkitError):
    """Why a text is not a TOML document chatkit can read, with `(at line L, column C)`."""


def read_toml(text: str) -> dict:
    """`tomllib.loads`, with every failure a one-line `TomlProblem` that names the place.

    >>> read_toml("[chat]\\nalign = 'left'")
    {'chat': {'align': 'left'}}
    """
    deep = nesting_place(text, MAX_NESTING)
    if deep is not None:
        raise TomlProblem("not valid for chatkit: arrays or inline tables nested more than "
                          "%d deep %s" % (MAX_NESTING, _at(*deep)))
    dotted = dotted_key_place(text, MAX_KEY_PARTS)
    if dotted is not None:
        raise TomlProblem("not valid for chatkit: a dotted key of more than %d parts %s"
                          % (MAX_KEY_PARTS, _at(*dotted)))
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise TomlProblem("not valid TOML: %s%s" % (_placed(str(error), text),
                                                    _unquoted_hint(str(error), text))) from None
    except ValueError:  # an int beyond CPython's int_max_str_digits
        found = _LONG_NUMBER.search(text)
        place = " " + _at(*_place(text, found.start())) if found else ""
        raise TomlProblem("not valid for chatkit: a number of more than %d digits%s"
                          % (_MAX_DIGITS, place)) from None
    except (RecursionError, MemoryError):  # only if the nesting check were fooled
        raise TomlProblem("not valid for chatkit: nested too deeply to read") from None


_INVALID_VALUE = re.compile(r"Invalid value \(at line (\d+), column (\d+)\)")
_BARE_TEXT = re.compile(r"[^\W\d][^#\n]*")  # starts with a letter: no number, date or bool
_ASSIGNED = re.compile(r"\s*([^=\[\]{},]+?)\s*=\s*")  # `key = `, not inside an array or table


def _unquoted_hint(message, text):
    """`: text goes in quotes: language = "German"` for a value written without its quotes."""
    found = _INVALID_VALUE.search(message)
    if found is None:
        return ""
    line = text.split("\n")[int(found.group(1)) - 1].removesuffix("\r")
    start = int(found.group(2)) - 1
    word = _BARE_TEXT.match(line, start)
    if word is None:
        return ""
    before = line[:start]
    assigned = _ASSIGNED.fullmatch(before)
    value = word.group() if assigned else re.split(r"[,\]}]", word.group())[0]
    quoted = toml_value(value.rstrip())
    written = "%s = %s" % (assigned.group(1), quoted) if assigned else quoted
    if value.strip().lower() in ("true", "false"):
        boolean = value.strip().lower()
        return ": TOML writes true and false in lower case (%s); text goes in quotes (%s)" % (
            "%s = %s" % (assigned.group(1), boolean) if assigned else boolean, written)
    return ": text goes in quotes: %s" % written


def _placed(message, text):
    """tomllib says `(at end of document)`: give that place a line and column too."""
    end = "(at end of document)"
    if not message.endswith(end):
        return message
    line, column = _place(text, len(text))
    return message[:-len(end)] + "(at line %d, column %d: the end of the file)" % (line, column)


def nesting_place(text: str, limit: int) -> tuple[int, int] | None:
    """(line, column) of the first `[` or `{` nested more than `limit` deep, or None.

    A lexer of just what can hold a bracket that is not one (strings, comments), in
    one pass: an unclosed string ends the scan, as it ends the document's values.
    """
    depth, index = 0, 0
    while True:
        found = _SPECIAL.search(text, index)
        if found is None:
            return None
        index, char = found.start(), found.group()
        if char in _OPENERS:
            depth += 1
            if depth > limit:
                return _place(text, index)
            index += 1
        elif char in "]}":
            depth, index = max(depth - 1, 0), index + 1
        else:
            index = _skip(text, index, char)
            if index < 0:
                return None


def dotted_key_place(text: str, limit: int) -> tuple[int, int] | None:
    """(line, column) of the dot that gives a key more than `limit` parts, or None.

    One pass, as `nesting_place`: strings and comments are skipped whole (a string is a
    key part too, `"a.b".c`); between two dots only a bare key part may stand.
    """
    dots, index, after = 0, 0, ""  # after: "." or '"' (a string), what the chain ended with
    while True:
        found = _KEY_SPECIAL.search(text, index)
        if found is None:
            return None
        at, char = found.start(), found.group()
        before, part = _trailing_part(text[index:at])
        if char == ".":
            joined = not before and (after == "." and part or after == '"' and not part)
            dots = dots + 1 if joined else (1 if part or (after == '"' and not before) else 0)
            if dots >= limit:
                return _place(text, at)
            index, after = at + 1, "."
            continue
        if char == "#" or before or part or after != ".":
            dots = 0  # a comment, or text that is no key part: the chain ends here
        index = _skip(text, at, char)
        if index < 0:
            return None
        after = '"' if char != "#" else ""


def _trailing_part(gap):
    """(what comes before, the bare key part that ends `gap`), blanks around them dropped."""
    stripped = gap.rstrip(_BLANK)
    start = len(stripped)
    while start and stripped[start - 1] in _BARE:
        start -= 1
    return stripped[:start].strip(_BLANK), stripped[start:]


def _skip(text, index, char):
    """The index after the comment or string at `index`; -1 when it runs to the end."""
    if char == "#":
        end = text.find("\n", index)
        return end if end < 0 else end + 1
    if text.startswith(char * 3, index):
        return _skip_multiline(text, index + 3, char)
    if char == "'":
        end = text.find("'", index + 1)
        newline = text.find("\n", index + 1)
        return newline if end < 0 or 0 <= newline < end else end + 1
    body = _BASIC_STRING_BODY.match(text, index + 1)  # it matches the empty string too
    end = body.end() if body else index + 1
    return end + 1 if end < len(text) else -1


def _skip_multiline(text, index, quote):
    while True:
        end = text.find(quote * 3, index)
        if end < 0:
            return -1
        if quote == '"' and _escaped(text, end):
            index = end + 1
            continue
        return _past_quotes(text, end + 3, quote)


def _past_quotes(text, end, quote):
    """A closing delimiter may follow up to two quotes of the content: `'''a'''''`."""
    for _ in range(2):
        if end < len(text) and text[end] == quote:
            end += 1
    return end


def _escaped(text, index):
    """Whether the character at `index` follows an odd number of backslashes."""
    count = 0
    while index - count - 1 >= 0 and text[index - count - 1] == "\\":
        count += 1
    return count % 2 == 1


def _place(text, index):
    line = text.count("\n", 0, index) + 1
    return line, index - text.rfind("\n", 0, index)


def _at(line, column):
    return "(at line %d, column %d)" % (line, column)
