"""Writing `chatkit build`'s folder all or nothing.

The files are written into a temporary folder beside `--out` (the same file
system), then moved into place: the whole folder when `--out` does not exist yet,
else file by file, the manifest last, each move an atomic rename that needs no
space.  A failure while writing (a full disk) leaves `--out` as it was and removes
the temporary folder and any parent folder made for it.
"""

import os
import shutil
import tempfile
from pathlib import Path

from chatkit.errors import Problem, ValidationError


def write_folder(out, files):
    """Write [(file name, bytes)] into the folder `out`; the last file moves in last."""
    out = Path(out)
    try:
        if out.exists() and not out.is_dir():
            raise NotADirectoryError(20, "not a folder")
        made = _make_parents(out.absolute().parent)
        try:
            _write_beside(out, files)
        except BaseException:
            for folder in reversed(made):
                _remove_empty(folder)
            raise
    except OSError as error:
        raise ValidationError([Problem("--out", str(out), "cannot write it: %s"
                                       % (error.strerror or error))], str(out)) from None


def _write_beside(out, files):
    temporary = Path(tempfile.mkdtemp(dir=out.absolute().parent, prefix="." + out.name + "."))
    try:
        for name, content in files:
            write_file(temporary / name, content)
        if out.is_dir():
            for name, _ in files:
                os.replace(temporary / name, out / name)
            temporary.rmdir()
        else:
            os.chmod(temporary, 0o777 & ~_umask())  # mkdtemp's 0700 would hide it from servers
            os.rename(temporary, out)
    finally:
        if temporary.exists():
            shutil.rmtree(temporary, ignore_errors=True)


def write_file(path, content):
    """One file of the build (a function of its own, so a test can fill the disk)."""
    with open(path, "wb") as stream:
        stream.write(content)


def _make_parents(folder):
    """Make `folder` and its missing parents; returns those it made, outermost first."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    made = []
    try:
        for folder in reversed(missing):
            folder.mkdir()
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
