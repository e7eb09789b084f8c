"""A v1 config's hooks read for what the v2 chat lacks: calls, events and bus topics.

The hooks stay as they are (the same `chat` drives both chats), but on v2 a call or an
event only v1 has warns and does nothing (SPEC 6).  The hooks are Python, read with
`ast`: `chat.trigger_invitation()` and `chat.trigger_pre_chat()` (v1 bus topics, no
`chatApp` method, chatkit.browser.versions), `chat.on("chat:trigger-invitation", ...)`
(a v1 topic, no `setProxy` callback), and any other use of a v1 bus topic or of v1's
objects (`bus.publish("chat:end")`, `window.__8x8Chat`).
"""

import ast
from dataclasses import dataclass

from chatkit.browser.versions import CALLS, EVENTS, V1, V2
from chatkit.rules import topics

__all__ = ["HooksWarning", "v1_only_uses"]

# What v2 offers instead, from trigger-webchat.md ("when you want to launch the webchat:
# window.chatApp.startChat()").
_INSTEAD = {"trigger_invitation": "v2 has no call that shows the invitation; "
                                  "chat.trigger_chat_window() (v2's startChat) opens the chat",
            "trigger_pre_chat": "v2 has no call that shows the pre-chat form; "
                                "chat.trigger_chat_window() (v2's startChat) opens the chat"}
_V1_OBJECTS = {"__8x8Chat": "window.__8x8Chat is v1's settings object; v2 has window.chatApp",
               "bus": "the v1 bus; v2 has no bus (chatApp's methods, chat.on(...) for its "
                      "callbacks)"}
_TOPICS = frozenset(topics.COMMANDS + topics.EVENTS)


@dataclass(frozen=True)
class HooksWarning:
    """A line of the hooks that uses what only the v1 chat has."""

    line: int
    what: str  # `chat.trigger_invitation()`
    why: str


def v1_only_uses(source: str) -> list[HooksWarning]:
    """Every call, event, bus topic and v1 object of the hooks the v2 chat lacks, by line.

    Raises SyntaxError for source that is not Python (chatkit check names it)."""
    tree = ast.parse(source)
    chats = _chat_names(tree)
    found: list[HooksWarning] = []
    reported: set[int] = set()  # ids of string nodes already named by their call
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            found += _call(node, chats, reported)
    for node in ast.walk(tree):
        found += _other(node, reported)
    return sorted(set(found), key=lambda w: (w.line, w.what))


def _chat_names(tree):
    """The names `chat` has in the hooks: `from chatkit.browser import chat [as c]`."""
    names = {"chat"}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "chatkit.browser":
            names.update(alias.asname or alias.name for alias in node.names
                         if alias.name == "chat")
    return names


def _dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def _call(node, chats, reported):
    name = _dotted(node.func)
    if name is None:
        return []
    root, _, call = name.partition(".")
    if name.startswith("chatkit.browser.chat."):
        root, call = "chat", name[len("chatkit.browser.chat."):]
    if root not in chats:
        return []
    if call in CALLS and V2 not in CALLS[call]:
        return [HooksWarning(node.lineno, "chat.%s()" % call, "a call only the v1 chat has (%s); "
                             "%s" % (CALLS[call][V1], _INSTEAD.get(call, "v2 has none")))]
    if call == "on" and node.args and isinstance(node.args[0], ast.Constant) \
            and isinstance(node.args[0].value, str):
        event = node.args[0].value
        reported.add(id(node.args[0]))
        if event in EVENTS and V2 not in EVENTS[event]:
            return [HooksWarning(node.lineno, 'chat.on("%s", ...)' % event,
                                 "a v1 bus topic; the v2 chat has no such event (its events "
                                 "are setProxy's callbacks: event-callbacks.md)")]
    return []


def _other(node, reported):
    if isinstance(node, ast.Constant) and isinstance(node.value, str) \
            and node.value in _TOPICS and id(node) not in reported:
        return [HooksWarning(node.lineno, '"%s"' % node.value, "a v1 bus topic; the v2 chat "
                             "has no bus: use chat's calls, which drive either chat")]
    name = node.attr if isinstance(node, ast.Attribute) else \
        node.id if isinstance(node, ast.Name) else None
    if name in _V1_OBJECTS and not (name == "bus" and isinstance(node, ast.Name)):
        return [HooksWarning(node.lineno, _dotted(node) or name, _V1_OBJECTS[name])]
    return []
