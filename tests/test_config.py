"""The chat.toml config (SPEC 2): every key, its default, its rules, every problem at once."""

import json
import tomllib
from pathlib import Path

import pytest

from chatkit.config import (
    ChatSettings,
    Config,
    FallbackSettings,
    PythonSettings,
    load_config,
    parse_config,
)
from chatkit.errors import ChatkitError, ConfigError, ValidationError, escape
from tests.cli_support import write

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
UUID = "script_0123456789abcdef01234567.89012345"
CHAT = """\
[chat]
uuid = "%s"
tenant = "ZXhhbXBsZTAx"
channel = "Customer Support"
domain = "https://vcc-na7.8x8.com"
""" % UUID
LANGUAGE_LIST = ("en, ru, de, ja, es, fr, pt, it, pl, hr, hi, nl, ar, da, ko, no, sv, vi, cy, th, "
                 "zh-CN, zh-TW")
# The [chat] keys of a v1 config (the default version).
CHAT_KEY_LIST = ("api, uuid, tenant, channel, domain, channel_uuid, path, button_container_id, "
                 "align, language, stylesheet_url, load, button_text")
THEME_IN_V1 = ('theme: only the v2 chat (api = "v2") has a theme ([theme], themeCustom); the v1 '
               "chat is styled with stylesheet_url")
MISSING = "missing: required, copy it from the Configuration Manager snippet"
NOT_A_VALUE = "must be text, a number or true/false, not %s"


def load(folder, text):
    return load_config(write(folder, text))


def problems(folder, text):
    """The lines `key: message` a config's problems print as, without the file name."""
    with pytest.raises(ConfigError) as raised:
        load(folder, text)
    assert raised.value.source == str(folder / "chat.toml")
    return [p.line() for p in raised.value.problems]


def chat_with(**values):
    """CHAT with keys replaced (a value of None removes the key), as TOML."""
    table = tomllib.loads(CHAT)["chat"]
    table.update(values)
    lines = ["[chat]"] + ["%s = %s" % (k, _toml(v)) for k, v in table.items() if v is not None]
    return "\n".join(lines) + "\n"


def _toml(value):
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # JSON's escapes are TOML's too
    return str(value).lower() if isinstance(value, bool) else str(value)


# --- what a valid config gives ---------------------------------------------------------------

def test_load_config_fills_the_defaults(tmp_path):
    config = load(tmp_path, CHAT)
    assert isinstance(config, Config)
    assert config.chat == ChatSettings(
        api="v1",
        uuid=UUID,
        tenant="ZXhhbXBsZTAx",
        channel="Customer Support",
        domain="https://vcc-na7.8x8.com",
        path="/.",
        button_container_id="__8x8-chat-button-container-" + UUID,
        align="right",
    )
    assert (config.customer, config.variables, config.messages, config.messages_by_language) == (
        {}, {}, {}, {})
    assert (config.fallback, config.python, config.hooks_path, config.warnings) == (
        None, None, None, [])
    assert config.path == tmp_path / "chat.toml"


def test_load_config_keeps_every_chat_key_given(tmp_path):
    chat = {
        "api": "v1", "uuid": UUID, "tenant": "ZXhhbXBsZTAx", "channel": "Customer Support",
        "domain": "https://vcc-na7.8x8.com", "channel_uuid": "Ab3ULjXFQx-unSA6ebdW8A",
        "path": "/chat", "button_container_id": "my-chat", "align": "left", "language": "de",
        "stylesheet_url": "https://cdn.example.com/chat.css",
    }
    assert load(tmp_path, chat_with(**chat)).chat == ChatSettings(**chat)


def test_load_config_reads_the_full_example():
    config = load_config(EXAMPLES / "full.toml")
    assert config.chat.language == "pt"  # written "pt-BR"
    assert config.chat.align == "left"
    assert config.customer == {"Plan": "Premium", "Age": 25, "Newsletter": True,
                               "Cart total": 129.95}
    assert config.variables == {"_options": "DEF"}
    assert config.messages == {"chatQueued": "We'll be right with you.",
                               "chatEstablishedName": "You are now chatting with {{agent}}."}
    assert set(config.messages_by_language) == {"pt", "de"}
    assert config.fallback == FallbackSettings(after_seconds=8,
                                               text="Chat is unavailable right now.",
                                               link="mailto:support@example.com")
    assert config.warnings == []


@pytest.mark.parametrize("name", ["minimal.toml", "full.toml", "imported.toml"])
def test_load_config_accepts_every_example(name):
    assert load_config(EXAMPLES / name).warnings == []


def test_load_config_accepts_a_path_as_text(tmp_path):
    assert load_config(str(write(tmp_path, CHAT))).chat.uuid == UUID


# --- [chat] ----------------------------------------------------------------------------------

@pytest.mark.parametrize("key", ["uuid", "tenant", "channel", "domain"])
def test_load_config_requires_the_four_configuration_manager_values(tmp_path, key):
    assert problems(tmp_path, chat_with(**{key: None})) == ["chat.%s: %s" % (key, MISSING)]
    assert problems(tmp_path, chat_with(**{key: "  "})) == ["chat.%s: %s" % (key, MISSING)]


def test_load_config_requires_the_chat_table(tmp_path):
    assert problems(tmp_path, "[customer]\nPlan = 'Premium'\n") == [
        "chat: missing: the [chat] table is required (uuid, tenant, channel, domain from the "
        "Configuration Manager)"]


