"""Every `chatkit check` problem at the line and column of its key (issue 16, first hour 2):
`FILE:LINE:COLUMN: key.path: message` in the text form, `line`/`column` in JSON and GitHub's
annotations, wherever and however the key is written (dotted, quoted, inline, in an array).

The places below are counted by hand from the configs as written here.
"""

import json

from tests.cli_support import run, write

# 5 lines; each config below adds its lines after them, from line 6.
CHAT = """\
[chat]
uuid = "script_0123456789abcdef01234567.89012345"
tenant = "ZXhhbXBsZTAx"
channel = "Customer Support"
domain = "https://vcc-na7.8x8.com"
"""
V2 = CHAT.replace("[chat]\n", '[chat]\napi = "v2"\n') + 'channel_uuid = "Ab3ULjXFQx-unSA6ebdW8A"\n'
CART = "must be text, a number or true/false, not an array"


def places(capsys, folder, text):
    """(exit code, [(line, column, key)] of each problem), from --format json."""
    code, out, _ = run(capsys, "check", write(folder, text), "--format", "json")
    return code, [(p["line"], p["column"], p["key"]) for p in json.loads(out)]


def test_text_form_is_file_line_column_key_message(tmp_path, capsys):
    config = write(tmp_path, CHAT + "[customer]\nPlan = 'Gold'\nCart = [1]\n")
    assert run(capsys, "check", config) == (2, "", ["%s:8:1: customer.Cart: %s" % (config, CART)])


def test_a_key_after_spaces_and_a_table_a_version_lacks(tmp_path, capsys):
    code, found = places(capsys, tmp_path, CHAT + "[customer]\n   Cart = [1]\n[theme]\n")
    assert code == 2
    assert (7, 4, "customer.Cart") in found
    assert (8, 1, "theme") in found  # a v1 config has no [theme]: its header


def test_dotted_and_quoted_keys(tmp_path, capsys):
    text = CHAT + 'customer.Cart = [1]\n[messages]\n"chatQueud" = "x"\n'
    code, found = places(capsys, tmp_path, text)
    assert code == 2
    assert (6, 1, "chat.customer") in found  # under [chat]: an unknown key of [chat]
    assert (8, 1, "messages.chatQueud") in found


def test_an_inline_table_is_placed_at_its_key(tmp_path, capsys):
    code, found = places(capsys, tmp_path, CHAT + '[customer]\nx = {Plan = "Gold"}\n')
    assert (code, found) == (2, [(7, 1, "customer.x")])


def test_an_array_element_is_placed_where_it_is_written(tmp_path, capsys):
    text = V2 + 'quick_replies = ["Yes",\n  "No",\n  5]\n'
    assert places(capsys, tmp_path, text) == (2, [(10, 3, "chat.quick_replies[2]")])


def test_columns_count_characters_not_bytes(tmp_path, capsys):
    # `quick_replies = [` is 17 characters, `"Café ☕"` 8 more (11 bytes), then `, `: the 5 is
    # at column 28 (31 if bytes were counted).
    text = V2 + 'quick_replies = ["Café ☕", 5]\n'
    assert places(capsys, tmp_path, text) == (2, [(8, 28, "chat.quick_replies[1]")])


def test_a_missing_key_is_placed_at_its_tables_header(tmp_path, capsys):
    code, found = places(capsys, tmp_path, "# a comment first\n\n[chat]\nuuid = 'x'\n")
    assert code == 2
    assert {place[:2] for place in found if place[2] in ("chat.tenant", "chat.domain")} == {
        (3, 1)}


def test_github_annotations_carry_the_line_and_column(tmp_path, capsys):
    config = write(tmp_path, CHAT + "[customer]\nCart = [1]\n")
    code, out, _ = run(capsys, "check", config, "--format", "github")
    assert (code, out.splitlines()) == (2, ["::error file=%s,line=7,col=1::customer.Cart: %s"
                                            % (config, CART)])


def test_a_warning_is_placed_too_and_the_verdict_counts_it(tmp_path, capsys):
    config = write(tmp_path, CHAT.replace("https://vcc-na7.8x8.com", "http://localhost:8000"))
    code, out, err = run(capsys, "check", config)
    assert (code, out) == (0, "%s: ok, 1 warning\n" % config)
    assert err[0].startswith("%s:5:1: chat.domain: warning: " % config)
