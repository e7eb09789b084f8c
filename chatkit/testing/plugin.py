"""chatkit's pytest plugin (entry point `pytest11: chatkit`, loaded automatically).

Fixtures, all named `chatkit_*` so they never collide with a project's own:

- `chatkit_site_directory` (session): the directory the server serves; a fresh
  temporary one unless a conftest overrides it with a site's own folder.
- `chatkit_server` (session): a `ChatkitServer` serving that directory, the
  emulators at /CHAT/common/js/chat.js (v1) and /CHAT/common/js/chatv3.js (v2) and
  v2's discovery endpoint; `chatkit_server.url` is the base URL.
- `chatkit_emulator`: an `EmulatorPage` on pytest-playwright's `page`.
- `chatkit_open`: `chatkit_open(config, scenario=..., nonce=..., headers=...,
  stylesheet=...)` serves a page with the config's snippet (v1 or v2, pointed at the
  server), opens it, waits until the chat has started (and a `[python]` config's hooks
  have run) and returns the `EmulatorPage`.  With `[chat] load = "click"` or
  `"consent"` the chat waits for the visitor: it returns once the page (and the hooks)
  loaded, and `chat.click_load_button()` or `chat.load_chat()` starts the chat.
  `stylesheet` (a local CSS file) is served and shown in the chat window in place of
  the config's https `stylesheet_url` (the emulator's `stylesheets` scenario option).
  A scenario option the emulator does not have, or of the wrong type, is a `KitError`
  before anything opens.
- `chatkit_status_server` (with the `[server]` extra): a `StatusServer`, chatkit server
  against its emulator of 8x8's APIs on 127.0.0.1, answering `chatkit_server`'s pages:
  `chatkit_open(chatkit_status_server.config({...}))` opens a page whose snippet asks it,
  `chatkit_status_server.set(schedule="closed", agents=0, ...)` flips 8x8's state.

With pytest-playwright installed, Chromium runs from `$CHATKIT_CHROMIUM` or, when it
exists, /usr/bin/chromium (so CI needs no `playwright install`), with flags that
keep it quiet and sandbox-free in containers.
"""

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from chatkit.config.loading import DEFAULT_LOAD
from chatkit.testing._page import EmulatorPage, config_for, snippet_page
from chatkit.testing._scenario import check_scenario
from chatkit.testing._server import ChatkitServer, KitError
from chatkit.versions import adapter

if TYPE_CHECKING:
    from chatkit.build.assets import Build

SYSTEM_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = (
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-gpu",
)
# Headless Chromium 156 starts its omnibox's WebUI renderer for each new context: 0.6-1.3 s of
# CPU on a 2-core machine, while a test or a measured page loads.
DISABLED_FEATURES = ("PreloadTopChromeWebUI", "WebUIOmniboxPopup", "WebUIOmniboxFullPopup",
                     "WebUIOmniboxAimPopup")
DISABLE_FEATURES = "--disable-features="
# What Playwright 1.65 disables itself, for a Playwright whose list cannot be read.
PLAYWRIGHT_DISABLED_FEATURES = (
    "AvoidUnnecessaryBeforeUnloadCheckSync", "DestroyProfileOnBrowserClose", "HttpsUpgrades",
    "HttpsFirstBalancedModeAutoEnable", "LensOverlay", "MediaRouter", "PaintHolding",
    "ThirdPartyStoragePartitioning", "AvoidCorsURLLoaderRestartOnRedirect",
    "TcpPortRandomizationWin", "OptimizationHints", "NetworkTimeServiceQuerying", "AimEnabled",
    "PreconnectToSearch", "msForceBrowserSignIn", "msEdgeUpdateLaunchServicesPreferredVersion",
)


def chromium_launch_args(base=None):
    """Playwright launch options for a system Chromium, merged over `base`.

    Chromium keeps only the last `--disable-features` switch, so the features above join
    Playwright's own list (and any in `base`) in one switch, after Playwright's.
    """
    options = dict(base or {})
    executable = os.environ.get("CHATKIT_CHROMIUM") or (
        SYSTEM_CHROMIUM if os.path.exists(SYSTEM_CHROMIUM) else None)
    if executable and "executable_path" not in options and "channel" not in options:
        options["executable_path"] = executable
    flags = [flag for flag in options.get("args", []) if not flag.startswith(DISABLE_FEATURES)]
    disabled = list(_playwright_disabled_features())
    for flag in options.get("args", []):
        if flag.startswith(DISABLE_FEATURES):
            disabled += flag[len(DISABLE_FEATURES):].split(",")
    disabled += DISABLED_FEATURES
    flags += [flag for flag in CHROMIUM_FLAGS if flag not in flags]
    options["args"] = flags + [DISABLE_FEATURES + ",".join(dict.fromkeys(f for f in disabled if f))]
    return options


def _playwright_disabled_features():
    """The features Playwright disables in Chromium, as its driver lists them."""
    import re

    try:
        import playwright

        bundle = os.path.join(os.path.dirname(playwright.__file__), "driver", "package", "lib",
                              "coreBundle.js")
        with open(bundle, encoding="utf-8") as stream:
            text = stream.read()
        listed = re.search(r"disabledFeatures = \[(.*?)\]", text, re.DOTALL)
    except (ImportError, OSError):
        listed = None
    if listed is None:
        return PLAYWRIGHT_DISABLED_FEATURES
    return tuple(re.findall(r'^\s*"([A-Za-z0-9]+)"', listed.group(1), re.MULTILINE))


