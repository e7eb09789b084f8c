"""`GET /v1/status`: the schedule's state and the configured queues' aggregates, as the page
reads them (SPEC 10):

    {"open": true, "state": "open", "next_change": "2026-12-07T18:00:00Z",
     "agents_available": 2, "waiting": 3, "wait": "short", "stale": false,
     "as_of": "2026-12-07T15:16:04Z"}

- `state` is 8x8's schedule status (8x8-server-apis.txt:329-336): "open" (0), "closed" (-1),
  "choice-1".."choice-6" (Choice #1..#6); `open` is true for "open" only: what a choice
  means is the tenant's (its IVR's) to say, so the page gets the state to decide.
- `next_change` is when 8x8 says the status changes next; once that time passes the status
  is the next one (until 8x8 is asked again), so the page flips on time.
- `agents_available` adds up the queues' `agent-count-waitTransact` ("Agents available to
  take interactions from this queue", :219), `waiting` their `queue-size` (:234); an agent in
  two queues counts twice.
- `wait` classes the 30-minute average wait (`thirty-min-avg-wait-time`, :239, weighted by
  each queue's `thirty-min-queued`) by `[server] wait`: below `short` "short", below `medium`
  "medium", else "long"; null when not open or no queue has answered.
- `stale` is true when a part is an old answer that 8x8 could not refresh; `as_of` is when
  the oldest part was fetched.

Only queue aggregates leave the server, and only for the ids in its config.
"""

import asyncio
import json
import time
from dataclasses import asdict
from datetime import UTC, datetime

from chatkit.server.cache import Resources
from chatkit.server.client import Client
from chatkit.server.settings import ServerSettings

__all__ = ["MAX_AGE", "RECHECK_SECONDS", "SCHEDULE_ID_SECONDS", "SCHEDULE_MAX_SECONDS",
           "SCHEDULE_MIN_SECONDS", "STATS_SECONDS", "Status", "fetchers", "iso"]

STATS_SECONDS = 10.0  # 8x8 refreshes its statistics every 10 s (8x8-server-apis.txt:8)
SCHEDULE_MAX_SECONDS = 60.0
SCHEDULE_MIN_SECONDS = 5.0  # a change announced for "now" is asked again no sooner
SCHEDULE_ID_SECONDS = 3600.0
RECHECK_SECONDS = 0.2  # an answer with a part being refreshed, or failing, is kept this long
MAX_AGE = 10  # Cache-Control max-age at most: a CDN may absorb the traffic between refreshes


def fetchers(client: Client, clock=time.time):
    """The cache's fetchers: each 8x8 resource's answer (only what /v1/status uses) and the
    seconds it may be kept."""

    async def queue(argument):
        stats = await client.queue(int(argument))
        return asdict(stats), STATS_SECONDS

    async def schedule(argument):
        status = await client.next_status(int(argument))
        period = SCHEDULE_MAX_SECONDS
        if status.next_change is not None:
            period = min(period, max(status.next_change - clock(), SCHEDULE_MIN_SECONDS))
        return asdict(status), period

    async def schedule_id(argument):
        return {"id": await client.schedule_id(argument)}, SCHEDULE_ID_SECONDS

    return {"queue": queue, "schedule": schedule, "schedule-id": schedule_id}


def iso(seconds: float) -> str:
    """UTC, to the second, as ISO 8601: `2026-12-07T15:16:04Z`."""
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Status:
    """The status answer, assembled from the cache and kept until a part changes."""

    def __init__(self, settings: ServerSettings, resources: Resources, clock=time.time):
        self.clock = clock
        self.settings = settings
        self.resources = resources
        # (valid until on the clock, and on time.monotonic(), the body): an answer with a
        # part past its period is assembled again soon, to show the refresh's outcome.
        self._answer: tuple[float, float, bytes] | None = None
        self._lock = asyncio.Lock()

    async def answer(self) -> tuple[bytes | None, int]:
        """(the JSON body, or None while 8x8 has never answered; its max-age in seconds)."""
        cached = self._answer
        if cached is None or not self._valid(cached):
            async with self._lock:  # one assembly at a time; the others take its result
                cached = self._answer
                if cached is None or not self._valid(cached):
                    cached = await self._assemble(self.clock())
                    self._answer = cached
        until, _, body = cached
        if not body:
            return None, 0
        return body, max(0, min(MAX_AGE, int(until - self.clock())))

    def forget(self) -> None:
        """Assemble the next answer anew (after `Resources.forget`)."""
        self._answer = None

    def _valid(self, cached):
        until, recheck, _ = cached
        return self.clock() < until and time.monotonic() < recheck

    async def state(self) -> tuple[str | None, float | None]:
        """(the schedule's state now, the next change) or (None, None) when unknown."""
        entry = await self._schedule()
        if entry is None or entry.value is None:
            return None, None
        return _state_at(entry.value, self.clock())

    async def _schedule(self):
        schedule = self.settings.schedule
        if isinstance(schedule, str):
            found = await self.resources.get("schedule-id:" + schedule)
            if found is None or found.value is None:
                return found
            schedule = found.value["id"]
        return await self.resources.get("schedule:%d" % schedule)

    async def _assemble(self, now):
        schedule = await self._schedule()
        if schedule is None or schedule.value is None:
            return now + 1, time.monotonic() + RECHECK_SECONDS, b""
        queues = [e for e in await asyncio.gather(*(
            self.resources.get("queue:%d" % q) for q in self.settings.queues))
            if e is not None and e.value is not None]
        values = [q.value for q in queues if q.value is not None]  # all of them: see above
        state, next_change = _state_at(schedule.value, now)
        parts = [schedule, *queues]
        stale = any(p.stale(now) for p in parts) or len(queues) < len(self.settings.queues)
        until = min(p.fresh_until if p.fresh(now) else now + 1 for p in parts)
        if next_change is not None and next_change > now:
            until = min(until, next_change)
        everything_fresh = all(p.fresh(now) for p in parts) and len(queues) == len(
            self.settings.queues)
        recheck = float("inf") if everything_fresh else time.monotonic() + RECHECK_SECONDS
        body = {
            "open": state == "open",
            "state": state,
            "next_change": iso(next_change) if next_change is not None else None,
            "agents_available": sum(value["agents_available"] for value in values),
            "waiting": sum(value["waiting"] for value in values),
            "wait": self._wait(values) if state == "open" else None,
            "stale": stale,
            "as_of": iso(min(p.fetched_at for p in parts)),
        }
        return until, recheck, json.dumps(body, separators=(",", ":")).encode()

    def _wait(self, queues):
        if not queues:
            return None
        queued = sum(q["queued_30"] for q in queues)
        if queued:
            average = sum(q["avg_wait_30"] * q["queued_30"] for q in queues) / queued
        else:
            average = max(q["avg_wait_30"] for q in queues)
        if average < self.settings.wait_short:
            return "short"
        return "medium" if average < self.settings.wait_medium else "long"


def _state_at(schedule, now):
    """The state at `now`: the next one once its time has come."""
    next_change = schedule.get("next_change")
    if next_change is not None and schedule.get("next_state") and now >= next_change:
        return schedule["next_state"], None
    return schedule["state"], next_change
