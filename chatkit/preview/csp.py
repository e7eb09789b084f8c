"""`chatkit serve --csp POLICY`: the tenant's Content-Security-Policy on the preview page.

The policy is a header value, or `@FILE` holding header lines
(`Content-Security-Policy: ...`, `Content-Security-Policy-Report-Only: ...`), each served
as that header.  In production the page is on the tenant's https site and the chat on
8x8's; in the preview both are the preview's own `http://localhost:PORT`.  So that the
policy has the effect it has in production, the preview serves it adapted, directive by
directive, and nothing more:

- wherever the policy allows one of the chat's production URLs (its `domain`, the v2
  discovery URL, the `stylesheet_url`, the `[python]` `asset_base`), it allows the
  preview's origin too, since the preview serves those files in their place;
- a hash of one of the production snippet's inline scripts gets the hash of the same
  script in the preview's snippet (it points at the preview, so its bytes differ);
- the page's own nonce (`'nonce-...'`) is given to the snippet and the preview's scripts;
- the preview's live-reload socket is allowed (`connect-src`);
- violation reports go to the preview (`report-uri`), not to the tenant's collector, and
  `upgrade-insecure-requests` is left out (the preview is http: it would upgrade itself
  away).

    >>> [p.header for p in read_policies("script-src 'nonce-abc'")]
    ['Content-Security-Policy']
"""

import base64
import hashlib
import re
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

from chatkit.errors import Problem, ValidationError, escape

__all__ = ["HEADER", "MAX_FILE_BYTES", "REPORT_ONLY", "REPORT_PATH", "Policy", "inline_hashes",
           "nonce_of", "read_policies", "served"]

HEADER = "Content-Security-Policy"
REPORT_ONLY = HEADER + "-Report-Only"
REPORT_PATH = "/__chatkit/csp-report"
MAX_FILE_BYTES = 64 * 1024  # a policy is a header line: a few KB
_HEADER_LINE = re.compile(r"\s*(content-security-policy(?:-report-only)?)\s*:(.*)", re.I)
_NONCE = re.compile(r"'nonce-([A-Za-z0-9+/_=-]+)'")
_HASH = re.compile(r"'(sha256|sha384|sha512)-([A-Za-z0-9+/_=-]+)'", re.I)
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):")
_HOST_SOURCE = re.compile(r"(?:([a-z][a-z0-9+.-]*)://)?(\*|(?:\*\.)?[a-z0-9.-]+|\[[0-9a-f:.]+\])"
                          r"(?::(\*|[0-9]+))?(/[^;,\s]*)?", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)
_DROPPED = ("report-uri", "report-to", "upgrade-insecure-requests")


class Policy(NamedTuple):
    """One policy as the tenant wrote it: the header it is served as, and its value."""

    header: str
    value: str


def read_policies(given: str) -> list[Policy]:
    """The policies `--csp` names: a header value, or `@FILE` of header lines."""
    if given.startswith("@"):
        return _read_file(Path(given[1:]))
    return [Policy(HEADER, _checked(given, "--csp", given))]


