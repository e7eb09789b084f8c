"""Where a stylesheet's rules, selectors and declarations are, and what is broken; and
the user's text shown inside a one-line message.

tinycss2 (CSS Syntax Level 3, the parser WeasyPrint uses) reads the text as a browser
does and gives each token its line.  Like a browser it recovers from mistakes without
a word: a string or a "{" left open swallows what follows, a declaration without its
colon vanishes.  This module walks tinycss2's tokens, at most MAX_DEPTH blocks deep,
and names each such mistake once, at the line where the user made it.

    >>> sheet = read_css(".a { color: red }")
    >>> sheet.rules[0].line, sheet.declarations[0].name, sheet.problems
    (1, 'color', [])

In messages, control characters (a NUL, a line break), invisible ones (zero-width, bidi
controls) and anything past a length are shown escaped or cut (`shown`), so a problem
stays one honest line whatever the stylesheet holds.

    >>> shown("red\\x00")
    'red\\\\x00'
"""

import re

import tinycss2

from chatkit.css._data import AT_RULES

__all__ = ["CssSheet", "Declaration", "MAX_DEPTH", "Rule", "SyntaxProblem", "line_counter",
           "quoted", "read_css", "shown"]

LIMIT = 60
_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def shown(text, limit=LIMIT):
    """`text` on one line: hidden characters escaped, cut with "..." past `limit`."""
    if len(text) > limit:
        text = text[:limit - 3] + "..."
    return _HIDDEN.sub(_escape, text)


def quoted(text, limit=LIMIT):
    """`"text"`, its whitespace runs made single spaces, then shown."""
    return '"%s"' % shown(" ".join(text.split()), limit)


def _escape(match):
    code = ord(match.group(0))
    return "\\x%02x" % code if code < 0x100 else "\\u%04x" % code


def line_counter(text):
    """A function giving the line (from 1) of an offset of `text`, for offsets in increasing
    order: each call counts only the line breaks since the previous one, so a scan that
    names the line of every match stays linear (counting from the start each time made
    600 KB of NUL characters take 20 s)."""
    position, line = 0, 1

    def line_of(offset):
        nonlocal position, line
        if offset < position:  # out of order: count again from the start
            position, line = 0, 1
        line += text.count("\n", position, offset)
        position = offset
        return line

    return line_of


MAX_DEPTH = 64  # blocks inside blocks; real stylesheets use a handful
# Appended to the text: where it lands in tinycss2's tree tells which blocks never closed.
_END = "\n\ue000chatkit-end-of-text"
# Whose block holds descriptors, keyframes, or nothing (a statement) rather than rules.
KEYFRAMES, STATEMENTS = "keyframes", frozenset(("import", "charset", "namespace", "layer"))
_BLANK = ("whitespace", "comment")
_RULE_LISTS = ("top", "rules", KEYFRAMES)


class SyntaxProblem:
    """A structural mistake at a line; `error` is False for a mere warning."""

    def __init__(self, line, message, error=True):
        self.line, self.message, self.error = line, message, error

    def __repr__(self):
        return "SyntaxProblem(%r, %r)" % (self.line, self.message)


class Rule:
    """A style rule's selector tokens; `kind` is "style", "nested" or "keyframe"."""

    def __init__(self, prelude, line, kind):
        self.prelude, self.line, self.kind = prelude, line, kind


class Declaration:
    """`name: value` inside a block of `context` ("style", "font-face"...)."""

    def __init__(self, name, value, line, context):
        self.name, self.value, self.line, self.context = name, value, line, context


class CssSheet:
    """What `read_css` found: rules, declarations, at-rules (name, prelude, line), problems."""

    def __init__(self):
        self.rules, self.declarations, self.at_rules, self.problems = [], [], [], []


def read_css(text):
    """Read a stylesheet into a CssSheet; never raises on broken CSS."""
    return _Reader(text).read()


