"""`chatkit css` on the CSS browsers take today: no false warning, and the mistakes still found."""

import pytest

from chatkit.css import check_css


def lines(css):
    return [problem.line("theme.css") for problem in check_css(css)]


@pytest.mark.parametrize("declaration", [
    # SVG properties (facts: tenants' stylesheets use fill)
    "fill: #fff", "fill: currentColor", "stroke: none", "stroke-width: 2px",
    "stroke-linecap: round", "fill-opacity: .5",
    # custom properties and what reads them
    "--brand: #1d4f7c", "--gap: calc(4px * 2)", "--empty:;", "color: var(--brand, red)",
    # newer values
    "width: clamp(1rem, 2vw, 3rem)", "color: color-mix(in srgb, red 50%, blue)",
    "color: oklch(70% 0.1 200)", "color: rgb(0 0 0 / 50%)", "color: #1d4f7c80",
    "color: light-dark(#fff, #000)", "color: rebeccapurple", "height: 100dvh",
    "width: fit-content", "font-size: clamp(14px, 1vw + 10px, 18px)",
    "padding: max(1rem, env(safe-area-inset-left))", "opacity: 50%",
    # newer properties
    "inset: 0", "gap: 4px 8px", "aspect-ratio: 16 / 9", "margin-inline: auto",
    "accent-color: auto", "backdrop-filter: blur(4px)", "scrollbar-color: #ccc transparent",
    "text-wrap: balance", "container-type: inline-size", "translate: 10px 0",
    # newer keywords for old properties
    "display: flex", "display: contents", "position: sticky", "overflow: clip",
    "white-space: break-spaces", "text-align: start",
    # CSS 3 syntax of properties cssutils knows only in their CSS 2.1 form
    "background: url(x.png) no-repeat center / cover, linear-gradient(to right, #fff, #000)",
    "background-position: right 10px top 5px", "text-decoration: underline dotted red",
    "font: 12px/1.5 system-ui, sans-serif", "border: 1px solid #A81F1F80",
    "box-shadow: inset 0 1px 2px rgb(0 0 0 / 20%), 0 0 0 1px #ccc",
    # vendor prefixes and CSS-wide keywords
    "-webkit-appearance: none", "-webkit-line-clamp: 2", "color: revert-layer",
])
def test_stylesheet_modern_declaration_gives_no_warning(declaration):
    assert lines(".title { %s }" % declaration) == []


@pytest.mark.parametrize("css", [
    ".message-history { & .message-wrapper { padding: 4px; } > .message-wrapper { margin: 0 } }",
    ".header:has(> .logo), .intro:is(.title, .logo), :where(.header) .title { color: red }",
    ".message-wrapper:nth-child(2 of .message-wrapper) { color: red }",
    ".message-content:not(.chat-widget, .chat-panel) { color: red }",
    "#message-field::placeholder, .message-history::-webkit-scrollbar { color: red }",
    "#message-field:focus-visible, .control:is(:hover, :focus-within) { outline: 2px solid }",
    "@container (min-width: 400px) { .title { font-size: 1.2em } }",
    "@layer base, theme;\n@layer theme { .title { color: red } }",
    "@property --angle { syntax: '<angle>'; inherits: false; initial-value: 0deg; }",
    "@scope (.container) { .title { color: red } }",
    "@starting-style { .title { opacity: 0 } }",
    "@supports selector(:has(a)) { .title { color: red } }",
    ".title { @media (max-width: 600px) { color: red } }",
    "@keyframes pulse { from { opacity: 0 } 50% { opacity: .5 } to { opacity: 1 } }",
])
def test_stylesheet_modern_rule_gives_no_warning(css):
    assert lines(css) == []


