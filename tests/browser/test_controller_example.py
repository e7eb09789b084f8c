"""The README's [python] example (examples/python), built by `chatkit build`, end to end, on
Brython and on MicroPython."""

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


@pytest.fixture(params=["chat.toml", "chat-micropython.toml"])
def example_assets(chatkit_server, tmp_path, request):
    """`chatkit build` of the example (on Brython, and on MicroPython), served by the test
    server; the snippet's assets."""
    out = tmp_path / "dist"
    assert main(["build", str(EXAMPLE / request.param), "--out", str(out)]) == 0
    for path in out.iterdir():
        if path.suffix in TYPES:
            chatkit_server.add("/example/" + path.name, path.read_bytes(), TYPES[path.suffix])
    config = load_config(EXAMPLE / request.param)
    return config, python_assets(config, asset_base=chatkit_server.url + "/example/")


def test_controller_readme_example_sets_info_triggers_and_reports(chatkit_open, example_assets):
    config, assets = example_assets
    chat = chatkit_open(config, head=HEAD, body=BODY, python_assets=assets)
    chat.page.wait_for_function("() => window.__chatkit.python === 'started'")
    state = chat.state()
    assert state["customerInfo"] == {"Source": "website", "Plan": "Premium",
                                     "Page": chat.page.evaluate("location.pathname")}
    assert state["language"] == "en"  # from <html lang="en">
    chat.page.click("#need-help")  # the hooks open the chat window: the customer is queued
    assert chat.state()["phase"] == "chatWindow" and chat.state()["startedByApi"] is True
    chat.page.wait_for_function("() => document.getElementById('chat-status').textContent")
    assert chat.page.text_content("#chat-status") == "The agent sees: Page, Plan, Source"
    assert chat.errors == [] and chat.warnings == []
