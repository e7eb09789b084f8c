"""`chatkit build` (SPEC 3, 4): the files the snippet's `[python]` loader fetches.

Three scripts, each named by its content and loaded with its SRI hash, and the boot:

- `brython.<hash>.js`: Brython's runtime.  Without its compiler
  (`chatkit.build.runtime`) when everything the page runs was compiled ahead of
  time; else brython.js as the `brython` package ships it (never
  `brython_stdlib.js`: nothing chatkit runs in the page needs it);
- `chatkit.<hash>.js`: the chatkit bundle of the config's chat version
  (`[chat] api`, `chatkit.build.bundle`): the shipped, precompiled
  `static/chatkit-browser-<api>.js` when it is current (`chatkit.build.precompiled`),
  else the same modules as Python source;
- `<hooks>.<hash>.js`: the tenant's hooks file as module `<hooks>`, compiled ahead
  of time by Brython's compiler under mini-racer (`chatkit.build.compiled`), else
  (mini-racer missing: a loud warning) as Python source that the page compiles;
- the boot (it imports the hooks and connects `chat` to the chat), carried by the
  snippet: compiled likewise, or Python.

`python_assets(config)` computes the same names and hashes without writing,
so `chatkit snippet` and `chatkit build` can run in either order.  The output
is deterministic: same inputs, same bytes.
"""

import base64
import hashlib
import json
import re
from pathlib import Path

from chatkit.build import _output, compiled, engine, features, micropython, runtime
from chatkit.build import precompiled as _precompiled
from chatkit.build._js import json_text, package_script
from chatkit.build.bundle import (
    COMPAT_MODULES,
    bundle_modules,
    bundle_sources,
    compat_file,
    slim_source,
    unreached,
    vfs_entry,
)
from chatkit.build.hooks import Hooks, hooks_warnings
from chatkit.build.runtimes import BRYTHON, MICROPYTHON, runtime_of
from chatkit.errors import Problem, ValidationError

MANIFEST = "chatkit-assets.json"
MANIFEST_NOTE = ("the file names, SRI hashes and boot above, for tools that write the snippet "
                 "themselves; `chatkit snippet` does not need it")
ENGINE_WARNING = ("chatkit: warning: %s, so each visitor's browser compiles the hooks and "
                  "loads Brython with its compiler (about 90 KB more gzip, and about 40 %% "
                  "slower to start); " + engine.INSTALL_HINT + " compiles them here instead")
STALE_BUNDLE = ("chatkit: warning: %s, so the bundle is Python that each page compiles (about "
                "250 ms slower); `python -m chatkit.build.precompile` brings it up to date")
STALE_RUNTIME = ("chatkit: warning: %s, so the page gets Brython with its compiler (about 90 KB "
                 "more gzip); `python -m chatkit.build.precompile` brings it up to date")


class Asset:
    """One file of the build: its name, bytes and `integrity` value."""

    def __init__(self, stem, content, extension="js"):
        digest = hashlib.sha384(content).digest()
        self.content = content
        self.integrity = "sha384-" + base64.b64encode(digest).decode()
        self.name = "%s.%s.%s" % (stem, digest.hex()[:12], extension)

    def __repr__(self):
        return "Asset(%r, %d bytes)" % (self.name, len(self.content))


class Build:
    """A config's build: its script Assets (`assets`, indexing gives runtime, bundle,
    hooks), MicroPython's `wasm` Asset (else None), the `boot` ({"js": ...} compiled,
    {"python": ...}, or {"micropython": ...}), the hooks' `warnings` (Problems) and
    `notes` (lines saying why a part is not the fastest kind).  Iterating gives every
    file to write."""

    def __init__(self, assets, boot, warnings, notes, runtime=BRYTHON, wasm=None):
        self.assets, self.boot, self.warnings, self.notes = assets, boot, warnings, notes
        self.runtime, self.wasm = runtime, wasm

    def __iter__(self):
        return iter(self.assets + ([self.wasm] if self.wasm else []))

    def described(self):
        """(Asset, what it is) for each file to write, as `chatkit build` reports them."""
        if self.runtime == MICROPYTHON:
            kinds = ["MicroPython's runtime", "chatkit's bundle", "your hooks",
                     "MicroPython's WebAssembly"]
        else:
            kinds = ["Brython's runtime without its compiler" if self.light
                     else "Brython's runtime", "chatkit's bundle",
                     "your hooks, compiled" if "js" in self.boot else "your hooks"]
        return list(zip(self, kinds, strict=True))

    @property
    def scripts(self):
        """The Assets the loader loads as scripts: runtime, bundle, hooks."""
        return list(self.assets)

    def __getitem__(self, index):
        return self.assets[index]

    @property
    def light(self):
        """True when the runtime is Brython's without its compiler, or MicroPython."""
        return self.runtime == MICROPYTHON or \
            self.assets[0].content != runtime.installed_brython()


