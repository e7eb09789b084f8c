"""A Python stand-in for the v2 chat's `chatApp`, to test hooks and `chat` under CPython.

    from chatkit.browser import Chat
    from chatkit.browser.fakebus import ListLogger
    from chatkit.browser.fakechatapp import FakeChatApp

    chat, app = Chat(ListLogger(), api="v2"), FakeChatApp()
    chat.set_language("pt-BR")          # queued: the chat has not called back yet
    chat.trigger_chat_window()
    chat.attach(app)                    # what the v2 snippet's callback does in the page
    assert app.calls == [("setCustomerLanguage", "pt"), ("startChat",)]
    chat.on("onAppEnd", print)
    app.fire("onAppEnd", "chat-api")    # as the chat does after endChat(): prints chat-api

It has the methods of 8x8-webchat-v2/webchat-api-introduction.md, each of which
records the call and returns the fake itself (so calls chain, as chatApp's do),
and applies none of the chat's rules: the emulator (`chatkit.testing`) is the
faithful one.  `setProxy` keeps the callbacks it was given; a later `setProxy`
replaces them (8x8 does not say what a second call does: the fake assumes the
worst, and chatkit calls it once).  Not part of the page's bundle.
"""

from chatkit.browser.versions import PROXY_CALLBACKS


class FakeChatApp:
    """Records `calls` as `(method, *arguments)` tuples, in order; `fire` runs a callback."""

    # The methods keep chatApp's own (camelCase) names: hooks and the driver call them so.
    def __init__(self):
        self.calls = []
        self.proxy = {}

    def setCustomerInfo(self, info):
        return self._record("setCustomerInfo", info)

    def resetCustomerInfo(self):
        return self._record("resetCustomerInfo")

    def setCustomerLanguage(self, language):
        return self._record("setCustomerLanguage", language)

    def setVariables(self, variables):
        return self._record("setVariables", variables)

    def startChat(self):
        return self._record("startChat")

    def endChat(self):
        return self._record("endChat")

    def setInvitationQuickReplies(self, replies):
        return self._record("setInvitationQuickReplies", replies)

    def setNotificationSoundToggle(self, enabled):
        return self._record("setNotificationSoundToggle", enabled)

    def setProxy(self, callbacks):
        self.proxy = dict(callbacks)
        return self._record("setProxy", callbacks)

    def fire(self, callback, *arguments):
        """Call the registered `callback` (one of the eleven) as the chat does; False when
        none is registered ("Any callbacks not provided will be ignored").

        >>> app.fire("onAppEnd", "user")
        True
        """
        if callback not in PROXY_CALLBACKS:
            raise ValueError("chatApp has no callback %r; its callbacks are %s"
                             % (callback, ", ".join(PROXY_CALLBACKS)))
        if callback not in self.proxy:
            return False
        self.proxy[callback](*arguments)
        return True

    def methods(self):
        """The methods called so far, in order."""
        return [call[0] for call in self.calls]

    def _record(self, method, *arguments):
        self.calls.append((method,) + arguments)
        return self
