"""Writing the small TOML documents chatkit prints (`import`, `messages`); tomllib only reads."""

import json

_BARE_KEY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def toml_key(key):
    """A key as TOML writes it: bare when it can be, quoted otherwise."""
    return key if key and set(key) <= _BARE_KEY_CHARS else toml_string(key)


def toml_string(text):
    # JSON's escapes are a subset of TOML's basic-string escapes; DEL must be escaped too.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if value == value and abs(value) != float("inf") else str(value)
    return toml_string(value)


def toml_table(name, values, comments=None):
    """`[name]` and one `key = value` line per entry; `comments` maps a key to a line above it."""
    lines = ["[%s]" % name]
    for key, value in values.items():
        if comments and key in comments:
            lines.append("# " + comments[key])
        lines.append("%s = %s" % (toml_key(key), toml_value(value)))
    return "\n".join(lines) + "\n"
