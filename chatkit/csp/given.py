"""The policy a user gives `chatkit csp --check`: a policy, `@FILE` with header lines, or
`@FILE` holding an HTML page whose `<meta http-equiv="Content-Security-Policy">` it reads.

    >>> [policy] = read_policies("Content-Security-Policy-Report-Only: img-src 'none'")
    >>> policy.report_only, policy.directives
    (True, {'img-src': ("'none'",)})

A file may hold several header lines (each header enforced on its own, as a browser
gets them), header lines folded onto the next line, and other headers (skipped), so a
response copied from DevTools or `curl -I` works as it is.  Invalid input raises
ValidationError (`chatkit csp` exits 2).
"""

import re
from pathlib import Path

from chatkit.csp.inline import meta_policies
from chatkit.csp.policy import (
    ENFORCE,
    HEADER,
    REPORT,
    REPORT_ONLY_HEADER,
    Policy,
    parse_header,
    parse_meta,
)
from chatkit.errors import Problem, ValidationError

__all__ = ["KEY", "MAX_BYTES", "read_policies"]

MAX_BYTES = 4 * 1024 * 1024
# `Name: value`, not a URL (`https://...` on a line of its own)
_HEADER_LINE = re.compile(r"^([A-Za-z0-9-]+):(?!//)(.*)$")
_DISPOSITIONS = {HEADER.lower(): ENFORCE, REPORT_ONLY_HEADER.lower(): REPORT}
KEY = "--check"


def read_policies(given: str) -> list[Policy]:
    """Every policy in `given`: a policy or header line, or `@FILE` (header lines or an
    HTML page)."""
    if given.startswith("@"):
        return _from_file(Path(given[1:]))
    policies = _from_headers(given, given)
    return _nonempty(policies, given, "no directive in it (a policy is `directive source "
                     "...; ...`, e.g. \"script-src 'self' https://*.8x8.com\")")


def _problem(value, message):
    return ValidationError([Problem(KEY, value, message)])


def _from_file(path):
    name = str(path)
    try:
        data = path.read_bytes()[:MAX_BYTES + 1]
    except OSError as error:
        raise _problem("@" + name, "cannot read the file (%s)" % (error.strerror or error)) \
            from None
    if len(data) > MAX_BYTES:
        raise _problem("@" + name, "is over %d MiB: a policy or a page, not that" %
                       (MAX_BYTES // 1024 // 1024))
    text = data.decode("utf-8", errors="replace")
    if text.lstrip("\ufeff \t\r\n").startswith("<"):
        policies = _from_page(text)
        return _nonempty(policies, "@" + name, "the page has no <meta http-equiv="
                         "\"Content-Security-Policy\"> in its <head>")
    policies = _from_headers(text, "@" + name)
    return _nonempty(policies, "@" + name, "no Content-Security-Policy in it (a header line "
                     "`Content-Security-Policy: ...`, or a policy)")


def _nonempty(policies, value, message):
    if not policies:
        raise _problem(value, message)
    return policies


def _from_page(text):
    policies = []
    for equiv, content in meta_policies(text):
        # A <meta> may only enforce: the Report-Only header has no http-equiv state.
        if equiv.strip().lower() == HEADER.lower():
            policy = parse_meta(content)
            if policy is not None:
                policies.append(policy)
    return policies


def _from_headers(text, value):
    """Header lines (folded lines joined), other headers skipped; text with no header
    name at all is one policy value."""
    lines = _unfolded(text)
    named = [(found.group(1).lower(), found.group(2))
             for found in map(_HEADER_LINE.match, lines) if found]
    if not named:
        return parse_header(" ".join(lines))
    policies = []
    for name, header_value in named:
        if name in _DISPOSITIONS:
            policies += parse_header(header_value, _DISPOSITIONS[name])
    return policies


def _unfolded(text):
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += " " + line.strip()
        elif line.strip():
            lines.append(line.strip())
    return lines
