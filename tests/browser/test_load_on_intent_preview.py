"""`chatkit serve` with `[chat] load = "click"` and `"consent"`: the snippet's own button in the
page, nothing of the chat asked for until it is clicked or the panel calls
`window.chatkit.load()` (what a consent manager would), then the chat runs in the preview."""

from urllib.parse import urlsplit

import pytest
from test_preview import CHAT, LIVE, PreviewProcess

from chatkit.testing import EmulatorPage

pytestmark = pytest.mark.browser

CLICK = CHAT + 'load = "click"\nbutton_text = "Talk to an adviser"\n'
CONSENT = CHAT + 'load = "consent"\n'


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    server = PreviewProcess(tmp_path_factory.mktemp("preview-load"), {"chat.toml": CLICK}).start()
    yield server
    code, rest = server.stop()
    assert (code, rest[-1:]) == (0, ["Preview stopped."])


def open_preview(page, preview, config):
    preview.edit("chat.toml", config)
    chat_requests = []
    page.on("request", lambda request: urlsplit(request.url).path.startswith("/CHAT/")
            and chat_requests.append(request.url))
    page.goto(preview.url)
    page.wait_for_function(LIVE)
    page.wait_for_load_state("networkidle")
    return chat_requests


def test_the_preview_shows_the_snippets_button_and_loads_the_chat_on_its_click(page, preview):
    chat_requests = open_preview(page, preview, CLICK)
    assert chat_requests == []
    assert "until the visitor clicks your snippet's button" in page.locator(
        "#chatkit-chat-state").text_content()
    page.locator("main").get_by_role("button", name="Talk to an adviser").click()
    chat = EmulatorPage(page).wait_started()
    chat.wait_for_phase("chatWindow")  # v1's chat:trigger-chat-window, from onInit
    assert chat.state()["startedByApi"] is True
    assert chat_requests  # the emulator's chat.js, asked for on the click


def test_the_preview_panel_gives_consent_as_the_page_would(page, preview):
    chat_requests = open_preview(page, preview, CONSENT)
    assert chat_requests == []
    assert page.locator("main").get_by_role("button").count() == 0
    page.get_by_role("button", name="The page calls window.chatkit.load()").click()
    chat = EmulatorPage(page).wait_started()
    assert chat.state()["phase"] == "closed"
    page.get_by_role("button", name="Clicks the chat button").click()
    chat.wait_for_phase("preChat")
