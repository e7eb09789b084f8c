"""The chat window's DOM as the emulator builds it (reference: "Custom Stylesheet").

The reference tells tenants to write their stylesheet "by inspecting the current
chat window HTML structure", and gives an example stylesheet.  The emulator's
chat window uses exactly the class names and ids of that example, arranged as
below, so a stylesheet written for the real chat applies in the preview, and
`chatkit css` can name the selectors that match nothing.

This module is the one source: `python -m chatkit.emulator` generates the
emulator's copy of it into `static/chat.js`.

    >>> "message-history" in class_names(), "message-field" in ids()
    (True, True)
"""

__all__ = [
    "HOST_IDS",
    "MESSAGE",
    "MESSAGE_KINDS",
    "WINDOW",
    "WINDOW_STYLE",
    "class_names",
    "ids",
    "skeleton_html",
    "tags",
    "walk",
]


def element(tag, classes="", id=None, role=None, children=(), attributes=None):
    """One node: `role` is how the emulator finds it (defaults to its first class)."""
    class_list = classes.split()
    return {
        "tag": tag,
        "classes": class_list,
        "id": id,
        "role": role or (class_list[0] if class_list else id),
        "attributes": dict(attributes or {}),
        "children": list(children),
    }


# The chat window (the body of the chat's iframe).  Every phase shown in the
# window (pre-chat form, chat, offline form) uses this one skeleton; the
# emulator shows the parts a phase needs and hides the others.
WINDOW = element("div", "container", role="window", children=[
    element("div", "inner-container", children=[
        element("div", "header", children=[
            element("span", "logo"),
            element("div", "title"),
            element("button", "control end", role="end", attributes={"type": "button"}),
            element("button", "control close", role="close", attributes={"type": "button"}),
        ]),
        # Introduction text of the pre-chat and offline forms.
        element("div", "intro"),
        # The form's fields (input[type="text"], select, textarea) are built per phase.
        element("form", role="form"),
        element("div", "translation-header"),
        element("div", "message-history", role="history"),
        # The end-chat confirmation, and the acknowledgement once the chat has ended.
        element("div", "confirm-close", role="confirm", children=[
            element("p", "acknowledge-text", role="acknowledge"),
            element("button", role="yes", attributes={"type": "button"}),
            element("button", role="no", attributes={"type": "button"}),
        ]),
        element("div", "message-actions", role="actions", children=[
            element("textarea", id="message-field", role="field"),
            element("button", role="send", attributes={"type": "button"}),
        ]),
    ]),
])

# One entry of the message history; `message-content` gets one class of MESSAGE_KINDS.
MESSAGE = element("div", "message-wrapper", children=[element("div", "message-content")])

MESSAGE_KINDS = {
    "outgoing": "chat-outgoing-msg",  # what the customer wrote
    "incoming": "chat-incoming-msg",  # what the agent wrote
    "log": "chat-log-msg",
    "info": "chat-info-msg",  # system messages
    "error": "chat-error-msg",
    "link": "chat-link-msg",
}

# The emulator's own look of the chat window, before the tenant's stylesheet (which
# is linked after it, so it wins at equal specificity).
WINDOW_STYLE = (
    "body { margin: 0; font: 14px/1.4 Arial, sans-serif; color: #222; background: #fff; }",
    ".container { height: 100vh; box-sizing: border-box; }",
    ".inner-container { display: flex; flex-direction: column; height: 100%;"
    " box-sizing: border-box; background: #eef1f4; padding: 4px; }",
    ".header { display: flex; align-items: center; background: #1d4f7c; color: #fff;"
    " padding: 6px 8px; }",
    ".header .logo { font-weight: bold; margin-right: 8px; }",
    ".header .title { flex: 1; }",
    ".control { background: none; border: 1px solid rgba(255, 255, 255, 0.5); color: #fff;"
    " cursor: pointer; margin-left: 4px; }",
    '.control.close:before, .control.end:before { content: "\\00D7"; }',
    ".intro { padding: 8px 12px; }",
    "form { display: flex; flex-direction: column; padding: 0 12px 12px; }",
    "form label { margin-top: 6px; }",
    ".translation-header { display: none; }",
    ".message-history { flex: 1; overflow-y: auto; background: #fff;"
    " border: 1px solid #c8ced6; margin: 4px 0; }",
    ".message-wrapper { padding: 4px 8px; }",
    ".message-content { display: inline-block; padding: 6px 8px; border-radius: 4px; }",
    ".chat-outgoing-msg { background: #d9ecff; margin-left: 20%; }",
    ".chat-incoming-msg { background: #f0f0f0; margin-right: 20%; }",
    ".chat-log-msg, .chat-info-msg, .chat-error-msg, .chat-link-msg { color: #555;"
    " font-style: italic; }",
    ".chat-error-msg { color: #a00; }",
    ".confirm-close { padding: 8px; background: #fff6da; }",
    ".message-actions { display: flex; }",
    "#message-field { flex: 1; height: 3em; resize: none; }",
)

# The form controls the emulator builds inside the `form` node.
FORM_TAGS = ("label", "input", "select", "option", "textarea", "button")

# Classes and ids that real tenants' stylesheets target in the live chat window besides those
# of 8x8's example stylesheet (facts, "What tenants' code does with it"); `is-popup` is on
# <body> when the chat runs in its own window.
LIVE_CLASSES = ("message-box", "footer", "form-list", "required", "error-image", "flag",
                "actions", "action-clear", "chat-msg-sender", "controls", "is-popup")
LIVE_IDS = ("message-counter", "cancel-close-btn")

# Elements the chat puts in the tenant's page itself, outside the chat window.
HOST_IDS = {
    "button": "__8x8-chat-button",  # inside the button container
    "invitation": "__8x8-chat-invitation",
    "frame": "__8x8-chat-window",  # the iframe holding WINDOW
}


def walk(node):
    """Every node of a tree, parents first."""
    yield node
    for child in node["children"]:
        yield from walk(child)


def _nodes():
    yield from walk(WINDOW)
    yield from walk(MESSAGE)


def class_names():
    """Every class name that can appear inside the chat window."""
    names = {name for node in _nodes() for name in node["classes"]}
    return sorted(names | set(MESSAGE_KINDS.values()) | set(LIVE_CLASSES))


def ids():
    """Every id inside the chat window."""
    return sorted({node["id"] for node in _nodes() if node["id"]} | set(LIVE_IDS))


def tags():
    """Every element name inside the chat window's document."""
    return sorted({node["tag"] for node in _nodes()} | set(FORM_TAGS) | {"html", "body"})


def skeleton_html():
    """The chat window's body as HTML, one message of each kind in the history."""
    return "<body>%s</body>" % _html(WINDOW)


def _html(node):
    attributes = ""
    if node["id"]:
        attributes += ' id="%s"' % node["id"]
    if node["classes"]:
        attributes += ' class="%s"' % " ".join(node["classes"])
    for name, value in node["attributes"].items():
        attributes += ' %s="%s"' % (name, value)
    inner = "".join(_html(child) for child in node["children"])
    if node["role"] == "history":
        inner = "".join(_message_html(kind) for kind in MESSAGE_KINDS.values())
    return "<%s%s>%s</%s>" % (node["tag"], attributes, inner, node["tag"])


def _message_html(kind_class):
    return '<div class="message-wrapper"><div class="message-content %s"></div></div>' % (
        kind_class
    )
