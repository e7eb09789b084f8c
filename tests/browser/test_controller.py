"""chatkit.browser on Brython and on MicroPython, loaded by the snippet's [python] loader,
against the emulator.

Each test's hooks module is built with chatkit build's own functions, and each test runs on
both runtimes; see controller_support for the prologue that lets a test run Python in the page.
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
def python(chatkit_server, chatkit_open, tmp_path, runtime_name):
    return PythonPages(chatkit_server, tmp_path, chatkit_open, runtime=runtime_name)


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


def in_order(chat, warnings):
    """`warnings` as the page's Python can order them: MicroPython's dicts keep no insertion
    order (a dict literal of the hooks is already in its own order), so there the same
    warnings in any order."""
    return warnings if chat.page.evaluate("() => window.__BRYTHON__ !== undefined") \
        else sorted(warnings)


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
        assert in_order(chat, report["warnings"]) == in_order(chat, by_chat["warnings"][before:])
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
# What each runtime needs in script-src (SPEC 6): Brython compiles with `new Function`,
# MicroPython compiles its wasm.
NEEDS = {"brython": "'unsafe-eval'", "micropython": "'wasm-unsafe-eval'"}


def test_controller_runs_under_a_nonce_csp_that_allows_what_its_runtime_needs(python):
    chat = python.page("window.hooksRan = True", nonce="abc123",
                       headers={"Content-Security-Policy": CSP % NEEDS[python.runtime]})
    assert chat.page.evaluate("() => window.hooksRan === true") and chat.errors == []


def test_micropython_runs_without_unsafe_eval(chatkit_server, chatkit_open, tmp_path):
    # The weaker need is the point of 'wasm-unsafe-eval': nothing of MicroPython's evaluates
    # a string as JavaScript.
    python = PythonPages(chatkit_server, tmp_path, chatkit_open, runtime="micropython")
    chat = python.page("window.hooksRan = window.eval is not None\n", nonce="abc123",
                       headers={"Content-Security-Policy": CSP % "'wasm-unsafe-eval'"})
    assert chat.page.evaluate("() => window.hooksRan === true") and chat.errors == []
    assert not [text for kind, text in chat.console if "unsafe-eval" in text]


def test_micropython_whose_wasm_connect_src_blocks_says_it_did_not_load(chatkit_server,
                                                                        chatkit_open, tmp_path):
    python = PythonPages(chatkit_server, tmp_path, chatkit_open, runtime="micropython")
    policy = CSP % "'wasm-unsafe-eval'" + "; connect-src 'none'"
    chat = python.page(config={"customer": {"Plan": "Gold"}}, nonce="abc123", wait_hooks=False,
                       headers={"Content-Security-Policy": policy})
    chat.page.wait_for_function("() => window.__chatkit.python === 'failed'")
    assert any(".wasm did not load" in w for w in chat.console_warnings)
    assert chat.state()["customerInfo"] == {"Plan": "Gold"} and chat.errors == []


def test_controller_without_what_its_runtime_needs_fails_quietly_and_the_chat_works(python):
    config = {"customer": {"Plan": "Gold"}}
    chat = python.page(config=config, nonce="abc123", wait_hooks=False,
                       headers={"Content-Security-Policy": CSP % ""})
    chat.page.wait_for_function("() => window.__chatkit.python === 'blocked'")
    assert chat.state()["customerInfo"] == {"Plan": "Gold"} and chat.errors == []
    assert any("does not allow %s" % NEEDS[python.runtime] in w for w in chat.console_warnings)


DOM_HOOKS = """
clicks = []

def record(event):
    clicks.append(event.type)

def broken(event):
    1 / 0

document["button"].bind("click", record)
document["button"].bind("click", broken)
"""


def test_controller_hooks_read_and_change_the_page_with_brythons_names(python):
    # On MicroPython through chatkit.browser.compat; Brython's own modules are the oracle.
    body = ('<p id="box" class="x">old</p><p class="x"><b>b</b></p>'
            '<button id="button">Go</button>')
    chat = python.page(DOM_HOOKS, body=body)
    assert run_python(chat, """
box = document["box"]
box.text = "new <text>"
second = document.select("p.x")[1]
second.html = "<i>i</i>"
try:
    document["nowhere"]
    missing = None
except KeyError:
    missing = "KeyError"
result = [box.text, second.html, [p.text for p in document.select("p.x")], missing,
          box.getAttribute("class"), document.documentElement.lang, box.parent.tagName,
          window.JSON.parse("[1, 2]")[1]]
""") == ["new <text>", "<i>i</i>", ["new <text>", "i"], "KeyError", "x", "en", "BODY", 2]
    chat.page.click("#button")
    assert run_python(chat, "import hooks\nresult = hooks.clicks") == ["click"]
    assert any("ZeroDivisionError" in text for kind, text in chat.console if kind == "error")
    assert chat.state()["phase"] in ("closed", "button")  # the chat is there, untouched
