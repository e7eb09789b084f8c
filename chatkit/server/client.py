"""The server's client of 8x8's Real-time Statistics, Tenant Schedule and Web Callback APIs
(8x8-server-apis.txt), on httpx.

Every call is bounded (a total deadline, not only per read), follows no redirect, reads at
most `MAX_ANSWER_BYTES`, and fails with one `EightByEightError` whose `kind` says what went
wrong in words a log reader knows (timeout, unreachable, busy, refused, malformed...). Answers
are asked for in JSON (`.json`, 8x8-server-apis.txt:136) and read in JSON or XML, whichever
comes. What 8x8 documents only in XML, or not at all, is read as published clients read it
(README, "The 8x8 API emulator": what is documented and what is assumed).

The tokens travel in the Authorization header or the POST body, never in a URL: URLs end up in
logs.
"""

import asyncio
import json
import re
import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

import httpx

from chatkit.errors import ChatkitError
from chatkit.server.settings import Secrets

__all__ = ["CTL_ERRORS", "CallbackRefused", "Client", "DEFAULT_TIMEOUT", "DELETE_CALLBACK",
           "EightByEightError", "MAX_ANSWER_BYTES", "QueueStats", "SCHEDULES", "STATS",
           "ScheduleStatus", "WEBCALLBACK", "parse_state"]

MAX_ANSWER_BYTES = 1024 * 1024
DEFAULT_TIMEOUT = 5.0
STATS = "/api/rtstats/stats"
SCHEDULES = "/api/provisioning"
WEBCALLBACK = "/SC/webcallback.php"
DELETE_CALLBACK = "/api/interactions/webcallback/externaltransaction/"

# 8x8-server-apis.txt:465-482, the `ctl_error` codes of webcallback.php.
CTL_ERRORS = {
    1: "Tenant not enabled.",
    2: "Web callback not enabled.",
    3: "Invalid authentication token.",
    7: "Queue id provided is invalid.",
    8: "Queue is disabled.",
    9: "Queue direction is not 'Outbound'",
    10: "Missing Callback type.",
    11: "Callback delay is not numeric",
    12: "Missing channel information for callback type 1.",
    13: "Invalid channel number provided.",
    14: "Unknown callback type specified.",
    15: "Service unavailable.",
    16: "External data maximum length exceeded(500 character limit)",
    17: "Phone number not provided.",
    19: "Internal Error.",
    20: "ctl_userdata exceeded max length (1800 character limit)",
    21: "Invalid preview timeout value.",
    22: "External transaction ID maximum length exceeded (64 character limit)",
}
_CHOICE = re.compile(r"choice\s*#?\s*([1-6])", re.IGNORECASE)


class EightByEightError(ChatkitError):
    """8x8 did not give a usable answer; `kind` names why, `retry_after` its hint (seconds)."""

    def __init__(self, kind: str, detail: str = "", status: int | None = None,
                 retry_after: float | None = None):
        super().__init__("%s%s" % (kind, ": " + detail if detail else ""))
        self.kind = kind
        self.status = status
        self.retry_after = retry_after


class CallbackRefused(EightByEightError):
    """webcallback.php answered with a `ctl_error` code (8x8-server-apis.txt:462)."""

    def __init__(self, code: int):
        super().__init__("ctl_error", "%d %s" % (code, CTL_ERRORS.get(code, "(undocumented)")))
        self.code = code


@dataclass(frozen=True)
class QueueStats:
    """A queue's aggregates, the only part of its record the server keeps."""

    agents_available: int  # agent-count-waitTransact (8x8-server-apis.txt:219)
    waiting: int  # queue-size (:234)
    avg_wait_30: int  # thirty-min-avg-wait-time, seconds (:239)
    queued_30: int  # thirty-min-queued (:241)


@dataclass(frozen=True)
class ScheduleStatus:
    """The schedule's status now and, when 8x8 says, the next one and when it starts."""

    state: str  # "open", "closed", "choice-1".."choice-6"
    next_state: str | None = None
    next_change: float | None = None  # seconds since the epoch, UTC


def parse_state(code) -> str | None:
    """8x8's schedule status code (8x8-server-apis.txt:329-336) as /v1/status names it.

    >>> parse_state(0), parse_state("-1"), parse_state("Choice #3"), parse_state(7)
    ('open', 'closed', 'choice-3', None)
    """
    if isinstance(code, bool):
        return None
    text = str(code).strip()
    if text == "0":
        return "open"
    if text == "-1":
        return "closed"
    match = _CHOICE.fullmatch(text)
    return "choice-" + match.group(1) if match else None


