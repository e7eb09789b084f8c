"""`chatkit messages`: the 49 system messages as TOML, for a config or a translator."""

from chatkit._toml import toml_table
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


def messages_toml(language: str | None = None) -> str:
    """TOML for every system message: `[messages]`, or `[messages.CODE]` to translate."""
    if language is None:
        return _HEADER.format(count=len(SYSTEM_MESSAGES)) + toml_table("messages", SYSTEM_MESSAGES)
    code = normalize_language(language)
    if code is None:
        raise ValidationError([Problem("--lang", language, "unknown language %r (one of: %s)"
                                       % (language, ", ".join(LANGUAGES)))])
    header = _TRANSLATOR_HEADER.format(name=LANGUAGES[code], code=code)
    return header + toml_table("messages." + code, SYSTEM_MESSAGES)
