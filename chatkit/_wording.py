"""How a problem words what it found: a value's kind, the characters it hides, the name it meant.

- `must_be("text", [1])` is `must be text, not an array`: the words a marketer reads in
  chat.toml ("text", "a number", "true/false", "an array", "a table"), for every table.
- `describe_hidden(...)` names the controls and invisible characters a value hides
  (`U+200B ZERO WIDTH SPACE`), by Unicode's names.  Which characters those are is
  decided once, in chatkit.errors (the page's bundle ships it, and it escapes them in
  every problem line); this module only names them.
- `closest(word, names)` is the "did you mean" of config keys, system messages and
  theme names; `edit_distance` is the one edit distance chatkit has (the CSS checker's
  index of thousands of names uses it too).
- `unknown_keys`, `hidden_problem`, `key_warnings`, `number_message`: the problems every
  table of a config may have, worded once.

CPython only: the page's rules (chatkit.rules) never word a config's problems.
"""

import json
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from chatkit.errors import Problem, is_control, is_hidden
from chatkit.rules.customer import SAFE_INTEGER, int_text

__all__ = ["PASTED", "character_name", "closest", "describe_hidden", "edit_distance",
           "hidden_characters", "hidden_note", "hidden_problem", "key_text", "key_warnings",
           "kind_of", "lookalike_keys", "must_be", "number_message", "unknown_keys", "value_note"]

# Controls have no Unicode name, only an alias: these are the ones that end or move a line.
CONTROL_NAMES = {
    0x00: "NULL",
    0x09: "CHARACTER TABULATION",
    0x0A: "LINE FEED",
    0x0B: "LINE TABULATION",
    0x0C: "FORM FEED",
    0x0D: "CARRIAGE RETURN",
    0x1B: "ESCAPE",
    0x7F: "DELETE",
    0x85: "NEXT LINE",
}


# --- a value's kind --------------------------------------------------------------------------

def kind_of(value: object) -> str:
    """The value's kind as a message names it.

    >>> kind_of([1]), kind_of({"a": 1}), kind_of(True), kind_of(2.5)
    ('an array', 'a table', 'true/false', 'a number')
    """
    if isinstance(value, bool):  # before int: a bool is an int in Python
        return "true/false"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (list, tuple)):
        return "an array"
    if value is None:
        return "nothing (null)"
    if hasattr(value, "isoformat"):  # TOML's dates and times
        return "a date/time"
    return "a %s" % type(value).__name__


def must_be(what: str, value: object) -> str:
    """`must be text, not an array`: what a value had to be, and what it is."""
    return "must be %s, not %s" % (what, kind_of(value))


# --- characters a value hides ----------------------------------------------------------------

def hidden_characters(text: str) -> list[str]:
    """The controls and invisible characters of `text`, each once, in order of appearance."""
    found: list[str] = []
    for char in text:
        if is_hidden(char) and char not in found:
            found.append(char)
    return found


def character_name(char: str) -> str:
    """`U+200B ZERO WIDTH SPACE`: the code point and its Unicode name (a control's alias).

    >>> character_name("\\u202e"), character_name("\\x01")
    ('U+202E RIGHT-TO-LEFT OVERRIDE', 'U+0001 a control character')
    """
    code = ord(char)
    name = CONTROL_NAMES.get(code) or unicodedata.name(char, "")
    if not name and is_control(char):
        name = "a control character"
    return "U+%04X %s" % (code, name) if name else "U+%04X" % code


def describe_hidden(characters: Iterable[str]) -> str:
    """`U+200B ZERO WIDTH SPACE and U+202E RIGHT-TO-LEFT OVERRIDE`, for a message."""
    names = [character_name(c) for c in characters]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# --- did you mean ----------------------------------------------------------------------------

