"""customer:set-info rules (SPEC 5.1): limits in UTF-16 units, primitives only, chatkit's
stricter number rules, None removes, UNSET leaves, one bad entry never stops the others."""

import json
import random
import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chatkit import UNSET
from chatkit.build import engine
from chatkit.rules.customer import (
    KEY_LIMIT,
    SAFE_INTEGER,
    VALUE_LIMIT,
    check_info,
    js_length,
    js_string,
    merge_info,
)

EMOJI = "\U0001f600"  # 😀: one code point, two UTF-16 units
FLAG = "\U0001f1f5\U0001f1f9"  # 🇵🇹: two code points, four units
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # 👨‍👩‍👧: five code points, eight units
E_ACUTE = "e\u0301"  # e + combining acute: two code points, two units


def js_eval(expression, values):
    """`expression` (a JS function of one value) applied by V8 (mini-racer, a test
    dependency) to each of `values`, via JSON: JavaScript's own answers."""
    data = json.dumps(json.dumps(values))
    return json.loads(engine._parser().eval("JSON.stringify(JSON.parse(%s).map(%s))"
                                            % (data, expression)))


def warning(key, rule):
    return "Customer info %s %s and will be discarded" % (key, rule)


# --- the limits, counted as JavaScript counts ----------------------------------------------

@pytest.mark.parametrize(
    "key, accepted",
    [
        ("k" * 100, True),  # at the limit
        ("k" * 101, False),  # one over
        (EMOJI * 50, True),  # 50 emoji are 100 UTF-16 units
        (EMOJI * 51, False),  # 51 emoji are 102 units though Python counts 51
        ("k" * 99 + EMOJI, False),  # 100 code points, 101 units
        ("k" * 98 + EMOJI, True),  # 99 code points, 100 units
        ("é" * 100, True),  # precomposed accents are one unit each
        (E_ACUTE * 50, True),  # combining characters count as characters of their own
        (E_ACUTE * 50 + "e", False),  # 101 units
        (FLAG * 25, True),  # a flag is four units
        (FLAG * 25 + "k", False),  # 101 units
        (FAMILY * 12 + "kkkk", True),  # a ZWJ sequence counts all its parts
        (FAMILY * 12 + "kkkkk", False),  # 101 units
        ("日本語" * 33 + "k", True),  # CJK characters are in the BMP: one unit each
        ("", True),  # an empty key is the chat's business, not a length problem
    ],
)
def test_check_info_key_limit_is_100_utf16_units(key, accepted):
    report = check_info({key: "v"})
    assert (key in report.accepted) is accepted
    assert report.warnings == ([] if accepted else [warning(key, "key is too big")])


@pytest.mark.parametrize(
    "value, accepted",
    [
        ("v" * 500, True),  # at the limit
        ("v" * 501, False),  # one over
        (EMOJI * 250, True),  # 500 units
        (EMOJI * 251, False),  # 502 units though Python counts 251
        ("v" * 499 + EMOJI, False),  # 500 code points, 501 units
        ("v" * 498 + EMOJI, True),  # 500 units
        (E_ACUTE * 250, True),  # combining characters: 500 units
        (E_ACUTE * 250 + "e", False),  # 501 units
        (FLAG * 125, True),  # 500 units
        (FLAG * 124 + EMOJI + "vvv", False),  # 501 units
        ("", True),  # empty text is a value like any other
    ],
)
def test_check_info_value_limit_is_500_utf16_units(value, accepted):
    report = check_info({"Note": value})
    assert report.accepted == ({"Note": value} if accepted else {})
    assert report.warnings == ([] if accepted else [warning("Note", "value is too big")])


def test_check_info_limits_are_the_references():
    assert (KEY_LIMIT, VALUE_LIMIT, SAFE_INTEGER) == (100, 500, 2**53)


@pytest.mark.parametrize(
    "value, text",
    [
        (True, "true"),  # booleans by their JavaScript spelling
        (False, "false"),
        (0, "0"),
        (-0.0, "0"),  # String(-0) is "0"
        (25, "25"),
        (-7, "-7"),
        (2**53, "9007199254740992"),  # the largest safe integer, exact
        (100.0, "100"),  # an integral float has no ".0" in JavaScript
        (0.1, "0.1"),
        (-1.5, "-1.5"),
        (129.95, "129.95"),
        (1 / 3, "0.3333333333333333"),
        (1e20, "100000000000000000000"),  # still positional at 21 digits
        (1e21, "1e+21"),  # exponent from 22 digits, with an explicit +
        (123456789012345680000.0, "123456789012345680000"),
        (1.5e300, "1.5e+300"),
        (0.000001, "0.000001"),  # positional down to 1e-6
        (1e-7, "1e-7"),  # then an exponent, without Python's leading zero
        (1.5e-7, "1.5e-7"),
        (5e-324, "5e-324"),  # the smallest subnormal
        (1.7976931348623157e308, "1.7976931348623157e+308"),  # the largest double
        ("text", "text"),  # text is itself
    ],
)
def test_js_string_is_javascripts_string_form(value, text):
    assert js_string(value) == text


