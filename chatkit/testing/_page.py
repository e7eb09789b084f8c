"""Test pages: a config pointed at the test server, the page around its snippet, and the
emulator driven from a Playwright page."""

from collections.abc import Mapping
from pathlib import Path

from chatkit.config import Config, load_config, parse_config
from chatkit.config.loading import BUTTON_CLASS
from chatkit.emulator.dom import HOST_IDS
from chatkit.emulator.serving import pointed_at
from chatkit.snippet import render_snippet, script_json
from chatkit.testing._server import KitError
from chatkit.versions import DEFAULT_API

# What a test config needs and does not care about (made-up identifiers), by chat version.
TEST_CHAT = {"uuid": "script_chatkit_test", "tenant": "Y2hhdGtpdA==", "channel": "Test channel"}
TEST_CHAT_BY_API = {"v2": {"channel_uuid": "Ab3ULjXFQx-unSA6ebdW8A"}}


def config_for(config, url, **chat):
    """A checked Config whose snippet loads the emulator from the server at `url`.

    `config` is a `Config`, the path of a chat.toml, or the config as a dict (missing
    uuid, tenant and channel, and for v2 channel_uuid, get test values).  `domain`
    becomes `url` and, as the config's chat version has them, `path` "/." (v1) and
    `discovery_url` the server's discovery endpoint (v2); keyword arguments replace
    other `[chat]` values (e.g. `stylesheet_url`).

        >>> config_for({"customer": {"Plan": "Premium"}}, "http://127.0.0.1:8000").chat.domain
        'http://127.0.0.1:8000'
    """
    if isinstance(config, Mapping):
        data = dict(config)
        given = data.get("chat", {})
        api = given.get("api", DEFAULT_API)
        data["chat"] = {**TEST_CHAT, **TEST_CHAT_BY_API.get(api, {}), **given, **chat,
                        **pointed_at(api, url)}
        return parse_config(data, Path("chat.toml"))
    if not isinstance(config, Config):
        config = load_config(config)
    return config.with_chat(**{**chat, **pointed_at(config.api, url)})


def page_html(snippet, scenario=None, nonce=None, head="", body=""):
    """A whole test page: the emulator scenario, `head`, then `body` and the snippet."""
    nonce_attribute = ' nonce="%s"' % nonce if nonce else ""
    scenario_script = ""
    if scenario is not None:
        scenario_script = "<script%s>window.__8x8EmulatorScenario = %s;</script>\n" % (
            nonce_attribute, script_json(scenario))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<title>chatkit test page</title>\n%s%s\n</head>\n<body>\n%s\n%s</body>\n</html>\n"
        % (scenario_script, head, body, snippet)
    )


def snippet_page(config, url, scenario=None, nonce=None, head="", body="", **snippet_options):
    """`page_html` around the snippet of `config_for(config, url)`."""
    snippet = render_snippet(config_for(config, url), nonce=nonce, **snippet_options)
    return page_html(snippet, scenario=scenario, nonce=nonce, head=head, body=body)


_STATE = """async ([settled]) => {
    if (settled) { await window.__8x8Emulator.settled(); }
    return window.__8x8Emulator.state();
}"""
_SETTLED = "async () => { await window.__8x8Emulator.settled(); }"
_STARTED = "() => !!(window.__8x8Emulator && window.__8x8Emulator.state().started)"
_NOTES = "() => window.__8x8Emulator ? window.__8x8Emulator.state().notes : null"
_CAN_LOAD = "() => !!(window.chatkit && typeof window.chatkit.load === 'function')"
# A control acts as the customer or the agent would, once what the page sent has arrived;
# it returns once what it caused has reached the page (customer:info-sent...).
_CALL = """async ([name, args]) => {
    await window.__8x8Emulator.settled();
    const result = window.__8x8Emulator[name](...args);
    await window.__8x8Emulator.settled();
    return result;
}"""
_PUBLISH = """([topic, data]) => {
    if (!window.__8x8Emulator.bus) {
        throw new Error("publish: the bus is the v1 chat's; this chat is "
            + window.__8x8Emulator.api + " (call its chatApp with chat_app(method, ...))");
    }
    window.__8x8Emulator.bus.publish(topic, data);
}"""
# A chatApp method, as the page's code would call it on the chatApp its callback received.
_CHAT_APP = """([method, args]) => {
    const app = window.__8x8Emulator.chatApp;
    if (!app) {
        throw new Error("chat_app: no chatApp: the chat is " + window.__8x8Emulator.api
            + (window.__8x8Emulator.api === "v2" ? " and has not called its callback yet" : ""));
    }
    if (typeof app[method] !== "function") {
        throw new Error("chat_app: chatApp has no method " + method);
    }
    app[method](...args);
}"""
STYLESHEET_WAIT_MS = 5_000
# The chat window is the chat's own document (v2: a sandboxed srcdoc the page cannot
# read): the emulator asks it, by postMessage, once the state has settled.
_IN_WINDOW = """([selector, what, waitMs]) =>
    window.__8x8Emulator.inWindow(selector, what, waitMs)"""


