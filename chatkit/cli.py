"""The `chatkit` command line (SPEC 3).

Each command is one function whose docstring is its `--help`.  User errors
(`ChatkitError`) become one-line messages and exit code 2 in exactly one
place, `main`; nothing is written unless the whole output is ready.
"""

import argparse
import inspect
import sys
from pathlib import Path

from chatkit import __version__
from chatkit._files import write_atomic
from chatkit.errors import ChatkitError, Problem, ValidationError

EXIT_OK, EXIT_WARNINGS, EXIT_INVALID = 0, 1, 2


def cmd_snippet(args):
    """Print the HTML snippet for a config (paste it where the Configuration Manager's went).

    example: chatkit snippet chat.toml -o chat-snippet.html --nonce "$CSP_NONCE"
    """
    from chatkit.snippet import render_snippet

    config = _load(args.config)
    _print_problems(config.warnings, str(config.path))
    html = render_snippet(config, nonce=args.nonce, python_assets=_python_assets(config))
    _emit(html, args.output)
    return EXIT_OK


def _python_assets(config):
    if config.python is None:
        return None
    from chatkit.build.assets import python_assets

    return python_assets(config)


def cmd_check(args):
    """Check a config without writing anything: one line per warning or error.

    Exit code 0 when it is valid, 1 when --strict and there are warnings, 2 when invalid.
    example: chatkit check chat.toml --strict
    """
    config = _load(args.config)
    _print_problems(config.warnings, str(config.path))
    hooks = _hooks_problems(config)
    if any(problem.is_error for problem in hooks):
        return EXIT_INVALID
    if (config.warnings or hooks) and args.strict:
        return EXIT_WARNINGS
    print("%s: ok" % args.config)
    return EXIT_OK


def _hooks_problems(config):
    """What `build` and `snippet` would report about the [python] hooks file, printed."""
    from chatkit.build import check_hooks

    problems = check_hooks(config)
    _print_problems(problems, str(config.hooks_path) if problems else "")
    return problems


def cmd_import(args):
    """Turn a Configuration Manager snippet (`var`/`window.__8x8Chat = {...}`) into a config.

    example: chatkit import snippet-from-8x8.html -o chat.toml
    """
    from chatkit.importer import snippet_to_toml

    source = Path(args.snippet)
    try:
        text = snippet_to_toml(_read_text(source))
    except ValidationError as error:
        if error.source:
            raise
        raise ValidationError(error.problems, str(source)) from None
    _check_imported(text, source)
    _emit(text, args.output)
    return EXIT_OK


def _check_imported(text, source):
    import tomllib

    from chatkit.config import parse_config

    try:
        parse_config(tomllib.loads(text), Path("imported.toml"))
    except ValidationError as error:
        raise ValidationError(error.problems, str(source)) from None


def cmd_messages(args):
    """Print every system message key with its default text, as TOML for a config.

    With --lang, print a translator template: a [messages.CODE] table to translate.
    example: chatkit messages --lang de >> chat.toml
    """
    from chatkit.messages_template import messages_toml

    print(messages_toml(args.lang), end="")
    return EXIT_OK


def cmd_css(args):
    """Check a custom stylesheet: parse errors, unknown properties, selectors matching nothing.

    CSS pasted into an RTF document is unwrapped; -o writes the clean CSS.
    Exit code 0 when it is usable, 1 when --strict and there are warnings, 2 on errors.
    example: chatkit css theme.rtf -o theme.css
    """
    from chatkit.css.stylesheet import command

    return command(args)


def cmd_build(args):
    """Write the Brython runtime, the chatkit bundle and your hooks, with SRI hashes.

    Host DIR at the config's [python] asset_base, with Cache-Control: public,
    max-age=31536000, immutable (the file names carry their content's hash).  DIR also
    gets chatkit-assets.json: the file names, SRI hashes and boot, for tools that write
    the snippet themselves (chatkit snippet does not need it).  All or nothing: the files
    are written beside DIR, then moved into it.  With chatkit's [fast] extra
    (pip install mini-racer) the hooks are compiled here and the page gets Brython
    without its compiler.
    example: chatkit build chat.toml --out dist/chatkit
    """
    from chatkit.build.assets import command

    return command(args)


