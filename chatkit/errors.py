"""chatkit's errors: one base class, a subclass per kind of problem.

    ChatkitError                  every error chatkit raises on purpose
     ├── ValidationError          values break an 8x8 rule or a chatkit rule: `problems`
     │    └── ConfigError         a config file cannot be read or breaks the schema
     ├── TomlProblem              a text is no TOML chatkit reads   (chatkit._toml)
     ├── RtfError                 an RTF document it cannot unwrap  (chatkit.css.rtf)
     ├── CompileError             Brython's compiler refused hooks  (chatkit.build.engine)
     ├── InvalidSelector          a CSS selector the browser drops  (chatkit.css._selectors)
     └── NotAValue, Refused       JavaScript that is no literal, or refused whole
                                                                    (chatkit.importer)

The ones below ValidationError become its problems before they reach a user; the
CLI turns a ValidationError into one line per problem in one place.  Every problem
names the dotted key, the offending value and the limit, so the CLI can print it
as one line without a traceback.  Pure Python: this module also runs in the
browser under Brython (the page's bundles ship it), so the subclasses that need
more live with their modules.
"""

__all__ = ["INVISIBLE", "ChatkitError", "ConfigError", "Problem", "ValidationError", "escape",
           "is_control", "is_hidden"]

# Format characters that show nothing, or reorder what follows (bidi controls): a problem
# line shows them escaped, with controls and line breaks.  chatkit._wording names them.
INVISIBLE = frozenset((
    0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
    0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066,
    0x2067, 0x2068, 0x2069, 0x3164, 0xFEFF, 0xFFA0,
))
_SHORT_ESCAPES = {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}


def is_control(char):
    """A C0/C1 control character, DEL, or a Unicode line or paragraph separator."""
    code = ord(char)
    return code < 0x20 or 0x7F <= code <= 0x9F or code in (0x2028, 0x2029)


def is_hidden(char):
    """A control, a line break or an invisible formatting character (zero width, bidi)."""
    return is_control(char) or ord(char) in INVISIBLE


def escape(text):
    """`text` with every hidden character written as an escape (`\\n`, `\\u200b`).

    >>> escape("Plan\\nB\\u200b")
    'Plan\\\\nB\\\\u200b'
    """
    if not any(is_hidden(c) for c in text):
        return text
    return "".join(_escaped(c) if is_hidden(c) else c for c in text)


def _escaped(char):
    code = ord(char)
    if code in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[code]
    return "\\x%02x" % code if code < 0x100 else "\\u%04x" % code


class ChatkitError(Exception):
    """Base class of every error chatkit raises on purpose."""


class Problem:
    """One rule broken by one value: where (dotted key), what, and how bad."""

    __slots__ = ("key", "value", "message", "severity")

    def __init__(self, key, value, message, severity="error"):
        self.key = key
        self.value = value
        self.message = message
        self.severity = severity

    @property
    def is_error(self):
        return self.severity == "error"

    def line(self, source=""):
        """The one-line form `SOURCE: key.path: message` the CLI prints.

        A line break or an invisible character in a file name, a key or a value quoted
        in the message is shown escaped (`\\n`, `\\u202e`): one problem, one line, read
        as written.
        """
        parts = [p for p in (source, self.key) if p]
        prefix = "warning: " if self.severity == "warning" else ""
        return escape(": ".join(parts + [prefix + self.message]))

    def __repr__(self):
        return "Problem(%r, %r, %r, %r)" % (self.key, self.value, self.message, self.severity)

    def __eq__(self, other):
        return isinstance(other, Problem) and repr(self) == repr(other)


class ValidationError(ChatkitError):
    """One or more values break a rule; `problems` lists every one of them."""

    def __init__(self, problems, source=""):
        self.problems = list(problems)
        self.source = source
        super().__init__("\n".join(p.line(source) for p in self.problems))


class ConfigError(ValidationError):
    """A config file could not be read or breaks the schema."""
