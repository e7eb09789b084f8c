"""The two generations of the 8x8 chat, one adapter each (SPEC 2, 4, 7).

    v1   window.__8x8Chat, chat.js, a message bus      chatkit.versions.v1
    v2   init(config, callback), chatv3.js, chatApp    chatkit.versions.v2

An adapter names what is particular to its version: the snippet's template
(templates/) and the values it fills in (`snippet_context(config)`), the chat
script's path and chatkit's emulator of it (static/), the config keys only it
has (`ONLY_KEYS`), requires (`REQUIRED_KEYS`) or fills in (`CHAT_DEFAULTS`),
and its page glue for the Python API (`BROWSER_ADAPTER`: chatkit.browser._v1 /
_v2, which only its own version's chatkit bundle ships).  The config, the rules,
the CLI, the preview and the test kit are version-blind: they ask `adapter(api)`.
CPython only.
"""

from types import ModuleType

from chatkit.versions import v1, v2

__all__ = ["ADAPTERS", "APIS", "DEFAULT_API", "adapter", "emulator_paths", "only_in"]

DEFAULT_API = v1.API
ADAPTERS = {v1.API: v1, v2.API: v2}
APIS = tuple(ADAPTERS)


def adapter(api: str) -> ModuleType:
    """The module of chat version `api` ("v1" or "v2")."""
    return ADAPTERS[api]


def emulator_paths() -> dict[str, str]:
    """{path of the chat script on 8x8's domain: chatkit's emulator of it, in static/}."""
    return {version.LOADER_PATH: version.EMULATOR for version in ADAPTERS.values()}


def only_in() -> dict[str, ModuleType]:
    """{config key or table only one version has: that version's adapter}."""
    return {key: version for version in ADAPTERS.values() for key in version.ONLY_KEYS}
