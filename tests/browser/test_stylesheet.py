"""The custom stylesheet inside the chat window (reference: "Custom Stylesheet"; SPEC 7),
and the chat window's DOM as chatkit.emulator.dom describes it."""

import pytest

from chatkit.emulator import dom as chat_dom

pytestmark = pytest.mark.browser

STYLESHEET = """
.header .title { color: rgb(1, 2, 3); }
.message-history { background-color: rgb(4, 5, 6); }
.chat-info-msg { font-size: 21px; }
#message-field { border-top-width: 7px !important; border-top-style: solid !important; }
.header .logo { display: none !important; }
"""


# The configured URL is https, always (SPEC 5.4); the scenario maps it to the local file.
STYLESHEET_URL = "https://cdn.example.com/tenant/chat.css"


@pytest.fixture
def local_stylesheet(chatkit_server):
    url = chatkit_server.add("/tenant/chat.css", STYLESHEET, "text/css")
    yield {"stylesheets": {STYLESHEET_URL: url}}
    chatkit_server.remove(url)


def test_the_custom_stylesheet_applies_inside_the_chat_window(open_chat, local_stylesheet):
    chat = open_chat(settings={"stylesheetURL": STYLESHEET_URL},
                     scenario={"preChat": False, **local_stylesheet})
    assert chat.state()["stylesheetURL"] == STYLESHEET_URL
    chat.click_button()
    chat.page.wait_for_function("""() => {
        const doc = document.getElementById('__8x8-chat-window').contentDocument;
        return Array.from(doc.styleSheets).some((s) => s.href && s.cssRules.length);
    }""")
    assert chat.in_window(".header .title", "color") == ["rgb(1, 2, 3)"]
    assert chat.in_window(".message-history", "background-color") == ["rgb(4, 5, 6)"]
    assert chat.in_window(".chat-info-msg", "font-size") == ["21px"]
    assert chat.in_window("#message-field", "border-top-width") == ["7px"]
    assert chat.in_window(".header .logo", "visible") == [False]


def test_the_stylesheet_does_not_leak_into_the_page(open_chat, local_stylesheet):
    chat = open_chat(settings={"stylesheetURL": STYLESHEET_URL},
                     head='<style>.title { color: rgb(9, 9, 9); }</style>',
                     scenario={"preChat": False, **local_stylesheet})
    chat.page.evaluate("document.body.insertAdjacentHTML('beforeend', "
                       "'<div class=\"title\" id=\"own\">mine</div>')")
    chat.click_button()
    color = chat.page.evaluate("getComputedStyle(document.getElementById('own')).color")
    assert color == "rgb(9, 9, 9)"


def test_without_a_stylesheet_the_window_links_none(open_chat):
    chat = open_chat(scenario={"preChat": False})
    chat.click_button()
    assert chat.in_window("link") == []
    assert chat.state()["stylesheetURL"] is None


def test_the_chat_window_has_every_class_and_id_of_chat_dom(open_chat):
    chat = open_chat(scenario={"preChat": False})
    chat.click_button()
    chat.agent_join("Ann")
    chat.agent_message("hello")
    chat.page.frame_locator("#__8x8-chat-window").locator("#message-field").fill("hi")
    chat.page.frame_locator("#__8x8-chat-window").locator("#message-field").press("Enter")
    chat.settle()  # the window draws what the page sends it, by postMessage
    present = chat.page.evaluate("""() => {
        const doc = document.getElementById('__8x8-chat-window').contentDocument;
        const all = Array.from(doc.querySelectorAll('*'));
        return [all.flatMap((e) => Array.from(e.classList)), all.map((e) => e.id)];
    }""")
    kinds_not_shown = {"chat-log-msg", "chat-error-msg", "chat-link-msg"}
    kinds_not_shown.add(chat_dom.POPUP_BODY_CLASS)  # on <body> in popup mode only
    assert set(chat_dom.class_names()) - kinds_not_shown <= set(present[0])
    assert set(present[0]) <= set(chat_dom.class_names())
    assert set(chat_dom.ids()) <= set(present[1])


def test_the_chat_button_goes_into_the_button_container(open_chat):
    chat = open_chat()
    parent = chat.page.evaluate("document.getElementById('__8x8-chat-button').parentElement.id")
    assert parent == "__8x8-chat-button-container-script_1234567890.abcdef"


@pytest.mark.parametrize("align, side", [("left", "left"), ("right", "right")])
def test_the_chat_window_sits_on_the_aligned_side(open_chat, align, side):
    chat = open_chat(settings={"align": align})
    chat.click_button()
    box = chat.page.locator("#__8x8-chat-window").bounding_box()
    width = chat.page.viewport_size["width"]
    assert (box["x"] < width / 2) is (side == "left")
