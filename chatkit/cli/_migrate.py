"""`chatkit migrate CONFIG`: a v1 config as a v2 config, checked as `chatkit check` checks it,
with the report of what carried over and what did not (chatkit.migrate)."""

from pathlib import Path

import click

from chatkit._files import check_output
from chatkit.cli._common import (
    EXIT_OK,
    config_argument,
    emit,
    load,
    output_option,
    print_problems,
    say,
)
from chatkit.errors import ConfigError, Problem, ValidationError


@click.command()
@config_argument
@output_option("the v2 config", edited=True)
@click.option("--channel-uuid", "channel_uuid", metavar="ID", help="the channel's UUID, which "
              "the v2 chat requires: the channelUuid of your webchat script's code in 8x8's "
              "Configuration Manager (when CONFIG has no channel_uuid)")
@click.option("--stylesheet", metavar="FILE", help="a copy of the config's stylesheet_url (CSS "
              "or RTF): what has a v2 theme name goes into [theme]")
def migrate(config: str, output: str | None, force: bool, channel_uuid: str | None,
            stylesheet: str | None) -> int:
    """Turn a v1 config (__8x8Chat) into a v2 config (chatApp), saying what does not carry over.

    8x8 is ending Webchat v1 and recommends v2. The identifiers, domain,
    button_container_id, align, language, [customer], [fallback] and [python] are kept;
    v2 requires the channel's UUID (channel_uuid in CONFIG, or --channel-uuid). path and
    stylesheet_url are dropped; each [variables] entry v2's rules would discard is dropped
    and named with the rule; [messages] is not migrated (v2 has no system-message table).
    With --stylesheet, the colours, radii and shadows of the stylesheet that have a v2
    theme name (the header's, the buttons', the messages'...) go into [theme], and every
    rule left behind is named with its line. The hooks file is scanned for calls, events
    and bus topics only v1 has (chat.trigger_invitation(), chat.trigger_pre_chat()...).

    The v2 config is printed (or written to -o FILE) only when it passes `chatkit check`;
    the report, one line per key (kept, dropped, not migrated, to [theme], warning), goes
    to stderr. -o never replaces an existing file (it may be a config you edited) unless
    --force. Exit code 0 when migrated, 2 when CONFIG cannot be (nothing is written).

    \b
    example: chatkit migrate chat.toml -o chat-v2.toml --stylesheet theme.css
    example: chatkit migrate chat.toml --channel-uuid Ab3ULjXFQx-unSA6ebdW8A > chat-v2.toml
    """
    from chatkit.migrate import migrate_config

    if channel_uuid is not None and not channel_uuid.strip():
        raise ValidationError([Problem("--channel-uuid", channel_uuid, "is empty: give the "
                                       "channelUuid of your webchat script's code")])
    inputs = [config] + ([stylesheet] if stylesheet else [])
    if output is not None:
        check_output(output, inputs, replace=force)
    checked = load(config)
    inputs += [checked.hooks_path] if checked.hooks_path is not None else []
    if output is not None:
        check_output(output, inputs, replace=force)  # -o hooks.py too, before any report
    sheet = _stylesheet(stylesheet)
    migration = migrate_config(checked, channel_uuid=channel_uuid, stylesheet=sheet,
                               output=output)
    migrated, hooks_problems = _checked(migration.text, checked, output)
    for line in migration.report:
        say(line)
    print_problems(migrated.warnings, _shown(config, output))
    print_problems(hooks_problems, str(migrated.hooks_path))
    emit(migration.text, output, inputs, replace=force)
    return EXIT_OK


def _stylesheet(path):
    if path is None:
        return None
    from chatkit.css import read_stylesheet

    return read_stylesheet(path)


def _shown(config, output):
    return output if output is not None else "%s (as v2)" % config


def _checked(text, v1, output):
    """The v2 config as `chatkit check` reads it (its hooks too): ValidationError, named for
    the output, when it fails; else (the config, the hooks' warnings)."""
    from chatkit._toml import read_toml
    from chatkit.build import check_hooks
    from chatkit.config import parse_config

    # Where the file will be: [python] hooks is relative to it.
    place = Path(output) if output is not None else v1.path
    try:
        migrated = parse_config(read_toml(text), place)
    except ConfigError as error:
        raise ValidationError(error.problems, _shown(str(v1.path), output)) from None
    hooks = check_hooks(migrated)
    if any(problem.is_error for problem in hooks):
        raise ValidationError(hooks, str(migrated.hooks_path))
    return migrated, hooks
