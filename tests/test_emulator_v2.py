"""The v2 emulator (static/chatv3.js) is assembled from the shared core and its v2 front, its
data generated from the Python core and checked here against 8x8's v2 documentation
(CPython only)."""

import json
import re

import pytest

from chatkit import emulator
from chatkit.browser.versions import PROXY_CALLBACKS
from chatkit.config.theme import THEME_PROPERTIES
from chatkit.emulator import dom, theme, v2
from chatkit.rules import variables
from chatkit.testing import EMULATOR_V2_JS
from tests.reference import reference_text

V2_SOURCES = emulator.source_dir() / "v2"


def generated_data(text):
    start = text.index("const RULE_DATA = ")
    block = text[start:text.index("\n    };\n", start) + 6]
    return json.loads(block[block.index("{"):block.rindex("}") + 1])


def code_of(path):
    """A source without its comments (which quote the reference)."""
    text = path.read_text(encoding="utf-8")
    return re.sub(r"//[^\n]*", "", re.sub(r"/\*.*?\*/", "", text, flags=re.S))


def table_names(text):
    """The first cell of each row of the markdown tables of `text`."""
    # `| name |`, `| \`name\` |` or `| [\`name(args)\`](page) |`
    names = re.findall(r"^\|\s*\[?`?([A-Za-z$_][\w$]*)(?:\([^)]*\))?`?(?:\]\([^)]*\))?\s*\|",
                       text, re.M)
    return [name for name in names if name not in ("Chat", "Callback", "Method")]


def test_v2_emulator_is_up_to_date_with_its_sources():
    # If this fails: python -m chatkit.emulator, and commit static/chatv3.js.
    assert emulator.is_up_to_date("chatv3.js", EMULATOR_V2_JS)


def test_v2_emulator_is_the_core_and_the_v2_front():
    text = EMULATOR_V2_JS.read_text(encoding="utf-8")
    origins = re.findall(r"^    // ==== (\S+)", text, re.M)
    assert origins[2:] == ["static/emulator/" + source for source in
                           emulator.CORE + emulator.BUNDLES["chatv3.js"].front]
    assert "// ==== static/emulator/v1/" not in text


def test_v2_rule_data_carries_the_python_core():
    data = generated_data(EMULATOR_V2_JS.read_text(encoding="utf-8"))
    assert data["variables"]["crm"] == list(variables.CRM_VARIABLES)
    assert data["variables"]["limit"] == variables.VARIABLE_LIMIT == 255
    assert set(data["variables"]["keyChars"]) == variables.KEY_CHARS
    texts = data["texts"]
    assert (texts["keyNotMatching"], texts["systemNotSupported"], texts["valueNotText"]) == (
        variables.KEY_NOT_MATCHING, variables.SYSTEM_NOT_SUPPORTED, variables.VALUE_NOT_TEXT)
    assert data["chatApp"]["callbacks"] == list(PROXY_CALLBACKS)
    assert data["dom"]["window"] == v2.WINDOW
    assert data["theme"]["properties"] == theme.rules()


def test_v2_chat_app_has_the_documented_methods():
    documented = table_names(reference_text("8x8-webchat-v2/webchat-api-introduction.md"))
    assert sorted(v2.CHAT_APP_METHODS) == sorted(documented)
    # The front has a handler for each, and nothing else.
    handlers = re.search(r"HANDLERS: \{(.*?)\n    \},", code_of(V2_SOURCES / "chat-app.js"), re.S)
    assert sorted(re.findall(r"^        (\w+): function", handlers.group(1), re.M)) == sorted(
        documented)


def test_every_documented_callback_has_its_moment():
    documented = table_names(reference_text("8x8-webchat-v2/event-callbacks.md"))
    assert len(documented) == 11
    fired = list(v2.MOMENT_CALLBACKS.values()) + list(v2.OPENED_CALLBACKS.values())
    assert sorted(fired) == sorted(documented) == sorted(PROXY_CALLBACKS)
    # "onAppEnd | `endChatReason`": the one callback with a parameter.
    assert v2.CALLBACKS_WITH_ARGUMENT == ("onAppEnd",)


def documented_theme_names():
    glossary = table_names(reference_text("8x8-webchat-v2/glossary-of-theming-items.md"))
    buttons = reference_text("8x8-webchat-v2/button-theming.md")
    # Its table, and its example's themeCustom.
    example = re.search(r"themeCustom: \{(.*?)\}", buttons, re.S).group(1)
    return set(glossary) | set(table_names(buttons)) | set(re.findall(r'"(\w+)":', example))


