"""The server companion's ASGI application (Starlette): the page's narrow interface to 8x8.

    GET    /v1/status              the schedule's state and the queues' aggregates (cached)
    POST   /v1/callback            book a callback: 202 {"handle"}
    DELETE /v1/callback/{handle}   cancel it
    GET    /healthz                how the server, its store and its 8x8 answers are doing

CORS answers only the configured origins, exactly (`Vary: Origin` on every answer, never
credentials); the callback refuses any other origin outright (403), since a page elsewhere
must not book calls through it. Answers never hold a token, the tenant name or a phone.
"""

import hashlib
import logging
import time
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from chatkit.server.cache import Lane, Resources
from chatkit.server.callback import MAX_BODY_BYTES, Answer, Callbacks
from chatkit.server.client import DEFAULT_TIMEOUT, Client
from chatkit.server.settings import ENV_ACTION_TOKEN, Secrets, ServerSettings
from chatkit.server.status import Status, fetchers
from chatkit.server.store import Store, open_store, redacted_url

__all__ = ["NO_STORE", "PREFLIGHT_MAX_AGE", "create_app"]

_log = logging.getLogger("chatkit.server")

PREFLIGHT_MAX_AGE = "600"
NO_STORE = "no-store"


class _Server:
    """What the endpoints share, made when the application starts."""

    def __init__(self, settings, secrets, store, timeout, clock):
        self.clock = clock
        self.settings = settings
        self.secrets = secrets
        self.store = store
        self.origins = frozenset(settings.origins)
        tenant = hashlib.sha256(("%s\n%s" % (settings.api_base, secrets.tenant)).encode())
        self.prefix = "chatkit:%s:" % tenant.hexdigest()[:16]
        self.client = Client(settings.api_base, secrets, timeout=timeout,
                             back_url=settings.url + "/v1/callback/done")
        self.lane = Lane(store, self.prefix + "lane", hold_seconds=timeout + 3)
        self.resources = Resources(store, self.lane, fetchers(self.client, clock), self.prefix,
                                   first_wait=timeout + 1, lane_wait=timeout + 1, clock=clock)
        self.status = Status(settings, self.resources, clock)
        self.callbacks_off = _callbacks_off(settings, secrets)
        self.callbacks = None if self.callbacks_off else Callbacks(
            settings.callback, self.client, store, self.prefix, self.status, self.lane,
            lane_wait=timeout + 1)

    def forget(self):
        """Every cached answer dropped: the next request asks 8x8 (LocalServer's flips)."""
        self.resources.forget()
        self.status.forget()

    async def close(self):
        await self.resources.close()
        await self.client.close()
        await self.store.close()


def _callbacks_off(settings, secrets):
    if settings.callback is None:
        return "no [callback] table in the config"
    if not secrets.action_token:
        return "no %s in the environment (read-only: status only)" % ENV_ACTION_TOKEN
    return None


