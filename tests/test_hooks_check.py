"""The hooks file under `check`, `snippet` and `build` (issue 10): whatever it holds, one line per
problem naming the file and the line, exit 2 for errors, nothing written; `check` reports all
that `snippet` and `build` would, warnings included."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chatkit.build import check_hooks
from chatkit.config import load_config
from tests.cli_support import run

CONFIG = """[chat]
uuid = "script_0123456789abcdef01234567.89012345"
tenant = "ZXhhbXBsZTAx"
channel = "Customer Support"
domain = "https://vcc-na7.8x8.com"
[python]
hooks = "hooks.py"
asset_base = "https://cdn.example.com/chatkit/"
"""
DEEP = "x = " + "+".join(["1"] * 3000) + "\n"


def site(folder, hooks):
    """A config with a [python] table and its hooks file (text, or bytes as they are)."""
    (folder / "chat.toml").write_text(CONFIG, encoding="utf-8")
    path = folder / "hooks.py"
    path.write_bytes(hooks if isinstance(hooks, bytes) else hooks.encode("utf-8"))
    return folder / "chat.toml"


@pytest.mark.parametrize("hooks, line, message", [
    # 3000 terms: CPython's compiler runs out of recursion (a RecursionError before)
    (DEEP, 1, "nested too deeply for Python's compiler: split the expression or the blocks"),
    ("x = 1\n" * 4 + DEEP, 5, "nested too deeply for Python's compiler"),
    # a byte order mark: Brython refuses it in the page
    (b"\xef\xbb\xbfx = 1\n", 1, "starts with a byte order mark (U+FEFF), which Brython refuses: "
                               "save the file as UTF-8 without BOM"),
    # a NUL: CPython says "line None"
    ("x = 1\n\ny = '\0'\n", 3, "a NUL character (U+0000), which Python source cannot hold"),
    # a relative import: it said "imports , which the page cannot load"
    ("from . import x\n", 1, "from . import x: a relative import, but the hooks are a module of "
                             "their own, not in a package: import by the full name "
                             "(from chatkit.browser import chat)"),
    ("import re\nfrom ..pkg import a, b\n", 2, "from ..pkg import a, b: a relative import"),
    (b"x = 1\ny = '\xff'\n", 2, "not UTF-8: byte 0xff cannot start a character; save the file "
                              "as UTF-8"),
    ("x = 1\nif x\n    pass\n", 2, "invalid Python: expected ':'"),
    ("x = (\n", 1, "invalid Python: '(' was never closed"),
    # issue 16, hostile 7: it froze the page, chat included
    ("x = 1\nwhile True:\n    pass\n", 2, "while True: never ends (no break, return or raise in "
                                         "it): hooks run on the page's main thread, so it would "
                                         "freeze the page and the chat"),
    ("def f():\n    while 1:\n        for i in x:\n            break\n", 2, "while 1: never ends"),
])
@pytest.mark.parametrize("command", ["check", "snippet", "build"])
def test_hooks_the_page_cannot_run_are_one_line_exit_2(tmp_path, capsys, hooks, line, message,
                                                       command):
    config = site(tmp_path, hooks)
    extra = ["--out", tmp_path / "out"] if command == "build" else []
    code, out, err = run(capsys, command, config, *extra)
    assert (code, out) == (2, "")
    [problem] = err
    assert problem.startswith("%s: line %d: %s" % (tmp_path / "hooks.py", line, message))
    assert not (tmp_path / "out").exists()


def test_check_reports_the_warnings_build_gives(tmp_path, capsys):
    config = site(tmp_path, "import json\nfrom chatkit import UNSET\nfrom chatkit.browser import "
                            "chat\nx = '\\d'\nrun = exec\n")
    code, out, check = run(capsys, "check", config)
    assert (code, out) == (0, "%s: ok, 4 warnings\n" % config)
    hooks = tmp_path / "hooks.py"
    assert [line.split(": warning: ")[0] for line in check] == [
        "%s: line %d" % (hooks, n) for n in (1, 2, 4, 5)]
    assert "imports json, which the page cannot load" in check[0]
    assert "in the page, import chat, UNSET and the errors from chatkit.browser" in check[1]
    assert "invalid escape sequence '\\d'" in check[2]
    assert "uses exec(), which needs Brython's compiler in the page" in check[3]
    assert run(capsys, "check", config, "--strict")[0] == 1
    _, _, build = run(capsys, "build", config, "--out", tmp_path / "out")
    assert build[:4] == check


HTML_MARKERS = ('from chatkit.browser import chat\nlabel = "Next -->"\nother = "<!-- x </script>"\n'
                'chat.customer.set_info({"Label": label, "Other": other, "Less": 1 < -(-2)})\n')


def test_hooks_whose_strings_hold_html_comment_markers_build_into_files_without_them(
        tmp_path, capsys):
    # Issue 16, hostile 2: "Next -->" was a traceback from check, snippet and build.
    config = site(tmp_path, HTML_MARKERS)
    assert run(capsys, "check", config, "--strict") == (0, "%s: ok\n" % config, [])
    code, out, _ = run(capsys, "snippet", config)
    assert code == 0 and "<!--" not in out.split("-->", 1)[1] and "-->" not in \
        out.split("-->", 1)[1]  # the snippet's own first-line comment aside
    assert run(capsys, "build", config, "--out", tmp_path / "out")[0] == 0
    for path in (tmp_path / "out").iterdir():
        text = path.read_text(encoding="ascii")
        assert "<!--" not in text and "-->" not in text and "</script" not in text, path.name


@pytest.mark.parametrize("loop, warned", [
    ("while True:\n    poll()\n", True),  # only an exception from poll() ends it
    ("while True:\n    if poll():\n        break\n", False),
    ("def f():\n    while True:\n        return poll()\n", False),
    ("while ready():\n    pass\n", False),  # beyond what the build can see (the README says)
])
def test_check_warns_about_a_loop_only_an_exception_ends(tmp_path, capsys, loop, warned):
    code, _, err = run(capsys, "check", site(tmp_path, "x = 1\n" + loop))
    expected = ["%s: line 2: warning: while True: has no break, return or raise: it ends only if "
                "something in it raises, and until then the page and the chat are frozen (hooks "
                "run on its main thread)" % (tmp_path / "hooks.py")]
    assert (code, err) == (0, expected if warned else [])


def test_check_names_a_hooks_file_whose_name_is_no_module(tmp_path, capsys):
    (tmp_path / "chat.toml").write_text(CONFIG.replace("hooks.py", "my-hooks.py"), "utf-8")
    (tmp_path / "my-hooks.py").write_text("x = 1\n", encoding="utf-8")
    code, _, err = run(capsys, "check", tmp_path / "chat.toml")
    assert (code, err) == (2, ["%s: the file name must be a Python module name other than "
                               "browser, builtins, chatkit, javascript, like hooks.py"
                               % (tmp_path / "my-hooks.py")])


def test_check_hooks_is_every_problem_as_a_list(tmp_path):
    config = load_config(site(tmp_path, "import json\n"))
    [problem] = check_hooks(config)
    assert (problem.key, problem.value, problem.severity) == ("line 1", "json", "warning")
    (tmp_path / "hooks.py").write_text("x = (\n", encoding="utf-8")
    [problem] = check_hooks(config)
    assert problem.is_error and problem.key == "line 1"


def test_check_hooks_is_empty_without_a_python_table(tmp_path):
    (tmp_path / "chat.toml").write_text(CONFIG.split("[python]")[0], encoding="utf-8")
    assert check_hooks(load_config(tmp_path / "chat.toml")) == []


def test_check_of_good_hooks_is_ok_strictly(tmp_path, capsys):
    config = site(tmp_path, "from chatkit.browser import chat\nchat.set_language('de')\n")
    assert run(capsys, "check", config, "--strict") == (0, "%s: ok\n" % config, [])


# Python-ish fragments, joined into hooks files: hostile, broken or fine.
FRAGMENTS = st.sampled_from([
    "from chatkit.browser import chat\n", "import json\n", "from . import x\n", "x = (\n",
    "def f(:\n", "\ufeff", "\0", "\r", "'\\d'\n", "exec('1')\n", "if x:\n", "    pass\n",
    "x = " + "+".join(["1"] * 1500) + "\n", "[" * 150 + "]" * 150 + "\n", "\u202e", "é = 1\n",
    "class A:\n    def f(self):\n        return [i for i in range(3)]\n", "lambda: (yield)\n",
    "async def g():\n    await x\n", "match x:\n    case [1, *r]: pass\n", "x: int = 1\n",
    "def f():\n    nonlocal y\n", "return 1\n", "f'{x!r:>{w}}'\n", "global q\nq = 1\n",
    'label = "Next -->"\n', "x = '<!--'\n", "y = a < -(-b)\n", "while True:\n    pass\n",
])
HOOKS = st.one_of(
    st.lists(FRAGMENTS, max_size=6).map("".join),
    st.text(max_size=200),
    st.binary(max_size=120),
)


@settings(max_examples=40, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hooks=HOOKS)
def test_any_hooks_file_gives_lines_naming_the_file_and_line_never_a_traceback(
        tmp_path, capsys, hooks):
    config = site(tmp_path, hooks)
    out_dir = tmp_path / "out"
    for argv in (["check", config], ["build", config, "--out", out_dir]):
        code, _, err = run(capsys, *argv)
        assert code in (0, 1, 2)
        problems = [line for line in err if not line.startswith(("wrote ", "chatkit: note"))]
        for line in problems:
            assert line.startswith("%s: line " % (tmp_path / "hooks.py")), line
            int(line.split(": line ", 1)[1].split(":")[0])  # the line is a number
        if code == 2:
            assert len(problems) == 1 and not out_dir.exists()
    if out_dir.exists():
        for path in out_dir.iterdir():
            path.unlink()
        out_dir.rmdir()
