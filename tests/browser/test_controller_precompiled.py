"""The page as `chatkit build` ships it with the [fast] extra: chatkit, the hooks and the boot
compiled ahead of time, Brython without its compiler.  The page compiles nothing, what would
need the compiler says so, tracebacks keep file and line; and the build without the extra
(everything Python, the full runtime) runs the same hooks.
"""

import re
from pathlib import Path

import pytest
from controller_support import PythonPages, run_python

from chatkit.build import bundle, features, runtime
from chatkit.build.assets import build_assets, python_assets
from chatkit.config import load_config

pytestmark = pytest.mark.browser

HOOKS = """
chat.customer.set_info({"Page": "home"})
chat.on_ready(lambda: setattr(window, "readyRan", True))
"""
UNAVAILABLE = "compiled ahead of time: %s is not available in the page"
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "python"
# (`_availability` is chat.on("availability"), which both versions have with [server]: the
# bridge hands it the snippet's status, so it is not one of the lazily imported rules.)
SHARED = ["chatkit", "chatkit.browser", "chatkit.browser._availability",
          "chatkit.browser._bridge", "chatkit.browser._brython", "chatkit.browser._chat",
          "chatkit.browser._checks", "chatkit.browser._link", "chatkit.browser._subscription",
          "chatkit.browser.versions", "chatkit.errors", "chatkit.rules",
          "chatkit.rules.customer", "chatkit.rules.languages", "chatkit.rules.topics"]
# (the example's hooks call chat.set_language, so its pages hold the language rules; they
# call no other of chat's lazily imported rules: v2's pages hold neither variables nor
# quick replies and sound)
# What the page's Brython holds and has run of chatkit's and the hooks' modules.
PAGE_MODULES = """() => {
    const B = __BRYTHON__, ours = (name) => name === "hooks" || name.startsWith("chatkit");
    return [Object.keys(B.VFS).filter(ours).sort(), Object.keys(B.precompiled).filter(ours).sort(),
            Object.keys(B.imported).filter(ours).sort()];
}"""


@pytest.fixture
def python(chatkit_server, chatkit_open, tmp_path):
    return PythonPages(chatkit_server, tmp_path, chatkit_open)


def test_controller_runs_with_nothing_compiled_in_the_page_and_no_compiler(python):
    chat = python.page(HOOKS, config={"customer": {"Plan": "Gold"}})
    chat.page.wait_for_function("() => window.readyRan === true")
    assert chat.state()["customerInfo"] == {"Plan": "Gold", "Page": "home"}
    # Imported, from the precompiled JavaScript; the language rules, which only
    # chat.set_language() imports, not at all: these hooks never pay for them.
    lazy = sorted(set(bundle.bundle_modules("v1")) & set(bundle.LAZY_MODULES))
    names = sorted(set(bundle.bundle_modules("v1")) - set(lazy)) + ["hooks"]
    brython = chat.page.evaluate("""(names) => names.map((name) => [
        name in __BRYTHON__.imported, typeof __BRYTHON__.precompiled[name] === "string"])""",
                                 names + lazy)
    assert brython == [[True, True]] * len(names) + [[False, True]] * len(lazy)
    assert lazy == ["chatkit.rules.languages"]
    assert chat.page.evaluate("() => [typeof __BRYTHON__.js_from_root, "
                              "typeof __BRYTHON__.tokenizer, typeof __BRYTHON__._PyPegen]") == \
        ["undefined"] * 3
    assert chat.page.evaluate("() => document.querySelector('script[src*=\"brython.\"]')"
                              ".integrity") == runtime.integrity(
        features.without(runtime.path().read_bytes(), set()))
    assert chat.errors == [] and chat.warnings == []


@pytest.mark.parametrize("call, what", [
    ("exec('x = 1')", "exec()"),
    ("eval('1 + 1')", "eval()"),
    ("compile('1', 'x', 'eval')", "compile()"),
    ("window.__BRYTHON__.runPythonSource('x = 1', 'a_script')", "running Python source "
                                                                "(a_script)"),
])
def test_controller_says_what_needs_the_compiler_it_does_not_have(python, call, what):
    chat = python.page()
    # Through `builtins`, as code the build cannot see coming would (the build ships the
    # full runtime to hooks that name exec, eval or compile).
    source = "import builtins\n" + re.sub(r"^(exec|eval|compile)\(", r"builtins.\1(", call)
    assert run_python(chat, source) == {"raised": "NotImplementedError",
                                        "message": UNAVAILABLE % what}
    assert chat.errors == []


def test_controller_keeps_exec_eval_and_compile_builtins_that_say_so(python):
    chat = python.page()
    assert run_python(chat, "result = [(f.__name__, type(f).__name__, f.__module__) "
                            "for f in (exec, eval, compile)]") == \
        [[name, "builtin_function_or_method", "builtins"] for name in ("exec", "eval", "compile")]


def test_controller_says_a_module_shipped_as_source_cannot_be_imported(python):
    chat = python.page()
    raised = run_python(chat, "x = 1\n", ahead_of_time=False)
    assert raised["raised"] == "ImportError"
    assert re.fullmatch(UNAVAILABLE % r"importing __run_\d+ \(shipped as Python source\)",
                        raised["message"])


