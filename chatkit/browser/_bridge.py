"""The page's side of `chat`: the one module that touches the page's JavaScript.

The snippet's loader runs `_bridge.run("hooks", api="v1", runtime="brython")` (the
config's `[chat] api` and `[python] runtime`) once the runtime, the chatkit bundle
and the hooks have loaded.  It sets `chat.api`, imports the hooks, then shakes
hands with the snippet through `window.__chatkit`, whichever of them came first:

- v1: the snippet's `onInit(bus)` sets `__chatkit.bus` and calls `__chatkit.onBus(bus)`;
- v2: the snippet's callback sets `__chatkit.chatApp` and calls `__chatkit.onChatApp(chatApp)`;
- with `[server]`, either: the snippet sets `__chatkit.availability` (chatkit server's
  /v1/status) and calls `__chatkit.onAvailability(status)`: `chat.on("availability", ...)`.
  The hooks' v2 events arrive through ONE `chatApp.setProxy({...})` of the eleven
  callbacks (see `_v2`), unless the snippet made that call itself as the chat started
  (8x8: setProxy "should be called during initialization ... before the chat starts")
  with callbacks that forward to `__chatkit.callbacks[name]`: then the bridge fills
  `__chatkit.callbacks` instead, and never calls setProxy late.

Values cross here and only here (BRYTHON.md), through the runtime's adapter
(`_brython` or `_micropython`, imported by `runtime`: a page ships only its own):
Python None goes out as JavaScript null and ints as Numbers; handlers get dicts,
lists and None (for null and undefined) back, never JS proxies; and no Python
exception, nor a JavaScript error from the chat, is ever thrown back into the
chat's JavaScript.
"""

from chatkit.browser import UNSET, chat
from chatkit.browser.versions import V1, V2

BRYTHON = "brython"
MICROPYTHON = "micropython"


class _NoRuntimeYet:
    """`page` until `run` sets the runtime's adapter module: any use of it says so."""

    def __getattr__(self, name):
        raise RuntimeError("chatkit.browser._bridge.run has not set the runtime yet (%s)" % name)


page = _NoRuntimeYet()  # the runtime's adapter module, set by `run`


def runtime_adapter(runtime):
    """The adapter module of `runtime` ("brython" or "micropython"), imported here: a
    page's bundle holds only its own runtime's (`chatkit.build.bundle`)."""
    if runtime == MICROPYTHON:
        import chatkit.browser._micropython as micropython
        return micropython
    import chatkit.browser._brython as brython
    return brython


def run(hooks_module, api=V1, runtime=BRYTHON):
    """Set `chat.api`, import the hooks module, then connect `chat` to the page's chat."""
    global page
    page = runtime_adapter(runtime)
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
        connect()


def connect():
    """Connect `chat` to the page's chat (once the bus or chatApp is there).  `run` does it
    after the hooks; the MicroPython loader again when a JavaScript error thrown in the
    hooks unwound `run` itself (no `finally` runs there: `_micropython`)."""
    state = _state()
    state.onBus = page.callback(_on_bus, "handing over the v1 chat's bus")
    state.onChatApp = page.callback(_on_chat_app, "handing over the v2 chat's chatApp")
    state.onAvailability = page.callback(_on_availability,
                                         "handing over chatkit server's availability")
    if _defined(state, "availability"):
        _on_availability(state.availability)
    if _defined(state, "bus"):
        _on_bus(state.bus)
    if _defined(state, "chatApp"):
        _on_chat_app(state.chatApp)


def _state():
    """`window.__chatkit`, shared with the snippet (which may not have run yet)."""
    if not _defined(page.window, "__chatkit"):
        page.window.__chatkit = page.new_object()
    return page.window.__chatkit


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
            page.call(self.raw, "publish", topic)
        else:
            page.call(self.raw, "publish", topic, to_js(data))

    def subscribe(self, topic, deliver):
        # The bus calls listener(data) (the emulator once passed (data, meta)): take any.
        return JavaScriptSubscription(page.call(self.raw, "subscribe", topic,
                                                from_javascript(topic, deliver)))


