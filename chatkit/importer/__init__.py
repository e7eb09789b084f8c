"""`chatkit import`: turn a Configuration Manager snippet into a chat.toml.

The Configuration Manager hands out `var __8x8Chat = {...}` or
`window.__8x8Chat = {...}`: a JavaScript object literal with bare or quoted
keys, single or double quotes and maybe trailing commas.  This reads that
literal with a small tokenizer (never by evaluating it).  Code a web team added
(an `onInit` function, a variable) is left out with a note in the config.
"""

import re

from chatkit._toml import toml_key, toml_table
from chatkit.config import CONTAINER_PREFIX, DEFAULT_PATH
from chatkit.errors import Problem, ValidationError

_ASSIGNMENT = re.compile(r"(?:\bvar\s+|\bwindow\s*\.\s*)__8x8Chat\s*=\s*\{")
_TOKEN = re.compile(
    r"""\s+|//[^\n]*|/\*.*?\*/
    |(?P<string>"(?:[^"\\\n]|\\\r\n|\\.)*"|'(?:[^'\\\n]|\\\r\n|\\.)*')
    |(?P<number>-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
    |(?P<name>[A-Za-z_$][\w$]*)
    |(?P<punct>[{}\[\]:,])""",
    re.VERBOSE | re.DOTALL,
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
# A backslash before a line break continues the string on the next line: no character.
_LINE_CONTINUATIONS = ("\r\n", "\n", "\r", "\u2028", "\u2029")
_OPENERS, _CLOSERS = "([{", ")]}"
_END = ("end", "")
_VALUE_ENDS = (("punct", ","), ("punct", "}"), ("punct", "]"))

# __8x8Chat property -> [chat] key
CHAT_KEYS = {
    "uuid": "uuid", "tenant": "tenant", "channel": "channel", "domain": "domain",
    "channelUuid": "channel_uuid", "path": "path", "buttonContainerId": "button_container_id",
    "align": "align", "stylesheetURL": "stylesheet_url",
}
MESSAGES_KEY = "customSystemMessages"


class _Skipped:
    """A value chatkit does not import: code (a function such as onInit, a variable) or null."""

    def __init__(self, kind):
        self.kind = kind


def _problem(message, value=None):
    return ValidationError([Problem("", value, message)])


class _Tokens:
    """The tokens of a snippet from a position on, with one token of look-ahead."""

    def __init__(self, text, position):
        self._tokens = self._scan(text, position)
        self._next = next(self._tokens, _END)

    @staticmethod
    def _scan(text, position):
        while position < len(text):
            match = _TOKEN.match(text, position)
            if match is None:
                yield ("other", text[position])
                position += 1
                continue
            position = match.end()
            if match.lastgroup:
                yield (match.lastgroup, match.group(match.lastgroup))

    def peek(self):
        return self._next

    def take(self):
        token, self._next = self._next, next(self._tokens, _END)
        return token


def find_settings(html: str) -> dict:
    """The `__8x8Chat` object literal of a snippet, as a dict."""
    match = _ASSIGNMENT.search(html)
    if match is None:
        raise _problem("no `var __8x8Chat = {...}` or `window.__8x8Chat = {...}` found; "
                       "paste the whole snippet from the Configuration Manager")
    return _parse_value(_Tokens(html, match.end() - 1))


def _parse_value(tokens):
    kind, text = tokens.peek()
    if kind == "end":
        raise _problem("the __8x8Chat settings end before their closing }")
    if (kind, text) == ("punct", "{"):
        tokens.take()
        return _parse_object(tokens)
    if (kind, text) == ("punct", "["):
        tokens.take()
        return _parse_array(tokens)
    if kind in ("string", "number") or text in ("true", "false", "null", "undefined"):
        tokens.take()
        if tokens.peek() in _VALUE_ENDS:
            return _literal(kind, text)
    return _skip_code(tokens)  # `function...`, `(bus) => ...`, `x.y`, `"a" + b`: code


def _literal(kind, text):
    if kind == "string":
        return _unquote(text)
    if kind == "number":
        return float(text) if any(c in text for c in ".eE") else int(text)
    if text in ("null", "undefined"):
        return _Skipped(text)
    return text == "true"


def _skip_code(tokens, kind="code"):
    """Step over an expression (a function, a variable...) up to the `,` or `}` that ends it."""
    depth = 0
    if tokens.peek()[1] in ("function", "async"):
        kind = "a function"
    while True:
        token = tokens.peek()
        if token == _END:
            raise _problem("the __8x8Chat settings end before their closing }")
        if depth == 0 and token in _VALUE_ENDS:
            return _Skipped(kind)
        if token[0] in ("punct", "other") and token[1] in _OPENERS:
            depth += 1
        elif token[0] in ("punct", "other") and token[1] in _CLOSERS:
            depth -= 1
        elif token == ("other", ">"):
            kind = "a function"  # the `=>` of an arrow function
        tokens.take()


def _parse_object(tokens):
    result = {}
    while True:
        kind, text = tokens.take()
        if (kind, text) == ("punct", "}"):
            return result
        if (kind, text) == ("punct", ","):
            continue
        if kind == "end":
            raise _problem("the __8x8Chat settings end before their closing }")
        if kind not in ("name", "string"):
            raise _problem("unexpected %r in the __8x8Chat settings" % text, text)
        key = _unquote(text) if kind == "string" else text
        if tokens.peek()[1] == "(":  # a method: `onInit(bus) {...}`
            result[key] = _skip_code(tokens, "a function")
            continue
        if tokens.take() != ("punct", ":"):
            raise _problem("expected ':' after %s in the __8x8Chat settings" % key, key)
        result[key] = _parse_value(tokens)


def _parse_array(tokens):
    items = []
    while True:
        if tokens.peek() == ("punct", "]"):
            tokens.take()
            return items
        if tokens.peek() == ("punct", ","):
            tokens.take()
            continue
        items.append(_parse_value(tokens))
        if tokens.peek() == ("punct", "}"):
            raise _problem("unexpected '}' in an array of the __8x8Chat settings", "}")


def _unquote(literal):
    body, out, index = literal[1:-1], [], 0
    while index < len(body):
        char = body[index]
        if char == "\\" and index + 1 < len(body):
            index, char = _escape(body, index + 1)
        out.append(char)
        index += 1
    return _join_surrogates("".join(out), literal)


def _escape(body, index):
    """(index of the escape's last character, the character it stands for)."""
    code = body[index]
    for newline in _LINE_CONTINUATIONS:
        if body.startswith(newline, index):
            return index + len(newline) - 1, ""
    if code == "u" and body.startswith("{", index + 1):
        end = body.find("}", index)
        return end, _hex_char(body[index + 2 : end] if end != -1 else "", body)
    if code in "ux":
        size = 4 if code == "u" else 2
        return index + size, _hex_char(body[index + 1 : index + 1 + size], body, size)
    return index, _ESCAPES.get(code, code)


def _hex_char(digits, body, size=None):
    valid = digits and all(c in "0123456789abcdefABCDEF" for c in digits)
    if not valid or (size and len(digits) != size) or int(digits, 16) > 0x10FFFF:
        raise _problem("invalid escape in the string %r of the __8x8Chat settings" % body, body)
    return chr(int(digits, 16))


def _join_surrogates(text, literal):
    """JavaScript writes 😀 as "\\ud83d\\ude00": make the pair one character again."""
    if not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    try:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    except UnicodeDecodeError:
        raise _problem("the string %s of the __8x8Chat settings has half of a character "
                       "(a lone \\ud800-\\udfff escape)" % literal, literal) from None


def _drop_defaults(chat):
    if chat.get("path") == DEFAULT_PATH:
        del chat["path"]
    if chat.get("button_container_id") == CONTAINER_PREFIX + str(chat.get("uuid")):
        del chat["button_container_id"]


def _is_plain(value):
    return isinstance(value, (str, int, float, bool))


def _chat_table(settings):
    chat = {}
    for name, value in settings.items():  # in the snippet's order
        if name not in CHAT_KEYS:
            continue
        if not _is_plain(value):
            raise _problem("%s in the __8x8Chat settings is %s, not a value: chatkit imports "
                           "only values written out in the snippet" % (name, _kind(value)), value)
        chat[CHAT_KEYS[name]] = value
    _drop_defaults(chat)
    return chat


def _kind(value):
    if isinstance(value, _Skipped):
        return value.kind
    return "an object" if isinstance(value, dict) else "an array"


def _left_out(settings):
    """Notes on what the config does not carry, one per property."""
    notes = []
    for name, value in settings.items():
        if name == MESSAGES_KEY and isinstance(value, dict):
            notes += ["%s.%s (%s)" % (MESSAGES_KEY, toml_key(k), _kind(v))
                      for k, v in value.items() if not _is_plain(v)]
        elif name not in CHAT_KEYS:
            notes.append(toml_key(name))
    return ["# Not imported: %s (add it to hooks.py or the config by hand)." % note
            for note in notes]


def snippet_to_toml(html: str) -> str:
    """The chat.toml text for a Configuration Manager snippet, with notes on what was left out."""
    settings = find_settings(html)
    lines = ["# Imported by `chatkit import` from a Configuration Manager snippet."]
    lines += _left_out(settings)
    text = "\n".join(lines) + "\n" + toml_table("chat", _chat_table(settings))
    messages = settings.get(MESSAGES_KEY)
    if isinstance(messages, dict):
        plain = {key: value for key, value in messages.items() if _is_plain(value)}
        if plain:
            text += "\n" + toml_table("messages", plain)
    return text
