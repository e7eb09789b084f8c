"""The shared 8x8 reference texts, found beside the checkout (`../shared`, or `../../shared`
from a worktree in a folder of worktrees).  Under CI=true a missing reference fails the
test: CI must prove the rules against the reference, not skip them."""

import os
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parent.parent


def reference_path(name):
    """The path of `shared/reference/<name>`; fails under CI=true, skips elsewhere, if absent."""
    for folder in (CHECKOUT.parent, CHECKOUT.parent.parent):
        path = folder / "shared" / "reference" / name
        if path.exists():
            return path
    message = "the shared 8x8 reference %s is not beside the checkout" % name
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)