@pytest.mark.parametrize("declaration, problem", [
    # keyword, unit and colour typos, in old and new properties alike
    ("color: bluee", 'invalid value for color: "bluee"'),
    ("color: # FFFFFF", 'invalid value for color: "# FFFFFF"'),
    ("font-size: 14pxx", 'invalid value for font-size: "14pxx"'),
    ("fill: redd", 'invalid value for fill: "redd"'),
    ("gap: big", 'invalid value for gap: "big"'),
    ("display: flexx", 'invalid value for display: "flexx"'),
    ("width: red", 'invalid value for width: "red"'),
    # counts cssutils still checks when every part is one it knows
    ("margin: 1px 2px 3px 4px 5px", 'invalid value for margin: "1px 2px 3px 4px 5px"'),
    # unknown properties, with the nearest known one
    ("colr: red", 'unknown property "colr" (did you mean "color"?)'),
    ("strok: none", 'unknown property "strok" (did you mean "stroke"?)'),
])
def test_stylesheet_mistakes_in_values_are_still_warnings(declaration, problem):
    assert lines(".title { %s }" % declaration) == ["theme.css:1: warning: " + problem]


@pytest.mark.parametrize("css, problem", [
    # an unknown pseudo-class drops the whole rule
    (".title:hovr { color: red }", 'warning: unknown pseudo-class ":hovr" (did you mean '
     '":hover"?) in ".title:hovr": the browser ignores the whole rule'),
    ("#message-field::placeholdr { color: red }", 'warning: unknown pseudo-element '
     '"::placeholdr" (did you mean "::placeholder"?) in "#message-field::placeholdr": the '
     'browser ignores the whole rule'),
    # a combinator with nothing on one side, outside nesting
    ("> .title { color: red }", 'invalid selector "> .title" (">" needs a selector on each '
     'side; the browser ignores the whole rule)'),
    (".title > > .logo { color: red }", 'invalid selector ".title > > .logo" (">" after ">"; '
     'the browser ignores the whole rule)'),
    (".title:nth-child(first) { color: red }", 'invalid selector ".title:nth-child(first)" '
     '(:nth-child() needs An+B, like 2n+1, odd or 3; the browser ignores the whole rule)'),
    # every alternative of :is() names a class the chat window lacks
    (":is(.chat-widget, .chat-panel) .title { color: red }", 'warning: selector '
     '":is(.chat-widget, .chat-panel) .title" matches nothing in the chat window (it has no '
     'class "chat-widget" or class "chat-panel")'),
])
def test_stylesheet_selector_problems(css, problem):
    assert lines(css) == ["theme.css:1: " + problem]


def test_stylesheet_unknown_at_rule_is_a_warning_and_a_known_one_is_not():
    assert lines("@tailwind base;\n@-webkit-keyframes x { from { opacity: 0 } }\n") == [
        'theme.css:1: warning: unknown at-rule "@tailwind"']


def test_stylesheet_at_rule_without_its_block_is_an_error():
    assert lines("@media screen;\n.title { color: red }\n") == [
        'theme.css:1: "@media" needs a { ... } block']


@pytest.mark.parametrize("module", ["_selectors", "_syntax", "_values", "rtf", "stylesheet"])
def test_stylesheet_module_examples_hold(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module("chatkit.css." + module))
    assert result.attempted and not result.failed


def test_stylesheet_did_you_mean_compares_only_near_names(monkeypatch):
    # Counted, not timed: a stylesheet may hold thousands of unknown names, and comparing
    # each with every known property cost seconds.
    from chatkit.css import _values

    compared = []
    original = _values._distance
    monkeypatch.setattr(_values, "_distance", lambda word, name: compared.append(name)
                        or original(word, name))
    assert _values.property_problem("backgroud-colr") == (
        'unknown property "backgroud-colr" (did you mean "background-color"?)')
    assert len(_values.PROPERTIES) > 500 and 0 < len(compared) <= 10


@pytest.mark.parametrize("name, hint", [
    ("widht", "width"),  # two letters swapped: one edit
    ("hieght", "height"),
    ("zindex", "z-index"),
    ("fil", "fill"),
    ("b", None),  # too short to be a typo of anything
    ("x" * 80, None),
])
def test_stylesheet_did_you_mean(name, hint):
    from chatkit.css._values import property_problem

    message = property_problem(name)
    assert message.endswith(' (did you mean "%s"?)' % hint) if hint else "did you" not in message
