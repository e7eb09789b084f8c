"""`chatkit csp`: the Content-Security-Policy a config's snippet and chat need, and which of
those needs a given policy blocks (SPEC 4.2), by CSP Level 3's rules.

    policy      a policy as browsers parse it (header, several policies, <meta>)
    matching    CSP3's matching: fallback lists, sources, 'self', nonces, hashes,
                'strict-dynamic', 'unsafe-inline', eval
    inline      the snippet's inline scripts (html5lib), a page's <meta> policies
    needs       what a config needs: the snippet, v1's loader, window and button,
                [python], [server]; v2_needs: the v2 widget, by 8x8's CSP guide
    recommended policy_for(config) and format_policy(policy, "header"|"meta"|"json")
    given       the policy a user gives: a string, @FILE with header lines, or a page
    report      check_policy(config, policy) -> [Blocked]

    >>> print(format_policy(policy_for(load_config("chat.toml"))))   # doctest: +SKIP
    script-src 'self' https://*.8x8.com 'sha256-...';
    ...

CPython only.
"""

from chatkit.csp.given import read_policies
from chatkit.csp.needs import REGIONS, Need
from chatkit.csp.policy import Policy, parse_header, parse_meta
from chatkit.csp.recommended import FORMATS, format_policy, policy_comment, policy_for
from chatkit.csp.report import Blocked, check_policies, check_policy

__all__ = ["FORMATS", "REGIONS", "Blocked", "Need", "Policy", "check_policies", "check_policy",
           "format_policy", "parse_header", "parse_meta", "policy_comment", "policy_for",
           "read_policies"]
