"""What the preview server answers: the page around the snippet, the emulator, the stylesheet.

Everything is read again for every request: the config, the hooks, the stylesheet.
A config with problems gives a page listing them, one line each, as `chatkit
check` prints them; the server itself never stops for a user's mistake.
"""

import copy
from pathlib import Path
from urllib.parse import quote, unquote

from jinja2.utils import markupsafe

from chatkit._resources import resource_dir
from chatkit.config import load_config
from chatkit.errors import ChatkitError, Problem, ValidationError
from chatkit.rules import topics
from chatkit.rules.urls import is_local, parse_url
from chatkit.snippet import CHAT_JS_PATH, environment, render_snippet

__all__ = ["Preview"]

OK, NO_CONTENT, NOT_FOUND = "200 OK", "204 No Content", "404 Not Found"
HTML = "text/html; charset=utf-8"
TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
         ".svg": "image/svg+xml", ".webp": "image/webp", ".ico": "image/x-icon",
         ".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf", ".otf": "font/otf"}
PREFIX = "/__chatkit/"
STATIC_FILES = ("preview.js", "preview.css")
ASSETS = PREFIX + "assets/"
OVERRIDE_ROUTE = PREFIX + "stylesheet/"


class LocalStylesheet:
    """A stylesheet file the preview serves, at `route`; its folder's images and fonts too."""

    def __init__(self, path, route):
        self.path = Path(path)
        self.route = route
        self.folder_route = route[: route.rindex("/") + 1]


class Look:
    """The config as it is now: the Config or its problems, notes, the local stylesheet."""

    def __init__(self):
        self.config, self.problems, self.notes, self.stylesheet = None, [], [], None