def _read_file(path):
    source = str(path)
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ValidationError([Problem("--csp", path, "no such file")], source) from None
    except (OSError, ValueError) as error:
        why = getattr(error, "strerror", None) or str(error)
        raise ValidationError([Problem("--csp", path, "cannot read it: %s" % why)],
                              source) from None
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError([Problem("--csp", path, "more than %d KB: a policy file holds "
                                       "header lines" % (MAX_FILE_BYTES // 1024))], source)
    text = data.decode("utf-8", "replace")
    policies = []
    for number, line in enumerate(text.splitlines(), 1):
        found = _HEADER_LINE.match(line)
        if found:
            header = REPORT_ONLY if found.group(1).lower().endswith("only") else HEADER
            policies.append(Policy(header, _checked(found.group(2).strip(), "--csp",
                                                    "%s:%d" % (source, number))))
    if not policies:
        raise ValidationError([Problem("--csp", path, "no header line in it: write "
                                       "`Content-Security-Policy: ...` (or "
                                       "`Content-Security-Policy-Report-Only: ...`)")], source)
    return policies


def _checked(value, key, source):
    if not value.strip():
        raise ValidationError([Problem(key, value, "is empty: give a policy, e.g. "
                                       "\"script-src 'self'\", or @FILE")], source)
    bad = next((char for char in value if not " " <= char <= "~"), None)
    if bad is not None:
        raise ValidationError([Problem(key, None, "a policy is printable ASCII; it holds %s"
                                       % escape(repr(bad)))], source)
    return value


def nonce_of(policies: list[Policy]) -> str | None:
    """The first `'nonce-...'` value of the policies: the page's nonce, as in production."""
    for policy in policies:
        found = _NONCE.search(policy.value)
        if found:
            return found.group(1)
    return None


def served(policy: Policy, origin: str, production_urls: list[str],
           hashes: dict[str, str]) -> tuple[str, str]:
    """(header, value) of `policy` as the preview at `origin` serves it (module docstring).

    `production_urls` are what the page loads from the chat's production hosts;
    `hashes` maps 'sha256-...' of each production inline script to the preview's.
    """
    live = "ws" + origin[len("http"):]
    directives: list[list[str]] = []
    names = set()
    for text in policy.value.split(";"):
        parts = text.split()
        if not parts or parts[0].lower() in _DROPPED or parts[0].lower() in names:
            continue  # a repeated directive is ignored by the browser: drop it here too
        name, sources = parts[0].lower(), parts[1:]
        names.add(name)
        added = [hashes[s] for s in sources if s in hashes and hashes[s] not in sources]
        if any(_allows(s, url) for s in sources for url in production_urls):
            added.append(origin)
        directives.append([parts[0], *sources, *added])
    live_directive = "connect-src" if "connect-src" in names else "default-src"
    for directive in directives:
        if directive[0].lower() == live_directive and "'none'" not in directive[1:]:
            directive.append(live)
        elif directive[0].lower() == live_directive:
            directive[1:] = [live]
    directives.append(["report-uri", origin + REPORT_PATH])
    return policy.header, "; ".join(" ".join(directive) for directive in directives)


def inline_hashes(production: str, preview: str) -> dict[str, str]:
    """{'sha256-…' of each production inline script: the same of the preview's}, in the
    three algorithms CSP knows; {} when the two snippets' scripts do not pair up."""
    ours, theirs = _INLINE_SCRIPT.findall(preview), _INLINE_SCRIPT.findall(production)
    if len(ours) != len(theirs):
        return {}
    pairs = {}
    for algorithm in ("sha256", "sha384", "sha512"):
        for before, after in zip(theirs, ours, strict=True):
            if before != after:
                pairs[_hash_source(algorithm, before)] = _hash_source(algorithm, after)
    return pairs


def _hash_source(algorithm, text):
    digest = hashlib.new(algorithm, text.encode("utf-8")).digest()
    return "'%s-%s'" % (algorithm, base64.b64encode(digest).decode("ascii"))


def _allows(source, url):
    """Whether the source expression matches `url`, as it would on the tenant's https page
    (CSP Level 3, "Does url match expression"; 'self' never names the chat's hosts)."""
    parts = urlsplit(urljoin(url, urlsplit(url).path))  # as the browser asks it: no "/./"
    scheme = parts.scheme
    if source == "*":
        return scheme in ("http", "https", "ws", "wss")
    if _SCHEME.fullmatch(source.lower()):
        return _scheme_matches(source[:-1].lower(), scheme)
    found = _HOST_SOURCE.fullmatch(source)
    if source.startswith("'") or found is None:
        return False
    source_scheme, host, port, path = found.groups()
    source_scheme, host = source_scheme and source_scheme.lower(), host.lower()
    if source_scheme is not None and not _scheme_matches(source_scheme, scheme):
        return False
    if source_scheme is None and scheme not in ("https", "wss"):
        return False  # a scheme-less source takes the page's scheme: https in production
    if not _host_matches(host, parts.hostname or ""):
        return False
    if port != "*" and not _port_matches(port, source_scheme, parts):
        return False
    if path and path != "/":
        return parts.path.startswith(path) if path.endswith("/") else parts.path == path
    return True


def _scheme_matches(expression, scheme):
    return (expression == scheme or (expression == "http" and scheme == "https")
            or (expression == "ws" and scheme in ("wss", "http", "https"))
            or (expression == "wss" and scheme == "https"))


def _host_matches(pattern, host):
    if pattern == "*":
        return True
    if pattern.startswith("*."):
        return host.endswith(pattern[1:])
    return host == pattern


def _port_matches(port, source_scheme, parts):
    url_port = parts.port or _DEFAULT_PORTS.get(parts.scheme)
    if port is None:
        wanted = _DEFAULT_PORTS.get(source_scheme or parts.scheme)
        return url_port == wanted or (wanted == 80 and url_port == 443)
    return int(port) == url_port or (int(port) == 80 and url_port == 443)
