"""`chat`: one Python API over both 8x8 chats, the v1 bus and the v2 `chatApp` (SPEC 6).

Every call is checked when it is made (the shared core's rules, the version's
own where they differ), then sent at once or, before the chat is ready, queued
and sent in order once it is.  Problems are warnings (prefixed "chatkit:" in
the console), or a `ValidationError` naming every bad key when `chat.strict`
is set, in which case nothing of that call is sent.  A call or an event the
configured version lacks (`chatkit.browser.versions`) is a warning naming the
version that has it, or a `ValidationError` under `chat.strict`.

What differs by version (the driver, the version's own checks) is in its
adapter, `_v1` or `_v2`, imported when `chat` first needs it (`adapter`): the
page's bundle holds only its own version's adapter and the rules only that
version uses (`chatkit.build.bundle`).  Pure Python: the chat, the logger and
the version are handed in, by `chatkit.browser._bridge` in the page, by a test
under CPython.
"""

from chatkit.browser._availability import EVENT as AVAILABILITY
from chatkit.browser._availability import Availability
from chatkit.browser._checks import check_customer_info, check_dict, check_language
from chatkit.browser._link import Link
from chatkit.browser._subscription import Subscription
from chatkit.browser.versions import ALIASES, APIS, CALLS, EVENTS, V1, V2
from chatkit.errors import ChatkitError, Problem, ValidationError
from chatkit.rules.customer import InfoReport

_adapters = {}  # type: dict


def adapter(api):
    """The adapter module of chat version `api`: `Driver`, `check_variables(variables)`,
    and on v2 `check_quick_replies` and `check_toggle`.

    Imported here, the first time a call needs it, not with this module: a page ships
    only its own version's adapter (`chatkit.build.bundle` stops at the other's).
    >>> adapter("v2").Driver.HAS
    'setProxy'
    """
    module = _adapters.get(api)
    if module is None:
        if api == V2:
            import chatkit.browser._v2 as module
        else:
            import chatkit.browser._v1 as module
        _adapters[api] = module
    return module


class PrintLogger:
    """Where problems go until the page's console logger is installed."""

    def warn(self, message):
        print("chatkit: " + message)

    def error(self, message, error=None):
        print("chatkit: %s: %r" % (message, error) if error is not None else "chatkit: " + message)


class Customer:
    """`chat.customer`: the customer info the chat sends when a chat or offline form starts."""

    def __init__(self, chat):
        self._chat = chat

    def set_info(self, info):
        """Merge `info` into the customer info; returns an `InfoReport`.

        Values: str, int, float, bool; None removes a key; UNSET leaves it as it was.
        >>> chat.customer.set_info({"First name": "John", "Age": 25, "Cart": [1]}).warnings
        ['Customer info Cart is not of a primitive type and will be discarded']
        """
        native = self._chat._native("customer.set_info")
        problems = check_dict(info, "chat.customer.set_info")
        if problems:
            self._chat._reject(problems, native)
            return InfoReport()
        report, problems = check_customer_info(self._chat._from_page(info))
        self._chat._reject(problems, native)
        if report.accepted:
            self._chat._send(native, dict(report.accepted))
        return report

    def reset_info(self):
        """Erase every customer info key set so far.

        >>> chat.customer.reset_info()
        """
        self._chat._send(self._chat._native("customer.reset_info"))


