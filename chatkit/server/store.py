"""Where the server keeps what its instances share: 8x8's answers, the lock that lets one 8x8
request run at a time, pending callbacks and rate-limit counters.

`MemoryStore` is the embedded default (one process). `RedisStore` shares all of it between
instances behind a load balancer; when Redis stops answering it keeps serving from its own
`MemoryStore` (each instance on its own, as if alone) and says so in `health()`, and goes back
to Redis as soon as Redis answers again. Values are text; every key expires.
"""

import asyncio
import logging
import time
from typing import Any

__all__ = ["MemoryStore", "REDIS_RETRY_SECONDS", "REDIS_TIMEOUT_SECONDS", "RedisStore", "Store",
           "open_store", "redacted_url"]

_log = logging.getLogger("chatkit.server")

# How long a failed Redis stays unused before the next try, and how long an operation may
# take: bounded, so that a Redis gone away costs a request at most this.
REDIS_RETRY_SECONDS = 2.0
REDIS_TIMEOUT_SECONDS = 0.5


class Store:
    """The operations the server needs; each key expires after `ttl` seconds."""

    kind = "store"

    async def get(self, key: str) -> str | None:
        raise NotImplementedError

    async def set(self, key: str, value: str, ttl: float) -> None:
        raise NotImplementedError

    async def add(self, key: str, value: str, ttl: float) -> bool:
        """Set `key` only when it is absent; True when this call set it (a lock, a claim)."""
        raise NotImplementedError

    async def delete(self, key: str, value: str | None = None) -> bool:
        """Delete `key` (only while it holds `value`, when given); True when deleted."""
        raise NotImplementedError

    async def incr(self, key: str, ttl: float) -> tuple[int, float]:
        """Add one to a counter that lives `ttl` seconds from its first count: (count, seconds
        left)."""
        raise NotImplementedError

    async def ping(self) -> bool:
        return True

    def health(self) -> dict[str, Any]:
        return {"kind": self.kind, "ok": True, "answering_from": self.kind}

    async def close(self) -> None:
        pass


class MemoryStore(Store):
    """The store in this process's memory."""

    kind = "memory"

    def __init__(self) -> None:
        self._items: dict[str, tuple[str, float]] = {}
        self._writes = 0

    def _live(self, key):
        item = self._items.get(key)
        if item is None:
            return None
        if item[1] <= time.monotonic():
            del self._items[key]
            return None
        return item

    def _put(self, key, value, ttl):
        self._items[key] = (value, time.monotonic() + max(ttl, 0.001))
        self._writes += 1
        if self._writes % 1000 == 0:  # expired keys of idle rate limits, now and then
            now = time.monotonic()
            for old in [k for k, (_, until) in self._items.items() if until <= now]:
                del self._items[old]

    async def get(self, key):
        item = self._live(key)
        return None if item is None else item[0]

    async def set(self, key, value, ttl):
        self._put(key, value, ttl)

    async def add(self, key, value, ttl):
        if self._live(key) is not None:
            return False
        self._put(key, value, ttl)
        return True

    async def delete(self, key, value=None):
        item = self._live(key)
        if item is None or (value is not None and item[0] != value):
            return False
        del self._items[key]
        return True

    async def incr(self, key, ttl):
        item = self._live(key)
        if item is None:
            self._put(key, "1", ttl)
            return 1, ttl
        count = int(item[0]) + 1
        self._items[key] = (str(count), item[1])
        return count, item[1] - time.monotonic()


# Delete a lock only while it is still ours; count with an expiry set by the first count.
_DELETE_IF = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) " \
             "else return 0 end"
_INCR = "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], " \
        "ARGV[1]) end return {n, redis.call('PTTL', KEYS[1])}"


