"""`chatkit csp`'s library: the policy a config needs (policy_for, format_policy) and which
needs a given policy blocks (check_policy), on policies written like real sites'.

The expected policies are typed from 8x8's CSP guide (8x8-webchat-v2/content-security-
policy.md, the line is given); the expected findings from CSP Level 3's rules.  The
snippet's own hash is proven against Chromium in tests/browser/test_csp.py."""

import dataclasses
import json
from collections import Counter
from pathlib import Path

import pytest

from chatkit.config import PythonSettings, parse_config
from chatkit.csp import check_policy, format_policy, policy_comment, policy_for, read_policies
from chatkit.csp.inline import inline_scripts
from chatkit.errors import ValidationError
from chatkit.snippet import render_snippet

V2 = {"api": "v2", "uuid": "script_0123456789abcdef01234567.89012345", "tenant": "ZXhhbXBsZTAx",
      "channel": "Customer Support", "channel_uuid": "Ab3ULjXFQx-unSA6ebdW8A",
      "domain": "https://vcc-eu11.8x8.com"}
V1 = {"uuid": "script_0123456789abcdef01234567.89012345", "tenant": "ZXhhbXBsZTAx",
      "channel": "Customer Support", "domain": "https://vcc-eu4.8x8.com"}
# What `chatkit build` gives the snippet for a [python] table (names and hashes made up:
# the policy needs their origin, and the snippet carries them).
ASSETS = {"scripts": [{"src": "https://cdn.example.com/chatkit/brython.0123456789ab.js",
                       "integrity": "sha384-AAAA"},
                      {"src": "https://cdn.example.com/chatkit/chatkit.0123456789ab.js",
                       "integrity": "sha384-BBBB"}],
          "boot": {"python": "import hooks"}}


def config(chat, **tables):
    return parse_config({"chat": dict(chat), **tables}, "chat.toml")


def with_python(checked, runtime="brython"):
    python = PythonSettings(Path("hooks.py"), "https://cdn.example.com/chatkit/", runtime)
    return dataclasses.replace(checked, python=python)


def directives(policy):
    return {name: set(sources) for name, sources in policy.directives.items()}


def hashes(sources):
    return {source for source in sources if source.startswith("'sha256-")}


# -- policy_for ----------------------------------------------------------------------------

def test_v2_by_default_is_8x8s_recommended_policy_plus_the_snippets_hash():
    policy = policy_for(config(V2))
    found = directives(policy)
    assert len(hashes(found["script-src"])) == 1  # the snippet has one inline script
    found["script-src"] -= hashes(found["script-src"])
    # The guide's recommended policy, lines 30-36, as written there.
    assert found == {
        "script-src": {"'self'", "https://*.8x8.com"},
        "connect-src": {"'self'", "https://*.8x8.com", "wss://*.chalet.8x8.com"},
        "frame-src": {"'self'", "https://*.8x8.com"},
        "img-src": {"'self'", "data:", "blob:", "https://*.8x8.com"},
        "media-src": {"'self'", "blob:", "https://*.8x8.com"},
        "style-src": {"'self'", "'unsafe-inline'"},
        "font-src": {"'self'", "https://*.8x8.com"},
    }
    assert list(policy.directives) == ["script-src", "connect-src", "frame-src", "img-src",
                                       "media-src", "style-src", "font-src"]


def test_v2_exact_hosts_is_the_guides_strict_alternative_for_the_tenant():
    found = directives(policy_for(config(V2), nonce="r4nd0m", exact_hosts=True, site="uk",
                                  region="uk"))
    # The guide's strict alternative, lines 94-105, with <cluster> eu11 (from the domain),
    # <site> uk and <region> uk; the snippet by its nonce.
    assert found == {
        "script-src": {"'self'", "'nonce-r4nd0m'", "https://vcc-eu11.8x8.com",
                       "https://vcc-eu11-cf.8x8.com", "https://cloud8.8x8.com",
                       "https://vcc-assets.8x8.com"},
        "connect-src": {"'self'", "https://vcc-eu11.8x8.com", "https://vcc-eu11-cf.8x8.com",
                        "https://cloud8-uk.8x8.com", "https://cloud8-uk-cf.8x8.com",
                        "https://cloud8-cc-geo.8x8.com", "https://cloud8.8x8.com",
                        "https://vcc-assets.8x8.com", "https://api.global.chalet.8x8.com",
                        "https://api.uk.chalet.8x8.com", "wss://api.uk.chalet.8x8.com"},
        "frame-src": {"'self'", "https://vcc-eu11.8x8.com", "https://vcc-eu11-cf.8x8.com"},
        "img-src": {"'self'", "data:", "blob:", "https://vcc-eu11.8x8.com",
                    "https://vcc-eu11-cf.8x8.com", "https://files.uk.chalet.8x8.com"},
        "media-src": {"'self'", "blob:", "https://vcc-eu11.8x8.com",
                      "https://vcc-eu11-cf.8x8.com"},
        "style-src": {"'self'", "'unsafe-inline'"},
        "font-src": {"'self'", "https://vcc-assets.8x8.com"},
    }