def test_every_theme_property_of_the_documentation_is_mapped_to_a_part():
    names = documented_theme_names()
    assert len(names) == len(THEME_PROPERTIES) == 68
    assert names == set(theme.TARGETS) == set(THEME_PROPERTIES)
    for name, targets in theme.TARGETS.items():
        assert targets, name
        for part, state, _css_property in targets:
            assert part in theme.PARTS and state in theme.STATES, name


@pytest.mark.parametrize("suffix, state", [("Hover", "hover"), ("Focus", "focus"),
                                           ("Active", "active"), ("Disabled", "disabled"),
                                           ("Visited", "visited")])
def test_a_name_ending_with_a_state_applies_in_that_state_only(suffix, state):
    for name, targets in theme.TARGETS.items():
        states = {target[1] for target in targets}
        assert states == ({state} if name.endswith(suffix) else states - {state}), name


@pytest.mark.parametrize("word, css_properties", [
    ("BackgroundColor", {"background-color"}),
    ("BorderRadius", {"border-radius"}),
    ("BorderWidth", {"border-width"}),
    ("BorderColor", {"border-color"}),
    ("Shadow", {"box-shadow"}),
    ("TextColor", {"color"}),
])
def test_a_name_says_which_css_property_it_changes(word, css_properties):
    for name, targets in theme.TARGETS.items():
        if word in name:
            assert {target[2] for target in targets} == css_properties, name


def test_the_v2_window_is_the_v1_window_plus_its_own_parts():
    roles = [node["role"] for node in dom.walk(v2.WINDOW)]
    assert len(roles) == len(set(roles))  # the emulator finds each part by its role
    v1_roles = [node["role"] for node in dom.walk(dom.WINDOW)]
    assert set(v1_roles) < set(roles)
    assert v2.class_names() == ["attachment-download", "attachment-item", "attachment-link",
                                "header-menu", "header-menu-icon", "header-menu-link",
                                "header-menu-text", "loader", "menu", "quick-replies",
                                "separator"]


def test_v2_front_sources_know_neither_the_v1_bus_nor_retyped_rule_data():
    for path in sorted(V2_SOURCES.glob("*.js")):
        code = code_of(path)
        assert "__8x8Chat" not in code and ".publish(" not in code, path
        for retyped in ("Customer variable", "255", "$emailAddress", "onAppStart",
                        "onOpenChat", "headerBackgroundColor", "message-history",
                        "header-menu", "Customer info"):
            assert retyped not in code, (path, retyped)
    for path in sorted((emulator.source_dir() / "core").glob("*.js")):
        code = code_of(path)
        assert "chatApp" not in code and "setProxy" not in code, path


@pytest.mark.parametrize("pattern", [
    r"\beval\s*\(", r"new\s+Function", r"innerHTML", r"outerHTML", r"insertAdjacentHTML",
    r"document\.write", r"setTimeout\(\s*[\"']", r"\.on[a-z]+\s*=", r"\bimport\b",
    r"\brequire\(", r"\.textContent\s*=\s*[^;]*<",
])
@pytest.mark.parametrize("name", ["chatv3.js", "chatv3-window.js"])
def test_v2_emulator_uses_nothing_a_nonce_only_csp_blocks(pattern, name):
    assert not re.search(pattern, emulator.emulator_path(name).read_text(encoding="utf-8"))


def test_the_v2_window_is_a_srcdoc_whose_one_script_is_external():
    # "All widget scripts load from external files (no inline <script> blocks)"
    # (content-security-policy.md): the one srcdoc the emulator writes has a <script src>
    # and nothing else that runs.
    text = EMULATOR_V2_JS.read_text(encoding="utf-8")
    assert len(re.findall(r"\.srcdoc\s*=", text)) == 1
    markup = text[text.index(".srcdoc ="):].split(";", 1)[0]
    assert markup.count("<script") == 1 and "<script src=" in markup
    assert "<style" not in markup and " on" not in markup.lower()


def test_v2_emulator_check_and_rewrite(tmp_path):
    stale = tmp_path / "chatv3.js"
    stale.write_text("old", encoding="utf-8")
    assert not emulator.is_up_to_date("chatv3.js", stale)
    assert emulator.rewrite("chatv3.js", stale) is True
    assert stale.read_text(encoding="utf-8") == EMULATOR_V2_JS.read_text(encoding="utf-8")
