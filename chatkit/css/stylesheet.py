"""`chatkit css`: check a custom stylesheet for the chat window (SPEC 3, 5.4).

A marketer's stylesheet often arrives the way the reference prints its example:
pasted into TextEdit and saved as RTF, with non-breaking spaces for indents.
`read_stylesheet` gets the clean CSS out of it; `check_css` names, with line
numbers, what the browser would drop (syntax), what it would ignore (unknown
properties, bad values) and which selectors match nothing in the chat window,
whose class names and ids come from `chatkit.emulator.dom`, the emulator's source.

    >>> [p.line("theme.css") for p in check_css(".title { colr: red }")]
    ['theme.css:1: warning: unknown property "colr" (did you mean "color"?)']
"""

import re
import shlex
from pathlib import Path

from chatkit.css._data import AT_RULES
from chatkit.css._selectors import check_selector, split_list
from chatkit.css._syntax import line_counter, quoted, read_css, shown
from chatkit.css._values import property_problem, value_problem
from chatkit.css.rtf import RtfError, is_rtf, unwrap
from chatkit.errors import Problem, ValidationError, escape

__all__ = ["MAX_STYLESHEET_BYTES", "CssProblem", "Stylesheet", "chat_vocabulary", "check_css",
           "css_problems", "file_problems", "read_stylesheet", "suggested_output"]

# Read no further (`chatkit css /dev/zero` would fill the memory): a chat stylesheet is a few
# KB, and checking this much takes a few seconds.
MAX_STYLESHEET_BYTES = 2 * 1024 * 1024
# Outside strings; inside one a non-breaking space is text the author may want.  A string
# always matches to its end, its line's end or the text's end, so the scan stays linear.
_NBSP_OUTSIDE_STRINGS = re.compile(
    r"(\"(?:\\[\s\S]|\\\Z|[^\"\\\n])*+(?:\"|$)|'(?:\\[\s\S]|\\\Z|[^'\\\n])*+(?:'|$))"
    "|\u00a0", re.MULTILINE)
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
# What a page served over https may @import: https itself, or data inline.
_SAFE_IMPORT_SCHEMES = frozenset(("https", "data"))


class CssProblem(Problem):
    """A problem at a line of a stylesheet; prints as `FILE:LINE: message`."""

    __slots__ = ("lineno",)

    def __init__(self, lineno, message, severity="error"):
        super().__init__("", None, message, severity)
        self.lineno = lineno

    def line(self, source=""):
        where = "%s:%d" % (source, self.lineno) if self.lineno else source
        prefix = "warning: " if self.severity == "warning" else ""
        # A line break or a bidi control in the file name is shown escaped, as in every
        # problem line of the CLI: one problem, one line, read as written.
        return escape("%s: %s%s" % (where, prefix, self.message))

    def __repr__(self):
        return "CssProblem(%r, %r, %r)" % (self.lineno, self.message, self.severity)


class Stylesheet:
    """A stylesheet file: the clean CSS the chat can load, and how it was cleaned."""

    def __init__(self, path, css, rtf=None, nbsp_lines=()):
        self.path = Path(path)
        self.css = css
        self.rtf = rtf  # the RtfText it was unwrapped from, if it was RTF
        self.nbsp_lines = list(nbsp_lines)

    @property
    def is_clean(self):
        """True when the file itself is the clean CSS."""
        return self.rtf is None and not self.nbsp_lines

    def file_line(self, css_line):
        """The line of the file that line `css_line` of the clean CSS comes from."""
        return self.rtf.rtf_line(css_line) if self.rtf else css_line

    def cleaning_problems(self):
        """Why the file itself is not loadable CSS, with the command that gets the clean CSS."""
        fix = "write the clean CSS with: chatkit css %s -o %s" % (
            _argument(self.path), _argument(_suggested_output(self.path)))
        if self.rtf is not None:
            return [CssProblem(None, "this is CSS pasted into an RTF (word processor) document, "
                               "which the chat cannot load: %s" % fix)]
        if self.nbsp_lines:
            return [CssProblem(self.nbsp_lines[0], "non-breaking spaces (U+00A0) where spaces "
                               "belong, on %s: the browser does not read them as spaces and "
                               "drops those declarations; %s" % (_line_list(self.nbsp_lines), fix))]
        return []


def read_stylesheet(path):
    """Read a CSS or RTF file into a Stylesheet; ValidationError when it cannot be read."""
    path = Path(path)
    text = _decode(_read_bytes(path), path)
    rtf = _unwrap(text, path) if is_rtf(text) else None
    css, nbsp_lines = _replace_nbsp(rtf.text if rtf else text)
    return Stylesheet(path, css, rtf, nbsp_lines if rtf is None else ())


def _fail(path, message, line=None):
    where = CssProblem(line, message) if line else Problem("", None, message)
    raise ValidationError([where], str(path)) from None


