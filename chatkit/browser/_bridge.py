"""The page's side of `chat`: the one module that touches Brython's `browser` and `javascript`.

The snippet's loader runs `_bridge.run("hooks", api="v1")` (or `api="v2"`, the
config's `[chat] api`) once Brython, the chatkit bundle and the hooks have
loaded.  It sets `chat.api`, imports the hooks, then shakes hands with the
snippet through `window.__chatkit`, whichever of them came first:

- v1: the snippet's `onInit(bus)` sets `__chatkit.bus` and calls `__chatkit.onBus(bus)`;
- v2: the snippet's callback sets `__chatkit.chatApp` and calls `__chatkit.onChatApp(chatApp)`;
- with `[server]`, either: the snippet sets `__chatkit.availability` (chatkit server's
  /v1/status) and calls `__chatkit.onAvailability(status)`: `chat.on("availability", ...)`.
  The hooks' v2 events arrive through ONE `chatApp.setProxy({...})` of the eleven
  callbacks (see `_v2`), unless the snippet made that call itself as the chat started
  (8x8: setProxy "should be called during initialization ... before the chat starts")
  with callbacks that forward to `__chatkit.callbacks[name]`: then the bridge fills
  `__chatkit.callbacks` instead, and never calls setProxy late.

Values cross here and only here (BRYTHON.md): Python None goes out as
JavaScript null and ints as Numbers; handlers get dicts, lists and None (for
null and undefined) back, never JS proxies; and no Python exception is ever
thrown back into the chat's JavaScript.
"""

import javascript
from browser import window

from chatkit.browser import UNSET, chat
from chatkit.browser.versions import V1, V2

NULL = javascript.NULL
UNDEFINED = javascript.UNDEFINED


def run(hooks_module, api=V1):
    """Set `chat.api`, import the hooks module, then connect `chat` to the page's chat."""
    chat.logger = ConsoleLogger()
    chat.page_value = page_value
    try:
        chat.api = api
    except Exception as error:
        chat.logger.error("the hooks did not run", error)
        return
    try:
        __import__(hooks_module)
    except Exception as error:
        chat.logger.error("the hooks module %s failed" % hooks_module, error)
    finally:
        _connect()


def _connect():
    state = _state()
    state.onBus = _on_bus
    state.onChatApp = _on_chat_app
    state.onAvailability = _on_availability
    if _defined(state, "availability"):
        _on_availability(state.availability)
    if _defined(state, "bus"):
        _on_bus(state.bus)
    if _defined(state, "chatApp"):
        _on_chat_app(state.chatApp)


def _state():
    """`window.__chatkit`, shared with the snippet (which may not have run yet)."""
    if not _defined(window, "__chatkit"):
        window.__chatkit = window.Object.new()
    return window.__chatkit


def _on_bus(*args):
    _hand_over(V1, args, PageBus)


def _on_chat_app(*args):
    _hand_over(V2, args, PageChatApp)


def _on_availability(*args):
    # The snippet's /v1/status answer ([server]); nothing may escape into its JavaScript.
    try:
        if args and not _missing(args[0]):
            chat.deliver_availability(to_python(args[0]))
    except Exception as error:
        chat.logger.error("delivering the availability failed", error)


def _hand_over(api, args, wrapper):
    # Called by the snippet's JavaScript: an exception must not escape into it.
    try:
        if not args or _missing(args[0]):
            return
        if chat.api != api:
            chat.logger.error('the page\'s chat is the %s chat, but chat.api is "%s" (the '
                              "config's [chat] api): the hooks are not connected" % (api, chat.api))
            return
        chat.attach(_wrapped(args[0], wrapper))
    except Exception as error:
        chat.logger.error("connecting to the %s chat failed" % api, error)


_wrappers = []  # type: list


def _wrapped(raw, wrapper):
    """One wrapper per JS object, so a bus or chatApp handed over twice is attached once."""
    for known in _wrappers:
        if known.raw == raw:
            return known
    known = wrapper(raw)
    _wrappers.append(known)
    return known


class PageBus:
    """The v1 chat's JavaScript bus, with Python values on the Python side."""

    def __init__(self, raw):
        self.raw = raw

    def publish(self, topic, data=None):
        if data is None:
            self.raw.publish(topic)
        else:
            self.raw.publish(topic, to_js(data))

    def subscribe(self, topic, deliver):
        # The bus calls listener(data) (the emulator once passed (data, meta)): take any.
        return self.raw.subscribe(topic, from_javascript(topic, deliver))


class PageChatApp:
    """The v2 chat's JavaScript `chatApp`, with Python values on the Python side.

    Its methods are chatApp's (`setCustomerInfo`, `startChat`, ...): each call
    converts its arguments, calls chatApp's method, and returns None.
    """

    def __init__(self, raw):
        self.raw = raw

    def __getattr__(self, method):
        function = getattr(self.raw, method)

        def call(*args):
            function(*[to_js(arg) for arg in args])

        return call

    def setProxy(self, callbacks):
        # Called once per chatApp (`_v2`): what a second setProxy does is not documented.
        state = _state()
        forwarded = _defined(state, "callbacks")  # the snippet's own setProxy forwards there
        proxy = state.callbacks if forwarded else window.Object.new()
        for name, callback in callbacks.items():
            proxy[name] = from_javascript(name, callback)
        if not forwarded:
            self.raw.setProxy(proxy)


def from_javascript(name, deliver):
    """A function JavaScript may call: its first argument as a Python value to `deliver`,
    and nothing thrown back (Brython would re-throw a Python exception into the caller)."""

    def callback(*args):
        try:
            deliver(to_python(args[0]) if args else None)
        except BaseException as error:
            chat.logger.error("delivering %s failed" % name, error)
        return UNDEFINED

    return callback


# Brython hands JavaScript an int beyond this as a BigInt, which is not a number to the
# chat (it discards it as "not of a primitive type") nor to JSON.
_MAX_SAFE_INTEGER = 2**53 - 1


def to_js(value):
    """A value as the chat reads it: in a dict, None as null (Brython's None is a truthy
    object there) and ±2**53 (the checks let no bigger int through) as a Number."""
    if isinstance(value, dict):
        return {key: _js_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_js_value(item) for item in value]
    return _js_value(value)


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
    """A value handed to `chat`: JavaScript null is None, undefined is UNSET, an Array a list."""
    if value is NULL:
        return None
    if value is UNDEFINED:
        return UNSET
    if not isinstance(value, (str, list)) and window.Array.isArray(value):
        return [page_value(item) for item in value]
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
