"""The v2 adapter: `chat` over the `chatApp` that 8x8's v2 snippet hands its callback.

A call is a method of `chatApp` (8x8-webchat-v2/webchat-api-introduction.md);
the events are its eleven `setProxy` callbacks (event-callbacks.md), registered
with ONE `setProxy` call, made when a handler is first subscribed, whose
callbacks dispatch to every handler subscribed so far or later.  What a second
`setProxy` call does is not documented (the docs say "Callbacks are registered
once"): chatkit assumes it may replace the first, so it calls `setProxy` once
per `chatApp`, and only when the hooks listen to a v2 event.  Pure Python: the
page's `chatApp` arrives wrapped by `_bridge.PageChatApp`, a test's is a
`chatkit.browser.fakechatapp.FakeChatApp`.

v2's own checks are here too, the shared core's rules for what only v2 has:
its variables (`chatkit.rules.variables`), its quick replies and its sound
toggle (`chatkit.rules.chatapp`), each imported at its first call: a page whose
hooks never make it never runs them (and `chatkit build` leaves them out).  Only a v2
page ships this module and those rules (`chatkit.build.bundle`): `chat` imports it when
it first needs it, as `chat.api` says.
"""

from chatkit.browser._checks import report_and_problems
from chatkit.browser.versions import PROXY_CALLBACKS

__all__ = ["ChatAppDriver", "Driver", "check_quick_replies", "check_toggle", "check_variables"]


class ChatAppDriver:
    """Calls `chatApp`'s methods for `chat`'s calls, and dispatches its callbacks.

    >>> driver = ChatAppDriver(FakeChatApp())
    >>> driver.send("setCustomerLanguage", "pt")
    """

    HANDED_OVER = "chatApp (the v2 chat's callback)"
    HAS = "setProxy"  # what tells a chatApp from a bus
    DOING = "calling chatApp.%s"  # how an error log names a call: "calling chatApp.endChat"

    def __init__(self, chat_app):
        self.target = chat_app
        self._handlers = None  # callback name -> [deliver], once setProxy has been called

    def send(self, method, *args):
        """`chatApp.method(*args)`; chatApp returns itself, which chatkit does not need."""
        getattr(self.target, method)(*args)

    def subscribe(self, callback, deliver):
        """`deliver(data)` each time chatApp calls `callback`; returns what has `remove()`.

        `data` is the callback's argument (onAppEnd's reason), None for the others.
        """
        handlers = self._handlers
        if handlers is None:
            handlers = self._register()
        delivers = handlers[callback]
        delivers.append(deliver)
        return Handler(delivers, deliver)

    def _register(self):
        handlers = {name: [] for name in PROXY_CALLBACKS}  # type: dict[str, list]
        self.target.setProxy({name: _dispatcher(handlers[name]) for name in PROXY_CALLBACKS})
        self._handlers = handlers  # only once setProxy worked: else the next subscribe retries
        return handlers


def _dispatcher(delivers):
    def dispatch(*args):
        # Each `deliver` isolates its handler: one that raises never stops the others.
        data = args[0] if args else None
        for deliver in list(delivers):
            deliver(data)

    return dispatch


Driver = ChatAppDriver  # what `chat` drives this version's chat with


def check_variables(variables):
    """(variables to send, problems) by the v2 chat's rules (`chatkit.rules.variables`)."""
    from chatkit.rules.variables import check_variables as check

    return report_and_problems(check(variables))


def check_quick_replies(replies, call):
    """(the quick replies to send or None, problems): `chatkit.rules.chatapp`'s rules."""
    from chatkit.rules.chatapp import check_quick_replies as check

    return check(replies, call)


def check_toggle(value, call):
    """(True, False or None, problems) of a v2 toggle: `chatkit.rules.chatapp`'s rules."""
    from chatkit.rules.chatapp import check_toggle as check

    return check(value, call)


class Handler:
    """One handler's place in a callback's list; `remove()` takes it out."""

    def __init__(self, delivers, deliver):
        self._delivers = delivers
        self._deliver = deliver

    def remove(self):
        # By identity: whether two bound methods are equal is not the question here.
        for index, deliver in enumerate(self._delivers):
            if deliver is self._deliver:
                del self._delivers[index]
                return
