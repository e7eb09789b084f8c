"""Checking a selector: is it valid today, and can it match the chat window?

Read from tinycss2's tokens, after Selectors Level 4 and CSS Nesting: compound
selectors, combinators (`>` `+` `~` `||`), `&`, attribute selectors, pseudo-classes
with their arguments (`:is()`, `:where()`, `:not()`, `:has()`, `:nth-child(2n of .x)`).
cssutils knows only the selectors of 2012 and rejects `&`, `:is()` and `:has()`; the
selector engines (cssselect2, soupsieve) refuse pseudo-elements; so this module keeps
its own small reader.  Pseudo-class and pseudo-element names come from `_data` (MDN).

    >>> check_selector(list(parse(".header:hover > .title")), ({"header", "title"}, set()))
    []
"""

import tinycss2
from tinycss2.nth import parse_nth

from chatkit.css._data import PSEUDO_CLASSES, PSEUDO_ELEMENTS
from chatkit.css._syntax import quoted, shown
from chatkit.css._values import Suggestions
from chatkit.errors import ChatkitError

__all__ = ["check_selector", "parse", "split_list"]

COMBINATORS = frozenset((">", "+", "~", "||"))
# Pseudo-elements CSS 2 wrote with one colon, which browsers still take.
LEGACY_ELEMENTS = frozenset(("before", "after", "first-line", "first-letter"))
# Arguments that are selectors; `any` ones match when one of the alternatives does.
SELECTOR_ARGUMENTS = frozenset(("is", "where", "matches", "-webkit-any", "-moz-any", "has"))
NTH = frozenset(("nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type"))
_BLANK = ("whitespace", "comment")
_CLASSES = PSEUDO_CLASSES | LEGACY_ELEMENTS
_CLASS_NAMES, _ELEMENT_NAMES = Suggestions(_CLASSES), Suggestions(PSEUDO_ELEMENTS)


class InvalidSelector(ChatkitError):
    """The browser ignores the whole rule."""


def parse(text):
    return tinycss2.parse_component_value_list(text)


def split_list(tokens):
    """A selector list's selectors: lists of tokens, split at top-level commas."""
    parts: list[list] = []
    current: list = []
    for token in tokens:
        if token == ",":
            parts.append(current)
            current = []
        else:
            current.append(token)
    parts.append(current)
    return parts


def check_selector(tokens, vocabulary, relative=False):
    """Problems of one selector as [(message, severity)]; [] when it is fine."""
    text = quoted(tinycss2.serialize(tokens))
    try:
        reading = _Reading(vocabulary)
        reading.complex(tokens, relative)
    except InvalidSelector as error:
        return [("invalid selector %s (%s; the browser ignores the whole rule)"
                 % (text, error), "error")]
    problems = [("%s in %s: the browser ignores the whole rule" % (unknown, text), "warning")
                for unknown in reading.unknown]
    if reading.missing:
        problems.append(("selector %s matches nothing in the chat window (it has no %s)"
                         % (text, " or ".join(dict.fromkeys(reading.missing))), "warning"))
    return problems


class _Reading:
    """One pass over a complex selector: what it requires, what it names wrongly."""

    def __init__(self, vocabulary):
        self.classes, self.ids = vocabulary
        self.missing, self.unknown = [], []

    def complex(self, tokens, relative):
        significant = _significant(tokens)
        start = 1 if significant and relative and _is_combinator(significant[0]) else 0
        if len(significant) == start:
            raise InvalidSelector("no selector")
        for before, token in zip(significant[start:], significant[start + 1:], strict=False):
            if _is_combinator(token) and _is_combinator(before):
                raise InvalidSelector('"%s" after "%s"' % (token.value, before.value))
        for edge in (significant[start], significant[-1]):
            if _is_combinator(edge):
                raise InvalidSelector('"%s" needs a selector on each side' % edge.value)
        self.compounds(tokens)

    def compounds(self, tokens):
        items = iter(tokens)
        for token in items:
            if token.type in _BLANK or _is_combinator(token) or token in ("*", "&", "|"):
                continue
            if token.type == "ident":
                continue  # a type selector (body, label): not checked
            if token == ".":
                self.class_name(next(items, None))
            elif token.type == "hash":
                self.id_name(token)
            elif token.type == "[] block":
                _attribute(token.content)
            elif token == ":":
                self.pseudo(next(items, None), items)
            else:
                raise InvalidSelector("unexpected %s" % quoted(tinycss2.serialize([token])))

    def class_name(self, token):
        if token is None or token.type != "ident":
            raise InvalidSelector('"." without a class name after it')
        if token.value not in self.classes:
            self.missing.append('class "%s"' % shown(token.value))

    def id_name(self, token):
        if not token.is_identifier:
            raise InvalidSelector('"#%s" is not an id (an id cannot start so)' % shown(token.value))
        if token.value not in self.ids:
            self.missing.append('id "%s"' % shown(token.value))

    def pseudo(self, token, items):
        element = token == ":"
        if element:
            token = next(items, None)
        if token is None or token.type not in ("ident", "function"):
            raise InvalidSelector('"%s" without a name after it' % ("::" if element else ":"))
        name = token.lower_value if token.type == "ident" else token.lower_name + "()"
        self.known_pseudo(name, element)
        if token.type == "function" and not element:
            self.arguments(token.lower_name, token.arguments)

    def known_pseudo(self, name, element):
        known = PSEUDO_ELEMENTS if element else _CLASSES
        if name in known or name.startswith("-"):
            return  # vendor-prefixed ones (::-webkit-scrollbar) are not listed
        colons = "::" if element else ":"
        hint = (_ELEMENT_NAMES if element else _CLASS_NAMES).closest(name)
        self.unknown.append('unknown pseudo-%s "%s%s"%s' % (
            "element" if element else "class", colons, shown(name),
            ' (did you mean "%s%s"?)' % (colons, hint) if hint else ""))

    def arguments(self, name, arguments):
        if name in NTH:
            _nth(name, arguments)
        elif name in SELECTOR_ARGUMENTS or name == "not":
            self.selector_arguments(name, arguments)

    def selector_arguments(self, name, arguments):
        alternatives = []
        for part in split_list(arguments):
            inner = _Reading((self.classes, self.ids))
            try:
                inner.complex(part, relative=name == "has")
            except InvalidSelector:
                if name in ("is", "where"):
                    continue  # forgiving lists: the browser skips the bad part only
                raise
            self.unknown += inner.unknown
            alternatives.append(inner.missing)
        if name != "not" and alternatives and all(alternatives):
            self.missing += [missing for found in alternatives for missing in found]


def _is_combinator(token):
    return token.type == "literal" and token.value in COMBINATORS


def _significant(tokens):
    return [token for token in tokens if token.type not in _BLANK]


def _attribute(content):
    significant = _significant(content)
    if not significant or significant[0].type != "ident" and significant[0] not in ("*", "|"):
        raise InvalidSelector("an attribute selector needs a name: [%s]"
                              % shown(tinycss2.serialize(content)))


def _nth(name, arguments):
    significant = list(arguments)
    of = next((i for i, token in enumerate(significant)
               if token.type == "ident" and token.lower_value == "of"), None)
    formula = significant if of is None else significant[:of]
    if parse_nth(formula) is None or of is not None and name in ("nth-of-type",
                                                                 "nth-last-of-type"):
        raise InvalidSelector(":%s() needs An+B, like 2n+1, odd or 3" % name)
