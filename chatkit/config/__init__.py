"""The `chat.toml` config (SPEC 2): read it, check every key, report every problem at once.

`load_config(path)` returns a `Config` or raises `ConfigError` whose problems
print as `FILE: key.path: message`.  Warnings (a domain normalised to its exact
origin, `{<agent>}` converted...) ride along on `Config.warnings`.  One config
for both chat versions (`[chat] api`, chatkit.versions): a key or table only the
other version has is an error naming the version that has it.  CPython only
(tomllib); the rules it applies come from the portable `chatkit.rules`.

    _load       the file: bytes, UTF-8, TOML, with one line for anything unreadable
    _parse      the tables together, and the `Config`
    _versions   `[chat] api`, and the keys only one version has
    _chat       [chat];  _variables  [variables];  _theme  [theme] (v2)
    _tables     [customer] [messages] (v1) [fallback] [python]
"""

from chatkit.config._chat import (
    ALIGNS,
    CHAT_KEYS,
    CONTAINER_PREFIX,
    DEFAULT_PATH,
    REQUIRED_CHAT_KEYS,
)
from chatkit.config._load import MAX_CONFIG_BYTES, load_config
from chatkit.config._parse import (
    TABLES,
    ChatSettings,
    Config,
    FallbackSettings,
    PythonSettings,
    parse_config,
)
from chatkit.config._tables import DEFAULT_FALLBACK_SECONDS

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
