"""The v1 adapter: `chat` over the bus that `__8x8Chat.onInit(bus)` hands over.

A call is a `publish(topic[, data])`, an event a `subscribe(topic, listener)`
that returns `{remove}`; the topics are `chatkit.browser.versions`'.  The bus
calls its listeners synchronously, one argument each (facts, "The bus on the
page").  Pure Python: the page's bus arrives wrapped by `_bridge.PageBus`, a
test's is a `chatkit.browser.fakebus.FakeBus`.
"""


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
