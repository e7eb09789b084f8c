"""`POST /v1/callback` and `DELETE /v1/callback/{handle}`: a visitor asks to be called back,
or cancels (SPEC 10, issue 20 points 2 and 5).

The visitor sends `{"phone", "name"?, "consent": true, "website": "", "form_age_ms"}`:
`website` is the honeypot (a field people never see: filled in, the request is answered as if
booked and goes nowhere), `form_age_ms` how long the form was on screen (under
`MIN_FORM_MS` it is refused). Nothing else is accepted, so 8x8's `ctl_userdata`, `back` and
`ctl_callbackUrl` can never come from a visitor: the server writes every parameter of
webcallback.php itself (8x8-server-apis.txt:386-421):

- `phone` as E.164 digits (chatkit.server.phones), `callback_type` 2 with `queue_id` and
  `expiration` ("when-agent-available") or 1 with `channel_number` ("now");
- `extTransactionId` a fresh random id (34 characters, within the 64 of :482), which is also
  the visitor's `handle` to cancel with (`DELETE externaltransaction/{id}`, :528);
- `extTransactionData` `[Name|...]` pairs (:407) without `[`, `|`, `]` or `$` from the
  visitor (8x8 reads the first three as structure and `$...$` as its tokens, :437), at most
  500 characters (:407, ctl_error 16).

While the schedule is not open, a request is refused unless the callback waits for an agent
with an expiry ("when-agent-available" with `expiry_minutes`). One number has at most one
pending callback. Phones are stored and logged only as keyed hashes.
"""

import json
import logging
import math
import re
import secrets

from chatkit.errors import ChatkitError, is_hidden
from chatkit.server.cache import TIMEOUT_COOLDOWN
from chatkit.server.client import CallbackRefused, Client, EightByEightError
from chatkit.server.limits import ADDRESS, CANCEL, PHONE, TOTAL, address_key, over_limit
from chatkit.server.phones import PhoneError, parse_phone, phone_hasher
from chatkit.server.settings import CallbackSettings
from chatkit.server.status import Status, iso
from chatkit.server.store import Store

__all__ = ["Answer", "Callbacks", "DEFAULT_PENDING_SECONDS", "FIELDS", "HANDLE", "MAX_BODY_BYTES",
           "MAX_EXT_DATA", "MAX_NAME_CHARS", "MIN_FORM_MS", "ext_transaction_data"]

_log = logging.getLogger("chatkit.server")

MAX_BODY_BYTES = 4096
MIN_FORM_MS = 3000
MAX_NAME_CHARS = 80
MAX_EXT_DATA = 500  # 8x8-server-apis.txt:407
FIELDS = ("phone", "name", "consent", "website", "form_age_ms")
HANDLE = re.compile(r"ck[0-9a-f]{32}")
DEFAULT_PENDING_SECONDS = 3600.0
# What 8x8's answers mean for the visitor; the operator's log says the code and its meaning.
_UNAVAILABLE = {15}


class Answer:
    """An HTTP answer: status, JSON body, extra headers."""

    __slots__ = ("status", "body", "headers")

    def __init__(self, status: int, body: dict, headers: dict[str, str] | None = None):
        self.status = status
        self.body = body
        self.headers = headers or {}


def _error(status, message, field=None, headers=None):
    return Answer(status, {"error": message, "field": field}, headers)


