"""What the snippet of a config with `[server]` shows by the chat button (SPEC 10): the
settings its availability script reads (templates/availability.js.j2), made from the checked
`[server]`, `[callback]` and `[availability]` tables.

The page asks `url/v1/status` once it has loaded and shows, by the button container, the
wait while open ("3 waiting, short wait", with `show_wait`) or `closed_text` while not open,
`{next_opening}` written in the visitor's time zone by the browser (Intl). With `[callback]`,
a callback form posts to `url/v1/callback` while the centre is busy (no agent free, or a long
wait) and, when the callback waits for an agent with an expiry (the only kind the server books
while closed), while it is closed. Stdlib only.
"""

import re

from chatkit.server.settings import ServerSettings

__all__ = ["CLOSED_WITHOUT_TIME", "page_settings"]

# Shown when the schedule names no next change and closed_text has no sentence left.
CLOSED_WITHOUT_TIME = "We are closed."
_FIELD_SENTENCE = re.compile(r"[^.!?]*\{next_opening\}[^.!?]*[.!?]?")


def page_settings(settings: ServerSettings) -> dict:
    """The availability script's settings: the server's two URLs and the texts.

    >>> from chatkit.server.settings import ServerSettings
    >>> page_settings(ServerSettings("https://s.example.com", ("https://example.com",), 1,
    ...               (101,), "https://vcc-na1.8x8.com"))["closedNow"]
    'We are closed.'
    """
    callback = settings.callback
    text = settings.availability.closed_text
    return {
        "status": settings.url + "/v1/status",
        "callback": settings.url + "/v1/callback" if callback is not None else None,
        "whenClosed": bool(callback and callback.waits_for_agent and callback.expiry_minutes),
        "showWait": settings.availability.show_wait,
        "closed": text,
        # The text when 8x8 names no next change: closed_text without the sentence that
        # holds {next_opening}.
        "closedNow": " ".join(_FIELD_SENTENCE.sub("", text).split()) or CLOSED_WITHOUT_TIME,
    }
