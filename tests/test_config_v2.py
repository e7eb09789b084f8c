"""A config for the v2 chat (SPEC 2, 5.7): `[chat] api = "v2"`, its own keys, `[theme]`, its
variables rules, and the keys of the other version refused by name.

Expected values are typed from 8x8's v2 documentation (webchat-script.md for the config
object and the discovery URL, the theming glossary and button table for `[theme]`,
set-chat-variables.md for the variables), never read from chatkit's own tables.
"""

import re
from pathlib import Path

import pytest

from chatkit.config import ChatSettings, load_config
from chatkit.errors import ConfigError
from tests.reference import reference_text

UUID = "script_0123456789abcdef01234567.89012345"
V2 = """\
[chat]
api = "v2"
uuid = "%s"
tenant = "ZXhhbXBsZTAx"
channel = "Customer Support"
channel_uuid = "Ab3ULjXFQx-unSA6ebdW8A"
domain = "https://vcc-eu11.8x8.com"
""" % UUID
V1 = V2.replace('api = "v2"\n', "").replace('channel_uuid = "Ab3ULjXFQx-unSA6ebdW8A"\n', "")
# webchat-script.md: `new URL("https://cloud8-cc-geo.8x8.com/vcc-chat-channels/public/webchat/discovery")`
DISCOVERY = "https://cloud8-cc-geo.8x8.com/vcc-chat-channels/public/webchat/discovery"
ALLOWED_APIS = '"v1" (__8x8Chat, chat.js) or "v2" (chatApp, chatv3.js)'
CRM = "$language, $caseNumber, $accountNumber, $emailAddress, $emailSubject, $emailBody"
DISCARDED = "; the v2 chat would discard it"


def load(folder, text):
    path = folder / "chat.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def problems(folder, text):
    """The lines `key: message` a config's problems print as, without the file name."""
    with pytest.raises(ConfigError) as raised:
        load(folder, text)
    return [p.line() for p in raised.value.problems]


def warnings(folder, text):
    return [p.line() for p in load(folder, text).warnings]


# --- what a valid v2 config gives --------------------------------------------------------------

def test_v2_config_fills_the_defaults_of_8x8s_snippet(tmp_path):
    config = load(tmp_path, V2)
    assert config.api == "v2"
    assert config.chat == ChatSettings(
        api="v2", uuid=UUID, tenant="ZXhhbXBsZTAx", channel="Customer Support",
        channel_uuid="Ab3ULjXFQx-unSA6ebdW8A", domain="https://vcc-eu11.8x8.com",
        discovery_url=DISCOVERY, button_container_id="__8x8-chat-button-container-" + UUID,
        align="right",
    )
    assert (config.theme, config.variables, config.messages, config.warnings) == ({}, {}, {}, [])


def test_v2_config_keeps_every_key_it_has(tmp_path):
    config = load(tmp_path, V2 + """\
discovery_url = "https://discovery.example.com/vcc-chat-channels/public/webchat/discovery"
button_container_id = "chat-here"
align = "left"
language = "pt-BR"
quick_replies = ["I need help with my order", "I have a billing question"]
notification_sound = false
[theme]
headerBackgroundColor = "blue"
""")
    chat = config.chat
    assert chat.discovery_url == ("https://discovery.example.com/vcc-chat-channels/public/"
                                  "webchat/discovery")
    assert (chat.button_container_id, chat.align, chat.language) == ("chat-here", "left", "pt")
    assert chat.quick_replies == ("I need help with my order", "I have a billing question")
    assert chat.notification_sound is False
    assert config.theme == {"headerBackgroundColor": "blue"}


def test_a_config_without_api_is_a_v1_config(tmp_path):
    config = load(tmp_path, V1)
    assert (config.api, config.chat.path) == ("v1", "/.")
    assert config.chat.discovery_url is None  # v2's, not v1's


@pytest.mark.parametrize("line, expected", [
    ('api = "v3"', 'chat.api: must be %s, not "v3"' % ALLOWED_APIS),
    ('api = "V2"', 'chat.api: must be %s, not "V2"' % ALLOWED_APIS),  # the case counts
    ('api = ""', 'chat.api: must be %s, not ""' % ALLOWED_APIS),
    ("api = 2", "chat.api: must be %s, not a number" % ALLOWED_APIS),
])
def test_api_is_v1_or_v2_and_nothing_else(tmp_path, line, expected):
    assert problems(tmp_path, V2.replace('api = "v2"', line)) == [expected]