def test_what_the_domain_cannot_tell_stays_a_marked_placeholder():
    policy = policy_for(config(V2), exact_hosts=True)
    connect = policy.directives["connect-src"]
    assert "https://cloud8-<site>.8x8.com" in connect
    assert "wss://api.<region>.chalet.8x8.com" in connect
    assert any(note.startswith("<site>") for note in policy.notes)
    assert any(note.startswith("<region>") and "uk, us-east, ap, ca" in note
               for note in policy.notes)


def test_a_region_must_be_one_of_the_guides_four():
    with pytest.raises(ValidationError) as raised:
        policy_for(config(V2), exact_hosts=True, region="es")
    assert "--region" in str(raised.value.problems[0].line()) and "us-east" in str(
        raised.value.problems[0].line())


def test_v1_needs_its_loader_window_and_button_image_from_the_domain():
    # facts: chat.js from domain + path, its window an iframe of the domain, its button an
    # image; nothing styles the page
    found = directives(policy_for(config(V1), nonce="abc"))
    assert found == {"script-src": {"'self'", "'nonce-abc'", "https://*.8x8.com"},
                     "frame-src": {"'self'", "https://*.8x8.com"},
                     "img-src": {"'self'", "https://*.8x8.com"}}
    exact = directives(policy_for(config(V1), nonce="abc", exact_hosts=True))
    assert exact["frame-src"] == {"'self'", "https://vcc-eu4.8x8.com"}


def test_python_adds_unsafe_eval_and_the_asset_origin():
    found = directives(policy_for(with_python(config(V1)), nonce="abc", python_assets=ASSETS))
    assert found["script-src"] == {"'self'", "'nonce-abc'", "https://*.8x8.com",
                                   "https://cdn.example.com", "'unsafe-eval'"}


def test_micropython_needs_wasm_unsafe_eval_instead():
    found = directives(policy_for(with_python(config(V1), "micropython"), nonce="abc",
                                  python_assets=ASSETS))
    assert "'wasm-unsafe-eval'" in found["script-src"]
    assert "'unsafe-eval'" not in found["script-src"]


def test_python_pages_connect_to_the_asset_origin_for_the_early_fetch():
    # The loader fetches its files at low priority before `load` (templates/python-loader.js.j2).
    for runtime in ("brython", "micropython"):
        found = directives(policy_for(with_python(config(V1), runtime), nonce="abc",
                                      python_assets=ASSETS))
        assert "https://cdn.example.com" in found["connect-src"], runtime


def test_the_runtime_written_in_the_config_file_decides_the_policy(tmp_path):
    (tmp_path / "hooks.py").write_text("pass\n", encoding="utf-8")
    python = {"hooks": "hooks.py", "asset_base": "https://cdn.example.com/chatkit/"}
    policies = {}
    for runtime in ("brython", "micropython"):
        checked = parse_config({"chat": dict(V1), "python": dict(python, runtime=runtime)},
                               tmp_path / "chat.toml")
        assert checked.python.runtime == runtime
        policies[runtime] = directives(policy_for(checked, nonce="abc"))["script-src"]
    assert "'unsafe-eval'" in policies["brython"]
    assert "'wasm-unsafe-eval'" not in policies["brython"]
    assert "'wasm-unsafe-eval'" in policies["micropython"]
    assert "'unsafe-eval'" not in policies["micropython"]
    default = parse_config({"chat": dict(V1), "python": python}, tmp_path / "chat.toml")
    assert default.python.runtime == "brython"


