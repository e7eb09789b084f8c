"""chatkit in the page, under Brython (SPEC 6): drive either 8x8 chat from Python.

    from chatkit.browser import chat, UNSET

    chat.customer.set_info({"First name": "John", "Age": 25})   # -> InfoReport
    chat.set_language("pt-BR")                                   # sends "pt"
    chat.on("customer:info-sent", lambda data: print(data))
    chat.on_ready(lambda: print("the chat is ready"))

The same calls drive the v1 chat (its bus) and the v2 chat (`chatApp`), as the
config's `[chat] api` says (`chat.api`); `chatkit.browser.versions` is the table
of which call and event each version has.  Calls made before the chat is ready
are queued and sent in order once it is.  Everything here is plain Python; only
`_bridge` touches Brython's `browser`/`javascript`, and the snippet's loader
runs it.  Under CPython, hand `chat.attach` a fake to test hooks:
`chatkit.browser.fakebus.FakeBus` (v1) or `chatkit.browser.fakechatapp.FakeChatApp`
(v2, with `Chat(api="v2")`).
"""

from chatkit.browser._chat import Chat
from chatkit.browser._subscription import Subscription
from chatkit.browser.versions import V1, V2
from chatkit.errors import ChatkitError, ValidationError
from chatkit.rules.customer import UNSET, InfoReport

chat = Chat()

__all__ = ["UNSET", "V1", "V2", "Chat", "ChatkitError", "InfoReport", "Subscription",
           "ValidationError", "chat"]
