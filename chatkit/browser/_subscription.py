"""One handler subscribed to one topic, isolated from every other handler.

Pure Python: the bus hands `deliver` Python values (the bridge converts them).
"""


class Subscription:
    """What `chat.on(topic, handler)` returns; `remove()` stops the handler.

    >>> sub = chat.on("customer:info-sent", lambda data: print(data["phase"]))
    >>> sub.remove()
    """

    def __init__(self, topic, handler, link):
        self.topic = topic
        self.handler = handler
        self.active = True
        self._link = link
        self._bus_subscription = None

    def connect(self, bus):
        """Subscribe on `bus`, unless removed before the bus existed."""
        if self.active:
            self._bus_subscription = bus.subscribe(self.topic, self.deliver)
            self._link.track(self)

    def move(self, bus):
        """Follow the chat to a new bus."""
        self._unsubscribe()
        self.connect(bus)

    def deliver(self, data):
        """Call the handler; an exception in it is logged, never passed on."""
        if not self.active:
            return
        try:
            self.handler(data)
        except Exception as error:
            self._link.logger.error("handler %s for %s failed" % (_name(self.handler), self.topic),
                                    error)

    def remove(self):
        """Stop calling the handler (safe to call twice, or before the bus exists)."""
        self.active = False
        self._unsubscribe()
        self._link.forget(self)

    def _unsubscribe(self):
        subscription, self._bus_subscription = self._bus_subscription, None
        if subscription is not None:
            try:
                subscription.remove()
            except Exception as error:
                self._link.logger.error("removing %r failed" % self, error)

    def __repr__(self):
        state = "active" if self.active else "removed"
        return "<Subscription %s %s %s>" % (self.topic, _name(self.handler), state)


def _name(handler):
    return getattr(handler, "__qualname__", None) or getattr(handler, "__name__", repr(handler))
