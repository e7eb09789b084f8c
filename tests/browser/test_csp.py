"""`chatkit csp`'s policy proven in Chromium against the emulator (issue 18, "Done when").

The page is served from http://localhost:PORT and the chat (the emulator, its windows
and the [python] assets) from http://127.0.0.1:PORT, so 'self' is the page's own origin
and never the chat's.  Two witnesses of violations, neither the emulator's: every frame's
`securitypolicyviolation` events (a Playwright init script, which no policy blocks; in the
v2 widget's sandboxed srcdoc it may start after the frame's first events), and Chromium's
own console messages for each one ("... violates the following Content Security Policy
directive ..."), which Playwright reports for every frame, the srcdoc too.
"""

import pytest

from chatkit.build import assets as build
from chatkit.csp import check_policy, format_policy, policy_for
from chatkit.snippet import render_snippet
from chatkit.testing import EmulatorPage, config_for, page_html

pytestmark = pytest.mark.browser

RECORD = """window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(
    [e.effectiveDirective, e.blockedURI, e.disposition]));"""
NONCE = "r4nd0mN0nce"
HOOKS = "from browser import window\nwindow.__hooksRan = True\n"
ASSETS = "/csp-assets/"


def on_localhost(url):
    return url.replace("http://127.0.0.1:", "http://localhost:", 1)


def violations(page):
    """Every violation of every frame of the page: [directive, blocked URI, disposition]
    (each frame must have its recorder, or "no violation" would prove nothing)."""
    found = []
    for frame in page.frames:
        recorded = frame.evaluate("() => window.__violations")
        assert isinstance(recorded, list), "no violation recorder in %s" % frame.url
        found += recorded
    return found


def csp_messages(chat):
    """Chromium's console messages about the page's policy, from any frame."""
    return [text for kind, text in chat.console if "Content Security Policy" in text]


def header(policy):
    """The policy as `chatkit csp` prints it, its lines joined as a server sends them."""
    return " ".join(format_policy(policy, "header").splitlines())


@pytest.fixture
def csp_page(chatkit_server, page):
    """Open the config's snippet from localhost under `policy` (a header value); returns
    the EmulatorPage (not waiting for the chat, which the policy may stop)."""
    page.add_init_script(RECORD)
    urls = []

    def open_page(config, policy, nonce=None, python_assets=None, snippet=None,
                  name="Content-Security-Policy"):
        snippet = snippet or render_snippet(config, nonce=nonce, python_assets=python_assets)
        url = chatkit_server.add_page(page_html(snippet), headers={name: policy})
        urls.append(url)
        return EmulatorPage(page).goto(on_localhost(url), started=False)

    yield open_page
    for url in urls:
        chatkit_server.remove(url)


def chat_config(chatkit_server, api, python=False, tmp_path=None):
    data = {"chat": {"api": api}, "customer": {"Plan": "Gold"}}
    if python:
        (tmp_path / "hooks.py").write_text(HOOKS, encoding="utf-8")
        data["python"] = {"hooks": str(tmp_path / "hooks.py"),
                          "asset_base": chatkit_server.url + ASSETS}
    return config_for(data, chatkit_server.url)


def serve_build(chatkit_server, config):
    """Build the config's [python] assets and serve them; the snippet's python_assets."""
    made = build.assets(config)
    for asset in made:
        chatkit_server.add(ASSETS + asset.name, asset.content, "text/javascript; charset=utf-8",
                           headers={"Access-Control-Allow-Origin": "*"})
    return build.python_assets(config, built=made)


def converse(chat):
    """The whole visit: the chat starts, its window opens, an agent answers."""
    chat.wait_started()
    chat.click_button()
    chat.submit_pre_chat({"name": "Ann"})
    chat.agent_join("Bob")
    chat.agent_message("Hello from Bob")
    assert "Hello from Bob" in chat.history()  # the window's own script drew it


CASES = [(api, python, nonce) for api in ("v1", "v2") for python in (False, True)
         for nonce in (None, NONCE)]


