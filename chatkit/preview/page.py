"""What the preview server answers, and nothing more.

Exactly these paths: the page (`/`), the emulators (v1's `/CHAT/common/js/chat.js`,
v2's `/CHAT/common/js/chatv3.js`, as the snippets ask for them), v2's discovery
endpoint (`{}`, for the preview's own pages), the page's own script and style, the
`[python]` assets of the current build, the `--stylesheet` file as clean CSS and the
images and fonts it names.  Everything else is a 404: no folder, no sibling, no
listing.

The files behind the page are read again only when they change (`FileStamps`);
a config with problems gives a page listing them, one line each, as `chatkit
check` prints them.  The `[python]` assets are named by their content, so the
browser may keep them for good; everything else is `no-store`.  With `--csp`, the
page is served with the tenant's policy as `chatkit.preview.csp` adapts it.
"""

import dataclasses
from pathlib import Path
from typing import NamedTuple

from jinja2.utils import markupsafe

from chatkit._resources import resource_dir
from chatkit.browser.versions import CALLS
from chatkit.config.loading import DEFAULT_LOAD
from chatkit.emulator.serving import (
    DISCOVERY_ANSWER,
    DISCOVERY_PATH,
    content_type,
    emulator_files,
    pointed_at,
)
from chatkit.errors import Problem, ValidationError
from chatkit.preview import csp
from chatkit.preview.companion import EXTRA_NOTE, STATES, PreviewServer
from chatkit.preview.look import Look, api_of, look_at, problem_lines
from chatkit.preview.stamps import FileStamps
from chatkit.preview.stylesheet import too_big, too_big_message
from chatkit.rules import topics
from chatkit.snippet import environment, render_snippet, script_json
from chatkit.versions import adapter

__all__ = ["Answer", "IMMUTABLE", "NO_STORE", "OWN_FILES", "Preview", "SCENARIO"]

_OK, _NO_CONTENT, _NOT_FOUND = "200 OK", "204 No Content", "404 Not Found"
_HTML = "text/html; charset=utf-8"
_JS = "text/javascript; charset=utf-8"
_CSS = "text/css; charset=utf-8"
NO_STORE = "no-store"
IMMUTABLE = "public, max-age=31536000, immutable"  # issue 12: content-hashed names
_PREFIX = "/__chatkit/"
_ASSETS = _PREFIX + "assets/"
# Each snippet loads its chat script from domain (+ v1's path "/.") + its 8x8 path.
_EMULATORS = {prefix + path: file for path, file in emulator_files().items()
             for prefix in ("", "/.")}
_JSON = "application/json"
OWN_FILES = {_PREFIX + "preview.js": ("preview.js", _JS),
             _PREFIX + "preview.css": ("preview.css", _CSS)}
SCENARIO = _PREFIX + "scenario.js"  # the emulator's scenario: a file, so a CSP needs no inline
_REBUILDS = 3  # a file changing while it is read: read again, so the page shows its last save


class Answer(NamedTuple):
    """An HTTP answer: status line, content type, body and Cache-Control."""

    status: str
    content_type: str
    body: bytes
    cache: str = NO_STORE
    headers: tuple[tuple[str, str], ...] = ()  # more (name, value) pairs


_NOT_FOUND_ANSWER = Answer(_NOT_FOUND, "text/plain; charset=utf-8", b"not found")