class RedisStore(Store):
    """A Redis shared by every instance, with this process's memory when Redis is away."""

    kind = "redis"

    def __init__(self, url: str) -> None:
        import redis.asyncio as redis
        from redis.exceptions import RedisError

        self.url = url
        self._errors = (RedisError, OSError, asyncio.TimeoutError)
        self._redis = redis.Redis.from_url(
            url, decode_responses=True, socket_timeout=REDIS_TIMEOUT_SECONDS,
            socket_connect_timeout=REDIS_TIMEOUT_SECONDS, retry_on_timeout=False)
        self._delete_if = self._redis.register_script(_DELETE_IF)
        self._incr = self._redis.register_script(_INCR)
        self.fallback = MemoryStore()
        self._down_until = 0.0
        self._down_since: float | None = None
        self._last_error = ""

    @property
    def down(self) -> bool:
        return self._down_since is not None

    async def _call(self, operation, *args):
        """Run one Redis operation, or its memory twin while Redis is away."""
        if self._down_since is not None and time.monotonic() < self._down_until:
            return await getattr(self.fallback, operation)(*args)
        try:
            result = await asyncio.wait_for(getattr(self, "_redis_" + operation)(*args),
                                            REDIS_TIMEOUT_SECONDS * 2)
        except self._errors as error:
            self._mark_down(error)
            return await getattr(self.fallback, operation)(*args)
        if self._down_since is not None:
            _log.warning("Redis answers again (%s): instances share the store again after "
                        "%.0f s on their own memory", redacted_url(self.url),
                        time.monotonic() - self._down_since)
            self._down_since = None
        return result

    def _mark_down(self, error):
        if self._down_since is None:
            self._down_since = time.monotonic()
            _log.warning("Redis does not answer (%s: %s): answering from this instance's memory "
                        "until it is back", redacted_url(self.url), type(error).__name__)
        self._last_error = type(error).__name__
        self._down_until = time.monotonic() + REDIS_RETRY_SECONDS

    async def _redis_get(self, key):
        return await self._redis.get(key)

    async def _redis_set(self, key, value, ttl):
        await self._redis.set(key, value, px=max(int(ttl * 1000), 1))

    async def _redis_add(self, key, value, ttl):
        return bool(await self._redis.set(key, value, px=max(int(ttl * 1000), 1), nx=True))

    async def _redis_delete(self, key, value=None):
        if value is None:
            return bool(await self._redis.delete(key))
        return bool(await self._delete_if(keys=[key], args=[value]))

    async def _redis_incr(self, key, ttl):
        count, left_ms = await self._incr(keys=[key], args=[max(int(ttl * 1000), 1)])
        return int(count), max(int(left_ms), 0) / 1000

    async def _redis_ping(self):
        return bool(await self._redis.ping())

    async def get(self, key):
        return await self._call("get", key)

    async def set(self, key, value, ttl):
        await self._call("set", key, value, ttl)

    async def add(self, key, value, ttl):
        return await self._call("add", key, value, ttl)

    async def delete(self, key, value=None):
        return await self._call("delete", key, value)

    async def incr(self, key, ttl):
        return await self._call("incr", key, ttl)

    async def ping(self):
        """Ask Redis now (for /healthz), whatever the last operation found."""
        self._down_until = 0.0
        await self._call("ping")
        return not self.down

    def health(self):
        health = {"kind": "redis", "ok": not self.down,
                  "answering_from": "memory" if self.down else "redis"}
        if self.down:
            health["error"] = self._last_error
        return health

    async def close(self):
        try:
            await self._redis.aclose()
        except self._errors:
            pass


def open_store(url: str) -> Store:
    """The store a `[server] store` / `--store` value names: "memory" or a Redis URL."""
    if url == "memory":
        return MemoryStore()
    return RedisStore(url)


def redacted_url(url: str) -> str:
    """A store URL as logs and /healthz show it: without a user or password."""
    scheme, sep, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    if "@" in host:
        host = "***@" + host.rpartition("@")[2]
    return scheme + sep + host + slash + path
