"""`chatkit csp`: the Content-Security-Policy a config's snippet and chat need (chatkit.csp),
and which of those needs a site's policy blocks (--check)."""

import json
import re
import sys
from pathlib import Path
from typing import Any

import click

from chatkit.cli._common import EXIT_OK, EXIT_WARNINGS, config_argument, load, print_problems, say
from chatkit.errors import Problem, ValidationError

# An origin, as 'self' is one: scheme://host[:port], no path.
_ORIGIN = re.compile(r"(https?)://[A-Za-z0-9.-]+(:[0-9]{1,5})?|(https?)://\[[0-9A-Fa-f:.]+\]"
                     r"(:[0-9]{1,5})?")


@click.command()
@config_argument
@click.option("--nonce", metavar="VALUE", help="the nonce your page gives the snippet (the "
              "one `chatkit snippet --nonce` takes): 'nonce-VALUE' instead of the hashes of "
              "the snippet's inline scripts")
@click.option("--exact-hosts", is_flag=True, help="8x8's exact hosts instead of its wildcard "
              "https://*.8x8.com (v2: what cannot be read from [chat] domain is --site and "
              "--region, else a <site> or <region> placeholder to replace)")
@click.option("--region", metavar="R", help="the chalet region of --exact-hosts: uk, us-east, "
              "ap or ca (8x8's CSP guide)")
@click.option("--site", metavar="S", help="the <site> of cloud8-<site>.8x8.com, the chat "
              "processor of --exact-hosts (e.g. uk)")
@click.option("--page-origin", metavar="ORIGIN", help="with --check: your page's origin, what "
              "'self' allows (by default 'self' is none of the chat's hosts)")
@click.option("--format", "format_", type=click.Choice(["header", "meta", "json"]),
              default="header", show_default=True, help="header: the header's value, one "
              "directive a line; meta: a <meta http-equiv> element; json: the directives, "
              "what each is needed for, and the notes")
@click.option("--check", "given", metavar="POLICY", help="check POLICY instead of printing the "
              "policy: a policy, @FILE (header lines, or an HTML page whose <meta http-equiv> "
              "policies are read; the @ may be left out for a file that exists) or - (the same "
              "from standard input)")
def csp(config: str, nonce: str | None, exact_hosts: bool, region: str | None,
        site: str | None, page_origin: str | None, format_: str, given: str | None) -> int:
    """Print the Content-Security-Policy a config's snippet and chat need, or check yours.

    The directives your page's policy needs for this chat, ready to merge into it (each
    keeps 'self', as 8x8's guide does): 8x8's wildcard hosts, or its exact hosts with
    --exact-hosts; the snippet's inline scripts by --nonce or by the sha256 hashes of
    exactly what `chatkit snippet` prints (they change when the snippet does: `chatkit
    snippet --csp` shows them beside it); with [python], Brython's 'unsafe-eval' and the
    asset_base origin. Notes (placeholders to replace, what needs no directive) go to
    stderr. Roll a new policy out as Content-Security-Policy-Report-Only first.

    With --check POLICY, one line per thing POLICY blocks: the directive, what it blocks,
    the effect the visitor sees, and what to add, by CSP Level 3's rules (several policies
    all enforced; Report-Only ones checked and said to be). Exit code 0 when nothing is
    blocked, 1 when something is, 2 for invalid input.

    \b
    example: chatkit csp chat.toml --nonce "$CSP_NONCE"
    example: chatkit csp chat.toml --exact-hosts --site uk --region uk
    example: chatkit csp chat.toml --check @response-headers.txt --page-origin https://www.example.com
    """
    from chatkit.snippet import check_nonce

    check_nonce(nonce)
    _check_origin(page_origin, given)
    policies = _read(given) if given is not None else None
    checked = load(config)
    print_problems(checked.warnings, str(checked.path))
    options: dict[str, Any] = {"nonce": nonce, "exact_hosts": exact_hosts, "region": region,
                               "site": site, "python_assets": python_assets(checked)}
    if policies is None:
        return _print_policy(checked, options, format_)
    return _print_check(checked, policies, options, page_origin, format_)


def python_assets(config: Any) -> dict | None:
    """The [python] assets the snippet names (None without [python])."""
    if config.python is None:
        return None
    from chatkit.build.assets import python_assets as build_python_assets

    return build_python_assets(config)


def _check_origin(page_origin, given):
    if page_origin is None:
        return
    if given is None:
        raise ValidationError([Problem("--page-origin", page_origin, "only with --check: it "
                                       "says what 'self' allows in the policy checked")])
    if not _ORIGIN.fullmatch(page_origin):
        raise ValidationError([Problem("--page-origin", page_origin, "an origin: scheme://host"
                                       "[:port], e.g. https://www.example.com (no path)")])


def _read(given):
    from chatkit.csp import read_policies
    from chatkit.csp.given import policies_in

    if given == "-":
        return policies_in(sys.stdin.read(), "-")
    if not given.startswith("@") and Path(given).is_file():  # a file named without its @
        return read_policies("@" + given)
    return read_policies(given)


def _print_policy(config, options, format_):
    from chatkit.csp import format_policy, policy_for

    policy = policy_for(config, **options)
    sys.stdout.write(format_policy(policy, format_))
    if format_ != "json":  # json carries its notes
        for note in policy.notes:
            say("note: %s" % note)
    return EXIT_OK


def _print_check(config, policies, options, page_origin, format_):
    from chatkit.csp import check_policies

    found = check_policies(config, policies, page_origin=page_origin, **options)
    if format_ == "json":
        print(json.dumps([_blocked_json(blocked) for blocked in found], indent=2,
                         ensure_ascii=False))
    else:
        for blocked in found:
            print(blocked.line())
    if not found:
        say("%s: nothing the chat needs is blocked" % _named(policies))
    return EXIT_WARNINGS if found else EXIT_OK


def _named(policies):
    kinds = ["Content-Security-Policy-Report-Only" if policy.report_only else
             "<meta> Content-Security-Policy" if policy.source == "meta" else
             "Content-Security-Policy" for policy in policies]
    return ", ".join(kinds) if len(kinds) > 1 else kinds[0]


def _blocked_json(blocked):
    return {"directive": blocked.directive, "governing": blocked.governing,
            "what": blocked.what, "reason": blocked.reason, "effect": blocked.effect,
            "add": list(blocked.need.sources), "report_only": blocked.report_only,
            "policy": blocked.policy, "line": blocked.line()}

