"""The v1 chat: `window.__8x8Chat`, chat.js and its message bus.

Reference: 8x8-embedded-chat-api.txt; production: 8x8-chat-js-facts.md.  The
snippet (templates/snippet.html.j2) is the Configuration Manager's: it sets
`window.__8x8Chat` and loads `domain + path + LOADER_PATH`; its `onInit(bus)`
publishes the config's language, customer info and variables.
"""

from typing import TYPE_CHECKING, Any

from chatkit.rules import topics

__all__ = ["API", "BROWSER_ADAPTER", "CHAT_DEFAULTS", "EMULATOR", "KNOWN_BY", "LOADER_PATH",
           "ONLY_KEYS", "OTHER_LANGUAGES", "REQUIRED_KEYS", "TEMPLATE", "TITLE", "init",
           "messages_by_language", "settings", "snippet_context"]

if TYPE_CHECKING:
    from chatkit.config import Config

API = "v1"
# What a snippet of this version is known by.
KNOWN_BY = "__8x8Chat, chat.js"
TITLE = "the v1 chat (%s)" % KNOWN_BY
# `domain + path + LOADER_PATH` is the chat script the snippet loads.
LOADER_PATH = "/CHAT/common/js/chat.js"
EMULATOR = "chat.js"
TEMPLATE = "snippet.html.j2"
# Its page glue for the Python API: only this version's bundle ships it (chatkit.build.bundle).
BROWSER_ADAPTER = "chatkit.browser._v1"
# Config keys only this version has (dotted; a table by its name): what each is, and what
# the other version does instead, for the error a config of the other version gets.
ONLY_KEYS = {
    "chat.path": ("a path", "the v2 snippet loads chatv3.js from the domain itself"),
    "chat.stylesheet_url": ("a stylesheet URL", "the v2 chat is themed with [theme]"),
    "messages": ("custom system messages ([messages])",
                 "8x8's v2 documentation offers no way to set them from the page"),
}
# [chat] defaults only this version has, and keys it requires beyond the shared four.
CHAT_DEFAULTS = {"path": "/."}
REQUIRED_KEYS = ()
# The key of `messages_by_language` that holds the messages of every other language.
OTHER_LANGUAGES = "*"


def settings(config: "Config") -> dict[str, Any]:
    """`window.__8x8Chat` as the Configuration Manager writes it, plus chatkit's options."""
    chat = config.chat
    found: dict[str, Any] = {"uuid": chat.uuid, "tenant": chat.tenant, "channel": chat.channel}
    if chat.channel_uuid is not None:
        found["channelUuid"] = chat.channel_uuid
    found.update(domain=chat.domain, path=chat.path, buttonContainerId=chat.button_container_id,
                 align=chat.align)
    messages = dict(config.messages)
    if chat.language is not None:
        messages.update(config.messages_by_language.get(chat.language, {}))
    if messages:
        found["customSystemMessages"] = messages
    if chat.stylesheet_url is not None:
        found["stylesheetURL"] = chat.stylesheet_url
    return found


def init(config: "Config") -> dict[str, Any]:
    """What the snippet's onInit publishes, in plain JavaScript."""
    found: dict[str, Any] = {}
    if config.chat.language:
        found["language"] = config.chat.language
    if config.customer:
        found["customer"] = config.customer
    if config.variables:
        found["variables"] = config.variables
    return found


def messages_by_language(config: "Config") -> dict[str, dict[str, str]] | None:
    """When the browser's language picks the system messages: each language's table over
    `[messages]`, `"*"` for the other languages; None when the config fixes them.

    The chat reads `customSystemMessages` once, as it starts, and has no bus topic
    for them (facts, point 4): so the snippet chooses the table before it loads
    chat.js.  Only keys a table or `[messages]` sets: the real chat localises its
    own defaults, so filling a gap with the English default would override them.
    """
    if not config.messages_by_language or config.chat.language:
        return None
    base, by_language = config.messages, config.messages_by_language
    return {code: {**base, **overrides}
            for code, overrides in list(by_language.items()) + [(OTHER_LANGUAGES, {})]}


def snippet_context(config: "Config") -> dict[str, Any]:
    """What templates/snippet.html.j2 needs beside the shared values (chatkit.snippet)."""
    return {
        "settings": settings(config),
        "init": init(config),
        "messages_by_language": messages_by_language(config),
        "topics": topics,
        "loader_path": LOADER_PATH,
        "other_languages": OTHER_LANGUAGES,
    }
