"""A v1 custom stylesheet (`stylesheet_url`) read for what v2's `[theme]` can carry.

The v1 chat window loads a tenant's CSS; the v2 chat takes a `themeCustom` table of
named colours, radii, widths and shadows instead ("these are only configuration at a
global level, within the theme property", theming.md).  So only a declaration whose
part and property a theme name describes can carry over; every other rule stays
behind and is named with its line.

`PARTS` is the one table of what carries over.  Its v1 selectors are those of 8x8's
example stylesheet (8x8-embedded-chat-api.txt, "An example style sheet": `.header
.title`, `.control.close:before`, `.inner-container`, `.chat-incoming-msg`, `button`,
`input[type="text"], textarea, select`...) and of the facts file's list of what tenants'
stylesheets target (`#cancel-close-btn`, `.form-list`); each v2 name is the glossary
entry (glossary-of-theming-items.md, button-theming.md) whose description names that
part and property, quoted beside it.  A value carries over only when it is a CSS value
of the name's kind (the `[theme]` checker, chatkit.config.theme.is_valid); a
`background` only when it is a single colour.

The file is read by `chatkit css`'s reader (RTF pastes and non-breaking spaces
included, lines counted in the file) and parsed with tinycss2, as the checker does.
"""

import re
from dataclasses import dataclass, field

import tinycss2

from chatkit.config.theme import COLOR, THEME_PROPERTIES, is_valid
from chatkit.css import Stylesheet
from chatkit.css._selectors import split_list

__all__ = ["PARTS", "Carried", "LeftBehind", "ThemeFromCss", "theme_from_stylesheet"]

STATES = ("hover", "focus", "active", "disabled", "visited")
_STATE = re.compile(r"^(.+?):(%s)$" % "|".join(STATES))


def _message(direction):
    """`.chat-incoming-msg` / `.chat-outgoing-msg`: "Changes the background colour of the
    incoming messages", "Changes the text colour of the incoming messages", "Changes the
    shape of the incoming messages"."""
    name = "message" + direction
    return {("", "background-color"): [name + "BackgroundColor"],
            ("", "color"): [name + "TextColor"],
            ("", "border-radius"): [name + "BorderRadius"]}


def _link(direction):
    """A link in a message: "Changes link colour", "... when it's hovered / focused /
    already visited"."""
    name = "message%sLinkColor" % direction
    return {(state, "color"): [name + state.capitalize()] for state in ("", "hover", "focus",
                                                                      "visited")}


def _buttons(kinds, radius=True):
    """Buttons: "Changes the primary button background colour" (and its hover, active,
    disabled), "... text colour" (and disabled), "Changes the button rounding"."""
    found: dict[tuple[str, str], list[str]] = {}
    for kind in kinds:
        button = "button" + kind
        for state in ("", "hover", "active", "disabled"):
            found.setdefault((state, "background-color"), []).append(
                button + "BackgroundColor" + state.capitalize())
        for state in ("", "disabled"):
            found.setdefault((state, "color"), []).append(button + "TextColor"
                                                          + state.capitalize())
    if radius:
        found[("", "border-radius")] = ["buttonBorderRadius"]
    return found


# "Changes the header background colour", "Changes the text colour in the header", "Adds the
# header border", "Adds the header border colour", "Adds the rounding to the header".
_HEADER = {("", "background-color"): ["headerBackgroundColor"],
           ("", "color"): ["headerTextColor"],
           ("", "border-width"): ["headerBorderWidth"],
           ("", "border-color"): ["headerBorderColor"],
           ("", "border-radius"): ["headerBorderRadius"]}
# The example's "Controls", the header's end and close icons: "Changes the icon colour in
# the header", "Changes the icon background colour when it's active / hovered".
_CONTROL = {("", "color"): ["headerIconColor"],
            ("hover", "background-color"): ["headerIconBackgroundColorHover"],
            ("active", "background-color"): ["headerIconBackgroundColorActive"]}
# "Changes the chat background colour", "Changes the text in Main (Invitation, PreChat,
# Window)", "Changes the chat rounding", "Changes the chat shadow".
_WINDOW = {("", "background-color"): ["chatBackgroundColor"],
           ("", "color"): ["chatTextColor"],
           ("", "border-radius"): ["chatBorderRadius"],
           ("", "box-shadow"): ["chatShadow"]}
# "Changes the label text color for input, radio, textarea, and select components".
_LABEL = {("", "color"): ["formLabelTextColor"]}
# "Changes the text colour / border colour / rounding / background colour of the form element".
_FORM_ELEMENT = {("", "color"): ["formElementTextColor"],
                 ("", "border-color"): ["formElementBorderColor"],
                 ("", "border-radius"): ["formElementBorderRadius"],
                 ("", "background-color"): ["formElementBackgroundColor"]}

# v1 selector -> {(state, CSS property): [v2 theme names]}.
PARTS: dict[str, dict[tuple[str, str], list[str]]] = {
    ".header": _HEADER,
    ".header .title": {("", "color"): ["headerTextColor"]},
    ".control": _CONTROL,
    ".control.close": _CONTROL,
    ".control.end": _CONTROL,
    ".control.close:before": {("", "color"): ["headerIconColor"]},
    ".control.end:before": {("", "color"): ["headerIconColor"]},
    ".inner-container": _WINDOW,
    ".container": {key: names for key, names in _WINDOW.items()
                   if key[1] in ("border-radius", "box-shadow")},
    "body": {key: names for key, names in _WINDOW.items()
             if key[1] in ("background-color", "color")},
    ".chat-incoming-msg": _message("Incoming"),
    ".chat-outgoing-msg": _message("Outgoing"),
    ".chat-incoming-msg a": _link("Incoming"),
    ".chat-outgoing-msg a": _link("Outgoing"),
    # v1 styles every button alike; v2 has primary and secondary ones: both get it.
    "button": _buttons(("Primary", "Secondary")),
    # "the Cancel action (⚫) [is a] secondary button" (button-theming.md); the rounding is
    # every button's, so one button's stays behind.
    "#cancel-close-btn": _buttons(("Secondary",), radius=False),
    "label": _LABEL,
    ".form-list label": _LABEL,
    **{selector: _FORM_ELEMENT for selector in (
        "input", 'input[type="text"]', "textarea", "select", ".form-list input",
        ".form-list select", ".form-list textarea")},
}
# A shorthand that carries over only as the longhand its value alone is.
_SHORTHANDS = {"background": "background-color"}


