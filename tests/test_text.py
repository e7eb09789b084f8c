"""Characters a value must not hide (issue 10): which they are, their names, their escapes."""

import unicodedata

import pytest

from chatkit._wording import CONTROL_NAMES, character_name, describe_hidden, hidden_characters
from chatkit.errors import INVISIBLE, Problem, escape, is_control, is_hidden


@pytest.mark.parametrize("code", sorted(INVISIBLE))
def test_text_names_every_invisible_character_chatkit_escapes(code):
    prefix, _, name = character_name(chr(code)).partition(" ")
    assert prefix == "U+%04X" % code and name  # a name, never the bare code point


@pytest.mark.parametrize("code", sorted(CONTROL_NAMES))
def test_text_control_names_are_unicodes_aliases(code):
    # Controls have no Unicode name, only an alias, which the Unicode database looks up.
    assert unicodedata.category(chr(code)) == "Cc"
    assert unicodedata.lookup(CONTROL_NAMES[code]) == chr(code)


def test_text_controls_are_unicodes_controls_and_line_separators():
    controls = [chr(c) for c in range(0x10000) if is_control(chr(c))]
    assert controls == [chr(c) for c in range(0x10000)
                        if unicodedata.category(chr(c)) in ("Cc", "Zl", "Zp")]


@pytest.mark.parametrize(
    "char",
    [
        "\u200b",  # ZERO WIDTH SPACE: the classic paste from a chat or a web page
        "\u200d",  # ZERO WIDTH JOINER
        "\u202e",  # RIGHT-TO-LEFT OVERRIDE: reverses what follows on screen
        "\u2066",  # LEFT-TO-RIGHT ISOLATE
        "\ufeff",  # a byte-order mark in the middle of a text
        "\u00ad",  # SOFT HYPHEN
    ],
)
def test_text_hides_the_usual_suspects(char):
    assert is_hidden(char) and hidden_characters("a" + char + "b") == [char]


@pytest.mark.parametrize("char", ["a", " ", "é", "😀", "\u00a0", "\u2009", "ا", "中"])
def test_text_does_not_hide_what_shows(char):
    assert not is_hidden(char)


def test_text_hidden_characters_are_each_named_once_in_order():
    assert hidden_characters("\u202ea\u200bb\u202e\n") == ["\u202e", "\u200b", "\n"]
    assert describe_hidden(["\u202e", "\u200b", "\n"]) == (
        "U+202E RIGHT-TO-LEFT OVERRIDE, U+200B ZERO WIDTH SPACE and U+000A LINE FEED")


@pytest.mark.parametrize(
    "char, name",
    [
        ("\x00", "U+0000 NULL"),
        ("\x01", "U+0001 a control character"),  # no name worth printing
        ("\x9b", "U+009B a control character"),
        ("\u2028", "U+2028 LINE SEPARATOR"),
        ("\u200b", "U+200B ZERO WIDTH SPACE"),
    ],
)
def test_text_character_name(char, name):
    assert character_name(char) == name


@pytest.mark.parametrize(
    "text, escaped",
    [
        ("plain", "plain"),
        ("a\nb", "a\\nb"),  # a line break
        ("a\r\nb\tc", "a\\r\\nb\\tc"),
        ("\x00\x1b\x7f\x85", "\\x00\\x1b\\x7f\\x85"),
        ("\u2028\u2029", "\\u2028\\u2029"),  # JavaScript's and Unicode's line breaks
        ("ab\u202ecd", "ab\\u202ecd"),  # a bidi override shows as what it is
        ("Größe 😀", "Größe 😀"),  # what is visible stays as it is
    ],
)
def test_text_escape(text, escaped):
    assert escape(text) == escaped


@pytest.mark.parametrize("text", ["\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85",
                                  "\u2028", "\u2029"])
def test_problem_line_is_one_line_whatever_breaks_lines_in_its_parts(text):
    # Every character str.splitlines() splits on, in the file name, the key and the message.
    line = Problem("key" + text, text, "bad " + text).line("file" + text)
    assert len(line.splitlines()) == 1
