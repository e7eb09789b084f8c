"""What the v2 emulator (`static/chatv3.js`) adds to the shared chat: its window, its calls,
its callbacks (8x8-webchat-v2/).

- `WINDOW`: the v1 chat window (`chatkit.emulator.dom.WINDOW`) plus the parts the v2
  theme properties name and v1's window lacks: a header menu (the `headerMenu*`
  properties; its one link turns the notification sound on and off), a loader while
  the customer waits for an agent (`chatLoaderColor`), the separators above the send
  field and the form's buttons (`chatSeparatorBackgroundColor`).  `ATTACHMENT` is a
  file the agent sends (`attachment*`), `QUICK_REPLIES` the invitation's quick replies.
  8x8 publishes no DOM of the v2 window: these class names are the emulator's own
  (*assumed*), chosen to read like the glossary; the v2 chat takes no stylesheet, so
  no tenant's CSS depends on them.
- `CHAT_APP_METHODS`, `PROXY_CALLBACKS`: chatApp's methods and setProxy's callbacks,
  from `chatkit.browser.versions` (the one table of both).
- `MOMENT_CALLBACKS`, `OPENED_CALLBACKS`: which setProxy callback each lifecycle moment
  of the shared core (static/emulator/core/signals.js) fires, as event-callbacks.md
  describes each callback.

CPython only: `python -m chatkit.emulator` writes it into the emulator.
"""

import copy

from chatkit.browser.versions import CALLS, PROXY_CALLBACKS, V2
from chatkit.emulator import dom
from chatkit.emulator.dom import BUTTON, element

__all__ = ["ATTACHMENT", "CALLBACKS_WITH_ARGUMENT", "CHAT_APP_METHODS", "MOMENT_CALLBACKS",
           "OPENED_CALLBACKS", "PROXY_CALLBACKS", "QUICK_REPLIES", "SANDBOX", "WINDOW",
           "WINDOW_STYLE", "class_names"]

# "The widget is injected as a sandboxed iframe srcdoc, with these sandbox permissions:
# allow-scripts allow-downloads allow-modals allow-popups allow-popups-to-escape-sandbox."
# (documented, content-security-policy.md, line 10-12)
SANDBOX = "allow-scripts allow-downloads allow-modals allow-popups allow-popups-to-escape-sandbox"

# chatApp's methods (webchat-api-introduction.md, "Available commands").
CHAT_APP_METHODS = tuple(calls[V2] for calls in CALLS.values() if V2 in calls) + ("setProxy",)

# The core's moment -> the setProxy callback it fires (event-callbacks.md):
MOMENT_CALLBACKS = {
    "started": "onAppStart",  # "Fired when the chat widget initialization completes."
    "closed": "onAppEnd",  # "Fired when the chat widget closes." (with endChatReason)
    "queueSkipped": "onSkipQueue",  # "Fired when the skip queue option is used."
    # "Fired when customer information (set via setCustomerInfo) has been transmitted to
    # the server."
    "infoSent": "onCustomerInfoSent",
    # "Fired when a chat session is successfully created on the server."
    "sessionCreated": "onSessionCreated",
    "sessionEnded": "onSessionEnd",  # "Fired when the chat session ends on the server."
    "sessionFailed": "onSessionError",  # "Fired when the chat session encounters an error."
}
# The core's opened(phase) -> the callback of that window.
OPENED_CALLBACKS = {
    "invitation": "onOpenInvitation",  # "Fired when the invitation UI is displayed"
    "preChat": "onOpenOnlineForm",  # "Fired when the pre-chat form is displayed."
    # "Fired when the chat window opens and the customer enters a queue or starts chatting."
    "chatWindow": "onOpenChat",
    # "Fired when the offline form is displayed (when no agents are available)."
    "offlineForm": "onOpenOfflineForm",
}
# "onAppEnd | endChatReason"; every other callback has "None" for parameters.
CALLBACKS_WITH_ARGUMENT = ("onAppEnd",)

_MENU_BUTTON = element("button", "control menu", role="menuButton", attributes=BUTTON)
_MENU = element("div", "header-menu", role="menu", children=[
    element("a", "header-menu-link", role="soundLink", attributes={"href": "#"}, children=[
        element("span", "header-menu-icon", role="soundIcon"),
        element("span", "header-menu-text", role="soundText"),
    ]),
])
_LOADER = element("div", "loader", role="loader")
_SEPARATOR = element("div", "separator", role="separator")
_FORM_SEPARATOR = element("div", "separator", role="formSeparator")

ATTACHMENT = element("div", "attachment-item", role="attachment", children=[
    element("a", "attachment-link", role="link", attributes={"href": "#"}),
    element("span", "attachment-download", role="download"),
])
QUICK_REPLIES = element("div", "quick-replies", role="quickReplies")


def _with_v2_parts(window):
    """A copy of the v1 window with the v2 parts in place."""
    window = copy.deepcopy(window)
    _place(window, "controls", 0, _MENU_BUTTON)
    _place(window, "header", "after", _MENU)
    _place(window, "history", "after", _LOADER)
    _place(window, "actions", "before", _SEPARATOR)
    _place(window, "form-actions", "before", _FORM_SEPARATOR)
    return window


def _place(tree, role, where, node):
    """Put `node` into the node of `role` at index `where`, or "before"/"after" it."""
    for parent in dom.walk(tree):
        for index, child in enumerate(parent["children"]):
            if child["role"] != role:
                continue
            if where == "before":
                parent["children"].insert(index, copy.deepcopy(node))
            elif where == "after":
                parent["children"].insert(index + 1, copy.deepcopy(node))
            else:
                child["children"].insert(where, copy.deepcopy(node))
            return
    raise ValueError("no node of role %r" % role)


WINDOW = _with_v2_parts(dom.WINDOW)

# The look of the v2 parts, after the v1 window's own (chatkit.emulator.dom.WINDOW_STYLE).
# Borders are solid and 0 wide, so that a theme's width or colour alone shows.
WINDOW_STYLE = dom.WINDOW_STYLE + (
    ".inner-container { position: relative; }",
    ".header { border: 0 solid transparent; }",
    '.control.menu:before { content: "\\2630"; }',
    ".header-menu { position: absolute; top: 40px; right: 8px; z-index: 1; padding: 4px 0;"
    " background: #fff; color: #222; border: 1px solid #c8ced6; border-radius: 4px;"
    " box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2); }",
    ".header-menu-link { display: flex; gap: 8px; padding: 4px 12px; color: #222;"
    " text-decoration: none; }",
    '.header-menu-icon:before { content: "\\266A"; }',
    "@keyframes chat-loader { to { transform: rotate(360deg); } }",
    ".loader { width: 16px; height: 16px; margin: 6px auto; color: #1d4f7c;"
    " border: 3px solid; border-top-color: transparent; border-radius: 50%;"
    " animation: chat-loader 1s linear infinite; }",
    ".separator { height: 1px; margin: 4px 0; background: #c8ced6; }",
    ".form-list input, .form-list select, .form-list textarea { border: 1px solid #c8ced6; }",
    ".attachment-item { display: inline-flex; gap: 8px; align-items: center;"
    " padding: 6px 8px; background: #fff; color: #222; border: 1px solid #c8ced6;"
    " border-radius: 6px; }",
    '.attachment-download:before { content: "\\2913"; }',
)


def class_names():
    """The class names of the v2 window's own parts (v1's are `dom.class_names()`)."""
    trees = (WINDOW, ATTACHMENT, QUICK_REPLIES)
    names = {name for tree in trees for node in dom.walk(tree) for name in node["classes"]}
    return sorted(names - set(dom.class_names()))