class Chat:
    """The 8x8 chat, driven from Python: `api` "v1" (the bus) or "v2" (chatApp).

    >>> from chatkit.browser import chat
    >>> chat.set_language("pt-BR")
    'pt'
    >>> Chat(api="v2").api
    'v2'
    """

    def __init__(self, logger=None, page_value=None, api=V1):
        self.strict = False
        self.customer = Customer(self)
        # In the page, values read from the DOM may be JavaScript null or undefined:
        # the bridge maps them to None and UNSET, as the chat reads them.
        self.page_value = page_value
        self._link = Link(logger or PrintLogger())
        self._availability = Availability(self._link)
        self._api = V1
        self.api = api

    @property
    def api(self):
        """Which chat the calls drive: "v1" or "v2", the config's `[chat] api`."""
        return self._api

    @api.setter
    def api(self, api):
        if api not in APIS:
            raise ChatkitError('chat.api must be "v1" or "v2", not %r' % (api,))
        if api != self._api and (self.ready or self._link.pending):
            raise ChatkitError('chat.api is "%s": it can change only before the first call'
                               % self._api)
        self._api = api

    @property
    def logger(self):
        """Receives `warn(message)` and `error(message, exception)`: the console in the page."""
        return self._link.logger

    @logger.setter
    def logger(self, logger):
        self._link.logger = logger

    @property
    def ready(self):
        """True once the chat's bus (v1) or chatApp (v2) has been handed over."""
        return self._link.driver is not None

    def attach(self, target):
        """Hand over the chat's bus (v1) or chatApp (v2): queued calls are sent, in order.

        The page's bridge calls it; tests call it with a fake:
        >>> chat.attach(FakeBus())                       # Chat() or Chat(api="v1")
        >>> Chat(api="v2").attach(FakeChatApp())
        """
        current = self._link.driver
        if current is not None and current.target is target:
            return
        driver = adapter(self.api).Driver
        if not hasattr(target, driver.HAS):
            raise ChatkitError('chat.attach: the %s chat hands over %s, not %r'
                               % (self.api, driver.HANDED_OVER, target))
        self._link.attach(driver(target))

    def set_language(self, tag):
        """Set the chat language from a code or BCP 47 tag; returns the code, or None.

        The system messages stay those the snippet chose as the chat started: the chat
        reads them once, then (facts, point 4).
        >>> chat.set_language("zh-Hant")
        'zh-TW'
        """
        native = self._native("set_language")
        code, problems = check_language(tag)
        self._reject(problems, native)
        if code is None:
            return None
        self._send(native, code)
        return code

    def set_variables(self, variables):
        """Set chat script variables by the version's rules; returns what was sent.

        >>> chat.set_variables({"_options": "DEF"})
        {'_options': 'DEF'}
        """
        native = self._native("set_variables")
        problems = check_dict(variables, "chat.set_variables")
        if problems:
            self._reject(problems, native)
            return {}
        payload, problems = adapter(self.api).check_variables(self._from_page(variables))
        self._reject(problems, native)
        if payload:
            self._send(native, payload)
        return payload

    def trigger_invitation(self):
        """v1: open the invitation (from closed or another invitation), if the script has one."""
        self._send(self._native("trigger_invitation"))

    def trigger_pre_chat(self):
        """v1: open the pre-chat form (from closed or the invitation), if the script has one."""
        self._send(self._native("trigger_pre_chat"))

    def trigger_chat_window(self):
        """Open the chat window (v1: from any phase but the chat window; v2: `startChat()`)."""
        self._send(self._native("trigger_chat_window"))

    def end(self):
        """End the chat (v1: asks the customer first when an agent is connected; v2:
        `endChat()`, without asking, and onAppEnd gets 'chat-api')."""
        self._send(self._native("end"))

    def set_quick_replies(self, replies):
        """v2: the quick replies the invitation offers; returns the list sent.

        >>> chat.set_quick_replies(["Track my order", "Talk to a person"])
        ['Track my order', 'Talk to a person']
        """
        native = self._native("set_quick_replies")
        if native is None:
            return []
        if self.page_value is not None:
            replies = self.page_value(replies)  # a JavaScript Array becomes a list
        # Only v2 has the call (`native` is None on v1), so only its adapter has the check.
        payload, problems = adapter(self.api).check_quick_replies(replies,
                                                                  "chat.set_quick_replies")
        self._reject(problems, native)
        if payload is None:
            return []
        self._send(native, payload)
        return payload

    def set_sound(self, enabled):
        """v2: turn the new-message sound on (True) or off (False); returns what was sent.

        >>> chat.set_sound(False)
        False
        """
        native = self._native("set_sound")
        if native is None:
            return None
        value, problems = adapter(self.api).check_toggle(enabled, "chat.set_sound")
        self._reject(problems, native)
        if value is None:
            return None
        self._send(native, value)
        return value

    def on(self, event, handler):
        """Call `handler(data)` with Python values each time the chat has `event`.

        `event`: "customer:info-sent" (both versions), v2's setProxy callbacks by
        their names ("onAppEnd", ...), v1's bus topics (`chatkit.browser.versions.EVENTS`),
        and, with `[server]`, "availability" (both versions): chatkit server's /v1/status
        as a dict ({"open", "state", "next_change", "agents_available", "waiting", "wait",
        "stale", "as_of"}), each time the snippet has it, the last one at once.
        >>> sub = chat.on("customer:info-sent", lambda data: print(data))
        >>> sub.remove()
        """
        if event == AVAILABILITY:
            if callable(handler):
                return self._availability.on(handler)
            self._refuse('chat.on("%s")' % event, "the handler must be a function, not %s"
                         % type(handler).__name__)
            return Subscription(event, None, handler, self._link)
        native = self._native_event(event, handler)
        subscription = Subscription(event, native, handler, self._link)
        if native is not None:
            self._link.do("subscribing to %s" % event, subscription.connect)
        return subscription

    def deliver_availability(self, status):
        """Hand chatkit server's status to the "availability" handlers (the page's bridge
        calls it with what the snippet fetched; tests call it with a dict)."""
        self._availability.deliver(status)

    def on_ready(self, callback):
        """Call `callback()` once the bus / chatApp exists (at once when it already does).

        >>> chat.on_ready(lambda: print("the chat is ready"))
        """
        self._link.do("on_ready callback %s" % _name(callback), lambda driver: callback())

    def _native(self, call):
        """The topic or method of `call` on this version; None (with a warning) if it lacks it."""
        return self._on_this_version("chat.%s()" % call, CALLS[call])

    def _native_event(self, event, handler):
        name = ALIASES.get(event, event) if isinstance(event, str) else None
        what = 'chat.on("%s")' % event if name else "chat.on(%r)" % (event,)
        if name not in EVENTS:
            self._refuse(what, "no chat has this event (chatkit.browser.versions.EVENTS lists "
                               "those they have)")
        elif not callable(handler):
            self._refuse(what, "the handler must be a function, not %s" % type(handler).__name__)
        else:
            return self._on_this_version(what, EVENTS[name])
        return None

    def _on_this_version(self, what, natives):
        """`natives[self.api]`; None, with a warning naming the version that has it, if none."""
        if self.api not in natives:
            other = V2 if self.api == V1 else V1
            self._refuse(what, 'only the %s chat (api = "%s") has it' % (other, other))
        return natives.get(self.api)

    def _from_page(self, values):
        if self.page_value is None:
            return values
        return {key: self.page_value(value) for key, value in values.items()}

    def _send(self, native, *args):
        if native is None:
            return
        doing = adapter(self.api).Driver.DOING % native
        self._link.do(doing, lambda driver: driver.send(native, *args))

    def _reject(self, problems, topic):
        # `topic`: the bus topic (v1) or chatApp method (v2) the problems keep from the chat.
        if not problems:
            return
        if self.strict:
            raise ValidationError(problems, topic)
        for problem in problems:
            self.logger.warn(problem.message)

    def _refuse(self, what, message):
        """Warn (raise when strict) that `what` does nothing: `message` says why."""
        problem = Problem(what, self.api, message)
        if self.strict:
            raise ValidationError([problem])
        self.logger.warn(problem.line())


def _name(function):
    return getattr(function, "__qualname__", None) or getattr(function, "__name__", repr(function))