class Callbacks:
    """Books and cancels callbacks through 8x8, with every abuse control in front."""

    def __init__(self, settings: CallbackSettings, client: Client, store: Store, prefix: str,
                 status: Status, lane, lane_wait: float):
        self.settings = settings
        self.client = client
        self.store = store
        self.prefix = prefix
        self.status = status
        self.lane = lane
        self.lane_wait = lane_wait
        self.hash = phone_hasher(client.secrets.action_token or "")
        if settings.expiry_minutes:
            self.pending_seconds = settings.expiry_minutes * 60.0
        else:
            self.pending_seconds = DEFAULT_PENDING_SECONDS

    async def book(self, body: bytes, client_host: str | None) -> Answer:
        """The answer to a POST whose origin, type and size were already checked."""
        fields = _json_object(body)
        if isinstance(fields, Answer):
            return fields
        wait = await over_limit(self.store, self.prefix, ADDRESS, address_key(client_host))
        if wait is not None:
            return _too_many("too many requests from this address", wait)
        problem = _fields_problem(fields)
        if problem is not None:
            return problem
        if fields.get("website") not in (None, ""):
            handle = _new_handle()
            _log.info("callback: honeypot filled in, answered as booked and not sent (%s…)",
                     handle[:8])
            return Answer(202, {"handle": handle})
        try:
            digits = parse_phone(fields["phone"], self.settings.countries)
        except PhoneError as error:
            return _error(422, "the phone number %s" % error, "phone")
        refused = await self._closed_hours()
        if refused is not None:
            return refused
        phone = self.hash(digits)
        handle = _new_handle()
        if not await self.store.add(self.prefix + "pending:" + phone, handle,
                                    self.pending_seconds):
            return _error(409, "a callback to this number is already pending", "phone")
        wait = await over_limit(self.store, self.prefix, PHONE, phone)
        if wait is not None:
            await self.store.delete(self.prefix + "pending:" + phone, handle)
            return _too_many("this number was called back often enough today", wait, "phone")
        wait = await over_limit(self.store, self.prefix, TOTAL, "all")
        if wait is not None:
            await self.store.delete(self.prefix + "pending:" + phone, handle)
            return _too_many("too many callbacks are being booked right now", wait)
        answer = await self._send(digits, fields.get("name"), handle, phone)
        if answer.status != 202:
            await self.store.delete(self.prefix + "pending:" + phone, handle)
        return answer

    async def cancel(self, handle: str, client_host: str | None) -> Answer:
        wait = await over_limit(self.store, self.prefix, CANCEL, address_key(client_host))
        if wait is not None:
            return _too_many("too many requests from this address", wait)
        record = await self.store.get(self.prefix + "callback:" + handle) if HANDLE.fullmatch(
            handle) else None
        if record is None:
            return _error(404, "no pending callback has this handle")
        token = await self.lane.acquire(self.lane_wait)
        if token is None:
            return _error(503, "the callback service is busy: try again in a moment",
                          headers={"Retry-After": "5"})
        cooldown = 0.0
        try:
            outcome = await self.client.delete_callback(handle)
        except EightByEightError as error:
            _log.warning("callback cancel %s…: 8x8 %s", handle[:8], error)
            cooldown = TIMEOUT_COOLDOWN if error.kind == "timeout" else 0.0
            return _error(502, "the callback service did not answer: try again later")
        finally:
            await self.lane.release(token, cooldown)
        if outcome == "taken":
            _log.info("callback %s… not cancelled: an agent has it (207)", handle[:8])
            return Answer(409, {"error": "an agent has already taken this callback",
                                "field": None, "cancelled": False})
        await self.store.delete(self.prefix + "callback:" + handle)
        await self.store.delete(self.prefix + "pending:" + record, handle)
        if outcome == "not-found":
            return _error(404, "no pending callback has this handle")
        _log.info("callback %s… cancelled for phone#%s", handle[:8], record[:12])
        return Answer(200, {"cancelled": True})

    async def _closed_hours(self):
        if self.settings.waits_for_agent and self.settings.expiry_minutes:
            return None  # it waits in the queue, and expires, whatever the hour
        state, next_change = await self.status.state()
        if state is None:
            return _error(503, "we cannot tell whether we are open right now: try again in a "
                               "moment", headers={"Retry-After": "10"})
        if state != "open":
            when = " (we open again at %s)" % iso(next_change) if next_change else ""
            return _error(409, "we are closed, so we cannot call back now%s" % when)
        return None

    async def _send(self, digits, name, handle, phone):
        params = {"phone": digits, "extTransactionId": handle}
        if self.settings.waits_for_agent:
            params.update(callback_type="2", queue_id=str(self.settings.queue))
            if self.settings.expiry_minutes:
                params["expiration"] = str(self.settings.expiry_minutes * 60)
        else:
            params.update(callback_type="1", channel_number=self.settings.channel_number or "")
        data = ext_transaction_data(name)
        if data:
            params["extTransactionData"] = data
        token = await self.lane.acquire(self.lane_wait)
        if token is None:
            return _error(503, "the callback service is busy: try again in a moment",
                          headers={"Retry-After": "5"})
        cooldown = 0.0
        try:
            await self.client.webcallback(params)
        except CallbackRefused as error:
            _log.error("callback for phone#%s refused by 8x8: ctl_error %s", phone[:12],
                      str(error).partition(": ")[2])
            if error.code in _UNAVAILABLE:
                return _error(503, "the callback service is unavailable: try again later",
                              headers={"Retry-After": "60"})
            if error.code == 17:
                return _error(422, "the phone number was not accepted", "phone")
            return _error(502, "the callback could not be booked: please call us instead")
        except EightByEightError as error:
            _log.warning("callback for phone#%s: 8x8 %s", phone[:12], error)
            cooldown = TIMEOUT_COOLDOWN if error.kind == "timeout" else 0.0
            return _error(502, "the callback service did not answer: try again later")
        finally:
            await self.lane.release(token, cooldown)
        await self.store.set(self.prefix + "callback:" + handle, phone, self.pending_seconds)
        _log.info("callback %s… booked for phone#%s", handle[:8], phone[:12])
        return Answer(202, {"handle": handle})


