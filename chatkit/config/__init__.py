"""The `chat.toml` config (SPEC 2): read it, check every key, report every problem at once.

`load_config(path)` returns a typed `Config` or raises `ConfigError` whose problems
print as `FILE: key.path: message`.  Warnings (a domain normalised to its exact
origin, `{<agent>}` converted...) ride along on `Config.warnings`.  One config
for both chat versions (`[chat] api`, chatkit.versions): a key or table only the
other version has is an error naming the version that has it.

    >>> config = load_config("chat.toml")                             # doctest: +SKIP
    >>> config.api, config.chat.domain, config.python.hooks           # doctest: +SKIP
    ('v1', 'https://vcc-na7.8x8.com', PosixPath('site/hooks.py'))

CPython only (tomllib, urllib, unicodedata); the rules the page shares come from
the portable `chatkit.rules`.

    _config     the Config records, load_config (the file) and parse_config (the tables)
    _tables     which chat; [chat] [customer] [variables] [fallback] [python]
    loading     [chat] load and button_text: when the snippet asks for the chat
    messages    the 49 system messages and [messages] (v1)
    theme       8x8's theme names and [theme] (v2)
    urls        the domain, stylesheet, asset base and fallback link URL rules
"""

from chatkit.config._config import (
    MAX_CONFIG_BYTES,
    TABLES,
    ChatSettings,
    Config,
    FallbackSettings,
    PythonSettings,
    load_config,
    parse_config,
)
from chatkit.config._tables import (
    ALIGNS,
    CHAT_KEYS,
    CONTAINER_PREFIX,
    DEFAULT_FALLBACK_SECONDS,
    DEFAULT_PATH,
    REQUIRED_CHAT_KEYS,
)

__all__ = [
    "ALIGNS",
    "CHAT_KEYS",
    "CONTAINER_PREFIX",
    "ChatSettings",
    "Config",
    "DEFAULT_FALLBACK_SECONDS",
    "DEFAULT_PATH",
    "FallbackSettings",
    "MAX_CONFIG_BYTES",
    "PythonSettings",
    "REQUIRED_CHAT_KEYS",
    "TABLES",
    "load_config",
    "parse_config",
]