def create_app(settings: ServerSettings, secrets: Secrets, *, store: Store | str | None = None,
               timeout: float = DEFAULT_TIMEOUT, clock=time.time) -> Starlette:
    """The application for one tenant. `store` is a Store, a store URL ("memory",
    "redis://..."), or None for `settings.store`; `timeout` bounds each 8x8 request (seconds);
    `clock` is the wall clock the cache periods run on (tests move their own).
    """
    if store is None or isinstance(store, str):
        store = open_store(store or settings.store)

    @asynccontextmanager
    async def lifespan(app):
        server = _Server(settings, secrets, store, timeout, clock)
        app.state.server = server
        _log.info("chatkit server: 8x8 at %s, store %s, callbacks %s", settings.api_base,
                 redacted_url(getattr(store, "url", store.kind)),
                 "on" if server.callbacks else "off (%s)" % server.callbacks_off)
        try:
            yield
        finally:
            await server.close()

    routes = [
        Route("/v1/status", _status, methods=["GET", "OPTIONS"]),
        Route("/v1/callback", _book, methods=["POST", "OPTIONS"]),
        Route("/v1/callback/done", _done, methods=["GET"]),
        Route("/v1/callback/{handle}", _cancel, methods=["DELETE", "OPTIONS"]),
        Route("/healthz", _health, methods=["GET"]),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.router.redirect_slashes = False  # an API: a wrong path is 404, not a redirect
    return app


def _server(request: Request) -> _Server:
    return request.app.state.server


def _cors(server, request):
    """`Vary: Origin` always; the origin allowed back only when it is one of the config's."""
    headers = {"Vary": "Origin"}
    origin = request.headers.get("origin")
    if origin in server.origins:
        headers["Access-Control-Allow-Origin"] = origin
    return headers


def _preflight(server, request, method):
    headers = _cors(server, request)
    asked = request.headers.get("access-control-request-method", "")
    if "Access-Control-Allow-Origin" not in headers or asked.upper() not in (method, ""):
        return JSONResponse({"error": "this origin or method may not ask this server",
                             "field": None}, 403, headers=dict(headers, **{
                                 "Cache-Control": NO_STORE}))
    headers.update({"Access-Control-Allow-Methods": method,
                    "Access-Control-Allow-Headers": "Content-Type",
                    "Access-Control-Max-Age": PREFLIGHT_MAX_AGE,
                    "Cache-Control": NO_STORE})
    return Response(status_code=204, headers=headers)


async def _status(request: Request) -> Response:
    server = _server(request)
    if request.method == "OPTIONS":
        return _preflight(server, request, "GET")
    headers = _cors(server, request)
    body, max_age = await server.status.answer()
    if body is None:
        headers.update({"Cache-Control": NO_STORE, "Retry-After": "5"})
        return JSONResponse({"error": "8x8 has not answered yet: try again in a moment"}, 503,
                            headers=headers)
    headers["Cache-Control"] = "public, max-age=%d" % max_age
    return Response(body, media_type="application/json", headers=headers)


def _refuse_origin(server, request):
    """The callback answers only the configured pages (403 for any other, or none)."""
    if request.headers.get("origin") in server.origins:
        return None
    return _json(server, request, Answer(403, {"error": "this page's origin may not ask this "
                                                        "server", "field": None}))


async def _book(request: Request) -> Response:
    server = _server(request)
    if request.method == "OPTIONS":
        return _preflight(server, request, "POST")
    refused = _refuse_origin(server, request)
    if refused is not None:
        return refused
    if server.callbacks is None:
        return _json(server, request, Answer(404, {"error": "callbacks are off on this server",
                                                   "field": None}))
    media_type, _, parameters = request.headers.get("content-type", "").partition(";")
    charset = parameters.strip().lower().replace(" ", "")
    if media_type.strip().lower() != "application/json" or charset not in (
            "", "charset=utf-8", "charset=\"utf-8\""):
        return _json(server, request, Answer(415, {"error": "send application/json (UTF-8)",
                                                   "field": None}))
    body = await _body(request)
    if body is None:
        return _json(server, request, Answer(413, {"error": "the body is too big (at most %d "
                                                            "bytes)" % MAX_BODY_BYTES,
                                                   "field": None}))
    answer = await server.callbacks.book(body, request.client.host if request.client else None)
    return _json(server, request, answer)


async def _cancel(request: Request) -> Response:
    server = _server(request)
    if request.method == "OPTIONS":
        return _preflight(server, request, "DELETE")
    refused = _refuse_origin(server, request)
    if refused is not None:
        return refused
    if server.callbacks is None:
        return _json(server, request, Answer(404, {"error": "callbacks are off on this server",
                                                   "field": None}))
    answer = await server.callbacks.cancel(request.path_params["handle"],
                                           request.client.host if request.client else None)
    return _json(server, request, answer)


async def _done(request: Request) -> Response:
    """webcallback.php's `back` (8x8-server-apis.txt:413): the server reads 8x8's redirect
    itself and never follows it; nothing is shown here."""
    return Response(status_code=204, headers={"Cache-Control": NO_STORE})


async def _health(request: Request) -> Response:
    server = _server(request)
    await server.store.ping()
    store = server.store.health()
    now = server.clock()
    answers = {}
    for name, entry in sorted(server.resources.known().items()):
        answers[name] = {
            "answered": entry.value is not None,
            "age_seconds": round(now - entry.fetched_at, 1) if entry.value is not None else None,
            "stale": entry.stale(now),
            "failures": entry.failures,
            "error": entry.error,
        }
    body = {
        "ok": True,
        "degraded": not store["ok"] or any(a["stale"] or not a["answered"]
                                           for a in answers.values()),
        "store": store,
        "callbacks": "on" if server.callbacks else "off: " + (server.callbacks_off or ""),
        "8x8": answers,
    }
    return JSONResponse(body, headers={"Cache-Control": NO_STORE})


def _json(server, request, answer: Answer) -> Response:
    headers = dict(_cors(server, request), **answer.headers)
    headers["Cache-Control"] = NO_STORE
    return JSONResponse(answer.body, answer.status, headers=headers)


async def _body(request):
    """The body, or None past MAX_BODY_BYTES (by its Content-Length, or as it streams)."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_BODY_BYTES:
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)
