"""`check_server_tables`: [server], [callback], [availability] of chat.toml, every problem at
once in chatkit's Problem form, and no token in the file, ever."""

import pytest

from chatkit._toml import read_toml
from chatkit.server import check_server_tables, secrets_from_env
from chatkit.server.settings import CallbackSettings

CHAT = """\
[chat]
uuid = "script_0123456789abcdef01234567.89012345"
tenant = "ZXhhbXBsZTAx"
channel = "Customer Support"
domain = "https://VCC-NA1.8x8.com/"
"""
SERVER = CHAT + """
[server]
url = "https://chat-status.example.com/"
origins = ["https://www.example.com"]
schedule = "Support hours"
queues = [101, 102]
"""


def check(text, **options):
    return check_server_tables(read_toml(text), **options)


def lines(text, **options):
    settings, problems = check(text, **options)
    return [p.line("chat.toml") for p in problems]


def errors(text):
    return [p.line("chat.toml") for p in check(text)[1] if p.is_error]


def test_the_example_config():
    with open("examples/server/chat.toml", encoding="utf-8") as stream:
        settings, problems = check(stream.read())
    assert problems == []
    assert settings.url == "https://chat-status.example.com"
    assert settings.origins == ("https://www.example.com",)
    assert settings.schedule == "Support hours" and settings.queues == (101, 102)
    assert (settings.wait_short, settings.wait_medium, settings.store) == (60, 300, "memory")
    # 8x8-server-apis.txt:15: the API URL follows "the login URL of your Tenant", the cluster.
    assert settings.api_base == "https://vcc-na7.8x8.com"
    assert settings.callback == CallbackSettings(type="when-agent-available",
                                                 countries=("GB", "US"), queue=201,
                                                 expiry_minutes=60)
    assert settings.availability.show_wait is True
    assert settings.availability.closed_text == "We are closed. We open again {next_opening}."


def test_defaults_and_the_domain_normalised():
    settings, problems = check(SERVER)
    assert problems == []
    assert settings.api_base == "https://vcc-na1.8x8.com"
    assert settings.url == "https://chat-status.example.com"
    assert (settings.wait_short, settings.wait_medium) == (60, 300)
    assert settings.callback is None


def test_no_server_table_is_no_settings():
    assert check(CHAT) == (None, [])


def test_callback_and_availability_need_server():
    assert errors(CHAT + '[availability]\nshow_wait = true\n[callback]\ntype = "now"\n') == [
        "chat.toml: callback: [callback] needs a [server] table (the server companion answers "
        "the page)",
        "chat.toml: availability: [availability] needs a [server] table (the server companion "
        "answers the page)"]


@pytest.mark.parametrize("place", ['[customer]\nNote = "%s"\n', '[server]\nurl = "%s"\n',
                                   '[variables]\n"%s" = "x"\n'])
def test_a_token_anywhere_is_an_error_and_is_never_repeated(place):
    token = "fb65d0515b9631c6db72e7e66fe6df49"  # 8x8-server-apis.txt:489, a token's shape
    text = CHAT + place % token
    settings, problems = check(text)
    found = [p for p in problems if "looks like an 8x8 API token" in p.message]
    assert len(found) == 1 and found[0].is_error
    assert found[0].value is None
    assert token not in found[0].line("chat.toml")
    assert "CHATKIT_8X8_DATA_TOKEN" in found[0].message
    assert settings is None


def test_the_environment_tokens_are_looked_for_too():
    text = SERVER + '\n[customer]\nNote = "my token is abc123secret"\n'
    assert not any("token" in line for line in lines(text))
    found = lines(text, secrets=["abc123secret"])
    assert found == ["chat.toml: customer.Note: looks like an 8x8 API token: tokens never go in "
                     "chat.toml (marketers commit it); the server reads them from the "
                     "environment (CHATKIT_8X8_TENANT_NAME, CHATKIT_8X8_DATA_TOKEN and "
                     "CHATKIT_8X8_ACTION_TOKEN). Remove it, and make a new token in "
                     "Configuration Manager → Integration → API Token if this file was shared"]


