"""A v2 snippet (the Configuration Manager's current one: `chatApp`, chatv3.js) as a config.

The config object gives `[chat]` (with `api = "v2"`) and `themeCustom` gives `[theme]`; the
discovery request's URL becomes `discovery_url` when it is not 8x8's.  In the callback
`(chatApp)`, literal calls, chained or not, give `[customer]`, `language`, `[variables]`,
`quick_replies` and `notification_sound`; everything else is listed as not imported.

The snippet is `(function (c, f, ef) {...})(c, f, ef)`: the callback is `f`, or `c` when it
is a function; `c` may instead be options (`loaderURL`), `ef` the `customerror` handler.
"""

import re

from tree_sitter import Node

from chatkit.config import CONTAINER_PREFIX
from chatkit.importer._calls import FUNCTIONS, Call, Other, body, parameter
from chatkit.importer._result import Imported
from chatkit.importer._snippets import Snippet
from chatkit.importer._source import code
from chatkit.importer._values import NotAValue, check_depth, members, unwrapped, value
from chatkit.versions import v2

# config property -> [chat] key
CONFIG = {
    "scriptUuid": "uuid", "tenant": "tenant", "channelName": "channel",
    "channelUuid": "channel_uuid", "domain": "domain",
    "buttonContainerId": "button_container_id", "align": "align",
}
THEME = "themeCustom"
HOOKS = "do it from hooks.py, where chat.on_ready(...) gives you the chat"
_CALLS = {  # chatApp method -> (table, key) it sets
    "setCustomerLanguage": ("chat", "language"),
    "setInvitationQuickReplies": ("chat", "quick_replies"),
    "setNotificationSoundToggle": ("chat", "notification_sound"),
}
_HINTS = {
    "setProxy": "lifecycle callbacks: use chat.on(...) in hooks.py",
    "startChat": "a trigger: call chat.trigger_chat_window() from hooks.py",
    "endChat": "ends the chat: call chat.end() from hooks.py",
}
_URL_QUERY = '((new_expression constructor: (identifier) @name arguments: (arguments) @found)' \
             ' (#eq? @name "URL"))'


def import_v2(snippet: Snippet) -> Imported:
    check_depth(snippet.script, snippet.node)
    result = Imported(v2.API, snippet.script, snippet.node)
    result.chat["api"] = v2.API
    result.refuse_template_tags(snippet.node, "the v2 config")
    for member in members(snippet.script, snippet.node):
        _config_member(result, member)
    scope = _enclosing_function(snippet.node)
    _discovery(result, scope or snippet.script.root)
    if scope is not None:
        _arguments(result, scope)
    if result.chat.get("button_container_id") == CONTAINER_PREFIX + str(result.chat.get("uuid")):
        del result.chat["button_container_id"]
    return result


def _config_member(result, member):
    name = member.name
    if member.kind == "pair" and name in CONFIG:
        try:
            result.set("chat", CONFIG[name], value(result.script, member.value), member.value)
        except NotAValue as error:
            result.refuse("config.%s" % name, error)
    elif member.kind == "pair" and name == THEME:
        _theme(result, member.value)
    elif member.kind in ("spread", "computed", "placeholder") or name in CONFIG:
        result.refuse("a property of the v2 config", NotAValue(member.node, member.what,
                                                                result.shown(member.node)))
    else:
        result.not_imported(member.node, result.shown(member.node),
                            "the v2 config has no property %s" % code(str(name)))


def _theme(result, node):
    result.each_pair(node, "config.%s" % THEME, lambda member, item: result.set(
        "theme", member.name, item, member.value))


def _enclosing_function(node):
    parent = node.parent
    while parent is not None and parent.type not in FUNCTIONS:
        parent = parent.parent
    return parent


def _discovery(result, scope):
    found = result.script.query(scope, _URL_QUERY)
    arguments = [a for a in found[0].named_children if a.type != "comment"] if found else []
    if not arguments:
        return
    try:
        url = value(result.script, arguments[0])
    except NotAValue as error:
        result.refuse("the discovery URL", error)
        return
    if url != v2.DEFAULT_DISCOVERY_URL:
        result.set("chat", "discovery_url", url, arguments[0])


def _arguments(result, function):
    """The snippet's own arguments: `(c, f, ef)` of `(function (c, f, ef) {...})(...)`."""
    call = _calling(function)
    if call is None:
        return
    given = [a for a in call.child_by_field_name("arguments").named_children
             if a.type != "comment"]
    first, second, third = (given + [None, None, None])[:3]
    callback = second if second is not None else first
    for argument in given[:3]:
        if argument is callback and unwrapped(argument).type in FUNCTIONS:
            _callback(result, unwrapped(argument))
        else:
            result.not_imported(argument, result.shown(argument), _argument_hint(argument,
                                                                                 given))


def _calling(function):
    node = function
    while node.parent is not None and node.parent.type == "parenthesized_expression":
        node = node.parent
    call = node.parent
    if call is not None and call.type == "call_expression" \
            and call.child_by_field_name("function") == node:
        return call
    return None


def _argument_hint(argument, given):
    index = given.index(argument)
    if index == 2:
        return "the handler of a failed start (customerror); " + HOOKS
    if unwrapped(argument).type == "object":
        return "the snippet's options (loaderURL: where chatv3.js comes from); the config " \
               "has no such setting"
    return "the snippet's callback, written elsewhere; " + HOOKS


def _callback(result, function):
    check_depth(result.script, function)
    name = parameter(result.script, function) or ""
    keeps_app = re.compile(r"(window\.)?chatApp\s*=\s*%s\s*;?" % re.escape(name))
    for item in body(result.script, function):
        if isinstance(item, Other):
            text = result.script.text(item.node, 200)
            hint = "chatkit's v2 snippet sets window.chatApp itself" \
                if name and keeps_app.fullmatch(text) else "page code; " + HOOKS
            result.not_imported(item.node, item.shown, item.why or hint)
        else:
            _app_call(result, item)


def _app_call(result, call: Call):
    try:
        _apply(result, call)
    except NotAValue as error:
        result.not_imported(call.node, call.shown, "its argument is %s; %s" % (error.what,
                                                                                HOOKS))


def _apply(result, call):
    argument: Node | None = call.arguments[0] if call.arguments else None
    if call.method == "setCustomerInfo" and argument is not None:
        result.merge("customer", argument)
    elif call.method == "resetCustomerInfo":
        result.tables["customer"].clear()
    elif call.method == "setVariables" and argument is not None:
        result.merge("variables", argument)
    elif call.method in _CALLS and argument is not None:
        table, key = _CALLS[call.method]
        result.set(table, key, value(result.script, argument), argument)
    else:
        result.not_imported(call.node, call.shown, _HINTS.get(call.method, HOOKS))