class Preview:
    """The preview of one config on one port; `respond(path, origin)` answers a request."""

    def __init__(self, config_path: str | Path, port: int,
                 stylesheet: str | Path | None = None,
                 policies: list[csp.Policy] | None = None) -> None:
        self.config_path = Path(config_path)
        self.port = port
        self.stylesheet_path = Path(stylesheet) if stylesheet else None
        self.policies = list(policies or [])
        self.nonce = csp.nonce_of(self.policies)
        self.stamps = FileStamps()
        self.server = PreviewServer()  # with [server]: chatkit server against its emulator
        self._look: Look | None = None
        self._digests: dict = {}

    def check_paths(self):
        """Problems that stop the preview before it starts: files that are not there."""
        _check_file(self.config_path, "", "a config file: name it, e.g. chatkit serve %s"
                    % (self.config_path / "chat.toml"))
        if self.stylesheet_path is not None:
            _check_file(self.stylesheet_path, "--stylesheet",
                        "a stylesheet: name the CSS or RTF file")
            if too_big(self.stylesheet_path):
                raise ValidationError([Problem("--stylesheet", self.stylesheet_path,
                                               too_big_message())], str(self.stylesheet_path))

    # -- the files ----------------------------------------------------------------------

    def look(self) -> Look:
        """The config as it is now, read again only when one of its files changed."""
        if self._look is not None and self.stamps.digests(self._look.files) == self._digests:
            return self._look
        files = self._look.files if self._look else self._given_files()
        for _ in range(_REBUILDS):
            before = self.stamps.digests(files)
            look = look_at(self.config_path, self.stylesheet_path)
            self._look, self._digests = look, self.stamps.digests(look.files)
            if before == self._digests:
                break
            files = look.files
        return look

    def _given_files(self):
        return [self.config_path] + ([self.stylesheet_path] if self.stylesheet_path else [])

    def watched(self) -> dict[Path, bytes | None]:
        """{file: digest} of the config and the hooks and stylesheet files it uses now."""
        self.look()
        return dict(self._digests)

    # -- answers ------------------------------------------------------------------------

    def respond(self, path: str, origin: str) -> Answer:
        """The answer to a GET of `path` (decoded) on the preview at `origin` (trusted)."""
        if path in ("/", "/index.html"):
            html, _, headers = self.render(origin)
            return Answer(_OK, _HTML, html.encode("utf-8"), headers=headers)
        if path == "/favicon.ico":
            return Answer(_NO_CONTENT, "image/x-icon", b"")  # browsers ask; a 404 logs an error
        if path == SCENARIO:
            scenario = script_json(self._scenario(self.look(), origin))
            return Answer(_OK, _JS, ("window.__8x8EmulatorScenario = %s;\n" % scenario).encode())
        if path in _EMULATORS:
            return _static(_EMULATORS[path].name, content_type(_EMULATORS[path]))
        if path == DISCOVERY_PATH:
            # CORS for the preview's own origin only (its page asks from there): no other
            # site learns even that a preview runs here.
            return Answer(_OK, _JSON, DISCOVERY_ANSWER,
                          headers=(("Access-Control-Allow-Origin", origin),))
        if path in OWN_FILES:
            return _static(*OWN_FILES[path])
        return self._asset(path) or self._stylesheet(path) or _NOT_FOUND_ANSWER

    def _asset(self, path):
        if not path.startswith(_ASSETS):
            return None
        for asset in self.look().built:
            if path == _ASSETS + asset.name:
                return Answer(_OK, _JS, asset.content, IMMUTABLE)
        return None

    def _stylesheet(self, path):
        stylesheet = self.look().stylesheet
        found = stylesheet.answer(path) if stylesheet is not None else None
        return Answer(_OK, found[0], found[1]) if found else None

    def page(self, origin: str) -> str:
        """The preview page: the snippet with controls, or the config's problems."""
        return self.render(origin)[0]

    def render(self, origin: str) -> tuple[str, list[str], tuple[tuple[str, str], ...]]:
        """(the page, the problems it lists, its Content-Security-Policy headers)."""
        look = self.look()
        problems, snippet, production = list(look.problems), None, None
        if not problems and look.config is not None:
            try:
                snippet, production = self._snippets(look, origin)
            except Exception as error:  # noqa: BLE001 - listed on the page like any problem
                problems = problem_lines(error, self.config_path)
        config = look.config
        notes = look.notes + ([EXTRA_NOTE] if snippet is not None and config is not None
                              and config.server is not None and self.server.local is None
                              else [])
        html = environment().get_template("preview.html.j2").render(
            config_name=self.config_path.name, problems=problems, notes=notes,
            snippet=snippet, topics=topics, prefix=_PREFIX, api=api_of(config), calls=CALLS,
            language=config.chat.language if config else None,
            align=config.chat.align if config else "right", nonce=self.nonce,
            load=config.chat.load if config else DEFAULT_LOAD,
            scenario=SCENARIO if snippet is not None and self._scenario(look, origin) else None,
            server_states=[(name, state[0]) for name, state in STATES.items()]
            if self.server.local is not None else [],
            needed_policy=self._needed_policy(look) if snippet is not None else None,
        )
        return html, problems, self._policy_headers(look, origin, snippet, production)

    def _snippets(self, look, origin):
        """(the snippet pointed at this server, the snippet production gets)."""
        config = look.config.with_chat(**pointed_at(api_of(look.config), origin))
        if look.stylesheet is not None and _takes_stylesheet(config):
            config = config.with_chat(stylesheet_url=self._stylesheet_url(look))
        assets = self._python_assets(look, config, origin) if config.python else None
        local = self._local_server(config)
        if local is not None:
            config = dataclasses.replace(config, server=local.settings)
        snippet = render_snippet(config, nonce=self.nonce, python_assets=assets)
        production = None
        if self.policies:
            assets = self._python_assets(look, look.config, None) if config.python else None
            production = render_snippet(look.config, nonce=self.nonce, python_assets=assets)
        return markupsafe.Markup(snippet), production

    def _local_server(self, config):
        """The preview's chatkit server for the config's [server] (None without it, or
        without the [server] extra: the page's notes say so)."""
        try:
            return self.server.for_config(config, self.port)
        except ImportError:
            return None

    def _stylesheet_url(self, look):
        return look.config.chat.stylesheet_url or look.stylesheet.fake_url()

    def _scenario(self, look, origin):
        """The emulator's scenario: the `--stylesheet` file in place of the https one."""
        if look.config is None or look.stylesheet is None or not _takes_stylesheet(look.config):
            return {}
        return {"stylesheets": {self._stylesheet_url(look): origin + look.stylesheet.route}}

    def _needed_policy(self, look):
        """What `chatkit csp CONFIG` prints: the policy the production snippet and chat need
        (hashes of the snippet production gets, not of the preview's own)."""
        from chatkit.csp import format_policy, policy_for

        assets = self._python_assets(look, look.config, None) if look.config.python else None
        return format_policy(policy_for(look.config, python_assets=assets), "header")

    def _policy_headers(self, look, origin, snippet, production):
        if not self.policies:
            return ()
        urls = _production_urls(look) if look.config is not None else []
        hashes = csp.inline_hashes(production, str(snippet)) if production else {}
        stand_ins = self._companion_stand_in(look)
        return tuple(csp.served(policy, origin, urls, hashes, stand_ins)
                     for policy in self.policies)

    def _companion_stand_in(self, look):
        """(the local chatkit server's origin, the production URLs the page asks it for)
        when the preview runs one for the config's [server]."""
        local = self.server.local
        if local is None or look.config is None or look.config.server is None:
            return ()
        from chatkit.csp.needs import origin_of
        from chatkit.server.page import page_settings

        production = page_settings(look.config.server)
        urls = [production[key] for key in ("status", "callback") if production.get(key)]
        return ((origin_of(local.url), urls),)

    def _python_assets(self, look, config, origin):
        from chatkit.build.assets import python_assets

        base = origin + _ASSETS if origin else None
        return python_assets(config, asset_base=base, built=look.built)


def _production_urls(look):
    """What the page loads from the chat's production hosts (for `--csp`): the chat script,
    v2's discovery endpoint, the stylesheet, the [python] assets."""
    chat = look.config.chat
    version = adapter(api_of(look.config))
    urls = [chat.domain + (chat.path or "") + version.LOADER_PATH]
    discovery = chat.discovery_url or getattr(version, "DEFAULT_DISCOVERY_URL", None)
    urls += [url for url in (discovery, chat.stylesheet_url) if url]
    if look.config.python is not None:
        urls += [look.config.python.asset_base + asset.name for asset in look.built]
    return urls


def _static(name, content_type):
    try:
        return Answer(_OK, content_type, (resource_dir("static") / name).read_bytes())
    except OSError:
        return _NOT_FOUND_ANSWER


def _check_file(path, option, wanted):
    try:
        is_folder = path.is_dir()
        path.stat()
    except FileNotFoundError:
        raise ValidationError([Problem(option, path, "no such file")], str(path)) from None
    except (OSError, ValueError) as error:
        why = getattr(error, "strerror", None) or str(error)
        raise ValidationError([Problem(option, path, "cannot read it: %s" % why)],
                              str(path)) from None
    if is_folder:
        raise ValidationError([Problem(option, path, "a folder, not %s" % wanted)], str(path))


def _takes_stylesheet(config):
    """Whether the config's chat version takes a stylesheet (v1's stylesheet_url)."""
    return "chat.stylesheet_url" in adapter(api_of(config)).ONLY_KEYS
