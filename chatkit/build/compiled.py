"""The hooks and the boot compiled ahead of time (with `chatkit.build.engine`).

The page then runs Brython's JavaScript for them straight away: the hooks file's
module is in `__BRYTHON__.precompiled`, with its Python source beside it for the
lines of a traceback, and the boot (the script that imports the hooks and connects
`chat` to the chat) is JavaScript the snippet's loader runs as Brython runs a
compiled script.

    >>> compile_boot("hooks")[:28]
    'var $B=__BRYTHON__,\\n_b_=$B.b'
"""

from chatkit.build import engine
from chatkit.errors import Problem, ValidationError

# Filled with the hooks module's name and the config's chat version (`[chat] api`).
BOOT = "from chatkit.browser import _bridge\n_bridge.run(%r, api=%r)\n"
BOOT_ID = "__chatkit_boot__"
BOOT_FILE = "<chatkit boot>"


def hooks_filename(name):
    """The hooks module's file name in the page (as Brython names a module of a package)."""
    return "VFS.%s.py" % name


def compile_hooks(hooks):
    """The JavaScript of the hooks module (a `chatkit.build.hooks.Hooks`), or None without
    the engine.  ValidationError, naming the line, when Brython's compiler refuses it."""
    if engine.missing():
        return None
    try:
        return _compile(hooks.name, hooks.source)
    except engine.CompileError as error:
        line = error.lineno or _failing_line(hooks, error.kind)
        raise ValidationError([Problem("line %d" % line, None, _message(error))],
                              str(hooks.path)) from None


def compile_boot(name, api):
    """The boot for hooks module `name` and chat version `api`, compiled: Brython's
    JavaScript for BOOT."""
    return engine.compile_script(BOOT_ID, BOOT % (name, api), BOOT_FILE)


def _compile(name, source):
    return engine.compile_module(name, source, hooks_filename(name))


def _message(error):
    if error.kind == "RangeError":
        return "nested too deeply for Brython's compiler: split the expression or the blocks"
    if error.kind == "SyntaxError":
        return "Brython cannot compile it: %s" % _flat(error.message)
    return "Brython's compiler failed on it (%s: %s)" % (error.kind, _flat(error.message))


def _flat(text):
    return " ".join(text.split())


def _failing_line(hooks, kind):
    """The first line such that the source up to it fails to compile the same way."""
    lines = hooks.source.splitlines(keepends=True)
    low, high = 1, len(lines)
    while low < high:
        middle = (low + high) // 2
        try:
            _compile(hooks.name, "".join(lines[:middle]))
        except engine.CompileError as error:
            if error.kind == kind:
                high = middle
                continue
        low = middle + 1
    return low
