"""What a value is called in chatkit's messages, one voice for every table and rule.

`must be text, not an array`: the words a marketer reads in chat.toml ("text",
"a number", "true/false", "an array", "a table"), whichever table or runtime the
value came from (TOML in CPython, JSON-like values in Brython).  Pure Python.
"""


def kind_of(value):
    """The value's kind as a message names it.

    >>> kind_of([1]), kind_of({"a": 1}), kind_of(True), kind_of(2.5)
    ('an array', 'a table', 'true/false', 'a number')
    """
    if isinstance(value, bool):  # before int: a bool is an int in Python
        return "true/false"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (list, tuple)):
        return "an array"
    if value is None:
        return "nothing (null)"
    if hasattr(value, "isoformat"):  # TOML's dates and times
        return "a date/time"
    return "a %s" % type(value).__name__


def must_be(what, value):
    """`must be text, not an array`: what a value had to be, and what it is."""
    return "must be %s, not %s" % (what, kind_of(value))
