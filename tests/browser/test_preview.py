"""`chatkit serve` in Chromium: the page, its controls, reloads on every save, broken configs.

One preview server (a real `chatkit serve chat.toml --stylesheet theme.css` process)
for the module; each test gets a fresh page, with the files put back first.  Waits
are on the page's state, never on the clock.

The local stylesheet reaches the chat window through the emulator's `stylesheets`
scenario option (SPEC 7): the snippet keeps the config's https URL.
"""

import os
import queue
import signal
import socket
import subprocess
import sys
import threading

import pytest

from chatkit.emulator.dom import HOST_IDS
from chatkit.testing import EmulatorPage

pytestmark = pytest.mark.browser

CHAT = """\
[chat]
uuid = "script_preview"
tenant = "dGVuYW50"
channel = "Support"
domain = "https://vcc-na7.8x8.com"
"""
STYLESHEET_URL = "https://cdn.example.com/chat.css"
CUSTOMER = """
[customer]
Plan = "Premium"
"""
CONFIG = CHAT + 'stylesheet_url = "%s"\n' % STYLESHEET_URL + CUSTOMER
PYTHON_CONFIG = CHAT + """\
[python]
hooks = "hooks.py"
asset_base = "https://cdn.example.com/chatkit/"
"""
HOOKS = "from chatkit.browser import chat\nchat.customer.set_info({'Hooks': %d})\n"
HOOKS_RAN = """(version) => window.__8x8Emulator
    && window.__8x8Emulator.state().customerInfo.Hooks === version"""
THEME = ".header .title { color: rgb(1, 2, 3); }\n"
RELOADED = 5_000  # ms: a reload takes a poll (0.2 s) and a page load; this bounds a hang
READY = "() => window.__8x8Emulator && window.__8x8Emulator.state().started"
FRAME = HOST_IDS["frame"]
# The colour of the chat window's title, once the tenant's stylesheet has loaded.
TITLE_COLOR = """([frameId, expected]) => {
    const frame = document.getElementById(frameId);
    const title = frame && frame.contentDocument.querySelector(".header .title");
    return !!title && frame.contentWindow.getComputedStyle(title).color === expected;
}"""
LIVE = "() => document.documentElement.dataset.live === 'connected'"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PreviewProcess:
    """`chatkit serve chat.toml ARGS --port N` in `folder`, its output lines in a queue.

    `files` ({name: text}, "{port}" filled in) are written first and put back by `reset`.
    """

    def __init__(self, folder, files, *args):
        self.folder = folder
        self.port = free_port()
        self.files = {name: text.replace("{port}", str(self.port)) for name, text in files.items()}
        self.args = args
        self.lines = queue.Queue()
        self.process = None
        self.url = None

    def start(self):
        for name, text in self.files.items():
            self.write(name, text)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "chatkit", "serve", "chat.toml", *self.args,
             "--port", str(self.port)],
            cwd=self.folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        threading.Thread(target=self._read, daemon=True).start()
        first = self.lines.get(timeout=20)
        assert first.startswith("Previewing chat.toml at "), first
        self.url = first.split(" at ")[1].split(" ")[0]
        return self

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def write(self, name, text):
        """Save `name` whole, in one step, as editors do (replacing a symlink loop too)."""
        temporary = self.folder / (name + ".saving")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, self.folder / name)

    def edit(self, name, text):
        """Save `name` and wait until the server has seen the change."""
        path = self.folder / name
        if not path.is_symlink() and path.is_file() and path.read_text("utf-8") == text:
            return
        self.write(name, text)
        self.wait_for_change(name)

    def wait_for_change(self, name):
        while name not in self.lines.get(timeout=10):
            pass

    def reset(self):
        for name, text in self.files.items():
            self.edit(name, text)

    def stop(self):
        """Ctrl-C; the exit code and the rest of the output."""
        self.process.send_signal(signal.SIGINT)
        code = self.process.wait(timeout=10)
        rest = []
        while not self.lines.empty():
            rest.append(self.lines.get())
        return code, rest


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    server = PreviewProcess(tmp_path_factory.mktemp("preview"),
                            {"chat.toml": CONFIG, "theme.css": THEME},
                            "--stylesheet", "theme.css").start()
    yield server
    code, rest = server.stop()
    assert (code, rest[-1:]) == (0, ["Preview stopped."])
    assert not any("Traceback" in line for line in rest)