def pytest_configure(config):
    # Registered after pytest-playwright, so its launch options are the ones that win.
    if config.pluginmanager.hasplugin("playwright"):
        from chatkit.testing import _chromium_fixture

        config.pluginmanager.register(_chromium_fixture, "chatkit-system-chromium")


@pytest.fixture(scope="session")
def chatkit_site_directory(tmp_path_factory):
    """The directory `chatkit_server` serves; override it to serve your site."""
    return tmp_path_factory.mktemp("chatkit-site")


@pytest.fixture(scope="session")
def chatkit_server(chatkit_site_directory):
    """One server per session: the site directory, the emulator, and added pages."""
    with ChatkitServer(chatkit_site_directory) as server:
        yield server


@pytest.fixture
def chatkit_emulator(page):
    """The emulator in this test's page: drive it (`click_button()`, `agent_join(name)`…)
    and inspect it (`state()`, `warnings`, `history()`, `console`)."""
    return EmulatorPage(page)


@pytest.fixture
def chatkit_open(chatkit_server, chatkit_emulator):
    """Open a page with a config's snippet; returns the `EmulatorPage` once the chat started."""
    urls: list[str] = []

    def open_snippet(config=None, scenario=None, nonce=None, head="", body="", headers=None,
                     started=None, stylesheet=None, **snippet_options):
        check_scenario(scenario)
        config = config_for(config if config is not None else {}, chatkit_server.url)
        if started is None:  # load = "click" / "consent": the chat waits for the visitor
            started = config.chat.load == DEFAULT_LOAD
        if stylesheet is not None:
            scenario = _with_stylesheet(chatkit_server, config, scenario, stylesheet, urls)
        hooks = config.python is not None and "python_assets" not in snippet_options
        if hooks:
            snippet_options["python_assets"] = _python_assets(chatkit_server, config)
        html = snippet_page(config, chatkit_server.url, scenario=scenario, nonce=nonce,
                            head=head, body=body, **snippet_options)
        urls.append(chatkit_server.add_page(html, headers=headers))
        chat = chatkit_emulator.goto(urls[-1], started=started)
        if hooks and (started or config.chat.load != DEFAULT_LOAD):
            _wait_for_the_hooks(chat, settle=started)
        return chat

    yield open_snippet
    for url in urls:
        chatkit_server.remove(url)


@pytest.fixture
def chatkit_status_server(chatkit_server):
    """chatkit server and its 8x8 API emulator for this test, answering `chatkit_server`'s
    pages (the default [server] and [callback] tables: `StatusServer.from_tables` for
    others)."""
    from chatkit.testing import StatusServer

    with StatusServer.from_tables(origins=[chatkit_server.url]) as server:
        yield server


ASSETS = "/__chatkit__/assets/"
HOOKS_WAIT_MS = 60_000  # Brython compiles the hooks in the page without chatkit's [fast] extra
_HOOKS_DONE = "() => !!window.__chatkit && window.__chatkit.python !== 'loading'"


_BUILDS: dict[tuple, "Build"] = {}  # (api, hooks file, its bytes) -> its build, for the session


def _python_assets(server, config):
    """The snippet's `python_assets` for a [python] config: its build (as `chatkit build`
    makes it), served by `server` under names that carry its content's hash."""
    from chatkit.build.assets import assets, python_assets

    key = (config.api, str(config.hooks_path),
           Path(config.hooks_path).read_bytes())
    built = _BUILDS.get(key)
    if built is None:
        built = _BUILDS[key] = assets(config)
    for asset in built:
        server.add(ASSETS + asset.name, asset.content, "text/javascript; charset=utf-8")
    return python_assets(config, asset_base=server.url + ASSETS, built=built)


def _wait_for_the_hooks(chat, settle=True):
    """Until the hooks have run (or the page's policy or a failed file stopped them); then,
    with `settle`, until what they sent has reached the chat."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    try:
        chat.page.wait_for_function(_HOOKS_DONE, timeout=HOOKS_WAIT_MS)
    except PlaywrightTimeoutError:
        raise KitError("the [python] hooks did not run within %d s" % (HOOKS_WAIT_MS // 1000)
                       ) from None
    if settle:
        chat.settle()


def _with_stylesheet(server, config, scenario, stylesheet, urls):
    """`scenario` with `stylesheets` mapping the config's https stylesheet_url to
    `stylesheet`, a local file the server now serves (SPEC 5.4: the snippet itself
    never carries anything but the https URL)."""
    configured = config.chat.stylesheet_url
    version = adapter(config.api)
    if "chat.stylesheet_url" not in version.ONLY_KEYS:
        raise KitError("chatkit_open(stylesheet=...): %s takes no stylesheet; its looks "
                         "are the config's [theme]" % version.TITLE)
    if not configured:
        raise KitError("chatkit_open(stylesheet=...): the config has no stylesheet_url to "
                         "show %s in place of" % stylesheet)
    path = Path(stylesheet)
    served = server.add("/__chatkit__/stylesheet/%d/%s" % (len(urls), path.name),
                        path.read_bytes(), "text/css; charset=utf-8")
    urls.append(served)
    scenario = dict(scenario or {})
    scenario["stylesheets"] = {**scenario.get("stylesheets", {}), configured: served}
    return scenario
