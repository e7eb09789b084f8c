"""`chatkit check CONFIG...` (issue 16, first hour 2 and 5): several configs, one verdict each,
the worst exit code, problems as text, JSON or GitHub annotations, standard input, and a
page given as a config named as such."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_support import run, write

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
VALID = (EXAMPLES / "minimal.toml").read_text(encoding="utf-8")
LOCAL = VALID.replace("https://vcc-na7.8x8.com", "http://localhost:8000")  # one warning
INVALID = VALID + "[customer]\nCart = [1]\n"
BROKEN = '[chat]\nuuid = "x\n'  # the string's line ends at column 10 of line 2
LOCAL_MESSAGE = ("the domain uses http://: only chatkit's emulator answers there (chatkit "
                 "serve, chatkit.testing), never 8x8")
CART_MESSAGE = "must be text, a number or true/false, not an array"
BROKEN_MESSAGE = "not valid TOML: Illegal character '\\n' (at line 2, column 10)"


@pytest.fixture
def sites(tmp_path, monkeypatch):
    """A folder of configs, as the working directory: sites/*.toml."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "sites"
    folder.mkdir()
    for name, text in [("a.toml", VALID), ("b.toml", LOCAL), ("c.toml", BROKEN),
                       ("d.toml", INVALID)]:
        write(folder, text, name)
    return folder


def test_check_of_several_configs_gives_one_verdict_each_and_the_worst_exit(sites, capsys):
    code, out, err = run(capsys, "check", "sites/a.toml", "sites/b.toml", "sites/c.toml",
                         "sites/d.toml")
    assert code == 2
    assert out == "sites/a.toml: ok\nsites/b.toml: ok, 1 warning\n"
    # minimal.toml's domain is at line 6; INVALID's Cart at line 8, after [customer].
    assert err == ["sites/b.toml:6:1: chat.domain: warning: " + LOCAL_MESSAGE,
                   "sites/c.toml: " + BROKEN_MESSAGE,
                   "sites/d.toml:8:1: customer.Cart: " + CART_MESSAGE]


@pytest.mark.parametrize("names, strict, code", [
    (["a.toml", "a.toml"], False, 0),  # all valid
    (["a.toml", "b.toml"], False, 0),  # a warning is fine
    (["b.toml", "a.toml"], True, 1),  # but not under --strict, wherever it is
    (["b.toml", "d.toml"], True, 2),  # an invalid one beats --strict
    (["d.toml", "a.toml"], False, 2),  # the first one's errors are not forgotten
])
def test_check_exit_code_is_the_worst_over_all_files(sites, capsys, names, strict, code):
    argv = ["check", *("sites/" + name for name in names)] + (["--strict"] if strict else [])
    assert run(capsys, *argv)[0] == code


def test_check_says_ok_only_without_warnings(sites, capsys):
    # 8x8's own placeholder {<agent>} is converted, with a warning: two warnings in all.
    write(sites, LOCAL + '[messages]\nchatEstablishedName = "You are chatting with {<agent>}"\n',
          "e.toml")
    code, out, err = run(capsys, "check", "sites/e.toml")
    assert (code, out, len(err)) == (0, "sites/e.toml: ok, 2 warnings\n", 2)


def test_check_json_lists_every_problem_with_its_place_where_known(sites, capsys):
    code, out, err = run(capsys, "check", "sites/a.toml", "sites/b.toml", "sites/c.toml",
                         "sites/d.toml", "--format", "json")
    assert (code, err) == (2, [])
    assert json.loads(out) == [
        {"file": "sites/b.toml", "line": 6, "column": 1, "key": "chat.domain",
         "severity": "warning", "message": LOCAL_MESSAGE},
        {"file": "sites/c.toml", "line": 2, "column": 10, "key": None,
         "severity": "error", "message": BROKEN_MESSAGE},
        {"file": "sites/d.toml", "line": 8, "column": 1, "key": "customer.Cart",
         "severity": "error", "message": CART_MESSAGE},
    ]


def test_check_json_of_valid_configs_is_an_empty_list(sites, capsys):
    assert run(capsys, "check", "sites/a.toml", "--format", "json") == (0, "[]\n", [])


def test_check_json_names_the_hooks_file_and_line_of_its_problems(tmp_path, capsys):
    write(tmp_path, "x = 1\nimport json\n", "hooks.py")
    config = write(tmp_path, VALID + "[python]\nhooks = 'hooks.py'\n"
                   "asset_base = 'https://cdn.example.com/chatkit/'\n")
    code, out, _ = run(capsys, "check", config, "--format", "json")
    [problem] = json.loads(out)
    assert code == 0
    assert {k: problem[k] for k in ("file", "line", "column", "key", "severity")} == {
        "file": str(tmp_path / "hooks.py"), "line": 2, "column": None, "key": None,
        "severity": "warning"}
    assert problem["message"].startswith("imports json, which the page cannot load")


def test_check_github_format_is_workflow_annotations(sites, capsys):
    code, out, err = run(capsys, "check", "sites/a.toml", "sites/b.toml", "sites/c.toml",
                         "sites/d.toml", "--format", "github")
    assert (code, err) == (2, [])
    assert out.splitlines() == [
        "sites/a.toml: ok",
        "::warning file=sites/b.toml,line=6,col=1::chat.domain: " + LOCAL_MESSAGE,
        "sites/b.toml: ok, 1 warning",
        "::error file=sites/c.toml,line=2,col=10::" + BROKEN_MESSAGE,
        "::error file=sites/d.toml,line=8,col=1::customer.Cart: " + CART_MESSAGE,
    ]


def test_check_github_annotation_escapes_what_would_end_it(tmp_path, capsys):
    # GitHub's workflow commands: %, CR and LF escaped in the message; also : and , in a value.
    config = write(tmp_path, VALID + '"a\\nb%" = 1\n', "a,b:c.toml")
    code, out, _ = run(capsys, "check", config, "--format", "github")
    [annotation] = out.splitlines()
    assert code == 2
    assert annotation.startswith("::error file=%s/a%%2Cb%%3Ac.toml,line=7,col=1::chat.a%%0Ab%%25: "
                                 "unknown key"
                                 % tmp_path)


def chatkit(*argv, stdin):
    return subprocess.run([sys.executable, "-m", "chatkit", *map(str, argv)], input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_check_dash_reads_the_config_from_standard_input():
    done = chatkit("check", "-", stdin=VALID)
    assert (done.returncode, done.stdout, done.stderr) == (0, "<stdin>: ok\n", "")
    done = chatkit("check", "-", "--strict", stdin=INVALID)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "<stdin>:8:1: customer.Cart: %s\n" % CART_MESSAGE
    done = chatkit("check", "-", stdin=BROKEN)
    assert done.stderr == "<stdin>: %s\n" % BROKEN_MESSAGE


@pytest.mark.parametrize("name, text, kind", [
    ("snippet.html", (EXAMPLES / "configuration-manager-snippet.html").read_text("utf-8"),
     "HTML"),
    ("footer.txt", "<!DOCTYPE html>\n<html><body><script>window.__8x8Chat = {}</script>",
     "HTML"),  # HTML by its content
    ("Chat.jsx", "export function Chat() { return <div id='x' /> }\n", "JavaScript"),
])
def test_check_of_a_page_says_to_import_it(tmp_path, capsys, name, text, kind):
    page = write(tmp_path, text, name)
    assert run(capsys, "check", page) == (2, "", [
        "%s: is %s, not a chat config (TOML): to turn the 8x8 snippet in it into one, run: "
        "chatkit import %s -o chat.toml" % (page, kind, page)])


def test_check_of_a_broken_config_is_not_called_a_page(tmp_path, capsys):
    config = write(tmp_path, BROKEN)
    assert run(capsys, "check", config)[2] == ["%s: %s" % (config, BROKEN_MESSAGE)]
