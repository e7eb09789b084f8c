"""The precompiled chatkit bundles: `static/chatkit-browser-v1.js` and `-v2.js`, in the wheel.

Brython compiles Python in the page.  chatkit's own modules are the same for
every tenant, yet compiling them took every visitor's browser ~250 ms of main
thread after `load`.  So `python -m chatkit.build.precompile` runs Brython's own
compiler (`chatkit.build.engine`) once, at chatkit development time, on every
module of each chat version's bundle (`chatkit.build.bundle`), and writes the
JavaScript it produced to that version's file; `chatkit build` ships the file of
the config's `[chat] api` unchanged as the bundle.  Brython runs a module
found in `__BRYTHON__.precompiled` without compiling it, so the bundle needs no
compiler in the page, and `chatkit build` needs no JavaScript engine for it.

The generated code calls Brython's internal API, so its second line names the
brython.js it was compiled for (that file's SRI hash) and the sources it was
compiled from (its modules and their digest); `chatkit build` ships it only when
both match the installed runtime and chatkit, and otherwise falls back to the
Python bundle (and to the runtime with its compiler, which that bundle needs).
"""

import hashlib
import json

from chatkit._resources import resource_dir
from chatkit.build._js import PACKAGE_CALL, json_text, locals_name, package_json, package_script

FILE_NAME = "chatkit-browser-%s.js"  # % the chat version ("v1", "v2")
TITLE = ("// chatkit's browser bundle, precompiled for Brython by "
         "`python -m chatkit.build.precompile`: do not edit.\n")
HEADER = "// chatkit-precompiled "


def file_name(api):
    """The file of chat version `api`'s bundle: "chatkit-browser-v1.js"."""
    return FILE_NAME % api


def path(api):
    """Where the file of chat version `api` is: `chatkit/static/` in a wheel, `static/` in a
    checkout."""
    return resource_dir("static") / file_name(api)


def current(api, runtime_integrity, read_sources):
    """(the bytes of chat version `api`'s file, None) when it was compiled for the brython.js
    whose SRI hash is `runtime_integrity` and from the sources `read_sources(module names)`
    returns now; else (None, why not)."""
    name = file_name(api)
    try:
        content = path(api).read_bytes()
    except OSError:
        return None, "%s is missing" % name
    header = read_header(content) or {}
    if header.get("brython") != runtime_integrity:
        return None, "%s was compiled for another brython.js" % name
    try:
        digest = sources_digest(read_sources(header.get("modules")))
    except (OSError, TypeError, ValueError):
        digest = None
    if digest is None or header.get("sources") != digest:
        return None, "%s is older than chatkit's sources" % name
    return content, None


def sources_digest(sources):
    """A digest of `{module name: source bytes}`: any change to any module changes it."""
    digest = hashlib.sha256()
    for name, data in sorted(sources.items()):
        digest.update(b"%s\0%d\0" % (name.encode("ascii"), len(data)))
        digest.update(data)
    return digest.hexdigest()


def render(header, package, compiled):
    """The file: `header` (what it was compiled for and from), then the Brython package
    `package` ({module: VFS entry}) and the JavaScript `compiled` ([(module, code)])."""
    return (TITLE + HEADER + json_text(header) + "\n"
            + package_script(package, compiled)).encode("ascii")


def without(content, modules):
    """The file's bytes without the JavaScript and the package entries of `modules` (chat's
    lazily imported rules that a build's hooks never reach: chatkit.build.bundle)."""
    text = content.decode("ascii")
    for name in sorted(modules):
        block = "__chatkitModules[%s] = (function () {\n" % json_text(name)
        start = text.find(block)
        end = text.find("\nreturn %s\n});\n" % locals_name(name), start)
        if start < 0 or end < 0:
            raise ValueError("%s has no module %s" % (FILE_NAME, name))
        text = text[:start] + text[end + len("\nreturn %s\n});\n" % locals_name(name)):]
    head, found, rest = text.partition(PACKAGE_CALL)
    package_text, _, tail = rest.partition(");\n")
    package = json.loads(package_text)
    for name in modules:
        del package[name]
    return (head + found + package_json(package) + ");\n" + tail).encode("ascii")


def read_header(content):
    """The header of the file's bytes as a dict, or None when it has none."""
    lines = content.split(b"\n", 2)
    if len(lines) < 3 or not lines[1].startswith(HEADER.encode("ascii")):
        return None
    try:
        header = json.loads(lines[1][len(HEADER):])
    except ValueError:
        return None
    return header if isinstance(header, dict) else None


