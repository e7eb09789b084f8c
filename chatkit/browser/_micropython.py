"""The MicroPython runtime's side of the bridge: how JavaScript values look from MicroPython.

`chatkit.browser._bridge` reads every JavaScript value through a runtime adapter,
this one or `_brython`, as the boot's `runtime=` says; only a MicroPython page
ships this module (`chatkit.build.bundle`).  What MicroPython 1.27's WebAssembly
port does differently, each found by chatkit's tests:

- a dict or a list passed to JavaScript arrives as a proxy of the Python object,
  not as an object or an Array: `to_js` converts it (`jsffi.to_js`) first;
- an int crosses as a 32-bit integer, truncated (2**40 arrives as 0): `to_js` sends
  a bigger one as a float, which JavaScript holds exactly up to 2**53;
- JavaScript null arrives as None, and undefined as a value of its own;
- a JavaScript error thrown by a call from Python is no Python exception: it
  unwinds through the Python code that made the call, `try` and `finally`
  included, into whatever JavaScript called Python.  So chatkit calls the chat,
  and lets the chat call chatkit, through two JavaScript functions the snippet's
  loader registers as the module `_chatkit_js`: `attempt`, which catches, and
  `guard`, which logs what a callback let through.
"""

import io
import sys

import _chatkit_js
import js
import jsffi

window = js.globalThis
NULL = None
UNDEFINED = js.Reflect.get(window, "__chatkitUndefined__")  # no such name: undefined
INT_LIMIT = 2**31 - 1  # what crosses as an int, either sign
_WHOLE = 2**53  # a float JavaScript holds exactly as a whole number, below this


def is_js_object(value):
    """Whether `value` is a JavaScript object (a proxy MicroPython made of one)."""
    return isinstance(value, jsffi.JsProxy)


def number(value):
    """A JavaScript number: a whole one beyond 32 bits arrives as a float (the loader sees
    to it; unpatched, it arrived truncated) and becomes an int, as Brython gives it."""
    if isinstance(value, float) and value == value and -_WHOLE < value < _WHOLE and \
            value == int(value):
        return int(value)
    return value


def new_object():
    return window.Object.new()


def to_js(value):
    """Python data (None is null here) as a JavaScript function receives it: objects and
    Arrays, ints beyond 32 bits as floats."""
    return jsffi.to_js(_plain(value)) if isinstance(value, (dict, list, tuple)) else \
        _plain(value)


def _plain(value):
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > INT_LIMIT:
        return float(value)
    return value


def call(target, method, *args):
    """`target.method(*args)`; a JavaScript error raises JavaScriptError here."""
    result = _chatkit_js.attempt(target, method, jsffi.to_js([to_js(arg) for arg in args]))
    if not result[0]:
        raise JavaScriptError(result[1])
    return result[1]


def callback(function, what):
    """`function` as JavaScript calls it: whatever a JavaScript call inside it throws is
    logged ("chatkit: `what` failed") and goes no further."""
    return _chatkit_js.guard(function, what)


def trace(error):
    """The traceback of a Python exception, as MicroPython prints it."""
    text = io.StringIO()
    sys.print_exception(error, text)  # type: ignore[attr-defined]  # MicroPython's own sys
    return text.getvalue().rstrip("\n")


class JavaScriptError(Exception):
    """A JavaScript error thrown by a call chatkit made (its message, as JavaScript says it)."""
