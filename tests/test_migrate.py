"""`chatkit migrate`: a v1 config as a v2 config, and the report of what did not carry over
(issue 19, item 1).

The inputs are written like a tenant's (tests/data/migrate/acme/): a v1 config from the
Configuration Manager with customer info, v1's free-form variables, system messages in three
languages, a stylesheet with header and bubble colours, and hooks that trigger the
invitation; and 8x8's own example stylesheet, as the reference prints it (an RTF paste).
Every expected value is typed here from those inputs and the references (the glossary's
descriptions, v2's variable rules), never computed by chatkit.
"""

import shutil
import tomllib
from pathlib import Path

import pytest

from chatkit.config import load_config
from chatkit.migrate import migrate_config
from tests.cli_support import run, write
from tests.reference import reference_text

ACME = Path(__file__).resolve().parent / "data" / "migrate" / "acme"
CHANNEL_UUID = "Ab3ULjXFQx-unSA6ebdW8A"
NO_TABLE = ("the v2 chat has no system-message table (8x8's v2 documentation offers no way to "
            "set them from the page)")
SAME_RULES = "the v2 chat has it, by the same rules"
DISCARDED = "; the v2 chat would discard it"


@pytest.fixture
def acme(tmp_path):
    """A copy of Acme's site folder: chat.toml, hooks.py, theme.css."""
    folder = tmp_path / "acme"
    shutil.copytree(ACME, folder)
    return folder


def migrated(capsys, folder, *options):
    """(the v2 config as TOML values, its text, the stderr lines) of migrating chat.toml."""
    code, out, err = run(capsys, "migrate", folder / "chat.toml", *options)
    assert code == 0, err
    return tomllib.loads(out), out, err


# --- kept, set, dropped ----------------------------------------------------------------------

def test_migrate_keeps_what_both_chats_have_and_makes_it_a_v2_config(capsys, acme):
    config, _, _ = migrated(capsys, acme, "--channel-uuid", CHANNEL_UUID)
    assert config["chat"] == {
        "api": "v2",
        "uuid": "script_0123456789abcdef01234567.89012345",
        "tenant": "YWNtZXNob2VzMDE",
        "channel": "Web Sales",
        "domain": "https://vcc-na7.8x8.com",
        "channel_uuid": CHANNEL_UUID,
        "align": "left",
        "language": "es",
    }
    assert config["customer"] == {"Store": "Online", "Loyalty tier": "Gold", "Basket items": 3,
                                  "Newsletter": True}
    assert config["fallback"] == {"after_seconds": 10,
                                  "text": "Chat is closed: call us on 0800 123 456.",
                                  "link": "tel:+44800123456"}
    assert config["python"] == {"hooks": "hooks.py",
                                "asset_base": "https://cdn.acme-shoes.example/chatkit/"}
    assert "messages" not in config


def test_migrate_reports_each_key_of_the_config_with_what_became_of_it(capsys, acme):
    _, _, err = migrated(capsys, acme, "--channel-uuid", CHANNEL_UUID)
    source = str(acme / "chat.toml")
    lines = [line for line in err if line.startswith(source + ":")]
    assert lines == [source + ": " + line for line in [
        'chat.api: set: "v2" (Webchat v2: chatApp, chatv3.js)',
        "chat.uuid: kept",
        "chat.tenant: kept",
        "chat.channel: kept",
        "chat.domain: kept",
        "chat.align: kept",
        "chat.language: kept",
        "chat.channel_uuid: set: from --channel-uuid",
        "chat.path: dropped: the v2 snippet loads chatv3.js from the domain itself",
        "chat.stylesheet_url: dropped: the v2 chat is themed with [theme]",
        "variables._department: kept: it follows v2's rules",
        'variables.priority: dropped: "priority" must start with _ (a custom variable) or $ (a '
        "CRM variable)" + DISCARDED,
        'variables.$shoeSize: dropped: "$shoeSize" is not one of the v2 chat\'s CRM variables '
        "($language, $caseNumber, $accountNumber, $emailAddress, $emailSubject, $emailBody; "
        "custom variables start with _)" + DISCARDED,
        "variables.$emailAddress: kept: it follows v2's rules",
        "messages.chatQueued: not migrated: " + NO_TABLE,
        "messages.chatEstablishedName: not migrated: " + NO_TABLE,
        "messages.es.chatQueued: not migrated: " + NO_TABLE,
        "messages.fr.chatQueued: not migrated: " + NO_TABLE,
        "[customer]: kept: " + SAME_RULES,
        "[fallback]: kept: " + SAME_RULES,
        "[python]: kept: " + SAME_RULES,
        "[theme]: not migrated: no stylesheet given: save "
        "https://cdn.acme-shoes.example/chat/theme.css and run again with --stylesheet FILE to "
        "carry its colours into [theme]",
    ]]


