"""The 8x8 reference texts that lie beside the checkout (`../shared/reference/`), as in CI.

Tests type their expectations from these texts, never from chatkit's own tables.
When the folder is missing the test is skipped, saying why; under `CI=true` it fails.
"""

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


def reference_text(relative):
    """The text of `shared/reference/<relative>`."""
    path = SHARED / "reference" / relative
    if not path.is_file():
        message = "%s is missing: chatkit's reference texts lie beside the checkout" % path
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path.read_text(encoding="utf-8")
