"""`chatkit build` (SPEC 3, 4): the files the snippet's `[python]` loader fetches.

Three scripts, each named by its content and loaded with its SRI hash:

- `brython.<hash>.js`: the Brython runtime, as the `brython` package ships it
  (no `brython_stdlib.js`: nothing chatkit runs in the page needs it);
- `chatkit.<hash>.js`: a Brython package of `chatkit.browser` and the pure core
  modules it imports, found by reading their imports (nothing else).  The
  wheel's `static/chatkit-browser.js` when it is current (see
  `chatkit.build.precompiled`): the modules the page imports at start precompiled
  to JavaScript by Brython itself, so the page does not compile them; else
  (another brython.js, edited sources) the same modules as Python source;
- `<hooks>.<hash>.js`: the tenant's `[python] hooks` file, as module `<hooks>`.

`python_assets(config)` computes the same names and hashes without writing,
so `chatkit snippet` and `chatkit build` can run in either order.  The output
is deterministic: same inputs, same bytes.
"""

import ast
import base64
import hashlib
import io
import json
import tokenize
from pathlib import Path

from chatkit._files import write_atomic
from chatkit.build import precompiled as _precompiled
from chatkit.errors import Problem, ValidationError

CHATKIT_DIR = Path(__file__).resolve().parent.parent
BUNDLE_ROOTS = ("chatkit.browser", "chatkit.browser._bridge")
BRIDGE = "chatkit.browser._bridge"
# What brython.js provides without brython_stdlib.js; only the bridge may use them.
PAGE_MODULES = frozenset(("browser", "browser.html", "browser.aio", "javascript"))
# The bundle's `chatkit` package: the real one may grow imports the page must not load.
BUNDLE_INIT = '"""chatkit in the page: the browser controller and the rules it shares."""\n'
MANIFEST = "chatkit-assets.json"
BOOT = "from chatkit.browser import _bridge\n_bridge.run(%r)\n"
RESERVED_HOOKS_NAMES = frozenset(("chatkit", "browser", "javascript", "builtins"))
STDLIB_HINT = ("Brython runs here without its 5 MB standard library; use window.JSON, "
               "javascript.RegExp or window.setTimeout instead")


class Asset:
    """One file of the build: its name, bytes and `integrity` value."""

    def __init__(self, stem, content):
        self.content = content
        self.integrity = "sha384-" + base64.b64encode(hashlib.sha384(content).digest()).decode()
        self.name = "%s.%s.js" % (stem, hashlib.sha384(content).hexdigest()[:12])

    def __repr__(self):
        return "Asset(%r, %d bytes)" % (self.name, len(self.content))


def python_assets(config, asset_base=None, built=None):
    """What the snippet's loader needs: script URLs with SRI hashes, and the boot source.

    `asset_base` overrides the config's (a preview server's URL); `built` reuses the
    result of `assets(config)` instead of computing it again.

    >>> python_assets(load_config("chat.toml"))["scripts"][0]["src"]
    'https://cdn.example.com/chatkit/brython.5d1c0ab7e9f2.js'
    """
    base = asset_base or config.python["asset_base"]
    built = assets(config) if built is None else built
    return {
        "scripts": [{"src": base + asset.name, "integrity": asset.integrity} for asset in built],
        "boot": BOOT % hooks_module_name(config.hooks_path),
    }


def assets(config):
    """[runtime, bundle, hooks] Assets for a config with a [python] table, not written."""
    runtime = runtime_asset()
    return [runtime, bundle_asset(runtime), hooks_asset(config.hooks_path)]


def runtime_asset():
    """brython.js from the installed `brython` package, unchanged."""
    try:
        from importlib.resources import files

        return Asset("brython", (files("brython") / "data" / "brython.js").read_bytes())
    except (ImportError, OSError):
        raise ValidationError([Problem("", "brython", "the brython package is missing or "
                                       "incomplete: pip install brython")]) from None


def bundle_asset(runtime=None):
    """The chatkit package for Brython: chatkit.browser and what it imports.

    The precompiled bundle when it is current for `runtime` (brython.js) and for
    chatkit's sources; else the Python source bundle, compiled in the page.
    """
    content, _ = precompiled_bundle(runtime or runtime_asset())
    return Asset("chatkit", content) if content is not None else source_bundle_asset()


def source_bundle_asset():
    """The chatkit package as Python source: Brython compiles each module in the page."""
    modules = {}
    for name, module in sorted(bundle_modules().items()):
        modules[name] = _vfs_entry(module.page_source(), module.chatkit_imports(),
                                   module.is_package)
    return Asset("chatkit", _package_script("chatkit browser bundle", modules))


def precompiled_bundle(runtime):
    """(content of static/chatkit-browser.js, None) when it was compiled for `runtime`
    and from chatkit's current sources; else (None, why not)."""
    return _precompiled.current(runtime.integrity, bundle_sources)


def bundle_sources(modules):
    """{module: source bytes} of bundle modules, as read from chatkit's files (no parsing)."""
    sources = {}
    for name in modules:
        if not isinstance(name, str) or not _is_chatkit_name(name):
            raise ValueError("not a chatkit module: %r" % (name,))
        sources[name] = (BUNDLE_INIT.encode("utf-8") if name == "chatkit"
                         else _module_file(name)[0].read_bytes())
    return sources


def hooks_asset(hooks_path):
    """The tenant's hooks file as a Brython module named after it."""
    name = hooks_module_name(hooks_path)
    source = _read_hooks(hooks_path)
    tree = _parse_hooks(source, hooks_path)
    imports = sorted(module for module, _ in _imports(ast.walk(tree), name))
    return Asset(name, _package_script("hooks", {name: _vfs_entry(source, imports, False)}))


def hooks_module_name(hooks_path):
    """The module the hooks file becomes: its file name without `.py`."""
    name = Path(hooks_path).stem
    if not name.isidentifier() or name in RESERVED_HOOKS_NAMES:
        raise ValidationError([Problem("python.hooks", str(hooks_path), "the file name must be "
                                       "a Python module name, like hooks.py")])
    return name


def _vfs_entry(source, imports, is_package):
    entry = [".py", source, imports]
    return entry + [1] if is_package else entry


def _package_script(what, modules):
    """`__BRYTHON__.loadBrythonPackage({...})`, with a content hash as `$timestamp`."""
    body = json.dumps(modules, ensure_ascii=True, separators=(",", ":"))
    stamp = int(hashlib.sha256(body.encode("ascii")).hexdigest()[:12], 16)
    package = '{"$timestamp":%d,%s' % (stamp, body[1:])
    # Guarded: when brython.js failed to load, this file must not throw.
    return ("// %s for Brython, written by `chatkit build`: do not edit.\n"
            "window.__BRYTHON__ && window.__BRYTHON__.loadBrythonPackage(%s);\n"
            % (what, package)).encode("ascii")


class BundleModule:
    """A module of the bundle: its file, parsed once, and the modules it imports."""

    def __init__(self, name):
        self.name = name
        self.path, self.is_package = _module_file(name)
        if name == "chatkit":
            self.source, self.tree, self.imports, self.start_imports = BUNDLE_INIT, None, [], []
        else:
            self.source = self.path.read_text(encoding="utf-8")
            self.tree = ast.parse(self.source)
            self.imports = list(_imports(ast.walk(self.tree), name))
            self.start_imports = list(_imports(_module_level_nodes(self.tree), name))

    def chatkit_imports(self):
        return sorted({m for m, _ in self.imports if _is_chatkit_name(m)})

    def chatkit_start_imports(self):
        """The chatkit modules imported as this one runs (not those imported in a function)."""
        return sorted({m for m, _ in self.start_imports if _is_chatkit_name(m)})

    def page_source(self):
        return self.source if self.tree is None else slim_source(self.source, self.tree)


def bundle_modules():
    """{module name: BundleModule} of the bundle: the closure of BUNDLE_ROOTS' imports.

    Raises ValidationError when a module would import what the page cannot load.
    """
    found, todo, problems = {}, list(BUNDLE_ROOTS), []
    while todo:
        name = todo.pop()
        if name in found:
            continue
        module = found[name] = BundleModule(name)
        todo.extend(_parents(name) + module.chatkit_imports())
        for imported, line in module.imports:
            page_module = name == BRIDGE and imported in PAGE_MODULES
            if not _is_chatkit_name(imported) and not page_module:
                problems.append(Problem("%s line %d" % (name, line), imported,
                                        "imports %s, which the page cannot load" % imported))
    if problems:
        raise ValidationError(problems, "chatkit bundle")
    return found


def start_modules(modules=None):
    """The names of the bundle modules the page imports as it starts, sorted.

    The others (imported inside a function, on first use) stay Python source in
    the precompiled bundle: most pages never import them.
    """
    modules = modules or bundle_modules()
    found, todo = set(), list(BUNDLE_ROOTS)
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            todo.extend(_parents(name) + modules[name].chatkit_start_imports())
    return sorted(found)


def _is_chatkit_name(name):
    return name == "chatkit" or name.startswith("chatkit.")


def _module_file(name):
    path = CHATKIT_DIR.joinpath(*name.split(".")[1:])
    if (path / "__init__.py").is_file():
        return path / "__init__.py", True
    return path.with_suffix(".py"), False


