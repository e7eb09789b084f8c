"""`chatkit serve --stylesheet FILE`: a stylesheet on this computer in the chat window.

The snippet keeps the config's https `stylesheet_url` (SPEC 5.4: the real chat
refuses any other); the page tells the emulator, through its `stylesheets`
scenario option, to load the local file in its place.  A config without a
`stylesheet_url` gets a made-up https address, which the page names as such.

The preview serves the file's clean CSS (an RTF paste is unwrapped) at
`/__chatkit/stylesheet/NAME.css`, and the images and fonts the CSS names by a
relative URL, found in its own folder and below it: nothing else of that folder.
Each request resolves the file again (a symlink put in an image's place after the
stylesheet was read leads nowhere outside the folder), and a stylesheet of more than
`MAX_BYTES` is not read at all (`--stylesheet /dev/zero` would never end).
"""

from collections import deque
from pathlib import Path, PurePosixPath
from urllib.parse import quote, unquote, urlsplit

import tinycss2

from chatkit.css.stylesheet import file_problems, read_stylesheet
from chatkit.errors import ValidationError

__all__ = ["FAKE_URL_BASE", "IMAGE_TYPES", "LocalStylesheet", "MAX_BYTES", "ROUTE", "read_local",
           "too_big", "too_big_message"]

ROUTE = "/__chatkit/stylesheet/"
MAX_BYTES = 2 * 1024 * 1024  # 8x8's example theme is 20 KB; a stylesheet of 2 MB is a mistake
# `.invalid` can never resolve (RFC 2606): plainly not the tenant's address.
FAKE_URL_BASE = "https://stylesheet-url.invalid/"
IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
               ".gif": "image/gif", ".svg": "image/svg+xml", ".webp": "image/webp",
               ".avif": "image/avif", ".ico": "image/x-icon", ".woff": "font/woff",
               ".woff2": "font/woff2", ".ttf": "font/ttf", ".otf": "font/otf"}


class LocalStylesheet:
    """The stylesheet file as served: its clean CSS, the files it names, what to tell the user.

    `css` is None when the file cannot be read (`notes` says why).
    """

    def __init__(self, path: Path, css: bytes | None, files: dict[str, Path],
                 notes: list[str], folder: Path | None = None) -> None:
        self.path = path
        self.css = css
        self.files = files  # route below ROUTE -> a file in the stylesheet's folder
        self.notes = notes
        self.folder = folder  # the stylesheet's folder, resolved

    @property
    def name(self) -> str:
        """The name the chat window loads it by: always `.css` (an RTF is served as CSS)."""
        return self.path.stem + ".css"

    @property
    def route(self) -> str:
        return ROUTE + quote(self.name)

    def fake_url(self) -> str:
        """The https address the snippet gets when the config names none."""
        return FAKE_URL_BASE + quote(self.name)

    def answer(self, path: str) -> tuple[str, bytes] | None:
        """(content type, bytes) for a request of `path` (decoded), None when not served."""
        if path == ROUTE + self.name and self.css is not None:
            return "text/css; charset=utf-8", self.css
        route = path[len(ROUTE):] if path.startswith(ROUTE) else None
        if route not in self.files:
            return None
        file = _inside(self.folder, route)  # again: the file may have become a symlink
        if file is None:
            return None
        try:
            return IMAGE_TYPES[file.suffix.lower()], file.read_bytes()
        except OSError:
            return None


def too_big(path: Path) -> bool:
    """Whether the file holds more than MAX_BYTES (read no further than that)."""
    try:
        with open(path, "rb") as stream:
            return len(stream.read(MAX_BYTES + 1)) > MAX_BYTES
    except (OSError, ValueError):
        return False  # read_stylesheet says why it cannot be read


def too_big_message() -> str:
    return ("more than %d MB: too big for a stylesheet (the preview reads no more)"
            % (MAX_BYTES // 1024 // 1024))


def read_local(path: Path) -> LocalStylesheet:
    """The stylesheet at `path` as the preview serves it; never raises for its content."""
    if too_big(path):
        return LocalStylesheet(path, None, {}, ["%s: %s" % (path, too_big_message())])
    try:
        sheet = read_stylesheet(path)
    except ValidationError as error:
        return LocalStylesheet(path, None, {}, [p.line(error.source) for p in error.problems])
    # What `chatkit css` says of the file: an RTF paste (with the command that unwraps it)
    # is one of its problems, yet the chat window gets the clean CSS all the same.
    notes = [problem.line(str(path)) for problem in file_problems(sheet)]
    folder = _resolved(path.parent)
    return LocalStylesheet(path, sheet.css.encode("utf-8"), _named_files(sheet.css, folder),
                           notes, folder)


def _named_files(css, folder):
    """{route below ROUTE: file} for each image or font the CSS names by a relative URL."""
    files = {}
    for url in _urls(css):
        route = _relative_route(url)
        file = _inside(folder, route) if route else None
        if file is not None:
            files[route] = file
    return files


def _urls(css):
    """Every `url(...)` of the CSS, at any depth of blocks and functions."""
    pending = deque([tinycss2.parse_component_value_list(css, skip_comments=True)])
    while pending:
        for token in pending.popleft():
            if token.type == "url":
                yield token.value
            elif token.type == "function":
                if token.lower_name == "url":
                    yield from (arg.value for arg in token.arguments if arg.type == "string")
                pending.append(token.arguments)
            elif token.type in ("() block", "[] block", "{} block"):
                pending.append(token.content)


def _relative_route(url):
    """The path a relative URL names below the stylesheet's route, else None."""
    parts = urlsplit(url.strip())
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    route = PurePosixPath(unquote(parts.path))
    if ".." in route.parts or route.suffix.lower() not in IMAGE_TYPES or "\0" in str(route):
        return None
    return str(route)


def _inside(folder, route):
    """The file `route` names in `folder`, if it is a file there (symlinks resolved)."""
    if folder is None:
        return None
    file = _resolved(folder / route)
    if file is None or not file.is_relative_to(folder) or not file.is_file():
        return None
    return file


def _resolved(path):
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError, ValueError):  # missing, a symlink loop, a NUL
        return None
