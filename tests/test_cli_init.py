"""`chatkit init` (issue 16, first hour 1): a commented starter config for each chat version,
valid as it is and with every example uncommented; and the README's v2 quickstart, which
starts from `examples/webchat-v2-snippet.html`."""

import re
import shlex
import tomllib
from pathlib import Path

import pytest

from tests.cli_support import run, write

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
# The tables of each version, as the README's "The config file" lists them.
TABLES = {"v1": {"chat", "customer", "variables", "messages", "fallback", "python"},
          "v2": {"chat", "customer", "variables", "theme", "fallback", "python"}}
# The made-up identifiers of the README's examples.
MADE_UP = {"uuid": "script_0123456789abcdef01234567.89012345", "tenant": "ZXhhbXBsZTAx",
           "domain": "https://vcc-na7.8x8.com"}
# An example line: "# [table]" alone, or "# key = value".
EXAMPLE = re.compile(r'^# (\[[^]]+\] *$|"?[$_A-Za-z][A-Za-z0-9_ $]*"? = )', re.MULTILINE)
VERSIONS = [("v1", []), ("v2", ["--v2"])]


def uncommented(text):
    return EXAMPLE.sub(r"\1", text)


@pytest.mark.parametrize("api, flags", VERSIONS)
def test_init_prints_a_starter_config_that_check_passes_strictly(tmp_path, capsys, api, flags):
    code, out, err = run(capsys, "init", *flags)
    assert (code, err) == (0, [])
    config = write(tmp_path, out)
    assert run(capsys, "check", config, "--strict") == (0, "%s: ok\n" % config, [])
    chat = tomllib.loads(out)["chat"]
    assert chat.get("api", "v1") == api
    assert {key: chat[key] for key in MADE_UP} == MADE_UP


@pytest.mark.parametrize("api, flags", VERSIONS)
def test_init_examples_uncommented_use_every_table_and_pass_check(tmp_path, capsys, api, flags):
    _, out, _ = run(capsys, "init", *flags)
    full = uncommented(out)
    assert set(tomllib.loads(full)) == TABLES[api]
    write(tmp_path, "from chatkit.browser import chat\n", "hooks.py")  # what [python] names
    config = write(tmp_path, full)
    assert run(capsys, "check", config, "--strict") == (0, "%s: ok\n" % config, [])


@pytest.mark.parametrize("api, flags", VERSIONS)
def test_init_explains_every_table(capsys, api, flags):
    _, out, _ = run(capsys, "init", *flags)
    lines = out.splitlines()
    for table in TABLES[api]:
        [header] = [n for n, line in enumerate(lines) if re.fullmatch(r"(# )?\[%s\]" % table,
                                                                        line)]
        explanation = lines[header - 1]
        assert explanation.startswith("# ") and not EXAMPLE.match(explanation), table


@pytest.mark.parametrize("api, flags", VERSIONS)
def test_init_writes_the_file_it_prints(tmp_path, capsys, api, flags):
    printed = run(capsys, "init", *flags)[1]
    output = tmp_path / "chat.toml"
    assert run(capsys, "init", *flags, "-o", output) == (0, "", ["wrote %s" % output])
    assert output.read_text(encoding="utf-8") == printed


def test_readme_v2_quickstart_runs_as_written(tmp_path, capsys, monkeypatch):
    block = README.split("v2 (the snippet has `scriptUuid`", 1)[1].split("```sh\n", 1)[1]
    commands = [shlex.split(line.split(" #", 1)[0]) for line in block.split("```", 1)[0]
                .splitlines()]
    assert [argv[:2] for argv in commands] == [["chatkit", "import"], ["chatkit", "check"],
                                               ["chatkit", "serve"], ["chatkit", "snippet"]]
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    for argv in commands:
        if argv[1] != "serve":  # a server: the preview's own tests start it
            code, _, err = run(capsys, *argv[1:])
            assert code == 0, (argv, err)
    assert tomllib.loads((tmp_path / "chat.toml").read_text(encoding="utf-8"))["chat"] == {
        "api": "v2", "uuid": MADE_UP["uuid"], "tenant": MADE_UP["tenant"],
        "channel": "Customer Support", "channel_uuid": "Ab3ULjXFQx-unSA6ebdW8A",
        "domain": MADE_UP["domain"], "align": "right"}
    snippet = (tmp_path / "chat-snippet.html").read_text(encoding="utf-8")
    assert "chatv3.js" in snippet and MADE_UP["uuid"] in snippet
