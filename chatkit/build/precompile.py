"""`python -m chatkit.build.precompile [--check]`: write chatkit's generated runtime files.

A development tool: run it after changing a module the page bundles
(`chatkit/browser/*`, the `chatkit/rules` modules they import, `chatkit/errors.py`)
or upgrading `brython`.  It writes

- `static/chatkit-browser-v1.js`, `static/chatkit-browser-v2.js`: every module of
  that chat version's chatkit bundle (`chatkit.build.bundle`), compiled by
  Brython's own compiler (`chatkit.build.engine`), see `chatkit.build.precompiled`;
- `static/brython-runtime.js`: brython.js without its compiler, see
  `chatkit.build.runtime`.

`--check` only says whether they are all current (exit 1 when not); a test does the
same.  While a file is stale, `chatkit build` falls back to what it replaces (the
Python bundle, the full runtime), so a stale file is slow, never wrong.  Needs
mini-racer (`pip install -e '.[test]'`); no browser.
"""

import argparse
import re
import sys

from chatkit.build import bundle as _bundle
from chatkit.build import engine, runtime
from chatkit.build import precompiled as _precompiled
from chatkit.versions import APIS


def generate():
    """{path: the bytes it should hold} for the generated files."""
    files = {_precompiled.path(api): bundle_file(api) for api in APIS}
    files[runtime.path()] = runtime_file()
    return files


def bundle_file(api):
    """static/chatkit-browser-<api>.js for the installed brython and chatkit's sources."""
    return compile_bundle(_bundle.bundle_modules(api))


# The column positions Brython keeps per frame for a traceback's `^^^` under the line's
# text: a page has no text of chatkit's modules (only their JavaScript), so they go (4.5 KB
# gzip of a bundle); the line numbers stay.
POSITIONS = re.compile(r"^frame\.positions=\[[-0-9,\[\]]*\]\n", re.MULTILINE)


def compile_bundle(modules):
    """The precompiled file of `modules` ({name: chatkit.build.bundle.BundleModule})."""
    names = _bundle.import_order(modules)
    compiled = [(name, POSITIONS.sub("", engine.compile_module(
        name, modules[name].page_source(), modules[name].filename))) for name in names]
    header = {"brython": runtime.integrity(runtime.installed_brython()),
              "modules": sorted(modules),
              "sources": _precompiled.sources_digest(_bundle.bundle_sources(sorted(modules)))}
    package = {"$timestamp": int(header["sources"][:12], 16)}
    for name, module in sorted(modules.items()):
        # No Python source: the page runs the JavaScript, and tracebacks still name
        # the module's file and line.
        package[name] = _bundle.vfs_entry("", module.chatkit_imports(modules),
                                          module.is_package)
    return _precompiled.render(header, package, compiled)


def runtime_file():
    """static/brython-runtime.js, cut from the installed (pinned) brython.js."""
    return runtime.cut(runtime.installed_brython(), engine.statement_end)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m chatkit.build.precompile",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only check that the files are current (exit 1 when not)")
    args = parser.parse_args(argv)
    if engine.missing():
        print("chatkit: %s: pip install -e '.[test]'" % engine.missing(), file=sys.stderr)
        return 2
    files = generate()
    stale = [path for path, content in files.items() if _read(path) != content]
    if args.check:
        for path in stale:
            print("%s is out of date: run python -m chatkit.build.precompile" % path,
                  file=sys.stderr)
        return 1 if stale else 0
    from chatkit._files import write_atomic

    for path, content in files.items():
        if path in stale:
            write_atomic(path, content)
        print("%s: %d bytes%s" % (path, len(content), " (written)" if path in stale else ""),
              file=sys.stderr)
    return 0


def _read(path):
    try:
        return path.read_bytes()
    except OSError:
        return None


if __name__ == "__main__":
    sys.exit(main())
