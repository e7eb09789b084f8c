"""`chat.on("availability", handler)`: chatkit server's status, as the snippet of a config with
`[server]` fetched it (`/v1/status`), on both chat versions.

Not a chat event: the snippet asks the server once the page has loaded, whether or not the
chat has started, and hands each answer to `__chatkit.onAvailability` (the bridge) or keeps
it on `__chatkit.availability` for hooks that load later. A handler added after an answer
gets the last one at once; each handler is isolated from the others. Pure Python.
"""

from chatkit.browser._subscription import Subscription

EVENT = "availability"


class Availability:
    """The handlers of "availability" and the last status delivered."""

    def __init__(self, link):
        self._link = link
        self._subscriptions = []
        self.last = None

    def on(self, handler):
        subscription = Subscription(EVENT, EVENT, handler, self._link)
        self._subscriptions.append(subscription)
        if self.last is not None:
            subscription.deliver(self.last)
        return subscription

    def deliver(self, status):
        """Hand `status` (a dict of /v1/status's fields) to every active handler, in order."""
        self.last = status
        self._subscriptions = [s for s in self._subscriptions if s.active]
        for subscription in list(self._subscriptions):
            subscription.deliver(status)
