"""The link to the chat's bus: calls made before the bus exists wait here, in order.

A `Link` takes actions (`action(bus)`).  Until `attach(bus)` it keeps them; then
it runs them in the order they were made, and later ones at once.  Actions made
while the queue is being flushed (by an `on_ready` callback, say) join its end,
so the bus sees every call in the order the page made it, each exactly once.
Pure Python: the page's bus arrives through `chatkit.browser._bridge`, a test's
through a fake bus.
"""


class Link:
    """The bus once the chat has one; until then, the queue of calls made."""

    def __init__(self, logger):
        self.bus = None
        self.logger = logger
        self._pending = []
        self._flushing = False
        self._subscriptions = []

    @property
    def pending(self):
        """How many calls wait for the bus."""
        return len(self._pending)

    def do(self, what, action):
        """Run `action(bus)` now, or once the bus exists; `what` names it in error logs."""
        if self.bus is None or self._flushing:
            self._pending.append((what, action))
        else:
            self._run(what, action)

    def attach(self, bus):
        """Take the chat's bus (again, if the chat was initialised again) and run the queue."""
        if bus is self.bus:
            return
        previous, self.bus = self.bus, bus
        if previous is not None:
            for subscription in list(self._subscriptions):
                subscription.move(bus)
        self._flush()

    def track(self, subscription):
        if subscription not in self._subscriptions:
            self._subscriptions.append(subscription)

    def forget(self, subscription):
        if subscription in self._subscriptions:
            self._subscriptions.remove(subscription)

    def _flush(self):
        self._flushing = True
        try:
            while self._pending:
                what, action = self._pending.pop(0)
                self._run(what, action)
        finally:
            self._flushing = False

    def _run(self, what, action):
        # One failing call (a bus that throws, a callback with a bug) never
        # stops the calls after it, nor reaches the chat or the page.
        try:
            action(self.bus)
        except Exception as error:
            self.logger.error("%s failed" % what, error)
