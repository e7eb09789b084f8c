"""`python -m chatkit.server CONFIG [--host H] [--port N] [--store URL] [--emulate]`: the same
as `chatkit server` (which the chatkit command wires to `chatkit.server.run`)."""

import argparse
import sys

from chatkit.server import run


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m chatkit.server",
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     description=run.__doc__)
    parser.add_argument("config", metavar="CONFIG", help="the chat.toml with [server]")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on "
                                                            "(default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    parser.add_argument("--store", default=None, help="memory (default) or redis://HOST:PORT/DB")
    parser.add_argument("--emulate", action="store_true",
                        help="answer from chatkit's 8x8 API emulator on this computer")
    args = parser.parse_args(argv)
    return run(args.config, host=args.host, port=args.port, store=args.store,
               emulate=args.emulate)


if __name__ == "__main__":
    sys.exit(main())
