"""`chatkit import` on v2 snippets (chatApp, chatv3.js): the Configuration Manager's current one.

The inputs in tests/data/import/v2/ are the snippet of 8x8's `webchat-script.md` with
made-up identifiers, extended the ways 8x8's v2 pages show (a callback of literal calls,
chained calls, `themeCustom`, `window.chatApp = chatApp`, `setProxy`).
"""

import tomllib
from pathlib import Path

import pytest

from tests.cli_support import run as cli_run
from tests.reference import reference_text

DATA = Path(__file__).resolve().parent / "data" / "import" / "v2"
UUID = "script_fedcba9876543210fedcba98.76543210"
CHAT = {"api": "v2", "uuid": UUID, "tenant": "ZXhhbXBsZTAy", "channel": "Web Chat",
        "channel_uuid": "Cq7VnRgTfW-axBE9pzLm2Q", "domain": "https://vcc-eu4.8x8.com",
        "align": "right"}
HOOKS = "do it from hooks.py, where chat.on_ready(...) gives you the chat"
STOCK = (DATA / "configuration-manager.html").read_text(encoding="utf-8")


def run(capsys, *argv):
    return cli_run(capsys, "import", *argv)


def imported(capsys, path):
    code, out, err = run(capsys, path)
    assert code == 0, err
    return tomllib.loads(out), err


def with_callback(tmp_path, callback, name="snippet.html"):
    """The stock v2 snippet called with `callback` (the text between its last parentheses)."""
    path = tmp_path / name
    path.write_text(STOCK.replace("})();\n</script>", "})(%s);\n</script>" % callback),
                    encoding="utf-8")
    return path


def test_import_reads_the_configuration_managers_v2_snippet(capsys):
    code, out, err = run(capsys, DATA / "configuration-manager.html")
    assert (code, err) == (0, [])
    assert out == """\
# Imported by `chatkit import` from a v2 (chatApp) snippet.

[chat]
api = "v2"
uuid = "%s"
tenant = "ZXhhbXBsZTAy"
channel = "Web Chat"
channel_uuid = "Cq7VnRgTfW-axBE9pzLm2Q"
domain = "https://vcc-eu4.8x8.com"
align = "right"
""" % UUID


def test_import_reads_the_v2_snippet_exactly_as_8x8_documents_it(tmp_path, capsys):
    documented = reference_text("8x8-webchat-v2/webchat-script.md").split("```html\n")[1]
    snippet = documented.split("```")[0]
    for theirs, ours in [("script_1333070733643e5b8fa7a791.52161248", UUID),
                         ("Y2hyaXNjcm9tYmllZGVtbzAx", "ZXhhbXBsZTAy"),
                         ("Ak3ULjXFQx-unSA6ebdW8A", "Cq7VnRgTfW-axBE9pzLm2Q")]:
        assert theirs in snippet
        snippet = snippet.replace(theirs, ours)
    path = tmp_path / "snippet.html"
    path.write_text(snippet, encoding="utf-8")
    config, err = imported(capsys, path)
    assert (config["chat"]["api"], config["chat"]["uuid"], err) == ("v2", UUID, [])
    assert "discovery_url" not in config["chat"]  # 8x8's own discovery service is the default


def test_import_turns_the_callbacks_literal_calls_into_the_v2_config(capsys):
    config, err = imported(capsys, DATA / "callback.html")
    assert config == {
        "chat": {**CHAT, "language": "fr",
                 "quick_replies": ["Where is my order?", "I need help with a return"],
                 "notification_sound": False},
        "customer": {"First name": "Guest", "Verified": "yes", "Orders": 3},
        "variables": {"_VIP": "YES", "$emailSubject": "Order question"}}
    assert err == ["%s: %s" % (DATA / "callback.html", line) for line in [
        "line 61: not imported: `window.chatApp = chatApp;` (chatkit's v2 snippet sets "
        "window.chatApp itself)",
        "line 62: not imported: `chatApp.setProxy({ onAppEnd: function (endChatReason) { con…` "
        "(lifecycle callbacks: use chat.on(...) in hooks.py)",
    ]]


def test_import_reads_chained_calls_and_lists_the_links_it_cannot_import(capsys):
    config, err = imported(capsys, DATA / "chained.html")
    assert config == {"chat": {**CHAT, "language": "es", "notification_sound": True},
                      "customer": {"Name": "Guest"}, "variables": {"_VIP": "NO"}}
    assert err == ["%s: %s" % (DATA / "chained.html", line) for line in [
        "line 55: not imported: `chatApp.setProxy({ onAppEnd: function () { console.log('Cha…` "
        "(lifecycle callbacks: use chat.on(...) in hooks.py)",
        "line 57: not imported: `chatApp.startChat()` (a trigger: call "
        "chat.trigger_chat_window() from hooks.py)",
    ]]


def test_import_takes_theme_custom_and_a_discovery_url_other_than_8x8s(capsys):
    config, err = imported(capsys, DATA / "theme.html")
    assert err == []
    assert config["chat"] == {
        **CHAT, "align": "left",
        "discovery_url": "https://chat-discovery.example.com/vcc-chat-channels/public/webchat/"
                         "discovery"}
    assert config["theme"] == {
        "buttonPrimaryTextColor": "#FFFFFF", "buttonPrimaryBackgroundColor": "#000080",
        "buttonSecondaryBackgroundColor": "#ADD8E6", "buttonBorderRadius": "10px",
        "headerBackgroundColor": "blue"}


def test_import_reads_a_v2_snippet_in_a_react_tsx_component(capsys):
    config, err = imported(capsys, DATA / "ChatV2.tsx")
    assert config == {"chat": {**CHAT, "language": "pt-BR"}, "customer": {"Plan": "Business"}}
    assert err == ["%s: line 50: not imported: `window.chatApp = chatApp;` (chatkit's v2 snippet "
                   "sets window.chatApp itself)" % (DATA / "ChatV2.tsx")]


def test_import_refuses_a_file_with_a_v1_and_a_v2_snippet(capsys):
    path = DATA.parent / "mixed-versions.html"
    assert run(capsys, path) == (2, "", [
        "%s: 2 snippets in one file: a v1 snippet (__8x8Chat) at line 33, a v2 snippet (chatApp, "
        "scriptUuid) at line 63; a config is one chat: keep the one this site uses, or put each "
        "in a file of its own and import each" % path])


@pytest.mark.parametrize(
    "callback, line, hint",
    [
        ("function (chatApp) {\n    chatApp.setCustomerInfo({ Name: user.name });\n}",
         "`chatApp.setCustomerInfo({ Name: user.name })`",
         "its argument is a variable `user.name`; " + HOOKS),
        ("function (chatApp) {\n    chatApp.setCustomerLanguage(navigator.language);\n}",
         "`chatApp.setCustomerLanguage(navigator.language)`",
         "its argument is a variable `navigator.language`; " + HOOKS),
        ("function (chatApp) {\n    chatApp.endChat();\n}", "`chatApp.endChat()`",
         "ends the chat: call chat.end() from hooks.py"),
        ("function (chatApp) {\n    track('chat-ready');\n}", "`track('chat-ready');`",
         "page code; " + HOOKS),
    ],
)
def test_import_lists_each_callback_statement_it_cannot_import(tmp_path, capsys, callback, line,
                                                                hint):
    path = with_callback(tmp_path, callback)
    config, err = imported(capsys, path)
    assert config == {"chat": CHAT}
    assert err == ["%s: line 51: not imported: %s (%s)" % (path, line, hint)]


def test_import_lists_the_snippets_other_arguments(tmp_path, capsys):
    path = with_callback(tmp_path, '{loaderURL: "https://cdn.example.com/chatv3.js"}, onChat, '
                         "function (e) { report(e); }")
    config, err = imported(capsys, path)
    assert config == {"chat": CHAT}
    assert err == ["%s: line 50: not imported: %s" % (path, line) for line in [
        '`{loaderURL: "https://cdn.example.com/chatv3.js"}` (the snippet\'s options (loaderURL: '
        "where chatv3.js comes from); the config has no such setting)",
        "`onChat` (the snippet's callback, written elsewhere; %s)" % HOOKS,
        "`function (e) { report(e); }` (the handler of a failed start (customerror); %s)" % HOOKS,
    ]]


def test_import_lists_unknown_properties_of_the_v2_config(tmp_path, capsys):
    path = tmp_path / "snippet.html"
    path.write_text(STOCK.replace('align: "right",', 'align: "right",\n        popup: true,'),
                    encoding="utf-8")
    assert imported(capsys, path)[1] == [
        "%s: line 18: not imported: `popup: true` (the v2 config has no property `popup`)"
        % path]


def test_import_refuses_a_computed_v2_value_and_a_computed_discovery_url(tmp_path, capsys):
    path = tmp_path / "snippet.html"
    path.write_text(STOCK.replace('tenant: "ZXhhbXBsZTAy"', "tenant: TENANT").replace(
        '"https://cloud8-cc-geo.8x8.com/vcc-chat-channels/public/webchat/discovery"',
        "DISCOVERY + '/discovery'"), encoding="utf-8")
    assert run(capsys, path) == (2, "", ["%s: %s" % (path, line) for line in [
        "line 12, column 17: config.tenant is a variable `TENANT`, not a value written out: "
        "write the value itself here (chatkit does not follow variables)",
        "line 20, column 23: the discovery URL is an expression `DISCOVERY + '/discovery'`, not "
        "a value written out: write out its result",
    ]])


def test_import_refuses_a_v2_config_without_its_channel_uuid(tmp_path, capsys):
    path = tmp_path / "snippet.html"
    path.write_text(STOCK.replace('        channelUuid: "Cq7VnRgTfW-axBE9pzLm2Q",\n', ""),
                    encoding="utf-8")
    assert run(capsys, path) == (2, "", [
        "%s: line 10, column 18: chat.channel_uuid: missing: the v2 chat requires it, copy it "
        "from the Configuration Manager snippet" % path])


def test_import_checks_the_v2_values_v1_shares_and_names_their_line(tmp_path, capsys):
    path = with_callback(tmp_path, "function (chatApp) {\n"
                         '    chatApp.setCustomerLanguage("klingon");\n}')
    code, out, err = run(capsys, path)
    assert (code, out, len(err)) == (2, "", 1)
    assert err[0].startswith("%s: line 51, column 33: chat.language: " % path)
