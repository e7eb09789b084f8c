"""Which needs of a config a given policy blocks (`chatkit csp CONFIG --check POLICY`).

Every policy is checked on its own and all are enforced (CSP3 8.1: a resource must be
allowed by each); a Report-Only policy blocks nothing but reports, so its findings say
so.  One `Blocked` per need and policy, in the needs' order.
"""

from dataclasses import dataclass

from chatkit.csp.given import read_policies
from chatkit.csp.matching import (
    InlineElement,
    Request,
    allows_eval,
    allows_inline,
    allows_request,
    governing,
)
from chatkit.csp.needs import Compilation, Need, Options, config_needs, sites_named
from chatkit.csp.policy import Policy

__all__ = ["Blocked", "check_policy", "check_policies"]


@dataclass(frozen=True)
class Blocked:
    """A need the policy blocks: the directive to change, the one that blocked it (its
    fallback, e.g. default-src, when the policy lacks it), why, and which policy."""

    need: Need
    directive: str
    governing: str | None
    reason: str
    report_only: bool
    policy: int  # 1-based, among the policies checked
    policies: int

    @property
    def what(self) -> str:
        return self.need.what

    @property
    def effect(self) -> str:
        return self.need.effect

    def line(self) -> str:
        """One line: `directive: blocks WHAT (reason): EFFECT (add SOURCES)`."""
        reason = " (%s)" % self.reason if self.reason else ""
        where = ""
        if self.report_only:
            where = " [Content-Security-Policy-Report-Only: reported, not blocked]"
        elif self.policies > 1:
            where = " [policy %d of %d]" % (self.policy, self.policies)
        return "%s: blocks %s%s: %s (add %s)%s" % (
            self.directive, self.need.what, reason, self.need.effect,
            " ".join(self.need.sources), where)


def check_policy(config, policy: str, *, nonce: str | None = None,
                 page_origin: str | None = None, exact_hosts: bool = False,
                 region: str | None = None, site: str | None = None,
                 python_assets: dict | None = None) -> list[Blocked]:
    """Check POLICY against what the config's snippet and chat need.

    POLICY is a policy ("script-src 'self' https://*.8x8.com; ..."), @FILE holding
    header lines (Content-Security-Policy: ... or Content-Security-Policy-Report-Only:
    ..., several headers being several policies, all enforced), or @FILE holding an HTML
    page whose <meta http-equiv="Content-Security-Policy"> it reads.  One line per need
    the policy blocks: the directive, what it blocks, the effect the visitor sees, and
    the sources that would allow it, by CSP Level 3's rules.  'self' is the page's own
    origin: --page-origin names it (by default the page is none of the chat's hosts).
    --nonce is the nonce the page gives the snippet (`chatkit snippet --nonce`).  Exit
    status 0 when nothing is blocked, 1 when something is (Report-Only findings too),
    2 when POLICY cannot be read.

    example: chatkit csp chat.toml --check @response-headers.txt --nonce "$CSP_NONCE"
    """
    policies = read_policies(policy)
    return check_policies(config, policies, nonce=nonce, page_origin=page_origin,
                          exact_hosts=exact_hosts, region=region, site=site,
                          python_assets=python_assets)


def check_policies(config, policies: list[Policy], *, nonce=None, page_origin=None,
                   exact_hosts=False, region=None, site=None, python_assets=None):
    """`check_policy` on policies already parsed."""
    named = sites_named(source for policy in policies for sources in policy.directives.values()
                        for source in sources)
    options = Options(nonce=nonce, exact_hosts=exact_hosts, region=region, site=site,
                      python_assets=python_assets, known_sites=named)
    found = []
    for need in config_needs(config, options):
        for number, policy in enumerate(policies, 1):
            if not any(_allows(policy, check, page_origin) for check in need.checks):
                found.append(_blocked(need, policy, number, len(policies)))
    return found


def _allows(policy, check, page_origin):
    if isinstance(check, Request):
        return allows_request(policy, check, page_origin)
    if isinstance(check, InlineElement):
        return allows_inline(policy, check)
    if isinstance(check, Compilation):
        return allows_eval(policy, wasm=check.wasm)
    raise TypeError(check)


def _blocked(need, policy, number, count):
    check = need.checks[0]
    found: tuple[str, tuple[str, ...] | None] | None
    if isinstance(check, Compilation):
        found = ("script-src", policy.get("script-src")) if "script-src" in policy.directives \
            else ("default-src", policy.get("default-src"))
    else:
        found = governing(policy, check.directive)
    name, sources = found if found else (need.directive, ())
    return Blocked(need, need.directive, name, _reason(need, check, name, sources or ()),
                   policy.report_only, number, count)


def _has(sources, keyword):
    return any(source.lower() == keyword for source in sources)


def _reason(need, check, name, sources):
    """Why, in CSP3's words, when it is not plain from the sources."""
    reasons = []
    if name != need.directive:
        reasons.append("the policy has no %s, so its %s applies" % (need.directive, name))
    if not sources or sources == ("'none'",):
        reasons.append("%s is 'none'" % name)
    elif isinstance(check, InlineElement) and _has(sources, "'unsafe-inline'"):
        reasons.append("'unsafe-inline' is ignored beside a nonce, a hash or 'strict-dynamic'")
    elif isinstance(check, Request) and _has(sources, "'strict-dynamic'") and check.parser_inserted:
        reasons.append("'strict-dynamic' ignores host sources, and the widget's frame inserts "
                       "its scripts with the HTML parser, without a nonce")
    elif isinstance(check, Compilation):
        reasons.append("no 'unsafe-eval'" if not check.wasm else
                       "no 'wasm-unsafe-eval' or 'unsafe-eval'")
    elif isinstance(check, InlineElement) and check.type == "style":
        reasons.append("no 'unsafe-inline'")
    return "; ".join(reasons)