@pytest.mark.parametrize(
    "key, value, kind",
    [
        ("uuid", 5, "a number"),
        ("tenant", "true", "true/false"),
        ("channel", "['Support']", "an array"),
        ("domain", "{url = 'https://vcc-na7.8x8.com'}", "a table"),  # an inline table
        ("channel_uuid", 1.5, "a number"),  # optional keys too
        ("path", "1979-05-27", "a date/time"),
        ("button_container_id", 7, "a number"),
        ("align", "false", "true/false"),
        ("language", 1, "a number"),
        ("stylesheet_url", "[]", "an array"),
    ],
)
def test_load_config_wants_chat_values_as_text(tmp_path, key, value, kind):
    text = chat_with(**{key: None}) + "%s = %s\n" % (key, value)
    assert problems(tmp_path, text) == ["chat.%s: must be text, not %s" % (key, kind)]


@pytest.mark.parametrize("key", ["channel_uuid", "path", "button_container_id", "align",
                                 "language", "stylesheet_url"])
def test_load_config_refuses_empty_optional_chat_values(tmp_path, key):
    assert problems(tmp_path, chat_with(**{key: ""})) == [
        "chat.%s: must not be empty (leave the key out for its default)" % key]


@pytest.mark.parametrize(
    "values, lines",
    [
        ({"align": "center"}, ['chat.align: must be "left" or "right"']),  # not an alignment
        ({"align": "Left"}, ['chat.align: must be "left" or "right"']),  # case matters
        ({"path": "chat"}, ['chat.path: must start with / (default "/.")']),  # relative
        ({"language": "english"}, ["chat.language: unknown language 'english': write its code, "
                                   '"en" (English) (one of: %s)'
                                   % LANGUAGE_LIST]),  # a name, not a code
        ({"language": "zh"}, ["chat.language: unknown language 'zh': write its code, \"zh-CN\" "
                              "(Simplified Chinese) or \"zh-TW\" (Traditional Chinese) (one of: "
                              "%s)" % LANGUAGE_LIST]),  # Chinese needs a script or region
        ({"domain": "http://vcc-na7.8x8.com"},
         ["chat.domain: the domain must use https:// (http:// only for chatkit's emulator on "
          "127.0.0.1 or localhost)"]),
        ({"domain": "https://vcc-na7.8x8.com/CHAT"},
         ["chat.domain: the domain must be an origin like https://vcc-na7.8x8.com: no path, "
          "query or fragment (the page compares it with the chat's origin exactly)"]),
        ({"stylesheet_url": "http://localhost:8000/chat.css"},  # production refuses to start
         ["chat.stylesheet_url: the stylesheet URL must use https:// (the chat refuses to start "
          "with any other, localhost too); to preview a stylesheet on this computer: "
          "chatkit serve chat.toml --stylesheet theme.css"]),
        ({"stylesheet_url": "javascript:alert(1)"},
         ["chat.stylesheet_url: the stylesheet URL must not be a javascript: URL (https:// only)"]),
        ({"stylesheet_url": "chat.css"},
         ["chat.stylesheet_url: the stylesheet URL must be an absolute https:// URL, "
          "not 'chat.css'"]),
        ({"uuid": "script_1 2"},  # white space in the uuid, which makes the default HTML id
         ["chat.uuid: must not contain spaces or line breaks: it makes the button "
          "container's HTML id"]),
        ({"button_container_id": "chat button"},  # HTML ids hold no white space
         ["chat.button_container_id: must not contain spaces or line breaks: it makes the "
          "button container's HTML id"]),
    ],
)
def test_load_config_checks_chat_values(tmp_path, values, lines):
    assert problems(tmp_path, chat_with(**values)) == lines


@pytest.mark.parametrize(
    "tag, code",
    [
        ("pt-BR", "pt"),  # a region
        ("EN-gb", "en"),  # any case
        ("nb", "no"),  # Bokmål
        ("zh-Hant", "zh-TW"),  # a script
        ("zh_SG", "zh-CN"),  # an underscore and a region
    ],
)
def test_load_config_normalises_the_language(tmp_path, tag, code):
    assert load(tmp_path, chat_with(language=tag)).chat.language == code


@pytest.mark.parametrize(
    "domain",
    [
        "http://localhost:8000",  # the emulator on this machine (chatkit serve)
        "http://127.0.0.1:8000",  # chatkit.testing.serve
    ],
)
def test_load_config_warns_about_an_http_domain_on_localhost(tmp_path, domain):
    config = load(tmp_path, chat_with(domain=domain))
    assert config.chat.domain == domain
    assert [p.line("chat.toml") for p in config.warnings] == [  # chat_with's domain: line 5
        "chat.toml:5:1: chat.domain: warning: the domain uses http://: only chatkit's emulator "
        "answers there (chatkit serve, chatkit.testing), never 8x8"]


@pytest.mark.parametrize(
    "domain, changes",
    [
        ("https://VCC-NA7.8x8.com", "upper-case letters"),  # SPEC 5.6's three
        ("https://vcc-na7.8x8.com:443", "the default port :443"),
        ("https://vcc-na7.8x8.com/", "a trailing slash"),
    ],
)
def test_load_config_uses_the_exact_origin_of_the_domain_and_says_so(tmp_path, domain, changes):
    # Production compares the iframe's origin with `domain` as strings (facts, point 3).
    config = load(tmp_path, chat_with(domain=domain))
    assert config.chat.domain == "https://vcc-na7.8x8.com"
    assert [p.line() for p in config.warnings] == [
        "chat.domain: warning: the domain is not written as the chat's exact origin (%s): "
        "chatkit uses https://vcc-na7.8x8.com" % changes]


def test_load_config_warns_about_a_domain_outside_8x8(tmp_path):
    config = load(tmp_path, chat_with(domain="https://vcc-na7.8x8.co"))
    assert config.chat.domain == "https://vcc-na7.8x8.co"  # a warning: it may be right
    assert [p.line() for p in config.warnings] == [
        "chat.domain: warning: the domain's host vcc-na7.8x8.co is not an 8x8.com host: check "
        "it for a typo (the Configuration Manager gives https://vcc-XXX.8x8.com)"]


# --- characters you cannot see --------------------------------------------------------------

PASTED = "(characters you cannot see, pasted with the value? type it again)"


@pytest.mark.parametrize(
    "key, value, named",
    [
        ("uuid", "script_0123\u200b456", "U+200B ZERO WIDTH SPACE"),  # from a chat message
        ("tenant", "ZXhhbXBsZTAx\u200d", "U+200D ZERO WIDTH JOINER"),
        ("tenant", "\u202eZXhhbXBsZTAx", "U+202E RIGHT-TO-LEFT OVERRIDE"),  # reverses the text
        ("tenant", "ZXhh\nbXBsZTAx", "U+000A LINE FEED"),  # a line break
        ("tenant", "ZXhh\u2028bXBsZTAx", "U+2028 LINE SEPARATOR"),
        ("channel_uuid", "\ufeffAb3ULjXFQx-unSA6ebdW8A", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("button_container_id", "chat\u2066button\u2069",
         "U+2066 LEFT-TO-RIGHT ISOLATE and U+2069 POP DIRECTIONAL ISOLATE"),  # both, in order
        ("channel", "Customer\tSupport", "U+0009 CHARACTER TABULATION"),  # a control, in a name
        ("path", "/\x00", "U+0000 NULL"),
        ("language", "de\u200e", "U+200E LEFT-TO-RIGHT MARK"),
    ],
)
def test_load_config_refuses_ids_with_characters_you_cannot_see(tmp_path, key, value, named):
    line = "chat.%s: must not contain %s %s" % (key, named, PASTED)
    assert problems(tmp_path, chat_with(**{key: value})) == [escape(line)]


def test_load_config_warns_about_an_invisible_character_in_the_channel_name(tmp_path):
    # A display name: a joiner may belong there (Persian, Hindi); the warning names it.
    config = load(tmp_path, chat_with(channel="Support\u200c"))
    assert config.chat.channel == "Support\u200c"
    assert [p.line() for p in config.warnings] == [
        "chat.channel: warning: must not contain U+200C ZERO WIDTH NON-JOINER " + PASTED]


@pytest.mark.parametrize("table", ["customer", "variables"])
def test_load_config_warns_about_keys_the_agent_cannot_read(tmp_path, table):
    config = load(tmp_path, CHAT + '[%s]\n"Plan\u200b" = "Gold"\n"A\\nB" = 1\n' % table)
    assert getattr(config, table) == {"Plan\u200b": "Gold", "A\nB": 1}
    assert [p.line() for p in config.warnings] == [
        "%s.Plan\\u200b: warning: the key contains U+200B ZERO WIDTH SPACE, which the agent sees "
        "as nothing or as a break (pasted by mistake?)" % table,
        "%s.A\\nB: warning: the key contains U+000A LINE FEED, which the agent sees as "
        "nothing or as a break (pasted by mistake?)" % table]


@pytest.mark.parametrize(
    "text, line",
    [
        ('[chat]\n"uuid\u200b" = "x"\n', "chat.uuid\\u200b: unknown key: it contains U+200B "
         "ZERO WIDTH SPACE (did you mean uuid?)"),
        ('"chat\u202e" = 1\n' + CHAT, "chat\\u202e: unknown key: it contains U+202E "
         "RIGHT-TO-LEFT OVERRIDE (did you mean chat?)"),  # a table's name
        ('[messages]\n"chatQueued\u200b" = "x"\n', "messages.chatQueued\\u200b: unknown "
         "system message chatQueued\\u200b: it contains U+200B ZERO WIDTH SPACE (did you mean "
         "chatQueued?)"),
        ('[messages."de\u200b"]\nagent = "x"\n', "messages.de\\u200b: not a system message or "
         "a language: it contains U+200B ZERO WIDTH SPACE (languages: %s)" % LANGUAGE_LIST),
        ('[chat]\n"a\\nb" = 1\n', "chat.a\\nb: unknown key: it contains U+000A LINE FEED "
         "(allowed: %s)" % CHAT_KEY_LIST),  # and the line stays one line
    ],
)
def test_load_config_names_what_hides_in_an_unknown_key(tmp_path, text, line):
    text = text if "[chat]" in text else CHAT + text
    found = problems(tmp_path, text)
    assert line in found
    assert all("\n" not in p and "\u200b" not in p and "\u202e" not in p for p in found)


# --- unknown tables and keys -----------------------------------------------------------------

@pytest.mark.parametrize(
    "extra, line",
    [
        ("[chats]\n", "chats: unknown key (did you mean chat?)"),  # a typo of a table
        ("[customers]\n", "customers: unknown key (did you mean customer?)"),
        ("[message]\n", "message: unknown key (did you mean messages?)"),
        ("[variable]\n", "variable: unknown key (did you mean variables?)"),
        ("[fallbak]\n", "fallbak: unknown key (did you mean fallback?)"),
        ("[pyhton]\n", "pyhton: unknown key (did you mean python?)"),
        # nothing close in a v1 config (theme is v2's)
        ("[them]\n", "them: unknown key (allowed: chat, customer, variables, messages, "
         "fallback, python, server, callback, availability)"),
        ("[theme]\n", THEME_IN_V1),  # the other version's table
        ("debug = true\n", "debug: unknown key (allowed: chat, customer, variables, messages, "
         "fallback, python, server, callback, availability)"),  # a top-level value
    ],
)
def test_load_config_names_unknown_tables(tmp_path, extra, line):
    assert problems(tmp_path, extra + CHAT) == [line]


@pytest.mark.parametrize(
    "key, line",
    [
        ("tenat", "chat.tenat: unknown key (did you mean tenant?)"),  # a letter missing
        ("Domain", "chat.Domain: unknown key (did you mean domain?)"),  # case
        ("channelUuid", "chat.channelUuid: unknown key (did you mean channel_uuid?)"),  # 8x8's
        ("buttonContainerId", "chat.buttonContainerId: unknown key "
         "(did you mean button_container_id?)"),  # the snippet's name
        ("stylesheetURL", "chat.stylesheetURL: unknown key (did you mean stylesheet_url?)"),
        ("lang", "chat.lang: unknown key (allowed: %s)" % CHAT_KEY_LIST),  # too short to guess
        ("colour", "chat.colour: unknown key (allowed: %s)" % CHAT_KEY_LIST),  # nothing near
    ],
)
def test_load_config_names_unknown_chat_keys(tmp_path, key, line):
    assert problems(tmp_path, CHAT + '%s = "x"\n' % key) == [line]


@pytest.mark.parametrize(
    "text, line",
    [
        # found by the fuzz test: a line with no place
        ('[""]\n' + CHAT, '"": unknown key (allowed: chat, customer, variables, messages, '
         'fallback, python, server, callback, availability)'),
        (CHAT + '"" = "x"\n', 'chat."": unknown key (allowed: %s)' % CHAT_KEY_LIST),
        (CHAT + '[messages]\n"" = "x"\n', 'messages."": unknown system message "" (run `chatkit '
         'messages` for all 49)'),
        (CHAT + '[messages.""]\nagent = "x"\n', 'messages."": not a system message or a '
         'language (languages: %s)' % LANGUAGE_LIST),
        (CHAT + '[customer]\n"" = [1]\n', 'customer."": ' + NOT_A_VALUE % "an array"),
    ],
)
def test_load_config_shows_an_empty_key_as_quotes(tmp_path, text, line):
    assert problems(tmp_path, text) == [line]


@pytest.mark.parametrize(
    "table, line",
    [
        ("[fallback]\ntext = 'x'\nafter_second = 3\n",
         "fallback.after_second: unknown key (did you mean after_seconds?)"),
        ("[fallback]\ntext = 'x'\nurl = 'https://example.com'\n",
         "fallback.url: unknown key (allowed: after_seconds, text, link)"),
        ("[python]\nhooks = 'hooks.py'\nasset_base = 'https://cdn.example.com/'\nhook = 'x'\n",
         "python.hook: unknown key (did you mean hooks?)"),
        ("[python]\nhooks = 'hooks.py'\nasset_base = 'https://cdn.example.com/'\nbrython = 1\n",
         "python.brython: unknown key (allowed: hooks, asset_base, runtime)"),
    ],
)
def test_load_config_names_unknown_keys_of_fallback_and_python(tmp_path, table, line):
    (tmp_path / "hooks.py").write_text("")
    assert problems(tmp_path, CHAT + table) == [line]


@pytest.mark.parametrize(
    "text, lines",
    [
        ('chat = "x"\n', ["chat: must be a table, not text ([chat])",  # both problems of one
                          "chat: missing: the [chat] table is required (uuid, tenant, channel, "
                          "domain from the Configuration Manager)"]),  # mistake
        ("customer = 5\n" + CHAT, ["customer: must be a table, not a number ([customer])"]),
        (CHAT + "[[messages]]\n", ["messages: must be a table, not an array ([messages])"]),
    ],
)
def test_load_config_wants_tables_as_tables(tmp_path, text, lines):
    assert problems(tmp_path, text) == lines


# --- [customer] and [variables] ---------------------------------------------------------------

def test_load_config_keeps_customer_info_and_variables(tmp_path):
    config = load(tmp_path, CHAT + '[customer]\n"First name" = "John"\nAge = 25\nPremium = true\n'
                  'Score = 1.5\n"%s" = "%s"\n[variables]\n_options = "DEF"\nn = 9007199254740992\n'
                  % ("k" * 100, "v" * 500))
    assert config.customer == {"First name": "John", "Age": 25, "Premium": True, "Score": 1.5,
                               "k" * 100: "v" * 500}
    assert config.variables == {"_options": "DEF", "n": 2**53}


@pytest.mark.parametrize(
    "entry, line",
    [
        ("Cart = [1, 2]", "customer.Cart: " + NOT_A_VALUE % "an array"),  # an array
        ("Cart = {items = 2}", "customer.Cart: " + NOT_A_VALUE % "a table"),  # an inline table
        ("Born = 1979-05-27", "customer.Born: " + NOT_A_VALUE % "a date/time"),  # a date
        ("At = 07:32:00", "customer.At: " + NOT_A_VALUE % "a date/time"),  # a time
        ('"%s" = 1' % ("k" * 101), "customer.%s: key too long (at most 100 characters, counted "
         "as JavaScript counts them)" % ("k" * 101)),  # one over
        ('"%s" = 1' % ("😀" * 51), "customer.%s: key too long (at most 100 characters, counted "
         "as JavaScript counts them)" % ("😀" * 51)),  # 102 UTF-16 units
        ('Note = "%s"' % ("v" * 501), "customer.Note: value too long (at most 500 characters, "
         "counted as JavaScript counts them)"),  # one over
        ('Note = "%s"' % ("😀" * 251), "customer.Note: value too long (at most 500 characters, "
         "counted as JavaScript counts them)"),  # 502 UTF-16 units
        ("Score = nan", "customer.Score: must be a finite number, not nan"),  # chatkit's rules
        ("Score = -inf", "customer.Score: must be a finite number, not -inf"),
        ("Id = 9007199254740993", "customer.Id: must be a whole number within ±2**53 = "
         "±9007199254740992 (beyond it a JavaScript number loses precision)"),
        ("Id = -9007199254740993", "customer.Id: must be a whole number within ±2**53 = "
         "±9007199254740992 (beyond it a JavaScript number loses precision)"),
    ],
)
def test_load_config_checks_customer_info_by_the_set_info_rules(tmp_path, entry, line):
    assert problems(tmp_path, CHAT + "[customer]\n" + entry + "\n") == [line]


@pytest.mark.parametrize(
    "entry, line",
    [
        ("opts = [1]", "variables.opts: " + NOT_A_VALUE % "an array"),  # an array
        ("opts = {a = 1}", "variables.opts: " + NOT_A_VALUE % "a table"),  # a table
        ("when = 1979-05-27T07:32:00Z", "variables.when: " + NOT_A_VALUE % "a date/time"),
        ("x = nan", "variables.x: must be a finite number, not nan"),  # JSON has no NaN
        ("x = inf", "variables.x: must be a finite number, not inf"),  # nor Infinity
        ("x = 9007199254740993", "variables.x: must be a whole number within ±2**53 = "
         "±9007199254740992 (beyond it a JavaScript number loses precision)"),
    ],
)
def test_load_config_checks_variables(tmp_path, entry, line):
    assert problems(tmp_path, CHAT + "[variables]\n" + entry + "\n") == [line]


# --- [messages] ------------------------------------------------------------------------------

def test_load_config_keeps_messages_and_per_language_tables(tmp_path):
    config = load(tmp_path, CHAT + '[messages]\nchatQueued = "Soon."\n[messages.pt-BR]\n'
                  'chatQueued = "Já."\n[messages.ZH-hant]\nagent = "客服"\n[messages.de]\n')
    assert config.messages == {"chatQueued": "Soon."}
    assert config.messages_by_language == {"pt": {"chatQueued": "Já."}, "zh-TW": {"agent": "客服"},
                                           "de": {}}


@pytest.mark.parametrize(
    "table, lines",
    [
        ('[messages]\nchatQueud = "x"\n',
         ["messages.chatQueud: unknown system message chatQueud (did you mean chatQueued?)"]),
        ('[messages]\nchatQueued = "Hi {{name}}"\n',
         ["messages.chatQueued: unknown placeholder {{name}} (the only placeholder is {{agent}})"]),
        ('[messages]\nchatQueued = "Hi {<name>}"\n',
         ["messages.chatQueued: unknown placeholder {<name>} (the only placeholder is "
          "{{agent}})"]),  # only the reference's own {<agent>} is converted
        ("[messages]\nchatQueued = 5\n", ["messages.chatQueued: must be text, not a number"]),
        ("[messages]\nchatQueued = true\n", ["messages.chatQueued: must be text, not true/false"]),
        ("[messages]\nchatQueued = ['a']\n", ["messages.chatQueued: must be text, not an array"]),
        ('[messages.de]\nchatQueud = "x"\n',
         ["messages.de.chatQueud: unknown system message chatQueud (did you mean chatQueued?)"]),
        ('[messages.pt-BR]\nagent = "{{nome}}"\n',
         ["messages.pt-BR.agent: unknown placeholder {{nome}} "
          "(the only placeholder is {{agent}})"]),  # named as written
        ('[messages.english]\nchatQueued = "x"\n',
         ["messages.english: not a system message or a language (languages: %s)"
          % LANGUAGE_LIST]),
        ('[messages.zh]\nchatQueued = "x"\n',
         ["messages.zh: not a system message or a language (languages: %s)" % LANGUAGE_LIST]),
        ('[messages.pt]\nchatQueued = "a"\n[messages.pt-BR]\nchatQueued = "b"\n',
         ["messages.pt-BR: the same language (pt) as messages.pt: merge the two tables"]),
        ('[messages.nb]\nagent = "a"\n[messages.nn]\nagent = "b"\n',
         ["messages.nn: the same language (no) as messages.nb: merge the two tables"]),
        ('[messages.chatQueued]\ntext = "x"\n',
         ["messages.chatQueued: must be text, not a table"]),  # a message written as a table
    ],
)
def test_load_config_checks_messages(tmp_path, table, lines):
    assert problems(tmp_path, CHAT + table) == lines


DOCUMENTED = ("{<agent>} (as 8x8's documentation prints it) becomes {{agent}}, the placeholder "
              "the chat replaces; write {{agent}} to silence this warning")


def test_load_config_converts_the_references_placeholder_with_a_warning(tmp_path):
    # SPEC 5.3: the reference prints the placeholder {<agent>}; a text copied from it works.
    config = load(tmp_path, CHAT + '[messages]\nchatEstablishedName = "Now with {<agent>}."\n'
                  '[messages.de]\nagentTypingName = "{<agent>} schreibt, {<agent>}!"\n')
    assert config.messages == {"chatEstablishedName": "Now with {{agent}}."}
    assert config.messages_by_language == {"de": {"agentTypingName": "{{agent}} schreibt, "
                                                                     "{{agent}}!"}}
    assert [p.line() for p in config.warnings] == [
        "messages.de.agentTypingName: warning: " + DOCUMENTED,
        "messages.chatEstablishedName: warning: " + DOCUMENTED]


def test_load_config_still_refuses_other_placeholders_beside_a_converted_one(tmp_path):
    assert problems(tmp_path, CHAT + '[messages]\nchatQueued = "{<agent>} {{name}}"\n') == [
        "messages.chatQueued: unknown placeholder {{name}} (the only placeholder is {{agent}})",
        "messages.chatQueued: warning: " + DOCUMENTED]


# --- [fallback] ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "seconds",
    [
        "0.5",  # half a second
        "1",  # an int
        "8",  # the default
        "600",  # the most: ten minutes
        "599.9",  # a float just under
    ],
)
def test_load_config_accepts_fallback_delays(tmp_path, seconds):
    config = load(tmp_path, CHAT + "[fallback]\nafter_seconds = %s\ntext = 'Down.'\n" % seconds)
    assert config.fallback == FallbackSettings(
        after_seconds=tomllib.loads("x = " + seconds)["x"], text="Down.")


