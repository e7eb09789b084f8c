"""The chat.toml config (SPEC 2): every key, its default, its rules, every problem at once."""

import tomllib
from pathlib import Path

import pytest

from chatkit.config import Config, load_config, parse_config
from chatkit.errors import ChatkitError, ConfigError, Problem, ValidationError

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
CHAT_KEY_LIST = ("uuid, tenant, channel, domain, channel_uuid, path, button_container_id, align, "
                 "language, stylesheet_url")
MISSING = "missing: required, copy it from the Configuration Manager snippet"
NOT_A_VALUE = "must be text, a number or true/false, not %s"


def write(folder, text, name="chat.toml"):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


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
        return '"%s"' % value.replace("\\", "\\\\").replace('"', '\\"')
    return str(value).lower() if isinstance(value, bool) else str(value)


# --- what a valid config gives ---------------------------------------------------------------

def test_load_config_fills_the_defaults(tmp_path):
    config = load(tmp_path, CHAT)
    assert isinstance(config, Config)
    assert config.chat == {
        "uuid": UUID,
        "tenant": "ZXhhbXBsZTAx",
        "channel": "Customer Support",
        "domain": "https://vcc-na7.8x8.com",
        "path": "/.",
        "button_container_id": "__8x8-chat-button-container-" + UUID,
        "align": "right",
    }
    assert (config.customer, config.variables, config.messages, config.messages_by_language) == (
        {}, {}, {}, {})
    assert (config.fallback, config.python, config.hooks_path, config.warnings) == (
        None, None, None, [])
    assert config.path == tmp_path / "chat.toml"


def test_load_config_keeps_every_chat_key_given(tmp_path):
    chat = {
        "uuid": UUID, "tenant": "ZXhhbXBsZTAx", "channel": "Customer Support",
        "domain": "https://vcc-na7.8x8.com", "channel_uuid": "Ab3ULjXFQx-unSA6ebdW8A",
        "path": "/chat", "button_container_id": "my-chat", "align": "left", "language": "de",
        "stylesheet_url": "https://cdn.example.com/chat.css",
    }
    assert load(tmp_path, chat_with(**chat)).chat == chat


def test_load_config_reads_the_full_example():
    config = load_config(EXAMPLES / "full.toml")
    assert config.chat["language"] == "pt"  # written "pt-BR"
    assert config.chat["align"] == "left"
    assert config.customer == {"Plan": "Premium", "Age": 25, "Newsletter": True,
                               "Cart total": 129.95}
    assert config.variables == {"_options": "DEF"}
    assert config.messages == {"chatQueued": "We'll be right with you.",
                               "chatEstablishedName": "You are now chatting with {{agent}}."}
    assert set(config.messages_by_language) == {"pt", "de"}
    assert config.fallback == {"after_seconds": 8, "text": "Chat is unavailable right now.",
                               "link": "mailto:support@example.com"}
    assert config.warnings == []


@pytest.mark.parametrize("name", ["minimal.toml", "full.toml", "imported.toml"])
def test_load_config_accepts_every_example(name):
    assert load_config(EXAMPLES / name).warnings == []


