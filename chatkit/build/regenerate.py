"""`python -m chatkit.build.regenerate [--check] [KIND...]`: every generated file, one command.

Each kind of generated file has its own maker; this runs them all (or the KINDs named), or
with `--check` only says which files are stale (exit 1 when one is), naming the command that
rewrites each:

    emulator     static/chat.js, static/chatv3.js and their
                 windows' chat-window.js, chatv3-window.js   (python -m chatkit.emulator)
    precompiled  static/chatkit-browser-v1.js, -v2.js,
                 static/brython-runtime.js                   (python -m chatkit.build.precompile)
    checkout     tests/golden/*.html, README.md's command table, in a checkout only
                 (their tests, with CHATKIT_UPDATE_GOLDEN=1: review the diff)
    css-data     chatkit/css/_data.py, from npm's css-tree and mdn-data; only when named
                 (it needs the npm registry, or npm's cache with --offline)

Needs mini-racer for `precompiled` (`pip install -e '.[test]'`).
"""

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DEFAULT_KINDS", "KINDS", "Kind", "main", "stale"]

_CHECKOUT = Path(__file__).resolve().parents[2]
_CHECKOUT_TESTS = ("tests/test_snippet_golden.py", "tests/test_docs.py")


@dataclass(frozen=True)
class Kind:
    """One kind of generated file: `expected()` gives {path: the bytes it should hold}, or
    None when the kind checks itself (`check()`, `write()`); `how` is its own command."""

    how: str
    expected: Callable[[], dict[Path, bytes]] | None = None
    check: Callable[[], list[str]] | None = None
    write: Callable[[], None] | None = None


def _emulator_files() -> dict[Path, bytes]:
    from chatkit import emulator

    return {emulator.emulator_path(name): emulator.assemble(name).encode("utf-8")
            for name in emulator.BUNDLES}


def _precompiled_files() -> dict[Path, bytes]:
    from chatkit.build import engine, precompile

    if engine.missing():
        raise SystemExit("chatkit: %s: pip install -e '.[test]'" % engine.missing())
    return precompile.generate()


def _checkout_pytest(update: bool) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("CHATKIT_UPDATE_GOLDEN", None)
    if update:
        env["CHATKIT_UPDATE_GOLDEN"] = "1"
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:randomly",
                           *_CHECKOUT_TESTS], cwd=_CHECKOUT, env=env, capture_output=True,
                          text=True)


def _checkout_stale() -> list[str]:
    if not all((_CHECKOUT / test).is_file() for test in _CHECKOUT_TESTS):
        return []  # an installed chatkit: no tests, no golden files, no README to keep
    result = _checkout_pytest(update=False)
    if result.returncode == 0:
        return []
    failed = [line.split(" ")[1] for line in result.stdout.splitlines()
              if line.startswith("FAILED ")]
    return failed or [result.stdout.strip().splitlines()[-1] if result.stdout.strip()
                      else "pytest exited %d" % result.returncode]


def _checkout_write() -> None:
    if all((_CHECKOUT / test).is_file() for test in _CHECKOUT_TESTS):
        _checkout_pytest(update=True)


def _css_data_files(offline: bool) -> dict[Path, bytes]:
    from chatkit.css import _generate

    with tempfile.TemporaryDirectory() as folder:
        dirs = _generate.fetch(folder, offline=offline)
        text = _generate.module_text(dirs["css-tree"], dirs["mdn-data"])
    return {_generate.TARGET: text.encode("utf-8")}


def _kinds(offline: bool = False) -> dict[str, Kind]:
    return {
        "emulator": Kind("python -m chatkit.emulator", _emulator_files),
        "precompiled": Kind("python -m chatkit.build.precompile", _precompiled_files),
        "checkout": Kind("CHATKIT_UPDATE_GOLDEN=1 python -m pytest " + " ".join(_CHECKOUT_TESTS),
                         check=_checkout_stale, write=_checkout_write),
        "css-data": Kind("python -m chatkit.css._generate", lambda: _css_data_files(offline)),
    }


KINDS = tuple(_kinds())
DEFAULT_KINDS = ("emulator", "precompiled", "checkout")


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def stale(kinds: tuple[str, ...] = DEFAULT_KINDS, *, offline: bool = False,
          table: dict[str, Kind] | None = None) -> list[str]:
    """One line per stale generated file of `kinds`: the file, and the command that
    rewrites it ([] when everything is current)."""
    table = table or _kinds(offline)
    lines = []
    for name in kinds:
        kind = table[name]
        if kind.expected is not None:
            found = [str(path) for path, content in kind.expected().items()
                     if _read(path) != content]
        else:
            assert kind.check is not None
            found = kind.check()
        lines += ["%s is out of date: run python -m chatkit.build.regenerate %s (or %s)"
                  % (item, name, kind.how) for item in found]
    return lines


def _write(kinds, offline):
    from chatkit._files import write_atomic

    table = _kinds(offline)
    for name in kinds:
        kind = table[name]
        if kind.expected is None:
            assert kind.write is not None
            kind.write()
            print("%s: regenerated by %s" % (name, kind.how), file=sys.stderr)
            continue
        for path, content in kind.expected().items():
            changed = _read(path) != content
            if changed:
                write_atomic(path, content)
            print("%s: %s" % (path, "written" if changed else "already up to date"),
                  file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m chatkit.build.regenerate",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("kinds", nargs="*", metavar="KIND", choices=[*KINDS, []],
                        help="what to regenerate: %s (default: all but css-data)"
                        % ", ".join(KINDS))
    parser.add_argument("--check", action="store_true",
                        help="only say which files are stale (exit 1 when one is)")
    parser.add_argument("--offline", action="store_true",
                        help="css-data from npm's cache, without the network")
    args = parser.parse_args(argv)
    kinds = tuple(args.kinds) or DEFAULT_KINDS
    if args.check:
        lines = stale(kinds, offline=args.offline)
        for line in lines:
            print(line, file=sys.stderr)
        return 1 if lines else 0
    _write(kinds, args.offline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
