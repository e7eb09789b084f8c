"""Pages with a v2 snippet against the v2 emulator: 8x8's own, and chatkit's.

8x8's is webchat-script.md's, word for word, but for its identifiers (made-up ones),
its `domain` (the test server) and the arguments of its last call (the page's
callback, `props` such as `loaderURL`, the error function `ef`): that is what proves
the emulator runs the real snippet unchanged.  Its discovery request goes, as written,
to 8x8's discovery service; the test routes it to the test server's discovery endpoint,
which answers `{}` as SPEC 8 says, so `domain` stays the server's URL.

chatkit's is `chatkit snippet` of a v2 config pointed at the test server (its
`discovery_url` is the server's); the page's callback runs where chatkit's snippet
hands chatApp to the page's code, `window.__chatkit.onChatApp`.
"""

import json
import re

import pytest

from chatkit.snippet import render_snippet
from chatkit.testing import config_for, page_html
from tests.reference import reference_text

# 8x8's identifiers in the documentation -> made-up ones (PLAN: never a real tenant's).
MADE_UP = {
    "script_1333070733643e5b8fa7a791.52161248": "script_0123456789abcdef01234567.89012345",
    "Y2hyaXNjcm9tYmllZGVtbzAx": "ZXhhbXBsZTAx",
    "Ak3ULjXFQx-unSA6ebdW8A": "Ab3ULjXFQx-unSA6ebdW8A",
}
DOCUMENTED_DOMAIN = "https://vcc-eu11.8x8.com"
DISCOVERY = "https://cloud8-cc-geo.8x8.com/vcc-chat-channels/public/webchat/discovery"
UUID = MADE_UP["script_1333070733643e5b8fa7a791.52161248"]
CONTAINER = "__8x8-chat-button-container-" + UUID
# The callback most tests give: the chatApp on window, as trigger-webchat.md does.
KEEP_CHAT_APP = "function (chatApp) { window.chatApp = chatApp; }"
# Records every setProxy callback the page receives, with its arguments, on window.fired.
RECORD_CALLBACKS = """function (chatApp) {
    window.chatApp = chatApp;
    window.fired = [];
    var proxy = {};
    ["onAppStart", "onAppEnd", "onOpenInvitation", "onOpenOnlineForm", "onOpenChat",
     "onOpenOfflineForm", "onSkipQueue", "onCustomerInfoSent", "onSessionCreated",
     "onSessionEnd", "onSessionError"].forEach(function (name) {
        proxy[name] = function () {
            window.fired.push([name].concat(Array.prototype.slice.call(arguments)));
        };
    });
    chatApp.setProxy(proxy);
}"""


def documented_snippet():
    """The snippet of webchat-script.md, as 8x8 documents it."""
    text = reference_text("8x8-webchat-v2/webchat-script.md")
    return re.search(r"```html\n(.*?)```", text, re.S).group(1)


def v2_snippet(url, arguments="", domain=None, drop=(), values=None, config="", nonce=None):
    """8x8's snippet with made-up identifiers, `domain` (default: the test server at `url`)
    and `arguments` for its last call, `})(arguments);`.

    To model a tenant's edits: `drop` removes settings from its config, `values` gives
    settings other values (JavaScript text), `config` adds entries after `align` (as
    button-theming.md adds themeCustom), `nonce` goes on its script tag.
    """
    snippet = documented_snippet()
    for documented, made_up in {**MADE_UP, DOCUMENTED_DOMAIN: domain or url}.items():
        assert documented in snippet, documented  # the documentation changed: look again
        snippet = snippet.replace(documented, made_up)
    for name in drop:
        snippet, found = re.subn(r"\n *%s: [^\n]*," % name, "", snippet, count=1)
        assert found == 1, name
    for name, value in (values or {}).items():
        snippet, found = re.subn(r"(\n *%s: )[^\n]*," % name,
                                 lambda match, value=value: match.group(1) + value + ",",
                                 snippet, count=1)
        assert found == 1, name
    snippet = snippet.replace('align: "right",\n', 'align: "right",\n%s\n' % config, 1)
    if nonce:
        snippet = snippet.replace('<script type="text/javascript">',
                                  '<script type="text/javascript" nonce="%s">' % nonce, 1)
    assert snippet.count("})();") == 1
    return snippet.replace("})();", "})(%s);" % arguments)


def route_discovery(page, server_url, asked=None):
    """8x8's discovery service, answered by the test server's endpoint; each URL asked is
    appended to `asked`."""

    def answer(route):
        if asked is not None:
            asked.append(route.request.url)
        query = route.request.url.split("?", 1)[1] if "?" in route.request.url else ""
        response = route.fetch(url=server_url + "/vcc-chat-channels/public/webchat/discovery?"
                               + query)
        route.fulfill(response=response)

    page.route(DISCOVERY + "*", answer)


@pytest.fixture
def open_v2(chatkit_server, chatkit_emulator):
    """Open a page with 8x8's v2 snippet; `arguments` are those of its last call
    (default: a callback keeping chatApp on `window.chatApp`), `edits` those of
    `v2_snippet` (domain, drop, values, config).  `body` goes before it."""
    urls = []

    def open_page(arguments=KEEP_CHAT_APP, scenario=None, head="", body="", started=True,
                  headers=None, nonce=None, **edits):
        route_discovery(chatkit_emulator.page, chatkit_server.url)
        snippet = v2_snippet(chatkit_server.url, arguments, nonce=nonce, **edits)
        html = page_html(body + snippet, scenario=scenario, head=head, nonce=nonce)
        urls.append(chatkit_server.add_page(html, headers=headers))
        return chatkit_emulator.goto(urls[-1], started=started)

    yield open_page
    for url in urls:
        chatkit_server.remove(url)


@pytest.fixture(params=["8x8's snippet", "chatkit's snippet"])
def open_chat_app(request, open_v2, chatkit_server, chatkit_emulator):
    """Open a page with 8x8's v2 snippet, then with chatkit's: `callback(chatApp)` is the
    page's code (JavaScript), `theme` the config's themeCustom / [theme]."""
    urls = []

    def with_8x8(callback=KEEP_CHAT_APP, scenario=None, theme=None, started=True):
        config = "themeCustom: %s," % json.dumps(theme) if theme is not None else ""
        return open_v2(arguments=callback, scenario=scenario, config=config, started=started)

    def with_chatkit(callback=KEEP_CHAT_APP, scenario=None, theme=None, started=True):
        data = {"chat": {"api": "v2"}, **({"theme": theme} if theme is not None else {})}
        snippet = render_snippet(config_for(data, chatkit_server.url))
        hand_over = "<script>window.__chatkit = {onChatApp: %s};</script>" % callback
        urls.append(chatkit_server.add_page(page_html(snippet, scenario=scenario,
                                                      head=hand_over)))
        return chatkit_emulator.goto(urls[-1], started=started)

    yield with_8x8 if request.param == "8x8's snippet" else with_chatkit
    for url in urls:
        chatkit_server.remove(url)