def test_controller_runs_string_methods_that_need_the_kept_unicode_helpers(python):
    chat = python.page()
    assert run_python(chat, "result = ['é_1'.isidentifier(), '1x'.isidentifier(), "
                            "'ÀB'.isupper(), 'Ǆa'.istitle(), '٣'.isdigit(), 'ß'.swapcase()]") == \
        [True, False, True, True, True, "SS"]


def test_controller_builtins_have_no_docstrings_and_work_without_them(python):
    # The runtime leaves out the builtin functions' docstrings (10 KB gzip; the types keep
    # theirs, set elsewhere); nothing else changes.
    chat = python.page()
    assert run_python(chat, "result = [len.__doc__, sorted.__doc__, int.__doc__[:4], "
                            "int('7') + len('ab'), sorted({'b': 1, 'a': 2}), "
                            "repr(ValueError('x'))]") == \
        [None, None, "int(", 9, ["a", "b"], "ValueError('x')"]


def test_controller_runtime_reads_the_time_zone_only_when_asked(chatkit_server, chatkit_open,
                                                                tmp_path):
    # ICU's time-zone data cost every new tab ~9 ms as Brython loaded; only the stdlib's
    # `time` (not shipped) reads the name.
    head = """<script>window.tzCalls = 0; (function (F) {
        Intl.DateTimeFormat = function (locale, options) {
            if (options && options.timeZoneName) { window.tzCalls += 1; }
            return new F(locale, options);
        };
    })(Intl.DateTimeFormat);</script>"""
    python = PythonPages(chatkit_server, tmp_path, chatkit_open)
    chat = python.page(HOOKS, head=head)
    assert chat.page.evaluate("() => [window.tzCalls, Object.keys(__BRYTHON__).includes("
                              "'tz_name')]") == [0, False]
    name = chat.page.evaluate("() => [__BRYTHON__.tz_name, __BRYTHON__.tz_name, tzCalls]")
    assert name[0] == name[1] and isinstance(name[0], str) and name[2] == 2


def test_controller_reports_a_missing_name_as_python_does(python):
    chat = python.page()
    assert run_python(chat, "def f():\n    return undefined_name\nf()") == {
        "raised": "NameError", "message": "name 'undefined_name' is not defined"}
    assert run_python(chat, "def g():\n    print(y)\n    y = 1\ng()")["raised"] == \
        "UnboundLocalError"


def test_controller_traceback_names_the_precompiled_module_and_line(python):
    # A strict ValidationError raised in chatkit.browser._chat, caught by the queue.
    chat = python.page("chat.strict = True\n"
                       "chat.on_ready(lambda: chat.set_variables(5))\n")
    chat.wait_started()
    chat.page.wait_for_function("() => window.__hooksDone === true")
    [logged] = [text for kind, text in chat.console if "on_ready callback" in text]
    source = (bundle.CHATKIT_DIR / "browser" / "_chat.py").read_text(encoding="utf-8")
    line = source.splitlines().index("            raise ValidationError(problems, topic)") + 1
    assert re.search(r"VFS\.chatkit\.browser\._chat\.py.*line %d, in _reject" % line, logged)
    assert "ValidationError: chat:set-variables: chat.set_variables: chat.set_variables takes a " \
        "dict, not int" in logged


def test_controller_traceback_of_the_hooks_shows_their_file_line_and_text(python):
    chat = python.page("def deeper():\n    raise RuntimeError('a bug in the hooks')\n\n\n"
                       "deeper()\n", wait_hooks=False)
    chat.page.wait_for_function("() => window.__chatkit.python === 'started'")
    chat.page.wait_for_function("() => window.__hooksDone === undefined")
    [logged] = [text for kind, text in chat.console if "the hooks module hooks failed" in text]
    prologue = python.directory.joinpath("hooks.py").read_text("utf-8").splitlines()
    line = prologue.index("deeper()") + 1
    assert 'File "VFS.hooks.py", line %d, in <module>\n    deeper()' % line in logged
    assert 'File "VFS.hooks.py", line %d, in deeper\n' % (line - 3) in logged
    assert "RuntimeError: a bug in the hooks" in logged


@pytest.mark.parametrize("ahead_of_time", [
    True,  # chatkit build with the [fast] extra
    False,  # without it: the Python bundle and hooks, compiled in the page by the full runtime
])
def test_controller_runs_the_hooks_either_way(chatkit_server, chatkit_open, tmp_path,
                                              ahead_of_time):
    python = PythonPages(chatkit_server, tmp_path, chatkit_open, ahead_of_time=ahead_of_time)
    chat = python.page(HOOKS, config={"chat": {"language": "de"}}, started=False)
    chat.wait_started()
    chat.page.wait_for_function("() => window.readyRan === true")
    state = chat.state()
    assert state["customerInfo"] == {"Page": "home"} and state["language"] == "de"
    vfs = chat.page.evaluate("() => __BRYTHON__.VFS['chatkit.browser._chat'][1]")
    assert (vfs == "") is ahead_of_time
    compiler = chat.page.evaluate("() => typeof __BRYTHON__.js_from_root")
    assert compiler == ("undefined" if ahead_of_time else "function")
    assert run_python(chat, "result = chat.set_language('pt-BR')") == "pt"
    assert chat.errors == [] and chat.warnings == []