def test_load_config_keeps_a_fallback_without_delay_or_link(tmp_path):
    assert load(tmp_path, CHAT + "[fallback]\ntext = 'Down.'\n").fallback == FallbackSettings(
        text="Down.", after_seconds=8, link=None)


@pytest.mark.parametrize(
    "seconds",
    [
        "0",  # at once is not a fallback
        "-1",  # negative
        "600.5",  # over ten minutes
        "601",  # one over
        "nan",  # not a number
        "inf",  # forever
        "true",  # a boolean is not a number here
        "'8'",  # text
    ],
)
def test_load_config_refuses_fallback_delays(tmp_path, seconds):
    assert problems(tmp_path, CHAT + "[fallback]\nafter_seconds = %s\ntext = 'x'\n" % seconds) == [
        "fallback.after_seconds: must be a number of seconds, more than 0 and at most 600"]


@pytest.mark.parametrize(
    "table, lines",
    [
        ("[fallback]\n", ["fallback.text: missing: the text to show"]),  # no text
        ("[fallback]\ntext = '  '\n", ["fallback.text: missing: the text to show"]),  # blank
        ("[fallback]\ntext = 5\n", ["fallback.text: must be text, not a number"]),  # not text
        ("[fallback]\ntext = 'x'\nlink = 'http://example.com'\n",
         ["fallback.link: the fallback link must start with https:, mailto: or tel:"]),
        ("[fallback]\ntext = 'x'\nlink = 'javascript:alert(1)'\n",
         ["fallback.link: the fallback link must start with https:, mailto: or tel:"]),
        ("[fallback]\ntext = 'x'\nlink = 5\n",
         ["fallback.link: the fallback link must be text, not a number"]),
    ],
)
def test_load_config_checks_the_fallback(tmp_path, table, lines):
    assert problems(tmp_path, CHAT + table) == lines


# --- [python] --------------------------------------------------------------------------------

PYTHON = "[python]\nhooks = %r\nasset_base = %r\n"


def test_load_config_finds_hooks_relative_to_the_config(tmp_path, monkeypatch):
    site = tmp_path / "site"
    (site / "py").mkdir(parents=True)
    (site / "py" / "hooks.py").write_text("")
    path = write(site, CHAT + PYTHON % ("py/hooks.py", "https://cdn.example.com/chatkit/"))
    monkeypatch.chdir(tmp_path)  # not the config's folder
    config = load_config(path)
    assert config.python == PythonSettings(hooks=site / "py" / "hooks.py",
                                           asset_base="https://cdn.example.com/chatkit/")
    assert config.hooks_path == site / "py" / "hooks.py"


def test_load_config_warns_about_an_http_asset_base_on_localhost(tmp_path):
    (tmp_path / "hooks.py").write_text("")
    config = load(tmp_path, CHAT + PYTHON % ("hooks.py", "http://localhost:8000/"))
    assert [p.line() for p in config.warnings] == [
        "python.asset_base: warning: the asset base uses http://, fine for local testing only"]


@pytest.mark.parametrize(
    "hooks, base, lines",
    [
        ("other.py", "https://cdn.example.com/",
         ["python.hooks: no such file (relative to the config)"]),  # a file that is not there
        ("py", "https://cdn.example.com/",
         ["python.hooks: no such file (relative to the config)"]),  # a folder
        ("", "https://cdn.example.com/", ["python.hooks: missing: the path of your hooks.py"]),
        ("hooks.py", "https://cdn.example.com",
         ["python.asset_base: must end with /"]),  # a folder URL ends with /
        ("hooks.py", "http://cdn.example.com/",
         ["python.asset_base: the asset base must use https:// (http:// only for localhost)"]),
        ("hooks.py", "/chatkit/",
         ["python.asset_base: the asset base must be an absolute https:// URL, not '/chatkit/'",
          ]),  # relative
        ("hooks.py", "data:text/javascript,x/",
         ["python.asset_base: the asset base must not be a data: URL (https:// only)"]),
    ],
)
def test_load_config_checks_the_python_table(tmp_path, hooks, base, lines):
    (tmp_path / "hooks.py").write_text("")
    (tmp_path / "py").mkdir()
    assert problems(tmp_path, CHAT + PYTHON % (hooks, base)) == lines


@pytest.mark.parametrize(
    "table, lines",
    [
        ("[python]\n", ["python.hooks: missing: the path of your hooks.py",
                        "python.asset_base: missing: the URL where `chatkit build` output "
                        "is hosted"]),  # an empty table
        ("[python]\nhooks = 5\nasset_base = 5\n",
         ["python.hooks: must be text, not a number",
          "python.asset_base: the asset base must be text, not a number"]),
    ],
)
def test_load_config_requires_hooks_and_asset_base(tmp_path, table, lines):
    assert problems(tmp_path, CHAT + table) == lines


# --- every problem at once, and files that cannot be read ------------------------------------

def test_load_config_reports_every_problem_of_a_file_at_once(tmp_path):
    path = write(tmp_path, """\
[chat]
uuid = "u1"
tenat = "ZXhhbXBsZTAx"
channel = 5
domain = "http://localhost:8000"
align = "center"
language = "xx"
stylesheet_url = "javascript:alert(1)"

[customer]
Cart = [1]
Age = 25

[variables]
x = nan

[messages]
chatQueud = "x"

[messages.klingon]
agent = "y"

[fallback]
after_seconds = 0
text = "Down."

[python]
hooks = "missing.py"
asset_base = "https://cdn.example.com"

[theme]
""")
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    source = str(path)
    # Each at its key's line (a missing key at its table's header), as the text above shows.
    assert str(raised.value).splitlines() == [source + ":" + line for line in [
        "31:1: " + THEME_IN_V1,
        "3:1: chat.tenat: unknown key (did you mean tenant?)",
        "1:1: chat.tenant: " + MISSING,
        "4:1: chat.channel: must be text, not a number",
        '6:1: chat.align: must be "left" or "right"',
        "7:1: chat.language: unknown language 'xx' (one of: %s)" % LANGUAGE_LIST,
        "8:1: chat.stylesheet_url: the stylesheet URL must not be a javascript: URL "
        "(https:// only)",
        "11:1: customer.Cart: " + NOT_A_VALUE % "an array",
        "15:1: variables.x: must be a finite number, not nan",
        "20:1: messages.klingon: not a system message or a language (languages: %s)"
        % LANGUAGE_LIST,
        "18:1: messages.chatQueud: unknown system message chatQueud (did you mean chatQueued?)",
        "24:1: fallback.after_seconds: must be a number of seconds, more than 0 and at most 600",
        "28:1: python.hooks: no such file (relative to the config)",
        "29:1: python.asset_base: must end with /",
        "5:1: chat.domain: warning: the domain uses http://: only chatkit's emulator answers there "
        "(chatkit serve, chatkit.testing), never 8x8",
    ]]


def test_config_error_is_a_chatkit_validation_error(tmp_path):
    with pytest.raises(ConfigError) as raised:
        load(tmp_path, "")
    assert isinstance(raised.value, ValidationError)
    assert isinstance(raised.value, ChatkitError)
    assert [p.is_error for p in raised.value.problems] == [True]


def test_load_config_names_a_missing_file(tmp_path):
    path = tmp_path / "nope.toml"
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value) == "%s: no such file" % path


def test_load_config_names_invalid_toml_with_its_line(tmp_path):
    text = CHAT + "align = left\n"
    with pytest.raises(tomllib.TOMLDecodeError) as toml_error:
        tomllib.loads(text)
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value) == "%s: not valid TOML: %s: text goes in quotes: align = \"left\"" % (
        path, toml_error.value)  # tomllib's own words, then what to do
    assert "(at line 6, column 9)" in str(raised.value)


@pytest.mark.parametrize(
    "text",
    [
        "[chat\nuuid = 'x'\n",  # an unclosed table header
        'uuid = "x\n',  # an unclosed string
        "[chat]\nuuid = 'a'\nuuid = 'b'\n",  # a key twice
        "[chat]\n[chat]\n",  # a table twice
        "\ufeff\ufeff" + CHAT,  # a byte-order mark is read as one, a second is text
    ],
)
def test_load_config_turns_every_toml_error_into_one_problem(tmp_path, text):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert len(raised.value.problems) == 1
    assert str(raised.value).startswith("%s: not valid TOML: " % path)


