"""The policy a config's snippet and chat need (`chatkit csp CONFIG`), and its formats."""

import html
import json

from chatkit.csp.needs import REGIONS, Need, Options, config_needs, notes
from chatkit.csp.policy import HEADER, Policy

__all__ = ["DIRECTIVE_ORDER", "FORMATS", "PLACEHOLDER_NOTE", "SELF", "format_policy",
           "policy_comment", "policy_for"]

# The guide's order (content-security-policy.md, lines 30-36), then what v1 and chatkit add.
DIRECTIVE_ORDER = ("script-src", "connect-src", "frame-src", "img-src", "media-src", "style-src",
                   "font-src")
FORMATS = ("header", "meta", "json")
# "Each directive keeps 'self' for your own origin alongside the 8x8 hosts." (documented,
# line 23-24): the directives are merged into the site's policy, and one the site did not
# have would otherwise stop falling back to its default-src for its own files.
SELF = "'self'"
PLACEHOLDER_NOTE = ("%s is a placeholder: replace it with your tenant's value, read in "
                    "DevTools > Network where the widget contacts it (8x8's CSP guide, line "
                    "69-82%s), and roll the policy out under "
                    "Content-Security-Policy-Report-Only first (line 90-91)")


def policy_for(config, *, nonce: str | None = None, exact_hosts: bool = False,
               region: str | None = None, site: str | None = None,
               python_assets: dict | None = None) -> Policy:
    """The Content-Security-Policy the config's snippet and chat need.

    Prints the directives your page's policy needs for this chat, ready to merge into it
    (each keeps 'self', as 8x8's guide does): 8x8's wildcard hosts by default, the exact
    hosts with --exact-hosts (vcc-<cluster> read from [chat] domain; --site and --region
    name cloud8-<site> and the chalet region, else they stay <site> and <region>
    placeholders to fill in), the snippet's inline scripts by --nonce VALUE (the one
    `chatkit snippet --nonce` uses) or by the sha256 hashes of exactly the bytes
    `chatkit snippet` prints, and with [python] Brython's 'unsafe-eval' and the
    asset_base origin.

    example: chatkit csp chat.toml --exact-hosts --site uk --region uk
    """
    options = Options(nonce=nonce, exact_hosts=exact_hosts, region=region, site=site,
                      python_assets=python_assets)
    needs = config_needs(config, options)
    policy = Policy(directives=_directives(needs), needs=needs)
    policy.notes = notes(config) + _placeholder_notes(policy)
    return policy


def _directives(needs: list[Need]) -> dict[str, tuple[str, ...]]:
    written: dict[str, list[str]] = {}
    for need in needs:
        sources = written.setdefault(need.directive, [SELF])
        sources += [source for source in need.sources if source not in sources]
    order = {name: index for index, name in enumerate(DIRECTIVE_ORDER)}
    names = sorted(written, key=lambda name: order.get(name, len(order)))
    return {name: tuple(written[name]) for name in names}


def _placeholder_notes(policy):
    found = []
    text = policy.serialized()
    if "<site>" in text:
        found.append(PLACEHOLDER_NOTE % ("<site> (cloud8-<site>, the chat processor, often "
                                         "not the cluster)", ""))
    if "<region>" in text:
        found.append(PLACEHOLDER_NOTE % ("<region> (the chalet region)",
                                         "; one of %s" % ", ".join(REGIONS)))
    return found


def format_policy(policy: Policy, format: str = "header") -> str:
    """The policy as `header` (the header's value, one directive a line, as 8x8's guide
    writes it: a server joins the lines with spaces), `meta` (one `<meta http-equiv>`
    element) or `json` ({"header", "directives", "notes", "needs"})."""
    if format == "header":
        return "".join("%s;\n" % " ".join((name,) + sources)
                       for name, sources in policy.directives.items())
    if format == "meta":
        return '<meta http-equiv="%s" content="%s">\n' % (HEADER, html.escape(policy.serialized()))
    if format == "json":
        return json.dumps(_json(policy), indent=2, ensure_ascii=False) + "\n"
    raise ValueError("format must be one of %s, not %r" % (", ".join(FORMATS), format))


def policy_comment(policy: Policy) -> str:
    """The policy as an HTML comment to print after the snippet (`chatkit snippet --csp`):
    outside the snippet's script, so its hash is the snippet's still.  A policy holds no
    `>`, so nothing in it can end the comment early."""
    lines = format_policy(policy, "header") + "".join("note: %s\n" % note for note in policy.notes)
    return "<!-- The Content-Security-Policy this snippet needs (chatkit csp):\n%s-->\n" % lines


def _json(policy):
    return {
        "header": policy.serialized(),
        "directives": {name: list(sources) for name, sources in policy.directives.items()},
        "notes": list(policy.notes),
        "needs": [{"directive": need.directive, "what": need.what, "sources": list(need.sources),
                   "effect": need.effect, "why": need.why}
                  for need in policy.needs],
    }
