"""The v2 chat (Webchat v2): a discovery request, chatv3.js, and `chatApp`.

Reference: 8x8-webchat-v2/ (webchat-script.md for the snippet's shape).
"""

API = "v2"
TITLE = "the v2 chat (chatApp, chatv3.js)"
LOADER_PATH = "/CHAT/common/js/chatv3.js"
EMULATOR = "chatv3.js"
TEMPLATE = "snippet-v2.html.j2"
# The snippet asks this service whether the tenant's chat lives on another domain.
DISCOVERY_PATH = "/vcc-chat-channels/public/webchat/discovery"
DEFAULT_DISCOVERY_URL = "https://cloud8-cc-geo.8x8.com" + DISCOVERY_PATH
ONLY_KEYS = ("chat.discovery_url", "chat.quick_replies", "chat.notification_sound", "theme")
