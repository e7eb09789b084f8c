"""Every public module says what it exports, and says it truly (httpx's test_exported_members).

The rule, for a module's `__all__`:
- every public name its own source defines at the top level (a def, a class, an
  assignment) is listed, and every listed name exists, once;
- in a package, every name it imports from one of its own private modules is listed too
  (that is a re-export; a helper it only uses is imported as a module, `_source`);
- chatkit itself holds nothing but what it lists (httpx's rule for its `__init__`).
"""

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import chatkit

CHATKIT = Path(chatkit.__file__).parent


# Importing a `__main__` runs it; the bridge and its runtime adapters import Brython's
# `javascript` or MicroPython's `js`, as do the MicroPython stand-ins for Brython's names:
# in the page only.
NOT_IMPORTABLE = ("chatkit.__main__", "chatkit.emulator.__main__", "chatkit.browser._bridge",
                  "chatkit.browser._brython", "chatkit.browser._micropython",
                  "chatkit.browser.compat.browser", "chatkit.browser.compat.javascript")


def all_modules():
    """chatkit and every module under it that CPython imports."""
    return ["chatkit"] + [info.name for info in pkgutil.walk_packages([str(CHATKIT)], "chatkit.")
                          if info.name not in NOT_IMPORTABLE]


def public_modules():
    """chatkit and every module and package under it whose dotted name has no `_` part."""
    return sorted(name for name in all_modules()
                  if not any(part.startswith("_") for part in name.split(".")))


# chatkit's library surface below the CLI: each of these modules must say what it exports.
MUST_EXPORT = [name for name in public_modules() if name == "chatkit" or name.startswith((
    "chatkit.config", "chatkit.importer", "chatkit.rules", "chatkit.versions",
    "chatkit.errors", "chatkit.snippet", "chatkit.messages_template"))]
WITH_ALL = [name for name in public_modules() if hasattr(importlib.import_module(name), "__all__")]


def top_level(module):
    return ast.parse(Path(module.__file__).read_text(encoding="utf-8")).body


def defined_names(module):
    """The public names a module's own source binds at the top level."""
    names = set()
    for node in top_level(module):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(element.id for target in targets for element in ast.walk(target)
                         if isinstance(element, ast.Name))
    return {name for name in names if not name.startswith("_")}


def reexported_names(module):
    """The names a package imports from its own private modules (`from ._x import y`)."""
    if Path(module.__file__).name != "__init__.py":
        return set()
    names = set()
    for node in top_level(module):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parent, _, last = node.module.rpartition(".")
            if parent == module.__name__ and last.startswith("_"):
                names.update(alias.asname or alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("name", MUST_EXPORT)
def test_public_module_has_all(name):
    assert isinstance(getattr(importlib.import_module(name), "__all__", None), list), name


@pytest.mark.parametrize("name", WITH_ALL)
def test_all_lists_every_public_name_a_module_defines_or_reexports(name):
    module = importlib.import_module(name)
    exported = module.__all__
    assert len(exported) == len(set(exported)), "a name listed twice"
    assert [name for name in exported if not hasattr(module, name)] == []
    assert sorted((defined_names(module) | reexported_names(module)) - set(exported)) == []


def test_chatkit_holds_only_what_it_exports():
    held = {name for name, value in vars(chatkit).items() if name.isidentifier()
            and not name.startswith("_") and not inspect.ismodule(value)}
    assert sorted(held) == sorted(chatkit.__all__)
    # The names the README's Python examples import from chatkit itself.
    assert {"UNSET", "ChatkitError", "ConfigError", "Problem", "ValidationError", "check_info",
            "normalize_language", "LANGUAGES", "SYSTEM_MESSAGES"} <= set(chatkit.__all__)


def test_every_chatkit_error_derives_from_the_base():
    # SPEC 3: no traceback for a user's mistake. Every exception class chatkit defines is in
    # the ChatkitError tree, so the CLI's one handler catches each (errors.py draws the tree).
    found = {}
    for name in all_modules():
        module = importlib.import_module(name)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, BaseException) \
                    and value.__module__ == name:
                found[value.__qualname__] = value
    assert sorted(found) == ["CallbackRefused", "ChatkitError", "CompileError", "ConfigError",
                             "EightByEightError", "InvalidSelector", "KitError", "NotAValue",
                             "PhoneError", "Refused", "RtfError", "TomlProblem",
                             "ValidationError", "_Duplicate", "_Mistake", "_Stopped",
                             "_Unreadable"]
    assert [name for name, cls in found.items() if not issubclass(cls, chatkit.ChatkitError)] == []

