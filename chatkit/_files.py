"""Writing output files so that a failure never leaves one half-written."""

import os
import tempfile
from pathlib import Path


def write_atomic(path, content):
    """Write text or bytes to `path` through a temporary file in the same folder, then rename."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, temporary = tempfile.mkstemp(dir=path.parent or ".", prefix="." + path.name + ".")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
