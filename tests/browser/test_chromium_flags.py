"""The Chromium that tests (tenants' too) and the benchmark run: without the omnibox's WebUI
renderer, which headless Chromium 156 starts for every new context (0.6-1.3 s of CPU on a
2-core machine), and with every feature Playwright disables still disabled."""

import subprocess

import pytest

from chatkit.testing.plugin import DISABLED_FEATURES

pytestmark = pytest.mark.browser
SWITCH = "--disable-features="


def command_line(browser):
    page = browser.new_page()
    page.goto("chrome://version")
    text = page.inner_text("#command_line")
    profile = page.inner_text("#profile_path").rsplit("/", 1)[0]
    page.close()
    return text.split(), profile


def test_chromium_disables_playwrights_features_and_the_omnibox_renderer_in_one_switch(browser):
    switches, _ = command_line(browser)
    lists = [s[len(SWITCH):].split(",") for s in switches if s.startswith(SWITCH)]
    # Chromium reads only the last switch: it holds Playwright's list (the first) and ours.
    assert len(lists) == 2
    assert set(lists[0]) | set(DISABLED_FEATURES) == set(lists[1])


def test_a_new_context_starts_no_top_chrome_webui_renderer(browser):
    _, profile = command_line(browser)
    context = browser.new_context()
    context.new_page().goto("about:blank")
    table = subprocess.run(["ps", "-ww", "-eo", "pid=,ppid=,args="], capture_output=True,
                           text=True, check=True).stdout
    processes = {}
    for line in table.splitlines():
        pid, ppid, args = (line.strip().split(None, 2) + [""])[:3]
        processes[pid] = (ppid, args)
    [root] = [pid for pid, (_, args) in processes.items()
              if profile in args and "--type=" not in args]
    family, todo = [], [root]
    while todo:
        parent = todo.pop()
        children = [pid for pid, (ppid, _) in processes.items() if ppid == parent]
        family += children
        todo += children
    context.close()
    assert family and not any("--top-chrome-webui" in processes[pid][1] for pid in family)


def test_launch_args_merge_every_disable_features_switch_into_one():
    from chatkit.testing.plugin import _playwright_disabled_features, chromium_launch_args

    options = chromium_launch_args({"args": ["--disable-features=Foo,HttpsUpgrades", "--x"]})
    [switch] = [arg for arg in options["args"] if arg.startswith(SWITCH)]
    features = switch[len(SWITCH):].split(",")
    assert len(features) == len(set(features))
    assert set(features) == set(_playwright_disabled_features()) | {"Foo"} | set(DISABLED_FEATURES)
    assert "HttpsUpgrades" in _playwright_disabled_features()  # read from Playwright's driver
    assert chromium_launch_args(options)["args"] == options["args"]  # applied twice: the same
