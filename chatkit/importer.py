"""`chatkit import`: turn a Configuration Manager snippet into a chat.toml.

The Configuration Manager hands out `var __8x8Chat = {...}` or
`window.__8x8Chat = {...}`: a JavaScript object literal with bare or quoted
keys, single or double quotes and maybe trailing commas.  This reads that
literal with a small tokenizer (never by evaluating it).
"""

import re

from chatkit._toml import toml_table
from chatkit.config import CONTAINER_PREFIX, DEFAULT_PATH
from chatkit.errors import Problem, ValidationError

_ASSIGNMENT = re.compile(r"(?:\bvar\s+|\bwindow\s*\.\s*)__8x8Chat\s*=\s*\{")
_TOKEN = re.compile(
    r"""\s+|//[^\n]*|/\*.*?\*/
    |(?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    |(?P<number>-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
    |(?P<name>[A-Za-z_$][\w$]*)
    |(?P<punct>[{}\[\]:,])""",
    re.VERBOSE | re.DOTALL,
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}

# __8x8Chat property -> [chat] key
CHAT_KEYS = {
    "uuid": "uuid", "tenant": "tenant", "channel": "channel", "domain": "domain",
    "channelUuid": "channel_uuid", "path": "path", "buttonContainerId": "button_container_id",
    "align": "align", "stylesheetURL": "stylesheet_url",
}


class _Skipped:
    """A value chatkit does not import (a function such as onInit, or an expression)."""


def _problem(message, value=None):
    return ValidationError([Problem("", value, message)])


def find_settings(html):
    """The `__8x8Chat` object literal of a snippet, as a dict."""
    match = _ASSIGNMENT.search(html)
    if match is None:
        raise _problem("no `var __8x8Chat = {...}` or `window.__8x8Chat = {...}` found; "
                       "paste the whole snippet from the Configuration Manager")
    tokens = _tokens(html, match.end() - 1)
    value = _parse_value(tokens)
    return value


def _tokens(text, position):
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            yield ("other", text[position])
            position += 1
            continue
        position = match.end()
        kind = match.lastgroup
        if kind:
            yield (kind, match.group(kind))


def _parse_value(tokens):
    kind, text = next(tokens, ("end", ""))
    if kind == "punct" and text == "{":
        return _parse_object(tokens)
    if kind == "string":
        return _unquote(text)
    if kind == "number":
        return float(text) if any(c in text for c in ".eE") else int(text)
    if kind == "name" and text in ("true", "false"):
        return text == "true"
    if kind == "name" and text == "function":
        _skip_function(tokens)
        return _Skipped()
    raise _problem("the __8x8Chat settings are not a plain object literal (at %r)" % text, text)


def _parse_object(tokens):
    result = {}
    while True:
        kind, text = next(tokens, ("end", ""))
        if kind == "punct" and text == "}":
            return result
        if kind == "punct" and text == ",":
            continue
        if kind not in ("name", "string"):
            raise _problem("unexpected %r in the __8x8Chat settings" % text, text)
        key = _unquote(text) if kind == "string" else text
        colon = next(tokens, ("end", ""))
        if colon != ("punct", ":"):
            raise _problem("expected ':' after %s in the __8x8Chat settings" % key, key)
        result[key] = _parse_value(tokens)


def _skip_function(tokens):
    depth = 0
    for kind, text in tokens:
        if kind == "other" and text in "{}":
            depth += 1 if text == "{" else -1
        elif kind == "punct" and text in "{}":
            depth += 1 if text == "{" else -1
            if depth == 0 and text == "}":
                return


def _unquote(literal):
    body, out, index = literal[1:-1], [], 0
    while index < len(body):
        char = body[index]
        if char == "\\" and index + 1 < len(body):
            index, char = _escape(body, index + 1)
        out.append(char)
        index += 1
    return "".join(out)


def _escape(body, index):
    code = body[index]
    if code == "u" and len(body) >= index + 5:
        return index + 4, chr(int(body[index + 1 : index + 5], 16))
    if code == "x" and len(body) >= index + 3:
        return index + 2, chr(int(body[index + 1 : index + 3], 16))
    return index, _ESCAPES.get(code, code)


def _drop_defaults(chat):
    if chat.get("path") == DEFAULT_PATH:
        del chat["path"]
    if chat.get("button_container_id") == CONTAINER_PREFIX + str(chat.get("uuid")):
        del chat["button_container_id"]


def snippet_to_toml(html):
    """The chat.toml text for a Configuration Manager snippet, with notes on what was left out."""
    settings = find_settings(html)
    chat = {CHAT_KEYS[k]: v for k, v in settings.items() if k in CHAT_KEYS}
    _drop_defaults(chat)
    skipped = [k for k in settings if k not in CHAT_KEYS and k != "customSystemMessages"]
    lines = ["# Imported by `chatkit import` from a Configuration Manager snippet."]
    lines += ["# Not imported: %s (add it to hooks.py or the config by hand)." % k for k in skipped]
    text = "\n".join(lines) + "\n" + toml_table("chat", chat)
    messages = settings.get("customSystemMessages")
    if isinstance(messages, dict) and messages:
        text += "\n" + toml_table("messages", messages)
    return text
