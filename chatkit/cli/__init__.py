"""The `chatkit` command line (SPEC 3), on click.

Each command is one function, its options declared right above it and its docstring
its `--help`; the library below it takes plain values.  User errors (`ChatkitError`)
become one-line messages and exit code 2 in exactly one place, `main`; nothing is
written unless the whole output is ready, and every output goes through one writer
(`chatkit._files`).

    _common    the options the commands share, and the way out (emit, say)
    _configs   snippet, import, messages, init: from a config, to a config
    _check     check, and its report formats (text, json, github)
    _assets    css, build, serve: the files a site hosts, and the preview
    _csp       csp: the Content-Security-Policy a config's chat needs, and --check
    _migrate   migrate: a v1 config as a v2 config, and what does not carry over
    _server    server: the status and callback companion (chatkit.server.run)

    >>> main(["check", "examples/minimal.toml"])          # doctest: +SKIP
    examples/minimal.toml: ok
    0
"""

import difflib
import sys
from collections.abc import Sequence

import click

from chatkit import __version__
from chatkit.cli import _assets, _check, _common, _configs, _csp, _migrate, _server
from chatkit.errors import ChatkitError, ValidationError

__all__ = ["COMMANDS", "chatkit", "main"]


class _Commands(click.Group):
    """The commands in the order of the SPEC, and "did you mean" for a mistyped one."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def resolve_command(self, ctx: click.Context, args: list[str]):  # type: ignore[no-untyped-def]
        name = args[0] if args else ""
        if name not in self.commands and not name.startswith("-"):
            close = difflib.get_close_matches(name, self.commands, n=1)
            ctx.fail("no such command %r%s (the commands: %s)"
                     % (name, "; did you mean %s?" % close[0] if close else "",
                        ", ".join(self.commands)))
        return super().resolve_command(ctx, args)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]},
             epilog="\b\nStart with:\n"
             "  chatkit init -o chat.toml    (or: chatkit import snippet-from-8x8.html -o "
             "chat.toml)\n  chatkit check chat.toml\n  chatkit serve chat.toml")
@click.version_option(__version__, "-V", "--version", prog_name="chatkit",
                      message="%(prog)s %(version)s")
def chatkit() -> None:
    """Put the 8x8 embedded chat on a website: check a chat.toml, print its snippet, preview it
    against the built-in 8x8 emulator."""


for _command in (_configs.snippet, _check.check, _configs.import_, _configs.messages,
                 _assets.css, _assets.build, _assets.serve, _configs.init, _csp.csp,
                 _migrate.migrate, _server.server):
    # The list of commands shows each one's first line whole, wrapped rather than cut.
    _command.short_help = (_command.help or "").partition("\n")[0]
    chatkit.add_command(_command)

COMMANDS: dict[str, click.Command] = dict(chatkit.commands)


def _context_of(args: list[str]) -> click.Context:
    """The context of the command named in `args`, for the usage line of an error click
    raised without one (`--strict=yes`)."""
    top = click.Context(chatkit, info_name="chatkit")
    name = next((arg for arg in args if arg in COMMANDS), None)
    return top if name is None else click.Context(COMMANDS[name], info_name=name, parent=top)


def main(argv: Sequence[str] | None = None) -> int:
    """Run `chatkit ARGV` (default: sys.argv) and return its exit code: 0 ok, 1 warnings under
    --strict, 2 invalid input or usage; never a traceback for a user's mistake."""
    args = list(argv) if argv is not None else sys.argv[1:]
    try:
        code = chatkit.main(args=args, prog_name="chatkit", standalone_mode=False)
    except click.ClickException as error:  # a usage error: click names the command's usage
        if isinstance(error, click.UsageError) and error.ctx is None:
            error.ctx = _context_of(args)
        error.show()
        return error.exit_code
    except click.exceptions.Abort:  # Ctrl-C
        return 130
    except ValidationError as error:
        _common.print_problems(error.problems, error.source)
        return _common.EXIT_INVALID
    except ChatkitError as error:
        _common.say("chatkit: %s" % error)
        return _common.EXIT_INVALID
    except (RecursionError, MemoryError) as error:
        # Each input has its own limit with a precise message; this is the last guard.
        _common.say("chatkit: the input is nested too deeply or too big to process (%s)"
                    % type(error).__name__)
        return _common.EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    return code or 0
