"""Where chatkit's templates and static files are, installed or in a checkout."""

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """`chatkit/<name>` in a wheel (mapped from the top level), else `<checkout>/<name>`."""
    for candidate in (_HERE / name, _HERE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("chatkit is missing its %s folder; reinstall it" % name)
