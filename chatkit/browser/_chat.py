"""`chat`, the Python side of the 8x8 bus (SPEC 6).

Every call is checked when it is made (the shared core's rules), then
published at once or, before the chat has initialised, queued and published
in order once it has.  Problems are warnings (prefixed "chatkit:" in the
console), or a `ValidationError` naming every bad key when `chat.strict` is
set, in which case nothing of that call is published.  Pure Python: the bus
and the logger are handed in, by `chatkit.browser._bridge` in the page.
"""

from chatkit.browser._checks import (
    check_customer_info,
    check_dict,
    check_language,
    check_variables,
)
from chatkit.browser._link import Link
from chatkit.browser._subscription import Subscription
from chatkit.errors import ValidationError
from chatkit.rules import topics
from chatkit.rules.customer import InfoReport

# `publish(topic)` without data: the chat's triggers, `chat:end`, `customer:reset-info`.
NO_DATA = object()


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
        problems = check_dict(info, "chat.customer.set_info")
        if problems:
            self._chat._reject(problems, topics.SET_INFO)
            return InfoReport()
        report, problems = check_customer_info(self._chat._from_page(info))
        self._chat._reject(problems, topics.SET_INFO)
        if report.accepted:
            self._chat._publish(topics.SET_INFO, dict(report.accepted))
        return report

    def reset_info(self):
        """Erase every customer info key set so far.

        >>> chat.customer.reset_info()
        """
        self._chat._publish(topics.RESET_INFO)


class Chat:
    """The 8x8 chat, driven from Python.

    >>> from chatkit.browser import chat
    >>> chat.set_language("pt-BR")
    'pt'
    """

    def __init__(self, logger=None, page_value=None):
        self.strict = False
        self.customer = Customer(self)
        # In the page, values read from the DOM may be JavaScript null or undefined:
        # the bridge maps them to None and UNSET, as the chat reads them.
        self.page_value = page_value
        self._link = Link(logger or PrintLogger())

    @property
    def logger(self):
        """Receives `warn(message)` and `error(message, exception)`: the console in the page."""
        return self._link.logger

    @logger.setter
    def logger(self, logger):
        self._link.logger = logger

    @property
    def ready(self):
        """True once the chat's bus exists (its `onInit` has run)."""
        return self._link.bus is not None

    def attach(self, bus):
        """Hand over the chat's bus: queued calls are published, in order.

        The page's bridge calls it; tests call it with a fake bus:
        >>> chat.attach(FakeBus())
        """
        self._link.attach(bus)

    def set_language(self, tag):
        """Set the chat language from a code or BCP 47 tag; returns the code, or None.

        The system messages stay those the snippet chose as the chat started: the chat
        reads them once, then (facts, point 4).
        >>> chat.set_language("zh-Hant")
        'zh-TW'
        """
        code, problems = check_language(tag)
        self._reject(problems, topics.SET_LANGUAGE)
        if code is None:
            return None
        self._publish(topics.SET_LANGUAGE, code)
        return code

    def set_variables(self, variables):
        """Set chat script variables; returns what was published.

        >>> chat.set_variables({"_options": "DEF"})
        {'_options': 'DEF'}
        """
        return self._publish_checked(variables, "chat.set_variables", check_variables,
                                     topics.SET_VARIABLES)

    def trigger_invitation(self):
        """Open the invitation (from closed or another invitation), if the chat script has one."""
        self._publish(topics.TRIGGER_INVITATION)

    def trigger_pre_chat(self):
        """Open the pre-chat form (from closed or the invitation), if the chat script has one."""
        self._publish(topics.TRIGGER_PRE_CHAT)

    def trigger_chat_window(self):
        """Open the chat window (from any phase but the chat window itself)."""
        self._publish(topics.TRIGGER_CHAT_WINDOW)

    def end(self):
        """End the chat: closes it, or asks the customer first when an agent is connected."""
        self._publish(topics.END)

    def on(self, topic, handler):
        """Call `handler(data)` with Python values each time the chat publishes `topic`.

        >>> sub = chat.on("customer:info-sent", lambda data: print(data["info"]))
        >>> sub.remove()
        """
        subscription = Subscription(topic, handler, self._link)
        self._link.do("subscribing to %s" % topic, subscription.connect)
        return subscription

    def on_ready(self, callback):
        """Call `callback()` once the bus exists (at once when it already does).

        >>> chat.on_ready(lambda: print("the chat is ready"))
        """
        self._link.do("on_ready callback %s" % _name(callback), lambda bus: callback())

    def _publish_checked(self, value, call, check, topic):
        problems = check_dict(value, call)
        if problems:
            self._reject(problems, topic)
            return {}
        payload, problems = check(self._from_page(value))
        self._reject(problems, topic)
        if payload:
            self._publish(topic, payload)
        return payload

    def _from_page(self, values):
        if self.page_value is None:
            return values
        return {key: self.page_value(value) for key, value in values.items()}

    def _publish(self, topic, data=NO_DATA):
        self._link.do("publishing %s" % topic, lambda bus: _send(bus, topic, data))

    def _reject(self, problems, topic):
        if not problems:
            return
        if self.strict:
            raise ValidationError(problems, topic)
        for problem in problems:
            self.logger.warn(problem.message)


def _send(bus, topic, data):
    if data is NO_DATA:
        bus.publish(topic)
    else:
        bus.publish(topic, data)


def _name(function):
    return getattr(function, "__qualname__", None) or getattr(function, "__name__", repr(function))

