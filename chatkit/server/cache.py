"""8x8's answers, cached so that page traffic never reaches 8x8 (SPEC 10, issue 20 point 3).

8x8 refreshes its statistics every 10 s (8x8-server-apis.txt:8) and answers 503 to more than
one request per tenant at a time (:346). So:

- **one 8x8 request at a time per tenant**, in every instance together: the *lane*, a lock
  in the store, held for the length of one request (bounded by the client's timeout);
- **single flight per resource**: one refresh task per resource per process, and inside the
  lane a second look at the store, so a resource another instance has just refreshed is not
  asked again;
- **cached** for the period the fetcher gives (statistics 10 s, the schedule until its next
  change or 60 s); a request finding its answer expired gets the last answer at once while
  one refresh runs (only the very first request, with nothing cached, waits for 8x8);
- **stale with backoff**: when 8x8 fails, the last answer stays, marked stale, and the next
  try waits 10 s, 20 s, 40 s... up to 5 minutes (longer when 8x8 says Retry-After).

An entry lives in the store (shared) and in this process (so that a fresh answer costs no
store round trip, and survives a Redis gone away).
"""

import asyncio
import json
import logging
import random
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from typing import Any

from chatkit.server.client import EightByEightError
from chatkit.server.store import Store

__all__ = ["BACKOFF_FIRST", "BACKOFF_MAX", "Entry", "Fetcher", "KEEP_SECONDS", "LANE_POLL_SECONDS",
           "Lane", "Resources", "STALE_GRACE", "STORE_LOOK_SECONDS", "TIMEOUT_COOLDOWN"]

_log = logging.getLogger("chatkit.server")

BACKOFF_FIRST = 10.0
BACKOFF_MAX = 300.0
# An answer past its period by more than this (no refresh managed) is reported stale.
STALE_GRACE = 10.0
# An entry outlives its period in the store, to be served stale when 8x8 fails.
KEEP_SECONDS = 7 * 24 * 3600
# How often a process looks in the store for an answer another instance may have fetched.
STORE_LOOK_SECONDS = 0.1
LANE_POLL_SECONDS = 0.02
# After a request abandoned at the timeout, the lane stays taken this long (see Lane.release).
TIMEOUT_COOLDOWN = 1.0

Fetcher = Callable[[str], Awaitable[tuple[dict[str, Any], float]]]