def test_v2_requires_the_channel_uuid(tmp_path):
    text = V2.replace('channel_uuid = "Ab3ULjXFQx-unSA6ebdW8A"\n', "")
    assert problems(tmp_path, text) == [
        "chat.channel_uuid: missing: the v2 chat requires it, copy it from the Configuration "
        "Manager snippet"]


# --- a feature of the other version names the version that has it ------------------------------

@pytest.mark.parametrize("extra, expected", [
    ('path = "/."\n', 'chat.path: only the v1 chat (api = "v1") has a path; the v2 snippet loads '
     "chatv3.js from the domain itself"),
    ('stylesheet_url = "https://cdn.example.com/chat.css"\n', 'chat.stylesheet_url: only the v1 '
     'chat (api = "v1") has a stylesheet URL; the v2 chat is themed with [theme]'),
    ('[messages]\nchatQueued = "Soon."\n', 'messages: only the v1 chat (api = "v1") has custom '
     "system messages ([messages]); 8x8's v2 documentation offers no way to set them from the "
     "page"),
])
def test_v1_features_in_a_v2_config_are_errors_naming_v1(tmp_path, extra, expected):
    assert problems(tmp_path, V2 + extra) == [expected]


@pytest.mark.parametrize("extra, expected", [
    ('discovery_url = "%s"\n' % DISCOVERY, 'chat.discovery_url: only the v2 chat (api = "v2") '
     "has a discovery URL; the v1 chat loads chat.js from domain + path"),
    ('quick_replies = ["Hi"]\n', 'chat.quick_replies: only the v2 chat (api = "v2") has '
     "invitation quick replies; the v1 chat's API has no such call"),
    ("notification_sound = false\n", 'chat.notification_sound: only the v2 chat (api = "v2") '
     "has a notification sound switch; the v1 chat's API has no such call"),
    ('[theme]\nheaderBackgroundColor = "red"\n', 'theme: only the v2 chat (api = "v2") has a '
     "theme ([theme], themeCustom); the v1 chat is styled with stylesheet_url"),
])
def test_v2_features_in_a_v1_config_are_errors_naming_v2(tmp_path, extra, expected):
    assert problems(tmp_path, V1 + extra) == [expected]


def test_a_feature_of_the_other_version_is_not_checked_further(tmp_path):
    # One error says the key does not belong; its value's own problems would be noise.
    assert problems(tmp_path, V2 + 'stylesheet_url = "javascript:alert(1)"\n') == [
        'chat.stylesheet_url: only the v1 chat (api = "v1") has a stylesheet URL; the v2 chat '
        "is themed with [theme]"]


def test_with_a_wrong_api_no_key_is_held_against_either_version(tmp_path):
    text = V2.replace('api = "v2"', 'api = "3"') + 'path = "/."\nquick_replies = ["Hi"]\n'
    assert problems(tmp_path, text) == ['chat.api: must be %s, not "3"' % ALLOWED_APIS]


def test_an_unknown_key_of_a_v2_config_suggests_among_v2_keys(tmp_path):
    assert problems(tmp_path, V2 + 'quick_reply = ["Hi"]\n') == [
        "chat.quick_reply: unknown key (did you mean quick_replies?)"]
    assert problems(tmp_path, V2 + "colour = 1\n") == [
        "chat.colour: unknown key (allowed: api, uuid, tenant, channel, domain, channel_uuid, "
        "discovery_url, button_container_id, align, language, load, button_text, "
        "quick_replies, notification_sound)"]


# --- discovery_url, quick_replies, notification_sound -------------------------------------------

@pytest.mark.parametrize("url, expected", [
    ("http://discovery.example.com/d", "chat.discovery_url: the discovery URL must use https:// "
     "(http:// only for localhost)"),
    ("javascript:alert(1)", "chat.discovery_url: the discovery URL must not be a javascript: URL "
     "(https:// only)"),
    ("/vcc-chat-channels/public/webchat/discovery", "chat.discovery_url: the discovery URL must "
     "be an absolute https:// URL, not '/vcc-chat-channels/public/webchat/discovery'"),
])
def test_discovery_url_is_https(tmp_path, url, expected):
    assert problems(tmp_path, V2 + 'discovery_url = "%s"\n' % url) == [expected]


def test_discovery_url_on_this_computer_is_a_warning(tmp_path):
    # chatkit's emulator answers discovery on 127.0.0.1 (chatkit serve, chatkit.testing).
    assert warnings(tmp_path, V2 + 'discovery_url = "http://127.0.0.1:8000/d"\n') == [
        "chat.discovery_url: warning: the discovery URL uses http://, fine for local testing only"]


@pytest.mark.parametrize("value, expected", [
    ('["Yes", ""]', ["chat.quick_replies[1]: must not be empty: the invitation would offer an "
                     "empty reply"]),
    ('["Yes", "  "]', ["chat.quick_replies[1]: must not be empty: the invitation would offer an "
                       "empty reply"]),
    ('["Yes", 3, true]', ["chat.quick_replies[1]: must be text, not a number (3)",
                          "chat.quick_replies[2]: must be text, not true/false (true)"]),
    ('"Yes"', ['chat.quick_replies: must be an array of texts, not text ("Yes")']),
    ('["Line\\nbreak"]', ["chat.quick_replies[0]: must not contain U+000A LINE FEED (characters "
                          "you cannot see, pasted with the value? type it again)"]),
])
def test_quick_replies_are_an_array_of_texts(tmp_path, value, expected):
    assert problems(tmp_path, V2 + "quick_replies = %s\n" % value) == expected


def test_quick_replies_may_be_empty_and_warn_of_what_hides_in_them(tmp_path):
    assert load(tmp_path, V2 + "quick_replies = []\n").chat.quick_replies == ()
    assert warnings(tmp_path, V2 + 'quick_replies = ["Yes\u200b"]\n') == [
        "chat.quick_replies[0]: warning: must not contain U+200B ZERO WIDTH SPACE (characters "
        "you cannot see, pasted with the value? type it again)"]


@pytest.mark.parametrize("value, expected", [
    ('"no"', 'chat.notification_sound: must be true or false, not text ("no")'),
    ("0", "chat.notification_sound: must be true or false, not a number (0)"),
])
def test_notification_sound_is_true_or_false(tmp_path, value, expected):
    assert problems(tmp_path, V2 + "notification_sound = %s\n" % value) == [expected]
    assert load(tmp_path, V2 + "notification_sound = true\n").chat.notification_sound is True


# --- [theme]: 8x8's names, CSS values by kind ---------------------------------------------------

def documented_theme_names():
    """Every "Chat Theme Property" of the glossary's tables and the button table."""
    names = []
    for page in ("glossary-of-theming-items.md", "button-theming.md"):
        text = reference_text("8x8-webchat-v2/" + page)
        names += re.findall(r"^\| (\w+) \| .* \| .* \|$", text, re.MULTILINE)
    return [name for name in names if name != "Chat"]


# A valid value for each kind, read from the name as the reference's descriptions do.
VALID_BY_NAME = [("Shadow", "#A81F1F"), ("Radius", "6px"), ("Width", "0 0 2px 0"),
                 ("Color", "#FFFFFF")]


def valid_value(name):
    return next(value for part, value in VALID_BY_NAME if part in name)


def test_theme_takes_every_documented_property(tmp_path):
    names = documented_theme_names()
    assert len(names) == 68 and "buttonBorderRadius" in names and "chatShadow" in names
    table = "".join('%s = "%s"\n' % (name, valid_value(name)) for name in names)
    assert load(tmp_path, V2 + "[theme]\n" + table).theme == {
        name: valid_value(name) for name in names}


def test_theme_takes_the_button_examples_own_secondary_background(tmp_path):
    # button-theming.md's example sets it.
    assert load(tmp_path, V2 + '[theme]\nbuttonSecondaryBackgroundColor = "#ADD8E6"\n').theme


@pytest.mark.parametrize("line", [
    'headerBackgroundColor = "red"',  # theming.md: "you can either use a word or hex colour"
    'headerBackgroundColor = "#FF0000"',
    'headerTextColor = "rgb(255 255 255 / 80%)"',
    'chatBorderRadius = "8px 8px 0 0"',  # the glossary's example
    'headerBorderWidth = "0 0 2px 0"',  # the glossary's example
    'chatShadow = "0 2px 6px rgba(0, 0, 0, 0.2)"',  # a box-shadow
    'headerMenuShadow = "#9B3636"',  # a bare colour, as the glossary's examples give one
])
def test_theme_takes_css_values_of_each_kind(tmp_path, line):
    assert load(tmp_path, V2 + "[theme]\n" + line + "\n").warnings == []