def test_load_config_accepts_a_path_as_text(tmp_path):
    assert load_config(str(write(tmp_path, CHAT))).chat["uuid"] == UUID


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
    "key, value",
    [
        ("uuid", 5),  # a number
        ("tenant", "true"),  # a boolean
        ("channel", "['Support']"),  # an array
        ("domain", "{url = 'https://vcc-na7.8x8.com'}"),  # an inline table
        ("channel_uuid", 1.5),  # optional keys too
        ("path", "1979-05-27"),  # a date
        ("button_container_id", 7),
        ("align", "false"),
        ("language", 1),
        ("stylesheet_url", "[]"),
    ],
)
def test_load_config_wants_chat_values_as_text(tmp_path, key, value):
    text = chat_with(**{key: None}) + "%s = %s\n" % (key, value)
    assert problems(tmp_path, text) == ["chat.%s: must be text" % key]


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
        ({"language": "english"}, ["chat.language: unknown language 'english' (one of: %s)"
                                   % LANGUAGE_LIST]),  # a name, not a code
        ({"language": "zh"}, ["chat.language: unknown language 'zh' (one of: %s)"
                              % LANGUAGE_LIST]),  # Chinese needs a script or region
        ({"domain": "http://vcc-na7.8x8.com"},
         ["chat.domain: the domain must use https:// (http:// only for localhost)"]),
        ({"domain": "https://vcc-na7.8x8.com/CHAT"},
         ["chat.domain: the domain must be an origin like https://vcc-na7.8x8.com "
          "(no path, query or fragment)"]),
        ({"stylesheet_url": "javascript:alert(1)"},
         ["chat.stylesheet_url: the stylesheet URL must not be a javascript: URL (https:// only)"]),
        ({"stylesheet_url": "chat.css"},
         ["chat.stylesheet_url: the stylesheet URL must be an absolute https:// URL, "
          "not 'chat.css'"]),
        ({"uuid": "script_1 2"},  # white space in the uuid, which makes the default HTML id
         ["chat.uuid: must not contain spaces or line breaks: it makes the button "
          "container's HTML id"]),
        ({"button_container_id": "chat\tbutton"},  # a tab: HTML ids hold no white space
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
    assert load(tmp_path, chat_with(language=tag)).chat["language"] == code


@pytest.mark.parametrize(
    "values, key",
    [
        ({"domain": "http://localhost:8000"}, "chat.domain"),  # the emulator on this machine
        ({"domain": "http://127.0.0.1:8000"}, "chat.domain"),  # chatkit.testing.serve
        ({"stylesheet_url": "http://localhost:8000/chat.css"}, "chat.stylesheet_url"),
    ],
)
def test_load_config_warns_about_http_on_localhost(tmp_path, values, key):
    config = load(tmp_path, chat_with(**values))
    what = "the domain" if key == "chat.domain" else "the stylesheet URL"
    assert config.warnings == [Problem(key, values[key.split(".")[1]],
                                       "%s uses http://, fine for local testing only" % what,
                                       "warning")]
    assert config.warnings[0].line("chat.toml") == (
        "chat.toml: %s: warning: %s uses http://, fine for local testing only" % (key, what))


def test_load_config_keeps_a_trailing_slash_domain(tmp_path):
    assert load(tmp_path, chat_with(domain="https://vcc-na7.8x8.com/")).chat["domain"] == (
        "https://vcc-na7.8x8.com/")


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
        ("[theme]\n", "theme: unknown key (allowed: chat, customer, variables, messages, "
         "fallback, python)"),  # nothing close
        ("debug = true\n", "debug: unknown key (allowed: chat, customer, variables, messages, "
         "fallback, python)"),  # a top-level value
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
    "table, line",
    [
        ("[fallback]\ntext = 'x'\nafter_second = 3\n",
         "fallback.after_second: unknown key (did you mean after_seconds?)"),
        ("[fallback]\ntext = 'x'\nurl = 'https://example.com'\n",
         "fallback.url: unknown key (allowed: after_seconds, text, link)"),
        ("[python]\nhooks = 'hooks.py'\nasset_base = 'https://cdn.example.com/'\nhook = 'x'\n",
         "python.hook: unknown key (did you mean hooks?)"),
        ("[python]\nhooks = 'hooks.py'\nasset_base = 'https://cdn.example.com/'\nbrython = 1\n",
         "python.brython: unknown key (allowed: hooks, asset_base)"),
    ],
)
def test_load_config_names_unknown_keys_of_fallback_and_python(tmp_path, table, line):
    (tmp_path / "hooks.py").write_text("")
    assert problems(tmp_path, CHAT + table) == [line]


@pytest.mark.parametrize(
    "text, lines",
    [
        ('chat = "x"\n', ["chat: must be a table ([chat])",  # both problems of one mistake
                          "chat: missing: the [chat] table is required (uuid, tenant, channel, "
                          "domain from the Configuration Manager)"]),
        ("customer = 5\n" + CHAT, ["customer: must be a table ([customer])"]),  # a value
        (CHAT + "[[messages]]\n", ["messages: must be a table ([messages])"]),  # an array
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
        ('[messages]\nchatEstablishedName = "Now with {<agent>}."\n',
         ["messages.chatEstablishedName: unknown placeholder {<agent>} "
          "(the only placeholder is {{agent}})"]),  # copied from the reference
        ("[messages]\nchatQueued = 5\n", ["messages.chatQueued: must be text, not int"]),
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
         ["messages.chatQueued: must be text, not dict"]),  # a message written as a table
    ],
)
def test_load_config_checks_messages(tmp_path, table, lines):
    assert problems(tmp_path, CHAT + table) == lines


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
    assert config.fallback == {"after_seconds": tomllib.loads("x = " + seconds)["x"],
                               "text": "Down."}