@pytest.mark.parametrize("key", ["data_token", "action_token", "password", "api_key"])
def test_secret_keys_are_refused_with_where_they_belong(key):
    found = errors(SERVER + '%s = "x"\n' % key)
    assert found == ["chat.toml: server.%s: secrets never go in chat.toml: the server reads "
                     "them from the environment (CHATKIT_8X8_TENANT_NAME, CHATKIT_8X8_DATA_TOKEN "
                     "and CHATKIT_8X8_ACTION_TOKEN)" % key]


def test_a_store_password_is_a_secret():
    found = errors(SERVER + 'store = "redis://:hunter2@cache.example.com:6379/0"\n')
    assert len(found) == 1 and "hunter2" not in found[0]
    assert "CHATKIT_SERVER_STORE" in found[0]
    settings, _ = check(SERVER + 'store = "redis://cache.example.com:6379/0"\n')
    assert settings.store == "redis://cache.example.com:6379/0"
    assert errors(SERVER + 'store = "memcached://x"\n') == [
        'chat.toml: server.store: must be "memory" or a Redis URL (redis:// or rediss://, like '
        '"redis://127.0.0.1:6379/0")']


def test_every_server_problem_at_once():
    text = CHAT + """
[server]
url = "http://chat-status.example.com"
origins = ["*", "https://www.example.com/shop", "https://www.example.com", 7]
schedule = true
queues = [0, "101"]
wait = { short = 300, medium = 60, long = 900 }
origin = "x"
"""
    assert errors(text) == [
        "chat.toml: server.origin: unknown key (did you mean origins?)",
        "chat.toml: server.url: the server's URL must use https:// (http:// only for localhost)",
        "chat.toml: server.origins[0]: must be an exact origin like https://www.example.com (no "
        "wildcard: only the pages named may ask this server)",
        "chat.toml: server.origins[1]: must be an origin like https://www.example.com: no path, "
        "query or fragment (browsers send the origin alone)",
        "chat.toml: server.origins[3]: the origin must be text, not a number",
        "chat.toml: server.schedule: must be the schedule's name (text) or id (a whole number), "
        "not true/false",
        "chat.toml: server.queues[0]: must be a queue id: a whole number above 0 (Configuration "
        "Manager → Queues), not a number",
        "chat.toml: server.queues[1]: must be a queue id: a whole number above 0 (Configuration "
        "Manager → Queues), not text",
        "chat.toml: server.wait.long: unknown key (allowed: short, medium)",
        'chat.toml: server.wait.short: must be less than wait.medium (60): a 30-minute average '
        'wait below short is "short", below medium "medium", else "long"',
    ]


def test_missing_server_keys():
    assert errors(CHAT + "[server]\n") == [
        "chat.toml: server.url: missing: required (where the page reaches this server, like "
        "https://chat-status.example.com)",
        'chat.toml: server.origins: missing: required (the exact origins of the pages allowed '
        'to ask this server, like ["https://www.example.com"])',
        "chat.toml: server.schedule: missing: required (the Tenant Schedule's name (text) or id "
        "(a number), from Configuration Manager → Schedules)",
        "chat.toml: server.queues: missing: required (the ids of the queues whose agents and "
        "waiting interactions /v1/status reports, like [101, 102])",
    ]


def test_warnings_normalise_what_is_safe():
    text = SERVER.replace('origins = ["https://www.example.com"]',
                          'origins = ["https://WWW.example.com:443/", "http://localhost:8000",'
                          ' "https://www.example.com"]').replace("[101, 102]", "[101, 101]")
    settings, problems = check(text)
    assert settings.origins == ("https://www.example.com", "http://localhost:8000")
    assert settings.queues == (101,)
    assert [p.line("chat.toml") for p in problems] == [
        "chat.toml: server.origins[0]: warning: browsers send this origin as "
        "https://www.example.com: chatkit compares that",
        "chat.toml: server.origins[1]: warning: the origin uses http://, fine for local testing "
        "only",
        "chat.toml: server.origins[2]: warning: https://www.example.com is listed twice",
        "chat.toml: server.queues[1]: warning: queue 101 is listed twice",
    ]


