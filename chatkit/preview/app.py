"""The preview's web application (Starlette): the page and its files, the live socket, and
where the browser reports Content-Security-Policy violations.

It is a server on the user's computer that any web page they visit could try to
reach, so every request must first name the preview as the user's browser does
(`Host`, see `chatkit.preview.origins`), else it gets a plain 403 before anything else
of it is read; the live socket also takes only the preview's own pages (`Origin`), and
violation reports only as the browser sends them (`Content-Type: application/csp-report`,
which no other page can send without a CORS preflight, which the preview never answers).
"""

import json
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route, WebSocketRoute

from chatkit.emulator.serving import LocalOnly, host_of, request_path
from chatkit.preview.csp import REPORT_PATH
from chatkit.preview.live import Live
from chatkit.preview.origins import allowed_hosts
from chatkit.preview.page import NO_STORE, OWN_FILES, SCENARIO

__all__ = ["CSP_REPORT_TYPES", "LIVE_PATH", "OWN_PATHS", "REPORT_MAX_BYTES", "preview_app"]

LIVE_PATH = "/__chatkit/live"
CSP_REPORT_TYPES = ("application/csp-report",)
REPORT_MAX_BYTES = 64 * 1024
OWN_PATHS = frozenset((*OWN_FILES, SCENARIO, LIVE_PATH))


def preview_app(live: Live) -> Starlette:
    """The ASGI application of the preview `live.preview`, local requests only."""
    port = live.preview.port
    refusal = ("chatkit serve answers only http://localhost:%d/ (or 127.0.0.1, [::1]), not "
               "another host name" % port)

    async def page(request: Request) -> Response:
        return _answer(live, request)

    async def csp_report(request: Request) -> Response:
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind not in CSP_REPORT_TYPES:
            return PlainTextResponse("violation reports only", 415)
        body = await _body(request)
        for text in _violations(body):
            await live.violation(text)
        return Response(status_code=204)

    return Starlette(routes=[
        WebSocketRoute(LIVE_PATH, live.connect),
        Route(REPORT_PATH, csp_report, methods=["POST"]),
        Route("/{path:path}", page, methods=["GET", "HEAD"]),
    ], middleware=[Middleware(LocalOnly, hosts=allowed_hosts(port), refusal=refusal)])


def _answer(live, request):
    # The path's bytes as the browser sent them, decoded: "%00" is a NUL, not a 500.
    path = request_path(request.scope)
    origin = "http://" + (host_of(request.scope) or "")
    try:
        answer = live.preview.respond(path, origin)
    except Exception as error:  # noqa: BLE001 - a bug in chatkit: one line, it goes on
        live.terminal.say("chatkit serve could not answer %r: %s: %s"
                          % (path, type(error).__name__, error))
        return PlainTextResponse("chatkit serve could not answer this; its terminal says why",
                                 500, headers={"Cache-Control": NO_STORE})
    status = int(answer.status.split()[0])
    headers = {"Cache-Control": answer.cache, "X-Content-Type-Options": "nosniff"}
    headers.update(answer.headers)
    if status == 204:
        return Response(status_code=204, headers=headers)
    return Response(answer.body, status, headers=headers, media_type=answer.content_type)


async def _body(request):
    body = b""
    try:
        async for chunk in request.stream():
            body += chunk
            if len(body) > REPORT_MAX_BYTES:
                return b""
    except ClientDisconnect:
        return b""
    return body


def _violations(body):
    """The one-line description of each violation in a report-uri body."""
    try:
        data = json.loads(body)
    except ValueError:
        return []
    report = data.get("csp-report") if isinstance(data, dict) else None
    text = _describe(report) if isinstance(report, dict) else ""
    return [text] if text else []


def _describe(report):
    def field(name):
        value = report.get(name)
        return str(value) if isinstance(value, (str, int)) else ""

    directive = field("effective-directive") or field("violated-directive")
    if not directive:
        return ""
    blocked = field("blocked-uri") or "inline"
    what = {"inline": "inline code", "eval": "eval (Brython needs 'unsafe-eval')"}.get(
        blocked, blocked)
    if urlsplit(blocked).path in OWN_PATHS:
        what += " (the preview's own file, not one of your page's)"
    source = field("source-file")
    where = " (%s:%s)" % (source, field("line-number")) if source else ""
    if field("disposition") == "report":
        return "%s (Report-Only) would block %s%s" % (directive, what, where)
    return "%s blocked %s%s" % (directive, what, where)
