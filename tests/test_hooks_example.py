"""examples/python/hooks.py runs unchanged on a v1 and a v2 config (issue 11), under CPython:
a stand-in page for Brython's `browser` module, the fake bus (v1) or the fake chatApp (v2).
Chromium runs the same hooks, built, in tests/browser/test_example_hooks.py.
"""

import sys
import types
from pathlib import Path

import pytest

import chatkit.browser
from chatkit.browser import Chat
from chatkit.browser.fakebus import NO_DATA, FakeBus, ListLogger
from chatkit.browser.fakechatapp import FakeChatApp
from chatkit.config import load_config

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "python"


class Element:
    def __init__(self, content=None):
        self.content, self.text, self.handlers = content, "", {}

    def getAttribute(self, name):
        return self.content

    def bind(self, event, handler):
        self.handlers[event] = handler


class Document:
    """What the hooks read: <html lang>, a <meta>, the help button and the status line."""

    def __init__(self):
        self.documentElement = types.SimpleNamespace(lang="pt-BR")
        self.elements = {'meta[name="customer-plan"]': [Element("Premium")],
                         "#need-help": [Element()], "#chat-status": [Element()]}

    def select(self, selector):
        return self.elements.get(selector, [])


def run_hooks(config_name, monkeypatch):
    """Run hooks.py for the config's chat version; (chat, document, logger)."""
    logger, document = ListLogger(), Document()
    chat = Chat(logger, api=load_config(EXAMPLE / config_name).api)
    browser = types.ModuleType("browser")
    browser.document = document
    browser.window = types.SimpleNamespace(location=types.SimpleNamespace(pathname="/shop"))
    monkeypatch.setitem(sys.modules, "browser", browser)
    monkeypatch.setattr(chatkit.browser, "chat", chat)
    source = (EXAMPLE / "hooks.py").read_text(encoding="utf-8")
    exec(compile(source, str(EXAMPLE / "hooks.py"), "exec"), {"__name__": "hooks"})
    return chat, document, logger


def click_help(document):
    document.elements["#need-help"][0].handlers["click"](None)


def status(document):
    return document.elements["#chat-status"][0].text


def test_example_hooks_drive_the_v1_bus(monkeypatch):
    chat, document, logger = run_hooks("chat.toml", monkeypatch)
    bus = FakeBus()
    chat.attach(bus)
    click_help(document)
    # 8x8-embedded-chat-api.txt's topics, with the chat's code for pt-BR.
    assert bus.published == [("customer:set-info", {"Page": "/shop", "Plan": "Premium"}),
                             ("chat:set-language", "pt"),
                             ("chat:trigger-chat-window", NO_DATA)]
    bus.emit("customer:info-sent", {"info": {"Page": "/shop", "Plan": "Premium",
                                             "Source": "website"}, "phase": "chatWindow"})
    assert status(document) == "The agent sees: Page, Plan, Source"
    assert (logger.warnings, logger.errors) == ([], [])


def test_example_hooks_drive_the_v2_chat_app(monkeypatch):
    chat, document, logger = run_hooks("chat-v2.toml", monkeypatch)
    app = FakeChatApp()
    chat.attach(app)
    click_help(document)
    # webchat-api-introduction.md's methods, in the hooks' order; setProxy for chat.on.
    assert app.methods() == ["setCustomerInfo", "setCustomerLanguage", "setProxy", "startChat"]
    assert app.calls[:2] == [("setCustomerInfo", {"Page": "/shop", "Plan": "Premium"}),
                             ("setCustomerLanguage", "pt")]
    assert app.fire("onCustomerInfoSent")  # event-callbacks.md: no parameters
    assert status(document) == "The agent sees: your details"
    assert (logger.warnings, logger.errors) == ([], [])


@pytest.mark.parametrize("config_name", ["chat.toml", "chat-v2.toml"])
def test_example_configs_share_the_one_hooks_file(config_name):
    config = load_config(EXAMPLE / config_name)
    assert config.hooks_path == EXAMPLE / "hooks.py"
