"""Hints where marketers go wrong (issue 16, first hour 5 and 6), as `chatkit check` prints them:
a value without its quotes, a language by its name, a translation left in English."""

import pytest

from tests.cli_support import run, write

CHAT = """\
[chat]
uuid = "script_0123456789abcdef01234567.89012345"
tenant = "ZXhhbXBsZTAx"
channel = "Customer Support"
domain = "https://vcc-na7.8x8.com"
"""
LANGUAGE_LIST = ("en, ru, de, ja, es, fr, pt, it, pl, hr, hi, nl, ar, da, ko, no, sv, vi, cy, th, "
                 "zh-CN, zh-TW")
# The reference's v1 defaults (8x8-embedded-chat-api.txt, "customSystemMessages").
ESTABLISHED = "Your chat session has been established."
AGENT = "You are now chatting with an agent."


@pytest.mark.parametrize("line, at, hint", [
    ("language = German", "6, column 12", 'text goes in quotes: language = "German"'),
    ("channel = Customer Support   # ours", "6, column 11",
     'text goes in quotes: channel = "Customer Support"'),
    ("align = left\r", "6, column 9", 'text goes in quotes: align = "left"'),  # Windows lines
    ('"button_container_id" = chat-here', "6, column 25",
     'text goes in quotes: "button_container_id" = "chat-here"'),
    ("quick_replies = [Yes, No]", "6, column 18", 'text goes in quotes: "Yes"'),  # in an array
    ("notification_sound = True", "6, column 22", "TOML writes true and false in lower case "
     '(notification_sound = true); text goes in quotes (notification_sound = "True")'),
])
def test_an_unquoted_value_says_to_put_text_in_quotes(tmp_path, capsys, line, at, hint):
    config = write(tmp_path, CHAT + line + "\n")
    assert run(capsys, "check", config) == (2, "", [
        "%s: not valid TOML: Invalid value (at line %s): %s" % (config, at, hint)])


def test_other_toml_mistakes_get_no_quote_hint(tmp_path, capsys):
    config = write(tmp_path, CHAT + "x = 12abc\ny = [1,,2]\n")
    [line] = run(capsys, "check", config)[2]
    assert "quotes" not in line


@pytest.mark.parametrize("name, hint", [
    ("German", '"de" (German)'),
    ("Deutsch", '"de" (German)'),  # the language's own name
    ("french", '"fr" (French)'),  # any case
    ("Brazilian Portuguese", '"pt" (Portuguese)'),
    ("Chinese", '"zh-CN" (Simplified Chinese) or "zh-TW" (Traditional Chinese)'),
])
def test_a_language_by_its_name_suggests_its_code(tmp_path, capsys, name, hint):
    config = write(tmp_path, CHAT + 'language = "%s"\n' % name)
    assert run(capsys, "check", config) == (2, "", [
        "%s:6:1: chat.language: unknown language '%s': write its code, %s (one of: %s)"
        % (config, name, hint, LANGUAGE_LIST)])


def test_an_unknown_language_that_is_no_name_gets_the_list_only(tmp_path, capsys):
    config = write(tmp_path, CHAT + 'language = "Klingon"\n')
    assert run(capsys, "check", config)[2] == [
        "%s:6:1: chat.language: unknown language 'Klingon' (one of: %s)" % (config, LANGUAGE_LIST)]


def test_messages_lang_by_name_suggests_its_code(capsys):
    code, out, err = run(capsys, "messages", "--lang", "Spanish")
    assert (code, out) == (2, "")
    assert err == ["--lang: unknown language 'Spanish': write its code, \"es\" (Spanish) (one "
                   "of: %s)" % LANGUAGE_LIST]


def test_a_translation_identical_to_the_english_default_is_a_warning(tmp_path, capsys):
    config = write(tmp_path, CHAT + '[messages.de]\nchatEstablished = "%s"\n'
                   'chatEstablishedAgent = "Sie chatten jetzt mit einem Mitarbeiter."\n'
                   % ESTABLISHED)
    assert run(capsys, "check", config) == (0, "%s: ok, 1 warning\n" % config, [
        "%s:7:1: messages.de.chatEstablished: warning: the same text as the English default: "
        "translate it into German, or delete the line" % config])
    assert run(capsys, "check", config, "--strict")[0] == 1


def test_english_and_the_base_table_may_repeat_the_default(tmp_path, capsys):
    config = write(tmp_path, CHAT + '[messages]\nchatEstablished = "%s"\n[messages.en]\n'
                   'chatEstablishedAgent = "%s"\n' % (ESTABLISHED, AGENT))
    assert run(capsys, "check", config) == (0, "%s: ok\n" % config, [])


def test_messages_appended_untranslated_are_each_a_warning(tmp_path, capsys):
    config = write(tmp_path, CHAT)
    code, out, _ = run(capsys, "messages", "--lang", "fr", "--config", config)
    with open(config, "a", encoding="utf-8") as stream:
        stream.write(out)
    written = [line for line in out.splitlines() if " = " in line and not line.startswith("#")]
    code, out, err = run(capsys, "check", config)
    assert (code, out) == (0, "%s: ok, %d warnings\n" % (config, len(written)))
    assert all("translate it into French, or delete the line" in line for line in err)
