"""An emulator of 8x8's Real-time Statistics, Tenant Schedule and Web Callback APIs, as its own
ASGI application (Starlette), for `chatkit server --emulate`, the preview and the tests.

Each behaviour says where it comes from: *documented* names its line in
`shared/reference/8x8-server-apis.txt` (8x8's text, verbatim); *assumed* is chatkit's reading
where 8x8 documents nothing (an answer's JSON shape, what webcallback.php answers without
`back`...). The README's table "The 8x8 API emulator" lists both.

    Emulator8x8()                     tenant "ExampleTenant", fresh random tokens
    .set(schedule="closed", next_state="open", next_change_in=3600,
         agents=2, waiting=3, wait=45, queued=10,
         fault="busy"|"error"|"malformed"|"slow"|"redirect"|None, fault_on={"stats"},
         slow_seconds=30, answer_format="xml"|None)
    .calls                            every request received (tokens never kept), for tests
    .violations                       every request that broke one of 8x8's rules
    .take(ext_id)                     an agent takes the callback (its delete answers 207)
    .app                              the ASGI application; /_emulator/* drives it over HTTP

Control over HTTP (for a served emulator, the preview's buttons): `GET|POST /_emulator/state`
(POST takes the keywords of `set` as JSON), `GET|DELETE /_emulator/calls`,
`POST /_emulator/callbacks/{ext_id}/take`.
"""

import asyncio
import base64
import binascii
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit
from xml.sax.saxutils import escape

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

__all__ = ["APIS", "DEFAULT_TENANT", "Emulator8x8", "FAULTS", "QUEUE_FIELDS", "STATES",
           "WEBCALLBACK_PARAMETERS"]

DEFAULT_TENANT = "ExampleTenant"
STATES = ("open", "closed") + tuple("choice-%d" % n for n in range(1, 7))
FAULTS = ("busy", "error", "malformed", "slow", "redirect")
APIS = ("stats", "schedule", "callback", "delete")
# documented: 8x8-server-apis.txt:89-121, a queue's fields in the order 8x8 shows them.
QUEUE_FIELDS = (
    "agent-count-busy", "agent-count-loggedOut", "agent-count-onBreak",
    "agent-count-postProcess", "agent-count-waitTransact", "agent-count-workOffline",
    "day-abandoned", "day-accepted", "day-avg-duration", "day-avg-wait-time", "day-queued",
    "day-sla-activity", "assigned-agent-count", "enabled-agent-count", "longest-wait-time",
    "media-type", "number-in-offered", "number-in-progress", "queue-id", "queue-name",
    "queue-size", "queue-type", "sla-activity", "sla-target", "thirty-min-abandoned",
    "thirty-min-accepted", "thirty-min-avg-duration", "thirty-min-avg-wait-time",
    "thirty-min-longest-wait-time", "thirty-min-queued", "thirty-min-sla-activity")
# documented: 8x8-server-apis.txt:388-418, the parameters webcallback.php takes.
WEBCALLBACK_PARAMETERS = (
    "tenant", "token", "phone", "callback_type", "channel_number", "queue_id", "callback_delay",
    "expiration", "extTransactionData", "caller_id", "back", "ctl_userdata", "dialplan_id",
    "previewTimeout", "extTransactionId")
_PAIRS = re.compile(r"(\[[^\[\]|]*\|[^\[\]|]*\])*")  # documented: :407, [name|value]...


@dataclass
class _Schedule:
    id: int
    name: str
    state: str = "open"
    next_state: str | None = "closed"
    next_change: float | None = None  # epoch seconds
    time_zone: str = "Europe/London"

    def at(self, when: float) -> tuple[str, str | None, float | None]:
        if self.next_change is not None and self.next_state and when >= self.next_change:
            return self.next_state, None, None
        return self.state, self.next_state, self.next_change


@dataclass
class _Queue:
    id: int
    name: str
    media: str = "chat"  # documented: :229, phone, chat, vmail, email
    outbound: bool = False
    enabled: bool = True
    agents: int = 2
    waiting: int = 0
    wait: int = 30
    queued: int = 5


@dataclass
class _Interaction:
    guid: str
    transaction_id: int
    phone: str
    taken: bool = False
    params: dict[str, str] = field(default_factory=dict)


def _code(state: str) -> int | str:
    """documented: :329-336, 0 OPEN, -1 CLOSED, Choice #1..#6 CHOICE."""
    if state == "open":
        return 0
    if state == "closed":
        return -1
    return "Choice #" + state.rpartition("-")[2]


