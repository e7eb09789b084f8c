"""The README's command reference keeps up with the CLI, so the docs never drift."""

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from chatkit.cli import COMMANDS, build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


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


def readme_block(after):
    """The fenced code block that follows the line `after` in the README."""
    rest = README.split(after, 1)[1]
    return rest.split("```", 2)[1].split("\n", 1)[1]


def test_readme_hooks_example_is_the_shipped_example():
    shown = readme_block("[`examples/python/hooks.py`](examples/python/hooks.py):")
    assert shown == (ROOT / "examples/python/hooks.py").read_text(encoding="utf-8")


@pytest.mark.browser
def test_readme_ci_example_passes_for_a_tenant(tmp_path):
    # What a tenant copies into their CI: the README's test file, against a chat.toml of theirs.
    (tmp_path / "chat.toml").write_text(TENANT_CONFIG, encoding="utf-8")
    (tmp_path / "test_chat.py").write_text(readme_block("## Test your chat in CI"),
                                           encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-W", "error", "-p",
                             "no:cacheprovider"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


TENANT_CONFIG = """\
[chat]
uuid = "script_0123456789abcdef01234567.89012345"
tenant = "ZXhhbXBsZTAx"
channel = "Customer Support"
domain = "https://vcc-na7.8x8.com"

[customer]
"Plan" = "Premium"
"""
