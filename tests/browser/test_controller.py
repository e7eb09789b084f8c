"""chatkit.browser under Brython, loaded by the snippet's [python] loader, against the emulator.

Each test's hooks module is built with chatkit build's own functions; see
controller_support for the prologue that lets a test run Python in the page.
"""

import pytest
from controller_support import PythonPages, run_python

pytestmark = pytest.mark.browser

NOT_PRIMITIVE = "Customer info %s is not of a primitive type and will be discarded"

QUEUED_HOOKS = """
seen = []
chat.on("customer:set-info", seen.append)
chat.customer.set_info({"A": 1})
chat.customer.reset_info()
chat.customer.set_info({"B": 2, "A": None})
chat.set_language("pt-BR")
chat.set_variables({"_options": "DEF"})
chat.on_ready(lambda: setattr(window, "readyRan", True))
ready_when_imported = chat.ready
"""


@pytest.fixture
def python(chatkit_server, chatkit_open, tmp_path):
    return PythonPages(chatkit_server, tmp_path, chatkit_open)


@pytest.mark.parametrize("delay", [
    0,  # the chat initialises before Brython has loaded
    3000,  # Brython and the hooks are done long before the chat initialises
])
def test_controller_publishes_calls_made_before_the_bus_in_order_once(python, delay):
    config = {"chat": {"language": "de"}, "customer": {"Plan": "Gold"}}
    chat = python.page(QUEUED_HOOKS, config=config, scenario={"initDelayMs": delay},
                       started=False)
    if delay:
        assert run_python(chat, "import hooks\nresult = hooks.ready_when_imported") is False
    chat.wait_started()
    chat.page.wait_for_function("() => window.readyRan === true")
    state = chat.state()
    assert state["customerInfo"] == {"B": 2}  # static config first, then Python's calls in order
    assert state["language"] == "pt" and state["variables"] == {"_options": "DEF"}
    assert run_python(chat, "import hooks\nresult = hooks.seen") == [{"A": 1}, {"B": 2, "A": None}]
    assert chat.errors == [] and state["warnings"] == []


# Each row is published twice: as JSON by JavaScript, and as a dict by Python.
SAME_AS_THE_CHAT = [
    {"Name": "José", "City": "São Paulo", "Age": 25, "Premium": True, "Score": 2.5},  # primitives
    {"Kanji": "日本語" * 166 + "ab"},  # 500 characters: the value limit
    {"Emoji": "😀" * 250},  # 500 UTF-16 units, 250 code points
    {"Emoji": "😀" * 250 + "a"},  # 501 UTF-16 units: too big
    {"é" * 100: "key at the limit", "é" * 100 + "a": "key too big"},  # keys
    {"Cart": [1, 2], "Meta": {"a": 1}, "Plan": "Gold"},  # not primitive; the rest kept
    {"Gone": None, "Kept": "x"},  # None (null) removes
    {"Big": 1e21, "Small": 1.5e-7},  # numbers by their JavaScript string form
]


def assert_set_info_as_the_chat(chat, rows):
    for row in rows:
        chat.publish("customer:reset-info")
        before = len(chat.warnings)
        chat.publish("customer:set-info", row)
        by_chat = chat.state()
        chat.publish("customer:reset-info")
        report = run_python(chat, "r = chat.customer.set_info(%r)\n"
                                  "result = {'accepted': r.accepted, 'warnings': r.warnings}" % row)
        by_python = chat.state()
        assert by_python["customerInfo"] == by_chat["customerInfo"], row
        assert report["warnings"] == by_chat["warnings"][before:], row
        assert by_python["warnings"] == by_chat["warnings"], row  # chatkit sent nothing bad


def test_controller_set_info_keeps_and_discards_what_the_chat_does(python):
    assert_set_info_as_the_chat(python.page(), SAME_AS_THE_CHAT)


def test_controller_set_info_counts_emoji_keys_as_the_chat_does(python):
    rows = [{"😀" * 50: "key at the limit", "😀" * 50 + "a": "key too big"}]
    assert_set_info_as_the_chat(python.page(), rows)


def test_controller_set_info_is_stricter_where_javascript_would_lose_data(python):
    chat = python.page()
    report = run_python(chat, "r = chat.customer.set_info({'NaN': float('nan'), 'Huge': 2**60, "
                              "5: 'x', 'Ok': 1})\nresult = r.warnings")
    assert len(report) == 3 and chat.state()["customerInfo"] == {"Ok": 1}
    assert chat.warnings == []
    assert sorted(w for w in chat.console_warnings if w.startswith("chatkit: ")) == \
        sorted("chatkit: " + w for w in report)


def test_controller_set_info_reads_javascript_null_and_undefined_as_the_chat_does(python):
    chat = python.page()
    run_python(chat, "chat.customer.set_info({'A': 1, 'B': 2})\n"
                     "chat.customer.set_info({'A': window.JSON.parse('{\"a\": null}').a, "
                     "'B': window.Reflect.get(window, 'notDefinedAnywhere')})")
    assert chat.state()["customerInfo"] == {"B": 2} and chat.warnings == []


