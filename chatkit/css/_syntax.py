"""A forgiving CSS reader that knows where everything is.

cssutils validates property values and selectors well, but its parser reports
structural mistakes (a missing `}` or `;`) far from where they are, several times
over, and rejects CSS newer than 2012 (nesting, `:is()`).  This reader follows the
CSS syntax rules closely enough to find the rules, selectors and declarations of a
stylesheet with their offsets, and names each structural mistake once, where the
user made it.  `chatkit.css.stylesheet` then checks the pieces with cssutils.

    >>> sheet = read_css(".a { color: red }")
    >>> sheet.selectors[0].text, sheet.declarations[0].name, sheet.problems
    ('.a', 'color', [])
"""

import re

__all__ = ["CssSheet", "Declaration", "Selectors", "SyntaxProblem", "read_css",
           "split_selectors"]

# At-rules whose block holds rules, declarations, or keyframes; the rest are statements.
RULE_BLOCKS = frozenset(("media", "supports", "document", "layer", "container", "scope",
                         "starting-style"))
DECLARATION_BLOCKS = frozenset(("font-face", "page", "viewport", "counter-style", "property",
                                "font-palette-values"))
STATEMENTS = frozenset(("import", "charset", "namespace", "layer"))
_NAME = re.compile(r"-?-?[a-zA-Z_\u0080-\uffff][-\w\u0080-\uffff]*\Z")
_PRIORITY = re.compile(r"!\s*([-\w]*)\s*\Z")
# A line break, then `name:` — the next declaration, so a `;` is missing before it.
_NEXT_DECLARATION = re.compile(r"\n[ \t]*-?[a-zA-Z][-\w]*[ \t]*:(?!:)")


class SyntaxProblem:
    """A structural mistake at `offset`; `error` is False for a mere warning."""

    def __init__(self, offset, message, error=True):
        self.offset, self.message, self.error = offset, message, error

    def __repr__(self):
        return "SyntaxProblem(%r, %r)" % (self.offset, self.message)


class Selectors:
    """A style rule's selector list, where it starts, and whether it is a keyframe."""

    def __init__(self, text, offset, keyframe=False):
        self.text, self.offset, self.keyframe = text, offset, keyframe


class Declaration:
    """`name: value !priority` inside a block of `context` ("style", "font-face", ...)."""

    def __init__(self, name, value, priority, offset, context):
        self.name, self.value, self.priority = name, value, priority
        self.offset, self.context = offset, context


class CssSheet:
    """What `read_css` found: selectors, declarations, at-rules and structural problems."""

    def __init__(self):
        self.selectors, self.declarations, self.at_rules, self.problems = [], [], [], []


def read_css(text):
    """Read a stylesheet into a CssSheet; never raises on broken CSS."""
    reader = _Reader(text)
    reader.rules(context="top")
    return reader.sheet


