"""Shared helpers of the browser tests: pages with the Configuration Manager's stock snippet.

The server (`chatkit_server`), the browser and the `EmulatorPage` come from chatkit's
own pytest plugin, the one tenants use; one server and one browser per session,
a fresh context and page per test.
"""

import pytest
from controller_support import RUNTIMES
from v2_support import open_chat_app, open_v2  # noqa: F401 - the v2 pages' fixtures

from chatkit.snippet import script_json
from chatkit.testing import page_html

UUID = "script_1234567890.abcdef"
CONTAINER = "__8x8-chat-button-container-" + UUID

# The Configuration Manager's snippet, with the settings and onInit a test needs.
STOCK_SNIPPET = """<div id="%(container)s"></div>
<script type="text/javascript">
var __8x8Chat = %(settings)s;
%(on_init)s
(function() {
    var se = document.createElement('script'); se.type = 'text/javascript'; se.async = true;
    se.src = __8x8Chat.domain + __8x8Chat.path + '/CHAT/common/js/chat.js';
    var os = document.getElementsByTagName('script')[0]; os.parentNode.insertBefore(se, os);
})();
</script>
"""


@pytest.fixture(params=RUNTIMES)
def runtime_name(request):
    """The [python] runtime a controller test runs on: each runs on Brython and MicroPython."""
    return request.param


def stock_settings(url, **settings):
    return {"uuid": UUID, "tenant": "dGVuYW50", "channel": "Support", "domain": url,
            "path": "/.", "buttonContainerId": CONTAINER, "align": "right", **settings}


@pytest.fixture
def open_chat(chatkit_server, chatkit_emulator):
    """Open a page with the stock snippet; `on_init` is the JavaScript body of onInit(bus).

    `settings` replace stock values, `drop` names settings left out of `__8x8Chat`.

    The bus is on `window.bus` (and on `__8x8Emulator.bus`) for the test to publish on.
    """
    urls = []

    def open_page(settings=None, scenario=None, on_init="window.bus = bus;", head="",
                  started=True, drop=()):
        function = "__8x8Chat.onInit = function (bus) { %s };" % on_init if on_init else ""
        values = stock_settings(chatkit_server.url, **(settings or {}))
        snippet = STOCK_SNIPPET % {
            "container": CONTAINER,
            "settings": script_json({k: v for k, v in values.items() if k not in drop}),
            "on_init": function,
        }
        urls.append(chatkit_server.add_page(page_html(snippet, scenario=scenario, head=head)))
        return chatkit_emulator.goto(urls[-1], started=started)

    yield open_page
    for url in urls:
        chatkit_server.remove(url)

