"""`chatkit messages --lang CODE --config chat.toml` (issue 16, first hour 6): only the messages
the config has no text for yet, and its output appended to the config (`>> chat.toml`), once
or twice, leaves a config the real loader reads."""

import tomllib
from pathlib import Path

import pytest

from chatkit.config import load_config
from tests.cli_support import run, write

ROOT = Path(__file__).resolve().parent.parent
VALID = (ROOT / "examples" / "minimal.toml").read_text(encoding="utf-8")
MESSAGE_COUNT = 49  # SPEC: the 49 system message keys
DE = '[messages.de]\nchatQueued = "Wir sind gleich für Sie da."\nendChatButton = "Beenden"\n'
FALLBACK = '[fallback]\ntext = "Chat is unavailable right now."\n'


def append(capsys, config, *argv):
    """`chatkit messages ARGV --config CONFIG >> CONFIG`; the text appended."""
    code, out, err = run(capsys, "messages", *argv, "--config", config)
    assert (code, err) == (0, [])
    with open(config, "a", encoding="utf-8") as stream:
        stream.write(out)
    return out


def key_lines(text):
    return [line for line in text.splitlines() if " = " in line and not line.startswith("#")]


def test_messages_for_a_config_without_the_language_appends_twice(tmp_path, capsys):
    config = write(tmp_path, VALID)
    first = append(capsys, config, "--lang", "de")
    assert "[messages.de]" in first.splitlines()
    assert len(key_lines(first)) == MESSAGE_COUNT
    second = append(capsys, config, "--lang", "de")
    assert key_lines(second) == []
    assert second == ("\n# [messages.de] of chat.toml already has every system message (%d): "
                      "nothing to add.\n" % MESSAGE_COUNT)
    assert len(load_config(config).messages_by_language["de"]) == MESSAGE_COUNT


def test_messages_continue_the_languages_table_when_it_is_the_last(tmp_path, capsys):
    config = write(tmp_path, VALID + DE)
    out = append(capsys, config, "--lang", "de")
    assert "[messages.de]" not in out.splitlines()  # opening it again is a TOML error
    assert len(key_lines(out)) == MESSAGE_COUNT - 2
    assert "chatQueued" not in out and "endChatButton" not in out
    german = load_config(config).messages_by_language["de"]
    assert len(german) == MESSAGE_COUNT
    assert (german["chatQueued"], german["endChatButton"]) == (
        "Wir sind gleich für Sie da.", "Beenden")
    append(capsys, config, "--lang", "de")  # twice
    assert len(load_config(config).messages_by_language["de"]) == MESSAGE_COUNT


def test_messages_for_a_table_that_is_not_the_last_come_commented_out(tmp_path, capsys):
    # Appended as they are, the keys would land in [fallback]: commented, to move by hand.
    config = write(tmp_path, VALID + DE + FALLBACK)
    before = tomllib.loads(config.read_text(encoding="utf-8"))
    out = append(capsys, config, "--lang", "de")
    assert key_lines(out) == []
    commented = [line for line in out.splitlines() if line.startswith("# ") and " = " in line]
    assert len(commented) == MESSAGE_COUNT - 2
    assert "move them into [messages.de]" in out
    append(capsys, config, "--lang", "de")
    assert tomllib.loads(config.read_text(encoding="utf-8")) == before
    load_config(config)


def test_messages_find_the_language_under_the_tag_the_config_wrote(tmp_path, capsys):
    config = write(tmp_path, VALID + '[messages.pt]\nchatQueued = "Já vamos atendê-lo."\n')
    out = append(capsys, config, "--lang", "pt-BR")  # the chat's code for pt-BR is pt
    assert len(key_lines(out)) == MESSAGE_COUNT - 1
    assert len(load_config(config).messages_by_language["pt"]) == MESSAGE_COUNT


def test_messages_without_a_language_complete_the_messages_table(tmp_path, capsys):
    config = write(tmp_path, VALID + "[messages]\nchatQueued = \"We'll be right with you.\"\n"
                   + DE)  # [messages] has a key, and [messages.de] comes after it
    out = append(capsys, config)
    assert key_lines(out) == []  # not the last table: commented out
    append(capsys, config)
    load_config(config)


def test_messages_for_a_config_without_a_final_line_break(tmp_path, capsys):
    config = write(tmp_path, VALID + DE.rstrip("\n"))
    append(capsys, config, "--lang", "de")
    assert len(load_config(config).messages_by_language["de"]) == MESSAGE_COUNT


@pytest.mark.parametrize("config, line", [
    (ROOT / "examples" / "v2" / "minimal.toml",
     '%s: --config: is a v2 config: only the v1 chat (api = "v1") has custom system messages '
     "([messages])"),
    (ROOT / "examples" / "missing.toml", "%s: no such file"),
])
def test_messages_refuses_a_config_it_cannot_complete(capsys, config, line):
    assert run(capsys, "messages", "--lang", "de", "--config", config) == (
        2, "", [line % config])