@dataclass(frozen=True)
class Carried:
    """One declaration that went into `[theme]`."""

    line: int
    selector: str
    css_property: str
    names: tuple[str, ...]
    value: str


@dataclass(frozen=True)
class LeftBehind:
    """One rule (or what is left of it) that has no v2 theme name."""

    line: int
    what: str  # `.header .logo { display }`, `@media (max-width: 600px)`
    why: str


@dataclass
class ThemeFromCss:
    """What a stylesheet gives `[theme]`, and what it leaves behind."""

    theme: dict[str, str] = field(default_factory=dict)
    carried: list[Carried] = field(default_factory=list)
    left_behind: list[LeftBehind] = field(default_factory=list)


def theme_from_stylesheet(sheet: Stylesheet) -> ThemeFromCss:
    """The `[theme]` a v1 stylesheet's declarations give, in the order they come (a later
    one wins, as in the cascade), and every rule left behind with its line."""
    result = ThemeFromCss()
    for rule in tinycss2.parse_stylesheet(sheet.css, skip_comments=True, skip_whitespace=True):
        line = sheet.file_line(rule.source_line)
        if rule.type == "qualified-rule":
            _rule(result, rule, line, sheet)
        elif rule.type == "at-rule":
            prelude = _one_line(tinycss2.serialize(rule.prelude))
            result.left_behind.append(LeftBehind(line, "@%s%s" % (
                rule.at_keyword, " " + prelude if prelude else ""), "the v2 theme has no "
                "at-rules: its names are \"configuration at a global level\" (theming.md)"))
        else:  # a parse error: the browser drops it, and `chatkit css` names it
            result.left_behind.append(LeftBehind(line, "a rule the browser cannot read",
                                                 "%s (chatkit css FILE says more)"
                                                 % rule.message))
    return result


def _rule(result, rule, line, sheet):
    selectors = [_selector(tokens) for tokens in split_list(rule.prelude)]
    behind: dict[str, list[tuple[str, str]]] = {}  # selector -> [(property, why)]
    for declaration in tinycss2.parse_blocks_contents(rule.content, skip_comments=True,
                                                      skip_whitespace=True):
        if declaration.type != "declaration":
            for selector in selectors:
                behind.setdefault(selector, []).append((_nested(declaration), _NESTED))
            continue
        value = _one_line(tinycss2.serialize(declaration.value))
        where = sheet.file_line(declaration.source_line)
        for selector in selectors:
            why = _carry(result, selector, declaration.lower_name, value, where)
            if why is not None:
                behind.setdefault(selector, []).append((declaration.lower_name, why))
    for what, why in _grouped(selectors, behind):
        result.left_behind.append(LeftBehind(line, what, why))


_NO_NAME = "no v2 theme name for it"
_NESTED = "the v2 theme has no nested rules"


def _carry(result, selector, css_property, value, line):
    """Put one declaration into the theme; None, or why it stays behind."""
    base, state = _state(selector)
    targets = PARTS.get(base, {})
    longhand = _SHORTHANDS.get(css_property, css_property)
    names = targets.get((state, longhand))
    if names is None:
        return _NO_NAME
    kind = THEME_PROPERTIES[names[0]]
    if longhand != css_property and not is_valid(value, COLOR):
        return "its value is not a single colour, which is all %s carries" % names[0]
    if not is_valid(value, kind):
        return "%s takes a CSS %s, and this value is not one" % (names[0], kind)
    for name in names:
        result.theme.pop(name, None)  # a later value moves to the end, as it wins
        result.theme[name] = value
    result.carried.append(Carried(line, selector, css_property, tuple(names), value))
    return None


def _grouped(selectors, behind):
    """(`selectors { properties }`, why) for what stays behind, selectors with the same
    properties and reasons together, in the rule's order."""
    groups: dict[tuple, list[str]] = {}
    for selector in selectors:
        if selector in behind:
            groups.setdefault(tuple(behind[selector]), []).append(selector)
    found = []
    for left, names in groups.items():
        reasons: dict[str, list[str]] = {}
        for css_property, why in left:
            if css_property not in reasons.setdefault(why, []):
                reasons[why].append(css_property)
        for why, properties in reasons.items():
            found.append(("%s { %s }" % (", ".join(names), ", ".join(properties)), why))
    return found


def _selector(tokens):
    text = re.sub(r"\s+", " ", tinycss2.serialize(tokens)).strip()
    text = re.sub(r"\s*([>+~])\s*", r" \1 ", text)
    return re.sub(r"::(before|after)\b", r":\1", text)


def _state(selector):
    found = _STATE.match(selector)
    return (found.group(1), found.group(2)) if found else (selector, "")


def _nested(node):
    if node.type == "qualified-rule":
        return "a nested rule (%s)" % _one_line(tinycss2.serialize(node.prelude))
    if node.type == "at-rule":
        return "@" + node.at_keyword
    return "something the browser cannot read"


def _one_line(text):
    return re.sub(r"\s+", " ", text).strip()
