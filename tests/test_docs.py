"""The README's command reference keeps up with the CLI, so the docs never drift."""

import argparse
from pathlib import Path

import pytest

from chatkit.cli import COMMANDS, build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def subparsers():
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices


def readme_row(command):
    rows = [line for line in README.splitlines() if line.startswith("| `chatkit %s " % command)]
    assert len(rows) == 1, "README's command table needs one row for chatkit %s" % command
    return rows[0]


@pytest.mark.parametrize("command", list(COMMANDS))
def test_readme_lists_every_option_of_every_command(command):
    row = readme_row(command)
    for action in subparsers()[command]._actions:
        if action.option_strings and "--help" not in action.option_strings:
            assert any(option in row for option in action.option_strings), (command, action)
        elif not action.option_strings:
            assert action.metavar in row, (command, action.metavar)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_readme_shows_every_command_in_use(command):
    assert README.count("chatkit %s " % command) >= 2, command