@pytest.mark.parametrize("api, python, nonce", CASES)
def test_the_printed_policy_lets_the_whole_chat_run_without_a_violation(
        csp_page, chatkit_server, tmp_path, api, python, nonce):
    config = chat_config(chatkit_server, api, python, tmp_path)
    assets = serve_build(chatkit_server, config) if python else None
    policy = policy_for(config, nonce=nonce, python_assets=assets)
    assert check_policy(config, header(policy), nonce=nonce, python_assets=assets,
                        page_origin=on_localhost(chatkit_server.url)) == []
    # Exactly the printed policy, then under a site whose default is 'none' (8x8's guide:
    # "you must list each directive above explicitly, not rely on the fallback").
    for served in (header(policy), header(policy) + "; default-src 'none'"):
        chat = csp_page(config, served, nonce=nonce, python_assets=assets)
        converse(chat)
        if python:
            chat.page.wait_for_function("() => window.__hooksRan === true", timeout=20_000)
            assert chat.page.evaluate("window.__chatkit.python") == "started"
        chat.settle()
        assert violations(chat.page) == [], served
        assert csp_messages(chat) == [], served
        assert [note for note in chat.notes if "Content-Security-Policy" in note] == []
        assert chat.errors == []


def without(policy, name):
    """The printed policy less directive `name`, on a site whose default is 'none'."""
    kept = ["%s %s" % (key, " ".join(sources)) for key, sources in policy.directives.items()
            if key != name]
    return "; ".join(kept + ["default-src 'none'"])


# What the emulator (or the browser) shows when each directive is missing: the start of
# the emulator's note, or None for a directive whose need the emulator does not load
# (8x8's guide lists it; what the widget loads under it is not documented).
SHOWN = {
    ("v1", "frame-src"): "the page's Content-Security-Policy, default-src (for frame-src), "
                         "blocks the chat window from %s: no chat",
    ("v1", "img-src"): "the page's Content-Security-Policy, default-src (for img-src), blocks "
                       "the chat button's image from %s: the chat button shows no picture",
    ("v2", "connect-src"): "the page's Content-Security-Policy, default-src (for connect-src), "
                           "blocks the chat's server from %s: the widget cannot reach",
    ("v2", "img-src"): "the page's Content-Security-Policy, default-src (for img-src), blocks "
                       "the chat window's logo from %s: the widget's images do not show",
    ("v2", "media-src"): "the page's Content-Security-Policy, default-src (for media-src), "
                         "blocks the notification sound from %s: the widget plays no sound",
    ("v2", "style-src"): "the page's Content-Security-Policy, default-src (for style-src-elem), "
                         "blocks the chat window's styles",
    ("v2", "frame-src"): None,
    ("v2", "font-src"): None,
}
REMOVALS = [(api, name) for api, directives in (
    ("v1", ("script-src", "frame-src", "img-src")),
    ("v2", ("script-src", "connect-src", "frame-src", "img-src", "media-src", "style-src",
            "font-src"))) for name in directives]


