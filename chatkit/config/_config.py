"""A config from the file to the typed `Config`: `load_config` reads it, `parse_config` checks it.

The file is read as UTF-8, with or without a byte-order mark: Windows Notepad
writes one, it carries nothing, and refusing it would only stop a marketer with
a message about an invisible character.  Text that is not UTF-8 is named by line
and column, like a TOML mistake, never by byte offset.  Every table is checked
(chatkit.config._tables, .messages, .theme), every problem reported at once; the
`Config` exists only when none is an error.
"""

import codecs
import dataclasses
import errno
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chatkit._toml import TomlProblem, read_toml
from chatkit._wording import must_be
from chatkit.build.runtimes import DEFAULT as DEFAULT_RUNTIME
from chatkit.config._places import placed
from chatkit.config._tables import (
    DEFAULT_FALLBACK_SECONDS,
    belongs,
    chat_table,
    config_api,
    customer_table,
    fallback_table,
    key_problems,
    python_table,
    variables_table,
)
from chatkit.config.loading import DEFAULT_LOAD
from chatkit.config.messages import messages_table
from chatkit.config.theme import theme_table
from chatkit.errors import ChatkitError, ConfigError, Problem
from chatkit.server.settings import (
    ENV_ACTION_TOKEN,
    ENV_DATA_TOKEN,
    SERVER_TABLES,
    ServerSettings,
    check_server_tables,
)

# Every table of either version, in the order the README shows them.
TABLES = ("chat", "customer", "variables", "theme", "messages", "fallback", "python",
          *SERVER_TABLES)


@dataclass(frozen=True)
class ChatSettings:
    """`[chat]`, checked, with the defaults of its chat version filled in.

    A key the config's version does not have is None (`path` in v2, `discovery_url`
    in v1), as is an optional key left out.
    """

    api: str  # "v1" or "v2"
    uuid: str
    tenant: str
    channel: str
    domain: str  # the exact origin the chat's iframe has (SPEC 5.6)
    button_container_id: str
    align: str = "right"
    channel_uuid: str | None = None
    path: str | None = None  # v1 only, default "/."
    discovery_url: str | None = None  # v2 only, default 8x8's discovery service
    language: str | None = None  # the chat's code ("pt" for "pt-BR")
    stylesheet_url: str | None = None  # v1 only
    quick_replies: tuple[str, ...] | None = None  # v2 only
    notification_sound: bool | None = None  # v2 only
    load: str = DEFAULT_LOAD  # "page" | "click" | "consent" (chatkit.config.loading)
    button_text: str | None = None  # the snippet's own button, with load = "click"


@dataclass(frozen=True)
class FallbackSettings:
    """`[fallback]`: the text shown in the button container when the chat has not appeared."""

    text: str
    after_seconds: float = DEFAULT_FALLBACK_SECONDS
    link: str | None = None


@dataclass(frozen=True)
class PythonSettings:
    """`[python]`: the hooks file (resolved against the config's folder) and where the
    output of `chatkit build` is hosted."""

    hooks: Path
    asset_base: str
    runtime: str = DEFAULT_RUNTIME  # SPEC 6: chatkit.build.runtimes.RUNTIMES


@dataclass(frozen=True)
class Config:
    """A checked config: every value ready for the snippet, defaults filled in.

    >>> config = load_config("chat.toml")                   # doctest: +SKIP
    >>> config.api, config.chat.domain, config.hooks_path   # doctest: +SKIP
    ('v1', 'https://vcc-na7.8x8.com', PosixPath('hooks.py'))

    The tables are plain dicts (they go to the snippet as JSON); the records are
    frozen: `with_chat(...)` gives a copy with other `[chat]` values.
    """

    path: Path
    chat: ChatSettings
    customer: dict[str, Any] = field(default_factory=dict)
    variables: dict[str, Any] = field(default_factory=dict)
    theme: dict[str, str] = field(default_factory=dict)
    messages: dict[str, str] = field(default_factory=dict)
    messages_by_language: dict[str, dict[str, str]] = field(default_factory=dict)
    fallback: FallbackSettings | None = None
    python: PythonSettings | None = None
    warnings: list[Problem] = field(default_factory=list)
    server: ServerSettings | None = None  # [server] [callback] [availability] (SPEC 10)

    @property
    def api(self) -> str:
        """The chat version, "v1" or "v2" (`[chat] api`)."""
        return self.chat.api

    @property
    def hooks_path(self) -> Path | None:
        """The hooks file of `[python]`, or None without one."""
        return None if self.python is None else self.python.hooks

    def with_chat(self, **values: Any) -> "Config":
        """This config with other `[chat]` values (a test server's `domain`, say); unchecked."""
        return dataclasses.replace(self, chat=dataclasses.replace(self.chat, **values))


