"""The commands from a config and to one: snippet, import, messages, init."""

from pathlib import Path

import click

from chatkit._files import check_output
from chatkit._resources import resource_dir
from chatkit.cli._common import (
    EXIT_OK,
    config_argument,
    emit,
    load,
    output_option,
    print_problems,
)
from chatkit.errors import Problem, ValidationError


@click.command()
@config_argument
@output_option("the snippet")
@click.option("--nonce", metavar="VALUE",
              help="your Content-Security-Policy nonce, put on every script")
def snippet(config: str, output: str | None, nonce: str | None) -> int:
    """Print the HTML snippet for a config (paste it where the Configuration Manager's went).

    With -o, the snippet is written to FILE, replaced atomically: never half a snippet, and
    never over the config or the hooks it reads.

    \b
    example: chatkit snippet chat.toml -o chat-snippet.html --nonce "$CSP_NONCE"
    """
    from chatkit.snippet import check_nonce, render_snippet

    check_nonce(nonce)
    if output is not None:
        check_output(output, [config])
    checked = load(config)
    print_problems(checked.warnings, str(checked.path))
    html = render_snippet(checked, nonce=nonce, python_assets=_python_assets(checked))
    emit(html, output, [checked.path, checked.hooks_path])
    return EXIT_OK


def _python_assets(config):
    if config.python is None:
        return None
    from chatkit.build.assets import python_assets

    return python_assets(config)


@click.command("import")
@click.argument("snippet", metavar="SNIPPET")
@output_option("the config", edited=True)
def import_(snippet: str, output: str | None, force: bool) -> int:
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

    -o never replaces an existing file (it may be a config you edited) unless --force.
    Exit code 0 when imported, 2 when the file cannot be imported (nothing is written).

    \b
    example: chatkit import snippet-from-8x8.html -o chat.toml
    example: chatkit import src/components/Chat.jsx -o chat.toml
    """
    from chatkit.importer import import_snippet

    if output is not None:
        check_output(output, [snippet], replace=force)
    imported = import_snippet(snippet)
    print_problems(imported.notes, snippet)
    emit(imported.text, output, [snippet], replace=force)
    return EXIT_OK


@click.command()
@click.option("--lang", metavar="CODE", help="a language (e.g. de, pt-BR) to write a "
              "translator's template for: a [messages.CODE] table")
@click.option("--config", "config", metavar="CONFIG", help="print only the messages this "
              "chat.toml has no text for yet, ready to append to it")
def messages(lang: str | None, config: str | None) -> int:
    """Print every system message key with its default text, as TOML for a config.

    With --lang, print a translator's template: a [messages.CODE] table to translate. With
    --config, only what that config lacks, so that appending the output to it (once, or
    again after a chatkit upgrade brings new messages) keeps it valid: a table it already
    has is continued when it is its last one; elsewhere the lines come commented out,
    to move into it.

    \b
    example: chatkit messages --lang de --config chat.toml >> chat.toml
    example: chatkit messages --lang de > messages-de.toml
    """
    from chatkit.messages_template import messages_toml

    if config is None:
        print(messages_toml(lang), end="")
        return EXIT_OK
    checked = load(config)
    if checked.api != "v1":
        raise ValidationError([Problem("--config", config, "is a %s config: only the v1 chat "
                                       "(api = \"v1\") has custom system messages ([messages])"
                                       % checked.api)], config)
    text = checked.path.read_text(encoding="utf-8-sig")
    print(messages_toml(lang, config_text=text, config_name=Path(config).name), end="")
    return EXIT_OK


@click.command()
@click.option("--v2", "v2", is_flag=True,
              help="a config for the v2 chat (Webchat v2: chatApp, chatv3.js)")
@output_option("the config", edited=True)
def init(v2: bool, output: str | None, force: bool) -> int:
    """Print a commented starter config: every table explained, made-up values to replace.

    It is valid as it is (chatkit check passes); its optional tables are examples, commented
    out. For a chat you already have, `chatkit import` reads its snippet instead. -o never
    replaces an existing file (it may be a config you edited) unless --force.

    \b
    example: chatkit init -o chat.toml
    example: chatkit init --v2 -o chat.toml
    """
    text = starter_config("v2" if v2 else "v1")
    emit(text, output, replace=force)
    return EXIT_OK


def starter_config(api: str) -> str:
    """The text of `chatkit init`'s starter config for chat version `api` ("v1" or "v2")."""
    return (resource_dir("templates") / ("starter-%s.toml" % api)).read_text(encoding="utf-8")
