"""The table of what each chat version has (chatkit.browser.versions), against 8x8's texts and
the README's API tables; the fake chatApp against the v2 reference.
"""

import re
from pathlib import Path

import pytest

from chatkit.browser import versions
from chatkit.browser.fakechatapp import FakeChatApp
from tests.reference import reference_text

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")

# The eight topics production's page-side bus forwards (facts, "The bus on the page").
V1_TOPICS = {"customer:set-info", "customer:reset-info", "chat:end", "chat:trigger-invitation",
             "chat:set-language", "chat:trigger-pre-chat", "chat:trigger-chat-window",
             "chat:set-variables"}


def documented_parameters():
    """{method: its Parameters cell} of webchat-api-introduction.md's "Available commands"."""
    text = reference_text("8x8-webchat-v2/webchat-api-introduction.md")
    table = text.split("## Available commands")[1].split("##")[0]
    return dict(re.findall(r"^\| \[`(\w+)\(.*?\| (.*?) \|", table, re.MULTILINE))


def documented_methods():
    """The methods of that table, in order."""
    return list(documented_parameters())


def documented_callbacks():
    """The callbacks of event-callbacks.md's "Available callbacks" table, in order."""
    text = reference_text("8x8-webchat-v2/event-callbacks.md")
    table = text.split("### Available callbacks")[1].split("###")[0]
    return re.findall(r"^\| `(\w+)` \|", table, re.MULTILINE)


def test_versions_v2_calls_are_every_documented_method_but_setproxy():
    methods = documented_methods()
    assert len(methods) == 9 and methods[-1] == "setProxy"
    v2 = [native[versions.V2] for native in versions.CALLS.values() if versions.V2 in native]
    assert sorted(v2) == sorted(methods[:-1])


def test_versions_v2_events_are_the_eleven_documented_callbacks():
    assert list(versions.PROXY_CALLBACKS) == documented_callbacks()
    v2 = {native[versions.V2] for native in versions.EVENTS.values() if versions.V2 in native}
    assert v2 == set(documented_callbacks())


def test_versions_v1_calls_are_the_eight_topics_of_the_bus():
    v1 = {native[versions.V1] for native in versions.CALLS.values() if versions.V1 in native}
    assert v1 == V1_TOPICS


def test_versions_info_sent_is_the_one_event_both_versions_have():
    both = [name for name, native in versions.EVENTS.items() if len(native) == 2]
    assert both == ["customer:info-sent"]
    assert versions.EVENTS["customer:info-sent"] == {"v1": "customer:info-sent",
                                                     "v2": "onCustomerInfoSent"}


# --- the README's tables follow the one table -----------------------------------------------

def table_rows(header):
    """{first cell: other cells} of the README table whose header row starts with `header`."""
    block = README.split(header, 1)[1].split("\n\n", 1)[0]
    rows = {}
    for line in block.splitlines()[1:]:
        cells = [cell.strip() for cell in line.strip("|").split(" | ")]
        rows[cells[0]] = cells[1:]
    return rows


def assert_cell_says(cell, api, native):
    if native is None:
        other = "v2" if api == "v1" else "v1"
        assert cell == "warns: only %s" % other, cell
    else:
        assert "warns" not in cell, cell


@pytest.mark.parametrize("call", list(versions.CALLS))
def test_readme_api_table_says_what_each_version_does_with_each_call(call):
    rows = table_rows("| call | v1 (")
    [cells] = [cells for first, cells in rows.items() if first.startswith("`chat.%s(" % call)]
    for api, cell in zip(versions.APIS, cells, strict=True):
        native = versions.CALLS[call].get(api)
        assert_cell_says(cell, api, native)
        if native is not None:
            assert "`%s" % native in cell, (call, api, cell)


@pytest.mark.parametrize("event", list(versions.EVENTS))
def test_readme_events_table_says_which_version_has_each_event(event):
    rows = table_rows("| `chat.on(...)` event |")
    [cells] = [cells for first, cells in rows.items() if '`"%s"`' % event in first]
    for api, cell in zip(versions.APIS, cells[:2], strict=True):
        assert_cell_says(cell, api, versions.EVENTS[event].get(api))


def test_readme_events_table_names_every_alias_with_its_event():
    rows = table_rows("| `chat.on(...)` event |")
    for alias, event in versions.ALIASES.items():
        assert any('`"%s"`' % alias in first and '`"%s"`' % event in first for first in rows)


def test_readme_cpython_example_runs():
    block = README.split("Test your hooks' logic under CPython", 1)[1].split("```python\n", 1)[1]
    exec(block.split("```", 1)[0], {})


# --- the fake chatApp ----------------------------------------------------------------------

def test_fake_chatapp_has_every_documented_method_and_each_returns_it_for_chaining():
    app = FakeChatApp()
    for method, parameters in documented_parameters().items():
        arguments = [] if parameters == "None" else [{}]  # one argument, or "None"
        assert getattr(app, method)(*arguments) is app
    assert app.methods() == documented_methods()


def test_fake_chatapp_records_calls_with_their_arguments():
    app = FakeChatApp()
    app.setCustomerInfo({"Name": "James"}).setCustomerLanguage("fr").startChat()
    assert app.calls == [("setCustomerInfo", {"Name": "James"}), ("setCustomerLanguage", "fr"),
                         ("startChat",)]


def test_fake_chatapp_fires_the_callbacks_of_the_last_setproxy():
    app, seen = FakeChatApp(), []
    app.setProxy({"onAppEnd": lambda reason: seen.append(("first", reason))})
    app.setProxy({"onAppEnd": lambda reason: seen.append(("second", reason))})
    assert app.fire("onAppEnd", "user") is True
    assert app.fire("onAppStart") is False  # "Any callbacks not provided will be ignored"
    assert seen == [("second", "user")]


def test_fake_chatapp_refuses_a_callback_the_chat_does_not_have():
    with pytest.raises(ValueError, match="chatApp has no callback 'onAppEnded'"):
        FakeChatApp().fire("onAppEnded")