class _Reader:
    def __init__(self, text):
        self.lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
        self.lines = self.lines.split("\n")
        self.tokens = tinycss2.parse_component_value_list(text + _END)
        self.sheet = CssSheet()
        self.unclosed = None  # the innermost block the text ends inside
        self.unclosed_rule = None  # the same, when it is a rule's block
        self.messages = {}  # id(error token): a message that says more than the token's own
        self.past_imports = False  # has a rule come that an @import may not follow?

    def problem(self, line, message, error=True):
        self.sheet.problems.append(SyntaxProblem(line, message, error))

    def read(self):
        too_deep = _too_deep(self.tokens)
        if too_deep is not None:
            self.problem(too_deep.source_line, "blocks nested more than %d deep (\"{\", \"(\" "
                         "or \"[\" inside each other): no stylesheet needs that; chatkit "
                         "reads no further" % MAX_DEPTH)
            return self.sheet
        self.find_end()
        self.rules(self.tokens, "top")
        self.token_problems()
        self.report_unclosed()
        return self.sheet

    # -- the end of the text ------------------------------------------------------------

    def find_end(self):
        path, tokens = [], self.tokens
        while tokens and _children(tokens[-1]) is not None:
            path.append(tokens[-1])
            tokens = _children(tokens[-1])
        last = tokens[-1] if tokens else None
        if last is not None and last.type == "ident" and last.value == _END.strip():
            tokens.pop()  # the end marker: every block on its path was left open
            self.unclosed = path[-1] if path else None
        elif last is not None and last.type == "comment":
            self.problem(last.source_line, 'the comment "/*" is never closed (a "*/" is missing)')

    def report_unclosed(self):
        """After the rest: a string or a "(" left open is often why a "{" never closes."""
        block = self.unclosed
        if self.unclosed_rule is not None:
            self.sheet.problems.append(self.unclosed_rule)
        elif block is not None:
            closer = {"{} block": "}", "[] block": "]"}.get(block.type, ")")
            opener = {"}": "{", "]": "["}.get(closer, "(")
            self.problem(block.source_line, '"%s" is never closed (a "%s" is missing)'
                         % (opener, closer))

    def closes(self, block, prelude):
        """Report an unclosed rule block with its selector, which says more than its line."""
        if block is self.unclosed and block is not None:
            self.unclosed_rule = SyntaxProblem(
                prelude[0].source_line if prelude else block.source_line,
                'the "{" after %s is never closed (a "}" is missing)'
                % quoted(tinycss2.serialize(prelude)))

    # -- tokens ---------------------------------------------------------------------------

    def token_problems(self):
        for token, parent in _walk_with_parents(self.tokens):
            if token.type != "error":
                continue
            if token.kind == "}" and parent is not None and parent.type != "{} block":
                continue  # swallowed by a "(" or "[" left open, which is reported
            message = self.messages.get(id(token)) or self.error_message(token)
            self.problem(token.source_line, message)

    def error_message(self, error):
        if error.kind in ("bad-string", "eof-in-string"):
            return "a string is not closed on its line: %s" % self.rest_of_line(error)
        if error.kind in ("bad-url", "eof-in-url"):
            return "url( is not closed: %s" % self.rest_of_line(error)
        found = error.message[-1:]
        opener = {"}": "{", ")": "(", "]": "["}.get(found, "")
        hint = ' (is a "{" missing after a selector?)' if found == "}" else ""
        return '"%s" without a matching "%s"%s' % (found, opener, hint)

    def rest_of_line(self, token):
        line = self.lines[token.source_line - 1] if token.source_line <= len(self.lines) else ""
        return shown(" ".join(line[token.source_column - 1:].split()))

    # -- rules and declarations ------------------------------------------------------------

    def rules(self, tokens, context, depth=0):
        """Walk one block's content.

        `context`: "top" and "rules" (@media's at the top) hold rules, KEYFRAMES keyframes;
        "style", "keyframe" and an at-rule's name (@font-face's descriptors) declarations.
        """
        for prelude, block, stop in _items(tokens, nested=context != "top"):
            self.past_imports |= context != "top" or not _may_precede_import(prelude, block)
            if prelude and prelude[0].type == "at-keyword":
                self.at_rule(prelude, block, context, depth)
            elif block is not None:
                self.style_rule(prelude, block, context, depth)
            elif context in _RULE_LISTS:
                self.missing_block(prelude, stop)
            else:
                self.declaration(prelude, context)

    def style_rule(self, prelude, block, context, depth):
        kind = {"style": "nested", KEYFRAMES: "keyframe"}.get(context, "style")
        line = prelude[0].source_line if prelude else block.source_line
        self.stray_brace(prelude)
        if not _has_error(prelude):  # a rule whose selector holds a "}" is dropped
            self.sheet.rules.append(Rule(prelude, line, kind))
        self.closes(block, prelude)
        self.rules(block.content, "keyframe" if kind == "keyframe" else "style", depth + 1)

    def stray_brace(self, prelude):
        """`.title color: red }`: the "}" of a rule whose "{" is missing."""
        for index, token in enumerate(prelude):
            if token.type == "error" and token.kind == "}":
                before = tinycss2.serialize(prelude[:index]).strip()
                if before:
                    self.messages[id(token)] = ('expected "{" after the selector %s, found "}"'
                                                % quoted(before))
                return

    def missing_block(self, prelude, stop):
        self.stray_brace(prelude)
        if _has_error(prelude):
            return  # the "}" or the string was named where it is
        where = {";": '";"', None: "the end of the file"}[stop]
        self.problem(prelude[0].source_line, 'expected "{" after the selector %s, found %s'
                     % (quoted(tinycss2.serialize(prelude)), where))

    def at_rule(self, prelude, block, context, depth):
        keyword = prelude[0]
        name = keyword.lower_value
        self.sheet.at_rules.append((name, prelude[1:], keyword.source_line))
        bare = _unprefixed(name)
        if bare == "import" and self.past_imports:
            self.problem(keyword.source_line, '"@import" after other rules: the browser ignores '
                         "it (every @import must come first, after @charset and @layer only)")
        if block is None:
            if bare not in STATEMENTS and _known_block(bare):
                self.problem(keyword.source_line,
                             '"@%s" needs a { ... } block' % shown(keyword.value))
            return
        self.closes(block, prelude)
        self.rules(block.content, _block_context(bare, context), depth + 1)

    def declaration(self, tokens, context):
        parsed = tinycss2.parse_one_declaration(tokens)
        line = tokens[0].source_line
        if parsed.type == "error":
            if not _has_error(tokens):
                self.problem(line, 'expected "property: value", found %s'
                             % quoted(tinycss2.serialize(tokens)))
            return
        message = _declaration_mistake(parsed)
        if message:
            self.problem(line, message)
        elif not _has_error(parsed.value):  # the browser drops a value with a broken string
            self.sheet.declarations.append(Declaration(parsed.name, parsed.value, line, context))


