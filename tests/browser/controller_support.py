"""Pages running `chatkit.browser` against the emulator, on Brython or MicroPython, for the
controller tests.

The runtime and the v1 chatkit bundle are built once per session, as `chatkit build` ships
them (Brython by default: compiled ahead of time, the runtime without its compiler; with
`ahead_of_time=False`, what it ships without mini-racer: the full runtime and Python that the
page compiles; MicroPython: its module and wasm, the bundle as Python files), and served by
the session's `chatkit_server`; each page gets its own hooks module, made of the test's Python
between a prologue and an epilogue:

- the prologue puts `window.__py(name)` on the page: it imports module `name` (Python a
  test handed to the page, see `run_python`) and returns JSON of its `result`, or of the
  exception it raised, so a test can run Python at any moment; on MicroPython,
  `window.__pyAdd(name, source)` first writes the module's file;
- the epilogue sets `window.__hooksDone`, which `open_python` waits for.

`RUNTIMES` is what a test parametrizes over (the `runtime_name` fixture of conftest.py):
every controller test runs on both.
"""

import functools
import itertools
import json

from chatkit.build import assets as build
from chatkit.build import compiled, engine, features, micropython, runtime
from chatkit.build.hooks import Hooks
from chatkit.snippet import environment

ASSETS = "/chatkit-assets/"
JAVASCRIPT = "text/javascript; charset=utf-8"
WASM = "application/wasm"
BRYTHON, MICROPYTHON = "brython", "micropython"
RUNTIMES = (BRYTHON, MICROPYTHON)

PROLOGUE = '''import javascript
from browser import document, window
from chatkit.browser import UNSET, ValidationError, chat
%(to_js)s

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
        return window.JSON.stringify(_to_js(_plain({"raised": type(error).__name__,
                                                    "message": str(error)})))
    return window.JSON.stringify(_to_js(_plain(getattr(module, "result", None))))


def _add(name, source):
    with open("/lib/%%s.py" %% name, "w") as stream:
        stream.write(source)


window.__py = _py
window.__pyAdd = _add
'''
# How the prologue hands its JSON data to JavaScript: Brython converts a dict itself.
TO_JS = {BRYTHON: "_to_js = lambda value: value\n",
         MICROPYTHON: "from jsffi import to_js as _to_js\n"}
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
ADD_AND_RUN = """([name, source]) => { window.__pyAdd(name, source); return window.__py(name); }"""
_run_names = itertools.count()


def prologue(runtime_name=BRYTHON):
    return PROLOGUE % {"to_js": TO_JS[runtime_name]}


def report_dict(report):
    """Python source: an InfoReport as plain data (for `result = ...`)."""
    return ("{'accepted': %s.accepted, 'warnings': %s.warnings}" % (report, report))


class PythonPages:
    """Builds hooks modules, serves them, and opens pages whose snippet loads them."""

    def __init__(self, server, directory, chatkit_open, ahead_of_time=True, runtime=BRYTHON,
                 api="v1"):
        self.server = server
        self.directory = directory
        self.open = chatkit_open
        self.ahead_of_time = ahead_of_time
        self.runtime = runtime
        self.api = api
        built = _runtime_and_bundle(ahead_of_time, runtime, api)
        self.base = [self._serve(asset) for asset in built.scripts[:2]]
        self.wasm = self._serve(built.wasm, WASM) if built.wasm else None

    def _serve(self, asset, content_type=JAVASCRIPT):
        self.server.add(ASSETS + asset.name, asset.content, content_type)
        return {"src": self.server.url + ASSETS + asset.name, "integrity": asset.integrity}

    def assets(self, hooks="", name="hooks"):
        """The snippet's `python_assets` for a hooks module made of `hooks`."""
        path = self.directory / (name + ".py")
        path.write_text(prologue(self.runtime) + hooks + EPILOGUE, encoding="utf-8")
        module = Hooks(path)
        if self.runtime == MICROPYTHON:
            files = micropython.files_script("hooks", {name + ".py": module.source})
            return {"runtime": MICROPYTHON, "wasm": self.wasm,
                    "scripts": self.base + [self._serve(build.Asset(name, files))],
                    "boot": {"micropython": micropython.boot(name, self.api)}}
        if not self.ahead_of_time:
            return {"scripts": self.base + [self._serve(build.hooks_asset(module))],
                    "boot": {"python": compiled.BOOT % (name, self.api)}}
        js = compiled.compile_hooks(module)
        return {"scripts": self.base + [self._serve(build.hooks_asset(module, js))],
                "boot": {"js": compiled.compile_boot(name, self.api)}}

    def page(self, hooks="", config=None, scenario=None, body="", started=True, assets=None,
             wait_hooks=True, **options):
        """Open a page with the config's snippet and these hooks; returns the EmulatorPage."""
        chat = self.open(config or {}, scenario=scenario, body=body, started=started,
                         python_assets=assets or self.assets(hooks), **options)
        if wait_hooks:
            chat.page.wait_for_function("() => window.__hooksDone === true", timeout=15_000)
        return chat


def run_python(chat, source, ahead_of_time=True):
    """Run Python in the page, as a module of its own: on Brython compiled here by Brython's
    compiler (the page may have none) or, not `ahead_of_time`, as Python source for the page
    to compile; on MicroPython written to its file system.  Returns its `result` (or what it
    raised) as JSON data."""
    return run_in(chat.page, source, ahead_of_time)


def run_in(page, source, ahead_of_time=True):
    """`run_python` on a Playwright page."""
    name = "__run_%d" % next(_run_names)
    source = RUN_PROLOGUE + source
    if page.evaluate("() => window.__BRYTHON__ === undefined"):
        return json.loads(page.evaluate(ADD_AND_RUN, [name, source]))
    js = engine.compile_module(name, source, "VFS.%s.py" % name) if ahead_of_time else None
    return json.loads(page.evaluate(LOAD_AND_RUN, [name, js, source]))


def loader_script(python_assets):
    """A <script> with the snippet's own [python] loader (no chat snippet around it): the
    page loads the runtime, the bundle and the hooks as a tenant's page does."""
    loader = environment().get_template("python-loader.js.j2").render(python=python_assets,
                                                                      nonce=None)
    return ("<script>\n(function (w, d) {\n    \"use strict\";\n    var nonce = null;\n%s"
            "})(window, document);\n</script>\n" % loader)


@functools.cache
def _runtime_and_bundle(ahead_of_time, runtime_name, api):
    """A Build whose first two scripts are the runtime and the bundle (and the wasm)."""
    if runtime_name == MICROPYTHON:
        bundle = micropython.files_script("chatkit browser bundle (%s)" % api,
                                          build.micropython_bundle_files(api))
        return build.Build([build.Asset("micropython", micropython.module(), "mjs"),
                            build.Asset("chatkit", bundle)], {}, [], [], MICROPYTHON,
                           build.Asset("micropython", micropython.wasm(), "wasm"))
    if ahead_of_time:
        # The runtime without its compiler and without every optional part: what a build
        # ships to hooks that use none of them, so every browser test runs on the leanest.
        lean = features.without(runtime.path().read_bytes(), set())
        return build.Build([build.Asset("brython", lean), build.bundle_asset(api)], {}, [], [])
    return build.Build([build.runtime_asset(), build.source_bundle_asset(api)], {}, [], [])