def test_v1_variables_that_v2_would_discard_are_dropped_and_the_rest_kept(capsys, acme):
    # set-chat-variables.md: custom keys start with _, CRM keys are six $ names.
    config, _, _ = migrated(capsys, acme, "--channel-uuid", CHANNEL_UUID)
    assert config["variables"] == {"_department": "sales",
                                   "$emailAddress": "orders@acme-shoes.example"}


def test_v1_variables_that_are_not_text_are_dropped_with_v2s_rule(capsys, tmp_path):
    config = write(tmp_path, MINIMAL + '[variables]\n_count = 3\n')
    code, out, err = run(capsys, "migrate", config, "--channel-uuid", CHANNEL_UUID)
    assert code == 0
    assert "variables" not in tomllib.loads(out)
    assert "%s: variables._count: dropped: must be text, not a number (3)%s" % (
        config, DISCARDED) in err


def test_the_configs_own_comments_are_kept(capsys, acme):
    _, text, _ = migrated(capsys, acme, "--channel-uuid", CHANNEL_UUID)
    assert "# Chat for www.acme-shoes.example (v1, from the Configuration Manager in 2021)\n" \
        in text
    assert 'tenant = "YWNtZXNob2VzMDE"          # Acme Shoes\n' in text
    assert "[customer]                          # what the agent sees\n" in text
    assert text.startswith("# Migrated from the v1 config chat.toml by `chatkit migrate`")


def test_a_channel_uuid_in_the_config_is_kept(capsys, tmp_path):
    config = write(tmp_path, MINIMAL.replace("[chat]\n", '[chat]\nchannel_uuid = "%s"\n'
                                             % CHANNEL_UUID))
    code, out, err = run(capsys, "migrate", config)
    assert code == 0, err
    assert tomllib.loads(out)["chat"]["channel_uuid"] == CHANNEL_UUID
    assert "%s: chat.channel_uuid: kept: the v2 chat requires it" % config in err


# --- the output passes check --strict, and -o ------------------------------------------------

def test_the_v2_config_passes_check_strict(capsys, acme):
    code, _, err = run(capsys, "migrate", acme / "chat.toml", "--channel-uuid", CHANNEL_UUID,
                       "--stylesheet", acme / "theme.css", "-o", acme / "chat-v2.toml")
    assert code == 0 and err[-1] == "wrote %s" % (acme / "chat-v2.toml")
    assert run(capsys, "check", "--strict", acme / "chat-v2.toml") == (
        0, "%s: ok\n" % (acme / "chat-v2.toml"), [])
    assert load_config(acme / "chat-v2.toml").hooks_path == acme / "hooks.py"


def test_o_in_another_folder_names_the_same_hooks_file(capsys, acme):
    (acme / "v2").mkdir()
    code, _, err = run(capsys, "migrate", acme / "chat.toml", "--channel-uuid", CHANNEL_UUID,
                       "-o", acme / "v2" / "chat.toml")
    assert code == 0, err
    assert tomllib.loads((acme / "v2" / "chat.toml").read_text())["python"]["hooks"] == \
        "../hooks.py"
    assert run(capsys, "check", "--strict", acme / "v2" / "chat.toml")[0] == 0


def test_o_never_replaces_an_existing_file_without_force(capsys, acme):
    target = acme / "chat-v2.toml"
    target.write_text("# my edits\n", encoding="utf-8")
    code, out, err = run(capsys, "migrate", acme / "chat.toml", "--channel-uuid", CHANNEL_UUID,
                         "-o", target)
    assert (code, out) == (2, "")
    assert err == ["%s: -o: exists, and may hold your edits: pass --force to replace it, or "
                   "name another file" % target]
    assert target.read_text() == "# my edits\n"
    code, _, _ = run(capsys, "migrate", acme / "chat.toml", "--channel-uuid", CHANNEL_UUID,
                     "-o", target, "--force")
    assert code == 0 and tomllib.loads(target.read_text())["chat"]["api"] == "v2"


