"""MicroPython's WebAssembly port as a page's Python runtime (`[python] runtime = "micropython"`).

The runtime is the npm package `@micropython/micropython-webassembly-pyscript`
1.27.0, vendored unchanged in `static/micropython/` with its licence (nothing is
fetched from a CDN or npm at build or run time).  `chatkit build` ships:

- `micropython.<hash>.mjs`: the package's module without what a page never runs
  (`CUTS`: Node's command line, Emscripten's debugging checks), and with two
  expressions patched (`PATCHES`): the loader compiles the wasm itself, from a `fetch` with its SRI
  hash (the package would fetch it unchecked), and a JavaScript number that is a
  whole number beyond 32 bits reaches Python as a float (the package hands Python
  its lowest 32 bits: 2**40 read as 0).  Pinned by the hashes of the vendored files;
- `micropython.<hash>.wasm`: the package's WebAssembly, unchanged;
- `chatkit.<hash>.js` and `<hooks>.<hash>.js`: scripts that hand the loader the
  Python source of chatkit's bundle (the config's chat version, this runtime's
  adapter and the `browser`/`javascript` stand-ins of `chatkit.browser.compat`) and
  of the hooks, as files of MicroPython's file system (`FILES_KEY`);
- the boot (Python) that the loader runs once all have arrived.

MicroPython compiles the Python in the page (its compiler is small and quick);
the page needs `'wasm-unsafe-eval'` in its Content-Security-Policy, not
`'unsafe-eval'`.
"""

import base64
import functools
import hashlib
import re

from chatkit._resources import resource_dir
from chatkit.build._js import json_text

FOLDER = "micropython"
MODULE, WASM = "micropython.mjs", "micropython.wasm"
VERSION = "1.27.0"
PACKAGE = "@micropython/micropython-webassembly-pyscript"
PINNED = {
    MODULE: "sha384-pTh27vwgwbrlkqcpneJMeWRhpWWQa5WuHBP/4mwjXhfosEA2GUsdwFlMQAJj32RJ",
    WASM: "sha384-7mV+jZUdH323Mlou5O1DcMg5PC7VYJpWhjAgBL7/haGBA2kc8+GlMBKugmhhn0Zl",
}
# (what the package's module says, what chatkit ships instead): each found exactly once.
PATCHES = (
    # The loader's own `instantiateWasm(imports, done)` (an Emscripten hook the package's
    # loadMicroPython does not pass on): it fetches the wasm with its integrity.
    ("let Module={locateFile:(path,scriptDirectory)=>url||scriptDirectory+path}",
     "let Module={locateFile:(path,scriptDirectory)=>url||scriptDirectory+path,"
     "instantiateWasm:options.instantiateWasm}"),
    # A whole number beyond 32 bits goes the way of other numbers (a float), not truncated.
    ('else if("number"==typeof js_obj)if(Number.isInteger(js_obj))',
     'else if("number"==typeof js_obj)if(Number.isInteger(js_obj)&&js_obj>=-2147483648'
     '&&js_obj<=2147483647)'),
)
# The modules MicroPython 1.27's PyScript variant has built in (or frozen), as its
# `help("modules")` lists them (a test asks it in Chromium).
MODULES = frozenset((
    "__main__", "_asyncio", "abc", "array", "asyncio", "asyncio.core", "asyncio.event",
    "asyncio.funcs", "asyncio.lock", "base64", "binascii", "builtins", "cmath", "collections",
    "collections.defaultdict", "copy", "datetime", "deflate", "errno", "fnmatch", "framebuf",
    "functools", "gc", "gzip", "hashlib", "heapq", "hmac", "html", "inspect", "io",
    "itertools", "js", "jsffi", "json", "locale", "logging", "math", "micropython", "operator",
    "os", "os.path", "pathlib", "platform", "random", "re", "select", "stat", "string",
    "struct", "sys", "tarfile", "tarfile.write", "time", "types", "uctypes", "unittest", "uu",
    "vfs", "zlib",
))
# What of the package's module a page never runs, cut as it ships (about 2 KB gzip of the
# 230 KB budget): (why, a regular expression, what it must match, the replacement).
CUTS = (
    # Emscripten's checks that the (pinned) wasm exports what the module calls.
    ("the checks of the wasm's exports",
     r'assert\(void 0!==wasmExports\.[A-Za-z0-9_]+,"missing Wasm export: [A-Za-z0-9_]+"\),',
     38, ""),
    # Getters that only say "was not exported" when code reads one of Emscripten's internals.
    ("the getters of Emscripten's internals",
     r'\[(?:"[A-Za-z0-9_$]+",)+"[A-Za-z0-9_$]+"\]\.forEach\(unexportedRuntimeSymbol\)', 1,
     "[].forEach(unexportedRuntimeSymbol)"),
    # The command line of `node micropython.mjs` (a REPL, a script runner).
    ("Node's command line",
     r',"object"==typeof process&&"object"==typeof process\.versions&&"string"==typeof '
     r'process\.versions\.node&&process\.argv\.length>1\)\{.*?\}\(\)\}(?=class PyProxy\{)',
     1, ",!1);"),
)
# Where the chatkit and hooks scripts put their files for the loader: window.__chatkit[KEY].
FILES_KEY = "pythonFiles"
# /lib first: each import looks there before anywhere else (a miss costs an Emscripten error).
BOOT = ("import sys\nsys.path.insert(0, '/lib')\nfrom chatkit.browser import _bridge\n"
        "_bridge.run(%r, api=%r, runtime='micropython')\n")


def integrity(content):
    return "sha384-" + base64.b64encode(hashlib.sha384(content).digest()).decode()


def vendored(name):
    """The bytes of a vendored file, checked against its pinned hash."""
    content = (resource_dir("static") / FOLDER / name).read_bytes()
    if integrity(content) != PINNED[name]:
        raise ValueError("static/%s/%s is not %s %s's (its hash changed): vendor the "
                         "package again and update chatkit.build.micropython"
                         % (FOLDER, name, PACKAGE, VERSION))
    return content


@functools.cache
def module():
    """The package's micropython.mjs with PATCHES applied."""
    text = vendored(MODULE).decode("utf-8")
    for old, new in PATCHES:
        if text.count(old) != 1:
            raise ValueError("%s changed: %r is not in it once" % (MODULE, old[:40]))
        text = text.replace(old, new)
    for why, pattern, count, replacement in CUTS:
        text, found = re.subn(pattern, _literally(replacement), text, flags=re.DOTALL)
        if found != count:
            raise ValueError("%s changed: %s found %d times, not %d" % (MODULE, why, found, count))
    return text.encode("utf-8")


def _literally(replacement):
    """A re.sub replacement that is `replacement` as it is (no backslash escapes read)."""
    return lambda match: replacement


@functools.cache
def wasm():
    return vendored(WASM)


def files_script(what, files):
    """A script that hands the loader `files` ({path in MicroPython's file system: Python
    source}); guarded, and ASCII (`json_text`: no `<!--`, `-->` or `</script` either)."""
    return ("// %s for MicroPython, written by `chatkit build`: do not edit.\n"
            "(function (c) {\n"
            "    var files = c.%s = c.%s || {}, more = %s;\n"
            "    for (var path in more) { files[path] = more[path]; }\n"
            "})(window.__chatkit = window.__chatkit || {});\n"
            % (what, FILES_KEY, FILES_KEY, json_text(files))).encode("ascii")


def boot(hooks_module, api):
    return BOOT % (hooks_module, api)
