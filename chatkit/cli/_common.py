"""What the commands share: the options declared alike, and the way out of the CLI.

Every output goes through `emit` (stdout, or `-o` through `chatkit._files`, the one
writer); every line of chatkit's own through `say` (escaped, so a file name holding a
line break stays one line); every problem through `print_problems`.
"""

import sys
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import click

from chatkit._files import check_output, write_output
from chatkit.errors import Problem, ValidationError, escape

EXIT_OK, EXIT_WARNINGS, EXIT_INVALID = 0, 1, 2
F = TypeVar("F", bound=Callable[..., Any])


def config_argument(function: F) -> F:
    """CONFIG: the chat.toml a command reads."""
    return click.argument("config", metavar="CONFIG")(function)


def output_option(what: str, *, edited: bool = False) -> Callable[[F], F]:
    """`-o/--output FILE` for `what`; `edited` outputs (a config a person edits) also get
    `--force`, and refuse to replace an existing file without it."""
    if edited:
        helps = ("write %s to FILE instead of printing it; an existing FILE is kept unless "
                 "--force" % what)
    else:
        helps = "write %s to FILE (replaced atomically) instead of printing it" % what

    def declare(function: F) -> F:
        if edited:  # declared first, so that --help and the README list it after -o
            function = force_option(function)
        return click.option("-o", "--output", metavar="FILE", help=helps)(function)

    return declare


def force_option(function: F) -> F:
    """`--force`: replace an existing -o file (one a person may have edited)."""
    return click.option("--force", is_flag=True,
                        help="replace FILE when it exists (it may hold your edits)")(function)


def strict_option(function: F) -> F:
    return click.option("--strict", is_flag=True,
                        help="exit 1 when there are warnings")(function)


def emit(text: str, output: str | None, inputs: Iterable[Any] = (), *, replace: bool = True,
         how: str = "") -> None:
    """Print `text`, or write it to `output` (never onto one of `inputs`, never half; an
    existing file only when `replace`), then say so on stderr (`how` after the name)."""
    if output is None:
        sys.stdout.write(text)
        return
    check_output(output, inputs, replace=replace)
    try:
        write_output(output, text, replace=replace)
    except OSError as error:
        raise ValidationError([Problem("", output, "cannot write it: %s"
                                       % (error.strerror or error))], str(output)) from None
    say("wrote %s%s" % (output, how))


def say(line: str, stream: Any = None) -> None:
    """One line of the CLI's own, file names shown escaped like every problem's."""
    print(escape(line), file=stream or sys.stderr)


def print_problems(problems: Iterable[Problem], source: str) -> None:
    for problem in problems:
        print(problem.line(source), file=sys.stderr)


def load(path: str) -> Any:
    """The checked Config at `path` (ConfigError when it has errors)."""
    from chatkit.config import load_config

    return load_config(path)
