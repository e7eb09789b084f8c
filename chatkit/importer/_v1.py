"""A v1 snippet (`window.__8x8Chat = {...}`, chat.js) as a config.

The settings object gives `[chat]` and `customSystemMessages` gives `[messages]` (the
reference's `{<agent>}` written `{{agent}}`, with a warning).  In `onInit(bus)`, literal
publishes of `customer:set-info`, `customer:reset-info`, `chat:set-language` and
`chat:set-variables` give `[customer]`, `language` and `[variables]`, applied in order as
the chat would; everything else is listed as not imported.
"""

from chatkit.config import CONTAINER_PREFIX, DEFAULT_PATH
from chatkit.importer._calls import FUNCTIONS, Call, Other, body
from chatkit.importer._result import Imported, not_an_object
from chatkit.importer._snippets import Snippet
from chatkit.importer._source import code
from chatkit.importer._values import NotAValue, check_depth, members, unwrapped, value
from chatkit.rules import topics
from chatkit.rules.messages import with_chat_placeholder

# __8x8Chat property -> [chat] key
SETTINGS = {
    "uuid": "uuid", "tenant": "tenant", "channel": "channel", "domain": "domain",
    "channelUuid": "channel_uuid", "path": "path", "buttonContainerId": "button_container_id",
    "align": "align", "stylesheetURL": "stylesheet_url",
}
MESSAGES, ON_INIT = "customSystemMessages", "onInit"
HOOKS = "do it from hooks.py, where chat.on_ready(...) gives you the chat"
_TOPIC_HINTS = {
    topics.TRIGGER_INVITATION: "a trigger: call chat.trigger_invitation() from hooks.py",
    topics.TRIGGER_PRE_CHAT: "a trigger: call chat.trigger_pre_chat() from hooks.py",
    topics.TRIGGER_CHAT_WINDOW: "a trigger: call chat.trigger_chat_window() from hooks.py",
    topics.END: "ends the chat: call chat.end() from hooks.py",
}


def import_v1(snippet: Snippet) -> Imported:
    check_depth(snippet.script, snippet.node)
    result = Imported("v1", snippet.script, snippet.node)
    settings = unwrapped(snippet.node)
    if settings.type != "object":
        result.refuse("__8x8Chat", not_an_object(snippet.script, settings))
        return result
    found = members(snippet.script, settings)
    on_init = tuple(member.node for member in found if member.name == ON_INIT)
    result.refuse_template_tags(settings, "the __8x8Chat settings", on_init)
    for member in found:
        _setting(result, member)
    for script, node in snippet.elsewhere:
        result.not_imported(node, code(script.text(node, 200)), "set outside the __8x8Chat "
                            "settings object; " + HOOKS, script)
    _drop_defaults(result.chat)
    return result


def _setting(result, member):
    name = member.name
    if member.kind == "pair" and name in SETTINGS:
        _chat_value(result, name, member.value)
    elif member.kind == "pair" and name == MESSAGES:
        _messages(result, member.value)
    elif member.kind in ("pair", "method") and name == ON_INIT:
        _on_init(result, member.value)
    elif member.kind in ("spread", "computed", "placeholder") or name in SETTINGS:
        error = NotAValue(member.node, member.what, result.shown(member.node))
        result.refuse("a property of __8x8Chat", error)
    else:
        result.not_imported(member.node, result.shown(member.node),
                            "the __8x8Chat settings have no property %s" % code(str(name)))


def _chat_value(result, name, node):
    try:
        result.set("chat", SETTINGS[name], value(result.script, node), node)
    except NotAValue as error:
        result.refuse("__8x8Chat.%s" % name, error)


def _messages(result, node):
    result.each_pair(node, "__8x8Chat.%s" % MESSAGES,
                     lambda member, text: _message(result, member, text))


def _message(result, member, text):
    if isinstance(text, str):
        text, documented = with_chat_placeholder(text)
        if documented:
            result.warn(member.value, "%s.%s: {<agent>}, as 8x8's documentation prints it, "
                        "imported as {{agent}}, the placeholder the chat replaces"
                        % (MESSAGES, member.name))
    result.set("messages", member.name, text, member.value)


def _on_init(result, node):
    function = unwrapped(node)
    if function.type not in FUNCTIONS:
        result.not_imported(node, "onInit: %s" % result.shown(node),
                            "a function defined elsewhere; " + HOOKS)
        return
    for item in body(result.script, function):
        if isinstance(item, Other):
            result.not_imported(item.node, item.shown, item.why or "page code; " + HOOKS)
        else:
            _bus_call(result, item)


def _bus_call(result, call: Call):
    if call.method != "publish" or not call.arguments:
        hint = "a listener: use chat.on(topic, handler) in hooks.py" \
            if call.method == "subscribe" else HOOKS
        result.not_imported(call.node, call.shown, hint)
        return
    try:
        topic = value(result.script, call.arguments[0])
        _publish(result, call, topic, call.arguments[1:])
    except NotAValue as error:
        which = "its topic" if error.node == call.arguments[0] else "its data"
        result.not_imported(call.node, call.shown, "%s is %s; %s" % (which, error.what, HOOKS))


def _publish(result, call, topic, data):
    if topic == topics.SET_INFO and data:
        result.merge("customer", data[0])
    elif topic == topics.RESET_INFO:
        result.tables["customer"].clear()
    elif topic == topics.SET_LANGUAGE and data:
        result.set("chat", "language", value(result.script, data[0]), data[0])
    elif topic == topics.SET_VARIABLES and data:
        result.merge("variables", data[0])
    elif topic in _TOPIC_HINTS:
        result.not_imported(call.node, call.shown, _TOPIC_HINTS[topic])
    elif topic in topics.COMMANDS:
        result.not_imported(call.node, call.shown, "it sends no data, so it changes nothing")
    else:
        result.not_imported(call.node, call.shown, "production's bus has no topic %s: it does "
                            "nothing" % code(str(topic)))


def _drop_defaults(chat):
    if chat.get("path") == DEFAULT_PATH:
        del chat["path"]
    if chat.get("button_container_id") == CONTAINER_PREFIX + str(chat.get("uuid")):
        del chat["button_container_id"]
