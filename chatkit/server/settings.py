"""The server's settings: `[server]`, `[callback]` and `[availability]` of chat.toml, and its
secrets, which come only from the environment (SPEC 10).

`check_server_tables(data)` reads the raw TOML document (every table, as `tomllib` gives it)
and returns `(ServerSettings or None, problems)`, every problem at once in chatkit's
`Problem` form (dotted key, message with the limit or the allowed values). It also looks at
every value of the file for an 8x8 token: a marketer commits chat.toml, so a token found there
is an error whichever table holds it. The 8x8 API host follows `[chat] domain`: 8x8 tells
each tenant to use "the login URL of your Tenant" (8x8-server-apis.txt:15, :271), the same
cluster origin as the chat's.

Stdlib only (phonenumbers when installed, for the country codes), so `chatkit check` checks
these tables without the `[server]` extra.
"""

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from chatkit._wording import closest, describe_hidden, hidden_characters, kind_of, must_be
from chatkit.config.urls import check_web_url, domain_origin, parse_url
from chatkit.errors import Problem

__all__ = ["AVAILABILITY_KEYS", "AvailabilitySettings", "CALLBACK_KEYS", "CALLBACK_TYPES",
           "CLOSED_TEXT_FIELDS", "CallbackSettings", "DEFAULT_CLOSED_TEXT", "DEFAULT_WAIT",
           "ENV_ACTION_TOKEN", "ENV_DATA_TOKEN", "ENV_STORE", "ENV_TENANT", "MAX_CHANNEL_DIGITS",
           "MAX_CLOSED_TEXT", "MAX_EXPIRY_MINUTES", "MAX_ORIGINS", "MAX_QUEUES",
           "MAX_SCHEDULE_NAME", "MAX_WAIT_SECONDS", "SERVER_KEYS", "SERVER_TABLES", "Secrets",
           "ServerSettings", "WAIT_KEYS", "check_server_tables", "secrets_from_env"]

ENV_TENANT = "CHATKIT_8X8_TENANT_NAME"
ENV_DATA_TOKEN = "CHATKIT_8X8_DATA_TOKEN"
ENV_ACTION_TOKEN = "CHATKIT_8X8_ACTION_TOKEN"
# A Redis URL may carry a password: it may come from the environment instead of chat.toml.
ENV_STORE = "CHATKIT_SERVER_STORE"

SERVER_TABLES = ("server", "callback", "availability")
SERVER_KEYS = ("url", "origins", "schedule", "queues", "wait", "store")
CALLBACK_KEYS = ("type", "queue", "channel_number", "expiry_minutes", "countries")
AVAILABILITY_KEYS = ("show_wait", "closed_text")
WAIT_KEYS = ("short", "medium")
CALLBACK_TYPES = ("when-agent-available", "now")
DEFAULT_WAIT = {"short": 60, "medium": 300}
DEFAULT_CLOSED_TEXT = "We are closed. We open again {next_opening}."
CLOSED_TEXT_FIELDS = ("next_opening",)

MAX_ORIGINS = 50
MAX_QUEUES = 20
MAX_WAIT_SECONDS = 86400
MAX_EXPIRY_MINUTES = 10080  # a week; 8x8 loses pending callbacks on a platform restart anyway
MAX_SCHEDULE_NAME = 100
MAX_CLOSED_TEXT = 300
MAX_CHANNEL_DIGITS = 20
# 8x8's tokens are long hexadecimal strings (32 and 64 characters in 8x8's examples and
# tenants' leaks); no chat.toml value of chatkit's is one.
_TOKEN_LOOKING = re.compile(r"[0-9A-Fa-f]{32,}")
_SECRET_KEY_WORDS = ("token", "password", "secret", "api_key", "apikey")
_ENV_HINT = "%s, %s and %s" % (ENV_TENANT, ENV_DATA_TOKEN, ENV_ACTION_TOKEN)


