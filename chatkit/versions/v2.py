"""The v2 chat (Webchat v2): a discovery request, chatv3.js, and `chatApp`.

Reference: 8x8-webchat-v2/ (webchat-script.md for the snippet's shape).  The
snippet (templates/snippet-v2.html.j2) sets up 8x8's config object, asks the
discovery service whether the tenant's chat lives on another domain, loads
`domain + LOADER_PATH`, and hands the script's `init` event the config and a
callback; the callback gets `chatApp` and applies the config's language,
customer info, variables, quick replies and sound.
"""

from typing import TYPE_CHECKING, Any

from chatkit.browser.versions import PROXY_CALLBACKS

__all__ = ["API", "BROWSER_ADAPTER", "CHAT_DEFAULTS", "DEFAULT_DISCOVERY_URL", "DISCOVERY_PATH",
           "EMULATOR", "KNOWN_BY", "LOADER_PATH", "ONLY_KEYS", "REQUIRED_KEYS", "TEMPLATE",
           "TITLE", "init", "settings", "snippet_context"]

if TYPE_CHECKING:
    from chatkit.config import Config

API = "v2"
# What a snippet of this version is known by.
KNOWN_BY = "chatApp, chatv3.js"
TITLE = "the v2 chat (%s)" % KNOWN_BY
LOADER_PATH = "/CHAT/common/js/chatv3.js"
EMULATOR = "chatv3.js"
TEMPLATE = "snippet-v2.html.j2"
# Its page glue for the Python API: only this version's bundle ships it (chatkit.build.bundle).
BROWSER_ADAPTER = "chatkit.browser._v2"
# The snippet asks this service whether the tenant's chat lives on another domain.
DISCOVERY_PATH = "/vcc-chat-channels/public/webchat/discovery"
DEFAULT_DISCOVERY_URL = "https://cloud8-cc-geo.8x8.com" + DISCOVERY_PATH
# Config keys only this version has (see chatkit.versions.v1.ONLY_KEYS).
ONLY_KEYS = {
    "chat.discovery_url": ("a discovery URL", "the v1 chat loads chat.js from domain + path"),
    "chat.quick_replies": ("invitation quick replies", "the v1 chat's API has no such call"),
    "chat.notification_sound": ("a notification sound switch",
                                "the v1 chat's API has no such call"),
    "theme": ("a theme ([theme], themeCustom)", "the v1 chat is styled with stylesheet_url"),
}

# [chat] defaults only this version has, and keys it requires beyond the shared four (the
# snippet sends channelUuid to the discovery service, and the config object carries it).
CHAT_DEFAULTS = {"discovery_url": DEFAULT_DISCOVERY_URL}
REQUIRED_KEYS = ("channel_uuid",)


def settings(config: "Config") -> dict[str, Any]:
    """The config object of 8x8's v2 snippet, plus `themeCustom` when `[theme]` is set."""
    chat = config.chat
    found: dict[str, Any] = {
        "scriptUuid": chat.uuid, "tenant": chat.tenant, "channelName": chat.channel,
        "channelUuid": chat.channel_uuid, "domain": chat.domain,
        "buttonContainerId": chat.button_container_id, "align": chat.align}
    if config.theme:
        found["themeCustom"] = config.theme
    return found


def init(config: "Config") -> dict[str, Any]:
    """What the snippet's callback applies to `chatApp`, in plain JavaScript."""
    chat = config.chat
    found: dict[str, Any] = {}
    if chat.language:
        found["language"] = chat.language
    if config.customer:
        found["customer"] = config.customer
    if config.variables:
        found["variables"] = config.variables
    if chat.quick_replies is not None:
        found["quickReplies"] = list(chat.quick_replies)
    if chat.notification_sound is not None:
        found["sound"] = chat.notification_sound
    return found


def snippet_context(config: "Config") -> dict[str, Any]:
    """What templates/snippet-v2.html.j2 needs beside the shared values (chatkit.snippet)."""
    return {
        "settings": settings(config),
        "init": init(config),
        "discovery_url": config.chat.discovery_url or DEFAULT_DISCOVERY_URL,
        "loader_path": LOADER_PATH,
        "proxy_callbacks": list(PROXY_CALLBACKS),
    }