HANDLER_HOOKS = """
calls = []

def broken(data):
    1 / 0

def record(data):
    document["status"].text = "%s %s %s" % (type(data).__name__, type(data["info"]).__name__,
                                             data["phase"])

chat.on("customer:info-sent", broken)
chat.on("customer:info-sent", record)
chat.on("customer:info-sent", calls.append).remove()
"""


def test_controller_handlers_get_python_values_fail_alone_and_can_be_removed(python):
    chat = python.page(HANDLER_HOOKS, body='<p id="status"></p>')
    chat.click_button()
    chat.submit_pre_chat({"name": "Ana"})
    chat.page.wait_for_function("() => document.getElementById('status').textContent !== ''")
    assert chat.page.text_content("#status") == "dict dict chatWindow"
    assert chat.state()["phase"] == "chatWindow"
    assert run_python(chat, "import hooks\nresult = hooks.calls") == []
    [failure] = [text for kind, text in chat.console if "broken" in text]
    assert failure.startswith("chatkit: handler broken for customer:info-sent failed")
    assert "ZeroDivisionError" in failure
    assert chat.errors == []


def test_controller_set_language_normalises_tags_and_warns_about_invalid_ones(python):
    chat = python.page()
    codes = run_python(chat, "result = [chat.set_language('zh-Hant'), chat.set_language('nb-NO'),"
                             " chat.set_language('xx-YY')]")
    assert codes == ["zh-TW", "no", None]
    assert chat.state()["language"] == "no" and chat.warnings == []
    assert "chatkit: Chat language xx-YY is not valid and will be discarded" in \
        chat.console_warnings


def test_controller_strict_raises_naming_every_bad_key_and_publishes_nothing(python):
    chat = python.page()
    raised = run_python(chat, "chat.strict = True\n"
                              "chat.customer.set_info({'Cart': [1], 'Plan': 'Gold', 'x' * 101: 1})")
    assert raised["raised"] == "ValidationError"
    assert "Cart:" in raised["message"] and "x" * 101 + ":" in raised["message"]
    assert chat.state()["customerInfo"] == {} and chat.errors == []


def test_controller_variables_and_triggers_reach_the_chat(python):
    chat = python.page()
    run_python(chat, "chat.set_variables({'_options': 'DEF', '_cart': [1]})\n"
                     "chat.trigger_invitation()")
    state = chat.state()
    assert state["variables"] == {"_options": "DEF"}
    assert state["phase"] == "invitation" and state["startedByApi"] is True
    assert any(w.startswith("chatkit: Chat variable _cart is not of a primitive type")
               for w in chat.console_warnings)


@pytest.mark.parametrize("broken", [
    "runtime",  # brython.js is missing (404)
    "bundle",  # the bundle fails its integrity check
])
def test_controller_failing_to_load_leaves_the_chat_and_static_config_working(python, broken):
    assets = python.assets("window.hooksRan = True")
    if broken == "runtime":
        assets["scripts"][0]["src"] += ".missing.js"
    else:
        assets["scripts"][1]["integrity"] = assets["scripts"][2]["integrity"]
    config = {"chat": {"language": "de"}, "customer": {"Plan": "Gold"}}
    chat = python.page(config=config, assets=assets, wait_hooks=False)
    chat.page.wait_for_function("() => window.__chatkit.python === 'failed'")
    state = chat.state()
    assert state["customerInfo"] == {"Plan": "Gold"} and state["language"] == "de"
    assert chat.page.evaluate("() => window.hooksRan === undefined")
    assert any("did not load" in w for w in chat.console_warnings)
    assert chat.errors == []
    chat.click_button()
    assert chat.state()["phase"] == "preChat"


def test_controller_hooks_whose_strings_hold_html_comment_markers_run_as_written(python):
    # Issue 16, hostile 2: the build escapes them; the page reads the same strings.
    chat = python.page('chat.customer.set_info({"Label": "Next -->", "Other": "<!-- x </script>",'
                       ' "Less": 1 < -(-2)})\n')
    assert chat.state()["customerInfo"] == {"Label": "Next -->", "Other": "<!-- x </script>",
                                            "Less": True}
    assert chat.errors == [] and chat.warnings == []


CSP = "script-src 'nonce-abc123' %s; object-src 'none'"


def test_controller_runs_under_a_nonce_csp_that_allows_eval(python):
    chat = python.page("window.hooksRan = True", nonce="abc123",
                       headers={"Content-Security-Policy": CSP % "'unsafe-eval'"})
    assert chat.page.evaluate("() => window.hooksRan === true") and chat.errors == []


def test_controller_without_unsafe_eval_fails_quietly_and_the_chat_works(python):
    config = {"customer": {"Plan": "Gold"}}
    chat = python.page(config=config, nonce="abc123", wait_hooks=False,
                       headers={"Content-Security-Policy": CSP % ""})
    chat.page.wait_for_function("() => window.__chatkit.python === 'blocked'")
    assert chat.state()["customerInfo"] == {"Plan": "Gold"} and chat.errors == []
    assert any("does not allow 'unsafe-eval'" in w for w in chat.console_warnings)
