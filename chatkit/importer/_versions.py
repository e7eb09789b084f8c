"""Each chat version's snippet as a config: v1's settings and `onInit`, v2's config and callback.

- v1 (`window.__8x8Chat = {...}`, chat.js): the settings object gives `[chat]` and
  `customSystemMessages` gives `[messages]` (the reference's `{<agent>}` written
  `{{agent}}`, with a warning).  In `onInit(bus)`, literal publishes of
  `customer:set-info`, `customer:reset-info`, `chat:set-language` and
  `chat:set-variables` give `[customer]`, `language` and `[variables]`, applied in order
  as the chat would; everything else is listed as not imported.
- v2 (the Configuration Manager's current one: `chatApp`, chatv3.js): the config object
  gives `[chat]` (with `api = "v2"`) and `themeCustom` gives `[theme]`; the discovery
  request's URL becomes `discovery_url` when it is not 8x8's.  In the callback
  `(chatApp)`, literal calls, chained or not, give `[customer]`, `language`,
  `[variables]`, `quick_replies` and `notification_sound`; everything else is listed as
  not imported.  The snippet is `(function (c, f, ef) {...})(c, f, ef)`: the callback is
  `f`, or `c` when it is a function; `c` may instead be options (`loaderURL`), `ef` the
  `customerror` handler.
- the calls of either body: each statement is a call, or a chain of calls, on the
  function's first parameter (`bus.publish(...)`,
  `chatApp.setCustomerInfo({...}).setCustomerLanguage("fr")`), yielded link by link as a
  `Call`, or anything else, yielded as an `Other` statement to list as not imported.  A
  server-template tag inside the body (`{% if %}`) means the template decides what runs:
  then every statement is `Other`.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tree_sitter import Node

from chatkit.config import CONTAINER_PREFIX, DEFAULT_PATH
from chatkit.config.messages import with_chat_placeholder
from chatkit.importer._javascript import (
    NotAValue,
    Script,
    check_depth,
    members,
    unwrapped,
    value,
)
from chatkit.importer._snippet import Imported, Snippet, not_an_object
from chatkit.importer._source import TAG, code
from chatkit.importer._stock import page_code, parameters_of, statements
from chatkit.rules import topics
from chatkit.versions import v1, v2

HOOKS = "do it from hooks.py, where chat.on_ready(...) gives you the chat"

FUNCTIONS = ("function_expression", "arrow_function", "function_declaration", "function",
             "generator_function", "generator_function_declaration", "method_definition")
_SKIPPED = ("comment", "empty_statement")


@dataclass(frozen=True)
class Call:
    """One call on the chat object: its method, its arguments, where it is (`node`, the
    method's name), and how a message shows it."""

    method: str
    node: Node
    arguments: list[Node]
    shown: str


def _call(script: Script, parameter: str, method: Node, call: Node) -> Call:
    arguments = call.child_by_field_name("arguments")
    given = [] if arguments is None else [
        child for child in arguments.named_children if child.type != "comment"]
    text = script.data[method.start_byte : call.end_byte].decode("utf-8", errors="ignore")
    return Call(script.text(method), method, given, code(parameter + "." + text[:200]))


@dataclass(frozen=True)
class Other:
    """A statement that is no call on the chat object; `why` says why when it could be one."""

    node: Node
    shown: str
    why: str = ""


def _other(script: Script, node: Node, why: str = "") -> Other:
    return Other(node, code(script.text(node, 200)), why)


def parameter(script: Script, function: Node) -> str | None:
    """The name of a function's first parameter (`bus`, `chatApp`), when it is a plain name."""
    single = function.child_by_field_name("parameter")  # `bus => ...`
    if single is not None:
        return script.text(single) if single.type == "identifier" else None
    parameters = function.child_by_field_name("parameters")
    if parameters is None:
        return None
    first = next((p for p in parameters.named_children if p.type != "comment"), None)
    while first is not None and first.type in ("required_parameter", "optional_parameter",
                                               "assignment_pattern"):
        first = first.child_by_field_name("pattern") or first.child_by_field_name("left")
    return script.text(first) if first is not None and first.type == "identifier" else None


def body(script: Script, function: Node) -> Iterator[Call | Other]:
    """The calls on the function's first parameter, and every other statement, in order."""
    name = parameter(script, function)
    block = function.child_by_field_name("body")
    if block is None:
        return
    statements = [block] if block.type != "statement_block" else [
        child for child in block.named_children if child.type not in _SKIPPED]
    tag = next((c for c in script.templates_in(block) if c.kind == TAG), None)
    for statement in statements:
        if tag is not None:
            yield _other(script, statement, "the template decides whether it runs: %s"
                         % code(tag.text))
            continue
        links = _chain(script, statement, name)
        if links is None:
            yield _other(script, statement)
        else:
            yield from links


def _chain(script, statement, name):
    """The calls of `name.a(...).b(...)`, first to last; None for any other statement."""
    node = statement
    if node.type == "expression_statement":
        node = next((c for c in node.named_children if c.type != "comment"), node)
    links = []
    node = unwrapped(node)
    while node.type == "call_expression":
        function = node.child_by_field_name("function")
        callee = None if function is None else unwrapped(function)
        if callee is None or callee.type != "member_expression":
            return None
        method, target = (callee.child_by_field_name(f) for f in ("property", "object"))
        if method is None or target is None:
            return None
        links.append(_call(script, name or "", method, node))
        node = unwrapped(target)
    if name is None or not links or node.type != "identifier" or script.text(node) != name:
        return None
    return links[::-1]


# --- v1: window.__8x8Chat and onInit(bus) --------------------------------------------------------

# __8x8Chat property -> [chat] key
SETTINGS = {
    "uuid": "uuid", "tenant": "tenant", "channel": "channel", "domain": "domain",
    "channelUuid": "channel_uuid", "path": "path", "buttonContainerId": "button_container_id",
    "align": "align", "stylesheetURL": "stylesheet_url",
}
MESSAGES, ON_INIT = "customSystemMessages", "onInit"
_TOPIC_HINTS = {
    topics.TRIGGER_INVITATION: "a trigger: call chat.trigger_invitation() from hooks.py",
    topics.TRIGGER_PRE_CHAT: "a trigger: call chat.trigger_pre_chat() from hooks.py",
    topics.TRIGGER_CHAT_WINDOW: "a trigger: call chat.trigger_chat_window() from hooks.py",
    topics.END: "ends the chat: call chat.end() from hooks.py",
}


def import_v1(snippet: Snippet) -> Imported:
    check_depth(snippet.script, snippet.node)
    result = Imported(v1.API, snippet.script, snippet.node)
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


# --- v2: the config object and the callback (chatApp) --------------------------------------------

# config property -> [chat] key
CONFIG = {
    "scriptUuid": "uuid", "tenant": "tenant", "channelName": "channel",
    "channelUuid": "channel_uuid", "domain": "domain",
    "buttonContainerId": "button_container_id", "align": "align",
}
THEME = "themeCustom"
_CALLS = {  # chatApp method -> (table, key) it sets
    "setCustomerLanguage": ("chat", "language"),
    "setInvitationQuickReplies": ("chat", "quick_replies"),
    "setNotificationSoundToggle": ("chat", "notification_sound"),
}
_APP_HINTS = {
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
        _page_code(result, snippet, scope)
    if result.chat.get("button_container_id") == CONTAINER_PREFIX + str(result.chat.get("uuid")):
        del result.chat["button_container_id"]
    return result


def _page_code(result, snippet, function):
    """What a tenant added to 8x8's loader, inside the snippet's function or beside it in its
    <script>: listed as not imported, each with its line (chatkit's snippet has the loader)."""
    script = snippet.script
    block = function.child_by_field_name("body")
    if block is not None and block.type == "statement_block":
        for statement in page_code(block, script.data, parameters_of(function, script.data),
                                   snippet.node):
            result.not_imported(statement, code(script.text(statement, 200)),
                                "page code in the snippet; " + HOOKS)
    if script.whole_file:  # a component: the rest of the file is the app
        return
    outer = function
    while outer.parent is not None and outer.parent.type != "program":
        outer = outer.parent
    for statement in statements(script.root):
        if statement != outer:
            result.not_imported(statement, code(script.text(statement, 200)),
                                "page code beside the snippet in its <script>; " + HOOKS)


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
        result.not_imported(call.node, call.shown, _APP_HINTS.get(call.method, HOOKS))