class Emulator8x8:
    """One tenant's 8x8 server APIs, with switches for their states and faults."""

    def __init__(self, tenant: str = DEFAULT_TENANT, data_token: str | None = None,
                 action_token: str | None = None, *, schedules: dict[int, str] | None = None,
                 queues: tuple[int, ...] = (101, 102), callback_queue: int = 201,
                 channels: tuple[str, ...] = ("18005550100",)):
        self.tenant = tenant
        self.data_token = data_token or secrets.token_hex(16)
        self.action_token = action_token or secrets.token_hex(16)
        self.schedules = {sid: _Schedule(sid, name) for sid, name in (
            schedules or {122: "Support hours"}).items()}
        self.queues = {q: _Queue(q, "Chat queue %d" % q) for q in queues}
        self.queues[callback_queue] = _Queue(callback_queue, "Callbacks", media="phone",
                                             outbound=True, agents=1)
        self.channels = set(channels)
        self.fault: str | None = None
        self.fault_on: set[str] = set(APIS)
        self.slow_seconds = 30.0
        self.answer_format: str | None = None
        self.service_unavailable = False
        self.callbacks: dict[str, list[_Interaction]] = {}
        self.calls: list[dict[str, Any]] = []
        self.violations: list[str] = []
        self._lock = threading.Lock()
        self._in_flight: dict[str, int] = {}
        self._transaction = 41
        for schedule in self.schedules.values():
            schedule.next_change = time.time() + 8 * 3600
        self.app = self._application()

    @classmethod
    def for_settings(cls, settings, **options) -> "Emulator8x8":
        """An emulator with the schedule, queues and callback of a server's settings."""
        schedule = settings.schedule
        schedules = {schedule: "Support hours"} if isinstance(schedule, int) else {122: schedule}
        callback = settings.callback
        extra = {}
        if callback is not None and callback.queue is not None:
            extra["callback_queue"] = callback.queue
        if callback is not None and callback.channel_number:
            extra["channels"] = (callback.channel_number,)
        return cls(schedules=schedules, queues=tuple(settings.queues), **extra, **options)

    # --- switches -----------------------------------------------------------------------------

    def set(self, **switches: Any) -> None:
        """Flip states and faults; see the module's docstring for the keywords."""
        with self._lock:
            for key, value in switches.items():
                self._switch(key, value)

    def _switch(self, key, value):
        if key in ("schedule", "next_state"):
            if value is not None and value not in STATES:
                raise ValueError("%s must be one of %s" % (key, ", ".join(STATES)))
            for schedule in self.schedules.values():
                setattr(schedule, "state" if key == "schedule" else key, value)
        elif key == "next_change_in":
            for schedule in self.schedules.values():
                schedule.next_change = None if value is None else time.time() + float(value)
        elif key in ("agents", "waiting", "wait", "queued"):
            for queue in self.queues.values():
                if not queue.outbound:
                    setattr(queue, key, max(int(value), 0))
        elif key == "fault":
            if value is not None and value not in FAULTS:
                raise ValueError("fault must be one of %s, or null" % ", ".join(FAULTS))
            self.fault = value
        elif key == "fault_on":
            self.fault_on = set(value or APIS)
        elif key == "slow_seconds":
            self.slow_seconds = float(value)
        elif key == "answer_format":
            if value not in (None, "xml", "json"):
                raise ValueError("answer_format must be \"xml\", \"json\" or null")
            self.answer_format = value
        elif key == "service_unavailable":
            self.service_unavailable = bool(value)
        elif key == "queue_enabled":
            for queue in self.queues.values():
                if queue.outbound:
                    queue.enabled = bool(value)
        else:
            raise ValueError("unknown switch %r" % key)

    def queue(self, queue_id: int, **values: int) -> None:
        """Set one queue's agents, waiting, wait or queued."""
        with self._lock:
            for key, value in values.items():
                setattr(self.queues[queue_id], key, value)

    def take(self, ext_id: str) -> None:
        """An agent takes the callbacks of `ext_id`: deleting them is refused (207)."""
        with self._lock:
            for interaction in self.callbacks.get(ext_id, []):
                interaction.taken = True

    def reset_calls(self) -> None:
        with self._lock:
            self.calls.clear()
            self.violations.clear()

    def calls_to(self, api: str) -> list[dict[str, Any]]:
        with self._lock:
            return [c for c in self.calls if c["api"] == api]

    def state(self) -> dict[str, Any]:
        now = time.time()
        with self._lock:
            return {
                "schedules": [{"id": s.id, "name": s.name, "state": s.at(now)[0],
                               "next_state": s.at(now)[1], "next_change": s.at(now)[2]}
                              for s in self.schedules.values()],
                "queues": {str(q.id): {"name": q.name, "media": q.media, "outbound": q.outbound,
                                       "enabled": q.enabled, "agents": q.agents,
                                       "waiting": q.waiting, "wait": q.wait, "queued": q.queued}
                           for q in self.queues.values()},
                "fault": self.fault, "fault_on": sorted(self.fault_on),
                "slow_seconds": self.slow_seconds, "answer_format": self.answer_format,
                "service_unavailable": self.service_unavailable,
                "callbacks": {ext: [{"phone": i.phone, "taken": i.taken,
                                     "transaction_id": i.transaction_id} for i in items]
                              for ext, items in self.callbacks.items()},
            }

    # --- the application --------------------------------------------------------------------

    def _application(self):
        stats, schedules = "/api/rtstats/stats", "/api/provisioning"
        routes = [
            Route(stats + "/{what:path}", self._stats, methods=["GET"]),
            Route(schedules + "/{what:path}", self._schedule, methods=["GET"]),
            Route("/SC/webcallback.php", self._webcallback, methods=["GET", "POST"]),
            Route("/api/interactions/webcallback/externaltransaction/{ext:path}", self._delete,
                  methods=["DELETE"]),
            Route("/_emulator/state", self._control_state, methods=["GET", "POST"]),
            Route("/_emulator/calls", self._control_calls, methods=["GET", "DELETE"]),
            Route("/_emulator/callbacks/{ext}/take", self._control_take, methods=["POST"]),
            Route("/{anything:path}", self._elsewhere, methods=["GET", "POST", "DELETE"]),
        ]
        return Starlette(routes=routes)

    async def _served(self, request, api, handler):
        """Record the call, refuse a second one at once (503), apply the faults, answer."""
        tenant = self.tenant  # one tenant: every API's request counts (8x8 says "per customer")
        call = {"api": api, "method": request.method, "path": request.url.path,
                "query": _redacted(dict(request.query_params)), "at": time.time()}
        with self._lock:
            self.calls.append(call)
            busy = self._in_flight.get(tenant, 0) > 0
            self._in_flight[tenant] = self._in_flight.get(tenant, 0) + 1
        try:
            if busy:
                # documented: :346, "allow only single request per customer at a time"
                self._violation("%s %s while another request of the tenant was in flight"
                                % (request.method, request.url.path))
                response = _text(503, "Server busy")
            else:
                response = await self._faulty(request, api) or await handler(request, call)
        finally:
            with self._lock:
                self._in_flight[tenant] -= 1
        call["status"] = response.status_code
        return response

    async def _faulty(self, request, api):
        if self.fault is None or api not in self.fault_on:
            return None
        if self.fault == "busy":
            return _text(503, "Server busy")  # documented: :253, :346
        if self.fault == "error":
            if api == "delete":  # documented: :602-609
                return JSONResponse({"error": {"message": "internal error"}}, 500)
            return _text(500, "Internal error")  # documented: :252, :345
        if self.fault == "redirect":  # assumed: a login page in front of the API
            return Response(status_code=302, headers={"Location": "/login?from=api"})
        if self.fault == "slow":
            started = time.monotonic()
            while time.monotonic() - started < self.slow_seconds:
                await asyncio.sleep(0.05)
                if await _gone(request):
                    return _text(499, "client went away")
            return None
        if self.fault == "malformed":
            if self._xml(request):
                return Response(b"<queue><queue-size>3</queue", media_type="application/xml")
            return Response(b'{"queue": {"queue-size": 3,', media_type="application/json")
        return None

    def _violation(self, text):
        with self._lock:
            self.violations.append(text)

    def _xml(self, request):
        """documented: :135-138 (and :529), ".json" for JSON, XML by default; assumed the same
        for the schedule API, which says only "XML or JSON" (:261)."""
        if self.answer_format is not None:
            return self.answer_format == "xml"
        return not request.url.path.endswith(".json")

    def _authorized(self, request, token):
        user, password = _basic(request)
        return user == self.tenant and password is not None and secrets.compare_digest(
            password, token)

    def _answer(self, request, root, value):
        if self._xml(request):
            return Response(_xml_document(root, value), media_type="application/xml")
        return JSONResponse({root: value})

    # --- Real-time Statistics ---------------------------------------------------------------

    async def _stats(self, request):
        return await self._served(request, "stats", self._stats_answer)

    async def _stats_answer(self, request, call):
        # documented: :12, :20, tenant name as user name, the data token as password; :250,
        # 403 for an incorrect authentication.
        if not self._authorized(request, self.data_token):
            call["auth"] = "wrong"
            return _text(403, "Forbidden")
        call["auth"] = "ok"
        what = re.sub(r"\.(json|xml)$", "", request.path_params["what"])
        with self._lock:
            queues = list(self.queues.values())
            if what == "queues":  # documented: :82; assumed: {"queue": [...]} in JSON
                records = [_queue_record(q) for q in queues]
                if self._xml(request):
                    return self._answer(request, "queues", {"queue": records})
                return JSONResponse({"queue": records})
            found = re.fullmatch(r"queue/(\d+)", what)  # documented: :87
            if found and int(found.group(1)) in self.queues:
                return self._answer(request, "queue", _queue_record(self.queues[int(
                    found.group(1))]))
            if what == "agents":  # documented: :27 (the server must never ask)
                agents = sum(q.agents for q in queues if not q.outbound)
                records = [_agent_record(n) for n in range(agents)]
                if self._xml(request):
                    return self._answer(request, "agents", {"agent": records})
                return JSONResponse({"agent": records})
        return _text(404, "Not found")  # documented: :251

    # --- Tenant Schedule --------------------------------------------------------------------

    async def _schedule(self, request):
        return await self._served(request, "schedule", self._schedule_answer)

    async def _schedule_answer(self, request, call):
        # documented: :268, :318, tenant name and token as user and password; :343, 401.
        if not self._authorized(request, self.data_token):
            call["auth"] = "wrong"
            return _text(401, "Unauthorized")
        call["auth"] = "ok"
        what = re.sub(r"\.(json|xml)$", "", request.path_params["what"])
        now = _utc(request.query_params)
        if now is None:
            return _text(400, "Bad request")  # documented: :342
        with self._lock:
            if what == "schedules":  # documented: :269-289
                return self._answer(request, "schedules", {"schedule": [
                    _schedule_record(s) for s in self.schedules.values()]})
            found = re.fullmatch(r"schedulesbyname/(.+)", what)  # documented: :293
            if found:
                named = [s for s in self.schedules.values() if s.name == found.group(1)]
                if named:
                    return self._answer(request, "schedules", {"schedule": [
                        _schedule_record(s) for s in named]})
                return _text(404, "Not found")
            found = re.fullmatch(r"schedules/(\d+)(/status|/nextstatus)?", what)
            schedule = self.schedules.get(int(found.group(1))) if found else None
            if found is None or schedule is None:
                return _text(404, "Not found")  # documented: :344
            if found.group(2) is None:  # documented: :295
                return self._answer(request, "schedule", _schedule_record(schedule))
            state, next_state, next_change = schedule.at(now)
            # assumed: {"schedule-status": {"status": ...}}, as published clients read
            # status.json; nextstatus adds the next status and its UTC time in
            # milliseconds (the unit of `utctime`, :303).
            record: dict[str, Any] = {"id": schedule.id, "status": _code(state)}
            if found.group(2) == "/nextstatus" and next_state and next_change is not None:
                record["next-status"] = _code(next_state)
                record["next-status-time"] = int(next_change * 1000)
            return self._answer(request, "schedule-status", record)

    # --- Web Callback -----------------------------------------------------------------------

    async def _webcallback(self, request):
        return await self._served(request, "callback", self._webcallback_answer)

    async def _webcallback_answer(self, request, call):
        pairs = parse_qsl(urlsplit(str(request.url)).query, keep_blank_values=True)
        if request.method == "POST":
            pairs += parse_qsl((await request.body()).decode("utf-8", "replace"),
                               keep_blank_values=True)
        params: dict[str, str] = {}
        for key, value in pairs:
            if key in params:
                self._violation("webcallback.php: %s given twice" % key)
            params[key] = value
        call["params"] = _redacted(params)
        code = self._callback_error(params, call)
        back = params.get("back")
        if code is None:
            self._book(params)
        if back:
            # documented: :413, back "to launch a page after the request has been
            # processed"; :462, ctl_error in the query string sent along with it.
            where = back if code is None else back + ("&" if "?" in back else "?") + \
                "ctl_error=%d" % code
            return Response(status_code=302, headers={"Location": where})
        # assumed: without back, the answer says the same in its text.
        return _text(200, "OK" if code is None else "ctl_error=%d" % code)

    def _rule_violations(self, params):
        """What breaks a documented rule of webcallback.php, code of its own or not."""
        for key in params:
            if key not in WEBCALLBACK_PARAMETERS:
                self._violation("webcallback.php: %s is not one of its parameters (:388-418)"
                                % key)
        phone = params.get("phone", "")
        if phone and not (phone.isascii() and phone.isdigit()):  # documented: :392
            self._violation("webcallback.php: phone %r is not digits only (:392)" % phone)
        data = params.get("extTransactionData", "")
        if data and not _PAIRS.fullmatch(data):
            self._violation("webcallback.php: extTransactionData %r is not [name|value] pairs "
                            "(:407)" % data[:60])
        if len(data) > 500:
            self._violation("webcallback.php: extTransactionData is over 500 characters (:407)")
        expiration = params.get("expiration")
        if expiration is not None and not (expiration.isdigit() and int(expiration) > 0):
            self._violation("webcallback.php: expiration %r is not a value greater than 0 "
                            "(:405)" % expiration)
        if len(params.get("extTransactionId", "")) > 64:
            self._violation("webcallback.php: extTransactionId is over 64 characters (:482)")

    def _callback_error(self, params, call):
        """The ctl_error code (documented: :465-482) the request earns, or None."""
        self._rule_violations(params)
        if params.get("tenant") != self.tenant:
            call["auth"] = "wrong"
            return 1  # assumed: an unknown tenant is "Tenant not enabled."
        if not secrets.compare_digest(params.get("token", ""), self.action_token):
            # documented: :372, the Action Request Token; :467, code 3.
            call["auth"] = "wrong"
            return 3
        call["auth"] = "ok"
        if self.service_unavailable:
            return 15
        kind = params.get("callback_type")
        if not kind:
            return 10
        if kind not in ("1", "2"):  # documented: :397
            return 14
        phone = params.get("phone", "")
        if not phone:
            return 17
        if not phone.isascii() or not phone.isdigit():  # documented: :392, "Digit only"
            return 17  # assumed
        if len(params.get("extTransactionData", "")) > 500:
            return 16
        if len(params.get("ctl_userdata", "")) > 1800:
            return 20
        if len(params.get("extTransactionId", "")) > 64:
            return 22
        if kind == "1":
            channel = params.get("channel_number")
            if not channel:
                return 12
            if channel not in self.channels:
                return 13
            delay = params.get("callback_delay")
            if delay is not None and not delay.isdigit():
                return 11
        else:
            queue_id = params.get("queue_id", "")
            queue = self.queues.get(int(queue_id)) if queue_id.isdigit() else None
            if queue is None:
                return 7
            if not queue.enabled:
                return 8
            if not (queue.outbound and queue.media == "phone"):  # documented: :377
                return 9
            preview = params.get("previewTimeout")
            if preview is not None and not (preview.isdigit() and 15 <= int(preview) <= 10800):
                return 21  # documented: :417
        return None

    def _book(self, params):
        with self._lock:
            self._transaction += 1
            interaction = _Interaction("int-%d-%s" % (int(time.time()), secrets.token_hex(6)),
                                       self._transaction, params["phone"],
                                       params=_redacted(params))
            ext = params.get("extTransactionId")
            if ext:
                self.callbacks.setdefault(ext, []).append(interaction)

    async def _delete(self, request):
        return await self._served(request, "delete", self._delete_answer)

    async def _delete_answer(self, request, call):
        # documented: :527, tenant name and the action token; :618, 401.
        if not self._authorized(request, self.action_token):
            call["auth"] = "wrong"
            return _text(401, "Unauthorized")
        call["auth"] = "ok"
        ext = re.sub(r"\.(json|xml)$", "", request.path_params["ext"])
        with self._lock:
            interactions = self.callbacks.get(ext, [])
            if not interactions:  # documented: :594-601
                return self._delete_body(request, 404, {"error": {"message":
                                                                  "transaction not found"}})
            results = []
            for interaction in interactions:
                result = {"deleteStatus": "nok" if interaction.taken else "ok",
                          "interactionGuid": interaction.guid,
                          "phone": int(interaction.phone), "transactionID":
                          interaction.transaction_id}
                if interaction.taken:
                    result["reason"] = "statuserror"  # documented: :549
                results.append(result)
            kept = [i for i in interactions if i.taken]
            if kept:
                self.callbacks[ext] = kept
            else:
                del self.callbacks[ext]
        # documented: :566, an array for more than one; :590, 200 when all are deleted.
        status = 207 if kept else 200
        data = {"extTransactionId": ext,
                "interactions": results[0] if len(results) == 1 else results}
        return self._delete_body(request, status, {"data": data})

    def _delete_body(self, request, status, body):
        if self._xml(request):  # assumed: the same shape in XML
            (root, value), = body.items()
            return Response(_xml_document(root, value), status, media_type="application/xml")
        return JSONResponse(body, status)

    # --- elsewhere and control --------------------------------------------------------------

    async def _elsewhere(self, request):
        if request.url.path == "/login":
            self._violation("the client followed a redirect to %s" % request.url.path)
        with self._lock:
            self.calls.append({"api": "other", "method": request.method,
                               "path": request.url.path, "status": 404, "at": time.time()})
        return _text(404, "Not found")

    async def _control_state(self, request):
        if request.method == "POST":
            try:
                switches = json.loads(await request.body() or b"{}")
                if not isinstance(switches, dict):
                    raise ValueError("send a JSON object of switches")
                self.set(**switches)
            except (ValueError, TypeError) as error:
                return JSONResponse({"error": str(error)}, 400)
        return JSONResponse(self.state())

    async def _control_calls(self, request):
        if request.method == "DELETE":
            self.reset_calls()
        with self._lock:
            return JSONResponse({"calls": list(self.calls), "violations": list(self.violations)})

    async def _control_take(self, request):
        self.take(request.path_params["ext"])
        return JSONResponse(self.state()["callbacks"])


