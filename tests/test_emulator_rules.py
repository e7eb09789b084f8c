"""The emulator's rule data is generated from the Python core, and stays so (CPython only)."""

import json
import re
import shutil

import pytest

from chatkit import LANGUAGES, SYSTEM_MESSAGES, emulator
from chatkit._resources import resource_dir
from chatkit.emulator import dom as chat_dom
from chatkit.rules import topics
from chatkit.rules.customer import KEY_LIMIT, KEY_TOO_BIG, NOT_PRIMITIVE, VALUE_LIMIT, VALUE_TOO_BIG
from chatkit.rules.languages import INVALID_LANGUAGE, LANGUAGE_ALIASES
from chatkit.testing import EMULATOR_JS

# The class names of the reference's example stylesheet ("Custom Stylesheet").
REFERENCE_CLASSES = [
    "container", "inner-container", "control", "close", "end", "header", "logo", "title",
    "intro", "message-history", "message-wrapper", "message-content", "chat-outgoing-msg",
    "chat-incoming-msg", "chat-log-msg", "chat-info-msg", "chat-error-msg", "chat-link-msg",
    "translation-header", "message-actions", "acknowledge-text", "confirm-close",
]


def generated_data(text):
    start = text.index("const RULE_DATA = ")
    block = text[start:text.index("\n    };\n", start) + 6]
    return json.loads(block[block.index("{"):block.rindex("}") + 1])


def sources():
    """The hand-written sources of the emulators (static/emulator/**/*.js)."""
    return sorted(emulator.source_dir().rglob("*.js"))


def code_of(path):
    """A source without its comments (which quote the reference)."""
    text = path.read_text(encoding="utf-8")
    return re.sub(r"//[^\n]*", "", re.sub(r"/\*.*?\*/", "", text, flags=re.S))


def test_emulator_is_up_to_date_with_its_sources():
    # If this fails: python -m chatkit.emulator, and commit static/chat.js.
    assert emulator.is_up_to_date("chat.js", EMULATOR_JS)


def test_emulator_block_carries_the_python_core():
    data = generated_data(EMULATOR_JS.read_text(encoding="utf-8"))
    assert data["languages"] == LANGUAGES
    assert data["systemMessages"] == SYSTEM_MESSAGES and len(SYSTEM_MESSAGES) == 49
    assert data["limits"] == {"key": KEY_LIMIT, "value": VALUE_LIMIT} == {"key": 100,
                                                                        "value": 500}
    texts = data["texts"]
    assert (texts["notPrimitive"], texts["keyTooBig"], texts["valueTooBig"]) == (
        NOT_PRIMITIVE, KEY_TOO_BIG, VALUE_TOO_BIG)
    assert texts["invalidLanguage"] == INVALID_LANGUAGE
    assert set(data["topics"].values()) == set(topics.COMMANDS + topics.EVENTS)
    assert data["dom"]["window"] == chat_dom.WINDOW
    assert data["languageTable"]["codes"] == list(LANGUAGES)
    assert data["languageTable"]["aliases"] == LANGUAGE_ALIASES


def test_emulator_carries_the_one_browser_language_rule():
    # The snippet includes this file; the emulator carries it verbatim, no copy of its own.
    rule = (resource_dir("templates") / "browser-language.js").read_text(encoding="utf-8")
    text = EMULATOR_JS.read_text(encoding="utf-8")
    assert text.count(rule) == 1
    assert text.count("function browserLanguage(") == 1
    assert not [p for p in sources() if "function browserLanguage(" in code_of(p)]


@pytest.mark.parametrize("retyped", [
    "We will be with you shortly",  # a default system message
    "Customer info",  # a warning text
    "is not valid and will be discarded",
    "Traditional Chinese", '"zh-TW"',  # the languages
    "customer:set-info", "chat:trigger-invitation",  # topic names
    "message-history", "chat-outgoing-msg", "message-box", '"required"',  # class names
    "500", "100",  # the limits
])
def test_emulator_sources_never_retype_rule_data(retyped):
    for path in sources():
        assert retyped not in code_of(path), path