def test_load_config_keeps_a_fallback_without_delay_or_link(tmp_path):
    assert load(tmp_path, CHAT + "[fallback]\ntext = 'Down.'\n").fallback == {"text": "Down."}


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
        ("[fallback]\ntext = 5\n", ["fallback.text: must be text"]),  # not text
        ("[fallback]\ntext = 'x'\nlink = 'http://example.com'\n",
         ["fallback.link: the fallback link must start with https:, mailto: or tel:"]),
        ("[fallback]\ntext = 'x'\nlink = 'javascript:alert(1)'\n",
         ["fallback.link: the fallback link must start with https:, mailto: or tel:"]),
        ("[fallback]\ntext = 'x'\nlink = 5\n", ["fallback.link: the fallback link must be text"]),
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
    assert config.python == {"hooks": "py/hooks.py",
                             "asset_base": "https://cdn.example.com/chatkit/"}
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
         ["python.hooks: must be text", "python.asset_base: the asset base must be text"]),
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
    assert str(raised.value).splitlines() == [source + ": " + line for line in [
        "theme: unknown key (allowed: chat, customer, variables, messages, fallback, python)",
        "chat.tenat: unknown key (did you mean tenant?)",
        "chat.tenant: " + MISSING,
        "chat.channel: must be text",
        'chat.align: must be "left" or "right"',
        "chat.language: unknown language 'xx' (one of: %s)" % LANGUAGE_LIST,
        "chat.stylesheet_url: the stylesheet URL must not be a javascript: URL (https:// only)",
        "customer.Cart: " + NOT_A_VALUE % "an array",
        "variables.x: must be a finite number, not nan",
        "messages.klingon: not a system message or a language (languages: %s)" % LANGUAGE_LIST,
        "messages.chatQueud: unknown system message chatQueud (did you mean chatQueued?)",
        "fallback.after_seconds: must be a number of seconds, more than 0 and at most 600",
        "python.hooks: no such file (relative to the config)",
        "python.asset_base: must end with /",
        "chat.domain: warning: the domain uses http://, fine for local testing only",
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
    assert str(raised.value) == "%s: not valid TOML: %s" % (path, toml_error.value)
    assert "(at line 6, column 9)" in str(raised.value)


@pytest.mark.parametrize(
    "text",
    [
        "[chat\nuuid = 'x'\n",  # an unclosed table header
        'uuid = "x\n',  # an unclosed string
        "[chat]\nuuid = 'a'\nuuid = 'b'\n",  # a key twice
        "[chat]\n[chat]\n",  # a table twice
        "\ufeff" + CHAT,  # a byte-order mark
    ],
)
def test_load_config_turns_every_toml_error_into_one_problem(tmp_path, text):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert len(raised.value.problems) == 1
    assert str(raised.value).startswith("%s: not valid TOML: " % path)


def test_load_config_names_a_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "chat.toml"
    before = CHAT.encode("utf-8") + b'[customer]\nName = "Jos'
    path.write_bytes(before + b'\xe9"\n')  # Latin-1, as an old editor saves it
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value) == (
        "%s: cannot read it: 'utf-8' codec can't decode byte 0xe9 in position %d: "
        "invalid continuation byte" % (path, len(before)))


def test_load_config_names_a_folder_given_as_config(tmp_path):
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path)
    assert str(raised.value) == "%s: cannot read it: [Errno 21] Is a directory: %r" % (
        tmp_path, str(tmp_path))


def test_parse_config_checks_data_already_read(tmp_path):
    config = parse_config(tomllib.loads(CHAT), tmp_path / "any.toml")
    assert config.chat["align"] == "right"
