"""The chatkit bundle's modules: `chatkit.browser` and the pure core modules it imports.

One bundle per chat version and Python runtime: a page ships only what its
`[chat] api` and `[python] runtime` run.  Found by reading imports from the roots
(nothing is listed by hand), so the bundle follows the code: a module added to
`chatkit.browser` and imported from it is bundled, precompiled and checked like
the others.

The adapters are where the walk stops: the version adapters (`chatkit.browser._v1`,
`_v2`, named by each version's `BROWSER_ADAPTER` in `chatkit.versions`) and the
runtime adapters (`chatkit.browser._brython`, `_micropython`, `RUNTIME_ADAPTERS`).
`chat` imports its version's adapter inside a function, by `chat.api`, and the
bridge its runtime's, by `runtime`; so the walk from the roots meets all of them,
and a bundle is the closure of the roots and ITS two adapters that never follows
an import into another adapter.  What only one version uses (v2's variable and
quick-reply rules, say) is imported from its adapter, so only that version's page
gets it; only a runtime adapter touches its runtime's own modules.

    >>> sorted(set(bundle_modules("v2")) - set(bundle_modules("v1")))
    ['chatkit.browser._v2', 'chatkit.rules.chatapp', 'chatkit.rules.variables']
"""

import ast
import functools
import io
import tokenize
from pathlib import Path

from chatkit.build.runtimes import BRYTHON, MICROPYTHON, RUNTIMES
from chatkit.errors import Problem, ValidationError
from chatkit.versions import APIS, adapter

CHATKIT_DIR = Path(__file__).resolve().parent.parent
BUNDLE_ROOTS = ("chatkit.browser", "chatkit.browser._bridge")
BRIDGE = "chatkit.browser._bridge"
RUNTIME_ADAPTERS = {BRYTHON: "chatkit.browser._brython",
                    MICROPYTHON: "chatkit.browser._micropython"}
# What brython.js provides without brython_stdlib.js: hooks may import them on Brython.
PAGE_MODULES = frozenset(("browser", "browser.html", "browser.aio", "javascript"))
# What each runtime adapter may import of its runtime's own modules (MicroPython's
# `_chatkit_js` is the loader's, see chatkit.browser._micropython).
RUNTIME_MODULES = {BRYTHON: frozenset(("browser", "javascript")),
                   MICROPYTHON: frozenset(("js", "jsffi", "io", "sys", "_chatkit_js"))}
# The rules `chat` imports at the first call that needs them (inside a function), by the
# names of those calls: a build leaves each out of the page when its hooks name none of them
# (nor the module), and reach nothing by a name made at run time.
LAZY_MODULES = {
    "chatkit.rules.languages": ("set_language",),
    "chatkit.rules.variables": ("set_variables",),
    "chatkit.rules.chatapp": ("set_quick_replies", "set_sound"),
}
# Names through which code reaches attributes or modules by a name made at run time.
DYNAMIC_NAMES = frozenset(("getattr", "__dict__", "vars", "__import__", "eval", "exec",
                           "globals", "locals", "dir", "builtins", "__builtins__", "compile"))
# The stand-ins of Brython's modules that a MicroPython page ships (chatkit.browser.compat),
# by the name hooks import them as.
COMPAT_MODULES = ("browser", "javascript")
# The bundle's `chatkit` package: the real one may grow imports the page must not load.
BUNDLE_INIT = '"""chatkit in the page: the browser controller and the rules it shares."""\n'


class BundleModule:
    """A module of the bundle: its file, parsed once, and the modules it imports."""

    def __init__(self, name):
        self.name = name
        self.path, self.is_package = module_file(name)
        if name == "chatkit":
            self.source, self.tree, self.imports = BUNDLE_INIT, None, []
        else:
            self.source = self.path.read_text(encoding="utf-8")
            self.tree = ast.parse(self.source)
            self.imports = list(imports(ast.walk(self.tree), name))

    @property
    def filename(self):
        """Its file name in the page, as Brython names a module of a package bundle."""
        return "VFS.%s%s" % (self.name, "/__init__.py" if self.is_package else ".py")

    def chatkit_imports(self, bundle=None):
        """The chatkit modules it imports (anywhere in it), or those of them in `bundle`."""
        return sorted({m for m, _ in self.imports if is_chatkit_name(m)
                       and (bundle is None or m in bundle)})

    def page_source(self):
        return self.source if self.tree is None else slim_source(self.source, self.tree)


def bundle_modules(api, runtime=BRYTHON):
    """{module name: BundleModule} of chat version `api`'s bundle for `runtime`: the closure
    of the imports of BUNDLE_ROOTS and the version's and runtime's adapters, stopping at
    every other adapter.

    Read once per process (chatkit's own files).  Raises ValidationError when a module
    of any bundle would import what the page cannot load.
    """
    return dict(_bundles()[api, runtime])


