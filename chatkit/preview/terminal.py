"""What `chatkit serve` prints: one line per event, what went wrong labelled by kind.

Colour only on a terminal, and never with `NO_COLOR` set (https://no-color.org).  Text
from the page (a warning, a hook's traceback) is shown escaped, line by line, so it can
neither move the cursor nor pretend to be another line of ours.

    Terminal().report("warning", "Chat language xx is not valid")
    # prints: 12:00:00 chat warning: Chat language xx is not valid
"""

import os
import sys
import time
from typing import TextIO

from chatkit.errors import escape

__all__ = ["KINDS", "Terminal"]

# kind -> (label, ANSI colour): every kind of thing the preview reports.
KINDS = {
    "problem": ("config problem", "31"),  # red
    "config": ("config", "33"),  # yellow: a warning or a note on the config's files
    "warning": ("chat warning", "33"),
    "note": ("emulator note", "36"),  # cyan
    "chatkit": ("chatkit in the page", "31"),  # the hooks' (and snippet's) console errors
    "error": ("page error", "31"),
    "csp": ("Content-Security-Policy", "35"),  # magenta
}


class Terminal:
    """Lines to `stream` (stdout by default), coloured when it is a terminal."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout
        self.colour = _wants_colour(self.stream)

    def say(self, line: str) -> None:
        """One line of ours, as is."""
        print(line, file=self.stream, flush=True)

    def report(self, kind: str, text: str) -> None:
        """What went wrong, with the time and its kind; a text of several lines indented."""
        label, colour = KINDS[kind]
        if self.colour:
            label = "\x1b[%sm%s\x1b[0m" % (colour, label)
        first, *rest = text.split("\n") or [""]
        lines = ["%s %s: %s" % (time.strftime("%H:%M:%S"), label, escape(first))]
        lines += ["    " + escape(line) for line in rest if line.strip()]
        self.say("\n".join(lines))


def _wants_colour(stream):
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
