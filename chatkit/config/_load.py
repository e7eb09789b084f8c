"""`load_config`: a chat.toml from disk to a checked `Config`, or one line saying why not.

The file is read as UTF-8, with or without a byte-order mark: Windows Notepad
writes one, it carries nothing, and refusing it would only stop a marketer with
a message about an invisible character.  Text that is not UTF-8 is named by line
and column, like a TOML mistake, never by byte offset.
"""

import codecs
import errno
from pathlib import Path

from chatkit._toml import TomlProblem, read_toml
from chatkit.config._parse import Config, parse_config
from chatkit.errors import ConfigError, Problem

# A chat config is a few KB; this is room for every message in every language many
# times over, and keeps `chatkit check /dev/zero` from reading forever.
MAX_CONFIG_BYTES = 8 * 1024 * 1024


def load_config(path: str | Path) -> Config:
    """Read and check a config file; raise ConfigError listing every problem.

    >>> load_config("chat.toml").chat["domain"]          # doctest: +SKIP
    'https://vcc-na7.8x8.com'
    """
    if isinstance(path, str) and not path:
        raise ConfigError([Problem("", path, "is empty: name the chat.toml to read")], "CONFIG")
    path = Path(path)
    try:
        data = read_toml(_decode(_read(path)))
    except _Unreadable as error:
        raise ConfigError([Problem("", path, str(error))], str(path)) from None
    except TomlProblem as error:
        raise ConfigError([Problem("", path, str(error))], str(path)) from None
    return parse_config(data, path)


class _Unreadable(Exception):
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
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        start = raw.rfind(b"\n", 0, error.start) + 1
        column = len(raw[start:error.start].decode("utf-8", "replace")) + 1
        raise _Unreadable("not UTF-8 text (at line %d, column %d: byte 0x%02x): save the file "
                          "as UTF-8" % (line, column, raw[error.start])) from None