def _items(tokens, nested):
    """A block's items: (prelude tokens, its {} block or None, what ended it)."""
    current: list = []
    for token in tokens:
        if token.type in _BLANK and not current:
            continue
        if token.type == "{} block" and not _is_custom_property(current):
            yield current, token, "{"
            current = []
        elif token == ";" and (nested or current and current[0].type == "at-keyword"):
            if current:
                yield current, None, ";"
            current = []
        else:
            current.append(token)
    while current and current[-1].type in _BLANK:
        current.pop()
    if current:
        yield current, None, None


def _may_precede_import(prelude, block):
    """@charset, @import and a @layer statement may come before an @import."""
    if not prelude or prelude[0].type != "at-keyword" or block is not None:
        return False
    return prelude[0].lower_value in ("charset", "import", "layer")


def _is_custom_property(tokens):
    significant = [token for token in tokens[:3] if token.type not in _BLANK]
    return (len(significant) >= 2 and significant[0].type == "ident"
            and significant[0].value.startswith("--") and significant[1] == ":")


def _declaration_mistake(declaration):
    """Why the browser drops this declaration, or None."""
    value = [token for token in declaration.value if token.type not in _BLANK]
    if declaration.name.startswith("--"):
        return None
    if not value:
        return '"%s" has no value' % shown(declaration.name)
    if len(value) >= 2 and value[-2] == "!":
        return ('"!%s" is not a priority (only "!important" is)'
                % shown(tinycss2.serialize(value[-1:])))
    next_name = _next_declaration(declaration.value)
    if next_name is not None:
        before = tinycss2.serialize(declaration.value[:next_name]).strip()
        return 'missing ";" after %s' % quoted("%s: %s" % (declaration.name, before))
    return None


def _next_declaration(value):
    """Where a line break then `name:` starts in a value: a ";" is missing before it."""
    for index, token in enumerate(value[:-1]):
        if token.type == "whitespace" and "\n" in token.value:
            rest = [t for t in value[index + 1:index + 4] if t.type not in _BLANK]
            if len(rest) >= 2 and rest[0].type == "ident" and rest[1] == ":":
                return index
    return None


def _block_context(bare, context):
    if bare == KEYFRAMES:
        return KEYFRAMES
    if AT_RULES.get(bare):
        return bare  # descriptors (@font-face, @page...), not checked as properties
    return "style" if context == "style" else "rules"


def _known_block(bare):
    return bare in AT_RULES


def _unprefixed(name):
    """@-webkit-keyframes is @keyframes."""
    if name.startswith("-") and "-" in name[1:]:
        return name[name.index("-", 1) + 1:]
    return name


def _has_error(tokens):
    return any(token.type == "error" for token in _walk(tokens))


def _children(token):
    content = getattr(token, "content", None)
    return content if content is not None else getattr(token, "arguments", None)


def _walk_with_parents(tokens):
    """Every token with the block it is in (None at the top), without recursion."""
    pending = [(token, None) for token in reversed(tokens)]
    while pending:
        token, parent = pending.pop()
        yield token, parent
        pending.extend((child, token) for child in reversed(_children(token) or ()))


def _walk(tokens):
    """Every token, blocks' contents included, without recursion."""
    pending = list(reversed(tokens))
    while pending:
        token = pending.pop()
        yield token
        pending.extend(reversed(_children(token) or ()))


def _too_deep(tokens):
    """The first block nested deeper than MAX_DEPTH, else None."""
    pending = [(token, 1) for token in tokens]
    while pending:
        token, depth = pending.pop()
        children = _children(token)
        if children is None:
            continue
        if depth > MAX_DEPTH:
            return token
        pending.extend((child, depth + 1) for child in children)
    return None