def ext_transaction_data(name: object) -> str:
    """`[Name|...]` for the agent's transaction panel, or "" without a name: the visitor's
    text without 8x8's structure characters, within 500 characters."""
    if not isinstance(name, str) or not name.strip():
        return ""
    text = name.translate({ord("["): "(", ord("]"): ")", ord("|"): "/", ord("$"): None})
    text = " ".join(text.split())
    frame = "[Name|%s]"
    return frame % text[:MAX_EXT_DATA - len(frame % "")]


def _new_handle():
    return "ck" + secrets.token_hex(16)


def _too_many(message, wait, field=None):
    return _error(429, message + ": try again later", field,
                  {"Retry-After": str(int(math.ceil(wait)))})


def _json_object(body):
    try:
        value = json.loads(body.decode("utf-8"), parse_constant=_no_constant,
                           object_pairs_hook=_no_duplicates)
    except _Duplicate as duplicate:
        return _error(400, "the field %s is given twice" % duplicate.name, str(duplicate.name))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return _error(400, "the body must be a JSON object in UTF-8")
    if not isinstance(value, dict):
        return _error(400, "the body must be a JSON object, like {\"phone\": \"+44...\", "
                           "\"consent\": true}")
    return value


class _Duplicate(ChatkitError, ValueError):
    def __init__(self, name):
        super().__init__(name)
        self.name = name


def _no_duplicates(pairs):
    seen: dict = {}
    for key, value in pairs:
        if key in seen:
            raise _Duplicate(key[:40])
        seen[key] = value
    return seen


def _no_constant(name):
    raise ValueError(name)


def _fields_problem(fields):
    for key in fields:
        if key not in FIELDS:
            shown = key if len(key) <= 40 and not any(is_hidden(c) for c in key) else "(unnamed)"
            return _error(422, "unknown field %s (allowed: %s)" % (json.dumps(shown),
                                                                   ", ".join(FIELDS)), shown)
    if "phone" not in fields:
        return _error(422, "the phone number is missing", "phone")
    if fields.get("consent") is not True:
        return _error(422, "consent must be true: the visitor agrees to be called back",
                      "consent")
    name = fields.get("name")
    if name is not None:
        if not isinstance(name, str):
            return _error(422, "the name must be text", "name")
        if len(name) > MAX_NAME_CHARS:
            return _error(422, "the name is too long (at most %d characters)" % MAX_NAME_CHARS,
                          "name")
        if any(is_hidden(c) for c in name):
            return _error(422, "the name must not contain control or invisible characters",
                          "name")
    age = fields.get("form_age_ms")
    if isinstance(age, bool) or not isinstance(age, (int, float)):
        return _error(422, "form_age_ms must be the milliseconds the form was shown",
                      "form_age_ms")
    if fields.get("website") not in (None, ""):
        return None  # a robot: answered as booked, before the checks a person would fail
    if age < MIN_FORM_MS:
        return _error(422, "the form was sent too quickly: wait a moment and send it again",
                      "form_age_ms")
    return None
