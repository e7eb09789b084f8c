"""Which call and which event each chat version has: the one table `chat` reads (SPEC 6).

`chat` drives the v1 chat (`__8x8Chat`'s bus) or the v2 chat (`chatApp`), as
`[chat] api` says.  A Python call maps to a bus topic on v1 and a `chatApp`
method on v2; an event (`chat.on(name, handler)`) to a bus topic on v1 and a
`setProxy` callback on v2.  Where one version lacks a call or an event, the
table has no entry for it, and `chat` warns (raises under `chat.strict`) naming
the version that has it.  The README's API tables and the tests read this table too.

    >>> CALLS["trigger_chat_window"]
    {'v1': 'chat:trigger-chat-window', 'v2': 'startChat'}
    >>> EVENTS["onAppEnd"]
    {'v2': 'onAppEnd'}

Pure Python, shipped to the page with `chat`.
"""

from chatkit.rules import topics

V1 = "v1"
V2 = "v2"
APIS = (V1, V2)

# Python call (as written after `chat.`) -> {version: bus topic (v1) or chatApp method (v2)}.
CALLS = {
    "customer.set_info": {V1: topics.SET_INFO, V2: "setCustomerInfo"},
    "customer.reset_info": {V1: topics.RESET_INFO, V2: "resetCustomerInfo"},
    "set_language": {V1: topics.SET_LANGUAGE, V2: "setCustomerLanguage"},
    "set_variables": {V1: topics.SET_VARIABLES, V2: "setVariables"},
    "trigger_invitation": {V1: topics.TRIGGER_INVITATION},
    "trigger_pre_chat": {V1: topics.TRIGGER_PRE_CHAT},
    "trigger_chat_window": {V1: topics.TRIGGER_CHAT_WINDOW, V2: "startChat"},
    "end": {V1: topics.END, V2: "endChat"},
    "set_quick_replies": {V2: "setInvitationQuickReplies"},
    "set_sound": {V2: "setNotificationSoundToggle"},
}

# The eleven setProxy callbacks of 8x8-webchat-v2/event-callbacks.md, in its order.
# Only onAppEnd passes an argument (`endChatReason`, 'user' or 'chat-api').
PROXY_CALLBACKS = ("onAppStart", "onAppEnd", "onOpenInvitation", "onOpenOnlineForm",
                   "onOpenChat", "onOpenOfflineForm", "onSkipQueue", "onCustomerInfoSent",
                   "onSessionCreated", "onSessionEnd", "onSessionError")
INFO_SENT_CALLBACK = "onCustomerInfoSent"

# Event name for `chat.on` -> {version: bus topic (v1) or setProxy callback (v2)}.
# One name where both versions have the event (the v1 topic); v2's other events
# under their documented callback names; on v1, the command topics too: the bus
# calls every listener of a topic, so their handlers see the page's own publishes.
EVENTS = {topics.INFO_SENT: {V1: topics.INFO_SENT, V2: INFO_SENT_CALLBACK}}
for _callback in PROXY_CALLBACKS:
    if _callback != INFO_SENT_CALLBACK:
        EVENTS[_callback] = {V2: _callback}
for _topic in topics.COMMANDS:
    EVENTS[_topic] = {V1: _topic}

# Other names of an event, as 8x8's v2 documentation writes them.
ALIASES = {INFO_SENT_CALLBACK: topics.INFO_SENT}
