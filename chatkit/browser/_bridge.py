"""The page's side of `chat`: the one module that touches Brython's `browser` and `javascript`.

The snippet's loader runs `_bridge.run("hooks")` once Brython, the chatkit
bundle and the hooks have loaded.  It imports the hooks, then shakes hands
with the snippet's `onInit` through `window.__chatkit`: the bus is taken from
`__chatkit.bus` when the chat came first, or handed to `__chatkit.onBus` when
it comes later.  Values cross here and only here: Python None goes out as
JavaScript null, and handlers get dicts, lists and None back, never JS proxies.
"""

import javascript
from browser import window

from chatkit.browser import UNSET, chat

NULL = javascript.NULL
UNDEFINED = javascript.UNDEFINED


def run(hooks_module):
    """Import the hooks module, then connect `chat` to the chat's bus."""
    chat.logger = ConsoleLogger()
    chat.page_value = page_value
    try:
        __import__(hooks_module)
    except Exception as error:
        chat.logger.error("the hooks module %s failed" % hooks_module, error)
    finally:
        _connect()


def _connect():
    state = _state()
    state.onBus = _on_bus
    if _defined(state, "bus"):
        _on_bus(state.bus)


def _state():
    """`window.__chatkit`, shared with the snippet (which may not have run yet)."""
    if not _defined(window, "__chatkit"):
        window.__chatkit = window.Object.new()
    return window.__chatkit


def _on_bus(*args):
    # Called by the snippet's JavaScript: an exception must not escape into it.
    try:
        if args and not _missing(args[0]):
            chat.attach(_bus_for(args[0]))
    except Exception as error:
        chat.logger.error("connecting to the chat's bus failed", error)


_buses = []  # type: list[PageBus]


def _bus_for(raw):
    """One PageBus per JS bus, so a bus handed over twice is attached once."""
    for bus in _buses:
        if bus.raw == raw:
            return bus
    bus = PageBus(raw)
    _buses.append(bus)
    return bus


class PageBus:
    """The chat's JavaScript bus, with Python values on the Python side."""

    def __init__(self, raw):
        self.raw = raw

    def publish(self, topic, data=None):
        if data is None:
            self.raw.publish(topic)
        else:
            self.raw.publish(topic, to_js(data))

    def subscribe(self, topic, deliver):
        def handler(*args):
            # The bus calls handler(data, meta); `deliver` already isolates the
            # Python handler, this guards the conversion of the data.
            try:
                deliver(to_python(args[0]) if args else None)
            except BaseException as error:
                chat.logger.error("delivering %s failed" % topic, error)

        return self.raw.subscribe(topic, handler)


# Brython hands JavaScript an int beyond this as a BigInt, which is not a number to the
# chat (it discards it as "not of a primitive type") nor to JSON.
_MAX_SAFE_INTEGER = 2**53 - 1


def to_js(value):
    """A dict's values as the chat reads them: None as null (Brython's None is a truthy
    object there), ±2**53 (the checks let no bigger int through) as a Number."""
    if isinstance(value, dict):
        return {key: _js_value(item) for key, item in value.items()}
    return value


def _js_value(item):
    if item is None:
        return NULL
    if isinstance(item, int) and not isinstance(item, bool) and abs(item) > _MAX_SAFE_INTEGER:
        return float(item)
    return item


def to_python(value):
    """JavaScript data as Python values: dicts, lists, None for null and undefined."""
    if _missing(value):
        return None
    if isinstance(value, (str, bool, int, float)):
        return value
    if window.Array.isArray(value):
        return [to_python(item) for item in value]
    if isinstance(value, javascript.JSObject):
        return {key: to_python(value[key]) for key in window.Object.keys(value)}
    return value


def page_value(value):
    """A value handed to `chat`: JavaScript null is None, undefined is UNSET."""
    if value is NULL:
        return None
    if value is UNDEFINED:
        return UNSET
    return value


def _missing(value):
    return value is NULL or value is UNDEFINED or value is None


def _defined(obj, name):
    return not _missing(window.Reflect.get(obj, name))


class ConsoleLogger:
    """Problems to the browser console, prefixed "chatkit:", exceptions with their traceback."""

    def warn(self, message):
        window.console.warn("chatkit: " + message)

    def error(self, message, error=None):
        text = "chatkit: " + message
        if error is not None:
            text += "\n" + window.__BRYTHON__.error_trace(error)
        window.console.error(text)
