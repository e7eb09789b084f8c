"""Brython's own compiler, run under CPython in an embedded V8 (`mini-racer`, a dependency).

With it, `chatkit build` compiles the hooks and the boot to the JavaScript that
Brython would compile them to in the page, so the page compiles nothing and can
load Brython without its compiler (`chatkit.build.runtime`).  The same engine
writes the precompiled chatkit bundle (`python -m chatkit.build.precompile`).

brython.js runs here as it is, with a few stand-ins for what a browser has and V8
alone lacks (`self`, `location`, `document`, `URL`), and `Math.random` pinned
while it loads: Brython seeds the counter it names functions with from it.  The
one change to its text gives the compiler a way to reset that counter, so a
module compiles to the same bytes whatever was compiled before it.

    >>> compile_module("hooks", "x = 1\\n", "VFS.hooks.py")[:28]
    'var $B=__BRYTHON__,\\n_b_=$B.b'
"""

import atexit
import functools
import threading

from chatkit.build._js import minify
from chatkit.errors import ChatkitError

# What brython.js reads from a browser as it loads; nothing here runs in a page.
SHIMS = """
Math.random = function () { return 0; };
globalThis.self = globalThis;
globalThis.window = globalThis;
globalThis.location = {href: "http://chatkit.invalid/", origin: "http://chatkit.invalid",
                       pathname: "/"};
globalThis.document = {getElementsByTagName: () => [{src: "http://chatkit.invalid/b.js"}],
                       currentScript: {src: "http://chatkit.invalid/b.js"},
                       querySelectorAll: () => [], addEventListener: () => {}};
globalThis.addEventListener = function () {};
globalThis.URL = function (url) {
    var parts = /^([a-z]+:)\\/\\/([^\\/?#]*)([^?#]*)(\\?[^#]*)?(#.*)?$/.exec(url);
    if (!parts) { throw new TypeError("Invalid URL: " + url); }
    this.href = url; this.protocol = parts[1]; this.host = parts[2];
    this.pathname = parts[3] || "/"; this.search = parts[4] || ""; this.hash = parts[5] || "";
};
"""
COUNTER = "var uuid=Math.floor(Math.random()*1000000)"
RESETTABLE_COUNTER = "var uuid=0\n$B.chatkitResetIds=function(){uuid=0}"

# Compiles `source` as Brython does for an imported module (run_py) or for a script
# (run_script); a Python error comes back as {error, type, lineno}, never thrown.
COMPILE = """(function (source, name, filename, imported) {
    const B = __BRYTHON__;
    B.chatkitResetIds();
    B.file_cache[filename] = source;
    B.url2name[filename] = name;
    try {
        const src = imported ? {src: source, filename, imported: true} : {src: source, filename};
        return {js: B.py2js(src, name, name, B.builtins_scope).to_js()};
    } catch (error) {
        const python = error.ob_type !== undefined;
        return {error: String(python ? error.msg : error.message),
                type: python ? error.ob_type.tp_name : error.constructor.name,
                lineno: python && typeof error.lineno === "number" ? error.lineno : null};
    } finally {
        delete B.file_cache[filename];
        delete B.url2name[filename];
    }
})"""
TIMEOUT_SECONDS = 120
INSTALL_HINT = "`pip install mini-racer`"


class CompileError(ChatkitError):
    """Brython's compiler refused the source: `message`, `kind` (its exception type), `lineno`."""

    def __init__(self, message, kind, lineno):
        super().__init__(message)
        self.message, self.kind, self.lineno = message, kind, lineno


def missing():
    """Why the engine cannot run here (a sentence), or None when it can.

    mini-racer is a dependency, yet a platform without its wheel, or a V8 that cannot
    start (no executable memory), leaves chatkit without it: `chatkit build` then says so.
    """
    try:
        import py_mini_racer  # noqa: F401
    except ImportError:
        return "mini-racer is not installed"
    try:
        _engine()
    except Exception as error:  # noqa: BLE001 - any failure of V8 means no engine
        return "mini-racer cannot run here (%s)" % (str(error).strip().splitlines() or
                                                     [type(error).__name__])[0]
    return None


def compile_module(name, source, filename):
    """The JavaScript Brython compiles module `name` (file `filename`) to, minified.

    Raises CompileError when Brython refuses the source.
    """
    return _compile(source, name, filename, True)


def compile_script(name, source, filename):
    """The JavaScript Brython compiles a script (`runPythonSource`'s) to, minified."""
    return _compile(source, name, filename, False)


def _compile(source, name, filename, imported):
    from py_mini_racer import JSEvalException

    engine = _engine()
    try:
        with engine.lock:
            result = engine.context.call(COMPILE, source, name, filename, imported,
                                         timeout_sec=TIMEOUT_SECONDS)
    except JSEvalException as error:  # out of time or memory
        raise CompileError(str(error).strip().splitlines()[0], type(error).__name__,
                           None) from None
    if "error" in result:
        raise CompileError(result["error"], result["type"], result["lineno"])
    return minify(result["js"])


PARSES = """(function (text) {
    try { new Function(text); return true; } catch (error) { return false; }
})"""


def statement_end(text, start):
    """Where the JavaScript statement that begins at `text[start]` ends: the first line
    end before which V8 parses the text from `start` as a whole program."""
    context = _parser()
    end = text.find("\n", start)
    while end >= 0:
        if context.call(PARSES, text[start:end]):
            return end
        end = text.find("\n", end + 1)
    raise ValueError("no statement ends after %r" % text[start:start + 40])


@functools.cache
def _parser():
    """A bare V8 context, for its parser."""
    return _new_context()


def _new_context():
    """A MiniRacer running on an event loop of its own.

    Made in a thread with no event loop: mini-racer borrows the one running where it is
    made (Playwright's, livereload's), where its synchronous calls fail.  Closed before
    the interpreter stops its threads: left to the garbage collector at exit, mini-racer's
    clean-up waits forever for a thread that is gone.
    """
    from py_mini_racer import MiniRacer

    made: list = []
    thread = threading.Thread(target=lambda: made.append(_try(MiniRacer)))
    thread.start()
    thread.join()
    context = made[0]
    if isinstance(context, BaseException):
        raise context
    atexit.register(context.close)
    return context


def _try(function):
    try:
        return function()
    except Exception as error:
        return error


class _Engine:
    def __init__(self, context):
        self.context = context
        self.lock = threading.Lock()


@functools.cache
def _engine():
    """One V8 context per process, with the installed brython.js loaded."""
    from chatkit.build.runtime import installed_brython

    text = installed_brython().decode("utf-8")
    if text.count(COUNTER) != 1:
        raise RuntimeError("this brython.js names functions differently: chatkit cannot "
                           "compile for it")
    context = _new_context()
    context.eval(SHIMS)
    context.eval(text.replace(COUNTER, RESETTABLE_COUNTER))
    return _Engine(context)