@dataclass
class Entry:
    """One resource's last answer (`value`, None before any) and how its refreshes go."""

    value: dict[str, Any] | None
    fetched_at: float = 0.0  # wall clock, seconds since the epoch
    fresh_until: float = 0.0
    failures: int = 0
    retry_at: float = 0.0
    error: str | None = None
    written_at: float = 0.0

    def fresh(self, now: float) -> bool:
        return self.value is not None and now < self.fresh_until

    def stale(self, now: float) -> bool:
        return self.value is not None and (self.failures > 0 or
                                           now > self.fresh_until + STALE_GRACE)

    def dumps(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def loads(cls, text: str | None) -> "Entry | None":
        if not text:
            return None
        try:
            return cls(**json.loads(text))
        except (ValueError, TypeError):
            return None


class Lane:
    """The tenant's one 8x8 request at a time, in every instance sharing the store."""

    def __init__(self, store: Store, key: str, hold_seconds: float):
        self.store = store
        self.key = key
        self.hold_seconds = hold_seconds

    async def acquire(self, wait: float) -> str | None:
        """A token when the lane is ours within `wait` seconds, else None."""
        token = secrets.token_hex(8)
        deadline = time.monotonic() + wait
        while True:
            if await self.store.add(self.key, token, self.hold_seconds):
                return token
            if time.monotonic() >= deadline:
                return None
            await asyncio.sleep(LANE_POLL_SECONDS * (0.5 + random.random()))

    async def release(self, token: str, cooldown: float = 0.0) -> None:
        """Free the lane; after a request abandoned at its timeout, only `cooldown` seconds
        later, as 8x8 may still be working on it (and would answer the next one 503)."""
        if cooldown:
            await asyncio.sleep(cooldown)
        await self.store.delete(self.key, token)


class Resources:
    """The cached 8x8 resources: names like "queue:101", each refreshed by its kind's
    fetcher (`fetchers["queue"]("101")` gives the answer and its period in seconds)."""

    def __init__(self, store: Store, lane: Lane, fetchers: dict[str, Fetcher], prefix: str,
                 *, first_wait: float, lane_wait: float,
                 clock: Callable[[], float] = time.time):
        self.clock = clock  # the wall clock (seconds since the epoch); tests pass their own
        self.store = store
        self.lane = lane
        self.fetchers = fetchers
        self.prefix = prefix
        self.first_wait = first_wait
        self.lane_wait = lane_wait
        self._local: dict[str, Entry] = {}
        self._looked: dict[str, float] = {}
        self._tasks: dict[str, asyncio.Task] = {}
        self._forgotten_at = 0.0

    def forget(self) -> None:
        """Drop every answer, so that the next request asks 8x8 again (the preview's and the
        testing kit's emulator after a flip: never the production path)."""
        self._forgotten_at = self.clock()
        self._local.clear()
        self._looked.clear()

    def known(self) -> dict[str, Entry]:
        """This process's entries, for /healthz."""
        return dict(self._local)

    async def get(self, name: str) -> Entry | None:
        """The resource's entry: fresh when it can be, the last one while a refresh runs, and
        for a first request the result of the refresh it waits for (bounded)."""
        now = self.clock()
        entry = self._local.get(name)
        if entry is not None and entry.fresh(now):
            return entry
        if time.monotonic() >= self._looked.get(name, 0.0):
            self._looked[name] = time.monotonic() + STORE_LOOK_SECONDS
            entry = self._newer(name, await self._read(name))
            if entry is not None and entry.fresh(now):
                return entry
        task = self._refresh_task(name)
        if entry is None or entry.value is None:
            waited = time.monotonic()
            try:
                await asyncio.wait_for(asyncio.shield(task), self.first_wait)
            except TimeoutError:
                pass
            entry = self._local.get(name)
            # Another instance may hold the lane for this very resource: look in the store.
            while (entry is None or entry.value is None) and (
                    time.monotonic() - waited < self.first_wait) and (
                    entry is None or entry.failures == 0):
                await asyncio.sleep(LANE_POLL_SECONDS * 5)
                entry = self._newer(name, await self._read(name))
        return entry

    def _newer(self, name, stored):
        """The later written of this process's entry and the store's."""
        local = self._local.get(name)
        if stored is not None and stored.written_at <= self._forgotten_at:
            stored = None
        if stored is not None and (local is None or stored.written_at > local.written_at):
            self._local[name] = stored
            return stored
        return local

    async def _read(self, name):
        return Entry.loads(await self.store.get(self.prefix + name))

    def _refresh_task(self, name):
        task = self._tasks.get(name)
        if task is None or task.done():
            task = asyncio.get_running_loop().create_task(self._refresh(name))
            self._tasks[name] = task
        return task

    async def _refresh(self, name):
        entry = self._newer(name, await self._read(name))
        if not self._due(entry):
            return
        token = await self.lane.acquire(self.lane_wait)
        if token is None:
            return  # the lane stayed busy: a later request tries again
        cooldown = 0.0
        try:
            entry = self._newer(name, await self._read(name))  # another instance's, maybe
            if not self._due(entry):
                return
            if await self._fetch(name, entry) == "timeout":
                cooldown = TIMEOUT_COOLDOWN
        finally:
            await self.lane.release(token, cooldown)

    def _due(self, entry):
        now = self.clock()
        if entry is None:
            return True
        return not entry.fresh(now) and now >= entry.retry_at

    async def _fetch(self, name, entry):
        kind, _, argument = name.partition(":")
        started = self.clock()
        try:
            try:
                value, period = await self.fetchers[kind](argument)
            except EightByEightError:
                raise
            except Exception as error:  # a bug must not stop the cache: log it, back off
                _log.error("8x8 %s: unexpected %s while reading the answer", name,
                          type(error).__name__)
                raise EightByEightError("internal", type(error).__name__) from None
        except EightByEightError as error:
            failures = (entry.failures if entry else 0) + 1
            delay = min(BACKOFF_FIRST * 2 ** (failures - 1), BACKOFF_MAX)
            delay = max(delay * random.uniform(0.9, 1.1), error.retry_after or 0.0)
            new = Entry(entry.value if entry else None, entry.fetched_at if entry else 0.0,
                        entry.fresh_until if entry else 0.0, failures, started + delay,
                        error.kind, self.clock())
            _log.warning("8x8 %s: %s; %s; next try in %.0f s", name, error,
                        "serving the last answer, marked stale" if new.value is not None
                        else "nothing to serve yet", delay)
        else:
            new = Entry(value, started, started + period, written_at=self.clock())
            _log.info("8x8 %s refreshed (cached %.0f s)", name, period)
        self._local[name] = new
        await self.store.set(self.prefix + name, new.dumps(), KEEP_SECONDS)
        return new.error

    async def close(self) -> None:
        for task in self._tasks.values():
            task.cancel()
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)
