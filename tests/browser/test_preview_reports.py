"""`chatkit serve` tells you what went wrong, in the page's panel and in its terminal, once each:
a hook that raises, a chat warning, an emulator note, a Content-Security-Policy violation
(`--csp`), a config problem.

Each test runs a real `chatkit serve` process and reads what it prints.  "Once" is proven
with a marker: a page's reports travel in order on its one socket, so once the terminal
shows a marker sent after a repeated report, the repeat has arrived and was not printed.
"""

import base64
import hashlib
import re
import subprocess
import sys

import pytest
from test_preview import CHAT, CONFIG, LIVE, PYTHON_CONFIG, READY, PreviewProcess

from chatkit.testing import EmulatorPage

pytestmark = pytest.mark.browser

LINES = 20  # seconds: bounds a hang while waiting for a line the preview prints
BROOK = 30_000  # ms: Brython loads and runs the hooks
REPORTS = "#chatkit-reports li:not(.chatkit-empty)"
RAISING_HOOKS = """\
from chatkit.browser import chat


def boom():
    raise ValueError("oops in the hooks")


boom()
"""
TIME = r"\d\d:\d\d:\d\d "
# Records every securitypolicyviolation of the page, from the first byte.
VIOLATIONS = """window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__violations.push(event.effectiveDirective + " " + event.blockedURI);
});"""


def printed_until(server, needle):
    """The lines the preview prints up to the first one holding `needle`."""
    seen = []
    while not seen or needle not in seen[-1]:
        seen.append(server.lines.get(timeout=LINES))
    return seen


def marker(page, server, name):
    """Send a report after everything the page sent so far; the lines printed up to it."""
    page.evaluate("(name) => console.error('chatkit: ' + name)", name)
    return printed_until(server, "chatkit: " + name)


def reported(lines, label):
    """The texts of the lines with this label (kind), without the time."""
    found = [re.match(TIME + re.escape(label) + ": (.*)", line) for line in lines]
    return [match.group(1) for match in found if match]


@pytest.fixture
def serve(tmp_path):
    """Start `chatkit serve chat.toml ARGS` on `files` in a fresh folder; stopped after."""
    started = []

    def start(files, *args):
        server = PreviewProcess(tmp_path, files, *args).start()
        started.append(server)
        return server

    yield start
    for server in started:
        code, rest = server.stop()
        assert code == 0 and rest[-1:] == ["Preview stopped."], rest
        assert not any("Traceback" in line and "chatkit in the page" not in line
                       for line in rest if not line.startswith(" "))


def test_a_hook_that_raises_shows_in_the_panel_and_in_the_terminal_once(page, serve):
    server = serve({"chat.toml": PYTHON_CONFIG, "hooks.py": RAISING_HOOKS})
    page.goto(server.url)
    page.locator(REPORTS).first.wait_for(timeout=BROOK)
    shown = page.locator(REPORTS).all_inner_texts()
    assert len(shown) == 1 and shown[0].startswith(
        "chatkit in the page: chatkit: the hooks module hooks failed\nTraceback")
    assert shown[0].endswith("ValueError: oops in the hooks")
    page.reload()  # the same failure again: the panel shows it, the terminal already has
    page.locator(REPORTS).first.wait_for(timeout=BROOK)
    lines = marker(page, server, "after the reload")
    failed = [i for i, line in enumerate(lines) if line.endswith(
        "chatkit in the page: chatkit: the hooks module hooks failed")]
    assert len(failed) == 1, lines
    # The traceback follows, indented, down to the hook's own line and the error.
    traceback = lines[failed[0] + 1:]
    assert traceback[0] == "    Traceback (most recent call last):"
    assert '      File "VFS.hooks.py", line 5, in boom' in traceback
    assert "    ValueError: oops in the hooks" in traceback


def test_the_chats_warnings_and_the_emulators_notes_reach_the_terminal_once(page, serve):
    server = serve({"chat.toml": CONFIG})
    page.goto(server.url)
    page.wait_for_function(READY)
    page.wait_for_function(LIVE)
    chat = EmulatorPage(page)
    for _ in range(2):
        chat.publish("chat:set-language", "xx")  # the chat's documented warning
        chat.publish("chat:no-such-topic")  # production ignores it; the emulator notes it
        chat.settle()
    warning, note = chat.state()["warnings"], chat.state()["notes"]
    assert len(warning) == 2 and warning[0] == warning[1] and len(note) == 2
    # The panel lists them as they are, and the page sends them as the panel refreshes.
    page.wait_for_function("(text) => Array.from(document.querySelectorAll("
                           "'#chatkit-notes-log li')).some((li) => li.textContent === text)",
                           arg=note[0])
    lines = printed_until(server, "emulator note: ")
    lines += marker(page, server, "after the warning and the note")
    assert reported(lines, "chat warning") == [warning[0]]
    assert reported(lines, "emulator note") == [note[0]]
    assert "chat:no-such-topic" in note[0]