@pytest.mark.parametrize("api, name", REMOVALS)
def test_each_directive_removed_is_named_by_the_check_and_fails_as_it_says(
        csp_page, chatkit_server, api, name):
    config = chat_config(chatkit_server, api)
    policy = policy_for(config)
    assert name in policy.directives
    served = without(policy, name)
    found = check_policy(config, served, page_origin=on_localhost(chatkit_server.url))
    assert found and {blocked.directive for blocked in found} == {name}
    chat = csp_page(config, served)
    if name == "script-src":
        # The snippet's inline script is refused: no chat at all.
        assert ["script-src-elem", "inline", "enforce"] in violations(chat.page)
        assert chat.page.evaluate("typeof window.__8x8Emulator") == "undefined"
        return
    chat.wait_started()
    chat.click_button()
    shown = SHOWN[(api, name)]
    if shown is None:
        # The emulator loads nothing under it: the chat works, and the check alone says
        # what 8x8's widget would lose.
        chat.submit_pre_chat({"name": "Ann"})
        assert chat.in_window(".header .title") == ["Test channel"]
        return
    shown = shown % chatkit_server.url if "%s" in shown else shown
    chat.wait_for("(state, shown) => state.notes.some((note) => note.startsWith(shown))", shown)
    # Chromium says it too, naming the fallback that applied.
    assert any("default-src 'none'" in text for text in csp_messages(chat))
    if name == "style-src":
        assert chat.in_window(".header", "background-color") == ["rgba(0, 0, 0, 0)"]


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_python_without_unsafe_eval_stays_off_and_the_check_says_why(
        csp_page, chatkit_server, tmp_path, api):
    config = chat_config(chatkit_server, api, python=True, tmp_path=tmp_path)
    assets = serve_build(chatkit_server, config)
    printed = header(policy_for(config, nonce=NONCE, python_assets=assets))
    no_eval = printed.replace(" 'unsafe-eval'", "")
    [blocked] = check_policy(config, no_eval, nonce=NONCE, python_assets=assets,
                             page_origin=on_localhost(chatkit_server.url))
    assert (blocked.directive, blocked.what) == ("script-src", "Brython compiling Python")
    chat = csp_page(config, no_eval, nonce=NONCE, python_assets=assets)
    chat.wait_started()
    chat.page.wait_for_function("() => window.__chatkit.python === 'blocked'")


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_the_printed_hashes_are_the_ones_the_browser_computes(csp_page, chatkit_server, page,
                                                               api):
    config = chat_config(chatkit_server, api)
    script_src = policy_for(config).directives["script-src"]
    only_hashes = "script-src " + " ".join(s for s in script_src if s.startswith("'sha256-"))
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    loader = "/CHAT/common/js/chat.js" if api == "v1" else "/vcc-chat-channels/"
    # The snippet runs: it asks for its chat script (v1) or the discovery service (v2);
    # only its own inline script is allowed, so the chat's script is then refused.
    chat = csp_page(config, only_hashes)
    chat.page.wait_for_function("() => window.__violations.some((v) => v[0] === "
                                "'script-src-elem' && v[1].indexOf('/CHAT/common/js/') !== -1)")
    assert any(loader in url for url in asked)
    assert ["script-src-elem", "inline", "enforce"] not in violations(chat.page)
    # One byte changed in the snippet (in a comment of its script): refused.
    snippet = render_snippet(config)
    changed = snippet.replace(" at a time", " at a tima", 1)
    assert len(changed) == len(snippet) and changed != snippet
    asked.clear()
    chat = csp_page(config, only_hashes, snippet=changed)
    chat.page.wait_for_function("() => window.__violations.length > 0")
    assert violations(chat.page) == [["script-src-elem", "inline", "enforce"]]
    assert not any(loader in url for url in asked)


def test_report_only_blocks_nothing_and_the_notes_say_it_was_reported(
        csp_page, chatkit_server, tmp_path):
    config = chat_config(chatkit_server, "v2")
    served = without(policy_for(config), "style-src")
    headers = tmp_path / "headers.txt"
    headers.write_text("Content-Security-Policy-Report-Only: %s\n" % served, encoding="utf-8")
    [blocked] = check_policy(config, "@%s" % headers, page_origin=on_localhost(chatkit_server.url))
    assert blocked.directive == "style-src" and blocked.report_only
    chat = csp_page(config, served, name="Content-Security-Policy-Report-Only")
    converse(chat)
    assert chat.in_window(".header", "background-color") != ["rgba(0, 0, 0, 0)"]  # styled
    chat.wait_for("(state, part) => state.notes.some((n) => n.indexOf(part) !== -1)",
                  "(Content-Security-Policy-Report-Only: reported, not blocked)")
    assert {violation[2] for violation in violations(chat.page)} <= {"report"}
    assert csp_messages(chat) and all("The policy is report-only" in text
                                      for text in csp_messages(chat))
