"""The emulator and the Python core agree on the chat's rules, input by input.

`chatkit check` and the Python controller decide with chatkit.rules.customer,
chatkit.rules.languages and chatkit.config.messages what the chat would warn about;
the emulator applies the chat's rules in JavaScript.  For each input both must give
the same answer (chatkit's own stricter rules aside, where the chat keeps what
chatkit refuses).
"""

import math
import re

import pytest

from chatkit import LANGUAGES, check_info, normalize_language
from chatkit.config.messages import check_messages
from chatkit.rules.customer import js_length, js_string
from chatkit.rules.languages import invalid_language_message
from chatkit.testing import EmulatorPage, snippet_page

pytestmark = pytest.mark.browser

_APPLY = """async ([topic, data]) => {
    const before = window.__8x8Emulator.state().warnings.length;
    window.__8x8Emulator.bus.publish(topic, data);
    await window.__8x8Emulator.settled();
    const state = window.__8x8Emulator.state();
    return [state.warnings.slice(before), state];
}"""


@pytest.fixture(scope="module")
def chat(browser, chatkit_server):
    """One page for the whole table: each case resets what it depends on."""
    context = browser.new_context()
    url = chatkit_server.add_page(snippet_page({}, chatkit_server.url))
    yield EmulatorPage(context.new_page()).goto(url)
    context.close()
    chatkit_server.remove(url)


def apply(chat, topic, data):
    """Publish on the emulator's bus; its new warnings and its state afterwards."""
    return chat.page.evaluate(_APPLY, [topic, data])


INFO_CASES = [
    ("Name", "John"),  # text
    ("Age", 25),  # integer
    ("Ratio", 0.1),  # float
    ("VIP", False),  # boolean
    ("Gone", None),  # null removes
    ("Cart", [1, 2]),  # array
    ("Address", {"city": "Porto"}),  # object
    ("Empty", ""),  # empty text
    ("", "an empty key"),
    ("k" * 100, "v"),  # key at the limit
    ("k" * 101, "v"),  # key one over
    ("k" * 101, None),  # a too-big key is not removed, it is discarded
    ("k" * 101, [1]),  # not primitive is checked first
    ("😀" * 50, "v"),  # 100 UTF-16 units
    ("😀" * 50 + "k", "v"),  # 101 units
    ("名前" * 50, "v"),  # BMP characters: one unit each
    ("名前" * 50 + "x", "v"),
    ("Notes", "v" * 500),  # value at the limit
    ("Notes", "v" * 501),  # value one over
    ("Notes", "😀" * 250),  # 500 units
    ("Notes", "😀" * 250 + "v"),  # 501 units
    ("Notes", "é" * 501),  # precomposed: one unit each
    ("Notes", "e\u0301" * 250),  # combining: two units a character
    ("Big", 1e21),  # "1e+21"
    ("Small", 1.5e-7),  # "1.5e-7"
    ("Max", 1.7976931348623157e308),
    ("Unsafe", 2**60),  # chatkit refuses it; the chat keeps a rounded number
    ("NaN", math.nan),  # chatkit refuses it; the JSON hop makes it null, which removes the key
    ("Infinity", -math.inf),
]


@pytest.mark.parametrize("key, value", INFO_CASES)
def test_set_info_agrees_with_check_info(chat, key, value):
    apply(chat, "customer:reset-info", None)
    warnings, state = apply(chat, "customer:set-info", {key: value})
    report = check_info({key: value})
    chat_rules = [d.message for d in report.discarded if d.chat_rule]
    assert warnings == chat_rules
    kept = key in state["customerInfo"]
    stricter = [d for d in report.discarded if not d.chat_rule]
    # What chatkit refuses and the chat keeps, except what the JSON hop turns into null.
    lost_in_json = isinstance(value, float) and not math.isfinite(value)
    assert kept is ((bool(stricter) and not lost_in_json)
                    or (key in report.accepted and value is not None))


@pytest.mark.parametrize("value", [0.1, 1e21, 1e20, 1.5e-7, 1e-6, 5e-324, 123.456, -0.0,
                                   1.7976931348623157e308, 2.0**53, 100.0, True, 42, -7])
def test_js_string_matches_javascript(chat, value):
    assert chat.page.evaluate("v => String(v)", value) == js_string(value)


