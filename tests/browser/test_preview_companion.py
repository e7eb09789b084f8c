"""`chatkit serve` of a config with [server], in Chromium: the preview runs chatkit server
against its emulator of 8x8's APIs, the page's snippet asks it, and the preview's buttons flip
8x8's state (open, closed, queue, no agent, 503...) for v1 and v2. Expected texts are typed
from the preview's states (chatkit/preview/companion.py) and SPEC 10's wording."""

import subprocess
import sys

import pytest
from test_preview import PreviewProcess

pytestmark = pytest.mark.browser

CONFIG = """\
[chat]
uuid = "script_preview"
tenant = "dGVuYW50"
channel = "Support"
domain = "https://vcc-na7.8x8.com"
%s
[server]
url = "https://chat-status.example.com"
origins = ["https://www.example.com"]
schedule = "Support hours"
queues = [101, 102]

[callback]
type = "when-agent-available"
queue = 201
expiry_minutes = 60
countries = ["GB", "US"]

[availability]
closed_text = "Closed. Back {next_opening}."
"""
STATUS = ".chatkit-availability"
FORM = "form.chatkit-callback"


def status_is(page, text):
    page.wait_for_function("([s, t]) => { const n = document.querySelector(s); "
                           "return n && n.textContent === t; }", arg=[STATUS, text],
                           timeout=10_000)


def form_shown(page, shown):
    page.wait_for_function("([s, shown]) => { const f = document.querySelector(s); "
                           "return shown ? !!f && !f.hidden : !f || f.hidden; }",
                           arg=[FORM, shown], timeout=10_000)


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_the_buttons_flip_what_the_page_shows(tmp_path, page, api):
    chat = 'api = "v2"\nchannel_uuid = "Ab3ULjXFQx-unSA6ebdW8A"\n' if api == "v2" else ""
    preview = PreviewProcess(tmp_path, {"chat.toml": CONFIG % chat}).start()
    console = []
    page.on("console", lambda message: console.append(message.text))
    try:
        page.goto(preview.url)
        page.wait_for_function("() => document.documentElement.dataset.live === 'connected'")
        # The emulator starts open, 2 agents in each queue, no one waiting, 30 s average.
        status_is(page, "No one waiting, short wait")
        form_shown(page, False)
        page.click("button[data-server='queue']")
        status_is(page, "10 waiting, medium wait")  # 5 in each of the two queues; 200 s
        page.click("button[data-server='busy']")
        status_is(page, "24 waiting, long wait")
        form_shown(page, True)
        page.click("button[data-server='closed-unknown']")
        status_is(page, "Closed.")  # closed_text without its sentence of the time
        form_shown(page, True)  # the callback waits for an agent, with an expiry
        page.click("button[data-server='closed']")
        page.wait_for_function("(s) => document.querySelector(s).textContent"
                               ".startsWith('Closed. Back ')", arg=STATUS)
        page.click("button[data-server='open']")
        status_is(page, "No one waiting, short wait")
        form_shown(page, False)
        # 8x8 fails with nothing cached: /v1/status answers 503 and the page keeps its text.
        page.click("button[data-server='down']")
        page.wait_for_timeout(500)
        assert page.text_content(STATUS) == "No one waiting, short wait"
        page.click("button[data-server='fine']")
        status_is(page, "No one waiting, short wait")
        assert page.text_content("#chatkit-action-error") == ""
    finally:
        code, rest = preview.stop()
    assert code == 0 and not any("Traceback" in line for line in rest)


def test_under_the_policy_chatkit_csp_prints_the_preview_lets_the_page_ask_its_companion(
        tmp_path, page):
    # The printed policy allows https://chat-status.example.com (the [server] url) in
    # connect-src; the preview's companion is on another local port, which the preview's
    # adapted policy must allow in its place, or the status fetch is blocked.
    (tmp_path / "chat.toml").write_text(CONFIG % "", encoding="utf-8")
    printed = subprocess.run([sys.executable, "-m", "chatkit", "csp", "chat.toml"],
                             cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert "https://chat-status.example.com" in printed
    preview = PreviewProcess(tmp_path, {"chat.toml": CONFIG % ""},
                             "--csp", " ".join(printed.split("\n"))).start()
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text
            and violations.append(message.text))
    try:
        page.goto(preview.url)
        page.wait_for_function("() => document.documentElement.dataset.live === 'connected'")
        status_is(page, "No one waiting, short wait")
        assert violations == []
        assert page.locator("#chatkit-reports li").all_inner_texts() == ["None."]
    finally:
        code, rest = preview.stop()
    assert code == 0 and not any("Traceback" in line for line in rest)
    assert not any("blocked" in line.lower() for line in rest), rest
