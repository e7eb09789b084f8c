"""`chatkit check` on hostile configs (issue 16: hostile 3, 9, 12, 13): one line each, exit 2
for what cannot be used, a warning for what the agent would misread, never a traceback."""

import math
import unicodedata

import pytest

from tests.cli_support import run, write

V2 = """\
[chat]
api = "v2"
uuid = "script_0123456789abcdef01234567.89012345"
tenant = "ZXhhbXBsZTAx"
channel = "Customer Support"
domain = "https://vcc-na7.8x8.com"
channel_uuid = "Ab3ULjXFQx-unSA6ebdW8A"
"""
V1 = "\n".join(line for line in V2.splitlines() if "api" not in line and "channel_uuid" not in
               line) + "\n"
# 16**4000 - 1: a TOML hex integer of 4,817 decimal digits, more than CPython prints (4,300).
HUGE = "0x" + "f" * 4000
ABOUT = "about 10**%d" % int(4000 * math.log10(16))  # 4000 hex digits: 10**4816.48...


def check(capsys, folder, text):
    """(exit code, stdout, stderr lines) of `chatkit check` on `text`, saved as chat.toml."""
    return run(capsys, "check", write(folder, text))


# V2 has 7 lines: each key below is at line 8, or at line 9 after a table's header; an
# array's element is at column 18, after `quick_replies = [`.
@pytest.mark.parametrize("text, line", [
    (V2 + "[variables]\n_x = %s\n" % HUGE,  # setVariables takes text
     "9:1: variables._x: must be text, not a number (%s); the v2 chat would discard it" % ABOUT),
    (V2 + "[theme]\nheaderBackgroundColor = %s\n" % HUGE,  # a colour is text
     '9:1: theme.headerBackgroundColor: must be text, not a number (%s): write a CSS colour, such '
     'as "#0B0C0C", "rgb(11 12 12)" or "navy"' % ABOUT),
    (V2 + "quick_replies = [%s]\n" % HUGE,  # each reply is text
     "8:18: chat.quick_replies[0]: must be text, not a number (%s)" % ABOUT),
    (V2 + "quick_replies = [[%s]]\n" % HUGE,  # even inside an array
     "8:18: chat.quick_replies[0]: must be text, not an array"),
    (V2 + "notification_sound = %s\n" % HUGE,  # true or false
     "8:1: chat.notification_sound: must be true or false, not a number (%s)" % ABOUT),
])
def test_check_names_a_huge_integer_without_printing_it(tmp_path, capsys, text, line):
    code, out, err = check(capsys, tmp_path, text)
    assert (code, out, err) == (2, "", ["%s:%s" % (tmp_path / "chat.toml", line)])


def test_check_refuses_a_dotted_key_of_50000_parts_at_once(tmp_path, capsys):
    # tomllib alone takes half a minute over it (its time grows with the square of the parts).
    key = ".".join(["a"] * 50000)
    code, out, err = check(capsys, tmp_path, V1 + "[customer]\n" + key + " = 1\n")
    assert (code, out) == (2, "")
    # The 32nd dot of line 7 (after `[customer]`): column 32 * 2.
    assert err == ["%s: not valid for chatkit: a dotted key of more than 32 parts (at line 7, "
                   "column 64)" % (tmp_path / "chat.toml")]


@pytest.mark.parametrize("key", [
    "messages.de.chatQueued",  # the longest a config needs
    ".".join(["a"] * 32),  # the most parts chatkit reads
])
def test_check_reads_dotted_keys_up_to_32_parts(tmp_path, capsys, key):
    code, _, err = check(capsys, tmp_path, V1 + "%s = 'x'\n" % key)
    assert "dotted key" not in "\n".join(err)
    assert code == 2  # an unknown table or key, said as such: the key was read


def test_check_does_not_count_dots_in_values_strings_or_comments(tmp_path, capsys):
    text = V1 + "[customer]\n%s = \"%s\"  # %s\nScore = 1.5\n" % (
        '"a.b.c"', "." * 100, "a." * 100)
    assert check(capsys, tmp_path, text)[0] == 0


CAFE_NFC = unicodedata.normalize("NFC", "Café")
CAFE_NFD = unicodedata.normalize("NFD", "Café")
DIFFER = ("differ only in spacing, character width or how an accent is written (keep one of "
          "them)")


@pytest.mark.parametrize("first, second, first_ascii, second_ascii", [
    (CAFE_NFC, CAFE_NFD, r'"Caf\u00e9"', r'"Cafe\u0301"'),  # one é, or e and a combining acute
    ("Plan", "Plan ", '"Plan"', '"Plan "'),  # a trailing space
    ("Plan", "\uff30lan", '"Plan"', r'"\uff30lan"'),  # FULLWIDTH LATIN CAPITAL LETTER P
    ("Plan", " Plan", '"Plan"', '" Plan"'),  # a leading one
])
def test_check_warns_of_customer_keys_the_agent_would_see_as_one(
        tmp_path, capsys, first, second, first_ascii, second_ascii):
    text = V1 + '[customer]\n"%s" = "Gold"\n"%s" = "Silver"\n' % (first, second)
    code, out, err = check(capsys, tmp_path, text)
    assert code == 0
    # V1 has 5 lines: the second key is at line 8, after `[customer]` and the first one.
    assert err == ["%s:8:1: customer.%s: warning: looks the same to the agent as customer.%s: %s "
                   "and %s %s" % (tmp_path / "chat.toml", second, first, second_ascii,
                                  first_ascii, DIFFER)]
    assert run(capsys, "check", "--strict", tmp_path / "chat.toml")[0] == 1


def test_check_does_not_warn_of_keys_that_differ_as_the_agent_reads_them(tmp_path, capsys):
    text = V1 + '[customer]\nPlan = 1\nplan = 2\n"Plan B" = 3\n"Cafe" = 4\n"Café" = 5\n'
    code, _, err = check(capsys, tmp_path, text)
    assert (code, err) == (0, [])  # valid, and not a warning


@pytest.mark.parametrize("encoding, how", [
    ("utf-16-le", "little-endian, without a byte-order mark"),  # Notepad's "Unicode", no BOM
    ("utf-16-be", "big-endian, without a byte-order mark"),
    ("utf-16", "little-endian, with a byte-order mark"),  # Python writes the BOM, then LE
])
def test_check_says_a_utf16_config_is_utf16(tmp_path, capsys, encoding, how):
    path = tmp_path / "chat.toml"
    path.write_bytes(V1.encode(encoding))
    code, out, err = run(capsys, "check", path)
    assert (code, out, err) == (2, "", ["%s: not UTF-8 text: it is UTF-16 (%s); save the file "
                                        "as UTF-8" % (path, how)])


def test_check_reads_a_config_in_another_script_as_utf8(tmp_path, capsys):
    # Much non-ASCII text, and no NUL: not taken for UTF-16.
    text = V1 + "[customer]\n" + "".join('"名前%d" = "山田太郎"\n' % i for i in range(50))
    code, _, err = check(capsys, tmp_path, text)
    assert (code, err) == (0, [])
