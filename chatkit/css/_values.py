"""Is this a property browsers know, and a value it takes?

Names come from `_data` (css-tree's and MDN's lists: SVG's `fill` and `stroke`,
`inset`, `gap`, `aspect-ratio`...).  Values are checked by cssutils where it knows the
property and the value is made of what cssutils knows (it checks order and counts,
CSS 2.1 and early CSS 3); a value with anything newer (`oklch()`, `100dvh`, `clamp()`,
`display: flex`) is checked against the property's grammar in `_data` instead, which
knows today's keywords, units and functions but not their order.

    >>> value_problem("color", parse_value("# FFFFFF"))
    'invalid value for color: "# FFFFFF"'
"""

from functools import lru_cache

import cssutils
import tinycss2
from tinycss2 import color5

from chatkit.css._data import PROPERTIES, UNITS, WIDE_KEYWORDS
from chatkit.css._grammar import MATH_FUNCTIONS, terms
from chatkit.css._suggest import Suggestions
from chatkit.css._text import shown

__all__ = ["check_value", "parse_value", "property_problem", "value_problem"]

# Functions replaced by a value only when the page runs: no value is known before.
SUBSTITUTIONS = frozenset(("var", "env", "attr", "if", "inherit"))
# cssutils' grammar for these is CSS 2.1's, older than the one browsers use (several
# background layers, 3- and 4-value positions, the text-decoration shorthand).
OUTDATED = frozenset(("background", "background-image", "background-position",
                      "background-repeat", "text-decoration", "font", "content", "cursor",
                      "src", "quotes"))
_BLANK = ("whitespace", "comment")
# A token cssutils knows is a value of the property on its own, or a CSS 2.1 colour (a
# shadow's or a border's part).  Lengths are not: CSS 3 gave old properties new ones
# (opacity: 50%).
_CLASSIC_KINDS = ("color",)
_CSSUTILS = frozenset(cssutils.profile.knownNames)
_NUMERIC = frozenset(("length", "percentage", "number", "integer", "angle", "time",
                      "frequency", "resolution", "flex", "dimension"))


def parse_value(text):
    """A value's top-level tokens (tinycss2 component values)."""
    return tinycss2.parse_component_value_list(text, skip_comments=True)


def property_problem(name):
    """A message for a property browsers do not know, else None."""
    lowered = name.lower()
    if lowered.startswith("-") or lowered in PROPERTIES or lowered in _CSSUTILS:
        return None  # custom properties (--x) and vendor prefixes (-ms-filter) included
    hint = _suggestion(lowered)
    return 'unknown property "%s"%s' % (shown(name), ' (did you mean "%s"?)' % hint if hint else "")


@lru_cache(maxsize=1024)
def _suggestion(name):
    return _NAMES.closest(name)


_NAMES = Suggestions(name for name in set(PROPERTIES) | _CSSUTILS if name[0] != "-")


def value_problem(name, tokens):
    """A message when `tokens` is not a value of property `name`, else None."""
    name = name.lower()
    if name.startswith("--") or property_problem(name):
        return None
    significant = [token for token in tokens if token.type not in _BLANK]
    if not significant:
        return '"%s" has no value' % name
    if _always_valid(significant):
        return None
    text = tinycss2.serialize(tokens).strip()
    if name in _CSSUTILS and name not in OUTDATED:
        if _cssutils_takes(name, text, significant):
            return None
        if all(_cssutils_knows(name, token) for token in significant):
            return _invalid(name, text)
    grammar = terms(name)
    if grammar is None or all(_fits(grammar, token) for token in significant):
        return None
    return _invalid(name, text)


def _invalid(name, text):
    return 'invalid value for %s: "%s"' % (name, shown(text))


def _always_valid(tokens):
    if len(tokens) == 1 and tokens[0].type == "ident" and tokens[0].lower_value in WIDE_KEYWORDS:
        return True
    # A broken string or bracket is reported where it is; substitutions are known only later.
    return any(token.type == "error" or _is_substitution(token) for token in _walk(tokens))


