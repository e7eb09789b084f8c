"""`chatkit check CONFIG...`: every problem of each config and its hooks, in a format for people
(text) or for tools (json, github), and a verdict line for each file that passes.

Each problem becomes a `Finding` (file, line, column, key, severity, message).  Its place
comes from `place_of`: the `lineno` and `column` a problem carries (the loader's, once it
records them), else what its key or message says ("line 3", "(at line 7, column 5)"),
else none (null in JSON).
"""

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import click

from chatkit.cli._common import EXIT_INVALID, EXIT_OK, EXIT_WARNINGS, load, strict_option
from chatkit.errors import Problem, ValidationError, escape

FORMATS = ("text", "json", "github")
STDIN = "-"
STDIN_NAME = "<stdin>"
# What `chatkit import` reads: a config is none of them.
_PAGE_SUFFIXES = {".html": "HTML", ".htm": "HTML", ".php": "a PHP page", ".erb": "a template",
                  ".ejs": "a template", ".njk": "a template", ".j2": "a template",
                  ".jinja": "a template", ".js": "JavaScript", ".mjs": "JavaScript",
                  ".jsx": "JavaScript", ".ts": "TypeScript", ".tsx": "TypeScript"}
_KEY_PLACE = re.compile(r"line (\d+)(?:, column (\d+))?")
_MESSAGE_PLACE = re.compile(r"\(at line (\d+), column (\d+)\)")


@click.command()
@click.argument("configs", metavar="CONFIG...", nargs=-1, required=True)
@strict_option
@click.option("--format", "format_", type=click.Choice(FORMATS), default="text",
              show_default=True, help="text for people; json (a list of {file, line, column, "
              "key, severity, message}) or github (workflow annotations) for tools")
def check(configs: tuple[str, ...], strict: bool, format_: str) -> int:
    """Check configs without writing anything: every warning and error, one line each.

    Each CONFIG (several at once: sites/*.toml; - reads one from standard input) that
    passes gets one verdict line: "ok" without warnings, "ok, 2 warnings" with; one that
    fails is named by its problems. The problems of the [python] hooks file are reported
    too, as chatkit build and snippet would.
    Exit code 0 when every config is valid, 1 when --strict and there are warnings, 2 when
    one is invalid: the worst over all the files.

    \b
    example: chatkit check chat.toml --strict
    example: chatkit check sites/*.toml --format github
    """
    reports = [check_file(name) for name in configs]
    if format_ == "json":
        print(json.dumps([f.as_json() for r in reports for f in r.findings], indent=2,
                         ensure_ascii=False))
    for report in reports:
        if format_ == "text":
            for finding in report.findings:
                print(finding.text(), file=sys.stderr)
        elif format_ == "github":
            for finding in report.findings:
                print(finding.annotation())
        verdict = report.verdict(strict)
        if format_ != "json" and verdict:
            print(escape("%s: %s" % (report.name, verdict)))
    return max(report.exit_code(strict) for report in reports)


@dataclass(frozen=True)
class Finding:
    """One problem of a checked file, with its place when known (else None)."""

    file: str
    line: int | None
    column: int | None
    key: str | None
    severity: str
    message: str
    problem: Problem = field(repr=False, compare=False)

    def text(self) -> str:
        """The one-line form people read: `FILE: key.path: message` (the problem's own)."""
        return self.problem.line(self.file)

    def as_json(self) -> dict:
        """The finding for tools: file, line, column, key, severity, message."""
        return {"file": self.file, "line": self.line, "column": self.column, "key": self.key,
                "severity": self.severity, "message": self.message}

    def annotation(self) -> str:
        """A GitHub Actions workflow command: `::error file=F,line=L,col=C::message`."""
        places = [("file", self.file), ("line", self.line), ("col", self.column)]
        properties = ",".join("%s=%s" % (name, _property(str(value)))
                              for name, value in places if value is not None)
        text = ": ".join(part for part in (self.key, self.message) if part)
        kind = "error" if self.severity == "error" else "warning"
        return "::%s %s::%s" % (kind, properties, _data(text))


def _data(text):
    # GitHub's escapes for a command's message, then for its properties too.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text):
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def place_of(problem: Problem) -> tuple[int | None, int | None, str | None]:
    """(line, column, dotted key) of a problem: its own `lineno`/`column` when it has them,
    else the place its key ("line 3, column 5") or message ("(at line 7, column 5)") names."""
    line, column = getattr(problem, "lineno", None), getattr(problem, "column", None)
    key = problem.key or None
    if line is None and key is not None:
        found = _KEY_PLACE.fullmatch(key)
        if found:
            line, column = int(found.group(1)), _number(found.group(2))
            key = None
    if line is None and key is None:  # a problem of the whole file (TOML syntax, encoding)
        found = _MESSAGE_PLACE.search(problem.message)
        if found:
            line, column = int(found.group(1)), int(found.group(2))
    return line, column, key


def _number(text):
    return int(text) if text is not None else None


def finding(problem: Problem, file: str) -> Finding:
    line, column, key = place_of(problem)
    return Finding(file, line, column, key, problem.severity, problem.message, problem)


class FileReport:
    """What checking one CONFIG found: its name as shown, and its findings."""

    def __init__(self, name: str, findings: list[Finding]):
        self.name, self.findings = name, findings
        self.errors = sum(f.severity == "error" for f in findings)
        self.warnings = len(findings) - self.errors

    def exit_code(self, strict: bool) -> int:
        if self.errors:
            return EXIT_INVALID
        return EXIT_WARNINGS if self.warnings and strict else EXIT_OK

    def verdict(self, strict: bool) -> str | None:
        """"ok" or "ok, 2 warnings"; None when the file fails (its problems name it)."""
        if self.exit_code(strict) != EXIT_OK:
            return None
        return "ok, " + _count(self.warnings, "warning") if self.warnings else "ok"


def _count(number, word):
    return "%d %s%s" % (number, word, "" if number == 1 else "s")


def check_file(name: str) -> FileReport:
    """Check one config (`-` for standard input) and its hooks; never raises a user error."""
    from chatkit.build import check_hooks

    shown = STDIN_NAME if name == STDIN else name
    try:
        config = load("/dev/stdin" if name == STDIN else name)
        hooks = check_hooks(config)
    except ValidationError as error:
        source = shown if error.source in (name, "/dev/stdin") else error.source
        return FileReport(shown, [finding(p, source) for p in _hinted(error.problems, name)])
    found = [finding(p, shown) for p in config.warnings]
    found += [finding(p, str(config.hooks_path)) for p in hooks]
    return FileReport(shown, found)


def _hinted(problems, name):
    """A page or a script given as a config is named as such, with the command it needs."""
    if len(problems) != 1 or not problems[0].message.startswith(("not valid TOML",
                                                                 "not UTF-8")):
        return problems
    kind = _page_kind(name)
    if kind is None:
        return problems
    return [Problem("", name, "is %s, not a chat config (TOML): to turn the 8x8 snippet in it "
                    "into one, run: chatkit import %s -o chat.toml" % (kind, _argument(name)))]


def _page_kind(name):
    kind = _PAGE_SUFFIXES.get(Path(name).suffix.lower())
    if kind is not None or name == STDIN:
        return kind
    try:
        with open(name, "rb") as stream:
            start = stream.read(1024).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    except OSError:
        return None
    return "HTML" if start.startswith((b"<!doctype", b"<html", b"<script", b"<!--", b"<div",
                                       b"<head", b"<body")) else None


def _argument(name):
    import shlex

    return shlex.quote(name)
