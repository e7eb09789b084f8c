"""`chatkit messages --lang CODE`: a translator template `chatkit check` accepts as it is."""

import tomllib

import pytest

from chatkit.cli import main
from chatkit.config.messages import SYSTEM_MESSAGES
from chatkit.rules.languages import LANGUAGES

CONFIG = """\
[chat]
uuid = "script_1"
tenant = "dGVuYW50"
channel = "Support"
domain = "https://vcc-na7.8x8.com"

[messages]
chatQueued = "We'll be right with you."
"""


def template(capsys, language):
    assert main(["messages", "--lang", language]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_messages_language_template_appended_to_a_config_passes_check(capsys, tmp_path, language):
    path = tmp_path / "chat.toml"
    path.write_text(CONFIG + "\n" + template(capsys, language), encoding="utf-8")
    assert main(["check", str(path)]) == 0
    # Each of the 49 texts is still the English default: a warning, in every language but en.
    out, err = capsys.readouterr()
    assert out == "%s: %s\n" % (path, "ok" if language == "en" else "ok, 49 warnings")
    assert len(err.splitlines()) == (0 if language == "en" else 49)


def test_messages_language_template_is_every_message_under_its_code(capsys):
    table = tomllib.loads(template(capsys, "pt-BR"))["messages"]
    assert list(table) == ["pt"]  # a tag is written as the chat's code
    assert table["pt"] == SYSTEM_MESSAGES


def test_messages_language_template_of_an_unknown_language_is_one_line_exit_2(capsys):
    assert main(["messages", "--lang", "xx"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("--lang: unknown language 'xx' (one of: en, ")
    assert err.count("\n") == 1
