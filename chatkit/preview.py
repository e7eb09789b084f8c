"""`chatkit serve`: not yet available (its issue has not landed)."""

from chatkit.errors import ChatkitError


def command(args):
    raise ChatkitError("`chatkit serve` is not yet available in this version")
