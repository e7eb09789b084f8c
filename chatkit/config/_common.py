"""What the per-table checks share: unknown keys, numbers JSON cannot carry, hidden characters."""

import json

from chatkit.errors import Problem
from chatkit.rules.customer import SAFE_INTEGER
from chatkit.rules.suggest import closest
from chatkit.rules.text import describe_hidden, hidden_characters, is_control

_INFINITY = float("inf")
PASTED = "characters you cannot see, pasted with the value? type it again"


def unknown_keys(table, allowed, prefix):
    """One error per key not in `allowed`, with "did you mean" (and what hides in the key)."""
    problems = []
    for key in table:
        if key not in allowed:
            hint = closest(key, allowed)
            suggestion = "did you mean %s?" % hint if hint else "allowed: " + ", ".join(allowed)
            problems.append(Problem(prefix + key_text(key), key, "unknown key%s (%s)"
                                    % (hidden_note(key), suggestion)))
    return problems


def hidden_note(text):
    """`: it contains U+200B ZERO WIDTH SPACE`, or "" when nothing hides in `text`."""
    hidden = hidden_characters(text) if isinstance(text, str) else []
    return ": it contains %s" % describe_hidden(hidden) if hidden else ""


def hidden_problem(key, value, invisible_severity="error"):
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


def key_warnings(table, prefix):
    """Warnings for keys the agent would see that hide characters (customer info, variables)."""
    problems = []
    for key in table:
        hidden = hidden_characters(key) if isinstance(key, str) else []
        if hidden:
            problems.append(Problem(prefix + key_text(key), key, "the key contains %s, which "
                                    "the agent sees as nothing or as a break (pasted by "
                                    "mistake?)" % describe_hidden(hidden), "warning"))
    return problems


def number_message(value):
    """What JSON and JavaScript cannot carry exactly: nan, inf and ints beyond 2**53."""
    if isinstance(value, float) and not -_INFINITY < value < _INFINITY:
        return "must be a finite number, not %s" % value
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > SAFE_INTEGER:
        return ("must be a whole number within ±2**53 = ±9007199254740992 "
                "(beyond it a JavaScript number loses precision)")
    return None


def value_note(value):
    """` ("no")` or ` (3)`: a scalar value as a message shows it after its kind; "" for others."""
    if isinstance(value, str):
        return " (%s)" % json.dumps(value, ensure_ascii=False)
    if isinstance(value, (bool, int, float)):
        return " (%s)" % json.dumps(value)
    return ""


def key_text(key):
    """A key as a problem's dotted path shows it: an empty key as `""`, so it is seen."""
    if not isinstance(key, str):
        return repr(key)
    return key or '""'