@pytest.fixture
def chat(preview, page):
    """The preview page, loaded, its chat ready and its live-reload connected."""
    preview.reset()
    page.goto(preview.url)
    page.wait_for_function(READY)
    page.wait_for_function(LIVE)
    return EmulatorPage(page)


def test_preview_page_shows_the_snippet_against_the_emulator(chat, preview):
    state = chat.state()
    assert state["customerInfo"] == {"Plan": "Premium"}
    assert state["stylesheetURL"] == STYLESHEET_URL  # the snippet keeps the https URL
    assert chat.page.title() == "chat.toml: chatkit preview"


def test_preview_shows_the_policy_the_config_needs_when_opened(chat, preview):
    policy = chat.page.locator("#chatkit-needed-policy pre")
    assert not policy.is_visible()  # folded until asked for
    chat.page.get_by_text("The Content-Security-Policy your page needs").click()
    printed = subprocess.run([sys.executable, "-m", "chatkit", "csp", "chat.toml"],
                             cwd=preview.folder, capture_output=True, text=True, check=True)
    assert policy.is_visible() and policy.inner_text().strip() == printed.stdout.strip()
    assert "https://*.8x8.com" in policy.inner_text()


def test_preview_controls_drive_the_emulator_and_show_what_the_agent_receives(chat):
    chat.page.get_by_role("button", name="Chat window").click()
    chat.wait_for_phase("chatWindow")
    chat.page.get_by_role("button", name="Joins").click()
    assert chat.state()["agent"] == "Alex"
    submissions = chat.page.locator("#chatkit-submissions li:not(.chatkit-empty)")
    submissions.first.wait_for()
    assert submissions.all_inner_texts() == [
        'Queue (language en), started by Chat API. Customer info: Plan = "Premium". '
        "Variables: none."]


def test_preview_control_the_chat_cannot_do_says_why(chat):
    chat.page.get_by_role("button", name="Leaves").click()
    assert chat.page.locator("#chatkit-action-error").inner_text() == (
        "Leaves: agentLeave: the chat is in phase closed, not chatWindow")


def test_preview_go_offline_changes_the_scenario(chat):
    chat.page.get_by_role("button", name="Goes offline").click()
    assert chat.state()["scenario"]["online"] is False


def test_preview_reloads_when_the_config_is_saved(chat, preview):
    preview.edit("chat.toml", preview.files["chat.toml"].replace("Premium", "Gold"))
    chat.page.wait_for_function(
        "() => window.__8x8Emulator && window.__8x8Emulator.state().customerInfo.Plan === 'Gold'",
        timeout=RELOADED)


def test_preview_shows_an_invalid_config_then_recovers_when_it_is_fixed(chat, preview):
    config = preview.files["chat.toml"]
    preview.edit("chat.toml", config.replace('channel = "Support"',
                                             'channel = "Support"\nalign = "middle"'))
    problems = chat.page.locator("#chatkit-problems li")
    problems.first.wait_for(timeout=RELOADED)
    assert problems.all_inner_texts() == [  # as `chatkit check` prints them: align is line 5
        'chat.toml:5:1: chat.align: must be "left" or "right"']
    chat.page.wait_for_function(LIVE)
    preview.edit("chat.toml", config)
    chat.page.wait_for_function(READY, timeout=RELOADED)
    assert chat.page.locator("#chatkit-problems").count() == 0


def test_preview_applies_the_local_stylesheet_in_place_of_the_https_one(chat, preview):
    chat.publish("chat:trigger-chat-window")
    chat.page.wait_for_function(TITLE_COLOR, arg=[FRAME, "rgb(1, 2, 3)"])
    chat.page.evaluate("window.beforeTheEdit = true")
    preview.edit("theme.css", THEME.replace("1, 2, 3", "4, 5, 6"))
    chat.page.wait_for_function("() => !window.beforeTheEdit && (%s)()" % READY, timeout=RELOADED)
    chat.publish("chat:trigger-chat-window")
    chat.page.wait_for_function(TITLE_COLOR, arg=[FRAME, "rgb(4, 5, 6)"])