class EmulatorPage:
    """The emulator in a Playwright page, as a customer, an agent and a tester see it.

    It records the page's console messages, uncaught errors and dialogs (dismissed).
    The controls are the same for both chat versions; the page's own calls are
    `publish` on v1's bus and `chat_app` on v2's chatApp.

        >>> chat = EmulatorPage(page).goto(url)          # doctest: +SKIP
        >>> chat.click_button(); chat.state()["phase"]    # doctest: +SKIP
        'preChat'
    """

    def __init__(self, page):
        self.page = page
        self.console: list[tuple[str, str]] = []  # e.g. ("warning", "Customer info ...")
        self.errors: list[str] = []  # uncaught page errors
        self.dialogs = []  # alert/confirm/prompt messages; each is dismissed
        page.on("console", lambda message: self.console.append((message.type, message.text)))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("dialog", self._dialog)

    def _evaluate(self, script, arg=None):
        """`page.evaluate`; a KitError saying what to do when the page has no emulator."""
        from playwright.sync_api import Error as PlaywrightError

        try:
            return self.page.evaluate(script, arg)
        except PlaywrightError:
            if self.page.evaluate("() => !window.__8x8Emulator"):
                raise KitError("no chat in this page (%s): open one first, with "
                               "chatkit_open(config) or chatkit_emulator.goto(url)"
                               % self.page.url) from None
            raise

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def goto(self, url, started=True):
        """Open `url`; by default wait until the chat has started and onInit has run."""
        self.page.goto(url)
        if started:
            self.wait_started()
        return self

    def wait_started(self, timeout=10_000):
        """Wait until the chat has started (`state()["started"]`): onInit (v1) or the
        snippet's callback (v2) has run.

        A chat production would refuse to start never does: the error says why, from
        the emulator's notes (an invalid `__8x8Chat` or v2 config, a v1 `domain` that is
        not the origin).
        """
        from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

        try:
            self.page.wait_for_function(_STARTED, timeout=timeout)
        except PlaywrightTimeoutError:
            notes = self.page.evaluate(_NOTES)
            raise AssertionError("the chat did not start within %d ms; the emulator's notes: %s"
                                 % (timeout, notes)) from None
        return self

    def click_load_button(self, timeout=10_000):
        """`[chat] load = "click"`: click the snippet's own button as a visitor would, then
        wait until the chat has started (`wait_started`); it then opens its window."""
        button = self.page.locator("button." + BUTTON_CLASS)
        if button.count() != 1:
            raise KitError("click_load_button: the page has %d buttons of the snippet's own "
                           "(class %s); it shows one with [chat] load = \"click\""
                           % (button.count(), BUTTON_CLASS))
        button.click()
        return self.wait_started(timeout)

    def load_chat(self, timeout=10_000):
        """`[chat] load = "consent"` (or "click"): call `window.chatkit.load()` as a consent
        manager would, then wait until the chat has started."""
        if not self.page.evaluate(_CAN_LOAD):
            raise KitError("load_chat: the page has no window.chatkit.load(): its snippet "
                           "needs [chat] load = \"consent\" or \"click\"")
        self.page.evaluate("() => window.chatkit.load()")
        return self.wait_started(timeout)

    def wait_for(self, expression, arg=None, timeout=10_000):
        """Wait until `expression(state, arg)` (JavaScript) is true."""
        script = "([arg]) => (%s)(window.__8x8Emulator.state(), arg)" % expression
        self._evaluate("() => window.__8x8Emulator.api")  # KitError: no chat to wait for
        self.page.wait_for_function(script, arg=[arg], timeout=timeout)

    def wait_for_phase(self, phase, timeout=10_000):
        self.wait_for("(state, phase) => state.phase === phase", phase, timeout)

    def state(self, settled=True):
        """`window.__8x8Emulator.state()`: phase, language, customerInfo, warnings, notes…

        Like production, the chat applies what the page publishes later, never during
        `publish`; by default this waits until nothing is in flight between the page and
        the chat (`__8x8Emulator.settled()`).  `settled=False` reads the state as it is
        now, to prove a page does not race the chat.
        """
        return self._evaluate(_STATE, [settled])

    def settle(self):
        """Wait until nothing is in flight between the page and the chat."""
        self._evaluate(_SETTLED)
        return self

    @property
    def warnings(self):
        """The warnings the chat gave (its console.warn), in order."""
        return self.state()["warnings"]

    @property
    def notes(self):
        """The emulator's findings the real chat would not print: an unknown topic, data
        lost in the JSON hop, a listener that threw, why the chat did not start…"""
        return self.state()["notes"]

    @property
    def console_warnings(self):
        """The texts of every console.warn of the page, the chat's and others'."""
        return [text for kind, text in self.console if kind == "warning"]

    def call(self, name, *args):
        """Call a control of `window.__8x8Emulator` once the state has settled; return once
        what it caused has reached the page."""
        return self._evaluate(_CALL, [name, list(args)])

    @property
    def callbacks(self):
        """v2: the setProxy callbacks the chat fired, in order, whether or not the page
        registered them: [{"callback": "onAppEnd", "args": ["chat-api"]}, ...]."""
        return self.state()["callbacks"]

    def publish(self, topic, data=None):
        """v1: publish on the chat's bus, as a page's onInit would; the chat applies it
        later (`state()` waits for it)."""
        self._evaluate(_PUBLISH, [topic, data])

    def chat_app(self, method, *args):
        """v2: call `chatApp.method(*args)` on the chatApp the snippet's callback received,
        as the page's code would; the chat applies it later (`state()` waits for it).

            >>> chat.chat_app("setCustomerLanguage", "fr")      # doctest: +SKIP
        """
        self._evaluate(_CHAT_APP, [method, list(args)])

    def start_chat(self):
        """v2: `chatApp.startChat()`."""
        self.chat_app("startChat")

    def end_chat(self):
        """v2: `chatApp.endChat()`."""
        self.chat_app("endChat")

    def click_button(self):
        self.call("clickButton")

    def accept_invitation(self):
        self.call("acceptInvitation")

    def show_invitation(self):
        """The Chat Script shows its invitation by its own rule (v2 has no trigger for it)."""
        self.call("showInvitation")

    def choose_quick_reply(self, reply):
        """v2: the customer chooses one of the invitation's quick replies."""
        self.call("chooseQuickReply", reply)

    def skip_queue(self):
        """The customer waiting in the queue uses its skip-queue option (v2: onSkipQueue)."""
        self.call("skipQueue")

    def submit_pre_chat(self, fields=None):
        self.call("submitPreChat", fields or {})

    def submit_offline_form(self, fields=None):
        self.call("submitOfflineForm", fields or {})

    def agent_join(self, name=None):
        self.call("agentJoin", name)

    def agent_leave(self):
        self.call("agentLeave")

    def agent_typing(self):
        self.call("agentTyping")

    def agent_message(self, text):
        self.call("agentMessage", text)

    def agent_file(self, name):
        """v2: the agent sends a file (an attachment item in the window)."""
        self.call("agentFile", name)

    def confirm_end(self, yes=True):
        self.call("confirmEnd", yes)

    def set_scenario(self, **options):
        self.call("setScenario", options)

    def in_window(self, selector, what="text"):
        """For each element of the chat window matching `selector`: its text ("text"),
        whether it is shown ("visible"), or the computed value of a CSS property; read once
        the state has settled and the window's stylesheet has loaded."""
        return self._evaluate(_IN_WINDOW, [selector, what, STYLESHEET_WAIT_MS])

    def window_frame(self):
        """The chat window's Playwright `Frame` (None while no window is open), to click,
        type and evaluate in it as the customer would: v2's window is a sandboxed srcdoc
        the page's own scripts cannot read, but Playwright reaches every frame."""
        handle = self.page.query_selector("#" + HOST_IDS["frame"])
        return handle.content_frame() if handle else None

    def history(self):
        """The texts of the chat window's message history, as the customer sees them."""
        return self.in_window(".message-history .message-content")
