"""The preview's files as they are now: the config or its problems, the notes, the assets.

`look_at` reads everything the page needs once; the preview keeps the result until
one of `Look.files` changes.  It never raises: whatever is wrong with the config,
the hooks or the stylesheet becomes a line of `problems` (the page lists them, as
`chatkit check` prints them) or of `notes`.
"""

import re
from pathlib import Path

from chatkit.config import Config, load_config
from chatkit.errors import ChatkitError, ValidationError
from chatkit.preview.stylesheet import LocalStylesheet, read_local
from chatkit.versions import DEFAULT_API, adapter

__all__ = ["Look", "api_of", "look_at", "problem_lines"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


class Look:
    """What the page shows: `config` (None when it has `problems`), notes, built assets."""

    def __init__(self, files: list[Path]) -> None:
        self.files = files  # what it was read from: a change to one of them calls for a new Look
        self.config: Config | None = None
        self.problems: list[str] = []
        self.notes: list[str] = []
        self.built: list = []  # the [python] Assets, content-hashed
        self.stylesheet: LocalStylesheet | None = None


def look_at(config_path: Path, stylesheet_path: Path | None = None) -> Look:
    """Read the config, its hooks and the `--stylesheet` file into a Look."""
    look = Look([config_path] + ([stylesheet_path] if stylesheet_path else []))
    if stylesheet_path is not None:
        look.stylesheet = _guarded(look, stylesheet_path, read_local, stylesheet_path)
    look.config = _guarded(look, config_path, load_config, config_path)
    if look.config is None:
        return look
    look.notes = [p.line(str(config_path)) for p in look.config.warnings]
    look.notes += _stylesheet_notes(look.config, look.stylesheet)
    if look.config.python is not None:
        look.files.append(look.config.python.hooks)
        look.built = _guarded(look, look.config.hooks_path, _build, look.config) or []
    return look


def _build(config):
    from chatkit.build.assets import assets

    return assets(config)


def _guarded(look, source, function, *args):
    """function(*args), or None with its error added to the look's problems."""
    try:
        return function(*args)
    except Exception as error:  # noqa: BLE001 - the server lists any failure, never dies of it
        look.problems += problem_lines(error, source)
        return None


def problem_lines(error: Exception, source: Path | str) -> list[str]:
    """The error as the lines `chatkit check` prints, one per problem."""
    if isinstance(error, ValidationError):
        return [_one_line(p.line(error.source)) for p in error.problems]
    if isinstance(error, ChatkitError):
        return [_one_line("%s: %s" % (source, error))]
    if isinstance(error, (RecursionError, MemoryError)):
        return ["%s: nested too deeply for chatkit to read it" % _one_line(str(source))]
    return [_one_line("%s: chatkit cannot read it (%s: %s)" % (source, type(error).__name__,
                                                               error))]


def _one_line(text):
    return _CONTROL.sub(lambda match: "\\x%02x" % ord(match.group()) if ord(match.group()) < 256
                        else "\\u%04x" % ord(match.group()), text)


def api_of(config: Config | None) -> str:
    """The chat version of `config` ("v1" when there is none)."""
    return config.api if config is not None else DEFAULT_API


def _stylesheet_notes(config, stylesheet):
    if stylesheet is not None and "chat.stylesheet_url" not in adapter(api_of(config)).ONLY_KEYS:
        return ["%s: %s takes no stylesheet (its looks are [theme] in %s); the preview does "
                "not load it" % (stylesheet.path, adapter(api_of(config)).TITLE,
                                 config.path.name)]
    url = config.chat.stylesheet_url
    if stylesheet is None:
        if not url:
            return []
        return ["The chat loads your stylesheet from %s. To preview a file on this computer "
                "in its place: chatkit serve %s --stylesheet theme.css" % (url, config.path)]
    if url:
        where = "%s (your stylesheet_url; the snippet keeps it)" % url
    else:
        where = ("%s, a made-up address: %s has no stylesheet_url; set it to the https "
                 "address where the file will be" % (stylesheet.fake_url(), config.path.name))
    return ["%s: the chat window loads this file in place of %s"
            % (stylesheet.path, where)] + stylesheet.notes
