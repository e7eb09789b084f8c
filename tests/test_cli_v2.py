"""The command line on v2 files (SPEC 3), as a new tenant meets it: import 8x8's v2 snippet,
check the config, print its snippet; every problem one line naming the file and the place.
"""

import json
import re
from pathlib import Path

import pytest

from tests.cli_support import run, write
from tests.reference import reference_text

ROOT = Path(__file__).resolve().parent.parent
IMPORT_DATA = Path(__file__).resolve().parent / "data" / "import" / "v2"


def config_object(html):
    return json.loads(re.search(r"var config = (\{.*\});\n", html).group(1))


def documented_snippet(callback="", theme=""):
    """8x8's webchat-script.md snippet with made-up identifiers, a callback and a theme."""
    text = reference_text("8x8-webchat-v2/webchat-script.md")
    html = text.split("```html\n", 1)[1].split("```", 1)[0]
    html = html.replace("script_1333070733643e5b8fa7a791.52161248",
                        "script_0123456789abcdef01234567.89012345")
    html = html.replace("Y2hyaXNjcm9tYmllZGVtbzAx", "ZXhhbXBsZTAx").replace(
        "Ak3ULjXFQx-unSA6ebdW8A", "Ab3ULjXFQx-unSA6ebdW8A")
    html = html.replace('        align: "right",\n', '        align: "right",\n' + theme)
    return html.replace("})();\n</script>", "})(%s);\n</script>" % callback)


# --- check and snippet on the examples ----------------------------------------------------------

@pytest.mark.parametrize("example", ["examples/v2/minimal.toml", "examples/v2/full.toml",
                                     "examples/python/chat-v2.toml"])
def test_cli_check_passes_the_v2_examples_strictly(capsys, example):
    assert run(capsys, "check", ROOT / example, "--strict") == (
        0, "%s: ok\n" % (ROOT / example), [])


def test_cli_snippet_of_a_v2_config_is_8x8s_v2_shape(capsys, tmp_path):
    out = tmp_path / "snippet.html"
    code, _, err = run(capsys, "snippet", ROOT / "examples/v2/full.toml", "-o", out,
                       "--nonce", "r4nd0m")
    assert (code, err) == (0, ["wrote %s" % out])
    html = out.read_text(encoding="utf-8")
    assert config_object(html)["scriptUuid"] == "script_0123456789abcdef01234567.89012345"
    assert "/CHAT/common/js/chatv3.js" in html and "__8x8Chat" not in html
    assert html.count('<script type="text/javascript" nonce="r4nd0m">') == html.count("<script")


def test_cli_check_names_the_file_and_the_key_of_each_v2_problem(capsys, tmp_path):
    config = write(tmp_path, (ROOT / "examples/v2/minimal.toml").read_text(encoding="utf-8")
                   + 'stylesheet_url = "https://cdn.example.com/chat.css"\n'
                   + '[theme]\nheaderTextColor = "# FFFFFF"\n')
    assert run(capsys, "check", config) == (2, "", [  # v2/minimal.toml has 9 lines
        '%s:10:1: chat.stylesheet_url: only the v1 chat (api = "v1") has a stylesheet URL; the v2 '
        "chat is themed with [theme]" % config,
        '%s:12:1: theme.headerTextColor: "# FFFFFF" is not a CSS colour, such as "#0B0C0C", '
        '"rgb(11 12 12)" or "navy" (did you mean "#FFFFFF"? the glossary prints colours with a '
        "space)" % config])
    assert run(capsys, "snippet", config)[:2] == (2, "")  # no snippet from an invalid config


# --- import, then check and snippet -------------------------------------------------------------

def test_cli_import_of_8x8s_v2_snippet_then_check_then_snippet(capsys, tmp_path):
    snippet = write(tmp_path, documented_snippet(
        'function (chatApp) {\n    chatApp.setCustomerLanguage("fr")\n'
        '        .setVariables({"_VIP": "YES", "$language": "fr"})\n'
        '        .setInvitationQuickReplies(["I need help with my order"]);\n}',
        '        themeCustom: {"headerBackgroundColor": "blue", "buttonBorderRadius": "10px"},\n'),
        "snippet.html")
    config = tmp_path / "chat.toml"
    assert run(capsys, "import", snippet, "-o", config) == (0, "", ["wrote %s" % config])
    assert run(capsys, "check", config, "--strict") == (0, "%s: ok\n" % config, [])
    code, out, err = run(capsys, "snippet", config)
    assert (code, err) == (0, [])
    assert config_object(out) == {
        "scriptUuid": "script_0123456789abcdef01234567.89012345", "tenant": "ZXhhbXBsZTAx",
        "channelName": "WebChatChannel", "channelUuid": "Ab3ULjXFQx-unSA6ebdW8A",
        "domain": "https://vcc-eu11.8x8.com",
        "buttonContainerId": "__8x8-chat-button-container-script_0123456789abcdef01234567"
                             ".89012345",
        "align": "right",
        "themeCustom": {"headerBackgroundColor": "blue", "buttonBorderRadius": "10px"}}
    assert json.loads(re.search(r"var init = (\{.*\});\n", out).group(1)) == {
        "language": "fr", "variables": {"_VIP": "YES", "$language": "fr"},
        "quickReplies": ["I need help with my order"]}


@pytest.mark.parametrize("name", sorted(p.name for p in IMPORT_DATA.iterdir()))
def test_cli_import_of_each_v2_test_snippet_passes_check(capsys, tmp_path, name):
    config = tmp_path / "chat.toml"
    assert run(capsys, "import", IMPORT_DATA / name, "-o", config)[0] == 0
    assert run(capsys, "check", config)[0] == 0


@pytest.mark.parametrize("theme, callback, expected", [
    # each named at its value in the snippet (a reply at its array)
    # the glossary's own spaced colour: 8x8's docs print it so, browsers read nothing
    ('        themeCustom: {"headerTextColor": "# FFFFFF"},\n', "",
     'line 18, column 42: theme.headerTextColor: "# FFFFFF" is not a CSS colour'),
    ("", 'function (chatApp) {\n    chatApp.setVariables({"$shoeSize": "9"});\n}',
     'line 51, column 40: variables.$shoeSize: "$shoeSize" is not one of the v2 chat\'s CRM '
     "variables"),
    ("", 'function (chatApp) {\n    chatApp.setInvitationQuickReplies(["Yes", ""]);\n}',
     "line 51, column 39: chat.quick_replies[1]: must not be empty"),
])
def test_cli_import_refuses_what_the_v2_check_refuses_naming_the_snippets_line(
        capsys, tmp_path, theme, callback, expected):
    snippet = write(tmp_path, documented_snippet(callback, theme), "snippet.html")
    code, out, err = run(capsys, "import", snippet)
    assert (code, out, len(err)) == (2, "", 1)
    assert err[0].startswith("%s: %s" % (snippet, expected)), err[0]