@dataclass(frozen=True)
class CallbackSettings:
    """`[callback]`: 8x8's callback type 2 ("when-agent-available", with a queue) or 1 ("now",
    with a channel), the expiry of a pending request, and the countries phones may be from."""

    type: str
    countries: tuple[str, ...]
    queue: int | None = None
    channel_number: str | None = None
    expiry_minutes: int | None = None

    @property
    def waits_for_agent(self) -> bool:
        return self.type == "when-agent-available"


@dataclass(frozen=True)
class AvailabilitySettings:
    """`[availability]`: what the page shows by the chat button (phase 2 uses it)."""

    show_wait: bool = True
    closed_text: str = DEFAULT_CLOSED_TEXT


@dataclass(frozen=True)
class ServerSettings:
    """The checked public settings of the server companion, defaults filled in."""

    url: str
    origins: tuple[str, ...]
    schedule: int | str
    queues: tuple[int, ...]
    api_base: str
    wait_short: int = DEFAULT_WAIT["short"]
    wait_medium: int = DEFAULT_WAIT["medium"]
    store: str = "memory"
    callback: CallbackSettings | None = None
    availability: AvailabilitySettings = field(default_factory=AvailabilitySettings)


class Secrets:
    """The tenant name and 8x8's tokens, from the environment; never printed."""

    __slots__ = ("tenant", "data_token", "action_token")

    def __init__(self, tenant: str, data_token: str, action_token: str | None = None):
        self.tenant = tenant
        self.data_token = data_token
        self.action_token = action_token or None

    def __repr__(self):
        return "Secrets(tenant=<set>, data_token=<set>, action_token=%s)" % (
            "<set>" if self.action_token else None)

    def values(self) -> list[str]:
        """The secret values, for the checks that they appear nowhere."""
        return [v for v in (self.data_token, self.action_token) if v]


def secrets_from_env(environ: Mapping[str, str] | None = None) -> tuple[Secrets | None,
                                                                          list[Problem]]:
    """(the secrets, problems): the tenant name and the data token are required; without the
    action token the callback endpoint is off."""
    env = os.environ if environ is None else environ
    problems = []
    for name, what in ((ENV_TENANT, "the tenant name 8x8 gave you (the API's user name)"),
                       (ENV_DATA_TOKEN, "Configuration Manager → Integration → API Token → "
                                        "Data Request Token")):
        if not env.get(name, "").strip():
            problems.append(Problem(name, None, "is not set: the server needs %s in the "
                                    "environment (never in chat.toml)" % what))
    if problems:
        return None, problems
    return Secrets(env[ENV_TENANT].strip(), env[ENV_DATA_TOKEN].strip(),
                   env.get(ENV_ACTION_TOKEN, "").strip() or None), []


def check_server_tables(data: Mapping[str, Any], *, secrets: Iterable[str] = ()) -> tuple[
        ServerSettings | None, list[Problem]]:
    """Check `[server]`, `[callback]`, `[availability]` of a chat.toml read by `tomllib`.

    Returns (the settings, or None when the file has no `[server]` or has errors; every
    problem, errors and warnings). `secrets` are values that must appear nowhere in the file
    (the tokens in the environment, when known); any value that looks like an 8x8 token is an
    error too, in any table.

    >>> check_server_tables({"chat": {"domain": "https://vcc-na1.8x8.com"}})
    (None, [])
    """
    problems = _token_problems(data, [s for s in secrets if s])
    server = data.get("server")
    for name in ("callback", "availability"):
        if name in data and server is None:
            problems.append(Problem(name, None, "[%s] needs a [server] table (the server "
                                    "companion answers the page)" % name))
    if server is None:
        return None, problems
    tables = {}
    for name in SERVER_TABLES:
        if name in data and not isinstance(data[name], dict):
            problems.append(Problem(name, data[name], "%s ([%s])" % (must_be("a table",
                                                                              data[name]), name)))
        else:
            tables[name] = data.get(name)
    checked = _Checked(problems)
    settings = checked.server(tables.get("server"), data.get("chat"),
                              tables.get("callback"), tables.get("availability"))
    if any(p.is_error for p in problems):
        return None, problems
    return settings, problems