COLOUR = 'a CSS colour, such as "#0B0C0C", "rgb(11 12 12)" or "navy"'
RADIUS = 'a CSS border radius, such as "6px" or "8px 8px 0 0"'


@pytest.mark.parametrize("line, expected", [
    # The glossary prints its colours with a space after #, which no browser reads.
    ('headerTextColor = "# FFFFFF"', 'theme.headerTextColor: "# FFFFFF" is not %s (did you mean '
     '"#FFFFFF"? the glossary prints colours with a space)' % COLOUR),
    ('chatShadow = "# A81F1F"', 'theme.chatShadow: "# A81F1F" is not a CSS box-shadow, such as '
     '"0 2px 6px rgb(0 0 0 / 20%)", or a colour (did you mean "#A81F1F"? the glossary prints '
     "colours with a space)"),
    # ...and a colour where a rounding goes (formElementBorderRadius).
    ('formElementBorderRadius = "# 000000"', 'theme.formElementBorderRadius: "# 000000" is not '
     + RADIUS),
    ('headerBackgroundColor = "red; background: url(x)"', 'theme.headerBackgroundColor: "red; '
     'background: url(x)" is not ' + COLOUR),
    ('headerBackgroundColor = "</style>"', 'theme.headerBackgroundColor: "</style>" is not '
     + COLOUR),
    ("buttonBorderRadius = 10", "theme.buttonBorderRadius: must be text, not a number (10): "
     "write " + RADIUS),
    ('headerTextColor = ""', "theme.headerTextColor: is empty: write %s, or leave the key out "
     "for the chat's own" % COLOUR),
    ('headerTextColor = "red\\u200b"', "theme.headerTextColor: must not contain U+200B ZERO "
     "WIDTH SPACE (characters you cannot see, pasted with the value? type it again)"),
    ('chatShadow = "%s"' % ("(" * 33), 'theme.chatShadow: is too long or too deeply nested for '
     'a theme value (at most 1000 characters, brackets 32 deep): write a CSS box-shadow, such '
     'as "0 2px 6px rgb(0 0 0 / 20%)", or a colour'),  # the CSS checker recurses into brackets
    ('chatShadow = "%s"' % ("0 0 1px red, " * 80 + "0 0 1px red"), 'theme.chatShadow: is too '
     'long or too deeply nested for a theme value (at most 1000 characters, brackets 32 deep): '
     'write a CSS box-shadow, such as "0 2px 6px rgb(0 0 0 / 20%)", or a colour'),
])
def test_theme_errors_name_the_key_the_value_and_what_is_expected(tmp_path, line, expected):
    assert problems(tmp_path, V2 + "[theme]\n" + line + "\n") == [expected]


PASSED = ": the snippet passes it to the chat as it is"


@pytest.mark.parametrize("line, expected", [
    ('headerBackgroundColour = "red"', "theme.headerBackgroundColour: warning: unknown theme "
     "property (did you mean headerBackgroundColor?)" + PASSED),
    ('fontFamily = "Arial"', "theme.fontFamily: warning: unknown theme property (not in 8x8's "
     '"Glossary of theming items" or "Button theming")' + PASSED),
])
def test_an_unknown_theme_name_is_a_warning_and_is_kept(tmp_path, line, expected):
    # dark-mode-example.md sets a name the glossary lacks: the glossary is not the whole list.
    text = V2 + "[theme]\n" + line + "\n"
    assert warnings(tmp_path, text) == [expected]
    name, value = line.split(" = ")
    assert load(tmp_path, text).theme == {name: value.strip('"')}


def test_8x8s_dark_mode_example_passes_with_one_warning_for_the_name_its_glossary_lacks(tmp_path):
    example = reference_text("8x8-webchat-v2/dark-mode-example.md")
    assert '"sendMessageBoxSeparator": "#666666"' in example
    text = V2 + '[theme]\nchatBackgroundColor = "#A9A9A9"\nsendMessageBoxSeparator = "#666666"\n'
    assert warnings(tmp_path, text) == [
        "theme.sendMessageBoxSeparator: warning: unknown theme property (not in 8x8's "
        '"Glossary of theming items" or "Button theming")' + PASSED]
    assert load(tmp_path, text).theme["sendMessageBoxSeparator"] == "#666666"