class JavaScriptSubscription:
    """What the bus's `subscribe` returned: `remove()` calls its own."""

    def __init__(self, raw):
        self.raw = raw

    def remove(self):
        page.call(self.raw, "remove")


class PageChatApp:
    """The v2 chat's JavaScript `chatApp`, with Python values on the Python side.

    Its methods are chatApp's (`setCustomerInfo`, `startChat`, ...): each call
    converts its arguments, calls chatApp's method, and returns None.
    """

    def __init__(self, raw):
        self.raw = raw

    def __getattr__(self, method):
        if method.startswith("__") or not _defined(self.raw, method):
            raise AttributeError(method)

        def call(*args):
            page.call(self.raw, method, *[to_js(arg) for arg in args])

        return call

    def setProxy(self, callbacks):
        # Called once per chatApp (`_v2`): what a second setProxy does is not documented.
        state = _state()
        forwarded = _defined(state, "callbacks")  # the snippet's own setProxy forwards there
        proxy = state.callbacks if forwarded else page.new_object()
        for name, callback in callbacks.items():
            proxy[name] = from_javascript(name, callback)
        if not forwarded:
            page.call(self.raw, "setProxy", proxy)


def from_javascript(name, deliver):
    """A function JavaScript may call: its first argument as a Python value to `deliver`,
    and nothing thrown back (Brython would re-throw a Python exception into the caller)."""

    def callback(*args):
        try:
            deliver(to_python(args[0]) if args else None)
        except BaseException as error:
            chat.logger.error("delivering %s failed" % name, error)
        return page.UNDEFINED

    return page.callback(callback, "delivering %s" % name)


def to_js(value):
    """A value as the chat reads it: in a dict, None as null (Brython's None is a truthy
    object there) and ints the runtime cannot hand over as they are (beyond ±2**53 on
    Brython, ±2**31 on MicroPython; the checks let none beyond 2**53 through) as Numbers."""
    if isinstance(value, dict):
        return page.to_js({key: _js_value(item) for key, item in value.items()})
    if isinstance(value, (list, tuple)):
        return page.to_js([_js_value(item) for item in value])
    return page.to_js(_js_value(value))


def _js_value(item):
    if item is None:
        return page.NULL
    if isinstance(item, int) and not isinstance(item, bool) and abs(item) > page.INT_LIMIT:
        return float(item)
    return item


def to_python(value):
    """JavaScript data as Python values: dicts, lists, None for null and undefined."""
    if _missing(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return page.number(value)
    if isinstance(value, (str, bool)):
        return value
    if page.window.Array.isArray(value):
        return [to_python(item) for item in value]
    if page.is_js_object(value):
        return {key: to_python(value[key]) for key in page.window.Object.keys(value)}
    return value


def page_value(value):
    """A value handed to `chat`: JavaScript null is None, undefined is UNSET, an Array a list."""
    if value is page.NULL:
        return None
    if value is page.UNDEFINED:
        return UNSET
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return page.number(value)
    if not isinstance(value, (str, list, dict, tuple, bool, int, float)) and \
            value is not None and page.window.Array.isArray(value):
        return [page_value(item) for item in value]
    return value


def _missing(value):
    return value is page.NULL or value is page.UNDEFINED or value is None


def _defined(obj, name):
    return not _missing(page.window.Reflect.get(obj, name))


class ConsoleLogger:
    """Problems to the browser console, prefixed "chatkit:", exceptions with their traceback."""

    def warn(self, message):
        page.window.console.warn("chatkit: " + message)

    def error(self, message, error=None):
        text = "chatkit: " + message
        if error is not None:
            text += "\n" + page.trace(error)
        page.window.console.error(text)
