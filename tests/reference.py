"""The 8x8 reference texts that lie beside the checkout (`../shared/reference/`, or
`../../shared` from a worktree in a folder of worktrees), as in CI.

Tests type their expectations from these texts, never from chatkit's own tables.
When the folder is missing the test is skipped, saying why; under `CI=true` it fails:
CI must prove the rules against the reference, not skip them.
"""

import os
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parent.parent


def reference_path(relative):
    """The path of `shared/reference/<relative>`."""
    for folder in (CHECKOUT.parent, CHECKOUT.parent.parent):
        path = folder / "shared" / "reference" / relative
        if path.exists():
            return path
    message = ("shared/reference/%s is missing: chatkit's reference texts lie beside the "
               "checkout" % relative)
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def reference_text(relative):
    """The text of `shared/reference/<relative>`."""
    return reference_path(relative).read_text(encoding="utf-8")
