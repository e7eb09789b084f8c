"""Writing output files so that a failure never leaves one half-written, nor destroys an input.

`check_output` refuses an `-o` that cannot be meant (empty, or a file the command
reads); `write_output` writes what a command made: regular files are replaced
atomically (through a symlink, its target), while devices, FIFOs and the shell's
own streams (`-o /dev/null`, `-o /dev/stdout`) are written through, never replaced.
"""

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from chatkit.errors import Problem, ValidationError

# Where a path names a stream or a device, not a file to replace: /dev/stdout, /dev/fd/1,
# /proc/self/fd/1 lead to whatever the shell set up (a pipe, a terminal, a file in append mode).
_STREAM_FOLDERS = ("/dev/", "/proc/")


def check_output(output: str | os.PathLike, inputs: Iterable[str | os.PathLike | None] = (),
                 option: str = "-o") -> None:
    """Raise ValidationError when `output` is empty or is one of the files the command reads.

    >>> check_output("chat.toml", inputs=["chat.toml"])      # doctest: +SKIP
    ValidationError: chat.toml: -o: is the same file as chat.toml, which this command reads...
    """
    name = os.fspath(output)
    if not name:
        raise ValidationError([Problem(option, name, "is empty: name the file to write, or "
                                       "leave %s out to print" % option)])
    if "\0" in name:
        raise ValidationError([Problem(option, name, "cannot write it: a file name cannot hold "
                                       "a NUL character")], name)
    for source in inputs:
        if source is not None and _same_file(name, source):
            raise ValidationError([Problem(option, name, "is the same file as %s, which this "
                                           "command reads: writing would destroy it; name "
                                           "another file" % os.fspath(source))], name)


def _same_file(output, source):
    """Whether writing `output` would replace `source` (the same file, by any name)."""
    try:
        return stat.S_ISREG(os.stat(output).st_mode) and os.path.samefile(output, source)
    except (OSError, ValueError):  # no such output yet, or an input that is gone
        return False


def write_output(output: str | os.PathLike, content: str | bytes) -> None:
    """Write `content` to `output`: through to a device, FIFO or stream; else atomically.

    A symlink is followed, so its target gets the content and the link stays a link.
    """
    name = os.fspath(output)
    data = content.encode("utf-8") if isinstance(content, str) else content
    if _writes_through(name):
        # Append: never truncate what the shell opened (`-o /dev/stdout >> log`).
        with open(name, "ab") as stream:
            stream.write(data)
        return
    write_atomic(os.path.realpath(name), data)


def _writes_through(name):
    if os.path.abspath(name).startswith(_STREAM_FOLDERS):
        return True
    try:
        mode = os.stat(name).st_mode
    except FileNotFoundError:
        return False  # a new file (or a dangling symlink's target): created atomically
    return not stat.S_ISREG(mode)  # a device, a FIFO, a socket; a folder fails as one


def write_atomic(path: str | Path, content: str | bytes) -> None:
    """Write text or bytes to `path` through a temporary file in the same folder, then rename."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, temporary = tempfile.mkstemp(dir=path.parent or ".", prefix="." + path.name + ".")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        # mkstemp makes the file 0600; give it the mode a plain write would (web servers read it).
        os.chmod(temporary, _mode(path))
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def _mode(path):
    """The replaced file's mode, or what open() would give a new file under the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask
