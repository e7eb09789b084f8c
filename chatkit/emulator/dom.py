"""The chat window's DOM as the emulator builds it (reference: "Custom Stylesheet"; facts).

The reference tells tenants to write their stylesheet "by inspecting the current
chat window HTML structure", and gives an example stylesheet.  The emulator's
chat window uses the class names and ids of that example, plus those that real
tenants' stylesheets target in the live chat window (facts, "What tenants' code
does with it": `.message-box`, `#message-counter`, `.footer`, `.form-list`,
`label.required`, ...), arranged as below, so a stylesheet written for the real
chat applies in the preview, and `chatkit css` can name the selectors that match
nothing.  Where each live class sits is *assumed* (the facts name the classes,
not the tree): the arrangement follows the selectors tenants write, e.g.
`.message-box #message-field`.

This module is the one source: `python -m chatkit.emulator` generates the
emulator's copy of it into `static/chat.js`, and `chatkit css` reads its
vocabulary (`class_names()`, `ids()`).

    >>> "message-history" in class_names(), "message-field" in ids()
    (True, True)
"""

import copy

__all__ = ["BUTTON", "FIELD", "HOST_IDS", "MESSAGE", "MESSAGE_KINDS", "POPUP_BODY_CLASS",
           "REQUIRED_CLASS", "WINDOW", "WINDOW_STYLE", "class_names", "element", "ids",
           "skeleton_html", "tags", "walk"]


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


BUTTON = {"type": "button"}

# The chat window (the body of the chat's iframe).  Every phase shown in the
# window (pre-chat form, chat, offline form) uses this one skeleton; the
# emulator shows the parts a phase needs and hides the others.
WINDOW = element("div", "container", role="window", children=[
    element("div", "inner-container", children=[
        element("div", "header", children=[
            element("span", "logo"),
            element("div", "title"),
            element("div", "controls", children=[
                element("button", "control end", role="end", attributes=BUTTON),
                element("button", "control close", role="close", attributes=BUTTON),
            ]),
        ]),
        # Introduction text of the pre-chat and offline forms.
        element("div", "intro"),
        # The form's fields (one FIELD each) are built per phase inside `form-list`.
        element("form", role="form", children=[
            element("ul", "form-list", role="fields"),
            element("div", "actions", role="form-actions", children=[
                element("button", "action-clear", role="clear", attributes=BUTTON),
                element("button", role="submit", attributes={"type": "submit"}),
            ]),
        ]),
        # The automatic translation notice, with the flag of the customer's language.
        element("div", "translation-header", children=[element("span", "flag")]),
        element("div", "message-history", role="history"),
        # The end-chat confirmation, and the acknowledgement once the chat has ended.
        element("div", "confirm-close", role="confirm", children=[
            element("p", "acknowledge-text", role="acknowledge"),
            element("button", role="yes", attributes=BUTTON),
            element("button", id="cancel-close-btn", role="no", attributes=BUTTON),
        ]),
        element("div", "message-actions", role="actions", children=[
            element("div", "message-box", children=[
                element("textarea", id="message-field", role="field"),
                element("span", id="message-counter", role="counter"),
            ]),
            element("button", role="send", attributes=BUTTON),
        ]),
        element("div", "footer"),
    ]),
])

# The class a required field's label has (the live window's `label.required`).
REQUIRED_CLASS = "required"

# One field of the pre-chat and offline forms, inside `form-list`: the emulator puts
# the field's control (input, select or textarea) after the label, drops
# REQUIRED_CLASS from the label of a field the form does not require, and shows
# `error-image` beside a field left invalid.
FIELD = element("li", role="field", children=[
    element("label", REQUIRED_CLASS, role="label"),
    element("span", "error-image", role="error"),
])

# One entry of the message history: who wrote it (agent or customer; empty for the
# chat's own messages), and the text, in `message-content` with one class of MESSAGE_KINDS.
MESSAGE = element("div", "message-wrapper", children=[
    element("span", "chat-msg-sender", role="sender"),
    element("div", "message-content", role="content"),
])

MESSAGE_KINDS = {
    "outgoing": "chat-outgoing-msg",  # what the customer wrote
    "incoming": "chat-incoming-msg",  # what the agent wrote
    "log": "chat-log-msg",
    "info": "chat-info-msg",  # system messages
    "error": "chat-error-msg",
    "link": "chat-link-msg",
}

# The live chat puts this class on <body> when it runs in its own popup window
# (facts: tenants target `body.is-popup`).  The emulator never pops out, so it never
# renders it; it is part of the vocabulary so that `chatkit css` knows the selector.
POPUP_BODY_CLASS = "is-popup"

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
    ".form-list { list-style: none; margin: 0; padding: 0; }",
    ".form-list li { display: flex; flex-direction: column; margin-top: 6px; }",
    "label.required:after { content: \" *\"; color: #a00; }",
    ".error-image { display: none; color: #a00; }",
    ".actions { display: flex; justify-content: flex-end; gap: 6px; margin-top: 8px; }",
    ".translation-header { display: none; }",
    ".message-history { flex: 1; overflow-y: auto; background: #fff;"
    " border: 1px solid #c8ced6; margin: 4px 0; }",
    ".message-wrapper { padding: 4px 8px; }",
    ".chat-msg-sender { display: block; font-size: 11px; color: #555; }",
    ".chat-msg-sender:empty { display: none; }",
    ".message-content { display: inline-block; padding: 6px 8px; border-radius: 4px; }",
    ".chat-outgoing-msg { background: #d9ecff; margin-left: 20%; }",
    ".chat-incoming-msg { background: #f0f0f0; margin-right: 20%; }",
    ".chat-log-msg, .chat-info-msg, .chat-error-msg, .chat-link-msg { color: #555;"
    " font-style: italic; }",
    ".chat-error-msg { color: #a00; }",
    ".confirm-close { padding: 8px; background: #fff6da; }",
    ".message-actions { display: flex; }",
    ".message-box { flex: 1; display: flex; flex-direction: column; }",
    "#message-field { flex: 1; height: 3em; resize: none; }",
    "#message-counter { font-size: 11px; color: #555; text-align: right; }",
    ".footer { min-height: 4px; }",
)

# The form controls the emulator builds inside a FIELD, and the other elements of forms.
_FORM_TAGS = ("label", "input", "select", "option", "textarea", "button")

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
    for tree in (WINDOW, FIELD, MESSAGE):
        yield from walk(tree)


def class_names():
    """Every class name that can appear in the chat window's document."""
    names = {name for node in _nodes() for name in node["classes"]}
    return sorted(names | set(MESSAGE_KINDS.values()) | {POPUP_BODY_CLASS})


def ids():
    """Every id inside the chat window."""
    return sorted({node["id"] for node in _nodes() if node["id"]})


def tags():
    """Every element name inside the chat window's document."""
    return sorted({node["tag"] for node in _nodes()} | set(_FORM_TAGS) | {"html", "body"})


def skeleton_html():
    """The chat window's body as HTML: one field in the form, one message of each kind."""
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
    if node["role"] == "fields":
        inner = _html(FIELD)
    if node["role"] == "history":
        inner = "".join(_message_html(kind) for kind in MESSAGE_KINDS.values())
    return "<%s%s>%s</%s>" % (node["tag"], attributes, inner, node["tag"])


def _message_html(kind_class):
    message = copy.deepcopy(MESSAGE)
    for node in walk(message):
        if node["role"] == "content":
            node["classes"].append(kind_class)
    return _html(message)