class Client:
    """One tenant's 8x8 APIs at `base` (the cluster origin, `[chat] domain`)."""

    def __init__(self, base: str, secrets: Secrets, *, timeout: float = DEFAULT_TIMEOUT,
                 back_url: str | None = None):
        self.base = base.rstrip("/")
        self.secrets = secrets
        self.timeout = timeout
        self.back_url = back_url
        self._http = httpx.AsyncClient(
            base_url=self.base, follow_redirects=False,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 2.0)),
            limits=httpx.Limits(max_connections=4, max_keepalive_connections=2),
            headers={"User-Agent": "chatkit-server", "Accept": "application/json"})

    async def close(self) -> None:
        await self._http.aclose()

    # --- Real-time Statistics ---------------------------------------------------------------

    async def queue(self, queue_id: int) -> QueueStats:
        """GET /queue/{id}.json (8x8-server-apis.txt:87, :136): the queue's aggregates."""
        answer = await self._get("%s/queue/%d.json" % (STATS, queue_id), self.secrets.data_token)
        record = _record(answer, "queue")
        try:
            return QueueStats(
                agents_available=_count(record, "agent-count-waitTransact"),
                waiting=_count(record, "queue-size"),
                avg_wait_30=_count(record, "thirty-min-avg-wait-time"),
                queued_30=_count(record, "thirty-min-queued", default=0))
        except (KeyError, ValueError, TypeError) as error:
            raise EightByEightError("malformed", "queue %d: %s" % (queue_id, error)) from None

    # --- Tenant Schedule --------------------------------------------------------------------

    async def schedule_id(self, name: str) -> int:
        """GET /schedulesbyname/{name} (8x8-server-apis.txt:293): the schedule's id."""
        answer = await self._get("%s/schedulesbyname/%s.json" % (SCHEDULES, quote(name, safe="")),
                                 self.secrets.data_token)
        schedules = _records(answer, "schedule")
        for schedule in schedules:
            if str(schedule.get("name", name)) == name and "id" in schedule:
                try:
                    return int(str(schedule["id"]).strip())
                except ValueError:
                    break
        raise EightByEightError("not-found", "no schedule named %r" % name, 404)

    async def next_status(self, schedule_id: int) -> ScheduleStatus:
        """GET /schedules/{id}/nextstatus (8x8-server-apis.txt:310): the status now and next."""
        answer = await self._get("%s/schedules/%d/nextstatus.json" % (SCHEDULES, schedule_id),
                                 self.secrets.data_token)
        record = _record(answer, "schedule-status")
        state = parse_state(record.get("status"))
        if state is None:
            raise EightByEightError("malformed", "schedule status %r is not one of 8x8's "
                                    "codes (0, -1, Choice #1..#6)" % (record.get("status"),))
        next_state = parse_state(record.get("next-status"))
        when = _millis(record.get("next-status-time"))
        if next_state is None or when is None:
            return ScheduleStatus(state)
        return ScheduleStatus(state, next_state, when)

    # --- Web Callback -----------------------------------------------------------------------

    async def webcallback(self, params: dict[str, str]) -> None:
        """POST webcallback.php (8x8-server-apis.txt:386): raises CallbackRefused on ctl_error."""
        body = dict(params, tenant=self.secrets.tenant, token=self.secrets.action_token or "")
        if self.back_url:
            body["back"] = self.back_url
        response = await self._send("POST", WEBCALLBACK, data=body)
        if response.is_redirect:
            where = response.headers.get("location", "")
            found = parse_qs(urlsplit(where).query).get("ctl_error")
        elif response.status_code == 200:
            found = re.findall(r"ctl_error=(\d+)", response.text)
        else:
            raise _http_error(response)
        if found:
            try:
                raise CallbackRefused(int(found[0]))
            except ValueError:
                raise EightByEightError("malformed", "ctl_error %r" % found[0]) from None

    async def delete_callback(self, ext_id: str) -> str:
        """DELETE externaltransaction/{id}.json (8x8-server-apis.txt:528): "ok" when every
        interaction was deleted (200), "taken" when an agent has one (207), "not-found" (404)."""
        response = await self._send("DELETE", DELETE_CALLBACK + quote(ext_id, safe="") + ".json",
                                    auth=(self.secrets.tenant, self.secrets.action_token or ""))
        if response.status_code == 200:
            return "ok"
        if response.status_code == 207:
            return "taken"
        if response.status_code == 404:
            return "not-found"
        raise _http_error(response)

    # --- HTTP -------------------------------------------------------------------------------

    async def _get(self, path, token):
        response = await self._send("GET", path, auth=(self.secrets.tenant, token))
        if response.status_code != 200:
            raise _http_error(response)
        return _parse(response)

    async def _send(self, method, path, **options):
        """One request within `timeout` seconds in all, its answer read up to the limit."""
        started = time.monotonic()
        try:
            return await asyncio.wait_for(self._exchange(method, path, **options), self.timeout)
        except (TimeoutError, httpx.TimeoutException):
            raise EightByEightError("timeout", "no answer within %.1f s"
                                    % (time.monotonic() - started)) from None
        except httpx.TransportError as error:
            raise EightByEightError("unreachable", type(error).__name__) from None

    async def _exchange(self, method, path, **options):
        async with self._http.stream(method, path, **options) as response:
            chunks, size = [], 0
            async for chunk in response.aiter_bytes():  # decoded: a gzip bomb stops here too
                size += len(chunk)
                if size > MAX_ANSWER_BYTES:
                    raise EightByEightError("too-big", "more than %d bytes" % MAX_ANSWER_BYTES,
                                            response.status_code)
                chunks.append(chunk)
            return _Answer(response.status_code, response.headers, b"".join(chunks))


