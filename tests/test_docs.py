"""The README's command reference keeps up with the CLI, so the docs never drift.

The README's table of commands is generated from the commands themselves (their arguments,
options and the first line of their `--help`); CHATKIT_UPDATE_GOLDEN=1 rewrites it.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest

from chatkit.cli import COMMANDS
from tests.cli_support import run

ROOT = Path(__file__).resolve().parent.parent
README_PATH = ROOT / "README.md"
README = README_PATH.read_text(encoding="utf-8")
TABLE_HEAD = "| command | does |\n|---|---|\n"


def synopsis(name, command):
    """`chatkit NAME ARGUMENT [--option VALUE] [--flag]`, from the command's parameters."""
    parts = ["chatkit", name]
    for param in command.params:
        if isinstance(param, click.Argument):
            parts.append(param.metavar or param.name.upper())
            continue
        option = param.opts[0]
        if param.is_flag:
            shown = option
        elif isinstance(param.type, click.Choice):
            shown = "%s %s" % (option, "|".join(param.type.choices))
        else:
            shown = "%s %s" % (option, param.metavar)
        parts.append(shown if param.required else "[%s]" % shown)
    return " ".join(parts)


def commands_table():
    """The README's table of commands, as the CLI defines them."""
    rows = ["| `%s` | %s |" % (synopsis(name, command).replace("|", "\\|"),
                              command.help.partition("\n")[0].rstrip(".").replace("_", "\\_"))
            for name, command in COMMANDS.items()]
    return TABLE_HEAD + "\n".join(rows) + "\n"


def readme_table():
    start = README.index(TABLE_HEAD, README.index("## Commands"))
    end = README.index("\n\n", start)
    return README[start:end + 1]


def test_readme_command_table_is_generated_from_the_commands():
    if os.environ.get("CHATKIT_UPDATE_GOLDEN"):
        README_PATH.write_text(README.replace(readme_table(), commands_table()), "utf-8")
    assert readme_table() == commands_table(), (
        "README's command table is stale: CHATKIT_UPDATE_GOLDEN=1 pytest tests/test_docs.py")


@pytest.mark.parametrize("name", list(COMMANDS))
def test_readme_documents_every_command_and_its_help_teaches_it(capsys, name):
    command = COMMANDS[name]
    assert command.help and command.help.partition("\n")[0].endswith("."), name
    code, out, _ = run(capsys, name, "--help")
    assert code == 0
    assert out.startswith("Usage: chatkit %s " % name)
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, (name, param.opts)  # every option says what it does
            assert param.opts[0] in out
    assert re.search(r"^\s*example: chatkit %s " % name, out, re.MULTILINE), name


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
