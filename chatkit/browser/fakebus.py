"""A Python stand-in for the 8x8 bus, to test hooks and the controller under CPython.

    from chatkit.browser import Chat
    from chatkit.browser.fakebus import FakeBus, ListLogger

    chat, bus = Chat(ListLogger()), FakeBus()
    chat.set_language("pt-BR")          # queued: the chat has not initialised yet
    chat.attach(bus)                    # what the snippet's onInit does in the page
    assert bus.published == [("chat:set-language", "pt")]
    bus.emit("customer:info-sent", {"info": {}, "phase": "chatWindow"})

Like the bus in the page, it calls subscribers synchronously and in order, and
(unlike chatkit's handlers) does not shield one subscriber from another.
Not part of the page's bundle.
"""

NO_DATA = object()


class FakeSubscription:
    def __init__(self, bus, topic, handler):
        self.bus, self.topic, self.handler = bus, topic, handler

    def remove(self):
        if self in self.bus.subscriptions:
            self.bus.subscriptions.remove(self)


class FakeBus:
    """Records `published` as (topic, data) pairs; data is NO_DATA when none was sent."""

    def __init__(self):
        self.published = []
        self.subscriptions = []

    def publish(self, topic, data=NO_DATA):
        self.published.append((topic, data))
        self.emit(topic, None if data is NO_DATA else data)

    def subscribe(self, topic, handler):
        subscription = FakeSubscription(self, topic, handler)
        self.subscriptions.append(subscription)
        return subscription

    def emit(self, topic, data=None):
        """Deliver `data` to the subscribers of `topic`, as the chat does."""
        for subscription in list(self.subscriptions):
            if subscription.topic == topic:
                subscription.handler(data)

    def topics(self):
        """The topics published so far, in order."""
        return [topic for topic, _ in self.published]


class ListLogger:
    """Keeps warnings and errors (with their exceptions) instead of printing them."""

    def __init__(self):
        self.warnings = []
        self.errors = []

    def warn(self, message):
        self.warnings.append(message)

    def error(self, message, error=None):
        self.errors.append((message, error))