def cmd_serve(args):
    """Preview a config against the 8x8 emulator; reloads on any change to config, hooks or CSS.

    --stylesheet previews a stylesheet on this computer instead of the config's stylesheet_url
    (the config is not changed).
    example: chatkit serve chat.toml --port 8000 --stylesheet theme.css
    """
    from chatkit.preview.server import command

    return command(args)


def _load(path):
    from chatkit.config import load_config

    return load_config(path)


def _read_text(path):
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError([Problem("", path, "no such file")], str(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError([Problem("", path, "cannot read it: %s" % error)],
                              str(path)) from None


def _emit(text, output):
    if output is None:
        sys.stdout.write(text)
        return
    try:
        write_atomic(output, text)
    except OSError as error:
        raise ValidationError([Problem("", output, "cannot write it: %s" % error.strerror)],
                              str(output)) from None
    print("wrote %s" % output, file=sys.stderr)


def _print_problems(problems, source):
    for problem in problems:
        print(problem.line(source), file=sys.stderr)


COMMANDS = {
    "snippet": cmd_snippet, "check": cmd_check, "import": cmd_import, "messages": cmd_messages,
    "css": cmd_css, "build": cmd_build, "serve": cmd_serve,
}


def build_parser():
    parser = argparse.ArgumentParser(
        prog="chatkit",
        description="Put the 8x8 embedded chat on a website: check a chat.toml, print its "
        "snippet, preview it against the built-in 8x8 emulator.",
        epilog="Start with: chatkit import snippet-from-8x8.html -o chat.toml; "
        "chatkit check chat.toml; chatkit serve chat.toml",
    )
    parser.add_argument("--version", action="version", version="chatkit %s" % __version__)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, function in COMMANDS.items():
        summary = function.__doc__.partition("\n")[0]
        description = inspect.cleandoc(function.__doc__)
        sub = commands.add_parser(name, help=summary, description=description,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
        sub.set_defaults(function=function)
        ARGUMENTS[name](sub)
    return parser


def _config_argument(sub):
    sub.add_argument("config", metavar="CONFIG", help="the chat.toml to read")


def _output_argument(sub, what):
    sub.add_argument("-o", "--output", metavar="FILE",
                     help="write %s to FILE (atomically) instead of printing it" % what)


ARGUMENTS = {
    "snippet": lambda s: (_config_argument(s), _output_argument(s, "the snippet"), s.add_argument(
        "--nonce", metavar="VALUE", help="your Content-Security-Policy nonce for every script")),
    "check": lambda s: (_config_argument(s), s.add_argument(
        "--strict", action="store_true", help="exit 1 when there are warnings")),
    "import": lambda s: (s.add_argument("snippet", metavar="SNIPPET.html",
                                        help="the snippet the Configuration Manager gave you"),
                         _output_argument(s, "the config")),
    "messages": lambda s: s.add_argument(
        "--lang", metavar="CODE", help="a language (e.g. de, pt-BR) to write a template for"),
    "css": lambda s: (s.add_argument("file", metavar="FILE", help="the stylesheet (CSS or RTF)"),
                      _output_argument(s, "the clean CSS"), s.add_argument(
        "--strict", action="store_true", help="exit 1 when there are warnings")),
    "build": lambda s: (_config_argument(s), s.add_argument(
        "--out", metavar="DIR", required=True,
        help="the folder to write the assets and chatkit-assets.json to")),
    "serve": lambda s: (_config_argument(s), s.add_argument(
        "--port", metavar="N", type=int, default=8000,
        help="the port (default 8000; 0 for any free port)"), s.add_argument(
        "--stylesheet", metavar="FILE", help="a stylesheet on this computer to preview "
        "instead of the config's stylesheet_url (CSS or RTF)")),
}


def main(argv=None):
    args = build_parser().parse_args(argv)
    try:
        return args.function(args)
    except ValidationError as error:
        _print_problems(error.problems, error.source)
        return EXIT_INVALID
    except ChatkitError as error:
        print("chatkit: %s" % error, file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
