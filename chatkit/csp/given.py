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
from chatkit.csp.matching import FALLBACK
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

__all__ = ["DIRECTIVES", "KEY", "MAX_BYTES", "policies_in", "read_policies"]

MAX_BYTES = 4 * 1024 * 1024
# `Name: value`, not a URL (`https://...` on a line of its own)
_HEADER_LINE = re.compile(r"^([A-Za-z0-9-]+):(?!//)(.*)$")
_DISPOSITIONS = {HEADER.lower(): ENFORCE, REPORT_ONLY_HEADER.lower(): REPORT}
KEY = "--check"
# Every directive of CSP Level 3 and its companions (Trusted Types, Mixed Content, Upgrade
# Insecure Requests), and the ones browsers still know from Level 2.
DIRECTIVES = frozenset(FALLBACK) | {
    "default-src", "child-src", "script-src", "style-src", "prefetch-src", "base-uri",
    "form-action", "frame-ancestors", "sandbox", "report-uri", "report-to", "navigate-to",
    "plugin-types", "webrtc", "upgrade-insecure-requests", "block-all-mixed-content",
    "require-trusted-types-for", "trusted-types", "require-sri-for", "fenced-frame-src"}


def read_policies(given: str, key: str = KEY) -> list[Policy]:
    """Every policy in `given`: a policy or header line, or `@FILE` (header lines or an
    HTML page); `key` is the option that gave it, named by its problems."""
    if given.startswith("@"):
        return _from_file(Path(given[1:]), key)
    policies = _from_headers(given, given, key)
    return _nonempty(policies, given, key, "no directive in it (a policy is `directive source "
                     "...; ...`, e.g. \"script-src 'self' https://*.8x8.com\")")


def _problem(value, key, message):
    """A problem of `key`; a file's (or standard input's) is said with its name first."""
    source = value[1:] if value.startswith("@") else "<stdin>" if value == "-" else ""
    return ValidationError([Problem(key, value, message)], source)


def _from_file(path, key):
    name = str(path)
    try:
        data = path.read_bytes()[:MAX_BYTES + 1]
    except OSError as error:
        raise _problem("@" + name, key, "cannot read the file (%s)" % (error.strerror or error)) \
            from None
    if len(data) > MAX_BYTES:
        raise _problem("@" + name, key, "is over %d MiB: a policy or a page, not that" %
                       (MAX_BYTES // 1024 // 1024))
    return policies_in(data.decode("utf-8", errors="replace"), "@" + name, key)


def policies_in(text: str, name: str, key: str = KEY) -> list[Policy]:
    """Every policy in the text of a file (or of standard input) called `name`: header
    lines, a policy, or an HTML page's `<meta http-equiv>` policies."""
    if text.lstrip("\ufeff \t\r\n").startswith("<"):
        policies = _from_page(text)
        return _nonempty(policies, name, key, "the page has no <meta http-equiv="
                         "\"Content-Security-Policy\"> in its <head>")
    policies = _from_headers(text, name, key)
    return _nonempty(policies, name, key, "no Content-Security-Policy in it (a header line "
                     "`Content-Security-Policy: ...`, or a policy)")


def _nonempty(policies, value, key, message):
    """The policies, unless none names a directive of CSP (a file of something else, read
    as one policy, is not a policy: browsers ignore directives they do not know)."""
    if not any(name in DIRECTIVES for policy in policies for name in policy.directives):
        raise _problem(value, key, message)
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


def _from_headers(text, value, key):
    """Header lines (folded lines joined), other headers skipped; text with no header
    name at all is one policy value."""
    lines = _unfolded(text)
    named = [(found.group(1).lower(), found.group(2))
             for found in map(_HEADER_LINE.match, lines) if found]
    if not named:
        return parse_header(_printable(" ".join(lines), value, key))
    policies = []
    for name, header_value in named:
        if name in _DISPOSITIONS:
            policies += parse_header(_printable(header_value, value, key), _DISPOSITIONS[name])
    return policies


def _printable(text, value, key):
    """A policy is printable ASCII (CSP3 2.2.1 ignores a directive holding anything else:
    a quote pasted from a word processor, ‘self’, would silently drop it)."""
    bad = next((char for char in text if not (" " <= char <= "~" or char == "\t")), None)
    if bad is not None:
        raise _problem(value, key, "a policy is printable ASCII; it holds %r" % bad)
    return text


def _unfolded(text):
    lines: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += " " + line.strip()
        elif line.strip():
            lines.append(line.strip())
    return lines