def _parents(name):
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def _module_level_nodes(tree):
    """The nodes of a module that run when it is imported: not inside functions."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            todo.extend(ast.iter_child_nodes(node))


def _imports(nodes, name):
    """(module, line) for every import among `nodes`, `from x import y` giving x.y when a
    module."""
    for node in nodes:
        if isinstance(node, ast.Import):
            yield from ((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = _absolute(node, name)
            yield module, node.lineno
            for alias in node.names:
                if _is_chatkit_name(module) and _is_chatkit_module(module + "." + alias.name):
                    yield module + "." + alias.name, node.lineno


def _absolute(node, name):
    if not node.level:
        return node.module
    base = name.split(".")[: -node.level]
    return ".".join(base + ([node.module] if node.module else []))


def _is_chatkit_module(name):
    path, _ = _module_file(name)
    return path.is_file()


def _read_hooks(hooks_path):
    try:
        return Path(hooks_path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError([Problem("", str(hooks_path), "cannot read it: %s" % error)],
                              str(hooks_path)) from None


def _parse_hooks(source, hooks_path):
    try:
        return ast.parse(source, str(hooks_path))
    except SyntaxError as error:
        raise ValidationError([Problem("line %s" % error.lineno, error.text, "invalid Python: %s"
                                       % error.msg)], str(hooks_path)) from None


def hooks_warnings(hooks_path):
    """Problems (warnings) for imports in the hooks that the page cannot satisfy.

    >>> [p.line("hooks.py") for p in hooks_warnings("hooks.py")]
    ['hooks.py: line 2: warning: imports json, which the page cannot load (...)']
    """
    name = hooks_module_name(hooks_path)
    tree = _parse_hooks(_read_hooks(hooks_path), hooks_path)
    available = set(bundle_modules()) | PAGE_MODULES | {name}
    problems = []
    for module, line in _imports(ast.walk(tree), name):
        if module not in available:
            problems.append(Problem("line %d" % line, module, "imports %s, which the page cannot "
                                    "load (%s)" % (module, STDLIB_HINT), "warning"))
        elif module == "chatkit" and _from_names(tree, line):
            problems.append(Problem("line %d" % line, module, "in the page, import chat, UNSET "
                                    "and the errors from chatkit.browser", "warning"))
    return problems


def _from_names(tree, line):
    """Names imported by `from chatkit import ...` on a line that are not bundled modules."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.lineno == line and node.module == "chatkit":
            return [a.name for a in node.names if not _is_chatkit_module("chatkit." + a.name)]
    return []


def build_assets(config, out):
    """Write the three assets and a manifest into the folder `out`; returns the Assets."""
    built = assets(config)
    out = Path(out)
    files = [(asset.name, asset.content) for asset in built]
    files.append((MANIFEST, _manifest(config, built)))
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name, content in files:
            write_atomic(out / name, content)
    except OSError as error:
        raise ValidationError([Problem("--out", str(out), "cannot write it: %s"
                                       % (error.strerror or error))], str(out)) from None
    return built


def _manifest(config, built):
    manifest = {
        "scripts": [{"name": asset.name, "integrity": asset.integrity} for asset in built],
        "boot": BOOT % hooks_module_name(config.hooks_path),
    }
    return (json.dumps(manifest, indent=2) + "\n").encode("ascii")


def command(args):
    """`chatkit build CONFIG --out DIR`: see `chatkit build --help`."""
    import sys

    from chatkit.config import load_config

    config = load_config(args.config)
    if config.python is None:
        raise ValidationError([Problem("python", None, "missing: add a [python] table with "
                                       "hooks and asset_base to build for it")], str(config.path))
    for problem in config.warnings + hooks_warnings(config.hooks_path):
        print(problem.line(str(config.path) if problem in config.warnings
                           else str(config.hooks_path)), file=sys.stderr)
    _, stale = precompiled_bundle(runtime_asset())
    if stale:
        print("chatkit: warning: %s, so the bundle is Python that each page compiles (about "
              "250 ms slower); `python -m chatkit.build.precompile` brings it up to date"
              % stale, file=sys.stderr)
    for asset in build_assets(config, args.out):
        print("wrote %s (%s)" % (Path(args.out) / asset.name, asset.integrity), file=sys.stderr)
    return 0


def slim_source(source, tree=None):
    """The source without comments and docstrings, every line where it was.

    Brython compiles each module in the page, so less text is less main-thread
    time; tracebacks keep their line numbers.
    >>> slim_source("x = 1  # why\\n")
    'x = 1  \\n'
    """
    docstrings = _docstring_starts(tree or ast.parse(source))
    lines = source.splitlines(keepends=True)
    cuts = []
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    for index, token in enumerate(tokens):
        if token.type == tokenize.COMMENT:
            cuts.append((token.start, token.end, ""))
        elif token.type == tokenize.STRING and token.start in docstrings and \
                tokens[index + 1].type in (tokenize.NEWLINE, tokenize.COMMENT):
            cuts.append((token.start, token.end, '""' + "\n" * (token.end[0] - token.start[0])))
    for (row, col), (end_row, end_col), text in reversed(cuts):
        head = lines[row - 1][:col]
        tail = lines[end_row - 1][end_col:]
        lines[row - 1 : end_row] = [head + text + tail]
    return "".join(lines)


def _docstring_starts(tree):
    starts = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and \
                    isinstance(first.value.value, str):
                starts.add((first.lineno, first.col_offset))
    return starts
