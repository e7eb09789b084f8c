"""The one writer of every `-o`: never half a file, never an input, never an edit by surprise.

What happens is decided by what the output *is*, never by where its path points:

- a regular file is replaced atomically (a temporary file beside it, then a rename); through a
  symlink, the symlink's target is, and the link stays a link;
- a device, a FIFO or a socket (`-o /dev/null`), and an open stream, a path that resolves
  through `/proc/<pid>/fd/N` or `/dev/fd/N` (`-o /dev/stdout` with the shell's `>> log`), is
  written through: the content goes where it leads, nothing is replaced;
- a read-only regular file is refused, and with `replace=False` (the outputs a person edits:
  `import -o`, `init -o`) so is any existing one.

`check_output` says so before a command does its work, `write_output` writes.

    >>> check_output("chat.toml", inputs=["chat.toml"])      # doctest: +SKIP
    ValidationError: chat.toml: -o: is the same file as chat.toml, which this command reads...
"""

import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from chatkit.errors import Problem, ValidationError

__all__ = ["check_output", "write_atomic", "write_output"]

PathLike = str | os.PathLike
# A process's open file, as the kernel names it: what /dev/stdout and /dev/fd/N lead to.
_OPEN_STREAM = re.compile(r"/proc/(?:self|thread-self|\d+)(?:/task/\d+)?/fd/\d+")
_MAX_LINKS = 40  # as the kernel's own limit on a path's symlinks


def check_output(output: PathLike, inputs: Iterable[PathLike | None] = (), option: str = "-o",
                 *, replace: bool = True) -> None:
    """Raise ValidationError when `output` cannot be meant: empty, a NUL in it, one of the
    `inputs` (by any name), a read-only file, or with `replace=False` any existing file.

    Problems name `option` (`-o`, `--out`) and the output, as one line each.
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
            raise _refused(option, name, "is the same file as %s, which this command reads: "
                           "writing would destroy it; name another file" % os.fspath(source))
    target = _existing_file(name)
    if target is not None:
        _check_replaceable(target, name, option, replace)


def write_output(output: PathLike, content: str | bytes, option: str = "-o", *,
                 replace: bool = True) -> None:
    """Write `content` to `output` (see the module's docstring for what that means for each
    kind of file); raises OSError when the system refuses, ValidationError as `check_output`.

    With `replace=False`, a file that appeared since `check_output` is not replaced either.
    """
    name = os.fspath(output)
    data = content.encode("utf-8") if isinstance(content, str) else content
    if _writes_through(name):
        # Append: never truncate what the shell opened (`-o /dev/stdout >> log`).
        with open(name, "ab") as stream:
            stream.write(data)
        return
    target = Path(os.path.realpath(name))
    if target.exists():
        _check_replaceable(target, name, option, replace)
    try:
        write_atomic(target, data, replace=replace)
    except FileExistsError:  # made by someone else since: still not replaced
        _check_replaceable(target, name, option, replace)
        raise


def _refused(option, name, message):
    return ValidationError([Problem(option, name, message)], name)


def _check_replaceable(target, name, option, replace):
    if not replace:
        raise _refused(option, name, "exists, and may hold your edits: pass --force to "
                       "replace it, or name another file")
    if _read_only(target):
        raise _refused(option, name, "is read-only: chatkit does not replace a file made "
                       "read-only; make it writable (chmod u+w) or name another file")


def _read_only(path):
    # os.access alone says yes to root for any file; the owner's write bit says what was meant.
    return not os.access(path, os.W_OK) or not os.stat(path).st_mode & stat.S_IWUSR


def _existing_file(name):
    """The regular file `name` leads to, when it exists and is not written through."""
    try:
        if _writes_through(name) or not os.path.exists(name):
            return None
    except OSError:  # a symlink loop, a file where a folder belongs: write_output names it
        return None
    return Path(os.path.realpath(name))


def _same_file(output, source):
    """Whether writing `output` would replace `source` (the same file, by any name)."""
    try:
        return stat.S_ISREG(os.stat(output).st_mode) and os.path.samefile(output, source)
    except (OSError, ValueError):  # no such output yet, or an input that is gone
        return False


def _writes_through(name):
    """True for a device, FIFO, socket or open stream: what must be written to, not replaced."""
    if _is_open_stream(name):
        return True
    try:
        mode = os.stat(name).st_mode
    except FileNotFoundError:
        return False  # a new file (or a dangling symlink's target): created atomically
    return not stat.S_ISREG(mode)  # a device, a FIFO, a socket; a folder fails as one


def _is_open_stream(name):
    """Whether `name` resolves, link by link, through a process's open file descriptor.

    /proc/self/fd/1 is a link to whatever the shell opened (a pipe, a terminal, `>> log`):
    following it to `log` and replacing that file would lose what the shell appends to.
    """
    path = os.path.abspath(name)
    for _ in range(_MAX_LINKS):
        folder, base = os.path.split(path)
        path = os.path.join(os.path.realpath(folder), base)
        if _OPEN_STREAM.fullmatch(path):
            return True
        if not os.path.islink(path):
            return False
        path = os.path.join(os.path.dirname(path), os.readlink(path))
    return False  # a loop: writing it fails with the system's own message


def write_atomic(path: PathLike, content: str | bytes, *, replace: bool = True) -> None:
    """Write text or bytes to `path` through a temporary file in the same folder, then rename;
    with `replace=False`, link it into place instead, so an existing file is never replaced
    (FileExistsError)."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, temporary = tempfile.mkstemp(dir=path.parent or ".", prefix="." + path.name + ".")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        # mkstemp makes the file 0600; give it the mode a plain write would (web servers read it).
        os.chmod(temporary, _mode(path))
        if replace:
            os.replace(temporary, path)
        else:
            _link_new(temporary, path)
    finally:
        if os.path.lexists(temporary):
            os.unlink(temporary)


def _link_new(temporary, path):
    try:
        os.link(temporary, path)  # fails when `path` exists, unlike a rename
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
        # A file system without hard links (FAT, some network shares): check, then rename.
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "File exists", str(path)) from None
        os.replace(temporary, path)


def _mode(path):
    """The replaced file's mode, or what open() would give a new file under the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask
