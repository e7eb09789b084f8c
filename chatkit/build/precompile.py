"""`python -m chatkit.build.precompile [--check]`: write static/chatkit-browser.js (a dev tool).

Runs Brython's own compiler on chatkit's browser modules in headless Chromium
(Playwright, the system Chromium as for the tests) and writes what it produced
as the precompiled bundle (see `chatkit.build.precompiled` for why and how it ships).
Run it after changing a module of the bundle or upgrading brython; `--check`
only says whether the file is current (exit 1 when not).  A browser test runs
`--check`'s comparison, and `chatkit build` falls back to the Python bundle
while the file is out of date, so a stale file is slow, never wrong.

The compiler names functions with a counter that brython.js seeds from
`Math.random()`; the page pins `Math.random` to 0 while brython.js loads, so
the same sources and runtime always give the same bytes.
"""

import argparse
import hashlib
import re
import sys

from chatkit.build import assets as build
from chatkit.build import precompiled as _precompiled

ORIGIN = "http://chatkit-precompile.invalid"
PAGE = ("<!doctype html><meta charset='utf-8'><script src='/brython.js'></script>"
        "<script src='/bundle.js'></script>")
SEEDED_RANDOM = "Math.random = function () { return 0; };"

# In the page: import the modules, then hand back the JavaScript that Brython
# keeps in __BRYTHON__.precompiled for each (packages are stored as [js]), in the
# order it compiled them (which gzips better than sorted).
COMPILE = """(names) => {
    const B = __BRYTHON__;
    B.runPythonSource(names.map((name) => "import " + name).join("\\n"), {id: "__precompile__"});
    return Object.keys(B.precompiled).filter((name) => names.includes(name)).map((name) => {
        const js = B.precompiled[name];
        return [name, Array.isArray(js) ? js[0] : js];
    });
}"""

# In a fresh page with the finished bundle: every module imports, `chat` works, and
# the code Brython ran is the code that was written.
SMOKE = """(names) => {
    const B = __BRYTHON__;
    const written = Object.assign({}, B.precompiled);
    B.runPythonSource(names.map((name) => "import " + name).join("\\n") + `
from browser import window
from chatkit.browser import chat
report = chat.customer.set_info({"Plan": "Gold", "Cart": [1]})
sent = chat.set_variables({"_options": "DEF", "_cart": [1]})
window.__precompileSmoke = [report.accepted, len(report.warnings), sent]
`, {id: "__precompile_smoke__"});
    return [JSON.stringify(window.__precompileSmoke), written];
}"""
SMOKE_RESULT = '[{"Plan":"Gold"},1,{"_options":"DEF"}]'


def generate(browser=None):
    """The bytes of static/chatkit-browser.js for the installed brython and these sources.

    Compiles in `browser` (a Playwright Chromium Browser) or in a system Chromium of its own.
    """
    if browser is None:
        return _with_chromium(generate)
    runtime = build.runtime_asset()
    modules = build.bundle_modules()
    start = build.start_modules(modules)
    source = build.source_bundle_asset().content
    compiled = _in_page(browser, runtime.content, source, COMPILE, start)
    missing = sorted(set(start) - {name for name, js in compiled if js})
    if missing:
        raise RuntimeError("Brython compiled nothing for %s" % ", ".join(missing))
    compiled = [(name, minify(js)) for name, js in compiled]
    content = _render(runtime, modules, start, compiled)
    smoke, written = _in_page(browser, runtime.content, content, SMOKE, sorted(modules))
    if smoke != SMOKE_RESULT or written != dict(compiled):
        raise RuntimeError("the precompiled bundle does not work in the page: %s" % smoke)
    return content


def _render(runtime, modules, start, compiled):
    sources = build.bundle_sources(sorted(modules))
    header = {"brython": runtime.integrity, "modules": sorted(modules),
              "sources": _precompiled.sources_digest(sources)}
    package = {"$timestamp": int(header["sources"][:12], 16)}
    for name, module in sorted(modules.items()):
        # The precompiled modules' source stays out: tracebacks name their file and line.
        text = "" if name in start else module.page_source()
        package[name] = build._vfs_entry(text, module.chatkit_imports(), module.is_package)
    return _precompiled.render(header, package, compiled)


def _with_chromium(function):
    from playwright.sync_api import sync_playwright

    from chatkit.testing.plugin import chromium_launch_args

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_args())
        try:
            return function(browser)
        finally:
            browser.close()


def _in_page(browser, runtime, bundle, script, argument):
    """Run `script(argument)` in a fresh page that loaded brython.js and `bundle`."""
    files = {"/brython.js": runtime, "/bundle.js": bundle}
    errors = []

    def serve(route):
        path = route.request.url[len(ORIGIN):]
        if path in files:
            route.fulfill(body=files[path], content_type="text/javascript")
        else:
            route.fulfill(body=PAGE, content_type="text/html")

    context = browser.new_context()
    try:
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.add_init_script(SEEDED_RANDOM)
        page.route(ORIGIN + "/**", serve)
        page.goto(ORIGIN + "/")
        result = page.evaluate(script, argument)
    finally:
        context.close()
    if errors:
        raise RuntimeError("the page failed: %s" % "; ".join(errors))
    return result


# Brython's JavaScript, token by token: strings (no line breaks but in template
# literals), `//` comments, words, other punctuation.  Anything else (a `/` that
# could start a regular expression, a block comment) stops the minifier.
_TOKEN = re.compile(r"""
    (?P<space>[ \t]+)
  | (?P<newline>\n)
  | (?P<comment>//[^\n]*)
  | (?P<string>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)
  | (?P<word>[A-Za-z0-9_$]+(?:\.[0-9]+)?)
  | (?P<punct>[-+]|[^\sA-Za-z0-9_$'"`/+-]+)
""", re.VERBOSE | re.DOTALL)
_WORD = re.compile(r"[A-Za-z0-9_$]")


def minify(js):
    """`js` without indentation, comments, blank lines and spaces between punctuation.

    Line breaks stay (Brython's code relies on automatic semicolons), so does every
    space between two words or two of `+`/`-`.  Raises ValueError on code outside
    what Brython generates, rather than guess.
    >>> minify("if (a) {\\n    x = y + +z  // why\\n}\\n")
    'if(a){\\nx=y+ +z\\n}'
    """
    out, position, space = [], 0, False
    for match in _TOKEN.finditer(js):
        if match.start() != position:
            raise ValueError("cannot minify %r" % js[position:position + 40])
        position = match.end()
        kind, text = match.lastgroup, match.group()
        if kind in ("space", "comment"):
            space = True
        elif kind == "newline":
            if out and out[-1] != "\n":
                out.append("\n")
            space = False
        else:
            if space and out and out[-1] != "\n" and _needs_space(out[-1][-1], text[0]):
                out.append(" ")
            out.append(text)
            space = False
    if position != len(js):
        raise ValueError("cannot minify %r" % js[position:position + 40])
    result = "".join(out).strip("\n")
    if "<!--" in result or "-->" in result:  # HTML-like comments in scripts (Annex B)
        raise ValueError("minifying would write an HTML-like comment")
    return result


def _needs_space(before, after):
    return bool(_WORD.match(before) and _WORD.match(after)) or (before in "+-" and after in "+-")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m chatkit.build.precompile",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only check that the file is current (exit 1 when not)")
    args = parser.parse_args(argv)
    target = _precompiled.path()
    content = generate()
    current = target.read_bytes() if target.exists() else b""
    if args.check:
        if content != current:
            print("%s is out of date: run python -m chatkit.build.precompile" % target,
                  file=sys.stderr)
            return 1
        return 0
    if content != current:
        from chatkit._files import write_atomic

        write_atomic(target, content)
    digest = hashlib.sha256(content).hexdigest()[:12]
    print("%s: %d bytes, sha256 %s" % (target, len(content), digest), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