# --- [variables]: 8x8's v2 rules ---------------------------------------------------------------

def test_v2_variables_take_the_references_example(tmp_path):
    # set-chat-variables.md: {"_VIP":"YES", "$language":"fr", "$emailAddress": "testemail@..."}
    config = load(tmp_path, V2 + '[variables]\n_VIP = "YES"\n"$language" = "fr"\n'
                  '"$emailAddress" = "testemail@example.com"\n')
    assert config.variables == {"_VIP": "YES", "$language": "fr",
                                "$emailAddress": "testemail@example.com"}


@pytest.mark.parametrize("line, expected", [
    ('"$shoeSize" = "9"', 'variables.$shoeSize: "$shoeSize" is not one of the v2 chat\'s CRM '
     "variables (%s; custom variables start with _)%s" % (CRM, DISCARDED)),
    ('VIP = "YES"', 'variables.VIP: "VIP" must start with _ (a custom variable) or $ (a CRM '
     "variable)" + DISCARDED),
    ('"_V I P" = "YES"', 'variables._V I P: "_V I P" must be _ followed by letters, digits, _ or '
     "- (the documented pattern)" + DISCARDED),
    ('_ = "YES"', 'variables._: "_" must be _ followed by letters, digits, _ or - (the '
     "documented pattern)" + DISCARDED),
    ("_%s = \"v\"" % ("k" * 255), "variables._%s: key too long: at most 255 characters, counted "
     "as JavaScript counts them%s" % ("k" * 255, DISCARDED)),
    ('_k = "%s"' % ("v" * 256), "variables._k: value too long: at most 255 characters, counted "
     "as JavaScript counts them" + DISCARDED),
    ('_k = "%s"' % ("😀" * 128), "variables._k: value too long: at most 255 characters, counted "
     "as JavaScript counts them" + DISCARDED),  # 256 UTF-16 code units
    ("_n = 2", "variables._n: must be text, not a number (2)" + DISCARDED),
    ("_b = true", "variables._b: must be text, not true/false (true)" + DISCARDED),
    ('"$language" = "xx"', "variables.$language: unknown language 'xx': $language sets the chat "
     "language (one of: en, ru, de, ja, es, fr, pt, it, pl, hr, hi, nl, ar, da, ko, no, sv, vi, "
     "cy, th, zh-CN, zh-TW)"),
])
def test_v2_variables_errors_name_the_key_and_the_rule(tmp_path, line, expected):
    assert problems(tmp_path, V2 + "[variables]\n" + line + "\n") == [expected]


def test_v2_variables_at_the_limits_are_kept(tmp_path):
    key, value = "_" + "k" * 254, "v" * 255
    config = load(tmp_path, V2 + '[variables]\n%s = "%s"\n"_vip-level_2" = "gold"\n'
                  % (key, value))
    assert config.variables == {key: value, "_vip-level_2": "gold"}


def test_v2_language_variable_is_sent_as_the_chats_code(tmp_path):
    config = load(tmp_path, V2 + '[variables]\n"$language" = "pt-BR"\n')
    assert config.variables == {"$language": "pt"}


def test_v2_language_variable_after_another_chat_language_is_a_warning(tmp_path):
    text = V2 + 'language = "fr"\n[variables]\n"$language" = "de"\n'
    assert warnings(tmp_path, text) == [
        "variables.$language: warning: sets the chat language to de after chat.language (fr): "
        "the snippet applies the language, then the variables"]
    assert warnings(tmp_path, V2 + 'language = "fr"\n[variables]\n"$language" = "FR"\n') == []


def test_v1_variables_stay_free_form(tmp_path):
    config = load(tmp_path, V1 + '[variables]\nVIP = "YES"\n"$shoeSize" = 9\nflag = true\n')
    assert config.variables == {"VIP": "YES", "$shoeSize": 9, "flag": True}


# --- the examples ------------------------------------------------------------------------------

def test_v2_examples_load_without_warnings():
    examples = Path(__file__).resolve().parent.parent / "examples"
    for name in ("v2/minimal.toml", "v2/full.toml", "python/chat-v2.toml"):
        config = load_config(examples / name)
        assert (config.api, config.warnings) == ("v2", []), name