def assets(config, ahead_of_time=True):
    """The Build of a config with a [python] table, not written.

    Compiled ahead of time when the engine is there, unless `ahead_of_time` is False
    (as without it).  Raises ValidationError (one line naming the hooks file and line)
    for hooks the page cannot run.
    """
    api = config.api
    hooks = Hooks(config.hooks_path)
    if runtime_of(config) == MICROPYTHON:
        return micropython_build(hooks, api)
    hooks_js = compiled.compile_hooks(hooks) if ahead_of_time else None
    notes = [] if hooks_js is not None or not ahead_of_time else [
        ENGINE_WARNING % engine.missing()]
    bundle_content, stale = precompiled_bundle(api)
    if stale:
        notes.append(STALE_BUNDLE % stale)
    # chat's lazily imported rules that the hooks never reach stay out of the page.
    bundle = Asset("chatkit", _precompiled.without(bundle_content, unreached(
        hooks.names(), bundle_modules(api)))) if stale is None else source_bundle_asset(api)
    # Without its compiler only when nothing the page runs needs it.
    light = hooks_js is not None and stale is None and not hooks.compiler_calls()
    boot = ({"python": compiled.BOOT % (hooks.name, api)} if hooks_js is None
            else {"js": compiled.compile_boot(hooks.name, api)})
    # What of Brython's optional parts the page reaches: chatkit's bundle none (a test runs
    # every browser test on the runtime without them), the hooks and the boot what they name.
    keep = features.needed([hooks_js or "", boot.get("js", "")])
    built = [_runtime(light, notes, keep), bundle, hooks_asset(hooks, hooks_js)]
    return Build(built, boot, hooks_warnings(hooks, api), notes)


def micropython_build(hooks, api):
    """The Build for MicroPython: its module and wasm, the bundle and hooks as Python files."""
    bundle = micropython.files_script("chatkit browser bundle (%s)" % api,
                                      micropython_bundle_files(api, hooks.names()))
    files = {"%s.py" % hooks.name: hooks.source}
    built = [Asset("micropython", micropython.module(), "mjs"), Asset("chatkit", bundle),
             Asset(hooks.name, micropython.files_script("hooks", files))]
    return Build(built, {"micropython": micropython.boot(hooks.name, api)},
                 hooks_warnings(hooks, api, MICROPYTHON), [], MICROPYTHON,
                 Asset("micropython", micropython.wasm(), "wasm"))


def micropython_bundle_files(api, names=None):
    """{path in MicroPython's file system: source} of chat version `api`'s bundle: chatkit's
    modules (without chat's lazily imported rules that hooks naming `names` never reach),
    and Brython's `browser` and `javascript` as chatkit.browser.compat has them."""
    files = {}
    modules = bundle_modules(api, MICROPYTHON)
    left_out = set() if names is None else unreached(names, modules)
    for name, module in sorted(modules.items()):
        if name in left_out:
            continue
        path = name.replace(".", "/") + ("/__init__.py" if module.is_package else ".py")
        files[path] = module.page_source()
    for name in COMPAT_MODULES:
        files[name + ".py"] = slim_source(compat_file(name).read_text(encoding="utf-8"))
    return files


def _runtime(light, notes, keep=None):
    """The runtime without its compiler, and without the optional parts (chatkit.build.features)
    not in `keep` (None: all kept), when `light` and its cut is current; else brython.js (and
    a note on `notes` saying why, when the cut is stale)."""
    if light:
        content, why = runtime.current(_brython_integrity())
        if content is not None:
            return Asset("brython", content if keep is None else features.without(content, keep))
        notes.append(STALE_RUNTIME % why)
    return runtime_asset()


def check_hooks(config):
    """Every problem `chatkit build` and `chatkit snippet` find in the config's hooks
    file: its errors, else its warnings ([] without a [python] table)."""
    if config.python is None:
        return []
    try:
        return assets(config).warnings
    except ValidationError as error:
        if error.source != str(config.hooks_path):
            raise
        return error.problems