class Preview:
    """The preview of one config on one port; `respond(path, origin)` answers a request."""

    def __init__(self, config_path, port, stylesheet=None):
        self.config_path = Path(config_path)
        self.port = port
        self.stylesheet_override = Path(stylesheet) if stylesheet else None
        self._assets = {}  # name -> bytes of the last [python] build

    def check_paths(self):
        """Problems that stop the preview before it starts: files that are not there."""
        for option, path in (("", self.config_path), ("--stylesheet", self.stylesheet_override)):
            if path is not None and not path.is_file():
                raise ValidationError([Problem(option, path, "no such file")], str(path))

    def look(self):
        """Load the config (never raising for its problems) and find the local stylesheet."""
        look = Look()
        try:
            look.config = load_config(self.config_path)
        except ValidationError as error:
            look.problems = _problem_lines(error)
            look.stylesheet = self._override()
            return look
        look.stylesheet = self._override() or self._configured_local(look.config)
        return look

    def watched_files(self):
        """The config, and the hooks and stylesheet files the config uses now."""
        look = self.look()
        files = [self.config_path]
        if look.config is not None and look.config.hooks_path is not None:
            files.append(look.config.hooks_path)
        if look.stylesheet is not None:
            files.append(look.stylesheet.path)
        return [path.resolve() for path in files]

    # -- the stylesheet -----------------------------------------------------------------

    def _override(self):
        if self.stylesheet_override is None:
            return None
        return LocalStylesheet(self.stylesheet_override,
                               OVERRIDE_ROUTE + quote(self.stylesheet_override.name))

    def _configured_local(self, config):
        """A `stylesheet_url` on this preview's own port names a file by the config."""
        url = config.chat.get("stylesheet_url")
        parsed = parse_url(url) if url else None
        if parsed is None or not is_local(parsed) or parsed.port != str(self.port):
            return None
        route = unquote(parsed.rest.split("#")[0].split("?")[0]) or "/"
        folder = config.path.parent.resolve()
        path = (folder / route.lstrip("/")).resolve()
        return LocalStylesheet(path, route) if path.is_relative_to(folder) else None

    def _notes(self, look):
        """The config's warnings and the stylesheet's problems, as `chatkit check`/`css` say."""
        notes = [p.line(str(self.config_path)) for p in look.config.warnings]
        return notes + self._stylesheet_notes(look)

    def _stylesheet_notes(self, look):
        url = look.config.chat.get("stylesheet_url")
        if look.stylesheet is not None:
            return _stylesheet_problems(look.stylesheet.path)
        if url:
            return ["The chat loads your stylesheet from %s. To preview a file on this "
                    "computer: chatkit serve %s --stylesheet theme.css" % (url, self.config_path)]
        return []

    # -- answers ------------------------------------------------------------------------

    def respond(self, path, origin):
        """(status, content type, body) for a request of `path` on the server at `origin`."""
        if path in ("/", "/index.html"):
            return OK, HTML, self.page(origin).encode("utf-8")
        if path == "/favicon.ico":
            return NO_CONTENT, TYPES[".ico"], b""  # browsers ask; a 404 would log an error
        if path.endswith(CHAT_JS_PATH):
            return _file(resource_dir("static") / "chat.js")
        if path.startswith(PREFIX) and path[len(PREFIX):] in STATIC_FILES:
            return _file(resource_dir("static") / path[len(PREFIX):])
        if path.startswith(ASSETS) and path[len(ASSETS):] in self._assets:
            return OK, TYPES[".js"], self._assets[path[len(ASSETS):]]
        return self._stylesheet_file(path)

    def _stylesheet_file(self, path):
        stylesheet = self.look().stylesheet
        if stylesheet is None or not path.startswith(stylesheet.folder_route):
            return NOT_FOUND, HTML, b"not found"
        if path == stylesheet.route:
            from chatkit.css.stylesheet import read_stylesheet

            try:  # the clean CSS: an RTF paste is previewed as the CSS inside it
                return OK, TYPES[".css"], read_stylesheet(stylesheet.path).css.encode("utf-8")
            except ValidationError:
                return NOT_FOUND, HTML, b"not found"
        folder = stylesheet.path.parent.resolve()
        wanted = (folder / path[len(stylesheet.folder_route):]).resolve()
        if wanted.suffix.lower() in TYPES and wanted.is_relative_to(folder):
            return _file(wanted)
        return NOT_FOUND, HTML, b"not found"

    def page(self, origin):
        """The preview page: the snippet with controls, or the config's problems."""
        look = self.look()
        snippet = None
        if look.config is not None:
            look.notes = self._notes(look)
            try:
                snippet = markupsafe.Markup(self._snippet(look, origin))
            except ChatkitError as error:
                look.problems = _problem_lines(error)
        return environment().get_template("preview.html.j2").render(
            config_name=self.config_path.name, problems=look.problems, notes=look.notes,
            snippet=snippet, topics=topics, prefix=PREFIX,
            language=look.config.chat.get("language") if look.config else None,
            align=look.config.chat["align"] if look.config else "right",
        )

    def _snippet(self, look, origin):
        config = copy.copy(look.config)
        config.chat = dict(config.chat, domain=origin, path="/.")
        if self.stylesheet_override is not None:
            config.chat["stylesheet_url"] = origin + look.stylesheet.route
        assets = self._python_assets(config, origin) if config.python else None
        return render_snippet(config, python_assets=assets)

    def _python_assets(self, config, origin):
        from chatkit.build import assets as build

        built = build.assets(config)
        self._assets = {asset.name: asset.content for asset in built}
        return build.python_assets(config, asset_base=origin + ASSETS, built=built)


def _stylesheet_problems(path):
    from chatkit.css.stylesheet import file_problems, read_stylesheet

    try:
        sheet = read_stylesheet(path)
    except ValidationError as error:
        return _problem_lines(error)
    return [problem.line(str(path)) for problem in file_problems(sheet)]


def _problem_lines(error):
    if isinstance(error, ValidationError):
        return [problem.line(error.source) for problem in error.problems]
    return [str(error)]


def _file(path):
    try:
        return OK, TYPES.get(path.suffix.lower(), "application/octet-stream"), path.read_bytes()
    except OSError:
        return NOT_FOUND, HTML, b"not found"
