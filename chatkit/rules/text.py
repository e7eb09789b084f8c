"""Characters a value must not hide: controls, line breaks and invisible formatting characters.

A zero-width space pasted into a tenant id, or a right-to-left override in a key,
looks right on screen and breaks (or disguises) what it is part of.  chatkit names
such characters in its messages (`U+200B ZERO WIDTH SPACE`) and never prints them
raw: `chatkit.errors.escape` turns them into `\\u200b` in every problem line, so a
problem stays on one line and reads the same in any terminal.  Which characters
those are is decided once, in chatkit.errors (which the page's bundle ships); this
module names them.  Pure Python (Brython has no `unicodedata`).
"""

from chatkit.errors import INVISIBLE, escape, is_control, is_hidden

__all__ = ["CONTROL_NAMES", "INVISIBLE", "INVISIBLE_NAMES", "character_name", "describe_hidden",
           "escape", "hidden_characters", "is_control", "is_hidden"]

# Controls that end or move a line, named as Unicode names them.
CONTROL_NAMES = {
    0x00: "NULL",
    0x09: "CHARACTER TABULATION",
    0x0A: "LINE FEED",
    0x0B: "LINE TABULATION",
    0x0C: "FORM FEED",
    0x0D: "CARRIAGE RETURN",
    0x1B: "ESCAPE",
    0x7F: "DELETE",
    0x85: "NEXT LINE",
    0x2028: "LINE SEPARATOR",
    0x2029: "PARAGRAPH SEPARATOR",
}

# The invisible characters chatkit.errors escapes, by name.
INVISIBLE_NAMES = {
    0x00AD: "SOFT HYPHEN",
    0x034F: "COMBINING GRAPHEME JOINER",
    0x061C: "ARABIC LETTER MARK",
    0x115F: "HANGUL CHOSEONG FILLER",
    0x1160: "HANGUL JUNGSEONG FILLER",
    0x180E: "MONGOLIAN VOWEL SEPARATOR",
    0x200B: "ZERO WIDTH SPACE",
    0x200C: "ZERO WIDTH NON-JOINER",
    0x200D: "ZERO WIDTH JOINER",
    0x200E: "LEFT-TO-RIGHT MARK",
    0x200F: "RIGHT-TO-LEFT MARK",
    0x202A: "LEFT-TO-RIGHT EMBEDDING",
    0x202B: "RIGHT-TO-LEFT EMBEDDING",
    0x202C: "POP DIRECTIONAL FORMATTING",
    0x202D: "LEFT-TO-RIGHT OVERRIDE",
    0x202E: "RIGHT-TO-LEFT OVERRIDE",
    0x2060: "WORD JOINER",
    0x2061: "FUNCTION APPLICATION",
    0x2062: "INVISIBLE TIMES",
    0x2063: "INVISIBLE SEPARATOR",
    0x2064: "INVISIBLE PLUS",
    0x2066: "LEFT-TO-RIGHT ISOLATE",
    0x2067: "RIGHT-TO-LEFT ISOLATE",
    0x2068: "FIRST STRONG ISOLATE",
    0x2069: "POP DIRECTIONAL ISOLATE",
    0x3164: "HANGUL FILLER",
    0xFEFF: "ZERO WIDTH NO-BREAK SPACE",
    0xFFA0: "HALFWIDTH HANGUL FILLER",
}


def hidden_characters(text):
    """The controls and invisible characters of `text`, each once, in order of appearance."""
    found = []
    for char in text:
        if is_hidden(char) and char not in found:
            found.append(char)
    return found


def character_name(char):
    """`U+200B ZERO WIDTH SPACE`: the code point and, when chatkit knows it, the name.

    >>> character_name("\\u202e")
    'U+202E RIGHT-TO-LEFT OVERRIDE'
    """
    code = ord(char)
    name = CONTROL_NAMES.get(code) or INVISIBLE_NAMES.get(code)
    if name is None and is_control(char):
        name = "a control character"
    return "U+%04X %s" % (code, name) if name else "U+%04X" % code


def describe_hidden(characters):
    """`U+200B ZERO WIDTH SPACE and U+202E RIGHT-TO-LEFT OVERRIDE`, for a message."""
    names = [character_name(c) for c in characters]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