@pytest.mark.parametrize("text", ["abc", "é", "e\u0301", "😀", "a😀b", "👩‍👩‍👧", "名前",
                                  "\U0010ffff"])
def test_js_length_matches_javascript(chat, text):
    assert chat.page.evaluate("t => t.length", text) == js_length(text)


LANGUAGE_TAGS = [
    *LANGUAGES,  # the 22 codes
    "EN", "zh-cn",  # another case
    "pt-BR", "en-GB", "de_DE",  # a region: chatkit maps, the chat does not
    "nb", "nn",  # Norwegian under other names
    "zh-Hans", "zh-Hant", "zh-HK", "zh-SG", "zh",  # Chinese by script and region
    "ja-JP-u-ca-japanese",  # extensions
    "xx", "", "english",  # not languages of the chat
    "Ελληνικά", "😀",  # not tags at all
]


@pytest.mark.parametrize("tag", LANGUAGE_TAGS)
def test_set_language_agrees_with_the_python_core(chat, tag):
    apply(chat, "chat:set-language", "en")
    warnings, state = apply(chat, "chat:set-language", tag)
    if tag in LANGUAGES:  # the chat takes exactly its codes
        assert (warnings, state["language"]) == ([], tag)
    else:
        assert (warnings, state["language"]) == ([invalid_language_message(tag)], "en")
    code = normalize_language(tag)  # what chatkit publishes instead
    if code is not None:
        warnings, state = apply(chat, "chat:set-language", code)
        assert (warnings, state["language"]) == ([], code)


MESSAGE_CASES = [
    {"chatQueued": "In a moment."},  # fine
    {"chatQueue": "x"},  # unknown key
    {"chatqueued": "x"},  # keys are case-sensitive
    {"": "x"},
    {"chatQueued": 5},  # not text
    {"chatQueued": None},
    {"chatQueued": ["a"]},
    {"chatEstablishedName": "{{agent}} and {{agent}}"},  # the placeholder, twice
    {"chatQueued": "Hi {{name}}"},  # unknown placeholder
    {"chatQueued": "{{ agent }}"},  # spaces make it another name
    {"agentTypingName": "{<agent>} types"},  # the reference's printed form
    {"chatQueued": "{{a}}{{b}} {{agent"},  # two, and one never closed
    {"chatQueued": "}}{{"},
    {"chatQueued": "日本語 {{名前}} 😀"},
    {"chatQueued": "ok", "chatQueuedd": "x", "chatEnded": 1},  # one call, three outcomes
]


def python_outcomes(messages):
    """(key, kind, placeholder) for each problem `chatkit check` finds, key by key."""
    outcomes = []
    for key, text in messages.items():
        for problem in check_messages({key: text}):
            if problem.message.startswith("unknown system message"):
                outcomes.append((key, "unknown", None))
            elif problem.message.startswith("must be text"):
                outcomes.append((key, "not text", None))
            else:
                found = problem.message[len("unknown placeholder "):].split(" (the only")[0]
                outcomes.append((key, "placeholder", found))
    return outcomes


# The emulator's notes on customSystemMessages, by kind (the emulator's own words).
NOTE_KINDS = [
    (r"customSystemMessages: (.*) is not a system message of the chat; it is ignored$",
     "unknown"),
    (r"customSystemMessages: (.*) is not text; it is ignored$", "not text"),
    (r"customSystemMessages: (.*?) has (.*), which is not a placeholder of the chat; it is "
     r"shown as written$", "placeholder"),
]


def emulator_outcomes(notes):
    outcomes = []
    for note in notes:
        for pattern, kind in NOTE_KINDS:
            found = re.match(pattern, note, re.S)
            if found:
                outcomes.append((found.group(1), kind, found.group(2) if kind == "placeholder"
                                 else None))
                break
        else:
            raise AssertionError("not a note on system messages: %r" % note)
    return outcomes


@pytest.mark.parametrize("messages", MESSAGE_CASES)
def test_system_messages_agree_with_check_messages(open_chat, messages):
    # Read once, at start-up, from customSystemMessages (facts, point 4).
    chat = open_chat(settings={"customSystemMessages": messages})
    state = chat.state()
    assert state["warnings"] == []
    assert emulator_outcomes(state["notes"]) == python_outcomes(messages)
