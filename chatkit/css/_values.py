"""Is this a property browsers know, and a value it takes?  And "did you mean" for a name.

Names come from `_data` (css-tree's and MDN's lists: SVG's `fill` and `stroke`,
`inset`, `gap`, `aspect-ratio`...).  Values are checked by cssutils where it knows the
property and the value is made of what cssutils knows (it checks order and counts,
CSS 2.1 and early CSS 3); a value with anything newer (`oklch()`, `100dvh`, `clamp()`,
`display: flex`) is checked against the property's grammar in `_data` instead, which
knows today's keywords, units and functions but not their order.

    >>> value_problem("color", parse_value("# FFFFFF"))
    'invalid value for color: "# FFFFFF"'

The grammar: `_data` holds each property's value definition syntax as css-tree and MDN
write it (`none | <shadow>#`, `<'top'>{1,4}`, `rgb( <number>{3} )`).  `terms(property)`
follows its type references to the end and collects what a value can be made of outside
functions: keywords, base types (`length`, `string`...), function names, literal
characters (`,` `/`).  That is not a full grammar match (order and counts are not
checked), but anything it refuses no browser takes.

    >>> sorted(terms("box-shadow").types), "inset" in terms("box-shadow").keywords
    (['hex-color', 'length'], True)

"Did you mean": `chatkit._wording.closest` compares a word with every candidate, which is
right for a config's few keys; a stylesheet may hold thousands of unknown names, each
checked against some 700 properties.  So `Suggestions` indexes the names by what is left
of them after deleting up to two characters (the SymSpell idea): two words at most two
edits apart share such a leftover, and only the few names sharing one with the word are
compared.

    >>> Suggestions(["color", "content"]).closest("colr")
    'color'
"""

import re
from functools import cache, lru_cache

import cssutils
import tinycss2
from tinycss2 import color5

from chatkit._wording import edit_distance as _distance
from chatkit.css._data import PROPERTIES, TYPES, UNITS, WIDE_KEYWORDS
from chatkit.css._syntax import shown

__all__ = ["MATH_FUNCTIONS", "Suggestions", "Terms", "check_value", "parse_value",
           "property_problem", "terms", "value_problem"]

EDITS = 2
LONGEST = 64  # no property or pseudo-class is longer; a longer word is no typo of one


class Suggestions:
    """Known names, and the nearest one to a word (None beyond two edits)."""

    def __init__(self, names):
        self.names = sorted(set(names))
        self._index = None

    def closest(self, word):
        if len(word) > LONGEST:
            return None
        index = self._built()
        candidates = set()
        for leftover in _leftovers(word):
            candidates.update(index.get(leftover, ()))
        ranked = sorted((_distance(word, name), name) for name in candidates)
        if not ranked or ranked[0][0] > _allowed(word):
            return None
        return ranked[0][1]

    def _built(self):
        if self._index is None:
            self._index = {}
            for name in self.names:
                for leftover in _leftovers(name):
                    self._index.setdefault(leftover, []).append(name)
        return self._index


def _allowed(word):
    """Edits a typo of this length may hold: a word of two letters is no typo of another."""
    return 0 if len(word) < 3 else 1 if len(word) < 5 else EDITS


def _leftovers(word):
    """`word` with up to EDITS of its characters deleted, every way."""
    found, frontier = {word}, {word}
    for _ in range(EDITS):
        frontier = {text[:i] + text[i + 1:] for text in frontier for i in range(len(text))}
        found |= frontier
    return found


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
