"""The `chat.toml` config (SPEC 2): read it, check every key, report every problem at once.

`load_config(path)` returns a `Config` or raises `ConfigError` whose problems
print as `FILE: key.path: message`.  Warnings (a domain normalised to its exact
origin, `{<agent>}` converted...) ride along on `Config.warnings`.  CPython only
(tomllib); the rules it applies come from the portable `chatkit.rules`.

    _load    the file: bytes, UTF-8, TOML, with one line for anything unreadable
    _parse   the tables together, and the `Config`
    _chat    [chat];  _tables  [customer] [variables] [messages] [fallback] [python]
"""

from chatkit.config._chat import ALIGNS, CHAT_KEYS, CONTAINER_PREFIX, DEFAULT_PATH
from chatkit.config._load import MAX_CONFIG_BYTES, load_config
from chatkit.config._parse import TABLES, Config, parse_config
from chatkit.config._tables import DEFAULT_FALLBACK_SECONDS

__all__ = [
    "ALIGNS",
    "CHAT_KEYS",
    "CONTAINER_PREFIX",
    "Config",
    "DEFAULT_FALLBACK_SECONDS",
    "DEFAULT_PATH",
    "MAX_CONFIG_BYTES",
    "TABLES",
    "load_config",
    "parse_config",
]
