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
import sys
from pathlib import Path

from chatkit._files import write_atomic
from chatkit.css._properties import (
    check_property,
    check_selector,
    is_modern_selector,
    selector_names,
)
from chatkit.css._syntax import read_css, split_selectors
from chatkit.css.rtf import is_rtf, unwrap
from chatkit.errors import Problem, ValidationError

__all__ = ["CssProblem", "Stylesheet", "chat_vocabulary", "check_css", "command",
           "file_problems", "read_stylesheet"]

EXIT_OK, EXIT_WARNINGS = 0, 1
KNOWN_AT_RULES = frozenset((
    "media", "supports", "document", "layer", "container", "scope", "starting-style",
    "font-face", "page", "viewport", "counter-style", "property", "font-palette-values",
    "keyframes", "import", "charset", "namespace",
))
# Outside strings; inside one a non-breaking space is text the author may want.
_NBSP_OUTSIDE_STRINGS = re.compile(r"(\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*')|\u00a0")


class CssProblem(Problem):
    """A problem at a line of a stylesheet; prints as `FILE:LINE: message`."""

    __slots__ = ("lineno",)

    def __init__(self, lineno, message, severity="error"):
        super().__init__("", None, message, severity)
        self.lineno = lineno

    def line(self, source=""):
        where = "%s:%d" % (source, self.lineno) if self.lineno else source
        prefix = "warning: " if self.severity == "warning" else ""
        return "%s: %s%s" % (where, prefix, self.message)

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

    def cleaning_problems(self, suggested_output):
        """Why the file itself is not loadable CSS, with the way to get the clean CSS."""
        fix = "pass -o %s to write the clean CSS" % suggested_output
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
    rtf = unwrap(text) if is_rtf(text) else None
    css, nbsp_lines = _replace_nbsp(rtf.text if rtf else text)
    return Stylesheet(path, css, rtf, nbsp_lines if rtf is None else ())


def _read_bytes(path):
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ValidationError([Problem("", path, "no such file")], str(path)) from None
    except OSError as error:
        raise ValidationError([Problem("", path, "cannot read it: %s" % error.strerror)],
                              str(path)) from None


def _decode(data, path):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if data.lstrip().startswith(b"{\\rtf"):
            return data.decode("latin-1")  # RTF is 7-bit; its own escapes name the code page
        raise ValidationError([Problem("", path, "cannot read it: not UTF-8 text (save it "
                                       "as UTF-8)")], str(path)) from None


def _replace_nbsp(text):
    lines = []

    def replace(match):
        if match.group(1):
            return match.group(1)
        lines.append(text.count("\n", 0, match.start()) + 1)
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
    lines = _LineIndex(css)
    problems = [CssProblem(lines.at(p.offset), p.message, "error" if p.error else "warning")
                for p in sheet.problems]
    problems += _selector_problems(sheet, lines, vocabulary or chat_vocabulary())
    problems += _declaration_problems(sheet, lines)
    problems += _at_rule_problems(sheet, lines)
    if not sheet.selectors and not sheet.at_rules and not sheet.problems:
        problems.append(CssProblem(None, "no CSS rules found", "warning"))
    return sorted(problems, key=lambda p: p.lineno or 0)


class _LineIndex:
    def __init__(self, text):
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def at(self, offset):
        low, high = 0, len(self.starts)
        while high - low > 1:
            middle = (low + high) // 2
            low, high = (middle, high) if self.starts[middle] <= offset else (low, middle)
        return low + 1


def _selector_problems(sheet, lines, vocabulary):
    problems = []
    for rule in sheet.selectors:
        if rule.keyframe:
            continue
        for selector, offset in split_selectors(rule.text, rule.offset):
            message, severity = _selector_message(selector, vocabulary)
            if message:
                problems.append(CssProblem(lines.at(offset), message, severity))
    return problems


def _selector_message(selector, vocabulary):
    if is_modern_selector(selector):
        return None, None  # nesting, :is(), :has(): valid today, beyond cssutils
    parsed = check_selector(selector)
    if parsed is None:
        return ('invalid selector "%s" (the browser ignores the whole rule)' % selector,
                "error")
    classes, ids = selector_names(parsed)
    missing = (['class "%s"' % name for name in classes if name not in vocabulary[0]]
               + ['id "%s"' % name for name in ids if name not in vocabulary[1]])
    if missing:
        return ('selector "%s" matches nothing in the chat window (it has no %s)'
                % (" ".join(selector.split()), " or ".join(missing)), "warning")
    return None, None


def _declaration_problems(sheet, lines):
    return [CssProblem(lines.at(d.offset), message, "warning")
            for d in sheet.declarations if d.context in ("style", "keyframe")
            for message in [check_property(d.name, d.value)] if message]


def _at_rule_problems(sheet, lines):
    return [CssProblem(lines.at(offset), 'unknown at-rule "@%s"' % name, "warning")
            for name, offset in sheet.at_rules
            if re.sub(r"^-\w+-", "", name) not in KNOWN_AT_RULES]


def command(args):
    """`chatkit css FILE [-o OUT]`: exit 0 (warnings allowed), 1 under --strict, 2 on errors."""
    sheet = read_stylesheet(args.file)
    strict = getattr(args, "strict", False)
    problems = check_css(sheet.css)
    if args.output and not any(problem.is_error for problem in problems):
        _write(sheet, args.output)
        return _report(problems, args.output, strict)
    # Nothing is written when there are errors: they are named where the user can fix them.
    cleaning = [] if args.output else sheet.cleaning_problems(_suggested_output(sheet.path))
    return _report(cleaning + [_in_file(sheet, p) for p in problems], args.file, strict)


def file_problems(sheet):
    """The problems of the file itself, at its own lines (an RTF paste is one of them)."""
    problems = sheet.cleaning_problems(_suggested_output(sheet.path))
    return problems + [_in_file(sheet, problem) for problem in check_css(sheet.css)]


def _write(sheet, output):
    try:
        write_atomic(output, sheet.css)
    except OSError as error:
        raise ValidationError([Problem("", output, "cannot write it: %s" % error.strerror)],
                              str(output)) from None
    how = " (the CSS inside the RTF document)" if sheet.rtf is not None else ""
    print("wrote %s%s" % (output, how), file=sys.stderr)


def _suggested_output(path):
    return str(path.with_suffix(".css") if path.suffix.lower() != ".css"
               else path.with_name(path.stem + ".clean.css"))


def _in_file(sheet, problem):
    if problem.lineno is None or sheet.rtf is None:
        return problem
    return CssProblem(sheet.file_line(problem.lineno), problem.message, problem.severity)


def _report(problems, source, strict):
    if any(p.is_error for p in problems):
        raise ValidationError(problems, source)
    for problem in problems:
        print(problem.line(source), file=sys.stderr)
    if not problems:
        print("%s: ok" % source)
    return EXIT_WARNINGS if problems and strict else EXIT_OK
