"""`chatkit messages`: the 49 system messages as TOML, for a config or a translator.

With a config's text, only what that config lacks, written so that appending it to the
config (`>> chat.toml`), once or again later, keeps the config valid TOML: a table the
config already has is continued when it is the config's last table (where appended keys
land), and never opened twice.

    >>> print(messages_toml("de", config_text='[chat]\\nuuid = "..."\\n'))   # doctest: +SKIP
    # System messages in German (de) for chat.toml: translate each text below.
    ...
    [messages.de]
    chatQueued = "Your chat is in the queue. An agent will be with you shortly."
"""

import tomllib

from chatkit._toml import toml_key, toml_table, toml_value
from chatkit.config._tables import language_hint
from chatkit.config.messages import SYSTEM_MESSAGES
from chatkit.errors import Problem, ValidationError
from chatkit.rules.languages import LANGUAGES, normalize_language

__all__ = ["messages_toml"]

_HEADER = """\
# The chat's {count} system messages with their default texts.
# Copy the ones you want to change into your chat.toml; {{{{agent}}}} is the agent's name.
"""
_TRANSLATOR_HEADER = """\
# System messages in {name} ({code}) for chat.toml: translate each text below.
# Keep {{{{agent}}}} as it is (it becomes the agent's name); delete lines you leave as they are.
# The chat shows these when its language is {code}; the rest come from [messages] or the defaults.
"""
_CONTINUED = """\
# {count} more system messages for [{table}], the last table of {config}: translate
# each text below (keep {{{{agent}}}} as it is; delete lines you leave as they are).
"""
_ELSEWHERE = """\
# {count} more system messages for [{table}]: {config} has that table, but not as its last
# table, so these lines are commented out (appended as they are they would land in another
# table): move them into [{table}], translate them and remove the "# ".
"""
_COMPLETE = "# [{table}] of {config} already has every system message ({count}): nothing to add.\n"
_PROBE = "__chatkit_appended_here__"


def messages_toml(language: str | None = None, *, config_text: str | None = None,
                  config_name: str = "chat.toml") -> str:
    """TOML for the system messages: `[messages]`, or `[messages.CODE]` to translate.

    With `config_text` (a valid config's TOML, named `config_name` in comments), only the
    messages its table lacks, to append to it.
    """
    code = None if language is None else _language(language)
    table = "messages" if code is None else "messages." + code
    if config_text is None:
        if code is None:
            return _HEADER.format(count=len(SYSTEM_MESSAGES)) + toml_table(table, SYSTEM_MESSAGES)
        return _header(code) + toml_table(table, SYSTEM_MESSAGES)
    return "\n" + _missing(code, table, config_text, config_name)


def _language(language):
    code = normalize_language(language)
    if code is None:
        raise ValidationError([Problem("--lang", language, "unknown language %r%s (one of: %s)"
                                       % (language, language_hint(language),
                                          ", ".join(LANGUAGES)))])
    return code


def _header(code):
    return _TRANSLATOR_HEADER.format(name=LANGUAGES[code], code=code)


def _missing(code, table, config_text, config_name):
    found = _found_table(tomllib.loads(config_text).get("messages"), code)
    path = ("messages",) if code is None else ("messages", found[0] if found else code)
    name = ".".join(toml_key(key) for key in path)
    have = found[1] if found else {}
    missing = {key: text for key, text in SYSTEM_MESSAGES.items() if key not in have}
    if not missing:
        return _COMPLETE.format(table=name, config=config_name, count=len(SYSTEM_MESSAGES))
    if _can_open(config_text, name):
        header = _header(code) if code else _HEADER.format(count=len(missing))
        return header + toml_table(name, missing)
    lines = ["%s = %s" % (toml_key(key), toml_value(text)) for key, text in missing.items()]
    if _appended_table(config_text) == path:
        return _CONTINUED.format(count=len(missing), table=name, config=config_name) + \
            "\n".join(lines) + "\n"
    return _ELSEWHERE.format(count=len(missing), table=name, config=config_name) + \
        "".join("# %s\n" % line for line in lines)


def _can_open(config_text, name):
    """Whether `[name]` may follow the config: TOML defines a table once."""
    try:
        tomllib.loads(config_text + "\n[%s]\n" % name)
    except tomllib.TOMLDecodeError:
        return False
    return True


def _found_table(messages, code):
    """(the table's own name, its keys) of the config's messages for `code` ([messages] when
    None); None when the config has no such table."""
    if not isinstance(messages, dict):
        return None
    if code is None:
        return None, {key: value for key, value in messages.items()
                      if not isinstance(value, dict)}
    for name, value in messages.items():
        if isinstance(value, dict) and normalize_language(name) == code:
            return name, value
    return None


def _appended_table(config_text):
    """The table (a tuple of keys) that a key appended to the config would belong to."""
    data = tomllib.loads(config_text + "\n%s = 1\n" % _PROBE)
    return _path_to(data, _PROBE)


def _path_to(table, key, path=()):
    if key in table:
        return path
    for name, value in table.items():
        if isinstance(value, list) and value and isinstance(value[-1], dict):
            value = value[-1]  # an array of tables: keys land in its last one
        if isinstance(value, dict):
            found = _path_to(value, key, path + (name,))
            if found is not None:
                return found
    return None
