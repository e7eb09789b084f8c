"""The tenant's hooks file (`[python] hooks`): read, checked and named as a Brython module.

Every problem is one line naming the file and the line (SPEC 3), whatever the
file holds: bytes that are not UTF-8, a byte order mark, a NUL, a syntax error,
code nested too deeply for the compiler, a relative import, a loop that can never
end.  Errors stop `snippet`, `build` and `check` (exit 2); warnings (imports the
page cannot load, a chatkit module only the other chat version's page has among
them, calls that need Brython's compiler in the page, and a `while True:` that only
an exception can end) are printed by `build` and `check`.

Hooks run on the page's main thread: a loop that does not end freezes the page,
chat included.  What the build can see is a `while` on a constant true value
(`while True:`, `while 1:`) with no `break`, `return` or `raise` of its own;
a loop whose condition never turns false for other reasons (`while x < 10:` with
`x` never changed), or endless recursion through calls, is beyond it.

    >>> [p.line("hooks.py") for p in hooks_warnings(Hooks("hooks.py"), "v1")]
    ['hooks.py: line 2: warning: imports json, which the page cannot load (...)']
"""

import ast
import warnings
from pathlib import Path

from chatkit.build.bundle import COMPAT_MODULES, PAGE_MODULES, absolute, bundle_modules, imports
from chatkit.build.micropython import MODULES as MICROPYTHON_MODULES
from chatkit.build.runtimes import BRYTHON
from chatkit.errors import Problem, ValidationError
from chatkit.versions import APIS

RESERVED_NAMES = frozenset(("chatkit", "browser", "javascript", "builtins"))
COMPILER_BUILTINS = ("exec", "eval", "compile")
STDLIB_HINT = ("Brython runs here without its 5 MB standard library; use window.JSON, "
               "javascript.RegExp or window.setTimeout instead")
MICROPYTHON_HINT = ("it is neither one of MicroPython's own modules nor chatkit's, and "
                    "MicroPython's page has only browser and javascript of Brython's modules")
BOM = "\ufeff"


class Hooks:
    """The hooks file, read and parsed once: `name` (its module), `source`, `tree`.

    Raises ValidationError, one problem naming the file and line, when it cannot
    be a module of the page.
    """

    def __init__(self, path):
        self.path = Path(path)
        self.name = hooks_module_name(path)
        self.source = read_source(self.path)
        self.tree, self.parse_warnings = parse_source(self.source, self.path)
        relative = [node for node in ast.walk(self.tree)
                    if isinstance(node, ast.ImportFrom) and node.level]
        endless = [loop for loop, calls in endless_loops(self.tree) if not calls]
        if endless:
            raise _error(self.path, endless[0].lineno, "%s never ends (no break, return or "
                         "raise in it): hooks run on the page's main thread, so it would "
                         "freeze the page and the chat" % _loop_text(endless[0]))
        if relative:
            node = relative[0]
            raise _error(self.path, node.lineno, "from %s import %s: a relative import, but the "
                         "hooks are a module of their own, not in a package: import by the "
                         "full name (from chatkit.browser import chat)"
                         % ("." * node.level + (node.module or ""),
                            ", ".join(alias.name for alias in node.names)))

    def endless_loops(self):
        """(line, loop text) of each `while True:` that only an exception can end."""
        return [(loop.lineno, _loop_text(loop)) for loop, calls in endless_loops(self.tree)
                if calls]

    def names(self):
        """Every name the hooks write: identifiers, attribute names, strings, imported modules
        (what chatkit.build.bundle.unreached reads)."""
        found = set()
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Name):
                found.add(node.id)
            elif isinstance(node, ast.Attribute):
                found.add(node.attr)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
            elif isinstance(node, ast.alias):
                found.update((node.name, node.name.rpartition(".")[2]))
        found.update(module for module, _ in self.imports())
        return found

    def imports(self):
        """(module, line) for each import, `from x import y` giving x (and x.y for chatkit)."""
        return list(imports(ast.walk(self.tree), self.name))

    def compiler_calls(self):
        """(builtin, line) for each use of exec, eval or compile, which need the compiler."""
        return sorted((node.id, node.lineno) for node in ast.walk(self.tree)
                      if isinstance(node, ast.Name) and node.id in COMPILER_BUILTINS
                      and isinstance(node.ctx, ast.Load))


def hooks_warnings(hooks, api, runtime=BRYTHON):
    """Warnings about the hooks of a chat version `api` page on `runtime`: imports the page
    cannot load (a module only the other version's bundle has among them), calls needing
    Brython's compiler, loops only an exception ends."""
    available = set(bundle_modules(api, runtime)) | {hooks.name} | (
        PAGE_MODULES if runtime == BRYTHON else MICROPYTHON_MODULES | set(COMPAT_MODULES))
    problems = list(hooks.parse_warnings)
    for module, line in hooks.imports():
        if module not in available:
            problems.append(Problem("line %d" % line, module, "imports %s, which the page cannot "
                                    "load (%s)" % (module, _why_not(module, api, runtime)),
                                    "warning"))
        elif module == "chatkit" and _from_names(hooks.tree, line, hooks.name):
            problems.append(Problem("line %d" % line, module, "in the page, import chat, UNSET "
                                    "and the errors from chatkit.browser", "warning"))
    for line, loop in hooks.endless_loops():
        problems.append(Problem("line %d" % line, None, "%s has no break, return or raise: it "
                                "ends only if something in it raises, and until then the page "
                                "and the chat are frozen (hooks run on its main thread)" % loop,
                                "warning"))
    for builtin, line in hooks.compiler_calls() if runtime == BRYTHON else []:
        problems.append(Problem("line %d" % line, builtin, "uses %s(), which needs Brython's "
                                "compiler in the page: the build ships the full runtime "
                                "(about 90 KB more gzip)" % builtin, "warning"))
    return sorted(problems, key=_line_number)


