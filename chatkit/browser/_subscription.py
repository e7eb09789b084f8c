"""One handler of one event, isolated from every other handler.

Pure Python: the driver hands `deliver` Python values (the bridge converts them).
"""


class Subscription:
    """What `chat.on(event, handler)` returns; `remove()` stops the handler.

    >>> sub = chat.on("customer:info-sent", lambda data: print(data))
    >>> sub.remove()
    """

    def __init__(self, event, native, handler, link):
        self.event = event  # the name the hooks gave
        self.native = native  # the bus topic (v1) or setProxy callback (v2); None: never fires
        self.handler = handler
        self.active = native is not None
        self._link = link
        self._chat_subscription = None

    def connect(self, driver):
        """Subscribe through `driver`, unless removed before the chat was ready."""
        if self.active:
            self._chat_subscription = driver.subscribe(self.native, self.deliver)
            self._link.track(self)

    def move(self, driver):
        """Follow the chat to a new bus or chatApp."""
        self._unsubscribe()
        self.connect(driver)

    def deliver(self, data):
        """Call the handler; an exception in it is logged, never passed on."""
        if not self.active:
            return
        try:
            self.handler(data)
        except Exception as error:
            self._link.logger.error("handler %s for %s failed" % (_name(self.handler), self.event),
                                    error)

    def remove(self):
        """Stop calling the handler (safe to call twice, or before the chat is ready)."""
        self.active = False
        self._unsubscribe()
        self._link.forget(self)

    def _unsubscribe(self):
        subscription, self._chat_subscription = self._chat_subscription, None
        if subscription is not None:
            try:
                subscription.remove()
            except Exception as error:
                self._link.logger.error("removing %r failed" % self, error)

    def __repr__(self):
        state = "active" if self.active else "inactive"
        return "<Subscription %s %s %s>" % (self.event, _name(self.handler), state)


def _name(handler):
    return getattr(handler, "__qualname__", None) or getattr(handler, "__name__", repr(handler))