class _Checked:
    """The tables' checks, sharing the list of problems they append to."""

    def __init__(self, problems):
        self.problems = problems

    def add(self, key, value, message, severity="error"):
        self.problems.append(Problem(key, value, message, severity))

    # --- [server] -------------------------------------------------------------------------

    def server(self, table, chat, callback, availability):
        if table is None:
            return None
        self.unknown(table, SERVER_KEYS, "server.")
        url = self.url(table.get("url"))
        origins = self.origins(table.get("origins"))
        schedule = self.schedule(table.get("schedule"))
        queues = self.queues(table.get("queues"))
        wait = self.wait(table.get("wait", DEFAULT_WAIT))
        store = self.store(table.get("store", "memory"))
        api_base = self.api_base(chat)
        callback_settings = self.callback(callback) if callback is not None else None
        shown = self.availability(availability) if availability is not None else None
        if None in (url, origins, schedule, queues, wait, store, api_base):
            return None
        return ServerSettings(url=url, origins=origins, schedule=schedule, queues=queues,
                              api_base=api_base, wait_short=wait["short"],
                              wait_medium=wait["medium"], store=store,
                              callback=callback_settings,
                              availability=shown or AvailabilitySettings())

    def url(self, value):
        key = "server.url"
        if value is None:
            return self.missing(key, "where the page reaches this server, like "
                                     "https://chat-status.example.com")
        problems = check_web_url(value, key, "the server's URL")
        self.problems.extend(problems)
        if any(p.is_error for p in problems):
            return None
        parsed = parse_url(value)
        assert parsed is not None  # check_web_url found no error: it is a URL
        if "?" in parsed.rest or "#" in parsed.rest:
            self.add(key, value, "the server's URL must not have a query or fragment (a path "
                                 "is fine: the page asks PATH/v1/status)")
            return None
        return _origin(parsed) + parsed.rest.rstrip("/")

    def origins(self, value):
        key = "server.origins"
        if value is None:
            return self.missing(key, "the exact origins of the pages allowed to ask this "
                                     "server, like [\"https://www.example.com\"]")
        if not isinstance(value, list) or not value:
            self.add(key, value, "must be a non-empty array of origins like "
                                 "[\"https://www.example.com\"], not %s" % _kind(value))
            return None
        if len(value) > MAX_ORIGINS:
            self.add(key, value, "too many origins: %d (at most %d)" % (len(value), MAX_ORIGINS))
            return None
        origins, good = [], True
        for index, item in enumerate(value):
            origin = self.origin(item, "%s[%d]" % (key, index))
            if origin is None:
                good = False
            elif origin in origins:
                self.add("%s[%d]" % (key, index), item, "%s is listed twice" % origin, "warning")
            else:
                origins.append(origin)
        return tuple(origins) if good else None

    def origin(self, value, key):
        if value == "*" or (isinstance(value, str) and "*" in value):
            self.add(key, value, "must be an exact origin like https://www.example.com (no "
                                 "wildcard: only the pages named may ask this server)")
            return None
        problems = check_web_url(value, key, "the origin")
        if any(p.is_error for p in problems):
            self.problems.extend(problems)
            return None
        parsed = parse_url(value)
        assert parsed is not None  # check_web_url found no error: it is a URL
        if parsed.rest not in ("", "/"):
            self.add(key, value, "must be an origin like https://www.example.com: no path, "
                                 "query or fragment (browsers send the origin alone)")
            return None
        self.problems.extend(problems)
        origin = _origin(parsed)
        if origin != value:
            self.add(key, value, "browsers send this origin as %s: chatkit compares that"
                     % origin, "warning")
        return origin

    def schedule(self, value):
        key = "server.schedule"
        if value is None:
            return self.missing(key, "the Tenant Schedule's name (text) or id (a number), "
                                     "from Configuration Manager → Schedules")
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            self.add(key, value, "must be the schedule's name (text) or id (a whole number), "
                                 "not %s" % _kind(value))
            return None
        if isinstance(value, int):
            if value < 0:
                self.add(key, value, "a schedule id is a whole number of 0 or more, not %d"
                         % value)
                return None
            return value
        return self.text(key, value, MAX_SCHEDULE_NAME, "a schedule name")

    def queues(self, value):
        key = "server.queues"
        if value is None:
            return self.missing(key, "the ids of the queues whose agents and waiting "
                                     "interactions /v1/status reports, like [101, 102]")
        if not isinstance(value, list) or not value:
            self.add(key, value, "must be a non-empty array of queue ids like [101, 102], "
                                 "not %s" % _kind(value))
            return None
        if len(value) > MAX_QUEUES:
            self.add(key, value, "too many queues: %d (at most %d)" % (len(value), MAX_QUEUES))
            return None
        queues, good = [], True
        for index, item in enumerate(value):
            queue = self.queue_id("%s[%d]" % (key, index), item)
            if queue is None:
                good = False
            elif queue in queues:
                self.add("%s[%d]" % (key, index), item, "queue %d is listed twice" % queue,
                         "warning")
            else:
                queues.append(queue)
        return tuple(queues) if good else None

    def queue_id(self, key, value):
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            self.add(key, value, "must be a queue id: a whole number above 0 (Configuration "
                                 "Manager → Queues), not %s" % _kind(value))
            return None
        return value

    def wait(self, value):
        key = "server.wait"
        if not isinstance(value, dict):
            self.add(key, value, "must be a table like { short = 60, medium = 300 }, not %s"
                     % _kind(value))
            return None
        self.unknown(value, WAIT_KEYS, key + ".")
        wait = {}
        for name in WAIT_KEYS:
            item = value.get(name, DEFAULT_WAIT[name])
            if isinstance(item, bool) or not isinstance(item, int) or not (
                    0 < item <= MAX_WAIT_SECONDS):
                self.add("%s.%s" % (key, name), item, "must be a whole number of seconds from "
                         "1 to %d, not %s" % (MAX_WAIT_SECONDS, _kind(item)))
            else:
                wait[name] = item
        if len(wait) < len(WAIT_KEYS):
            return None
        if wait["short"] >= wait["medium"]:
            self.add(key + ".short", wait["short"], "must be less than wait.medium (%d): a "
                     "30-minute average wait below short is \"short\", below medium "
                     "\"medium\", else \"long\"" % wait["medium"])
            return None
        return wait

    def store(self, value):
        key = "server.store"
        if not isinstance(value, str):
            self.add(key, value, "must be \"memory\" or a Redis URL like "
                                 "\"redis://127.0.0.1:6379/0\", not %s" % _kind(value))
            return None
        if value == "memory":
            return value
        scheme, sep, rest = value.partition("://")
        if not sep or scheme not in ("redis", "rediss") or not rest.split("/")[0]:
            self.add(key, value, "must be \"memory\" or a Redis URL (redis:// or rediss://, "
                                 "like \"redis://127.0.0.1:6379/0\")")
            return None
        if "@" in rest.split("/")[0]:
            self.add(key, None, "a Redis URL with a user or password is a secret: give it in "
                                "the environment (%s) or with --store, never in chat.toml"
                     % ENV_STORE)
            return None
        return value

    def api_base(self, chat):
        """The 8x8 API origin, from `[chat] domain`; its problems are [chat]'s own."""
        domain = chat.get("domain") if isinstance(chat, dict) else None
        if domain is None:
            self.add("chat.domain", None, "missing: the server calls 8x8's APIs on the chat's "
                                          "domain (the tenant's cluster, like "
                                          "https://vcc-na1.8x8.com)")
            return None
        if not isinstance(domain, str):
            return None  # [chat]'s own check says what is wrong
        origin, _ = domain_origin(domain)
        return origin

    # --- [callback] -----------------------------------------------------------------------

    def callback(self, table):
        if not isinstance(table, dict):
            return None
        self.unknown(table, CALLBACK_KEYS, "callback.")
        kind = table.get("type")
        if kind is None:
            self.missing("callback.type", "\"when-agent-available\" (8x8's type 2, with queue) "
                                          "or \"now\" (type 1, with channel_number)")
        elif kind not in CALLBACK_TYPES:
            hint = closest(kind, CALLBACK_TYPES) if isinstance(kind, str) else None
            self.add("callback.type", kind, "must be \"when-agent-available\" or \"now\"%s"
                     % (" (did you mean %s?)" % hint if hint else ""))
            kind = None
        waits = kind == "when-agent-available"
        queue = channel = expiry = None
        if "queue" in table:
            queue = self.queue_id("callback.queue", table["queue"])
            if kind == "now":
                self.add("callback.queue", table["queue"], "type = \"now\" calls through "
                         "channel_number, not a queue: queue is not used", "warning")
        elif waits:
            self.missing("callback.queue", "type = \"when-agent-available\" places the request "
                                           "in an outbound phone queue (its id)")
        if "channel_number" in table:
            channel = self.channel(table["channel_number"])
            if waits:
                self.add("callback.channel_number", table["channel_number"], "type = "
                         "\"when-agent-available\" uses the queue, not a channel: "
                         "channel_number is not used", "warning")
        elif kind == "now":
            self.missing("callback.channel_number", "type = \"now\" needs the channel whose IVR "
                                                    "script runs when the visitor answers")
        if "expiry_minutes" in table:
            expiry = self.expiry(table["expiry_minutes"])
            if kind == "now":
                self.add("callback.expiry_minutes", table["expiry_minutes"], "8x8's type "
                         "\"now\" has no expiry; it sets only how long a second request for "
                         "the same number is refused", "warning")
        countries = self.countries(table.get("countries"))
        if kind is None or countries is None or (waits and queue is None) or (
                kind == "now" and channel is None):
            return None
        return CallbackSettings(type=kind, countries=countries, queue=queue if waits else None,
                                channel_number=channel if kind == "now" else None,
                                expiry_minutes=expiry)

    def channel(self, value):
        key = "callback.channel_number"
        if not isinstance(value, str) or not value.isascii() or not value.isdigit() or len(
                value) > MAX_CHANNEL_DIGITS:
            self.add(key, value, "must be the channel's number as digits in quotes, like "
                                 "\"18005550100\" (at most %d digits), not %s"
                     % (MAX_CHANNEL_DIGITS, _kind(value)))
            return None
        return value

    def expiry(self, value):
        if isinstance(value, bool) or not isinstance(value, int) or not (
                0 < value <= MAX_EXPIRY_MINUTES):
            self.add("callback.expiry_minutes", value, "must be a whole number of minutes from "
                     "1 to %d, not %s" % (MAX_EXPIRY_MINUTES, _kind(value)))
            return None
        return value

    def countries(self, value):
        key = "callback.countries"
        if value is None:
            return self.missing(key, "the countries whose phone numbers are accepted, as ISO "
                                     "3166 codes like [\"GB\", \"US\"]")
        if not isinstance(value, list) or not value:
            self.add(key, value, "must be a non-empty array of country codes like "
                                 "[\"GB\", \"US\"], not %s" % _kind(value))
            return None
        regions = _phone_regions()
        countries, good = [], True
        for index, item in enumerate(value):
            where = "%s[%d]" % (key, index)
            code = item.upper() if isinstance(item, str) else None
            if code == "UK":
                self.add(where, item, "the United Kingdom's code is \"GB\" (ISO 3166), not "
                                      "\"UK\"")
                good = False
            elif code is None or not re.fullmatch("[A-Z]{2}", code) or (
                    regions is not None and code not in regions):
                self.add(where, item, "must be a two-letter ISO 3166 country code with phone "
                                      "numbers, like \"GB\" or \"US\", not %s" % _kind(item))
                good = False
            elif code != item:
                self.add(where, item, "country codes are written in capitals: \"%s\"" % code)
                good = False
            elif code not in countries:
                countries.append(code)
        return tuple(countries) if good else None

    # --- [availability] -------------------------------------------------------------------

    def availability(self, table):
        if not isinstance(table, dict):
            return None
        self.unknown(table, AVAILABILITY_KEYS, "availability.")
        show_wait = table.get("show_wait", True)
        if not isinstance(show_wait, bool):
            self.add("availability.show_wait", show_wait, must_be("true/false", show_wait))
            show_wait = True
        text = table.get("closed_text", DEFAULT_CLOSED_TEXT)
        checked = self.text("availability.closed_text", text, MAX_CLOSED_TEXT, "the text")
        if checked is not None:
            for name in re.findall(r"\{([^{}]*)\}", checked):
                if name not in CLOSED_TEXT_FIELDS:
                    self.add("availability.closed_text", text, "{%s} is not a field it can "
                             "show (allowed: {next_opening})" % name)
            if re.sub(r"\{[^{}]*\}", "", checked).count("{") or re.sub(
                    r"\{[^{}]*\}", "", checked).count("}"):
                self.add("availability.closed_text", text, "has a { or } that opens or closes "
                         "no field (allowed: {next_opening})")
        return AvailabilitySettings(show_wait=show_wait, closed_text=checked or DEFAULT_CLOSED_TEXT)

    # --- shared ---------------------------------------------------------------------------

    def text(self, key, value, limit, what):
        if not isinstance(value, str):
            self.add(key, value, must_be("text", value))
            return None
        if not value.strip():
            self.add(key, value, "must not be empty")
            return None
        hidden = hidden_characters(value)
        if hidden:
            self.add(key, value, "must not contain %s (characters you cannot see, pasted with "
                                 "the value? type it again)" % describe_hidden(hidden))
            return None
        if len(value) > limit:
            self.add(key, value, "%s is too long: %d characters (at most %d)"
                     % (what, len(value), limit))
            return None
        return value

    def missing(self, key, what):
        self.add(key, None, "missing: required (%s)" % what)
        return None

    def unknown(self, table, allowed, prefix):
        for key in table:
            if not isinstance(key, str) or key in allowed:
                continue
            if any(word in key.lower() for word in _SECRET_KEY_WORDS):
                self.add(prefix + key, None, "secrets never go in chat.toml: the server reads "
                                             "them from the environment (%s)" % _ENV_HINT)
                continue
            hint = closest(key, allowed)
            self.add(prefix + key, key, "unknown key (%s)" % (
                "did you mean %s?" % hint if hint else "allowed: " + ", ".join(allowed)))


