"""The v1 adapter: `chat` over the bus that `__8x8Chat.onInit(bus)` hands over, and v1's checks.

A call is a `publish(topic[, data])`, an event a `subscribe(topic, listener)`
that returns `{remove}`; the topics are `chatkit.browser.versions`'.  The bus
calls its listeners synchronously, one argument each (facts, "The bus on the
page").  The v1 chat's variables are free-form and undocumented, so the only
rule for them is that JavaScript gets the value as it was (`check_variables`).

Only a v1 page ships this module (`chatkit.build.bundle`): `chat` imports it
when it first needs it, as `chat.api` says.  Pure Python: the page's bus arrives
wrapped by `_bridge.PageBus`, a test's is a `chatkit.browser.fakebus.FakeBus`.
"""

from chatkit.browser._checks import key_text
from chatkit.errors import Problem
from chatkit.rules.customer import UNSET, is_primitive

SAFE_INTEGER = 2**53
_INFINITY = float("inf")

VARIABLE_KEY_NOT_TEXT = "Chat variable key %r is not a string and will be discarded"
VARIABLE_NOT_PRIMITIVE = "Chat variable %s is not of a primitive type and will be discarded"
VARIABLE_NOT_EXACT = ("Chat variable %s value %r is not a finite number JavaScript holds "
                      "exactly and will be discarded")


class BusDriver:
    """Publishes `chat`'s calls on the v1 bus and subscribes its handlers there.

    >>> driver = BusDriver(FakeBus())
    >>> driver.send("chat:set-language", "pt")
    """

    HANDED_OVER = "the bus (the v1 chat's onInit)"
    HAS = "publish"  # what tells a bus from a chatApp
    DOING = "publishing %s"  # how an error log names a call: "publishing chat:end"

    def __init__(self, bus):
        self.target = bus

    def send(self, topic, *data):
        """`publish(topic)`, or `publish(topic, data)` when there is data."""
        self.target.publish(topic, *data)

    def subscribe(self, topic, deliver):
        """`deliver(data)` for each publish of `topic`; returns what has `remove()`."""
        return self.target.subscribe(topic, deliver)


Driver = BusDriver  # what `chat` drives this version's chat with


def check_variables(variables):
    """(variables to publish, problems) on v1: primitive values JavaScript holds exactly, or
    None (the v1 chat's variables are free-form and undocumented)."""
    payload, problems = {}, []
    for key, value in variables.items():
        if value is UNSET:
            continue
        message = _variable_problem(key, value)
        if message is None:
            payload[key] = value
        else:
            problems.append(Problem(key_text(key), value, message))
    return payload, problems


def _variable_problem(key, value):
    if not isinstance(key, str):
        return VARIABLE_KEY_NOT_TEXT % (key,)
    if value is None or isinstance(value, (str, bool)):
        return None
    if not is_primitive(value):
        return VARIABLE_NOT_PRIMITIVE % key
    if isinstance(value, float) and (value != value or value in (_INFINITY, -_INFINITY)):
        return VARIABLE_NOT_EXACT % (key, value)
    if isinstance(value, int) and abs(value) > SAFE_INTEGER:
        return VARIABLE_NOT_EXACT % (key, value)
    return None
