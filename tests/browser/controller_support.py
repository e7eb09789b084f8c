"""Pages running `chatkit.browser` under Brython against the emulator, for the controller tests.

The Brython runtime and the v1 chatkit bundle are built once per session, as `chatkit build`
ships them (by default: compiled ahead of time, the runtime without its compiler; with
`ahead_of_time=False`, what it ships without the [fast] extra: the full runtime and
Python that the page compiles), and served by the session's `chatkit_server`; each page
gets its own hooks module, made of the test's Python between a prologue and an epilogue:

- the prologue puts `window.__py(name)` on the page: it imports module `name` (Python a
  test compiled and handed to the page, see `run_python`) and returns JSON of its
  `result`, or of the exception it raised, so a test can run Python at any moment;
- the epilogue sets `window.__hooksDone`, which `open_python` waits for.
"""

import functools
import itertools
import json

from chatkit.build import assets as build
from chatkit.build import compiled, engine, runtime
from chatkit.build.hooks import Hooks

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


def _py(name):
    try:
        module = __import__(name)
    except Exception as error:
        return window.JSON.stringify(_plain({"raised": type(error).__name__,
                                             "message": str(error)}))
    return window.JSON.stringify(_plain(getattr(module, "result", None)))


window.__py = _py
'''
EPILOGUE = "\nwindow.__hooksDone = True\n"
# What the Python run by `run_python` has in scope, as the hooks have.
RUN_PROLOGUE = ("from browser import document, window\n"
                "from chatkit.browser import UNSET, ValidationError, chat\n")
LOAD_AND_RUN = """([name, js, source]) => {
    const B = window.__BRYTHON__;
    B.loadBrythonPackage({"$timestamp": 1, [name]: [".py", source, []]});
    if (js !== null) { B.precompiled[name] = js; }
    return window.__py(name);
}"""
_run_names = itertools.count()


def report_dict(report):
    """Python source: an InfoReport as plain data (for `result = ...`)."""
    return ("{'accepted': %s.accepted, 'warnings': %s.warnings}" % (report, report))


class PythonPages:
    """Builds hooks modules, serves them, and opens pages whose snippet loads them."""

    def __init__(self, server, directory, chatkit_open, ahead_of_time=True):
        self.server = server
        self.directory = directory
        self.open = chatkit_open
        self.ahead_of_time = ahead_of_time
        self.base = [self._serve(asset) for asset in _runtime_and_bundle(ahead_of_time)]

    def _serve(self, asset):
        self.server.add(ASSETS + asset.name, asset.content, JAVASCRIPT)
        return {"src": self.server.url + ASSETS + asset.name, "integrity": asset.integrity}

    def assets(self, hooks="", name="hooks"):
        """The snippet's `python_assets` for a hooks module made of `hooks`."""
        path = self.directory / (name + ".py")
        path.write_text(PROLOGUE + hooks + EPILOGUE, encoding="utf-8")
        module = Hooks(path)
        if not self.ahead_of_time:
            return {"scripts": self.base + [self._serve(build.hooks_asset(module))],
                    "boot": {"python": compiled.BOOT % (name, "v1")}}
        js = compiled.compile_hooks(module)
        return {"scripts": self.base + [self._serve(build.hooks_asset(module, js))],
                "boot": {"js": compiled.compile_boot(name, "v1")}}

    def page(self, hooks="", config=None, scenario=None, body="", started=True, assets=None,
             wait_hooks=True, **options):
        """Open a page with the config's snippet and these hooks; returns the EmulatorPage."""
        chat = self.open(config or {}, scenario=scenario, body=body, started=started,
                         python_assets=assets or self.assets(hooks), **options)
        if wait_hooks:
            chat.page.wait_for_function("() => window.__hooksDone === true", timeout=15_000)
        return chat


def run_python(chat, source, ahead_of_time=True):
    """Run Python in the page, as a module of its own that Brython's compiler compiled here
    (the page may have none) or, not `ahead_of_time`, as Python source for the page to
    compile; returns its `result` (or what it raised) as JSON data."""
    name = "__run_%d" % next(_run_names)
    source = RUN_PROLOGUE + source
    js = engine.compile_module(name, source, "VFS.%s.py" % name) if ahead_of_time else None
    return json.loads(chat.page.evaluate(LOAD_AND_RUN, [name, js, source]))


@functools.cache
def _runtime_and_bundle(ahead_of_time):
    if ahead_of_time:
        return build.Asset("brython", runtime.path().read_bytes()), build.bundle_asset("v1")
    return build.runtime_asset(), build.source_bundle_asset("v1")
