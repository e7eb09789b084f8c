"""The Python runtimes a `[python]` page can run (`[python] runtime`, SPEC 6).

`"brython"` (the default): Brython 3.15, the hooks compiled ahead of time to
JavaScript; the page's CSP needs `'unsafe-eval'`.  `"micropython"`: MicroPython's
WebAssembly port (`chatkit.build.micropython`); the CSP needs `'wasm-unsafe-eval'`.
The same hooks and the same `chatkit.browser` API run on both.
"""

from chatkit.errors import Problem

BRYTHON, MICROPYTHON = "brython", "micropython"
RUNTIMES = (BRYTHON, MICROPYTHON)
DEFAULT = BRYTHON
# What each runtime needs in the page's Content-Security-Policy `script-src`, besides the
# asset origin (which MicroPython also needs in `connect-src`: it fetches its wasm).
CSP_SCRIPT_SRC = {BRYTHON: "'unsafe-eval'", MICROPYTHON: "'wasm-unsafe-eval'"}


def runtime_of(config):
    """The config's `[python] runtime` ("brython" when not set)."""
    return DEFAULT if config.python is None else config.python.runtime


def check_runtime(value):
    """Problems of a `[python] runtime` value ([] when it is one of RUNTIMES or not set)."""
    if value is None or value in RUNTIMES:
        return []
    return [Problem("python.runtime", value, "must be %s" % " or ".join('"%s"' % r
                                                                       for r in RUNTIMES))]