def python_assets(config, asset_base=None, built=None):
    """What the snippet's loader needs: script URLs with SRI hashes, and the boot.

    `asset_base` overrides the config's (a preview server's URL); `built` reuses the
    result of `assets(config)` instead of computing it again.

    >>> python_assets(load_config("chat.toml"))["scripts"][0]["src"]
    'https://cdn.example.com/chatkit/brython.5d1c0ab7e9f2.js'
    """
    base = asset_base or config.python.asset_base
    built = assets(config) if built is None else built
    found = {
        "runtime": built.runtime,
        "scripts": [{"src": base + asset.name, "integrity": asset.integrity}
                    for asset in built.scripts],
        "boot": built.boot,
    }
    if built.wasm is not None:
        found["wasm"] = {"src": base + built.wasm.name, "integrity": built.wasm.integrity}
    return found


def runtime_asset():
    """brython.js from the installed `brython` package, unchanged."""
    try:
        return Asset("brython", runtime.installed_brython())
    except (ImportError, OSError):
        raise ValidationError([Problem("", "brython", "the brython package is missing or "
                                       "incomplete: pip install brython")]) from None


def bundle_asset(api):
    """The chatkit bundle of chat version `api`: precompiled when the shipped file is
    current, else Python."""
    content, _ = precompiled_bundle(api)
    return Asset("chatkit", content) if content is not None else source_bundle_asset(api)


def precompiled_bundle(api):
    """(content of static/chatkit-browser-<api>.js, None) when it was compiled for the
    installed brython.js and from chatkit's current sources; else (None, why not)."""
    return _precompiled.current(api, _brython_integrity(), bundle_sources)


def _brython_integrity():
    try:
        return runtime.installed_integrity()
    except (ImportError, OSError):
        return runtime_asset().integrity  # raises the ValidationError that says so


def source_bundle_asset(api):
    """Chat version `api`'s chatkit bundle as Python source: Brython compiles each module
    in the page."""
    bundle = bundle_modules(api)
    modules = {name: vfs_entry(module.page_source(), module.chatkit_imports(bundle),
                               module.is_package)
               for name, module in sorted(bundle.items())}
    return Asset("chatkit", _script("chatkit browser bundle (%s)" % api, modules))


def hooks_asset(hooks, js=None):
    """The hooks (a `chatkit.build.hooks.Hooks`) as a Brython module, with its JavaScript
    `js` when compiled ahead of time; its source stays for the lines of tracebacks."""
    imports = sorted(module for module, _ in hooks.imports())
    package = {hooks.name: vfs_entry(hooks.source, imports, False)}
    return Asset(hooks.name, _script("hooks", package, [(hooks.name, js)] if js else []))


def _script(what, modules, compiled_modules=()):
    """A package script, with a content hash as `$timestamp`."""
    stamp = int(hashlib.sha256(json_text([modules, compiled_modules]).encode()).hexdigest()[:12],
                16)
    package = dict(modules, **{"$timestamp": stamp})
    return ("// %s for Brython, written by `chatkit build`: do not edit.\n%s"
            % (what, package_script(package, compiled_modules))).encode("ascii")


def build_assets(config, out, ahead_of_time=True):
    """Write the assets and the manifest into the folder `out`, all or nothing, and remove
    the files of the build it replaces (its manifest names them); returns the Build."""
    built = assets(config, ahead_of_time)
    files = [(asset.name, asset.content) for asset in built]
    files.append((MANIFEST, _manifest(built)))
    _output.write_folder(out, files, previous=previous_files,
                         inputs=[config.path, config.hooks_path])
    return built


def _manifest(built):
    manifest = {
        "scripts": [{"name": asset.name, "integrity": asset.integrity}
                    for asset in built.scripts],
        "boot": built.boot,
        "files": [asset.name for asset in built],
    }
    if built.wasm is not None:
        manifest["runtime"] = built.runtime
        manifest["wasm"] = {"name": built.wasm.name, "integrity": built.wasm.integrity}
    return (json.dumps(manifest, indent=2) + "\n").encode("ascii")


# The names `chatkit build` gives the files it writes: a stem, 12 hex digits of a hash.
BUILT_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\.[0-9a-f]{12}\.(?:js|mjs|wasm)")


def previous_files(out):
    """The files the manifest in the folder `out` says an earlier build wrote there (names of
    the build's own shape only: a manifest edited by hand cannot name any other file)."""
    try:
        manifest = json.loads((Path(out) / MANIFEST).read_bytes())
    except (OSError, ValueError):
        return []
    if not isinstance(manifest, dict):
        return []
    names = [entry.get("name") for entry in manifest.get("scripts", [])
             if isinstance(entry, dict)] if isinstance(manifest.get("scripts"), list) else []
    if isinstance(manifest.get("files"), list):
        names += manifest["files"]
    return sorted({name for name in names if isinstance(name, str)
                   and BUILT_NAME.fullmatch(name)})

