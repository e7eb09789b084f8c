"""customer:set-info rules (reference: "Customer Information"; SPEC 5.1).

`check_info` applies, entry by entry, the rules the chat applies (its own
warning texts) and chatkit's stricter ones, and returns an `InfoReport`: what
may be published and what was discarded, and why.  A discarded entry never
stops the valid ones.  Pure Python: the CLI and the browser controller share it.
"""

__all__ = ["Discarded", "InfoReport", "KEY_LIMIT", "KEY_NOT_TEXT", "KEY_TOO_BIG", "NOT_FINITE",
           "NOT_PRIMITIVE", "SAFE_INTEGER", "UNSAFE_INTEGER", "UNSET", "VALUE_LIMIT",
           "VALUE_TOO_BIG", "check_info", "int_text", "is_primitive", "js_length", "js_string",
           "merge_info", "report_of", "value_text"]

KEY_LIMIT = 100
VALUE_LIMIT = 500
# Beyond this an integer is no longer exact as a JavaScript number.
SAFE_INTEGER = 2**53

NOT_PRIMITIVE = "Customer info %s is not of a primitive type and will be discarded"
KEY_TOO_BIG = "Customer info %s key is too big and will be discarded"
VALUE_TOO_BIG = "Customer info %s value is too big and will be discarded"
# chatkit's own, where the chat would silently lose data.
KEY_NOT_TEXT = "Customer info key %s is not a string and will be discarded"
NOT_FINITE = "Customer info %s value %s is not a finite number and will be discarded"
UNSAFE_INTEGER = ("Customer info %s value %s is beyond ±2**53 and would lose precision, "
                  "so it will be discarded")

_INFINITY = float("inf")


class _Unset:
    """The type of `UNSET`: 'leave this key as it was' (JavaScript `undefined`)."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __repr__(self):
        return "UNSET"

    def __bool__(self):
        return False


UNSET = _Unset()


class Discarded:
    """One entry left out of a set-info call, with the warning that explains it."""

    __slots__ = ("key", "value", "reason", "message", "chat_rule")

    def __init__(self, key, value, reason, message, chat_rule):
        self.key = key
        self.value = value
        self.reason = reason  # "not-primitive", "key-too-big", "value-too-big", ...
        self.message = message
        self.chat_rule = chat_rule  # False for chatkit's stricter rules

    def __repr__(self):
        return "Discarded(%r, %r)" % (self.key, self.reason)


class InfoReport:
    """What a set-info call publishes (`accepted`, None meaning remove) and leaves out."""

    def __init__(self):
        self.accepted = {}
        self.unchanged = []
        self.discarded = []

    @property
    def warnings(self):
        return [d.message for d in self.discarded]

    @property
    def ok(self):
        return not self.discarded

    def __repr__(self):
        return "InfoReport(accepted=%r, discarded=%r)" % (self.accepted, self.discarded)


def check_info(info):
    """Apply the set-info rules to every entry of `info`.

    >>> check_info({"Age": 25, "Cart": [1], "Name": None}).accepted
    {'Age': 25, 'Name': None}
    """
    return report_of(info, _discard_reason)


def report_of(entries, discard_reason):
    """An `InfoReport` of `entries`: each kept, left unchanged (UNSET), or the `Discarded`
    that `discard_reason(key, value)` gives (None to keep it)."""
    report = InfoReport()
    for key, value in entries.items():
        if value is UNSET:
            report.unchanged.append(key)
            continue
        discarded = discard_reason(key, value)
        if discarded is None:
            report.accepted[key] = value
        else:
            report.discarded.append(discarded)
    return report


def _discard_reason(key, value):
    if not isinstance(key, str):
        return Discarded(key, value, "key-not-text", KEY_NOT_TEXT % value_text(key), False)
    if value is not None and not is_primitive(value):
        return Discarded(key, value, "not-primitive", NOT_PRIMITIVE % key, True)
    if js_length(key) > KEY_LIMIT:
        return Discarded(key, value, "key-too-big", KEY_TOO_BIG % key, True)
    if value is None:
        return None
    return _number_reason(key, value) or _value_length_reason(key, value)


def _number_reason(key, value):
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and (value != value or value in (_INFINITY, -_INFINITY)):
        return Discarded(key, value, "not-finite", NOT_FINITE % (key, value), False)
    if isinstance(value, int) and abs(value) > SAFE_INTEGER:
        return Discarded(key, value, "unsafe-integer", UNSAFE_INTEGER % (key, int_text(value)),
                         False)
    return None


def int_text(value):
    """An int for a message: in full up to 21 digits, else as `about 10**N`.

    CPython refuses to print ints over 4300 digits, and nobody reads 400 of them.

    >>> int_text(25), int_text(-16**4000)
    ('25', 'about -10**4816')
    """
    size = abs(value)
    if size < 10**21:
        return str(value)
    exponent = int(size.bit_length() * 0.30103)  # log10(2): a first guess, then exact
    while 10**exponent > size:
        exponent -= 1
    while 10 ** (exponent + 1) <= size:
        exponent += 1
    return "about %s10**%d" % ("-" if value < 0 else "", exponent)


def value_text(value):
    """`repr(value)` for a message, with an int of any size (alone or inside) never printed
    whole: CPython cannot print one of more than 4300 digits."""
    if isinstance(value, int) and not isinstance(value, bool):
        return int_text(value)
    try:
        return repr(value)
    except ValueError:  # a huge int inside a list or a dict
        return "a %s holding a huge number" % type(value).__name__


def _value_length_reason(key, value):
    if js_length(js_string(value)) > VALUE_LIMIT:
        return Discarded(key, value, "value-too-big", VALUE_TOO_BIG % key, True)
    return None


def is_primitive(value):
    """A JavaScript primitive the chat keeps: a string, a number or a boolean."""
    return isinstance(value, (str, int, float, bool))


def js_length(text):
    """JavaScript's `.length`: UTF-16 code units, so characters beyond U+FFFF count twice.

    Counted by iterating, because Brython's len() of a string is not consistent: it
    counts code points for a literal but UTF-16 units for a dict key or a joined string.
    """
    return sum(2 if ord(char) > 0xFFFF else 1 for char in text)


def js_string(value):
    """`String(value)` in JavaScript, for the primitives the chat keeps."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _js_number(value)
    return value


def _js_number(number):
    """ECMAScript Number::toString from the shortest round-trip digits (Python's repr)."""
    if number == 0:
        return "0"
    sign = "-" if number < 0 else ""
    digits, point = _shortest_digits(abs(number))
    size = len(digits)
    if size <= point <= 21:
        return sign + digits + "0" * (point - size)
    if 0 < point <= 21:
        return sign + digits[:point] + "." + digits[point:]
    if -6 < point <= 0:
        return sign + "0." + "0" * -point + digits
    exponent = point - 1
    mantissa = digits if size == 1 else digits[0] + "." + digits[1:]
    return sign + mantissa + "e" + ("-" if exponent < 0 else "+") + str(abs(exponent))


def _shortest_digits(number):
    """(digits, point) with number == 0.digits * 10**point and no surplus zeros."""
    text = repr(number)
    mantissa, _, exponent = text.partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    point = len(whole) + int(exponent or "0") - (len(whole + fraction) - len(digits))
    return digits.rstrip("0") or "0", point


def merge_info(current, accepted):
    """The chat's merge: later values win, None removes, and the result is a new dict."""
    merged = dict(current)
    for key, value in accepted.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged
