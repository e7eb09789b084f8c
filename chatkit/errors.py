"""chatkit's errors: one base class, a subclass per kind of problem.

    ChatkitError                 every problem chatkit reports
     ├── ValidationError         a value breaks an 8x8 rule or a chatkit rule
     └── ConfigError             a config file has problems (carries them all)

Every problem names the dotted key, the offending value and the limit, so the
CLI can print it as one line without a traceback.  Pure Python: this module also
runs in the browser under Brython.
"""


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
        """The one-line form `SOURCE: key.path: message` the CLI prints."""
        parts = [p for p in (source, self.key) if p]
        prefix = "warning: " if self.severity == "warning" else ""
        return ": ".join(parts + [prefix + self.message])

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