def closest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate nearest to `word` by edit distance, when close enough to suggest.

    Close enough: at most a third of the word (two edits at least), and never all but
    one of its letters (`a b` is not `api`).

    >>> closest("tennant", ["uuid", "tenant", "channel"])
    'tenant'
    """
    allowed = min(max(2, len(word) // 3), len(word) - 2)
    best: str | None = None
    best_distance = allowed + 1
    for candidate in candidates:
        if abs(len(word) - len(candidate)) >= best_distance:
            continue  # at least that many edits: a long pasted word costs no more than its length
        distance = edit_distance(word.lower(), candidate.lower())
        if distance < best_distance:
            best, best_distance = candidate, distance
    return best


def edit_distance(a: str, b: str) -> int:
    """Edits from a to b: insertions, deletions, substitutions, and a swap of two neighbours
    counting one (the optimal string alignment distance, as typos are made).

    >>> edit_distance("tenant", "tenatn"), edit_distance("path", "pat")
    (1, 1)
    """
    before, previous = [0] * (len(b) + 1), list(range(len(b) + 1))  # rows i-2 and i-1
    for i in range(1, len(a) + 1):
        row = [i]
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            best = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, before[j - 2] + 1)
            row.append(best)
        before, previous = previous, row
    return previous[-1]


# --- problems of a table's keys and values ----------------------------------------------------

PASTED = "characters you cannot see, pasted with the value? type it again"
_INFINITY = float("inf")


def unknown_keys(table: dict[Any, Any], allowed: Sequence[str], prefix: str) -> list[Problem]:
    """One error per key not in `allowed`, with "did you mean" (and what hides in the key)."""
    problems = []
    for key in table:
        if key not in allowed:
            hint = closest(key, allowed)
            suggestion = "did you mean %s?" % hint if hint else "allowed: " + ", ".join(allowed)
            problems.append(Problem(prefix + key_text(key), key, "unknown key%s (%s)"
                                    % (hidden_note(key), suggestion)))
    return problems


def hidden_note(text: object) -> str:
    """`: it contains U+200B ZERO WIDTH SPACE`, or "" when nothing hides in `text`."""
    hidden = hidden_characters(text) if isinstance(text, str) else []
    return ": it contains %s" % describe_hidden(hidden) if hidden else ""


def hidden_problem(key: str, value: str, invisible_severity: str = "error") -> Problem | None:
    """A problem for controls and invisible characters in a value, or None.

    Controls (a line break, a tab...) are always errors; invisible formatting
    characters (zero width, bidi controls) get `invisible_severity`.
    """
    hidden = hidden_characters(value)
    if not hidden:
        return None
    severity = "error" if any(is_control(c) for c in hidden) else invisible_severity
    return Problem(key, value, "must not contain %s (%s)" % (describe_hidden(hidden), PASTED),
                   severity)


def key_warnings(table: dict[Any, Any], prefix: str) -> list[Problem]:
    """Warnings for keys the agent would see that hide characters (customer info, variables)."""
    problems = []
    for key in table:
        hidden = hidden_characters(key) if isinstance(key, str) else []
        if hidden:
            problems.append(Problem(prefix + key_text(key), key, "the key contains %s, which "
                                    "the agent sees as nothing or as a break (pasted by "
                                    "mistake?)" % describe_hidden(hidden), "warning"))
    return problems


def lookalike_keys(table: dict[Any, Any], prefix: str) -> list[Problem]:
    """Warnings for keys the agent would take for an earlier key of the table: the same
    once spacing, character width and how accents are written are set aside (`Café`
    written with U+00E9 or with e and U+0301, `Plan ` and `Plan`, a fullwidth `Ｐlan`)."""
    seen: dict[str, str] = {}
    problems = []
    for key in table:
        if not isinstance(key, str):
            continue
        looks = unicodedata.normalize("NFKC", key).strip()
        first = seen.setdefault(looks, key)
        if first != key:
            problems.append(Problem(prefix + key_text(key), key, "looks the same to the agent "
                                    "as %s%s: %s and %s differ only in spacing, character "
                                    "width or how an accent is written (keep one of them)"
                                    % (prefix, key_text(first), _ascii(key), _ascii(first)),
                                    "warning"))
    return problems


def _ascii(text):
    """`"Cafe\\u0301"`: a text quoted with everything beyond ASCII escaped, to tell apart
    two that look the same."""
    return json.dumps(text, ensure_ascii=True)


def number_message(value: object) -> str | None:
    """What JSON and JavaScript cannot carry exactly: nan, inf and ints beyond 2**53."""
    if isinstance(value, float) and not -_INFINITY < value < _INFINITY:
        return "must be a finite number, not %s" % value
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > SAFE_INTEGER:
        return ("must be a whole number within ±2**53 = ±9007199254740992 "
                "(beyond it a JavaScript number loses precision)")
    return None


def value_note(value: object) -> str:
    """` ("no")` or ` (3)`: a scalar value as a message shows it after its kind; "" for others."""
    if isinstance(value, str):
        return " (%s)" % json.dumps(value, ensure_ascii=False)
    if isinstance(value, int) and not isinstance(value, bool):
        return " (%s)" % int_text(value)  # `about 10**4816`, never 4817 digits
    if isinstance(value, (bool, float)):
        return " (%s)" % json.dumps(value)
    return ""


def key_text(key: object) -> str:
    """A key as a problem's dotted path shows it: an empty key as `""`, so it is seen."""
    if not isinstance(key, str):
        return repr(key)
    return key or '""'
