"""The code the page runs under Brython imports only chatkit's pure core (BRYTHON.md).

Brython without its 5 MB stdlib cannot load `sys`, `json`, `re`, `typing`... and
with it each cold import costs hundreds of milliseconds.  So the shared core and
`chatkit.browser` import nothing outside chatkit's pure modules; only the runtime
adapters touch their runtime's modules (`_brython`: Brython's `browser` and
`javascript`; `_micropython`: MicroPython's `js`, `jsffi`, `io`, `sys`).  Read
with `ast`, so a lazy import inside a function counts too.
"""

import ast
from pathlib import Path

import pytest

from chatkit.build.bundle import bundle_modules
from chatkit.versions import APIS

CHATKIT = Path(__file__).resolve().parent.parent / "chatkit"
# What the page bundles really ship beside chatkit.browser: the portable rules and the errors
# they raise (chatkit.build.bundle walks the imports from the browser package's roots).
SHIPPED = sorted({name for api in APIS for name in bundle_modules(api)
                  if name != "chatkit" and not name.startswith("chatkit.browser")})
CORE = [name.removeprefix("chatkit.") for name in SHIPPED]
# What a module the page runs may import: the packages, the core, and chatkit.browser.
CORE_MODULES = {"chatkit"} | set(SHIPPED)
# The one place the portable rules live, and the errors module beside them.
PORTABLE = sorted({"chatkit.errors"} | {
    "chatkit.rules" if p.stem == "__init__" else "chatkit.rules." + p.stem
    for p in (CHATKIT / "rules").glob("*.py")})


def core_path(name):
    path = CHATKIT.joinpath(*name.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


BROWSER = sorted((CHATKIT / "browser").glob("*.py"))
# The runtimes' own modules (Brython's, MicroPython's and the MicroPython loader's).
BRYTHON_MODULES = {"browser", "javascript", "js", "jsffi", "_chatkit_js"}
# What each runtime adapter may import: the Brython modules that work without
# brython_stdlib.js (BRYTHON.md), or MicroPython's built-in ones.
ADAPTER_MAY_IMPORT = {"chatkit.browser._brython": {"browser", "browser.html", "browser.aio",
                                                   "javascript"},
                      "chatkit.browser._micropython": {"js", "jsffi", "io", "sys",
                                                       "_chatkit_js"}}


def module_name(path):
    relative = path.relative_to(CHATKIT.parent).with_suffix("")
    parts = list(relative.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path, source=None):
    """Every module a file imports, absolute; `from chatkit import x` counts chatkit.x too."""
    name = module_name(path)
    package = name if path.stem == "__init__" else name.rpartition(".")[0]
    if source is None:
        source = path.read_text(encoding="utf-8")
    found = set()
    for node in ast.walk(ast.parse(source, str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node.module, node.level, package)
            found.add(base)
            found.update(base + "." + alias.name for alias in node.names
                         if _is_module(base + "." + alias.name))
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "__import__":
            found.add("__import__()")  # a dynamic import hides what it loads
    return found


def _absolute(module, level, package):
    if not level:
        return module
    base = package.rsplit(".", level - 1)[0] if level > 1 else package
    return base + "." + module if module else base


def _is_module(dotted):
    if not dotted.startswith("chatkit."):
        return False
    path = CHATKIT.parent.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def is_bridge(path):
    return any(m.split(".")[0] in BRYTHON_MODULES for m in imports_of(path))


def browser_modules():
    return {module_name(p) for p in BROWSER}


def test_the_portable_rules_are_exactly_what_the_page_bundles_ship():
    # chatkit/rules/ holds nothing the page does not run, and the page runs nothing else
    # outside chatkit.browser: CPython-only rules live in chatkit.config.
    assert SHIPPED == PORTABLE


@pytest.mark.parametrize("name", CORE)
def test_core_module_imports_only_the_core(name):
    found = imports_of(core_path(name))
    assert found <= CORE_MODULES, "chatkit.%s imports %s" % (name, sorted(found - CORE_MODULES))


def test_core_modules_do_not_import_the_browser_package():
    for name in CORE:
        found = imports_of(core_path(name))
        assert not any(m.startswith("chatkit.browser") for m in found), name


def test_browser_package_has_exactly_one_adapter_module_per_runtime():
    bridges = [module_name(p) for p in BROWSER if is_bridge(p)]
    assert bridges == sorted(ADAPTER_MAY_IMPORT)


@pytest.mark.parametrize("path", [p for p in BROWSER if not is_bridge(p)], ids=lambda p: p.name)
def test_browser_module_imports_only_the_core_and_its_package(path):
    # The bridge imports the runtime adapters (the one its runtime names, in a function) and
    # `__import__`s the tenant's hooks module by its name.
    bridges = {module_name(p) for p in BROWSER if is_bridge(p)}
    allowed = CORE_MODULES | browser_modules() - bridges
    if module_name(path) == "chatkit.browser._bridge":
        allowed |= bridges | {"__import__()"}
    found = imports_of(path)
    assert found <= allowed, "%s imports %s" % (module_name(path), sorted(found - allowed))


@pytest.mark.parametrize("path", [p for p in BROWSER if is_bridge(p)], ids=lambda p: p.name)
def test_adapter_module_imports_only_what_its_runtime_loads(path):
    allowed = CORE_MODULES | browser_modules() | ADAPTER_MAY_IMPORT[module_name(path)]
    found = imports_of(path)
    assert found <= allowed, "%s imports %s" % (module_name(path), sorted(found - allowed))


# --- the checker itself ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "source, found",
    [
        ("import json", {"json"}),  # the stdlib
        ("from typing import Any", {"typing"}),  # from-imports count their module
        ("from __future__ import annotations", {"__future__"}),  # not in Brython
        ("def f():\n    import re\n", {"re"}),  # lazy imports count too
        ("import os.path as p", {"os.path"}),  # dotted
        ("from chatkit import errors, UNSET", {"chatkit", "chatkit.errors"}),  # a module by name
        ("from chatkit import config", {"chatkit", "chatkit.config"}),  # caught: not core
        ("from . import errors", {"chatkit", "chatkit.errors"}),  # relative
        ("from .errors import Problem", {"chatkit.errors"}),  # relative module
        ("from .rules import topics", {"chatkit.rules", "chatkit.rules.topics"}),  # a subpackage
        ("m = __import__('json')", {"__import__()"}),  # dynamic
        ("try:\n    import jinja2\nexcept ImportError:\n    pass\n", {"jinja2"}),  # guarded
    ],
)
def test_imports_of_finds_every_kind_of_import(source, found):
    assert imports_of(CHATKIT / "_probe.py", source) == found  # as if chatkit/_probe.py