def parse_config(data: dict[str, Any], path: str | Path) -> Config:
    """Check a config already read from TOML; `path` names it in problems and anchors hooks."""
    path = Path(path)
    chat = data.get("chat") if isinstance(data.get("chat"), dict) else None
    api, problems = config_api(chat)
    problems += key_problems(data, TABLES, "", api) + _must_be_tables(data, api)
    tables: dict[str, dict] = {name: data[name] for name in TABLES
                               if isinstance(data.get(name), dict) and belongs(name, api)}
    chat, chat_problems = chat_table(tables.get("chat"), api)
    problems += chat_problems
    problems += customer_table(tables.get("customer", {}))
    variables, variable_problems = variables_table(tables.get("variables", {}), api,
                                                   chat.get("language"))
    problems += variable_problems + theme_table(tables.get("theme", {}))
    messages, by_language, message_problems = messages_table(tables.get("messages", {}))
    problems += message_problems
    problems += fallback_table(tables.get("fallback"))
    problems += python_table(tables.get("python"), path)
    server, server_problems = check_server_tables(data, secrets=_environment_secrets())
    problems += server_problems
    errors = [p for p in problems if p.is_error]
    warnings = [p for p in problems if not p.is_error]
    if errors:
        raise ConfigError(errors + warnings, str(path))
    return Config(path, _chat_settings(chat), dict(tables.get("customer", {})), variables,
                  dict(tables.get("theme", {})), messages, by_language,
                  _fallback(tables.get("fallback")), _python(tables.get("python"), path),
                  warnings, server)


def _environment_secrets():
    """8x8's tokens as the environment holds them: a config that repeats one is refused."""
    return [os.environ.get(name, "") for name in (ENV_DATA_TOKEN, ENV_ACTION_TOKEN)]


def _chat_settings(chat):
    if "quick_replies" in chat:
        chat = dict(chat, quick_replies=tuple(chat["quick_replies"]))
    return ChatSettings(**chat)


def _fallback(table):
    return None if table is None else FallbackSettings(**table)


def _python(table, path):
    if table is None:
        return None
    return PythonSettings(hooks=path.parent / table["hooks"], asset_base=table["asset_base"],
                          runtime=table.get("runtime", DEFAULT_RUNTIME))


def _must_be_tables(data, api):
    return [Problem(name, data[name], "%s ([%s])" % (must_be("a table", data[name]), name))
            for name in TABLES if name in data and not isinstance(data[name], dict)
            and belongs(name, api)]


# --- the file -------------------------------------------------------------------------------

# A chat config is a few KB; this is room for every message in every language many
# times over, and keeps `chatkit check /dev/zero` from reading forever.
MAX_CONFIG_BYTES = 8 * 1024 * 1024


def load_config(path: str | Path) -> Config:
    """Read and check a config file; raise ConfigError listing every problem.

    >>> load_config("chat.toml").chat.domain             # doctest: +SKIP
    'https://vcc-na7.8x8.com'
    """
    if isinstance(path, str) and not path:
        raise ConfigError([Problem("", path, "is empty: name the chat.toml to read")], "CONFIG")
    path = Path(path)
    try:
        text = _decode(_read(path))
        data = read_toml(text)
    except _Unreadable as error:
        raise ConfigError([Problem("", path, str(error))], str(path)) from None
    except TomlProblem as error:
        raise ConfigError([Problem("", path, str(error))], str(path)) from None
    try:
        config = parse_config(data, path)
    except ConfigError as error:
        raise ConfigError(placed(error.problems, text), error.source) from None
    return dataclasses.replace(config, warnings=placed(config.warnings, text))


def _utf16(raw):
    """How a text saved as UTF-16 shows it ("little-endian, without a byte-order mark"),
    or None for any other text.

    Windows editors offer "Unicode" (UTF-16): without its byte-order mark it decodes as
    UTF-8 with a NUL after (or before) every ASCII character, and a chat config's keys
    are ASCII, so most of its even (or odd) bytes are NUL.
    """
    for mark, order in ((codecs.BOM_UTF16_LE, "little-endian"),
                        (codecs.BOM_UTF16_BE, "big-endian")):
        if raw.startswith(mark):
            return order + ", with a byte-order mark"
    sample = raw[:4096]
    pairs = len(sample) // 2
    if not pairs or b"\0" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= pairs / 2 > 10 * even:
        return "little-endian, without a byte-order mark"
    if even >= pairs / 2 > 10 * odd:
        return "big-endian, without a byte-order mark"
    return None


class _Unreadable(ChatkitError):
    """The file cannot be read as text; the message says why, in the user's terms."""


def _read(path):
    try:
        with open(path, "rb") as stream:
            raw = stream.read(MAX_CONFIG_BYTES + 1)
    except OSError as error:
        raise _Unreadable(_os_message(error)) from None
    except ValueError:  # a NUL in the name
        raise _Unreadable("cannot read it: a file name cannot hold a NUL character") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise _Unreadable("too big for a chat config (more than %d MB)"
                          % (MAX_CONFIG_BYTES // 1024 // 1024))
    return raw


def _os_message(error):
    if error.errno == errno.ENOENT:
        return "no such file"
    if error.errno == errno.EISDIR:
        return "is a folder: name the chat.toml in it"
    return "cannot read it: %s" % (error.strerror or error)


def _decode(raw):
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    utf16 = _utf16(raw)
    if utf16 is not None:
        raise _Unreadable("not UTF-8 text: it is UTF-16 (%s); save the file as UTF-8" % utf16)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        start = raw.rfind(b"\n", 0, error.start) + 1
        column = len(raw[start:error.start].decode("utf-8", "replace")) + 1
        raise _Unreadable("not UTF-8 text (at line %d, column %d: byte 0x%02x): save the file "
                          "as UTF-8" % (line, column, raw[error.start])) from None