def _random_doubles(count, seed=2053):
    generator = random.Random(seed)
    doubles = []
    while len(doubles) < count:
        (number,) = struct.unpack("<d", generator.getrandbits(64).to_bytes(8, "little"))
        if number == number and number not in (float("inf"), float("-inf")):
            doubles.append(number)
    scaled = [generator.uniform(-1, 1) * 10.0 ** generator.randint(-12, 25) for _ in range(count)]
    return doubles + scaled + [float(n) for n in range(-50, 50)] + [0.5, 1e-6, 9.999e-7, 1e21,
                                                                     999999999999999900000.0]


def test_js_string_matches_node_for_many_doubles():
    numbers = _random_doubles(1500)
    assert [js_string(n) for n in numbers] == js_eval("String", numbers)


def test_js_length_matches_node():
    texts = ["", "a", EMOJI, FLAG, FAMILY, E_ACUTE, "é", "日本語", "a\U00010000b", "\uffff",
             "\U0010ffff", "\u2028", "\x00", "\U0001f44d\U0001f3fd", EMOJI * 251]
    assert [js_length(t) for t in texts] == js_eval("s => s.length", texts)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_js_string_reads_back_as_the_same_number(number):
    assert float(js_string(number)) == number


@given(st.text())
def test_js_length_counts_characters_beyond_the_bmp_twice(text):
    assert js_length(text) == len(text.encode("utf-16-le")) // 2


# --- types -------------------------------------------------------------------------------

class Thing:
    pass


@pytest.mark.parametrize(
    "value",
    [
        {"a": 1},  # dict: a JavaScript object
        [1, 2],  # list: an array
        (1, 2),  # tuple: an array too
        {1, 2},  # set
        frozenset(),  # frozenset
        len,  # a built-in function
        lambda: 1,  # a function
        Thing(),  # an object
        Thing,  # a class
        b"bytes",  # bytes are not text
        bytearray(b"x"),  # nor are bytearrays
        1j,  # complex numbers have no JavaScript form
    ],
)
def test_check_info_discards_non_primitive_values(value):
    report = check_info({"Cart": value})
    assert report.accepted == {}
    assert report.warnings == [
        "Customer info Cart is not of a primitive type and will be discarded"]
    assert [(d.key, d.reason, d.chat_rule) for d in report.discarded] == [
        ("Cart", "not-primitive", True)]


@pytest.mark.parametrize(
    "value",
    [
        "John",  # text
        "",  # empty text
        25,  # int
        -25,  # negative int
        0,  # zero
        129.95,  # float
        True,  # bool
        False,  # a false bool is still a value
        2**53,  # the largest exact integer
        -(2**53),  # and the smallest
        1e300,  # a huge float is a finite JavaScript number
    ],
)
def test_check_info_accepts_primitive_values_unchanged(value):
    report = check_info({"Field": value})
    assert report.accepted == {"Field": value}
    assert report.accepted["Field"] is value
    assert report.ok and report.warnings == []


@pytest.mark.parametrize(
    "value, message",
    [
        (float("nan"),
         "Customer info Score value nan is not a finite number and will be discarded"),  # NaN
        (float("inf"),
         "Customer info Score value inf is not a finite number and will be discarded"),  # Infinity
        (float("-inf"),
         "Customer info Score value -inf is not a finite number and will be discarded"),  # -Inf
        (2**53 + 1, "Customer info Score value 9007199254740993 is beyond ±2**53 and would lose "
         "precision, so it will be discarded"),  # one past the largest exact integer
        (-(2**53) - 1, "Customer info Score value -9007199254740993 is beyond ±2**53 and would "
         "lose precision, so it will be discarded"),  # one past the smallest
        (10**21 - 1, "Customer info Score value 999999999999999999999 is beyond ±2**53 and would "
         "lose precision, so it will be discarded"),  # the longest number written in full
        (10**400, "Customer info Score value about 10**400 is beyond ±2**53 and would lose "
         "precision, so it will be discarded"),  # huge: named by its size
        pytest.param(-(10**5000), "Customer info Score value about -10**5000 is beyond ±2**53 "
                     "and would lose precision, so it will be discarded",
                     id="minus-10**5000"),  # beyond CPython's 4300-digit printing limit
    ],
)
def test_check_info_discards_numbers_javascript_would_change(value, message):
    report = check_info({"Score": value})
    assert report.accepted == {}
    assert report.warnings == [message]
    assert report.discarded[0].chat_rule is False


@pytest.mark.parametrize(
    "key, message",
    [
        (5, "Customer info key 5 is not a string and will be discarded"),  # int
        (1.5, "Customer info key 1.5 is not a string and will be discarded"),  # float
        (True, "Customer info key True is not a string and will be discarded"),  # bool
        (None, "Customer info key None is not a string and will be discarded"),  # None
        (("a",), "Customer info key ('a',) is not a string and will be discarded"),  # tuple
        (b"Plan", "Customer info key b'Plan' is not a string and will be discarded"),  # bytes
    ],
)
def test_check_info_discards_non_string_keys(key, message):
    report = check_info({key: "v"})
    assert report.accepted == {}
    assert report.warnings == [message]
    assert report.discarded[0].reason == "key-not-text"


@pytest.mark.parametrize(
    "key, value, reason",
    [
        ("k" * 101, None, "key-too-big"),  # a removal with a too-long key is still too long
        ("k" * 101, [1], "not-primitive"),  # the type is judged before the key's length
        (5, [1], "key-not-text"),  # and a non-string key before anything else
        ("k" * 101, float("nan"), "key-too-big"),  # the key's length before chatkit's rules
        ("k", "v" * 501, "value-too-big"),  # the value's length last
    ],
)
def test_check_info_reports_one_reason_per_entry(key, value, reason):
    assert [d.reason for d in check_info({key: value}).discarded] == [reason]


# --- None, UNSET, merging ---------------------------------------------------------------

def test_check_info_accepts_none_as_remove():
    report = check_info({"First name": None})
    assert report.accepted == {"First name": None}
    assert report.ok


def test_check_info_leaves_unset_keys_unchanged():
    report = check_info({"First name": UNSET, "Age": 25})
    assert report.accepted == {"Age": 25}
    assert report.unchanged == ["First name"]
    assert report.ok


def test_unset_is_a_falsy_singleton_named_unset():
    assert type(UNSET)() is UNSET
    assert not UNSET
    assert repr(UNSET) == "UNSET"


def test_check_info_keeps_valid_entries_around_discarded_ones():
    report = check_info({
        "First name": "John",
        "Cart": ["book"],
        "k" * 101: "x",
        "Age": 25,
        "Note": "v" * 501,
        7: "seven",
        "Score": float("nan"),
        "Last name": None,
        "Big": 2**60,
        "Premium": True,
        "Later": UNSET,
    })
    assert report.accepted == {"First name": "John", "Age": 25, "Last name": None,
                               "Premium": True}
    assert [d.key for d in report.discarded] == ["Cart", "k" * 101, "Note", 7, "Score", "Big"]
    assert report.unchanged == ["Later"]
    assert not report.ok
    assert len(report.warnings) == 6


def test_check_info_of_nothing_accepts_nothing():
    report = check_info({})
    assert (report.accepted, report.discarded, report.unchanged, report.ok) == ({}, [], [], True)


@pytest.mark.parametrize(
    "current, accepted, merged",
    [
        ({}, {"A": 1}, {"A": 1}),  # first call
        ({"A": 1}, {"B": 2}, {"A": 1, "B": 2}),  # merges over earlier calls
        ({"A": 1}, {"A": 2}, {"A": 2}),  # later values win
        ({"A": 1, "B": 2}, {"A": None}, {"B": 2}),  # None removes
        ({"B": 2}, {"A": None}, {"B": 2}),  # removing what is not there is no error
        ({"A": 1}, {}, {"A": 1}),  # nothing accepted leaves everything
        ({"A": 1}, {"A": False}, {"A": False}),  # false is a value, not a removal
        ({"A": 1}, {"A": ""}, {"A": ""}),  # so is empty text
        ({"A": 1}, {"A": 0}, {"A": 0}),  # and zero
    ],
)
def test_merge_info_is_the_chats_merge(current, accepted, merged):
    before = dict(current)
    assert merge_info(current, accepted) == merged
    assert current == before  # a new dict: the caller's is untouched


def test_merge_info_after_check_info_leaves_unset_and_missing_keys():
    first = check_info({"First name": "John", "Last name": "Doe", "Age": 25})
    info = merge_info({}, first.accepted)
    report = check_info({"First name": None, "Last name": UNSET, "Age": [25]})
    assert merge_info(info, report.accepted) == {"Last name": "Doe", "Age": 25}


def test_merge_info_after_reset_starts_from_nothing():
    info = merge_info({"Plan": "Premium"}, {"Age": 25})
    reset = {}  # customer:reset-info clears everything set so far
    assert merge_info(reset, check_info({"Plan": "Basic"}).accepted) == {"Plan": "Basic"}
    assert info == {"Plan": "Premium", "Age": 25}
