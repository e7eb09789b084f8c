"""What the files the preview depends on contain now, at the cost of a `stat` when idle.

The preview asks several times a second whether the config, the hooks or the
stylesheet changed.  Reading and parsing a big config that often kept an idle
server busy, so a file is read (and hashed) again only when its `stat` moved:
size, modification or change time, inode or device.  The digest, not the stat,
decides whether the file changed, so saving a file unchanged reloads nothing.

    >>> stamps = FileStamps()
    >>> stamps.digests([Path("chat.toml")])   # {Path('chat.toml'): b'...'} (None when unreadable)
"""

import hashlib
import os
from pathlib import Path

__all__ = ["FileStamps", "HASH_LIMIT"]

HASH_LIMIT = 64 * 1024 * 1024


class FileStamps:
    """The content digest of each file asked about, hashed again only when its stat changes."""

    def __init__(self) -> None:
        self._known: dict[Path, tuple[tuple[int, ...], bytes | None]] = {}

    def digest(self, path: Path) -> bytes | None:
        """The SHA-256 of the file's bytes; None when it is missing or unreadable."""
        key = _stat_key(path)
        if key is None:
            self._known.pop(path, None)
            return None
        known = self._known.get(path)
        if known is not None and known[0] == key:
            return known[1]
        digest = _hash(path)
        self._known[path] = (key, digest)
        return digest

    def digests(self, paths: list[Path]) -> dict[Path, bytes | None]:
        """{path: digest} of every path."""
        return {path: self.digest(path) for path in paths}


def _stat_key(path):
    try:
        stat = os.stat(path)
    except (OSError, ValueError):  # missing, a symlink loop, a NUL in the name
        return None
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev)


def _hash(path):
    """The digest of the file's first HASH_LIMIT bytes (a device such as /dev/zero never
    ends; no file the preview reads may be that big)."""
    digest, left = hashlib.sha256(), HASH_LIMIT
    try:
        with open(path, "rb") as file:
            while left > 0:
                chunk = file.read(min(left, 1 << 20))
                if not chunk:
                    break
                digest.update(chunk)
                left -= len(chunk)
    except (OSError, ValueError):
        return None
    return digest.digest()
