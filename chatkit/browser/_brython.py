"""The Brython runtime's side of the bridge: how JavaScript values look from Brython.

`chatkit.browser._bridge` reads every JavaScript value through a runtime adapter,
this one or `_micropython`, as the boot's `runtime=` says; only a Brython page
ships this module (`chatkit.build.bundle`).  Brython converts a dict or a list
passed to JavaScript deeply, catches JavaScript errors as Python exceptions, and
shows JavaScript null and undefined as `javascript.NULL` and `UNDEFINED` (neither
is None: BRYTHON.md).
"""

import javascript
from browser import window

NULL = javascript.NULL
UNDEFINED = javascript.UNDEFINED
# Brython hands JavaScript an int beyond this as a BigInt, which is not a number to the
# chat (it discards it as "not of a primitive type") nor to JSON.
INT_LIMIT = 2**53 - 1


def is_js_object(value):
    """Whether `value` is a JavaScript object (not a Python value Brython made of one)."""
    return isinstance(value, javascript.JSObject)


def number(value):
    """A JavaScript number as Python sees it: Brython already gives ints for whole numbers."""
    return value


def new_object():
    return window.Object.new()


def to_js(value):
    """Python data (None already made NULL) as a JavaScript function receives it."""
    return value


def call(target, method, *args):
    """`target.method(*args)`; a JavaScript error is a Python exception here."""
    return getattr(target, method)(*args)


def callback(function, what):
    """A Python function JavaScript may call (`function` already catches Python errors)."""
    return function


def trace(error):
    """The traceback of a Python exception, as Brython prints it."""
    return window.__BRYTHON__.error_trace(error)