@pytest.mark.parametrize("config_name, own", [
    ("chat.toml", ["chatkit.browser._v1"]),
    ("chat-v2.toml", ["chatkit.browser._v2"]),
])
def test_each_chat_versions_page_gets_and_runs_only_its_versions_modules(
        chatkit_server, chatkit_open, tmp_path, config_name, own):
    # examples/python, as `chatkit build` ships it for each version: the same hooks.
    config = load_config(EXAMPLE / config_name)
    built = build_assets(config, tmp_path / "out")
    assert built.light and "js" in built.boot
    for asset in built:
        chatkit_server.add("/%s/%s" % (config_name, asset.name), asset.content, "text/javascript")
    chat = chatkit_open(config, head='<meta name="customer-plan" content="Premium">',
                        body='<button id="need-help">Help</button><p id="chat-status"></p>',
                        python_assets=python_assets(config, built=built, asset_base="%s/%s/" % (
                            chatkit_server.url, config_name)))
    chat.page.wait_for_function("() => window.__chatkit.python === 'started'")
    chat.page.wait_for_function("() => Object.keys(window.__8x8Emulator.state().customerInfo)"
                                ".length === 3")
    modules = sorted(SHARED + own + ["hooks"])
    assert chat.page.evaluate(PAGE_MODULES) == [modules, modules, modules]
    assert chat.errors == [] and chat.warnings == []


def test_controller_hooks_that_use_exec_get_the_runtime_with_its_compiler(chatkit_server,
                                                                          chatkit_open, tmp_path):
    # What `chatkit build` ships: the full runtime (with a warning), everything else compiled.
    from chatkit.build.assets import build_assets, python_assets
    from chatkit.config import parse_config

    (tmp_path / "hooks.py").write_text(
        "from browser import window\n"
        "exec('window.execRan = 6 * 7', {'window': window})\n", encoding="utf-8")
    config = parse_config({"chat": {"uuid": "script_1", "tenant": "dGVuYW50",
                                    "channel": "Support", "domain": chatkit_server.url},
                           "python": {"hooks": "hooks.py",
                                      "asset_base": "https://cdn.example.com/ck/"}},
                          tmp_path / "chat.toml")
    built = build_assets(config, tmp_path / "out")
    assert not built.light and "js" in built.boot
    for asset in built:
        chatkit_server.add("/exec/" + asset.name, asset.content, "text/javascript")
    chat = chatkit_open(config, python_assets=python_assets(
        config, asset_base=chatkit_server.url + "/exec/", built=built))
    chat.page.wait_for_function("() => window.execRan === 42")
    assert chat.errors == [] and chat.warnings == []


@pytest.mark.parametrize("source, what", [
    ("result = bytes([65])", "bytes and bytearray"),
    ("result = complex(1, 2)", "complex numbers"),
    ("match 1:\n    case 1:\n        result = 1\n", "pattern matching (match statements)"),
])
def test_controller_says_what_the_build_left_out_when_something_reaches_it(python, source,
                                                                          what):
    # These Python snippets are not the hooks the build saw: the page's runtime has none of
    # Brython's optional parts, and what reaches one says so.
    chat = python.page()
    assert run_python(chat, source) == {
        "raised": "NotImplementedError",
        "message": "chatkit build left %s out of the page: nothing it compiled uses it" % what}


def test_controller_hooks_that_use_bytes_and_complex_get_them(chatkit_server, chatkit_open,
                                                              tmp_path):
    from chatkit.config import parse_config

    (tmp_path / "hooks.py").write_text(
        "from browser import window\n"
        "window.encoded = list('é'.encode())\n"
        "window.root = abs((-4) ** 0.5 - complex(0, 2)) < 1e-9\n", encoding="utf-8")
    config = parse_config({"chat": {"uuid": "script_1", "tenant": "dGVuYW50",
                                    "channel": "Support", "domain": chatkit_server.url},
                           "python": {"hooks": "hooks.py",
                                      "asset_base": "https://cdn.example.com/ck/"}},
                          tmp_path / "chat.toml")
    built = build_assets(config, tmp_path / "out")
    left_out = built[0].content.decode("utf-8")
    assert built.light and "build left pattern matching (match statements) out" in left_out
    assert "build left bytes" not in left_out and "build left complex" not in left_out
    for asset in built:
        chatkit_server.add("/features/" + asset.name, asset.content, "text/javascript")
    chat = chatkit_open(config, python_assets=python_assets(
        config, asset_base=chatkit_server.url + "/features/", built=built))
    chat.page.wait_for_function("() => window.root !== undefined")
    assert chat.page.evaluate("() => [window.encoded, window.root]") == [[195, 169], True]
    assert chat.errors == []
