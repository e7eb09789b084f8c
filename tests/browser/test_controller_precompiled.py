"""The precompiled bundle (static/chatkit-browser.js) in the page, and the Python one it falls
back to: the file is what `python -m chatkit.build.precompile` writes today, the page runs chatkit
without compiling it, tracebacks still name chatkit's lines, and both bundles run the hooks.
"""

import re

import pytest
from controller_support import PythonPages, run_python

from chatkit.build import assets as build
from chatkit.build import precompile as _precompile
from chatkit.build import precompiled as _precompiled

pytestmark = pytest.mark.browser

HOOKS = """
chat.customer.set_info({"Page": "home"})
chat.on_ready(lambda: setattr(window, "readyRan", True))
"""


@pytest.fixture
def python(chatkit_server, chatkit_open, tmp_path):
    return PythonPages(chatkit_server, tmp_path, chatkit_open)


def test_precompiled_bundle_is_what_precompile_writes_today(browser):
    # Brython compiles chatkit's modules in this Chromium, exactly as the tool does.
    assert _precompile.generate(browser) == _precompiled.path().read_bytes(), \
        "static/%s is out of date: run python -m chatkit.build.precompile" % _precompiled.FILE_NAME


def test_controller_runs_chatkit_precompiled_and_compiles_only_the_hooks(python):
    chat = python.page(HOOKS, config={"customer": {"Plan": "Gold"}})
    chat.page.wait_for_function("() => window.readyRan === true")
    assert chat.state()["customerInfo"] == {"Plan": "Gold", "Page": "home"}
    brython = chat.page.evaluate("""(names) => names.map((name) => [
        name in __BRYTHON__.imported, __BRYTHON__.VFS[name][1] === "",
        typeof __BRYTHON__.precompiled[name] === "string"])""", build.start_modules())
    # Imported, with no Python source in the page to compile: the precompiled code ran.
    assert brython == [[True, True, True]] * len(build.start_modules())
    assert chat.errors == [] and chat.warnings == []


def test_controller_traceback_names_the_precompiled_module_and_line(python):
    # A strict ValidationError raised in chatkit.browser._chat, caught by the queue.
    chat = python.page("chat.strict = True\n"
                       "chat.on_ready(lambda: chat.set_variables(5))\n")
    chat.wait_started()
    chat.page.wait_for_function("() => window.__hooksDone === true")
    [logged] = [text for kind, text in chat.console if "on_ready callback" in text]
    source = (build.CHATKIT_DIR / "browser" / "_chat.py").read_text(encoding="utf-8")
    line = source.splitlines().index("            raise ValidationError(problems, topic)") + 1
    assert re.search(r"VFS\.chatkit\.browser\._chat\.py.*line %d, in _reject" % line, logged)
    assert "ValidationError: chat:set-variables: chat.set_variables: chat.set_variables takes a " \
        "dict, not int" in logged


@pytest.mark.parametrize("python_bundle", [
    False,  # the precompiled bundle, as `chatkit build` ships it
    True,  # the Python bundle it falls back to (another brython.js, or edited sources)
])
def test_controller_runs_the_hooks_from_either_bundle(chatkit_server, chatkit_open, tmp_path,
                                                      python_bundle):
    python = PythonPages(chatkit_server, tmp_path, chatkit_open, python_bundle=python_bundle)
    chat = python.page(HOOKS, config={"chat": {"language": "de"}}, started=False)
    chat.wait_started()
    chat.page.wait_for_function("() => window.readyRan === true")
    state = chat.state()
    assert state["customerInfo"] == {"Page": "home"} and state["language"] == "de"
    vfs = chat.page.evaluate("() => __BRYTHON__.VFS['chatkit.browser._chat'][1]")
    assert (vfs == "") is not python_bundle
    assert run_python(chat, "result = chat.set_language('pt-BR')") == "pt"
    assert chat.errors == [] and chat.warnings == []
