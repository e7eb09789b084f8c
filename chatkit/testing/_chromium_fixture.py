"""pytest-playwright's launch options, overridden to run the system Chromium.

A module of its own (registered by `chatkit.testing.plugin` once pytest-playwright
is there) so the override is a plain module-level fixture.
"""

import pytest

from chatkit.testing.plugin import chromium_launch_args


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, browser_name):
    if browser_name not in (None, "chromium"):
        return browser_type_launch_args
    return chromium_launch_args(browser_type_launch_args)
