"""Test a site's chat against the 8x8 chat emulator, in CI, the way chatkit tests itself (SPEC 8).

    from chatkit.testing import serve

    with serve("site") as url:       # http://127.0.0.1:PORT, emulator at /CHAT/common/js/chat.js
        page.goto(url + "/index.html")

A config whose `domain` is that URL (and, v1, `path` "/."; v2, `discovery_url` the
URL's discovery path) loads the emulator unchanged: v1's `chat.js` (`EMULATOR_JS`),
v2's `chatv3.js` (`EMULATOR_V2_JS`).  The pytest plugin (`chatkit.testing.plugin`,
loaded automatically) gives fixtures built on this: `chatkit_server`,
`chatkit_open`, `chatkit_emulator`, `chatkit_status_server`.

With `[server]`, `StatusServer` (chatkit.server.local.LocalServer) runs chatkit server
against its emulator of 8x8's APIs, for the availability text and the callback form.
"""

from chatkit.testing._page import EmulatorPage, config_for, page_html, snippet_page
from chatkit.testing._server import EMULATOR_JS, EMULATOR_V2_JS, ChatkitServer, KitError, serve


def __getattr__(name):
    # StatusServer needs the [server] extra (Starlette, httpx...): imported when asked for.
    if name == "StatusServer":
        from chatkit.server.local import LocalServer

        return LocalServer
    raise AttributeError("module 'chatkit.testing' has no attribute %r" % name)

__all__ = [
    "EMULATOR_JS",
    "EMULATOR_V2_JS",
    "ChatkitServer",
    "EmulatorPage",
    "KitError",
    "StatusServer",
    "config_for",
    "page_html",
    "serve",
    "snippet_page",
]
