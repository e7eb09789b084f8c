"""What a server of the emulators answers, for the test server and the preview alike (SPEC 7, 8).

Each chat version's script at its 8x8 path (`chatkit.versions.emulator_paths()`), v2's
discovery endpoint, and the `[chat]` values that point a config at such a server:

    >>> emulator_file("/./CHAT/common/js/chatv3.js").name
    'chatv3.js'
    >>> pointed_at("v2", "http://127.0.0.1:8000")["discovery_url"]
    'http://127.0.0.1:8000/vcc-chat-channels/public/webchat/discovery'

CPython only.
"""

from pathlib import Path

from chatkit._resources import resource_dir
from chatkit.versions import adapter, emulator_paths, v2

__all__ = ["DISCOVERY_ANSWER", "DISCOVERY_PATH", "emulator_file", "emulator_files",
           "pointed_at"]

# The v2 snippet asks 8x8's discovery service whether the tenant's chat lives on another
# domain (webchat-script.md: `config.domain = !data.domain ? config.domain : data.domain`);
# `{}` names none, so `domain` stays the server's own URL.
DISCOVERY_PATH = v2.DISCOVERY_PATH
DISCOVERY_ANSWER = b"{}"


def emulator_files() -> dict[str, Path]:
    """{8x8's path of each chat script: chatkit's emulator of it}."""
    static = resource_dir("static")
    return {path: static / name for path, name in emulator_paths().items()}


def emulator_file(path: str) -> Path | None:
    """The emulator a request of `path` asks for (any path ending in a chat script's 8x8
    path: a config's domain and v1 `path` come before it), else None."""
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