def _is_substitution(token):
    return token.type == "function" and token.lower_name in SUBSTITUTIONS


def _walk(tokens):
    pending = list(tokens)
    while pending:
        token = pending.pop()
        yield token
        pending.extend(getattr(token, "arguments", None) or getattr(token, "content", None) or ())


def _cssutils_takes(name, text, tokens):
    if cssutils.profile.validate(name, text):
        return True
    # #000000 for each colour cssutils may not know (#rgba, rgb(0 0 0 / 50%), oklch()...)
    stand_ins = ["#000000" if color5.parse_color(token) is not None else None for token in tokens]
    if not any(stand_ins):
        return False
    pairs = zip(stand_ins, tokens, strict=True)
    return cssutils.profile.validate(name, " ".join(
        stand_in or tinycss2.serialize([token]) for stand_in, token in pairs))


@lru_cache(maxsize=4096)
def _cssutils_knows_text(name, text, type_):
    """Is this token one cssutils reads: a value of the property on its own, or a colour?"""
    if type_ == "literal":
        return False  # a "," or "/" that CSS 3 added to an old property's grammar
    return any(cssutils.profile.validate(known, text) for known in (name,) + _CLASSIC_KINDS)


def _cssutils_knows(name, token):
    return _cssutils_knows_text(name, tinycss2.serialize([token]), token.type)


def _fits(grammar, token):
    """Can `token` stand at the top level of a value of this grammar?"""
    if grammar.anything:
        return True
    check = _FITS.get(token.type)
    return check is not None and check(grammar, token)


def _fits_ident(grammar, token):
    return (token.lower_value in grammar.keywords or grammar.any_ident
            or token.value.startswith("--") and "dashed-ident" in grammar.types)


def _fits_number(grammar, token):
    if token.value == 0 and grammar.types & _NUMERIC:
        return True
    return "number" in grammar.types or token.is_integer and "integer" in grammar.types


def _fits_dimension(grammar, token):
    unit = token.lower_unit
    return "dimension" in grammar.types or any(
        unit in UNITS.get(kind, ()) for kind in grammar.types)


def _fits_function(grammar, token):
    name = token.lower_name
    return name in grammar.functions or (
        name in MATH_FUNCTIONS and bool(grammar.types & _NUMERIC))


def _fits_hash(grammar, token):
    return "hex-color" in grammar.types and color5.parse_color(token) is not None


_FITS = {
    "ident": _fits_ident,
    "number": _fits_number,
    "percentage": lambda grammar, token: "percentage" in grammar.types,
    "dimension": _fits_dimension,
    "function": _fits_function,
    "hash": _fits_hash,
    "string": lambda grammar, token: "string" in grammar.types,
    "url": lambda grammar, token: "url" in grammar.types or "url" in grammar.functions,
    "literal": lambda grammar, token: token.value in grammar.literals,
}


def check_value(property_name, value):
    """None when `value` is valid for the CSS property, else a one-line message.

    The check `chatkit css` makes of each declaration, for a value on its own (the `[theme]`
    of a v2 config: colours, lengths, shadows); `!important`, `;` and braces are refused.

        >>> check_value("color", "#FFFFFF") is None
        True
        >>> check_value("color", "# FFFFFF")
        'invalid value for color: "# FFFFFF"'
    """
    unknown = property_problem(property_name)
    if unknown:
        return unknown
    name = property_name.lower()
    tokens = parse_value(value)
    if "\x00" in value or _outside_a_value(tokens):
        return _invalid(name, value)
    problem = value_problem(name, tokens)
    return _invalid(name, value) if problem else None


def _outside_a_value(tokens):
    """A broken string or bracket, `!`, `;` or a block: not one value any more."""
    return any(token.type in ("error", "{} block") or token in ("!", ";")
               for token in _walk(tokens))