def _token_problems(data, secrets):
    """An error for every key or text value of the file that is, or looks like, a token."""
    problems = []
    for path, text in _texts(data, ""):
        if any(secret in text for secret in secrets) or _TOKEN_LOOKING.search(text):
            for secret in secrets:  # the path says where, without repeating the token
                path = path.replace(secret, "<token>")
            path = _TOKEN_LOOKING.sub("<token>", path)
            problems.append(Problem(path or "(file)", None, "looks like an 8x8 API token: "
                                    "tokens never go in chat.toml (marketers commit it); the "
                                    "server reads them from the environment (%s). Remove it, "
                                    "and make a new token in Configuration Manager → "
                                    "Integration → API Token if this file was shared"
                                    % _ENV_HINT))
    return problems


def _texts(value, path):
    """(dotted path, text) of every key and string value, depth first."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            where = "%s.%s" % (path, key) if path else str(key)
            if isinstance(key, str):
                yield where, key
            yield from _texts(item, where)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, "%s[%d]" % (path, index))


def _origin(parsed):
    default = {"https": "443", "http": "80"}[parsed.scheme]
    port = str(int(parsed.port)) if parsed.port else ""
    return parsed.scheme + "://" + parsed.host + (":" + port if port and port != default else "")


def _kind(value):
    return kind_of(value)


def _phone_regions():
    """The regions phonenumbers knows, or None without it (only the form is checked then)."""
    try:
        import phonenumbers
    except ImportError:
        return None
    return phonenumbers.SUPPORTED_REGIONS
