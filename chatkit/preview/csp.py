"""`chatkit serve --csp POLICY`: the tenant's Content-Security-Policy on the preview page.

The policy is a header value, or `@FILE` holding header lines
(`Content-Security-Policy: ...`, `Content-Security-Policy-Report-Only: ...`) or a page's
`<meta http-equiv>` policies, each served as that header: read, and matched, by chatkit.csp
(the one reader and matcher of policies, `chatkit csp --check`'s).  In production the page
is on the tenant's https site and the chat on 8x8's; in the preview both are the preview's
own `http://localhost:PORT`.  So that the
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

import re
from typing import NamedTuple
from urllib.parse import urlsplit

from chatkit import csp
from chatkit.csp.inline import inline_scripts
from chatkit.csp.matching import HASH_ALGORITHMS, hash_source, url_matches_list

__all__ = ["HEADER", "REPORT_ONLY", "REPORT_PATH", "Policy", "inline_hashes", "nonce_of",
           "read_policies", "served"]

HEADER = "Content-Security-Policy"
REPORT_ONLY = HEADER + "-Report-Only"
REPORT_PATH = "/__chatkit/csp-report"
# What 'self' and a scheme-less source mean in production: the tenant's https page, which is
# none of the chat's hosts.
_TENANT_PAGE = "https://tenant.invalid"
_NONCE = re.compile(r"'nonce-([A-Za-z0-9+/_=-]+)'")
_DROPPED = ("report-uri", "report-to", "upgrade-insecure-requests")


class Policy(NamedTuple):
    """One policy as the tenant wrote it: the header it is served as, and its value."""

    header: str
    value: str


def read_policies(given: str) -> list[Policy]:
    """The policies `--csp` names: a header value, or `@FILE` of header lines (or a page's
    `<meta http-equiv>` policies), read as `chatkit csp --check` reads them."""
    return [Policy(REPORT_ONLY if policy.report_only else HEADER, policy.serialized())
            for policy in csp.read_policies(given, key="--csp")]


def nonce_of(policies: list[Policy]) -> str | None:
    """The first `'nonce-...'` value of the policies: the page's nonce, as in production."""
    for policy in policies:
        found = _NONCE.search(policy.value)
        if found:
            return found.group(1)
    return None


def served(policy: Policy, origin: str, production_urls: list[str],
           hashes: dict[str, str],
           stand_ins: tuple[tuple[str, list[str]], ...] = ()) -> tuple[str, str]:
    """(header, value) of `policy` as the preview at `origin` serves it (module docstring).

    `production_urls` are what the page loads from the chat's production hosts;
    `hashes` maps 'sha256-...' of each production inline script to the preview's;
    `stand_ins` are (origin, production URLs) of the other local servers the preview runs
    in place of production ones (the [server] companion): allowed where those URLs are.
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
        for local, urls in ((origin, production_urls), *stand_ins):
            if any(_allows(s, url) for s in sources for url in urls):
                added.append(local)
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
    ours = [script.text for script in inline_scripts(preview)]
    theirs = [script.text for script in inline_scripts(production)]
    if len(ours) != len(theirs):
        return {}
    pairs = {}
    for algorithm in HASH_ALGORITHMS:
        for before, after in zip(theirs, ours, strict=True):
            if before != after:
                pairs[hash_source(before, algorithm)] = hash_source(after, algorithm)
    return pairs


def _allows(source, url):
    """Whether the source expression matches `url` on the tenant's https page, by
    chatkit.csp's CSP Level 3 matching ('self' never names the chat's hosts)."""
    if urlsplit(url).scheme not in ("http", "https", "ws", "wss"):
        return False
    return url_matches_list(url, (source,), _TENANT_PAGE)
