"""The `[theme]` table (v2 only): 8x8's `themeCustom`, its names and their values (SPEC 5.7).

Reference: 8x8-webchat-v2/glossary-of-theming-items.md (every table) and
button-theming.md (its table, plus `buttonSecondaryBackgroundColor`, which its
table leaves out but its own example sets).  Each name maps to the kind of CSS
value it takes, read from the name as the reference's descriptions do: a colour
("Changes the ... colour"), a radius ("rounding"), a border width, or a shadow.
The reference's example values are loose ("# FFFFFF" for a radius); chatkit
checks each value as the kind of CSS value its name takes, by the checker of
`chatkit css` (chatkit.css.check_value); an unknown name gets "did you mean".
The emulator (generated) applies the same table to its chat window.
"""

import json
from typing import Any

from chatkit._wording import closest, hidden_note, hidden_problem, key_text, must_be, value_note
from chatkit.errors import Problem

__all__ = ["COLOR", "CSS_PROPERTY", "RADIUS", "SHADOW", "THEME_PROPERTIES", "WIDTH",
           "is_valid", "theme_table"]

COLOR, RADIUS, WIDTH, SHADOW = "color", "radius", "width", "shadow"

# The CSS property whose syntax each kind's values follow.  A shadow takes a
# box-shadow, or a bare colour as every example of the reference gives it.
CSS_PROPERTY = {COLOR: "color", RADIUS: "border-radius", WIDTH: "border-width",
                SHADOW: "box-shadow"}

THEME_PROPERTIES = {
    # Global theme properties
    "chatBorderRadius": RADIUS,
    "chatShadow": SHADOW,
    # Header
    "headerBackgroundColor": COLOR,
    "headerBorderWidth": WIDTH,
    "headerBorderColor": COLOR,
    "headerBorderRadius": RADIUS,
    "headerTextColor": COLOR,
    "headerIconColor": COLOR,
    "headerIconBackgroundColorActive": COLOR,
    "headerIconBackgroundColorHover": COLOR,
    "headerMenuBackgroundColor": COLOR,
    "headerMenuBorderRadius": RADIUS,
    "headerMenuBorderColor": COLOR,
    "headerMenuBorderWidth": WIDTH,
    "headerMenuShadow": SHADOW,
    "headerMenuLinkIconColor": COLOR,
    "headerMenuLinkTextColor": COLOR,
    "headerMenuLinkTextColorFocus": COLOR,
    "headerMenuLinkTextColorHover": COLOR,
    "headerMenuLinkBackgroundColor": COLOR,
    "headerMenuLinkBackgroundColorFocus": COLOR,
    "headerMenuLinkBackgroundColorHover": COLOR,
    # Messages
    "messageIncomingBorderRadius": RADIUS,
    "messageIncomingBackgroundColor": COLOR,
    "messageIncomingTextColor": COLOR,
    "messageIncomingLinkColor": COLOR,
    "messageIncomingLinkColorHover": COLOR,
    "messageIncomingLinkColorFocus": COLOR,
    "messageIncomingLinkColorVisited": COLOR,
    "messageOutgoingBorderRadius": RADIUS,
    "messageOutgoingTextColor": COLOR,
    "messageOutgoingBackgroundColor": COLOR,
    "messageOutgoingLinkColor": COLOR,
    "messageOutgoingLinkColorHover": COLOR,
    "messageOutgoingLinkColorFocus": COLOR,
    "messageOutgoingLinkColorVisited": COLOR,
    # Chat window
    "chatBackgroundColor": COLOR,
    "chatTextColor": COLOR,
    "chatLoaderColor": COLOR,
    "chatSeparatorBackgroundColor": COLOR,
    # Form elements
    "formLabelTextColor": COLOR,
    "formElementTextColor": COLOR,
    "formElementBorderColor": COLOR,
    "formElementBorderRadius": RADIUS,
    "formElementBackgroundColor": COLOR,
    "formElementBackgroundColorHover": COLOR,
    # Attachments
    "attachmentItemColor": COLOR,
    "attachmentItemBackgroundColor": COLOR,
    "attachmentItemBorderRadius": RADIUS,
    "attachmentItemBorderColor": COLOR,
    "attachmentLinkColor": COLOR,
    "attachmentLinkColorHover": COLOR,
    "attachmentLinkColorFocus": COLOR,
    "attachmentIconDownloadColor": COLOR,
    "attachmentIconDownloadColorHover": COLOR,
    # Buttons (button-theming.md)
    "buttonPrimaryTextColor": COLOR,
    "buttonPrimaryTextColorDisabled": COLOR,
    "buttonPrimaryBackgroundColor": COLOR,
    "buttonPrimaryBackgroundColorHover": COLOR,
    "buttonPrimaryBackgroundColorActive": COLOR,
    "buttonPrimaryBackgroundColorDisabled": COLOR,
    "buttonSecondaryTextColor": COLOR,
    "buttonSecondaryTextColorDisabled": COLOR,
    "buttonSecondaryBackgroundColor": COLOR,
    "buttonSecondaryBackgroundColorHover": COLOR,
    "buttonSecondaryBackgroundColorActive": COLOR,
    "buttonSecondaryBackgroundColorDisabled": COLOR,
    "buttonBorderRadius": RADIUS,
}


# --- the [theme] table -----------------------------------------------------------------------

_EXPECTED = {
    COLOR: 'a CSS colour, such as "#0B0C0C", "rgb(11 12 12)" or "navy"',
    RADIUS: 'a CSS border radius, such as "6px" or "8px 8px 0 0"',
    WIDTH: 'a CSS border width, such as "2px" or "0 0 2px 0"',
    SHADOW: 'a CSS box-shadow, such as "0 2px 6px rgb(0 0 0 / 20%)", or a colour',
}
_GLOSSARY = "8x8's \"Glossary of theming items\" and \"Button theming\" name them"
# Far beyond any colour, radius or shadow; the CSS checker reads deeper nesting recursively.
_MAX_VALUE_LENGTH = 1000
_MAX_NESTING = 32


def theme_table(table: dict[Any, Any]) -> list[Problem]:
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
    suggestion = "did you mean %s?" % hint if hint else _GLOSSARY
    return Problem("theme." + key_text(name), name, "unknown theme property%s (%s)"
                   % (hidden_note(name), suggestion))


def _value_problem(name, value, kind):
    key = "theme." + name
    if not isinstance(value, str):
        return Problem(key, value, "%s%s: write %s" % (must_be("text", value), value_note(value),
                                                       _EXPECTED[kind]))
    if not value.strip():
        return Problem(key, value, "is empty: write %s, or leave the key out for the chat's "
                       "own" % _EXPECTED[kind])
    hidden = hidden_problem(key, value)
    if hidden is not None:
        return hidden
    if len(value) > _MAX_VALUE_LENGTH or _nesting(value) > _MAX_NESTING:
        return Problem(key, value, "is too long or too deeply nested for a theme value (at most "
                       "%d characters, brackets %d deep): write %s"
                       % (_MAX_VALUE_LENGTH, _MAX_NESTING, _EXPECTED[kind]))
    if is_valid(value, kind):
        return None
    return Problem(key, value, "%s is not %s%s" % (_quoted(value), _EXPECTED[kind],
                                                   _spaced_hex_hint(value, kind)))


def is_valid(value: str, kind: str) -> bool:
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
