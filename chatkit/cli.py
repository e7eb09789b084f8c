"""The `chatkit` command line (SPEC 3).

Each command is one function whose docstring is its `--help`.  User errors
(`ChatkitError`) become one-line messages and exit code 2 in exactly one
place, `main`; nothing is written unless the whole output is ready.
"""

import argparse
import inspect
import sys

from chatkit import __version__
from chatkit._files import check_output, write_output
from chatkit.errors import ChatkitError, Problem, ValidationError, escape

EXIT_OK, EXIT_WARNINGS, EXIT_INVALID = 0, 1, 2


def cmd_snippet(args):
    """Print the HTML snippet for a config (paste it where the Configuration Manager's went).

    example: chatkit snippet chat.toml -o chat-snippet.html --nonce "$CSP_NONCE"
    """
    from chatkit.snippet import check_nonce, render_snippet

    check_nonce(args.nonce)
    _check_output(args.output, [args.config])
    config = _load(args.config)
    _print_problems(config.warnings, str(config.path))
    html = render_snippet(config, nonce=args.nonce, python_assets=_python_assets(config))
    _emit(html, args.output, inputs=[config.path, config.hooks_path])
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
    _say("%s: ok" % args.config, sys.stdout)
    return EXIT_OK


def _hooks_problems(config):
    """What `build` and `snippet` would report about the [python] hooks file, printed."""
    from chatkit.build import check_hooks

    problems = check_hooks(config)
    _print_problems(problems, str(config.hooks_path) if problems else "")
    return problems


def cmd_import(args):
    """Turn an 8x8 chat snippet, v1 (__8x8Chat) or v2 (chatApp), into a config.

    SNIPPET is the file you keep the snippet in: an HTML page, a server template
    (Nunjucks/Jinja, PHP/WordPress, ERB/EJS) or a JS/JSX/TS/TSX component (React,
    Gatsby, Angular). chatkit reads only live code (never a snippet inside a comment or a
    string) and refuses a file with several snippets, naming each.
    Values must be written out: a variable, a ternary, a spread, a call or a template
    placeholder such as {{ uuid }} or <?= $uuid ?> is refused with where it is and what
    to do. Literal calls in v1's onInit (bus.publish of customer:set-info,
    chat:set-language, chat:set-variables) and in v2's callback (chatApp.setCustomerInfo,
    setCustomerLanguage, setVariables, setInvitationQuickReplies,
    setNotificationSoundToggle) become [customer], language, [variables], quick_replies,
    notification_sound; v2's themeCustom becomes [theme]. Everything else is listed on
    stderr as not imported (and as a comment in the config): nothing is dropped silently.
    Exit code 0 when imported, 2 when the file cannot be imported (nothing is written).
    example: chatkit import snippet-from-8x8.html -o chat.toml
    example: chatkit import src/components/Chat.jsx -o chat.toml
    """
    from chatkit.importer import import_snippet

    _check_output(args.output, [args.snippet])
    imported = import_snippet(args.snippet)
    _print_problems(imported.notes, args.snippet)
    _emit(imported.text, args.output, [args.snippet])
    return EXIT_OK


def cmd_messages(args):
    """Print every system message key with its default text, as TOML for a config.

    With --lang, print a translator template: a [messages.CODE] table to translate.
    example: chatkit messages --lang de >> chat.toml
    """
    from chatkit.messages_template import messages_toml

    print(messages_toml(args.lang), end="")
    return EXIT_OK


def cmd_css(args):
    """Check a custom stylesheet: syntax, properties and values, selectors matching nothing.

    Problems go to stderr, one line each (FILE:LINE: ...); "FILE: ok" to stdout when none.
    CSS pasted into an RTF document, or indented with non-breaking spaces, is not loadable
    as it is: -o writes the clean CSS to another file (only when there are no errors).
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


def _check_output(output, inputs):
    if output is not None:
        check_output(output, inputs)


def _emit(text, output, inputs=()):
    """Print `text`, or write it to `output` (never onto one of `inputs`, never half)."""
    if output is None:
        sys.stdout.write(text)
        return
    check_output(output, inputs)
    try:
        write_output(output, text)
    except OSError as error:
        raise ValidationError([Problem("", output, "cannot write it: %s"
                                       % (error.strerror or error))], str(output)) from None
    _say("wrote %s" % output)


def _say(line, stream=None):
    """One line of the CLI's own, file names shown escaped like every problem's."""
    print(escape(line), file=stream or sys.stderr)


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
    "import": lambda s: (s.add_argument("snippet", metavar="SNIPPET",
                                        help="the page, template or JS/JSX/TS/TSX file that "
                                        "holds the snippet"),
                         _output_argument(s, "the config")),
    "messages": lambda s: s.add_argument(
        "--lang", metavar="CODE", help="a language (e.g. de, pt-BR) to write a template for"),
    "css": lambda s: (s.add_argument("file", metavar="FILE", help="the stylesheet (CSS or RTF)"),
                      s.add_argument("-o", "--output", metavar="FILE", help="also write the "
                                     "clean CSS (RTF unwrapped, non-breaking spaces made "
                                     "spaces) to FILE, atomically, when there are no errors"),
                      s.add_argument("--strict", action="store_true",
                                     help="exit 1 when there are warnings")),
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
        _say("chatkit: %s" % error)
        return EXIT_INVALID
    except (RecursionError, MemoryError) as error:
        # Each input has its own limit with a precise message; this is the last guard.
        _say("chatkit: the input is nested too deeply or too big to process (%s)"
             % type(error).__name__)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
