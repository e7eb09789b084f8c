"""`chatkit css`: not yet available (its issue has not landed)."""

from chatkit.errors import ChatkitError


def command(args):
    raise ChatkitError("`chatkit css` is not yet available in this version")