def test_callback_problems():
    text = SERVER + """
[callback]
type = "when-agent-availble"
expiry_minutes = 0
countries = ["UK", "gb", "XX"]
"""
    assert errors(text) == [
        'chat.toml: callback.type: must be "when-agent-available" or "now" (did you mean '
        'when-agent-available?)',
        "chat.toml: callback.expiry_minutes: must be a whole number of minutes from 1 to 10080, "
        "not a number",
        'chat.toml: callback.countries[0]: the United Kingdom\'s code is "GB" (ISO 3166), not '
        '"UK"',
        'chat.toml: callback.countries[1]: country codes are written in capitals: "GB"',
        'chat.toml: callback.countries[2]: must be a two-letter ISO 3166 country code with '
        'phone numbers, like "GB" or "US", not text',
    ]


@pytest.mark.parametrize("table, expected", [
    ('type = "when-agent-available"\ncountries = ["GB"]',
     'chat.toml: callback.queue: missing: required (type = "when-agent-available" places the '
     'request in an outbound phone queue (its id))'),
    ('type = "now"\ncountries = ["GB"]',
     'chat.toml: callback.channel_number: missing: required (type = "now" needs the channel '
     'whose IVR script runs when the visitor answers)'),
    ('type = "now"\nchannel_number = 18005550100\ncountries = ["GB"]',
     'chat.toml: callback.channel_number: must be the channel\'s number as digits in quotes, '
     'like "18005550100" (at most 20 digits), not a number'),
    ('type = "now"\nchannel_number = "1800"\n',
     'chat.toml: callback.countries: missing: required (the countries whose phone numbers are '
     'accepted, as ISO 3166 codes like ["GB", "US"])'),
])
def test_what_each_callback_type_needs(table, expected):
    assert errors(SERVER + "[callback]\n" + table + "\n") == [expected]


def test_the_now_type():
    settings, problems = check(SERVER + '[callback]\ntype = "now"\nchannel_number = '
                                        '"18005550100"\ncountries = ["US"]\nqueue = 201\n')
    assert settings.callback == CallbackSettings(type="now", countries=("US",),
                                                 channel_number="18005550100")
    assert [p.line() for p in problems] == [
        'callback.queue: warning: type = "now" calls through channel_number, not a queue: '
        'queue is not used']


def test_availability_problems():
    text = SERVER + '[availability]\nshow_wait = "yes"\nclosed_text = "Back {next_open} {"\n'
    assert errors(text) == [
        "chat.toml: availability.show_wait: must be true/false, not text",
        "chat.toml: availability.closed_text: {next_open} is not a field it can show (allowed: "
        "{next_opening})",
        "chat.toml: availability.closed_text: has a { or } that opens or closes no field "
        "(allowed: {next_opening})",
    ]


def test_secrets_come_from_the_environment():
    secrets, problems = secrets_from_env({})
    assert secrets is None
    assert [p.line() for p in problems] == [
        "CHATKIT_8X8_TENANT_NAME: is not set: the server needs the tenant name 8x8 gave you "
        "(the API's user name) in the environment (never in chat.toml)",
        "CHATKIT_8X8_DATA_TOKEN: is not set: the server needs Configuration Manager → "
        "Integration → API Token → Data Request Token in the environment (never in chat.toml)"]
    secrets, problems = secrets_from_env({"CHATKIT_8X8_TENANT_NAME": "Acme",
                                          "CHATKIT_8X8_DATA_TOKEN": "d" * 32})
    assert problems == [] and secrets.action_token is None
    assert "d" * 32 not in repr(secrets)