def test_o_never_names_an_input(capsys, acme):
    code, _, err = run(capsys, "migrate", acme / "chat.toml", "--channel-uuid", CHANNEL_UUID,
                       "-o", acme / "hooks.py", "--force")
    assert code == 2 and len(err) == 1 and "hooks.py" in err[0] and "reads" in err[0]
    assert (acme / "hooks.py").read_text() == (ACME / "hooks.py").read_text()


# --- mistakes: one line, exit 2, nothing written ---------------------------------------------

MINIMAL = """\
[chat]
uuid = "script_0123456789abcdef01234567.89012345"
tenant = "ZXhhbXBsZTAx"
channel = "Support"
domain = "https://vcc-eu11.8x8.com"
"""


def test_load_on_click_and_its_button_text_carry_over_to_the_v2_config(capsys, tmp_path):
    # Both chats load on intent the same way (SPEC: [chat] load, button_text).
    config = write(tmp_path, MINIMAL + 'load = "click"\nbutton_text = "Talk to us"\n')
    out_path = tmp_path / "v2.toml"
    code, _, err = run(capsys, "migrate", config, "--channel-uuid", CHANNEL_UUID, "-o", out_path)
    assert code == 0, err
    migrated_chat = tomllib.loads(out_path.read_text(encoding="utf-8"))["chat"]
    assert (migrated_chat["api"], migrated_chat["load"], migrated_chat["button_text"]) == (
        "v2", "click", "Talk to us")
    assert "%s: chat.load: kept" % config in err
    assert "%s: chat.button_text: kept" % config in err
    assert run(capsys, "check", out_path, "--strict")[0] == 0
    code, snippet, _ = run(capsys, "snippet", out_path)
    assert code == 0 and "Talk to us" in snippet and "chatv3.js" in snippet


def test_without_a_channel_uuid_the_error_says_where_the_configuration_manager_shows_it(
        capsys, tmp_path):
    config = write(tmp_path, MINIMAL)
    code, out, err = run(capsys, "migrate", config, "-o", tmp_path / "new.toml")
    assert (code, out) == (2, "")
    # webchat-script.md: "when you select the code, it will look like this": channelUuid.
    assert err == ["%s: chat.channel_uuid: missing: the v2 chat requires it: in 8x8's "
                   "Configuration Manager, select the code of your webchat script and copy its "
                   "channelUuid, then give it with --channel-uuid ID (or as channel_uuid in "
                   "[chat])" % config]
    assert not (tmp_path / "new.toml").exists()


@pytest.mark.parametrize("options, expected", [
    (["--channel-uuid", ""], "--channel-uuid: is empty: give the channelUuid of your webchat "
                             "script's code"),
    (["--channel-uuid", "Ab3U\u200bLjX"], "{config} (as v2): chat.channel_uuid: must not "
     "contain U+200B ZERO WIDTH SPACE (characters you cannot see, pasted with the value? type "
     "it again)"),
    (["--channel-uuid", CHANNEL_UUID, "--stylesheet", "{folder}/missing.css"],
     "{folder}/missing.css: no such file"),
])
def test_mistakes_are_one_line_and_exit_2(capsys, tmp_path, options, expected):
    config = write(tmp_path, MINIMAL)
    options = [o.format(folder=tmp_path) for o in options]
    code, out, err = run(capsys, "migrate", config, *options)
    assert (code, out, err) == (2, "", [expected.format(config=config, folder=tmp_path)])


def test_a_v2_config_is_not_migrated(capsys, tmp_path):
    config = write(tmp_path, MINIMAL.replace("[chat]\n", '[chat]\napi = "v2"\nchannel_uuid = '
                                             '"%s"\n' % CHANNEL_UUID))
    assert run(capsys, "migrate", config) == (2, "", [
        '%s: chat.api: is already "v2": only a v1 config (api = "v1", the default) is migrated'
        % config])


def test_an_invalid_v1_config_is_named_by_its_problems(capsys, tmp_path):
    config = write(tmp_path, MINIMAL.replace('channel = "Support"\n', ""))
    code, out, err = run(capsys, "migrate", config, "--channel-uuid", CHANNEL_UUID)
    assert (code, out) == (2, "")
    assert err == ["%s:1:1: chat.channel: missing: required, copy it from the Configuration "
                   "Manager snippet" % config]


