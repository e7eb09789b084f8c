"""`python -m chatkit.server CONFIG [--host H] [--port N] [--store URL] [--emulate]`: exactly
`chatkit server` (the same click command, its --help and its exit codes)."""

import sys

from chatkit.cli import main as chatkit_main


def main(argv=None) -> int:
    return chatkit_main(["server", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