def _queue_record(queue):
    values = {name: 0 for name in QUEUE_FIELDS}
    values.update({
        "agent-count-waitTransact": queue.agents, "queue-size": queue.waiting,
        "thirty-min-avg-wait-time": queue.wait, "thirty-min-queued": queue.queued,
        "assigned-agent-count": queue.agents + 1, "enabled-agent-count": queue.agents + 1,
        "agent-count-loggedOut": 1, "media-type": queue.media, "queue-type": queue.media,
        "queue-id": queue.id, "queue-name": queue.name, "thirty-min-sla-activity": -1,
    })
    return values


def _agent_record(number):
    # documented: :34-76 (a few of its fields)
    return {"agent-id": "ag%d" % (3276621 + number), "agent-name": "Agent %d" % (number + 1),
            "agent-status": 0, "group-id": 108, "time-in-status": 60}


def _schedule_record(schedule):
    # documented: :272-289
    return {"id": schedule.id, "name": schedule.name, "time-zone": schedule.time_zone,
            "week-days": {"week-day": [
                {"day": day, "properties": {"status": 0 if day < 5 else -1,
                                            "start-time": "08:00", "end-time": "18:00"}}
                for day in range(7)]}}


def _utc(query):
    """The time a status is asked for: now, or `utctime` (ms), plus `offset` (s)."""
    # documented: :303-309
    try:
        when = float(query["utctime"]) / 1000 if "utctime" in query else time.time()
        return when + float(query.get("offset", "0"))
    except ValueError:
        return None


def _xml_document(root, value):
    return ("<?xml version='1.0' encoding='UTF-8' ?>\n" + _xml(root, value)).encode()


def _xml(tag, value):
    if isinstance(value, list):
        return "".join(_xml(tag, item) for item in value)
    if isinstance(value, dict):
        inner = "".join(_xml(key, item) for key, item in value.items())
        return "<%s>%s</%s>" % (tag, inner, tag)
    if value is None or value == "":
        return "<%s/>" % tag
    return "<%s>%s</%s>" % (tag, escape(str(value)), tag)


def _basic(request):
    header = request.headers.get("authorization", "")
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic":
        return None, None
    try:
        user, sep, password = base64.b64decode(encoded, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None, None
    return (user, password) if sep else (None, None)


def _redacted(params):
    return {k: ("<token>" if k == "token" else v) for k, v in params.items()}


async def _gone(request: Request) -> bool:
    return await request.is_disconnected()  # without waiting: only what has arrived


def _text(status, text):
    return Response(text.encode(), status, media_type="text/plain")