class _Reader:
    def __init__(self, text):
        self.text, self.pos, self.sheet = text, 0, CssSheet()
        self.broken = False  # did the last read_until meet a broken string or bracket?

    def problem(self, offset, message, error=True):
        self.broken = True
        # Text read twice (a nested rule is read again as a rule) must not report twice.
        if not any(p.offset == offset and p.message == message for p in self.sheet.problems):
            self.sheet.problems.append(SyntaxProblem(offset, message, error))

    # -- blocks -------------------------------------------------------------------------

    def rules(self, context):
        """Rules until the block's `}` (consumed) or the end; False when the end came first."""
        while self.skip_space():
            char = self.text[self.pos]
            if char == "}":
                self.pos += 1
                if context != "top":
                    return True
                self.problem(self.pos - 1, '"}" without a matching "{" (is a "{" missing '
                             "after a selector?)")
            elif char == "@":
                self.at_rule()
            else:
                self.style_rule(keyframe=context == "keyframes", top=context == "top")
        return context == "top"

    def style_rule(self, keyframe=False, top=False):
        start = self.pos
        prelude, stop = self.read_until("{;}")
        if stop == "\n":
            return
        if stop != "{":
            # At the top level a stray "}" belongs to this broken rule; nested, it ends the block.
            self.pos += stop == ";" or stop == "}" and top
            where = "the end of the file" if stop is None else '"%s"' % stop
            self.problem(start, 'expected "{" after the selector %s, found %s'
                         % (_quote(prelude), where))
            return
        self.sheet.selectors.append(Selectors(prelude.strip(), start, keyframe))
        self.block(start, lambda: self.declarations("keyframe" if keyframe else "style"))

    def at_rule(self):
        start = self.pos
        prelude, stop = self.read_until("{;}")
        name = re.match(r"@([-\w]*)", prelude).group(1).lower()
        self.sheet.at_rules.append((name, start))
        bare = re.sub(r"^-\w+-", "", name)  # @-webkit-keyframes is @keyframes
        if stop == "\n":
            return
        if stop != "{":
            self.pos += stop == ";"
            if bare in RULE_BLOCKS - STATEMENTS or bare in DECLARATION_BLOCKS | {"keyframes"}:
                self.problem(start, '"@%s" needs a { ... } block' % name)
            return
        if bare in RULE_BLOCKS:
            self.block(start, lambda: self.rules("nested"))
        elif bare == "keyframes":
            self.block(start, lambda: self.rules("keyframes"))
        else:
            self.block(start, lambda: self.declarations(bare))

    def block(self, start, read_content):
        self.pos += 1  # the "{"
        if not read_content():
            line_text = self.text[start:self.text.find("{", start)].strip()
            self.problem(start, 'the "{" after %s is never closed (a "}" is missing)'
                         % _quote(line_text))

    def declarations(self, context):
        """Declarations (and nested rules) until `}`; False when the file ends first."""
        while self.skip_space(also=";"):
            if self.text[self.pos] == "}":
                self.pos += 1
                return True
            start = self.pos
            text, stop = self.read_until("{;}")
            if stop == "{":
                self.pos = start
                self.nested_rule()
                continue
            self.pos += stop == ";"
            if not self.broken:  # the browser drops a declaration with a broken string
                self.declaration(text, start, context)
        return False

    def nested_rule(self):
        if self.text[self.pos] == "@":
            self.at_rule()
        else:
            self.style_rule()

    # -- declarations -------------------------------------------------------------------

    def declaration(self, text, start, context):
        colon = _top_level_index(text, ":")
        if colon < 0:
            self.problem(start, 'expected "property: value", found %s' % _quote(text))
            return
        name, value = text[:colon].strip(), text[colon + 1:]
        if not _NAME.match(name):
            self.problem(start, "%s is not a property name" % _quote(name))
            return
        value, priority = self.split_priority(value, start)
        if priority is None:
            return
        missing = _NEXT_DECLARATION.search(_blank_strings(value))
        if missing:
            self.problem(start, 'missing ";" after %s' % _quote(
                "%s: %s" % (name, value[:missing.start()].strip())))
        elif not value.strip():
            self.problem(start, '"%s" has no value' % name)
        else:
            self.sheet.declarations.append(
                Declaration(name, _strip_comments(value).strip(), priority, start, context))

    def split_priority(self, value, start):
        found = _PRIORITY.search(_strip_comments(value))
        if not found:
            return value, ""
        if found.group(1).lower() != "important":
            self.problem(start, '"!%s" is not a priority (only "!important" is)' % found.group(1))
            return value, None
        return _strip_comments(value)[:found.start()], "important"

    # -- characters ---------------------------------------------------------------------

    def skip_space(self, also=""):
        """Skip whitespace and comments; False at the end of the text."""
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char.isspace() or char in also:
                self.pos += 1
            elif self.text.startswith("/*", self.pos):
                self.skip_comment()
            else:
                return True
        return False

    def skip_comment(self):
        end = self.text.find("*/", self.pos + 2)
        if end < 0:
            self.problem(self.pos, 'the comment "/*" is never closed (a "*/" is missing)')
            self.pos = len(self.text)
        else:
            self.pos = end + 2

    def read_until(self, stops):
        """Text up to a top-level character of `stops` (left unread) or the end (None).

        A string left open ends the text at its line's end (stop "\\n"), as in CSS.
        """
        start, depth, self.broken = self.pos, [], False
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char in "\"'":
                if not self.skip_string(char):
                    return self.text[start:self.pos], "\n"
                continue
            if self.text.startswith("/*", self.pos):
                self.skip_comment()
                continue
            if char in stops and not depth or char in "{}" and depth:
                if depth:
                    self.unclosed_bracket(depth)
                return self.text[start:self.pos], char
            self.track_bracket(char, depth)
            self.pos += 1
        if depth:
            self.unclosed_bracket(depth)
        return self.text[start:self.pos], None

    def track_bracket(self, char, depth):
        if char in "([":
            depth.append(self.pos)
        elif char in ")]" and depth:
            depth.pop()

    def unclosed_bracket(self, depth):
        opened = self.text[depth[0]]
        self.problem(depth[0], '"%s" is never closed (a "%s" is missing)'
                     % (opened, ")" if opened == "(" else "]"))

    def skip_string(self, quote):
        start, self.pos = self.pos, self.pos + 1
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char == "\\":
                self.pos += 2
            elif char == quote:
                self.pos += 1
                return True
            elif char == "\n":
                break
            else:
                self.pos += 1
        self.problem(start, "a string is not closed on its line: %s"
                     % " ".join(self.text[start:self.pos].split())[:60])
        return False


def _top_level_index(text, char):
    blanked = _blank_strings(text)
    depth = 0
    for index, c in enumerate(blanked):
        depth += (c in "([") - (c in ")]")
        if c == char and depth == 0:
            return index
    return -1


def _blank_strings(text):
    """`text` with comments and the insides of strings blanked (offsets kept)."""
    return re.sub(r"/\*.*?(?:\*/|\Z)|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'",
                  _blank, text, flags=re.S)


def _blank(match):
    found = match.group(0)
    if found.startswith("/*"):
        return " " * len(found)
    return found[0] + " " * (len(found) - 2) + found[-1]


def split_selectors(text, offset=0):
    """The selectors of a selector list, each with its offset: `[(selector, offset)]`."""
    blanked, parts, depth, start = _blank_strings(text), [], 0, 0
    for index, char in enumerate(blanked + ","):
        depth += (char in "([") - (char in ")]")
        if char == "," and depth == 0:
            part = blanked[start:index]
            lead = len(part) - len(part.lstrip())
            parts.append((text[start + lead:index].strip(), offset + start + lead))
            start = index + 1
    return [(selector, at) for selector, at in parts if selector]


def _strip_comments(text):
    return re.sub(r"/\*.*?\*/|(\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*')",
                  lambda m: m.group(1) or " ", text, flags=re.S)


def _quote(text):
    text = " ".join(text.split())
    return '"%s"' % (text if len(text) <= 60 else text[:57] + "...")
