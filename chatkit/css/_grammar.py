"""What may stand at the top level of a property's value, read from its grammar.

`_data` holds each property's value definition syntax as css-tree and MDN write it
(`none | <shadow>#`, `<'top'>{1,4}`, `rgb( <number>{3} )`).  `terms(property)` follows
its type references to the end and collects what a value can be made of outside
functions: keywords, base types (`length`, `string`...), function names, literal
characters (`,` `/`).  That is not a full grammar match (order and counts are not
checked), but anything it refuses no browser takes.

    >>> sorted(terms("box-shadow").types), "inset" in terms("box-shadow").keywords
    (['hex-color', 'length'], True)
"""

import re
from functools import cache

from chatkit.css._data import PROPERTIES, TYPES

__all__ = ["MATH_FUNCTIONS", "Terms", "terms"]

# Base types css-tree implements in code rather than as data; any other undefined type
# (a rare, newer one) is taken to allow anything, so that it cannot cause a false warning.
BASE_TYPES = frozenset((
    "length", "percentage", "number", "integer", "angle", "time", "frequency", "resolution",
    "flex", "decibel", "semitones", "string", "url", "custom-ident", "ident", "dashed-ident",
    "hex-color", "zero", "dimension", "custom-property-name",
))
ANY_IDENT = frozenset(("custom-ident", "ident", "custom-property-name"))
TOKEN_TYPES = {"url-token": "url", "string-token": "string", "ident-token": "ident",
               "number-token": "number", "dimension-token": "dimension"}
_TOKEN = re.compile(r"""
    <'(?P<property>[-\w]+)'>                        # another property's grammar
  | <(?P<type>-?[-\w]+(?:\(\))?)(?:\s*\[[^\]]*\])?>  # a type, maybe with a range
  | '(?P<quoted>[^']*)'                             # a literal character
  | (?P<function>-?[a-zA-Z][-\w]*)\(                # a function and its arguments
  | (?P<keyword>-?[a-zA-Z][-\w]*)
  | (?P<open>\() | (?P<close>\))
  | (?P<literal>[,/;:])
  | (?P<list>\#)                                    # "one or more, comma-separated"
""", re.VERBOSE)


class Terms:
    """Keywords (lower case), base types, function names (lower case), literal characters."""

    def __init__(self):
        self.keywords, self.types, self.functions, self.literals = set(), set(), set(), set()
        self.anything = False

    def add(self, other):
        self.keywords |= other.keywords
        self.types |= other.types
        self.functions |= other.functions
        self.literals |= other.literals
        self.anything |= other.anything

    @property
    def any_ident(self):
        return self.anything or bool(self.types & ANY_IDENT)


def terms(property_name):
    """The Terms of a property's value; None when the property is unknown."""
    return _terms(property_name) if property_name in PROPERTIES else None


@cache
def _terms(property_name):
    return _closure(PROPERTIES[property_name])


def _closure(syntax):
    found, pending, seen = Terms(), [syntax], set[tuple[str, str]]()
    while pending:
        own, references = _top_level(pending.pop())
        found.add(own)
        for reference in references - seen:
            seen.add(reference)
            kind, name = reference
            if kind == "property" and name in PROPERTIES:
                pending.append(PROPERTIES[name])
            elif name in TYPES:
                pending.append(TYPES[name])
            else:
                found.add(_base_type(name))
    return found


def _top_level(syntax):
    """What one syntax string has outside parentheses, and the grammars it refers to."""
    own, references, depth = Terms(), set[tuple[str, str]](), 0
    for match in _TOKEN.finditer(syntax):
        kind = match.lastgroup or ""  # every alternative of _TOKEN is a named group
        text = match.group(kind)
        if kind in ("function", "open"):
            if depth == 0 and kind == "function":
                own.functions.add(text.lower())
            depth += 1
        elif kind == "close":
            depth = max(depth - 1, 0)
        elif depth == 0:
            _add_term(own, references, kind, text)
    return own, references


def _add_term(own, references, kind, text):
    if kind in ("property", "type"):
        references.add((kind, text))
    elif kind == "keyword":
        own.keywords.add(text.lower())
    elif kind == "list":
        own.literals.add(",")
    else:
        own.literals.add(text)


def _base_type(name):
    found = Terms()
    if name.endswith("()"):
        found.functions.add(name[:-2].lower())
    elif name in BASE_TYPES or name in TOKEN_TYPES:
        found.types.add(TOKEN_TYPES.get(name, name))
    else:
        found.anything = True
    return found


def _math_functions():
    """The functions whose grammar is a calculation (calc(), clamp(), round()...)."""
    return frozenset(name[:-2] for name, syntax in TYPES.items()
                     if name.endswith("()") and "<calc-sum>" in syntax)


MATH_FUNCTIONS = _math_functions()