def adapter_module(api):
    """The module of chatkit.browser that holds what is particular to chat version `api`."""
    return adapter(api).BROWSER_ADAPTER


def _adapters():
    return {adapter_module(api) for api in APIS} | set(RUNTIME_ADAPTERS.values())


@functools.cache
def _bundles():
    """{(api, runtime): {module name: BundleModule}}, each module read once, all checked."""
    parsed: dict[str, BundleModule] = {}
    bundles = {(api, runtime): _walk(api, runtime, parsed) for api in APIS for runtime in RUNTIMES}
    allowed = {RUNTIME_ADAPTERS[runtime]: RUNTIME_MODULES[runtime] for runtime in RUNTIMES}
    problems = []
    for name, module in sorted(parsed.items()):
        for imported, line in module.imports:
            page_module = imported in allowed.get(name, ())
            if not is_chatkit_name(imported) and not page_module:
                problems.append(Problem("%s line %d" % (name, line), imported,
                                        "imports %s, which the page cannot load" % imported))
    if problems:
        raise ValidationError(problems, "chatkit bundle")
    return bundles


def _walk(api, runtime, parsed):
    own = {adapter_module(api), RUNTIME_ADAPTERS[runtime]}
    others = _adapters() - own
    found, todo = {}, [*BUNDLE_ROOTS, *sorted(own)]
    while todo:
        name = todo.pop()
        if name in found or name in others:
            continue  # another version's adapter: where the walk stops
        if name not in parsed:
            parsed[name] = BundleModule(name)
        module = found[name] = parsed[name]
        todo.extend(_parents(name) + module.chatkit_imports())
    return found


def unreached(names, modules):
    """The LAZY_MODULES among `modules` that code naming only `names` (identifiers, attribute
    names, strings and module names of the hooks) never imports."""
    if names & DYNAMIC_NAMES:
        return set()
    return {module for module, calls in LAZY_MODULES.items() if module in modules
            and not (set(calls) | {module, module.rpartition(".")[2]}) & names}


def bundle_sources(modules):
    """{module: source bytes} of bundle modules, as read from chatkit's files (no parsing)."""
    sources = {}
    for name in modules:
        if not isinstance(name, str) or not is_chatkit_name(name):
            raise ValueError("not a chatkit module: %r" % (name,))
        sources[name] = (BUNDLE_INIT.encode("utf-8") if name == "chatkit"
                         else module_file(name)[0].read_bytes())
    return sources


def is_chatkit_name(name):
    return name == "chatkit" or name.startswith("chatkit.")


def compat_file(name):
    """The file of the stand-in MicroPython pages get for Brython's module `name`."""
    return CHATKIT_DIR / "browser" / "compat" / (name + ".py")


def module_file(name):
    """(path, is a package) of a chatkit module."""
    path = CHATKIT_DIR.joinpath(*name.split(".")[1:])
    if (path / "__init__.py").is_file():
        return path / "__init__.py", True
    return path.with_suffix(".py"), False


def is_chatkit_module(name):
    return module_file(name)[0].is_file()


def _parents(name):
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def imports(nodes, name):
    """(module, line) for every import among `nodes` of module `name`; `from x import y`
    also gives x.y when that is a chatkit module."""
    for node in nodes:
        if isinstance(node, ast.Import):
            yield from ((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = absolute(node, name)
            yield module, node.lineno
            for alias in node.names:
                if is_chatkit_name(module) and is_chatkit_module(module + "." + alias.name):
                    yield module + "." + alias.name, node.lineno


def absolute(node, name):
    """The module an ImportFrom node of module `name` names, made absolute."""
    if not node.level:
        return node.module
    base = name.split(".")[: -node.level]
    return ".".join(base + ([node.module] if node.module else []))


def slim_source(source, tree=None):
    """The source without comments and docstrings, every line where it was.

    What the page gets of a module it does not run precompiled: less text, and
    tracebacks keep their line numbers.
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


def vfs_entry(source, imports, is_package):
    """A module's entry in a Brython package: [".py", source, imports(, 1 if a package)]."""
    entry = [".py", source, imports]
    return entry + [1] if is_package else entry


def import_order(modules):
    """The modules' names, each after the modules of `modules` it imports (as the page
    imports them)."""
    order, seen = [], set()

    def visit(name):
        if name not in seen:
            seen.add(name)
            for imported in modules[name].chatkit_imports(modules):
                visit(imported)
            order.append(name)

    for name in sorted(modules):
        visit(name)
    return order
