"""The preview's live side: the files it watches, the pages connected to it, what went wrong.

`Live.watch()` asks the preview, every `POLL_SECONDS`, whether the files the config
depends on (config, hooks, stylesheet) changed, which costs a `stat` per file while
nothing changes; when one did, it says so, prints the new config's problems, and tells
every page to reload.  Each page reports over its socket what goes wrong in it (the
chat's warnings, the emulator's notes, chatkit's console errors such as a hook
that raised, uncaught errors); the browser
reports Content-Security-Policy violations by POST (`report-uri`).  Each report is
printed once for each version of the files, and the violations are sent to every page.
"""

import asyncio
import json
import time

from starlette.websockets import WebSocket, WebSocketDisconnect

from chatkit.preview.origins import is_allowed_origin
from chatkit.preview.page import Preview
from chatkit.preview.terminal import Terminal

__all__ = ["Live", "MAX_REPORTS", "PAGE_KINDS", "POLL_SECONDS", "TEXT_LIMIT", "Watcher"]

POLL_SECONDS = 0.2
MAX_REPORTS = 200  # for one version of the files; a page logging in a loop floods nothing
PAGE_KINDS = frozenset(("warning", "note", "chatkit", "error"))  # what a page may report
TEXT_LIMIT = 4000


class Watcher:
    """Which of the files the preview depends on changed; the set follows the config."""

    def __init__(self, preview: Preview) -> None:
        self.preview = preview
        self._seen = preview.watched()

    def changed_files(self) -> list[str]:
        """The watched files added, changed or removed since the last call."""
        now = self.preview.watched()
        changed = sorted(str(path) for path in set(now) | set(self._seen)
                         if now.get(path) != self._seen.get(path))
        self._seen = now
        return changed


class Live:
    """The pages connected to the preview, and what went wrong in this version of the files."""

    def __init__(self, preview: Preview, terminal: Terminal) -> None:
        self.preview = preview
        self.terminal = terminal
        self.watcher = Watcher(preview)
        self.sockets: set[WebSocket] = set()
        self.reports: dict[tuple[str, str], None] = {}  # this version's, in order
        self._notes_shown: set[str] = set()  # the config's notes: news once, not at each save

    # -- the files --------------------------------------------------------------------

    def new_version(self) -> None:
        """The files changed (or were first read): print what is wrong with them now."""
        self.reports.clear()
        look = self.preview.look()
        for line in look.problems:
            self.report("problem", line)
        for line in look.notes:
            if line not in self._notes_shown:
                self._notes_shown.add(line)
                self.report("config", line)

    async def watch(self) -> None:
        """Poll the files for ever; each change reloads every page, then says so."""
        while True:
            await asyncio.sleep(POLL_SECONDS)
            changed = self.watcher.changed_files()
            if changed:
                # "reload" alone: the browser needs no path of this computer.
                await self.broadcast({"reload": True})
                self.terminal.say("%s %s changed: reloading the preview"
                                  % (time.strftime("%H:%M:%S"), ", ".join(changed)))
                self.new_version()

    # -- what went wrong ------------------------------------------------------------------

    def report(self, kind: str, text: str) -> bool:
        """Print `text` unless this version of the files already did; whether it was new."""
        key = (kind, text[:TEXT_LIMIT])
        if key in self.reports:
            return False
        if len(self.reports) == MAX_REPORTS:
            self.terminal.say("%s more problems: the first %d are above; fix them and save"
                              % (time.strftime("%H:%M:%S"), MAX_REPORTS))
        self.reports[key] = None
        if len(self.reports) <= MAX_REPORTS:
            self.terminal.report(*key)
        return True

    async def violation(self, text: str) -> None:
        """A Content-Security-Policy violation the browser reported: printed, and shown in
        every page (each lists it once)."""
        self.report("csp", text)
        await self.broadcast({"reports": [{"kind": "csp", "text": text[:TEXT_LIMIT]}]})

    def _from_page(self, message: str) -> dict | None:
        """Print a page's report; flip the preview's 8x8 emulator for a page's button
        ({"server": STATE}), returning the answer for the page."""
        try:
            data = json.loads(message)
            if isinstance(data, dict) and "server" in data:
                return self.preview.server.flip(data["server"])
            kind, text = data["kind"], data["text"]
        except (ValueError, TypeError, KeyError):
            return None  # not one of our pages' messages: nothing to print
        if kind in PAGE_KINDS and isinstance(text, str) and text.strip():
            self.report(kind, text)
        return None

    # -- the pages --------------------------------------------------------------------

    async def connect(self, websocket: WebSocket) -> None:
        """A page's live socket: only the preview's own pages (`Origin`) may open one."""
        origin = websocket.headers.get("origin")
        if origin is not None and not is_allowed_origin(origin, self.preview.port):
            await websocket.close(code=1008)  # before accepting: the handshake gets a 403
            return
        await websocket.accept()
        self.sockets.add(websocket)
        try:
            # What the browser reported before this page was listening (as it loaded).
            backlog = [{"kind": kind, "text": text} for kind, text in self.reports
                       if kind == "csp"]
            if backlog:
                await websocket.send_json({"reports": backlog})
            while True:
                answer = self._from_page(await websocket.receive_text())
                if answer is not None:
                    await websocket.send_json(answer)
        except (WebSocketDisconnect, RuntimeError, KeyError):
            pass  # the page went away (or sent bytes): nothing to say
        finally:
            self.sockets.discard(websocket)

    async def broadcast(self, message: dict) -> None:
        for websocket in list(self.sockets):
            try:
                await websocket.send_json(message)
            except Exception:  # noqa: BLE001 - a page that went away between two messages
                self.sockets.discard(websocket)
