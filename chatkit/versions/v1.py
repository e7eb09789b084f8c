"""The v1 chat: `window.__8x8Chat`, chat.js and its message bus.

Reference: 8x8-embedded-chat-api.txt; production: 8x8-chat-js-facts.md.
"""

API = "v1"
TITLE = "the v1 chat (__8x8Chat, chat.js)"
# `domain + path + LOADER_PATH` is the chat script the snippet loads.
LOADER_PATH = "/CHAT/common/js/chat.js"
EMULATOR = "chat.js"
TEMPLATE = "snippet.html.j2"
# Config keys only this version has (dotted; a table by its name).
ONLY_KEYS = ("chat.path", "chat.stylesheet_url", "messages")
