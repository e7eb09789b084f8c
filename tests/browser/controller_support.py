"""Pages running `chatkit.browser` under Brython against the emulator, for the controller tests.

The Brython runtime and the chatkit bundle (the precompiled one, as `chatkit build`
ships it, or with `python_bundle=True` the Python one it falls back to) are built
once per session and served by the session's `chatkit_server`; each page gets its
own hooks module, made of the test's Python between a prologue and an epilogue:

- the prologue puts `window.__py(source)` on the page: it runs Python with
  `chat`, `UNSET` and `window` in scope and returns JSON of `result`, or of the
  exception it raised (so a test can run Python at any moment);
- the epilogue sets `window.__hooksDone`, which `open_python` waits for.
"""

import functools
import json

from chatkit.build import assets as build

ASSETS = "/chatkit-assets/"
JAVASCRIPT = "text/javascript; charset=utf-8"

PROLOGUE = '''import javascript
from browser import document, window
from chatkit.browser import UNSET, ValidationError, chat


def _plain(value):
    if value is None:
        return javascript.NULL
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _py(source):
    namespace = {"chat": chat, "UNSET": UNSET, "window": window, "document": document,
                 "ValidationError": ValidationError}
    try:
        exec(source, namespace)
    except Exception as error:
        return window.JSON.stringify(_plain({"raised": type(error).__name__,
                                             "message": str(error)}))
    return window.JSON.stringify(_plain(namespace.get("result")))


window.__py = _py
'''
EPILOGUE = "\nwindow.__hooksDone = True\n"


def report_dict(report):
    """Python source: an InfoReport as plain data (for `result = ...`)."""
    return ("{'accepted': %s.accepted, 'warnings': %s.warnings}" % (report, report))


class PythonPages:
    """Builds hooks modules, serves them, and opens pages whose snippet loads them."""

    def __init__(self, server, directory, chatkit_open, python_bundle=False):
        self.server = server
        self.directory = directory
        self.open = chatkit_open
        self.base = [self._serve(asset) for asset in _runtime_and_bundle(python_bundle)]

    def _serve(self, asset):
        self.server.add(ASSETS + asset.name, asset.content, JAVASCRIPT)
        return {"src": self.server.url + ASSETS + asset.name, "integrity": asset.integrity}

    def assets(self, hooks="", name="hooks"):
        """The snippet's `python_assets` for a hooks module made of `hooks`."""
        path = self.directory / (name + ".py")
        path.write_text(PROLOGUE + hooks + EPILOGUE, encoding="utf-8")
        scripts = self.base + [self._serve(build.hooks_asset(path))]
        return {"scripts": scripts, "boot": build.BOOT % name}

    def page(self, hooks="", config=None, scenario=None, body="", started=True, assets=None,
             wait_hooks=True, **options):
        """Open a page with the config's snippet and these hooks; returns the EmulatorPage."""
        chat = self.open(config or {}, scenario=scenario, body=body, started=started,
                         python_assets=assets or self.assets(hooks), **options)
        if wait_hooks:
            chat.page.wait_for_function("() => window.__hooksDone === true", timeout=15_000)
        return chat


def run_python(chat, source):
    """Run Python in the page (via the prologue's `__py`); returns `result` as JSON data."""
    return json.loads(chat.page.evaluate("(source) => window.__py(source)", source))


@functools.cache
def _runtime_and_bundle(python_bundle):
    runtime = build.runtime_asset()
    return runtime, build.source_bundle_asset() if python_bundle else build.bundle_asset(runtime)
