"""chatkit in the page, under Brython (SPEC 6): drive the 8x8 chat from Python.

    from chatkit.browser import chat, UNSET

    chat.customer.set_info({"First name": "John", "Age": 25})   # -> InfoReport
    chat.set_language("pt-BR")                                   # publishes "pt"
    chat.on("customer:info-sent", lambda data: print(data["phase"]))
    chat.on_ready(lambda: print("the chat is ready"))

Calls made before the chat has initialised are queued and published in order
once it has.  Everything here is plain Python; only `_bridge` touches Brython's
`browser`/`javascript`, and the snippet's loader runs it.  Under CPython, hand
`chat.attach` a fake bus (`chatkit.browser.fakebus.FakeBus`) to test hooks.
"""

from chatkit.browser._chat import Chat
from chatkit.browser._subscription import Subscription
from chatkit.errors import ChatkitError, ValidationError
from chatkit.rules.customer import UNSET, InfoReport

chat = Chat()

__all__ = ["UNSET", "Chat", "ChatkitError", "InfoReport", "Subscription", "ValidationError",
           "chat"]