def test_emulator_sources_are_split_into_a_shared_core_and_a_v1_front():
    names = {p.relative_to(emulator.source_dir()).as_posix() for p in sources()}
    assert set(emulator.CORE) | set(emulator.BUNDLES["chat.js"].front) <= names
    # Only the v1 front knows window.__8x8Chat, its bus and its topics.
    for path in sources():
        if path.parent.name == "core":
            code = code_of(path)
            assert "__8x8Chat" not in code and "RULE_DATA.topics" not in code, path


@pytest.mark.parametrize("pattern", [
    r"\beval\s*\(", r"new\s+Function", r"innerHTML", r"outerHTML", r"insertAdjacentHTML",
    r"document\.write", r"\.srcdoc\s*=", r"setTimeout\(\s*[\"']", r"\.on[a-z]+\s*=",
    r"\bimport\b", r"\brequire\(",
])
@pytest.mark.parametrize("name", ["chat.js", "chat-window.js"])
def test_emulator_uses_nothing_a_nonce_only_csp_blocks(pattern, name):
    # The v1 window is a page of the chat's domain (static/chat-window.html): no srcdoc.
    assert not re.search(pattern, emulator.emulator_path(name).read_text(encoding="utf-8"))


def test_emulator_check_fails_on_a_stale_file_and_rewrite_fixes_it(tmp_path):
    stale = tmp_path / "chat.js"
    shutil.copy(EMULATOR_JS, stale)
    stale.write_text(stale.read_text(encoding="utf-8").replace("We will be with you shortly.",
                                                               "Old text."), encoding="utf-8")
    assert not emulator.is_up_to_date("chat.js", stale)
    assert emulator.rewrite("chat.js", stale) is True
    assert emulator.is_up_to_date("chat.js", stale)
    assert stale.read_text(encoding="utf-8") == EMULATOR_JS.read_text(encoding="utf-8")
    assert emulator.rewrite("chat.js", stale) is False


def test_emulator_main_checks_and_explains(capsys):
    assert emulator.main(["--check"]) == 0
    assert emulator.main(["--what"]) == 2
    assert "usage: python -m chatkit.emulator [--check]" in capsys.readouterr().out


# What tenants' stylesheets target in the live chat window (facts, last section), typed here.
LIVE_CLASSES = {"message-box", "footer", "form-list", "required", "error-image", "flag",
                "actions", "action-clear", "chat-msg-sender", "controls", "is-popup"}


def test_chat_dom_has_the_reference_stylesheets_and_the_live_windows_classes_and_ids():
    assert chat_dom.class_names() == sorted(set(REFERENCE_CLASSES) | LIVE_CLASSES)
    assert chat_dom.ids() == ["cancel-close-btn", "message-counter", "message-field"]
    html = chat_dom.skeleton_html()
    # Every class is in the tree the emulator renders, but the popup's body class.
    for name in set(REFERENCE_CLASSES) | LIVE_CLASSES - {"is-popup"}:
        assert re.search(r'class="[^"]*\b%s\b' % name, html), name
    for wanted in ('class="message-box"><textarea id="message-field"',
                   '<span id="message-counter"', '<label class="required"',
                   '<button id="cancel-close-btn"'):
        assert wanted in html


def test_chat_dom_roles_are_unique_so_the_emulator_can_find_each_part():
    roles = [node["role"] for node in chat_dom.walk(chat_dom.WINDOW)]
    assert len(roles) == len(set(roles))


def test_chat_dom_tags_cover_the_forms():
    assert {"input", "select", "textarea", "button", "form"} <= set(chat_dom.tags())


def test_the_v1_front_forwards_exactly_the_eight_commands():
    # Production's loader subscribes these eight and nothing else (facts, "The bus on the page").
    front = code_of(emulator.source_dir() / "v1" / "front.js")
    forwarded = re.findall(r"commands\.set\(topics\.([A-Z_]+),", front)
    assert sorted(getattr(topics, name) for name in forwarded) == sorted(topics.COMMANDS)
    assert len(topics.COMMANDS) == 8