@pytest.mark.parametrize(
    "before, bad, line, column",
    [
        (b'[customer]\nName = "Jos', b"\xe9", 7, 12),  # Latin-1, as an old editor saves it
        (b'[customer]\nName = "J\xc3\xa9r', b"\xf4", 7, 12),  # columns count characters
        (b"", b"\xff\xfe", 6, 1),  # UTF-16's byte-order mark, at a line's start
    ],
)
def test_load_config_names_the_line_and_column_of_text_that_is_not_utf8(
        tmp_path, before, bad, line, column):
    path = tmp_path / "chat.toml"
    path.write_bytes(CHAT.encode("utf-8") + before + bad + b'"\n')
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value) == "%s: not UTF-8 text (at line %d, column %d: byte 0x%02x): save " \
        "the file as UTF-8" % (path, line, column, bad[0])


def test_load_config_reads_a_utf8_byte_order_mark_as_cpython_does(tmp_path):
    # Windows Notepad saves one; it carries nothing (tomllib alone refuses it).
    path = tmp_path / "chat.toml"
    path.write_bytes(b"\xef\xbb\xbf" + CHAT.encode("utf-8"))
    with pytest.raises(tomllib.TOMLDecodeError):
        tomllib.loads(path.read_text(encoding="utf-8"))
    assert load_config(path).chat.uuid == UUID


@pytest.mark.parametrize(
    "value, place",
    [
        # `x = ` takes columns 1-4 of line 5; the 101st opening bracket is refused.
        ("[" * 101 + "]" * 101, "(at line 5, column 105)"),  # arrays
        ("{a = " * 101 + "1" + "}" * 101, "(at line 5, column 505)"),  # inline tables
        ("[" * 400 + "]" * 400, "(at line 5, column 105)"),  # tomllib alone reads 400
        ("{a = " * 350 + "1" + "}" * 350, "(at line 5, column 505)"),  # a RecursionError
    ],
)
def test_load_config_refuses_nesting_deeper_than_100_with_the_place(tmp_path, value, place):
    path = write(tmp_path, CHAT.replace("domain", "x = %s\ndomain" % value))
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value) == "%s: not valid for chatkit: arrays or inline tables nested " \
        "more than 100 deep %s" % (path, place)


def test_load_config_reads_nesting_of_100_and_checks_it_as_a_value(tmp_path):
    text = CHAT + "[customer]\nx = %s\n" % ("[" * 100 + "]" * 100)
    assert problems(tmp_path, text) == ["customer.x: " + NOT_A_VALUE % "an array"]


@pytest.mark.parametrize(
    "text",
    [
        'x = "[[[[["\n',  # brackets in a string are not nesting
        "x = '[[[[['\n",  # nor in a literal string
        'x = """\n[[[[[\n"""\n',  # nor in multi-line strings
        "x = '''\n[[[[['''''\n",  # closed by the last three of five quotes
        'x = "\\"[[[[["\n',  # nor after an escaped quote
        'x = """\\"""[[[[["""\n',  # nor after an escaped quote in a multi-line string
        "# [[[[[\n",  # nor in a comment
    ],
)
def test_load_config_counts_only_the_brackets_toml_nests(tmp_path, text, monkeypatch):
    monkeypatch.setattr("chatkit._toml.MAX_NESTING", 4)
    assert load(tmp_path, CHAT + "[customer]\n" + text).customer == tomllib.loads(text)


def test_load_config_refuses_a_number_cpython_cannot_read(tmp_path):
    path = write(tmp_path, CHAT + "[customer]\nId = %s\n" % ("9" * 5000))
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value) == (
        "%s: not valid for chatkit: a number of more than 4300 digits (at line 7, column 6)"
        % path)


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p.mkdir(), "is a folder: name the chat.toml in it"),  # `check .`
        (lambda p: p.symlink_to(p), "cannot read it: Too many levels of symbolic links"),  # loop
        (lambda p: p.symlink_to(p.parent / "gone.toml"), "no such file"),  # a dangling link
    ],
)
def test_load_config_says_in_one_line_why_it_cannot_read(tmp_path, make, message):
    path = tmp_path / "chat.toml"
    make(path)
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value) == "%s: %s" % (path, message)


def test_load_config_names_an_empty_path_as_the_argument():
    # `chatkit check ""`: Path("") is the current folder, which is not what was meant.
    with pytest.raises(ConfigError) as raised:
        load_config("")
    assert str(raised.value) == "CONFIG: is empty: name the chat.toml to read"


def test_load_config_refuses_a_file_too_big_for_a_config(tmp_path, monkeypatch):
    monkeypatch.setattr("chatkit.config._config.MAX_CONFIG_BYTES", 1024)
    path = write(tmp_path, CHAT + "# " + "x" * 1024 + "\n")
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value) == "%s: too big for a chat config (more than 0 MB)" % path


def test_parse_config_checks_data_already_read(tmp_path):
    config = parse_config(tomllib.loads(CHAT), tmp_path / "any.toml")
    assert config.chat.align == "right"
