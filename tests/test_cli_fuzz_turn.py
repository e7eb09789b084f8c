"""Hostile input, generated, for this turn's commands and options (issue 16, "Done when"):
`check` on several files at once in each `--format`, the place of each problem, and
`messages --lang --config` appended to the config it read, once and twice.

Whatever hypothesis writes: an exit code, never a traceback; stderr lines named; the
formats agree; a problem's line and column point at its key in the file; and a config that
passed `check` still passes it once `messages --config`'s output is appended, twice.
Bounded and derandomized, as tests/test_cli_fuzz.py.
"""

import json
import re
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from chatkit.errors import escape
from tests.cli_support import run
from tests.test_cli_fuzz import FUZZ, TEXT, VALID_CHAT, VALID_V2_CHAT, config_bytes, toml_documents

LANGUAGES = st.one_of(st.sampled_from(["de", "pt-BR", "zh-Hant", "zh", "German", "Deutsch", "en",
                                       "EN-gb", "xx", "", "de\n", "\u202ede"]), TEXT)
_BARE = re.compile(r"[A-Za-z0-9_-]+")


@FUZZ
@given(files=st.lists(config_bytes(), min_size=1, max_size=3))
def test_fuzz_check_of_several_files_agrees_in_every_format(capsys, files):
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, data in enumerate(files):
            path = Path(folder) / ("site%d.toml" % index)
            path.write_bytes(data)
            paths.append(path)
        each = [run(capsys, "check", path)[0] for path in paths]
        code, out, err = run(capsys, "check", *paths)
        assert code == max(each)  # the worst over all the files
        assert all(re.fullmatch(r".*: ok(, \d+ warnings?)?", line) for line in out.splitlines())
        assert len(out.splitlines()) == each.count(0)  # one verdict per file that passes
        code_json, out_json, err_json = run(capsys, "check", *paths, "--format", "json")
        assert (code_json, err_json) == (code, [])
        found = json.loads(out_json)
        assert len(found) == len(err)
        code_github, out_github, err_github = run(capsys, "check", *paths, "--format", "github")
        assert (code_github, err_github) == (code, [])
        assert len([line for line in out_github.splitlines() if line.startswith("::")]) == len(
            found)


@FUZZ
@given(text=toml_documents())
def test_fuzz_each_problem_is_placed_at_its_key(capsys, text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "chat.toml"
        path.write_text(text, encoding="utf-8")
        _, out, _ = run(capsys, "check", path, "--format", "json")
        lines = text.split("\n")
        for problem in json.loads(out):
            if problem["line"] is None or problem["key"] is None:
                continue
            line = lines[problem["line"] - 1]
            assert 1 <= problem["column"] <= len(line) + 1, problem
            assert_at_a_key(line[problem["column"] - 1 :], problem["key"])


def assert_at_a_key(rest, key):
    """The text at a problem's place opens a table header, a quoted key, an array's element
    or one of the key's parts (bare keys only: a quoted one is written with its escapes)."""
    if rest.startswith(("[", '"', "'")) or "[" in key.rpartition(".")[2]:
        return
    parts = [part for part in key.split(".") if _BARE.fullmatch(part)]
    assert not parts or any(rest.startswith(part) for part in parts), (rest[:40], key)


@FUZZ
@given(chat=st.sampled_from([VALID_CHAT, VALID_V2_CHAT]), more=toml_documents(),
       language=LANGUAGES)
def test_fuzz_messages_for_a_config_appended_twice_keeps_it_valid(capsys, chat, more, language):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "chat.toml"
        path.write_text(chat + "\n" + more, encoding="utf-8")
        before = run(capsys, "check", path)[0]
        for _ in range(2):
            code, out, err = run(capsys, "messages", "--lang", language, "--config", path)
            assert code in (0, 2)
            for line in err:
                assert escape(line) == line
                assert line.startswith(("--lang: ", "--config: ", escape(str(path)))), line
            if code:
                assert out == ""
                break
            with open(path, "a", encoding="utf-8") as stream:
                stream.write(out)
            if before == 0:  # what it appends never breaks a config that passed
                assert run(capsys, "check", path)[0] == 0, out


@FUZZ
@given(v2=st.booleans(), name=st.sampled_from(["chat.toml", "sites/a.toml", "a b.toml", "é.toml"]))
def test_fuzz_init_writes_a_config_that_passes_check_strictly(capsys, v2, name):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.parent.mkdir(exist_ok=True)
        code, out, err = run(capsys, "init", *(["--v2"] if v2 else []), "-o", path)
        assert (code, out, err) == (0, "", ["wrote %s" % path])
        assert run(capsys, "check", path, "--strict")[:2] == (0, "%s: ok\n" % path)
        assert run(capsys, "init", "-o", path)[0] == 2  # and never replaces it
