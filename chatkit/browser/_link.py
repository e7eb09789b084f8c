"""The link to the chat: calls made before the chat is ready wait here, in order.

A `Link` takes actions (`action(driver)`).  Until `attach(driver)` it keeps
them; then it runs them in the order they were made, and later ones at once.
Actions made while the queue is being flushed (by an `on_ready` callback, say)
join its end, so the chat sees every call in the order the page made it, each
exactly once.  The driver is the version's adapter (`_v1.BusDriver`,
`_v2.ChatAppDriver`) around what the page's chat handed over.  Pure Python.
"""


class Link:
    """The chat's driver once the chat is ready; until then, the queue of calls made."""

    def __init__(self, logger):
        self.driver = None
        self.logger = logger
        self._pending = []
        self._flushing = False
        self._subscriptions = []

    @property
    def pending(self):
        """How many calls wait for the chat."""
        return len(self._pending)

    def do(self, what, action):
        """Run `action(driver)` now, or once the chat is ready; `what` names it in error logs."""
        if self.driver is None or self._flushing:
            self._pending.append((what, action))
        else:
            self._run(what, action)

    def attach(self, driver):
        """Take the chat's driver (again, if the chat was initialised again) and run the queue."""
        previous, self.driver = self.driver, driver
        if previous is not None:
            for subscription in list(self._subscriptions):
                self._run("subscribing to %s" % subscription.event, subscription.move)
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
        # One failing call (a chat that throws, a callback with a bug) never
        # stops the calls after it, nor reaches the chat or the page.
        try:
            action(self.driver)
        except Exception as error:
            self.logger.error("%s failed" % what, error)
