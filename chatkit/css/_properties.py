"""Checking the pieces of a stylesheet with cssutils: properties, values, selectors.

cssutils knows CSS 2.1 and the CSS 3 modules of its time.  A marketer's sheet
for today's browsers uses more (flex, grid, `var()`, gradients, `#rrggbbaa`), so
what cssutils does not know is checked against the lists below before it is
called a mistake: a false warning teaches people to ignore the real ones.
"""

import logging
import re
import xml.dom
from contextlib import contextmanager

import cssutils

from chatkit.rules.suggest import closest

__all__ = ["check_property", "check_selector", "is_modern_selector", "selector_names"]

# Properties newer than cssutils' profiles that current browsers support.
MODERN_PROPERTIES = frozenset("""
    accent-color align-content align-items align-self all animation appearance aspect-ratio
    backdrop-filter backface-visibility background-blend-mode background-clip background-origin
    background-size block-size box-decoration-break break-after break-before break-inside
    caret-color clip-path color-scheme columns contain container content-visibility filter
    flex font-display font-feature-settings font-kerning font-optical-sizing
    font-variation-settings font-synthesis gap grid hyphens image-rendering inline-size inset
    isolation justify-content justify-items justify-self line-break max-block-size
    max-inline-size min-block-size min-inline-size mix-blend-mode object-fit object-position
    order perspective perspective-origin place-content place-items place-self pointer-events
    rotate row-gap scale scroll-behavior scrollbar-color scrollbar-gutter scrollbar-width
    shape-outside tab-size text-align-last text-decoration-color text-decoration-line
    text-decoration-style text-decoration-thickness text-overflow text-rendering
    text-underline-offset text-underline-position text-wrap touch-action transform
    transition translate user-select will-change word-break word-wrap overflow-wrap
    writing-mode zoom
""".split())
MODERN_PREFIXES = (
    "animation-", "border-block", "border-end-", "border-image", "border-inline",
    "border-start-", "column-", "container-", "flex-", "font-variant-", "grid-", "inset-",
    "margin-block", "margin-inline", "mask", "offset", "overscroll-behavior", "padding-block",
    "padding-inline", "scroll-margin", "scroll-padding", "scroll-snap-", "text-emphasis",
    "transform-", "transition-",
)
# Shorthands whose CSS 3 syntax cssutils rejects: their values are not checked.
LOOSE_VALUES = frozenset(("text-decoration", "background", "background-image", "font"))
# Values newer than cssutils' profiles, by property.
MODERN_KEYWORDS = {
    "display": {"flex", "inline-flex", "grid", "inline-grid", "contents", "flow-root"},
    "position": {"sticky"},
    "overflow": {"clip", "overlay"},
    "overflow-x": {"clip", "overlay"},
    "overflow-y": {"clip", "overlay"},
    "cursor": {"grab", "grabbing", "zoom-in", "zoom-out"},
    "text-align": {"start", "end", "match-parent"},
    "white-space": {"break-spaces"},
}
SIZE_KEYWORDS = {"fit-content", "min-content", "max-content", "stretch"}
SIZED = ("width", "height", "min-width", "max-width", "min-height", "max-height")
WIDE_KEYWORDS = {"initial", "unset", "revert", "revert-layer"}
_MODERN_FUNCTION = re.compile(
    r"(?:\b(?:var|calc|min|max|clamp|env|color-mix|light-dark|hwb|lab|lch|oklab|oklch|color|"
    r"image-set|cross-fade|fit-content)|gradient)\(", re.I)
_SHORT_HEX = re.compile(r"#([0-9a-fA-F]{8}|[0-9a-fA-F]{4})\b")
_MODERN_SELECTOR = re.compile(r"&|:(?:is|where|has|host|nth-[-\w]+\([^)]*\bof\b)|::?part\(|"
                              r":not\([^)]*[,\s>+~]", re.I)
_SUGGESTIONS = None


def check_property(name, value):
    """A message for an unknown property or a value it does not take, else None."""
    lowered = name.lower()
    if lowered.startswith("-"):
        return None  # custom properties and vendor prefixes (e.g. -ms-filter)
    known = lowered in cssutils.profile.knownNames
    if not known and not _is_modern_property(lowered):
        hint = closest(lowered, _suggestions())
        return 'unknown property "%s"%s' % (
            name, ' (did you mean "%s"?)' % hint if hint else "")
    if not known or lowered in LOOSE_VALUES or _valid_value(lowered, value):
        return None
    return 'invalid value for %s: "%s"' % (lowered, value)


def _is_modern_property(name):
    return name in MODERN_PROPERTIES or name.startswith(MODERN_PREFIXES)


def _suggestions():
    global _SUGGESTIONS
    if _SUGGESTIONS is None:
        _SUGGESTIONS = sorted(set(cssutils.profile.knownNames) | MODERN_PROPERTIES)
    return _SUGGESTIONS


def _valid_value(name, value):
    if cssutils.profile.validate(name, value):
        return True
    words = set(value.lower().split())
    modern = MODERN_KEYWORDS.get(name, set()) | (SIZE_KEYWORDS if name in SIZED else set())
    if words & (modern | WIDE_KEYWORDS) or _MODERN_FUNCTION.search(value):
        return True
    # #rgba and #rrggbbaa are colours too; check the rest of the value with #rrggbb.
    plain = _SHORT_HEX.sub("#000000", value)
    return plain != value and cssutils.profile.validate(name, plain)


def is_modern_selector(selector):
    """True for selector syntax cssutils cannot read (nesting, :is(), :has(), ...)."""
    return bool(_MODERN_SELECTOR.search(selector))


def check_selector(selector):
    """cssutils' Selector for one selector, or None when it is not valid CSS."""
    with _collected_cssutils_log() as records:
        try:
            selectors = cssutils.css.SelectorList(selectorText=selector)
        except xml.dom.DOMException:
            return None
    if records or len(selectors) != 1:
        return None
    return selectors[0]


def selector_names(selector):
    """The classes and ids a cssutils Selector requires (negated ones are not required)."""
    classes, ids, negated = [], [], 0
    for item in selector.seq:
        negated += (item.type == "negation-start") - (item.type == "negation-end")
        if negated:
            continue
        if item.type == "class":
            classes.append(item.value[1:])
        elif item.type == "id":
            ids.append(item.value[1:])
    return classes, ids


@contextmanager
def _collected_cssutils_log():
    """cssutils' log messages into a list, instead of onto the user's terminal."""
    records = []
    collector = logging.getLogger("chatkit.cssutils")
    collector.propagate = False
    collector.setLevel(logging.WARNING)
    handler = _ListHandler(records)
    collector.addHandler(handler)
    saved = cssutils.log._log, cssutils.log.raiseExceptions
    cssutils.log.setLog(collector)
    cssutils.log.raiseExceptions = False
    try:
        yield records
    finally:
        cssutils.log.setLog(saved[0])
        cssutils.log.raiseExceptions = saved[1]
        collector.removeHandler(handler)


class _ListHandler(logging.Handler):
    def __init__(self, records):
        super().__init__()
        self.records = records

    def emit(self, record):
        self.records.append(record.getMessage())
