"""A Content-Security-Policy as browsers read it (CSP Level 3, section 2.2).

    >>> [policy] = parse_header("script-src 'self' https://*.8x8.com; script-src 'none'")
    >>> policy.directives
    {'script-src': ("'self'", 'https://*.8x8.com')}

A header value may hold several policies, separated by commas, each enforced on its own;
a directive given twice keeps its first value (CSP3 2.2.1, step 2.5); a `<meta>` policy
is never split on commas, and loses `report-uri`, `frame-ancestors` and `sandbox`
(HTML, the `http-equiv` "content-security-policy" state).
"""

from dataclasses import dataclass, field

__all__ = ["ASCII_WHITESPACE", "ENFORCE", "HEADER", "META", "NOT_IN_META", "Policy", "REPORT",
           "REPORT_ONLY_HEADER", "parse_header", "parse_meta", "parse_serialized"]

ENFORCE, REPORT = "enforce", "report"
HEADER = "Content-Security-Policy"
REPORT_ONLY_HEADER = "Content-Security-Policy-Report-Only"
META = "meta"
# HTML: "Remove all occurrences of the report-uri, frame-ancestors, and sandbox directives".
NOT_IN_META = ("report-uri", "frame-ancestors", "sandbox")
# CSP3 2.2.1 strips and splits on ASCII whitespace: tab, LF, FF, CR, space.
ASCII_WHITESPACE = "\t\n\f\r "


@dataclass
class Policy:
    """One policy: its directives (name -> source expressions, in order), its disposition
    ("enforce" or "report", i.e. Report-Only) and where it came from ("header", "meta").
    A policy chatkit recommends also has its `needs` (chatkit.csp.needs.Need) and `notes`
    (what it need not say, placeholders to fill in)."""

    directives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    disposition: str = ENFORCE
    source: str = "header"
    needs: list = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def report_only(self) -> bool:
        return self.disposition == REPORT

    def get(self, name: str) -> tuple[str, ...] | None:
        return self.directives.get(name)

    def serialized(self, separator: str = "; ") -> str:
        """The policy as a header value (`name value; name value`)."""
        return separator.join(" ".join((name,) + values) for name, values in
                              self.directives.items())


def _split_whitespace(text):
    for char in ASCII_WHITESPACE[:-1]:
        text = text.replace(char, " ")
    return tuple(part for part in text.split(" ") if part)


def parse_serialized(text: str, disposition: str = ENFORCE, source: str = "header") -> Policy:
    """CSP3 2.2.1 "Parse a serialized CSP": one policy, never split on commas."""
    policy = Policy(disposition=disposition, source=source)
    for token in text.split(";"):
        token = token.strip(ASCII_WHITESPACE)
        if not token or not token.isascii():
            continue
        name, *values = _split_whitespace(token)
        name = name.lower()
        if name in policy.directives:
            continue  # "If policy's directive set contains a directive whose name is ..."
        policy.directives[name] = tuple(values)
    return policy


def parse_header(value: str, disposition: str = ENFORCE) -> list[Policy]:
    """Every policy of one header value (comma-separated, CSP3 2.2.2); empty ones dropped."""
    policies = [parse_serialized(token, disposition) for token in value.split(",")]
    return [policy for policy in policies if policy.directives]


def parse_meta(content: str) -> Policy | None:
    """The policy of `<meta http-equiv="Content-Security-Policy" content=...>`, or None."""
    if not content:
        return None
    policy = parse_serialized(content, ENFORCE, META)
    for name in NOT_IN_META:
        policy.directives.pop(name, None)
    return policy if policy.directives else None
