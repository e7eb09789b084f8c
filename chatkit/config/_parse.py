"""`parse_config`: the whole config checked at once, and the `Config` it gives."""

from pathlib import Path

from chatkit.config._chat import chat_table
from chatkit.config._tables import customer_table, fallback_table, messages_table, python_table
from chatkit.config._theme import theme_table
from chatkit.config._variables import variables_table
from chatkit.config._versions import belongs, config_api, key_problems
from chatkit.errors import ConfigError, Problem
from chatkit.rules.values import must_be

# Every table of either version, in the order the README shows them.
TABLES = ("chat", "customer", "variables", "theme", "messages", "fallback", "python")


class Config:
    """A checked config: every value ready for the snippet, defaults filled in.

    `chat["api"]` is the chat version ("v1" or "v2"), as `api`.
    """

    def __init__(self, path, chat, customer, variables, messages, messages_by_language,
                 fallback, python, warnings, theme=None):
        self.path = path
        self.chat = chat
        self.customer = customer
        self.variables = variables
        self.messages = messages
        self.messages_by_language = messages_by_language
        self.fallback = fallback
        self.python = python
        self.warnings = warnings
        self.theme = theme or {}

    @property
    def api(self):
        return self.chat["api"]

    @property
    def hooks_path(self):
        return None if self.python is None else self.path.parent / self.python["hooks"]


def parse_config(data: dict, path: str | Path) -> Config:
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
    errors = [p for p in problems if p.is_error]
    warnings = [p for p in problems if not p.is_error]
    if errors:
        raise ConfigError(errors + warnings, str(path))
    return Config(path, chat, dict(tables.get("customer", {})), variables, messages, by_language,
                  tables.get("fallback"), tables.get("python"), warnings,
                  dict(tables.get("theme", {})))


def _must_be_tables(data, api):
    return [Problem(name, data[name], "%s ([%s])" % (must_be("a table", data[name]), name))
            for name in TABLES if name in data and not isinstance(data[name], dict)
            and belongs(name, api)]