def test_a_csp_violation_shows_in_the_panel_and_in_the_terminal_once(page, serve):
    server = serve({"chat.toml": CONFIG}, "--csp", "script-src 'self'")  # no nonce: blocked
    page.goto(server.url)
    page.locator(REPORTS).first.wait_for()
    [shown] = page.locator(REPORTS).all_inner_texts()
    assert re.fullmatch(r"Content-Security-Policy: script-src-elem blocked inline code "
                        r"\(http://localhost:%d/:\d+\)" % server.port, shown), shown
    assert page.evaluate("() => !window.__8x8Emulator")  # the snippet never ran
    page.reload()
    page.locator(REPORTS).first.wait_for()
    page.wait_for_function(LIVE)
    lines = marker(page, server, "after the reload")
    assert reported(lines, "Content-Security-Policy") == [shown.split(": ", 1)[1]]


def test_a_report_only_policy_lets_the_chat_run_and_says_what_it_would_block(page, serve,
                                                                             tmp_path):
    (tmp_path / "policy.txt").write_text(
        "HTTP/1.1 200 OK\nContent-Security-Policy-Report-Only: script-src 'self'\n",
        encoding="utf-8")
    server = serve({"chat.toml": CONFIG}, "--csp", "@policy.txt")
    page.goto(server.url)
    page.wait_for_function(READY)
    page.locator(REPORTS).first.wait_for()
    assert page.locator(REPORTS).first.inner_text().startswith(
        "Content-Security-Policy: script-src-elem (Report-Only) would block inline code")


@pytest.mark.parametrize("policy", [
    # The snippet's nonce and 8x8's hosts (SPEC 4.2), without 'self': the preview gives the
    # snippet the nonce and serves the chat where the policy allows 8x8.
    "script-src 'nonce-Q2hhdGtpdA' https://*.8x8.com; style-src 'self' 'unsafe-inline'",
    # Under default-src 'none' the v1 chat also needs its button's image and its window
    # from the chat's domain (what `chatkit csp` prints for v1).
    "default-src 'none'; script-src 'nonce-Q2hhdGtpdA' https://vcc-na7.8x8.com; "
    "img-src https://vcc-na7.8x8.com; frame-src https://vcc-na7.8x8.com",
])
def test_a_policy_the_production_snippet_passes_runs_the_chat_in_the_preview(page, serve,
                                                                             policy):
    server = serve({"chat.toml": CHAT}, "--csp", policy)
    page.add_init_script(VIOLATIONS)
    page.goto(server.url)
    page.wait_for_function(READY)
    page.wait_for_function(LIVE)
    violations = page.evaluate("() => window.__violations")
    # Only the preview's own look may suffer (default-src 'none' has no style for it).
    assert all("/__chatkit/preview.css" in violation for violation in violations), violations


def test_a_policy_of_the_production_snippets_hashes_runs_the_chat_in_the_preview(page, serve,
                                                                                 tmp_path):
    """`chatkit snippet` prints what production runs; its inline scripts' hashes are the
    policy.  The preview's snippet points elsewhere (other bytes), yet the chat runs."""
    (tmp_path / "chat.toml").write_text(CHAT, encoding="utf-8")
    snippet = subprocess.run([sys.executable, "-m", "chatkit", "snippet", "chat.toml"],
                             cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", snippet, re.S)
    assert scripts
    hashes = " ".join("'sha256-%s'" % base64.b64encode(hashlib.sha256(
        script.encode()).digest()).decode() for script in scripts)
    server = serve({"chat.toml": CHAT}, "--csp", "script-src 'self' %s https://*.8x8.com"
                   % hashes)
    page.add_init_script(VIOLATIONS)
    page.goto(server.url)
    page.wait_for_function(READY)
    assert page.evaluate("() => window.__violations") == []


def test_a_config_problem_shows_in_the_page_and_in_the_terminal_once(page, serve):
    server = serve({"chat.toml": CHAT + 'align = "middle"\n'})
    page.goto(server.url)
    problems = page.locator("#chatkit-problems li")
    # CHAT has 5 lines: align is at line 6.
    assert problems.all_inner_texts() == ['chat.toml:6:1: chat.align: must be "left" or "right"']
    page.wait_for_function(LIVE)
    page.reload()
    page.wait_for_function(LIVE)
    server.write("chat.toml", CHAT)  # fixed: the next line is the change, not the problem
    lines = printed_until(server, "changed: reloading the preview")
    assert reported(lines, "config problem") == [
        'chat.toml:6:1: chat.align: must be "left" or "right"']
