"""Showing a piece of the user's text inside a one-line message.

Control characters (a NUL, a line break), invisible ones (zero-width, bidi controls)
and anything past a length are shown escaped or cut, so a problem stays one honest
line whatever the stylesheet holds.

    >>> shown("red\\x00")
    'red\\\\x00'
"""

import re

__all__ = ["line_counter", "quoted", "shown"]

LIMIT = 60
_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def shown(text, limit=LIMIT):
    """`text` on one line: hidden characters escaped, cut with "..." past `limit`."""
    if len(text) > limit:
        text = text[:limit - 3] + "..."
    return _HIDDEN.sub(_escape, text)


def quoted(text, limit=LIMIT):
    """`"text"`, its whitespace runs made single spaces, then shown."""
    return '"%s"' % shown(" ".join(text.split()), limit)


def _escape(match):
    code = ord(match.group(0))
    return "\\x%02x" % code if code < 0x100 else "\\u%04x" % code


def line_counter(text):
    """A function giving the line (from 1) of an offset of `text`, for offsets in increasing
    order: each call counts only the line breaks since the previous one, so a scan that
    names the line of every match stays linear (counting from the start each time made
    600 KB of NUL characters take 20 s)."""
    position, line = 0, 1

    def line_of(offset):
        nonlocal position, line
        if offset < position:  # out of order: count again from the start
            position, line = 0, 1
        line += text.count("\n", position, offset)
        position = offset
        return line

    return line_of