# What ends a loop from inside it, and where a nested scope or loop begins (whose own
# `break`/`return` do not end this one).
_EXITS = (ast.Break, ast.Return, ast.Raise, ast.Yield, ast.YieldFrom, ast.Await)
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
_LOOPS = (ast.For, ast.AsyncFor, ast.While)


def endless_loops(tree):
    """(ast.While, whether it calls anything) for each `while` on a constant true value with
    no exit of its own; one that calls nothing can never end."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.While) and isinstance(node.test, ast.Constant) and \
                node.test.value:
            inside = list(_own_nodes(node.body))
            if not any(isinstance(item, _EXITS) for item in inside):
                found.append((node, any(isinstance(item, ast.Call) for item in inside)))
    return sorted(found, key=lambda pair: pair[0].lineno)


def _own_nodes(statements, in_loop=False):
    """The nodes of `statements`, not entering nested scopes; `break` of a nested loop left out."""
    todo = [(statement, in_loop) for statement in statements]
    while todo:
        node, nested = todo.pop()
        if isinstance(node, _SCOPES):
            continue
        if isinstance(node, ast.Break) and nested:
            continue
        yield node
        inner = nested or isinstance(node, _LOOPS)
        todo.extend((child, inner) for child in ast.iter_child_nodes(node))


def _loop_text(loop):
    return "while %r:" % (loop.test.value,)


def _why_not(module, api, runtime):
    """Why a page of chat version `api` on `runtime` lacks `module`: another version's, or not
    the runtime's."""
    has = [other for other in APIS if other != api and module in bundle_modules(other, runtime)]
    if has:
        return 'only the %s chat\'s page has it; the config\'s [chat] api is "%s"' % (has[0], api)
    return STDLIB_HINT if runtime == BRYTHON else MICROPYTHON_HINT


def _line_number(problem):
    return int(problem.key.split()[-1])


def _from_names(tree, line, name):
    """Names imported by `from chatkit import ...` on a line that are not bundled modules."""
    from chatkit.build.bundle import is_chatkit_module

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.lineno == line and \
                absolute(node, name) == "chatkit":
            return [a.name for a in node.names if not is_chatkit_module("chatkit." + a.name)]
    return []


def hooks_module_name(hooks_path):
    """The module the hooks file becomes: its file name without `.py`."""
    name = Path(hooks_path).stem
    if not name.isidentifier() or name in RESERVED_NAMES:
        raise ValidationError([Problem("", None, "the file name must be a Python module name "
                                       "other than %s, like hooks.py"
                                       % ", ".join(sorted(RESERVED_NAMES)))], str(hooks_path))
    return name


def read_source(path):
    """The file as text; one line naming the place of any byte Brython would refuse."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise ValidationError([Problem("", None, "cannot read it: %s"
                                       % (error.strerror or error))], str(path)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise _error(path, line, "not UTF-8: byte 0x%02x cannot start a character; save the "
                     "file as UTF-8" % data[error.start]) from None
    if text.startswith(BOM):
        raise _error(path, 1, "starts with a byte order mark (U+FEFF), which Brython refuses: "
                     "save the file as UTF-8 without BOM")
    if "\0" in text:
        raise _error(path, text.count("\n", 0, text.index("\0")) + 1,
                     "a NUL character (U+0000), which Python source cannot hold")
    return text


def parse_source(source, path):
    """(ast.Module, warnings as Problems) of the source; ValidationError naming the line."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            tree = ast.parse(source, str(path))
        except SyntaxError as error:
            raise _error(path, error.lineno or 1, "invalid Python: %s" % error.msg) from None
        except (RecursionError, MemoryError):
            raise _error(path, _deepest_line(source), "nested too deeply for Python's "
                         "compiler: split the expression or the blocks") from None
    return tree, [Problem("line %d" % (w.lineno or 1), None, _one_line(str(w.message)),
                          "warning") for w in caught]


def _deepest_line(source):
    """The first line whose source, up to it, is already too deep for the compiler."""
    lines = source.splitlines(keepends=True)
    low, high = 1, len(lines)
    while low < high:
        middle = (low + high) // 2
        try:
            ast.parse("".join(lines[:middle]))
        except (RecursionError, MemoryError):
            high = middle
        except SyntaxError:
            low = middle + 1
        else:
            low = middle + 1
    return low


def _error(path, line, message):
    return ValidationError([Problem("line %d" % line, None, _one_line(message))], str(path))


def _one_line(text):
    """A message on one line: control characters (a line break in a quoted line) escaped."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii")
                   for c in text)
