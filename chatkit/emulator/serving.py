"""What a server of the emulators answers, for the test server and the preview alike (SPEC 7, 8).

Each chat version's script at its 8x8 path (`chatkit.versions.emulator_paths()`), the
files of the chat windows and what they load (`WINDOW_FILES`), v2's discovery endpoint,
and the `[chat]` values that point a config at such a server:

    >>> emulator_file("/./CHAT/common/js/chatv3.js").name
    'chatv3.js'
    >>> pointed_at("v2", "http://127.0.0.1:8000")["discovery_url"]
    'http://127.0.0.1:8000/vcc-chat-channels/public/webchat/discovery'

CPython only.
"""

from pathlib import Path

from chatkit._resources import resource_dir
from chatkit.versions import adapter, emulator_paths, v2

__all__ = ["BUTTON_IMAGE_PATH", "CONTENT_TYPES", "DISCOVERY_ANSWER", "DISCOVERY_PATH",
           "SERVER_PATH", "SOUND_PATH", "V1_WINDOW_PATH", "V1_WINDOW_SCRIPT_PATH", "V2_LOGO_PATH",
           "V2_WINDOW_SCRIPT_PATH",
           "WINDOW_FILES", "content_type", "emulator_file", "emulator_files", "pointed_at"]

# The v2 snippet asks 8x8's discovery service whether the tenant's chat lives on another
# domain (webchat-script.md: `config.domain = !data.domain ? config.domain : data.domain`);
# `{}` names none, so `domain` stays the server's own URL.
DISCOVERY_PATH = v2.DISCOVERY_PATH
DISCOVERY_ANSWER = b"{}"

# What the chat windows load from the chat's domain, at the emulator's own paths (*assumed*:
# production's are not documented; each stands for what 8x8's CSP guide says the widget
# contacts, so that a page's policy blocks the emulator where it would block the chat):
# v1's window, a document of the domain (facts: "The chat itself ... runs in an iframe
# served from the tenant's 8x8 domain"), and its script; the chat button's image (facts:
# "a link wrapping an image"); v2's window script (its iframe srcdoc has no inline
# script: "All widget scripts load from external files"), its logo (img-src), its
# notification sound (media-src) and what its window asks the chat's server (connect-src).
V1_WINDOW_PATH = "/CHAT/common/html/chat-window.html"
V1_WINDOW_SCRIPT_PATH = "/CHAT/common/js/chat-window.js"
BUTTON_IMAGE_PATH = "/CHAT/common/img/chat-button.svg"
V2_WINDOW_SCRIPT_PATH = "/CHAT/common/js/chatv3-window.js"
V2_LOGO_PATH = "/CHAT/common/img/chat-logo.svg"
SOUND_PATH = "/CHAT/common/sounds/notification.wav"
SERVER_PATH = "/CHAT/common/api/session.json"
WINDOW_FILES = {
    V1_WINDOW_PATH: "chat-window.html",
    V1_WINDOW_SCRIPT_PATH: "chat-window.js",
    BUTTON_IMAGE_PATH: "chat-button.svg",
    V2_WINDOW_SCRIPT_PATH: "chatv3-window.js",
    V2_LOGO_PATH: "chat-logo.svg",
    SOUND_PATH: "chat-sound.wav",
    SERVER_PATH: "chat-session.json",
}
CONTENT_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".svg": "image/svg+xml",
    ".wav": "audio/wav",
    ".json": "application/json",
}


def emulator_files() -> dict[str, Path]:
    """{8x8's path of each chat script, and of each file its windows load: chatkit's
    emulator of it}; serve each with `content_type(file)`."""
    static = resource_dir("static")
    names = {**emulator_paths(), **WINDOW_FILES}
    return {path: static / name for path, name in names.items()}


def content_type(file: Path) -> str:
    """The Content-Type of an emulator file, by its suffix."""
    return CONTENT_TYPES[file.suffix]


def emulator_file(path: str) -> Path | None:
    """The emulator file a request of `path` asks for (any path ending in one of
    `emulator_files()`' paths: a config's domain and v1 `path` come before it), else None."""
    for loader_path, file in emulator_files().items():
        if path.endswith(loader_path):
            return file
    return None


def pointed_at(api: str, url: str) -> dict[str, str]:
    """The `[chat]` values that make a config of chat version `api` load the emulator from
    the server at `url`: its `domain`, v1's `path` "/.", v2's `discovery_url`."""
    version = adapter(api)
    values = {"domain": url}
    if "chat.path" in version.ONLY_KEYS:
        values["path"] = "/."
    discovery = getattr(version, "DISCOVERY_PATH", None)
    if discovery is not None:
        values["discovery_url"] = url + discovery
    return values
