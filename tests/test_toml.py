"""chatkit's TOML: written by tomlkit (`import`, `messages`) and read back by tomllib."""

import math
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chatkit._toml import TomlProblem, read_toml, toml_key, toml_table, toml_value

TEXT = st.text(st.characters(exclude_categories=("Cs",)))  # TOML holds no lone surrogates


@pytest.mark.parametrize(
    "key, written",
    [
        ("chatQueued", "chatQueued"),  # bare
        ("_options", "_options"),  # underscores are bare
        ("zh-CN", "zh-CN"),  # dashes too
        ("42", "42"),  # digits too
        ("First name", '"First name"'),  # a space needs quotes
        ("a.b", '"a.b"'),  # a dot would make a nested key
        ("", '""'),  # an empty key is quoted
        ("Größe", '"Größe"'),  # non-ASCII is quoted
        ('say "hi"', '"say \\"hi\\""'),  # quotes are escaped
    ],
)
def test_toml_key_is_bare_only_when_it_can_be(key, written):
    assert toml_key(key) == written


@pytest.mark.parametrize(
    "text, written",
    [
        ("plain", '"plain"'),
        ('a"b', '"a\\"b"'),  # a quote
        ("a\\b", '"a\\\\b"'),  # a backslash
        ("a\nb\tc", '"a\\nb\\tc"'),  # control characters are escaped
        ("\x00\x1f", '"\\u0000\\u001f"'),  # even the rare ones
        ("\x7f", '"\\u007f"'),  # DEL must be escaped in TOML (JSON leaves it)
        ("Close ×", '"Close ×"'),  # non-ASCII stays readable
        ("😀", '"😀"'),  # beyond the BMP too
        ("\u2028", '"\u2028"'),  # a line separator is allowed in a TOML string
    ],
)
def test_toml_value_escapes_what_toml_requires_in_text(text, written):
    assert toml_value(text) == written
    assert tomllib.loads("x = " + written)["x"] == text


@pytest.mark.parametrize(
    "value, written",
    [
        (True, "true"),  # booleans before ints (bool is an int in Python)
        (False, "false"),
        (25, "25"),
        (-3, "-3"),
        (1.5, "1.5"),
        (1e300, "1e+300"),
        (float("inf"), "inf"),  # TOML spells the special floats like this
        (float("-inf"), "-inf"),
        ("text", '"text"'),
    ],
)
def test_toml_value_writes_each_type(value, written):
    assert toml_value(value) == written
    assert tomllib.loads("x = " + written)["x"] == value


def test_toml_value_writes_nan():
    assert toml_value(float("nan")) == "nan"
    assert math.isnan(tomllib.loads("x = nan")["x"])


def test_toml_table_writes_a_header_comments_and_one_line_per_key():
    text = toml_table("messages.pt", {"chatQueued": "Já.", "First name": 1},
                      comments={"chatQueued": "shown in the queue"})
    assert text == ('[messages.pt]\n# shown in the queue\nchatQueued = "Já."\n'
                    '"First name" = 1\n')


@given(st.dictionaries(TEXT, st.one_of(TEXT, st.booleans(), st.integers(-(2**63), 2**63 - 1),
                                       st.floats(allow_nan=False))))
@settings(max_examples=150)
def test_toml_table_reads_back_as_written(values):
    assert tomllib.loads(toml_table("t", values)) == {"t": values}


# --- reading -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, message",
    [
        ("a = [1,\n", "not valid TOML: Invalid value (at line 2, column 1: the end of the file)"),
        ("[", "not valid TOML: Invalid initial character for a key part (at line 1, column 2: "
         "the end of the file)"),  # tomllib says "at end of document": chatkit gives the place
        ("a = 1\nb = ?\n", "not valid TOML: Invalid value (at line 2, column 5)"),  # as it was
    ],
)
def test_read_toml_names_the_line_and_column_of_every_mistake(text, message):
    with pytest.raises(TomlProblem) as raised:
        read_toml(text)
    assert str(raised.value) == message