def test_preview_applies_the_local_stylesheet_under_a_made_up_url_when_none_is_set(chat, preview):
    chat.page.evaluate("window.beforeTheEdit = true")
    preview.edit("chat.toml", CHAT + CUSTOMER)
    chat.page.wait_for_function("() => !window.beforeTheEdit && (%s)()" % READY, timeout=RELOADED)
    made_up = "https://stylesheet-url.invalid/theme.css"
    assert chat.state()["stylesheetURL"] == made_up
    assert chat.page.locator("#chatkit-notes li").first.inner_text() == (
        "theme.css: the chat window loads this file in place of %s, a made-up address: "
        "chat.toml has no stylesheet_url; set it to the https address where the file will be"
        % made_up)
    chat.publish("chat:trigger-chat-window")
    chat.page.wait_for_function(TITLE_COLOR, arg=[FRAME, "rgb(1, 2, 3)"])


def test_preview_at_127_0_0_1_runs_the_chat_and_reloads(page, preview):
    preview.reset()
    url = "http://127.0.0.1:%d/" % preview.port
    page.goto(url)
    page.wait_for_function(READY)
    page.wait_for_function(LIVE)
    assert EmulatorPage(page).state()["settings"]["domain"] == url.rstrip("/")
    preview.edit("chat.toml", preview.files["chat.toml"].replace("Premium", "Gold"))
    page.wait_for_function(
        "() => window.__8x8Emulator && window.__8x8Emulator.state().customerInfo.Plan === 'Gold'",
        timeout=RELOADED)


def _deep_toml(preview):
    preview.write("chat.toml", CHAT + "[customer]\nx = %s\n" % ("{a = " * 350 + "1" + " }" * 350))


def _symlink_loop(preview):
    (preview.folder / "chat.toml").unlink()
    os.symlink("chat.toml", preview.folder / "chat.toml")


def _long_hooks(preview):
    preview.write("hooks.py", "x = " + " + ".join(["1"] * 3000) + "\n")
    preview.write("chat.toml", PYTHON_CONFIG)


@pytest.mark.parametrize("breaks, source", [
    (_deep_toml, "chat.toml"), (_symlink_loop, "chat.toml"), (_long_hooks, "hooks.py")])
def test_preview_shows_a_hostile_config_as_one_problem_line(chat, preview, breaks, source):
    breaks(preview)
    preview.wait_for_change("chat.toml")
    problems = chat.page.locator("#chatkit-problems li")
    problems.first.wait_for(timeout=RELOADED)
    assert len(problems.all_inner_texts()) == 1
    assert problems.first.inner_text().startswith(source + ": ")
    assert "Traceback" not in chat.page.content()
    preview.edit("chat.toml", CONFIG)
    chat.page.wait_for_function(READY, timeout=RELOADED)


def test_preview_lists_the_emulators_notes_apart_from_the_chats_warnings(chat):
    chat.publish("chat:no-such-topic")  # production's bus ignores it without a word
    notes = chat.page.locator("#chatkit-notes-log li:not(.chatkit-empty)")
    notes.first.wait_for()
    assert "chat:no-such-topic" in notes.first.inner_text()
    assert chat.page.locator("#chatkit-warnings li").all_inner_texts() == ["None."]


def test_preview_runs_the_python_hooks_and_reloads_when_they_change(page, tmp_path):
    server = PreviewProcess(tmp_path, {"chat.toml": PYTHON_CONFIG, "hooks.py": HOOKS % 1})
    server.start()
    try:
        page.goto(server.url)
        page.wait_for_function(HOOKS_RAN, arg=1)
        page.wait_for_function(LIVE)
        server.edit("hooks.py", HOOKS % 2)
        page.wait_for_function(HOOKS_RAN, arg=2, timeout=RELOADED)
    finally:
        assert server.stop()[0] == 0