@dataclass(frozen=True)
class _Answer:
    status_code: int
    headers: httpx.Headers
    content: bytes

    @property
    def is_redirect(self):
        return 300 <= self.status_code < 400

    @property
    def text(self):
        return self.content.decode("utf-8", "replace")


def _http_error(response):
    status = response.status_code
    kind = {401: "refused", 403: "refused", 404: "not-found", 503: "busy"}.get(status)
    if kind is None:
        kind = "redirect" if response.is_redirect else "http-%d" % status
    return EightByEightError(kind, "HTTP %d" % status, status, _retry_after(response))


def _retry_after(response):
    value = response.headers.get("retry-after", "")
    try:
        return min(max(float(value), 0.0), 3600.0) if value else None
    except ValueError:
        return None


def _parse(response):
    """The answer's JSON as Python values, or its XML as the same shape (elements as dicts,
    repeated elements as lists, text as strings)."""
    body = response.content
    text = body.lstrip()[:1]
    try:
        if text == b"<":
            if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
                raise ValueError("a DOCTYPE (8x8 sends none)")
            root = ElementTree.fromstring(body)
            return {root.tag: _element(root)}
        return json.loads(body.decode("utf-8"), parse_constant=_no_constant)
    except (ValueError, ElementTree.ParseError, RecursionError) as error:
        raise EightByEightError("malformed", "%s (%d bytes)" % (str(error)[:80], len(body)),
                                response.status_code) from None


def _no_constant(name):
    raise ValueError("%s is not a JSON number" % name)


def _element(node):
    children = list(node)
    if not children:
        return (node.text or "").strip()
    value: dict = {}
    for child in children:
        item = _element(child)
        if child.tag in value:
            if not isinstance(value[child.tag], list):
                value[child.tag] = [value[child.tag]]
            value[child.tag].append(item)
        else:
            value[child.tag] = item
    return value


def _record(answer, name):
    """The one record of an answer: `{name: {...}}`, or the object itself."""
    if isinstance(answer, dict) and isinstance(answer.get(name), dict):
        return answer[name]
    if isinstance(answer, dict) and len(answer) == 1:
        (only,) = answer.values()
        if isinstance(only, dict):
            return only
    if isinstance(answer, dict):
        return answer
    raise EightByEightError("malformed", "expected an object with %r, got %s"
                            % (name, type(answer).__name__))


def _records(answer, name):
    """Every `name` record of a list answer (`{"schedules": {"schedule": [...]}}` and kin)."""
    found = []
    if isinstance(answer, dict):
        for key, value in answer.items():
            if key == name:
                found.extend(value if isinstance(value, list) else [value])
            elif isinstance(value, (dict, list)):
                found.extend(_records(value, name))
    elif isinstance(answer, list):
        for item in answer:
            found.extend(_records(item, name))
    return [item for item in found if isinstance(item, dict)]


def _count(record, name, default=None):
    value = record.get(name, default)
    if value is None:
        raise KeyError("no %s" % name)
    if isinstance(value, bool):
        raise TypeError("%s is true/false" % name)
    number = int(str(value).strip()) if not isinstance(value, int) else value
    return max(number, 0)  # 8x8 writes -1 for "no data" in some counters


def _millis(value):
    """A UTC time in milliseconds (as `utctime`, 8x8-server-apis.txt:303) in seconds."""
    if value is None or isinstance(value, bool) or value == "":
        return None
    try:
        millis = float(str(value).strip())
    except ValueError:
        return None
    return millis / 1000 if millis > 0 else None