def _read_bytes(path):
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_STYLESHEET_BYTES + 1)
    except FileNotFoundError:
        _fail(path, "no such file")
    except OSError as error:
        _fail(path, "cannot read it: %s" % error.strerror)
    except ValueError:  # a NUL in the name
        _fail(path, "cannot read it: a file name cannot hold a NUL character")
    if len(data) > MAX_STYLESHEET_BYTES:
        _fail(path, "too big for a chat stylesheet (more than %d MB): the chat window's "
                    "stylesheet is a few KB, an RTF paste of one a few tens"
              % (MAX_STYLESHEET_BYTES // 1024 // 1024))
    return data


def _decode(data, path):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if data.lstrip().startswith(b"{\\rtf"):
            return data.decode("latin-1")  # RTF is 7-bit; its own escapes name the code page
        _fail(path, "cannot read it: not UTF-8 text (save it as UTF-8)")


def _unwrap(text, path):
    try:
        return unwrap(text)
    except RtfError as error:
        _fail(path, error.message, error.line)


def _replace_nbsp(text):
    lines = []
    line_of = line_counter(text)

    def replace(match):
        if match.group(1):
            return match.group(1)
        lines.append(line_of(match.start()))
        return " "

    return _NBSP_OUTSIDE_STRINGS.sub(replace, text), sorted(set(lines))


def _line_list(lines):
    shown = ", ".join(str(n) for n in lines[:5])
    if len(lines) == 1:
        return "line %s" % shown
    more = len(lines) - 5
    return "lines %s%s" % (shown, " and %d more" % more if more > 0 else "")


def chat_vocabulary():
    """The class names and ids of the chat window's DOM, as the emulator builds it."""
    from chatkit.emulator import dom as chat_dom

    return frozenset(chat_dom.class_names()), frozenset(chat_dom.ids())


def check_css(css, vocabulary=None):
    """Every problem of a stylesheet's text, by line: syntax errors, then warnings.

    `vocabulary` is `(class names, ids)`; by default the chat window's.
    """
    sheet = read_css(css)
    problems = [CssProblem(p.line, p.message, "error" if p.error else "warning")
                for p in sheet.problems]
    problems += _selector_problems(sheet, vocabulary or chat_vocabulary())
    problems += _declaration_problems(sheet)
    problems += _at_rule_problems(sheet)
    if not sheet.rules and not sheet.at_rules and not problems:
        problems.append(CssProblem(None, "no CSS rules found", "warning"))
    return sorted(_with_nul_problems(css, problems), key=lambda p: p.lineno or 0)


def _selector_problems(sheet, vocabulary):
    return [CssProblem(rule.line, message, severity)
            for rule in sheet.rules if rule.kind != "keyframe"
            for selector in split_list(rule.prelude)
            for message, severity in check_selector(selector, vocabulary,
                                                    relative=rule.kind == "nested")]


def _declaration_problems(sheet):
    return [CssProblem(d.line, message, "warning")
            for d in sheet.declarations if d.context in ("style", "keyframe")
            for message in [property_problem(d.name) or value_problem(d.name, d.value)]
            if message]


def _at_rule_problems(sheet):
    problems = []
    for name, prelude, line in sheet.at_rules:
        bare = re.sub(r"^-[a-z]+-", "", name)
        if bare not in AT_RULES:
            problems.append(CssProblem(line, 'unknown at-rule "@%s"' % shown(name), "warning"))
        elif bare == "import":
            problems += _import_problems(prelude, line)
    return problems


def _import_problems(prelude, line):
    url = _import_url(prelude)
    if url is None:
        return [CssProblem(line, '"@import" needs the URL of a stylesheet')]
    scheme = _SCHEME.match(url)
    if scheme and scheme.group(1).lower() not in _SAFE_IMPORT_SCHEMES:
        return [CssProblem(line, "@import %s: the chat window loads your stylesheet over "
                           "https, so an import must be https too (the browser blocks "
                           "this one)" % quoted(url))]
    return []


def _import_url(prelude):
    for token in prelude:
        if token.type in ("url", "string"):
            return token.value
        if token.type == "function" and token.lower_name in ("url", "src"):
            return _import_url(token.arguments)
        if token.type not in ("whitespace", "comment"):
            return None
    return None


def _with_nul_problems(css, problems):
    """A NUL is reported as such, and nothing else on its line is (it is the cause)."""
    line_of = line_counter(css)
    lines = sorted({line_of(match.start()) for match in re.finditer("\x00", css)})
    if not lines:
        return problems
    nul = CssProblem(lines[0], "a NUL character (U+0000) on %s: a stylesheet is text, and "
                     "the browser reads each NUL as U+FFFD and drops what holds it; remove it"
                     % _line_list(lines))
    on_nul_lines = set(lines)
    return [nul] + [p for p in problems if p.lineno not in on_nul_lines]


def css_problems(sheet):
    """The problems of a Stylesheet's clean CSS, at the lines of its file (an RTF paste's)."""
    return [_in_file(sheet, p) for p in check_css(sheet.css)]


def file_problems(sheet):
    """The problems of the file itself, at its own lines (an RTF paste is one of them)."""
    return sheet.cleaning_problems() + css_problems(sheet)


def suggested_output(path):
    """Where the clean CSS of `path` may go: theme.rtf gives theme.css, theme.css
    theme.clean.css."""
    return _suggested_output(Path(path))


def _suggested_output(path):
    return str(path.with_suffix(".css") if path.suffix.lower() != ".css"
               else path.with_name(path.stem + ".clean.css"))


def _argument(path):
    return shlex.quote(str(path))


def _in_file(sheet, problem):
    if problem.lineno is None or sheet.rtf is None:
        return problem
    return CssProblem(sheet.file_line(problem.lineno), problem.message, problem.severity)
