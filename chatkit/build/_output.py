"""Writing `chatkit build`'s folder all or nothing, safely beside other builds.

The files are written into a temporary folder beside `--out` (the same file
system), then moved into place: the whole folder when `--out` does not exist yet,
else file by file, the manifest last, each move an atomic rename that needs no
space.  A failure while writing (a full disk) leaves `--out` as it was and removes
the temporary folder and any parent folder made for it.

Builds run at once into the same `--out` (two CI jobs, a watcher and a person)
take turns to move their files in: the parent folder is locked meanwhile (where
the system has `flock`), and a build that finds `--out` made by another since it
looked moves its files in one by one.  Once its files are in, a build removes the
files that the manifest it replaced listed and it did not write: its own earlier
output, never a file it did not write (`previous`).
"""

import contextlib
import errno
import os
import shutil
import tempfile
from pathlib import Path

from chatkit.errors import Problem, ValidationError

try:
    import fcntl
except ImportError:  # Windows: no flock; the moves stay atomic, one at a time
    fcntl = None  # type: ignore[assignment]


def write_folder(out, files, previous=None, inputs=()):
    """Write [(file name, bytes)] into the folder `out`; the last file moves in last.

    `previous(out)` names the files of the build this one replaces (read from its
    manifest while the folder is locked); those not written now are removed after.
    `inputs` are paths this build read: none may be replaced.
    """
    out = Path(out)
    try:
        if out.exists() and not out.is_dir():
            raise NotADirectoryError(20, "not a folder")
        _refuse_inputs(out, files, inputs)
        made = _make_parents(out.absolute().parent)
        try:
            _write_beside(out, files, previous, inputs)
        except BaseException:
            for folder in reversed(made):
                _remove_empty(folder)
            raise
    except OSError as error:
        raise ValidationError([Problem("--out", str(out), "cannot write it: %s"
                                       % (error.strerror or error))], str(out)) from None


def _refuse_inputs(out, files, inputs):
    read = {_resolved(path) for path in inputs}
    for name, _ in files:
        if _resolved(out / name) in read:
            raise ValidationError([Problem("--out", str(out), "%s there is one of the build's "
                                           "inputs, which it never replaces: write the build "
                                           "to a folder of its own" % name)], str(out))


def _resolved(path):
    return Path(os.path.realpath(path))


def _write_beside(out, files, previous, inputs):
    parent = out.absolute().parent
    temporary = Path(tempfile.mkdtemp(dir=parent, prefix="." + out.name + "."))
    try:
        for name, content in files:
            write_file(temporary / name, content)
        with _locked(parent):
            replaced = _names(previous, out)
            if not _move_whole(temporary, out):
                for name, _ in files:
                    os.replace(temporary / name, out / name)
                temporary.rmdir()
            _remove_stale(out, replaced - {name for name, _ in files}, inputs)
    finally:
        if temporary.exists():
            shutil.rmtree(temporary, ignore_errors=True)


def _move_whole(temporary, out):
    """Rename the temporary folder to `out` when `out` does not exist: True when done, False
    when `out` exists (perhaps made by another build since this one looked)."""
    if out.is_dir():
        return False
    os.chmod(temporary, 0o777 & ~_umask())  # mkdtemp's 0700 would hide it from servers
    try:
        os.rename(temporary, out)
    except OSError as error:
        if error.errno in (errno.ENOTEMPTY, errno.EEXIST) and out.is_dir():
            return False
        raise
    return True


def _names(previous, out):
    if previous is None or not out.is_dir():
        return set()
    return set(previous(out))


def _remove_stale(out, names, inputs):
    """Remove the files `names` of an earlier build from `out`: plain file names only, never an
    input of this build, and what is already gone is no matter."""
    read = {_resolved(path) for path in inputs}
    for name in sorted(names):
        path = out / name
        if os.path.basename(name) != name or name.startswith(".") or _resolved(path) in read:
            continue
        with contextlib.suppress(FileNotFoundError, IsADirectoryError, NotADirectoryError):
            if not path.is_dir():
                path.unlink()


@contextlib.contextmanager
def _locked(folder):
    """Hold an exclusive lock on `folder` (other builds beside it wait)."""
    if fcntl is None:
        yield
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # releases the lock


def write_file(path, content):
    """One file of the build (a function of its own, so a test can fill the disk)."""
    with open(path, "wb") as stream:
        stream.write(content)


def _make_parents(folder):
    """Make `folder` and its missing parents; returns those it made, outermost first (one
    that another build made meanwhile is not this one's to remove)."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    made = []
    try:
        for folder in reversed(missing):
            try:
                folder.mkdir()
            except FileExistsError:
                if not folder.is_dir():
                    raise
                continue
            made.append(folder)
    except OSError:
        for folder in reversed(made):
            _remove_empty(folder)
        raise
    return made


def _remove_empty(folder):
    try:
        folder.rmdir()
    except OSError:
        pass


def _umask():
    umask = os.umask(0o022)
    os.umask(umask)
    return umask