# --- the stylesheet into [theme] -------------------------------------------------------------

def test_the_stylesheets_header_bubble_and_button_colours_go_into_theme(capsys, acme):
    config, _, _ = migrated(capsys, acme, "--channel-uuid", CHANNEL_UUID,
                            "--stylesheet", acme / "theme.css")
    # Each name by its glossary description: "Changes the header background colour", "the
    # text colour in the header", "the background colour of the incoming messages", ...
    assert config["theme"] == {
        "headerBackgroundColor": "#0b3d91",
        "headerTextColor": "#fff",  # .header .title's, after .header's #ffffff
        "messageIncomingBorderRadius": "12px",
        "messageOutgoingBorderRadius": "12px",
        "messageIncomingBackgroundColor": "#f1f1f1",
        "messageIncomingTextColor": "#222",
        "messageOutgoingBackgroundColor": "#0b3d91",
        "messageOutgoingTextColor": "white",
        "messageIncomingLinkColorHover": "#0b3d91",
        # v1's `button` is every button; v2 has primary and secondary ones.
        "buttonPrimaryBackgroundColor": "#ff6f00",
        "buttonSecondaryBackgroundColor": "#ff6f00",
        "buttonBorderRadius": "20px",
        "buttonPrimaryBackgroundColorHover": "#e65c00",
        "buttonSecondaryBackgroundColorHover": "#e65c00",
    }


def test_every_rule_left_behind_is_listed_with_its_line(capsys, acme):
    _, _, err = migrated(capsys, acme, "--channel-uuid", CHANNEL_UUID,
                         "--stylesheet", acme / "theme.css")
    css = str(acme / "theme.css")
    assert [line for line in err if line.startswith(css) and "not migrated" in line] == [
        css + ":6: .header .logo { display }: not migrated: no v2 theme name for it",
        css + ":7: .header .title { font-size }: not migrated: no v2 theme name for it",
        css + ":9: .chat-incoming-msg, .chat-outgoing-msg { border }: not migrated: no v2 theme "
              "name for it",
        css + ":19: .inner-container { background }: not migrated: its value is not a single "
              "colour, which is all chatBackgroundColor carries",
        css + ":21: @media (max-width: 600px): not migrated: the v2 theme has no at-rules: its "
              'names are "configuration at a global level" (theming.md)',
    ]
    assert css + ":3: .header { background }: to [theme]: theme.headerBackgroundColor" in err
    assert (css + ":17: button { background-color }: to [theme]: "
            "theme.buttonPrimaryBackgroundColor, theme.buttonSecondaryBackgroundColor") in err


def example_stylesheet():
    """8x8's example stylesheet, as 8x8-embedded-chat-api.txt prints it: an RTF paste."""
    text = reference_text("8x8-embedded-chat-api.txt")
    start = text.index("{\\rtf1")
    return text[start:text.index("\\}}", start) + 3]


def test_8x8s_example_stylesheet_as_the_reference_prints_it(capsys, tmp_path):
    rtf = example_stylesheet()
    sheet = tmp_path / "example.rtf"
    sheet.write_text(rtf, encoding="utf-8")
    config = write(tmp_path, MINIMAL)
    code, out, err = run(capsys, "migrate", config, "--channel-uuid", CHANNEL_UUID,
                         "--stylesheet", sheet)
    assert code == 0, err
    # Read off the example: `.container, .inner-container, button { border-radius: 0 }`,
    # `.control.close:before, .control.end:before { color: #fff }` (the header's icons),
    # `.header .title { color: #fff }`, `.chat-outgoing-msg, .chat-incoming-msg { background:
    # #fafafa; color: #333 }`.
    assert tomllib.loads(out)["theme"] == {
        "chatBorderRadius": "0",
        "buttonBorderRadius": "0",
        "headerIconColor": "#fff",
        "headerTextColor": "#fff",
        "messageOutgoingBackgroundColor": "#fafafa",
        "messageIncomingBackgroundColor": "#fafafa",
        "messageOutgoingTextColor": "#333",
        "messageIncomingTextColor": "#333",
    }
    logo = next(number for number, line in enumerate(rtf.splitlines(), 1)
                if line.startswith(".header .logo"))
    assert "%s:%d: .header .logo { display }: not migrated: no v2 theme name for it" % (
        sheet, logo) in err
    assert run(capsys, "check", "--strict", write(tmp_path, out, "v2.toml"))[0] == 0


# --- the hooks --------------------------------------------------------------------------------

def test_the_hooks_v1_only_calls_events_and_topics_are_warnings_with_their_line(capsys, acme):
    _, _, err = migrated(capsys, acme, "--channel-uuid", CHANNEL_UUID)
    hooks = str(acme / "hooks.py")
    assert [line for line in err if line.startswith(hooks)] == [hooks + line for line in [
        ":9: chat.trigger_invitation(): warning: a call only the v1 chat has "
        "(chat:trigger-invitation); v2 has no call that shows the invitation; "
        "chat.trigger_chat_window() (v2's startChat) opens the chat",
        ':15: chat.on("chat:trigger-invitation", ...): warning: a v1 bus topic; the v2 chat '
        "has no such event (its events are setProxy's callbacks: event-callbacks.md)",
        ':20: "chat:trigger-pre-chat": warning: a v1 bus topic; the v2 chat has no bus: use '
        "chat's calls, which drive either chat",
        ":20: window.__chatkit.bus: warning: the v1 bus; v2 has no bus (chatApp's methods, "
        "chat.on(...) for its callbacks)",
    ]]  # chat.on("customer:info-sent") (line 16) is v2's onCustomerInfoSent: no warning


def test_the_library_takes_plain_values(acme):
    migration = migrate_config(load_config(acme / "chat.toml"), channel_uuid=CHANNEL_UUID,
                               stylesheet=".header { background-color: navy }",
                               hooks_source="from chatkit.browser import chat as c\n"
                                            "c.trigger_pre_chat()\n")
    assert tomllib.loads(migration.text)["theme"] == {"headerBackgroundColor": "navy"}
    assert migration.report[-1] == (
        "%s:2: chat.trigger_pre_chat(): warning: a call only the v1 chat has "
        "(chat:trigger-pre-chat); v2 has no call that shows the pre-chat form; "
        "chat.trigger_chat_window() (v2's startChat) opens the chat" % (acme / "hooks.py"))
    assert [n.key for n in migration.losses if n.verdict == "dropped"] == [
        "chat.path", "chat.stylesheet_url", "variables.priority", "variables.$shoeSize"]


def test_a_config_written_with_dotted_keys_is_migrated_by_its_values(capsys, tmp_path):
    config = write(tmp_path, 'chat.uuid = "script_0123456789abcdef01234567.89012345"\n'
                   'chat.tenant = "ZXhhbXBsZTAx"\nchat.channel = "Support"\n'
                   'chat.domain = "https://vcc-eu11.8x8.com"\nchat.path = "/."\n'
                   'customer = { Plan = "Gold" }\n')
    code, out, err = run(capsys, "migrate", config, "--channel-uuid", CHANNEL_UUID)
    assert code == 0, err
    values = tomllib.loads(out)
    assert values["chat"]["api"] == "v2" and "path" not in values["chat"]
    assert values["customer"] == {"Plan": "Gold"}


def test_a_domain_v1_corrected_with_a_warning_is_written_as_its_exact_origin(capsys, tmp_path):
    config = write(tmp_path, MINIMAL.replace('"https://vcc-eu11.8x8.com"',
                                             '"https://VCC-EU11.8x8.com:443/"'))
    code, out, err = run(capsys, "migrate", config, "--channel-uuid", CHANNEL_UUID)
    assert code == 0
    assert tomllib.loads(out)["chat"]["domain"] == "https://vcc-eu11.8x8.com"
    assert "%s: chat.domain: kept: as its exact origin, https://vcc-eu11.8x8.com" % config in err


def test_messages_of_other_languages_only_are_each_listed(capsys, tmp_path):
    config = write(tmp_path, MINIMAL + '[messages.de]   # German only\nchatQueued = "Gleich."\n'
                   '[messages.fr]\nchatQueued = "Un instant."\nchatEnded = "Merci."\n')
    code, out, err = run(capsys, "migrate", config, "--channel-uuid", CHANNEL_UUID)
    assert code == 0 and "messages" not in tomllib.loads(out)
    assert [line for line in err if "messages." in line] == [
        "%s: messages.%s: not migrated: %s" % (config, key, NO_TABLE)
        for key in ("de.chatQueued", "fr.chatQueued", "fr.chatEnded")]
