"""The `[theme]` table (v2 only): 8x8's `themeCustom`, checked before the chat ever sees it.

Names are those of 8x8's theming glossary and button table (chatkit.rules.theme),
with "did you mean" for a near miss.  Each value is text checked as the kind of
CSS value its name takes, by the checker of `chatkit css` (chatkit.css.check_value):
a colour, a border radius, a border width, or a shadow (a box-shadow, or a bare
colour as every example of the reference gives one).
"""

import json

from chatkit.config._common import hidden_note, hidden_problem, key_text, value_note
from chatkit.errors import Problem
from chatkit.rules.suggest import closest
from chatkit.rules.theme import COLOR, CSS_PROPERTY, RADIUS, SHADOW, THEME_PROPERTIES, WIDTH
from chatkit.rules.values import must_be

EXPECTED = {
    COLOR: 'a CSS colour, such as "#0B0C0C", "rgb(11 12 12)" or "navy"',
    RADIUS: 'a CSS border radius, such as "6px" or "8px 8px 0 0"',
    WIDTH: 'a CSS border width, such as "2px" or "0 0 2px 0"',
    SHADOW: 'a CSS box-shadow, such as "0 2px 6px rgb(0 0 0 / 20%)", or a colour',
}
GLOSSARY = "8x8's \"Glossary of theming items\" and \"Button theming\" name them"
# Far beyond any colour, radius or shadow; the CSS checker reads deeper nesting recursively.
MAX_VALUE_LENGTH = 1000
MAX_NESTING = 32


def theme_table(table):
    """The problems of a `[theme]` table; its values go to the snippet as they are."""
    problems = []
    for name, value in table.items():
        kind = THEME_PROPERTIES.get(name)
        problem = _unknown(name) if kind is None else _value_problem(name, value, kind)
        if problem is not None:
            problems.append(problem)
    return problems


def _unknown(name):
    hint = closest(name, THEME_PROPERTIES) if isinstance(name, str) else None
    suggestion = "did you mean %s?" % hint if hint else GLOSSARY
    return Problem("theme." + key_text(name), name, "unknown theme property%s (%s)"
                   % (hidden_note(name), suggestion))


def _value_problem(name, value, kind):
    key = "theme." + name
    if not isinstance(value, str):
        return Problem(key, value, "%s%s: write %s" % (must_be("text", value), value_note(value),
                                                       EXPECTED[kind]))
    if not value.strip():
        return Problem(key, value, "is empty: write %s, or leave the key out for the chat's "
                       "own" % EXPECTED[kind])
    hidden = hidden_problem(key, value)
    if hidden is not None:
        return hidden
    if len(value) > MAX_VALUE_LENGTH or _nesting(value) > MAX_NESTING:
        return Problem(key, value, "is too long or too deeply nested for a theme value (at most "
                       "%d characters, brackets %d deep): write %s"
                       % (MAX_VALUE_LENGTH, MAX_NESTING, EXPECTED[kind]))
    if is_valid(value, kind):
        return None
    return Problem(key, value, "%s is not %s%s" % (_quoted(value), EXPECTED[kind],
                                                   _spaced_hex_hint(value, kind)))


def is_valid(value, kind):
    """True when `value` is a CSS value of the theme property's kind."""
    # Imported here: the CSS checker costs ~0.2 s to import, and only a theme needs it.
    from chatkit.css import check_value

    if check_value(CSS_PROPERTY[kind], value) is None:
        return True
    return kind == SHADOW and check_value(CSS_PROPERTY[COLOR], value) is None


def _nesting(value):
    """How deep brackets open in `value` (closed or not), as a CSS parser nests blocks."""
    depth = deepest = 0
    for char in value:
        if char in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in ")]}" and depth:
            depth -= 1
    return deepest


def _spaced_hex_hint(value, kind):
    """8x8's glossary prints colours as "# FFFFFF", which no browser reads."""
    joined = value.replace("# ", "#").strip()
    if joined != value and value.lstrip().startswith("# ") and is_valid(joined, kind):
        return " (did you mean %s? the glossary prints colours with a space)" % _quoted(joined)
    return ""


def _quoted(text):
    return json.dumps(text, ensure_ascii=False)
