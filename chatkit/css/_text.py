"""Showing a piece of the user's text inside a one-line message.

Control characters (a NUL, a line break), invisible ones (zero-width, bidi controls)
and anything past a length are shown escaped or cut, so a problem stays one honest
line whatever the stylesheet holds.

    >>> shown("red\\x00")
    'red\\\\x00'
"""

import re

__all__ = ["quoted", "shown"]

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
