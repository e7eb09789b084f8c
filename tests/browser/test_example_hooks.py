"""examples/python/hooks.py, built by `chatkit build`, runs unchanged on the v1 and the v2 chat
(issue 11's "done when") and on Brython and MicroPython (issue 21): the same page, the same
hooks, the config picks the chat and the runtime."""

from pathlib import Path

import pytest

from chatkit.build.assets import python_assets
from chatkit.cli import main
from chatkit.config import load_config

pytestmark = pytest.mark.browser

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "python"
HEAD = '<meta name="customer-plan" content="Premium">'
BODY = '<button id="need-help">Need help?</button>\n<p id="chat-status"></p>'


TYPES = {".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm"}


def example_config(config_name, runtime_name, folder):
    """The example config, on `runtime_name`: as it is, or with `runtime = "micropython"`."""
    path = EXAMPLE / config_name
    if runtime_name == "micropython" and "runtime =" not in path.read_text("utf-8"):
        text = path.read_text("utf-8").replace('hooks = "hooks.py"',
                                               'hooks = "%s"\nruntime = "micropython"'
                                               % (EXAMPLE / "hooks.py").as_posix())
        path = folder / config_name
        path.write_text(text, encoding="utf-8")
    return path


def built(config_path, chatkit_server, tmp_path):
    """`chatkit build` of the example config, served by the test server; (config, assets)."""
    out = tmp_path / "dist"
    assert main(["build", str(config_path), "--out", str(out)]) == 0
    for path in out.iterdir():
        if path.suffix in TYPES:
            chatkit_server.add("/example/%s/%s" % (tmp_path.name, path.name), path.read_bytes(),
                               TYPES[path.suffix])
    config = load_config(config_path)
    base = "%s/example/%s/" % (chatkit_server.url, tmp_path.name)
    return config, python_assets(config, asset_base=base)


@pytest.mark.parametrize("runtime_name", ["brython", "micropython"])
@pytest.mark.parametrize("config_name, sent", [
    # v1: customer:info-sent carries {info, phase}: the hooks name what the agent sees
    ("chat.toml", "The agent sees: Page, Plan, Source"),
    # v2: onCustomerInfoSent carries nothing (event-callbacks.md: "None")
    ("chat-v2.toml", "The agent sees: your details"),
])
def test_example_hooks_run_unchanged_on_each_chat_version_and_runtime(
        chatkit_open, chatkit_server, tmp_path, config_name, sent, runtime_name):
    config, assets = built(example_config(config_name, runtime_name, tmp_path), chatkit_server,
                           tmp_path)
    assert assets["runtime"] == runtime_name
    # No pre-chat form: v2's startChat "simulates a button click", which would open it.
    chat = chatkit_open(config, head=HEAD, body=BODY, python_assets=assets,
                        scenario={"preChat": False})
    chat.page.wait_for_function("() => window.__chatkit.python === 'started'")
    chat.page.wait_for_function("() => Object.keys(window.__8x8Emulator.state().customerInfo)"
                                ".length === 3")
    state = chat.state()
    assert state["customerInfo"] == {"Source": "website", "Plan": "Premium",
                                     "Page": chat.page.evaluate("location.pathname")}
    assert state["language"] == "en"  # from <html lang="en">
    chat.page.click("#need-help")  # trigger_chat_window(): v1's topic, v2's startChat()
    chat.page.wait_for_function("() => document.getElementById('chat-status').textContent")
    assert chat.state()["phase"] == "chatWindow" and chat.state()["startedByApi"] is True
    assert chat.page.text_content("#chat-status") == sent
    assert chat.errors == [] and chat.warnings == []
    assert not [text for kind, text in chat.console if text.startswith("chatkit:")]