def test_a_fallback_link_needs_no_directive_and_says_why():
    mail = policy_for(config(V1, fallback={"text": "Mail us", "link": "mailto:help@example.com"}))
    web = policy_for(config(V1, fallback={"text": "Help", "link": "https://example.com/help"}))
    assert set(mail.directives) == set(web.directives) == {"script-src", "frame-src", "img-src"}
    assert "no directive applies" in mail.notes[0]
    assert "navigation" in web.notes[0] and "navigate-to" in web.notes[0]


def test_formats():
    policy = policy_for(config(V1), nonce="abc")
    header = format_policy(policy, "header")
    assert header.splitlines()[0] == "script-src 'self' 'nonce-abc' https://*.8x8.com;"
    assert format_policy(policy, "meta") == (
        '<meta http-equiv="Content-Security-Policy" content="script-src &#x27;self&#x27; '
        "&#x27;nonce-abc&#x27; https://*.8x8.com; frame-src &#x27;self&#x27; "
        'https://*.8x8.com; img-src &#x27;self&#x27; https://*.8x8.com">\n')
    data = json.loads(format_policy(policy, "json"))
    assert data["directives"]["frame-src"] == ["'self'", "https://*.8x8.com"]
    assert data["header"].startswith("script-src 'self' 'nonce-abc'")
    # the header format reads back as the same policy
    assert read_policies(header)[0].directives == policy.directives


def test_the_comment_after_the_snippet_leaves_its_hash_alone():
    checked = config(V1, fallback={"text": "Mail us", "link": "mailto:help@example.com"})
    policy = policy_for(checked)
    printed = render_snippet(checked) + policy_comment(policy)
    assert inline_scripts(printed) == inline_scripts(render_snippet(checked))
    comment = printed[printed.index("<!-- The Content-Security-Policy"):]
    assert comment.count("-->") == 1 and comment.endswith("-->\n")
    assert format_policy(policy) in comment and "note: [fallback] link" in comment


# -- check_policy --------------------------------------------------------------------------

HELMET = ("default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';"
          "frame-ancestors 'self';img-src 'self' data:;object-src 'none';script-src 'self';"
          "script-src-attr 'none';style-src 'self' https: 'unsafe-inline';"
          "upgrade-insecure-requests")


def test_helmets_default_policy_blocks_what_it_does_not_list():
    found = check_policy(config(V2), HELMET)
    # script-src 'self': the snippet, chatv3.js and the widget's four script hosts;
    # default-src 'self' for connect-src (the discovery request and the guide's nine
    # hosts), frame-src (vcc, vcc-cf) and media-src (vcc, vcc-cf, blob:); img-src 'self'
    # data: (vcc, vcc-cf, blob:, files.<region>); style-src allows 'unsafe-inline' and
    # font-src https: allows vcc-assets.
    assert Counter(blocked.directive for blocked in found) == {
        "script-src": 6, "connect-src": 10, "frame-src": 2, "img-src": 4, "media-src": 3}
    assert {b.governing for b in found if b.directive == "media-src"} == {"default-src"}


def test_a_tenant_with_its_own_hashes_learns_the_snippets_and_nothing_else():
    policy = ("default-src 'none'; script-src 'self' 'sha256-Xy2/Yt7M8v5g3tK7m9wV3lqJ1n1cW5a8dQb"
              "Q0oZkq6E=' 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=' "
              "https://www.googletagmanager.com https://*.8x8.com; connect-src 'self' "
              "https://*.8x8.com wss://*.chalet.8x8.com https://www.google-analytics.com; "
              "frame-src 'self' https://*.8x8.com; img-src 'self' data: blob: https://*.8x8.com; "
              "media-src 'self' blob: https://*.8x8.com; style-src 'self' 'unsafe-inline'; "
              "font-src 'self' https://*.8x8.com; object-src 'none'; base-uri 'self'")
    [blocked] = check_policy(config(V2), policy)
    assert blocked.directive == "script-src" and blocked.what == "the snippet's inline script"
    printed = policy_for(config(V2)).directives["script-src"]
    assert check_policy(config(V2), policy.replace(
        "https://www.googletagmanager.com", " ".join(hashes(printed)))) == []


def test_default_src_none_blocks_every_need_through_its_fallback():
    found = check_policy(config(V2), "default-src 'none'")
    assert len(found) == len(policy_for(config(V2)).needs)
    assert {b.governing for b in found} == {"default-src"}
    assert all("so its default-src applies" in b.line() for b in found)


def test_strict_dynamic_lets_chatv3_in_and_keeps_the_widgets_parser_inserted_scripts_out():
    policy = "script-src 'nonce-r4nd0m' 'strict-dynamic' https: 'unsafe-inline'; object-src 'none'"
    found = check_policy(config(V2), policy, nonce="r4nd0m")
    assert [b.directive for b in found] == ["script-src"] * 4
    assert all("'strict-dynamic' ignores host sources" in b.line() for b in found)
    assert not any("chatv3.js" in b.what or "inline" in b.what for b in found)


def test_several_policies_are_all_enforced(tmp_path):
    headers = tmp_path / "headers.txt"
    headers.write_text("HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Security-Policy: "
                       "default-src 'self' https://*.8x8.com wss://*.chalet.8x8.com data: blob: "
                       "'unsafe-inline'\nContent-Security-Policy: style-src 'nonce-abc'\n")
    [blocked] = check_policy(config(V2), "@%s" % headers)
    assert (blocked.directive, blocked.policy, blocked.policies) == ("style-src", 2, 2)
    assert blocked.line() == (
        "style-src: blocks the v2 widget's styles (<style> elements injected at run time) "
        "(no 'unsafe-inline'): the v2 widget renders unstyled (8x8's CSP guide) "
        "(add 'unsafe-inline') [policy 2 of 2]")


def test_a_report_only_policy_is_checked_and_said_to_be(tmp_path):
    headers = tmp_path / "headers.txt"
    headers.write_text("Content-Security-Policy-Report-Only: style-src 'self'\n")
    [blocked] = check_policy(config(V2), "@%s" % headers)
    assert blocked.report_only and "Report-Only: reported, not blocked" in blocked.line()


def test_a_page_is_read_for_its_head_meta_only(tmp_path):
    page = tmp_path / "index.html"
    page.write_text('<!DOCTYPE html><html><head><meta charset="utf-8">'
                    '<meta http-equiv="Content-Security-Policy-Report-Only" '
                    'content="img-src \'none\'">'
                    '<meta http-equiv="content-security-policy" content="style-src \'self\'">'
                    '</head><body><meta http-equiv="Content-Security-Policy" '
                    'content="script-src \'none\'"><p>hi</p></body></html>')
    [blocked] = check_policy(config(V2), "@%s" % page)
    # HTML: a meta outside <head> does nothing, and Report-Only has no http-equiv state
    assert blocked.directive == "style-src" and not blocked.report_only


def test_v1_window_blocked_by_default_src_is_one_line():
    found = check_policy(config(V1), "default-src 'self'; script-src 'self' https://*.8x8.com "
                         "'unsafe-inline'; img-src *")
    assert [b.line() for b in found] == [
        "frame-src: blocks the v1 chat window from https://vcc-eu4.8x8.com (the policy has no "
        "frame-src, so its default-src applies): no chat (its window cannot open) "
        "(add https://*.8x8.com)"]


def test_brython_without_unsafe_eval():
    found = check_policy(with_python(config(V1)), "script-src 'self' https://*.8x8.com "
                         "'unsafe-inline' https://cdn.example.com", python_assets=ASSETS)
    assert [(b.directive, b.what, b.reason) for b in found] == [
        ("script-src", "Brython compiling Python", "no 'unsafe-eval'")]


def test_self_is_the_page_origin_when_given():
    policy = "script-src 'self' 'unsafe-inline'; frame-src 'self'; img-src 'self'"
    chat = dict(V1, domain="http://127.0.0.1:8000")
    assert len(check_policy(config(chat), policy)) == 3  # by default the page is elsewhere
    assert check_policy(config(chat), policy, page_origin="http://127.0.0.1:8000") == []


@pytest.mark.parametrize("given, message", [
    ("", "no directive in it"),
    ("   ;  ", "no directive in it"),
    ("@/nonexistent/headers.txt", "cannot read the file"),
])
def test_invalid_input(given, message):
    with pytest.raises(ValidationError) as raised:
        check_policy(config(V1), given)
    assert message in raised.value.problems[0].line()


def test_a_page_without_a_policy_is_invalid_input(tmp_path):
    page = tmp_path / "index.html"
    page.write_text("<!DOCTYPE html><html><head><title>x</title></head><body></body></html>")
    with pytest.raises(ValidationError) as raised:
        check_policy(config(V1), "@%s" % page)
    assert "no <meta http-equiv" in raised.value.problems[0].line()
