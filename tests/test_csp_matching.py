"""CSP Level 3's parsing and matching (chatkit.csp.policy, chatkit.csp.matching), on policies
written the way sites write them.  Every expected result is typed from the rule of CSP3
it names, not computed by chatkit."""

import pytest

from chatkit.csp.matching import (
    InlineElement,
    Request,
    allows_eval,
    allows_inline,
    allows_request,
    is_nonceable,
)
from chatkit.csp.policy import parse_header, parse_meta, parse_serialized

PAGE = "https://www.example.gov.uk"
# CSP2's own example (section 4.2.4): <script>alert('Hello, world.');</script> is allowed
# by 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='.
HELLO = "alert('Hello, world.');"
HELLO_HASH = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"


def one(text):
    [policy] = parse_header(text)
    return policy


def script(url, **fields):
    return Request("script-src-elem", url, **fields)


def test_a_directive_given_twice_keeps_its_first_value_and_names_are_case_insensitive():
    # 2.2.1 step 2.4-2.5: lower-cased; "If policy's directive set contains a directive whose
    # name is directive name, ... continue"
    policy = parse_serialized("Script-Src 'self';  script-src *; IMG-src   data:  ;")
    assert policy.directives == {"script-src": ("'self'",), "img-src": ("data:",)}


def test_a_header_value_with_commas_is_several_policies_and_a_meta_is_one():
    # 2.2.2: each comma-separated token is a policy; HTML's meta pragma parses the whole
    # content once, and drops report-uri, frame-ancestors and sandbox.
    assert [p.directives for p in parse_header("img-src 'none', script-src 'self'")] == [
        {"img-src": ("'none'",)}, {"script-src": ("'self'",)}]
    meta = parse_meta("frame-ancestors 'none'; sandbox; report-uri /r; img-src 'none'")
    assert meta.directives == {"img-src": ("'none'",)} and meta.source == "meta"


@pytest.mark.parametrize("policy, url, allowed", [
    # 6.8.3: script-src-elem falls back to script-src, then default-src
    ("default-src 'none'; script-src https://*.8x8.com", "https://vcc-eu11.8x8.com/a.js", True),
    ("default-src https://*.8x8.com; script-src 'self'", "https://vcc-eu11.8x8.com/a.js", False),
    ("script-src-elem https://cdn.example.com; script-src https://*.8x8.com",
     "https://vcc-eu11.8x8.com/a.js", False),
    # no directive of the fallback list: allowed
    ("connect-src 'none'", "https://vcc-eu11.8x8.com/a.js", True),
    # 'none', and an empty value, match nothing
    ("script-src 'none'", "https://vcc-eu11.8x8.com/a.js", False),
    ("script-src", "https://vcc-eu11.8x8.com/a.js", False),
    # 6.7.2.8: "*." needs a label before the suffix; the apex does not match it
    ("script-src https://*.8x8.com", "https://8x8.com/a.js", False),
    ("script-src https://*.8x8.com", "https://a.b.8x8.com/a.js", True),
    ("script-src https://*.8x8.com", "https://vcc-eu11.8x8.com.evil.example/a.js", False),
    # 6.7.2.7: http allows https; https does not allow http
    ("script-src http://vcc-eu11.8x8.com", "https://vcc-eu11.8x8.com/a.js", True),
    ("script-src https://vcc-eu11.8x8.com", "http://vcc-eu11.8x8.com/a.js", False),
    # a host without a scheme takes the page's (https) and its upgrade only
    ("script-src vcc-eu11.8x8.com", "https://vcc-eu11.8x8.com/a.js", True),
    # 6.7.2.9: no port is the scheme's default; * is any port
    ("script-src https://vcc-eu11.8x8.com", "https://vcc-eu11.8x8.com:8443/a.js", False),
    ("script-src https://vcc-eu11.8x8.com:*", "https://vcc-eu11.8x8.com:8443/a.js", True),
    ("script-src https://vcc-eu11.8x8.com:443", "https://vcc-eu11.8x8.com/a.js", True),
    # 6.7.2.10: a path ending in / is a prefix, else exact
    ("script-src https://cdn.example.com/chatkit/", "https://cdn.example.com/chatkit/b.js", True),
    ("script-src https://cdn.example.com/chatkit", "https://cdn.example.com/chatkit/b.js", False),
    ("script-src https://cdn.example.com/chatkit/b.js", "https://cdn.example.com/chatkit/b.js",
     True),
    # the path as the URL parser leaves it: v1's domain + "/." + /CHAT/... is fetched as /CHAT/...
    ("script-src https://vcc-na7.8x8.com/CHAT/",
     "https://vcc-na7.8x8.com/./CHAT/common/js/chat.js", True),
    ("script-src https://vcc-na7.8x8.com/./CHAT/",
     "https://vcc-na7.8x8.com/./CHAT/common/js/chat.js", False),
    # scheme-sources; "*" matches network schemes only
    ("img-src https:", "https://files.uk.chalet.8x8.com/x", True),
    ("img-src *", "data:image/png;base64,AA==", False),
    ("img-src * data:", "data:image/png;base64,AA==", True),
    # 6.7.2.6 step 4: 'self' is the page's origin, and its secure upgrade on its host
    ("script-src 'self'", PAGE + "/chat.js", True),
    ("script-src 'self'", "https://cdn.example.gov.uk/chat.js", False),
    # the browsers' IP literal, matched exactly (see chatkit.csp.matching)
    ("script-src http://127.0.0.1:8000", "http://127.0.0.1:8000/CHAT/common/js/chat.js", True),
    ("script-src http://127.0.0.1:8000", "http://127.0.0.1:8001/CHAT/common/js/chat.js", False),
])
def test_requests(policy, url, allowed):
    # a script for a script-src policy, an image for an img-src one
    directive = {"img-src": "img-src"}.get(policy.split()[0], "script-src-elem")
    assert allows_request(one(policy), Request(directive, url), PAGE) is allowed


def test_self_allows_the_secure_socket_of_the_page_host():
    policy = one("connect-src 'self'")
    assert allows_request(policy, Request("connect-src", "wss://www.example.gov.uk/s"), PAGE)
    assert not allows_request(policy, Request("connect-src", "ws://www.example.gov.uk/s"), PAGE)


def test_strict_dynamic_ignores_hosts_and_trusts_scripts_that_scripts_insert():
    # 6.7.1.1 step 1.4: with 'strict-dynamic', a script not inserted by the parser is
    # allowed, one the parser inserted is blocked unless its nonce matches (1.1)
    policy = one("script-src 'nonce-r4nd0m' 'strict-dynamic' https://*.8x8.com 'unsafe-inline'")
    url = "https://vcc-eu11.8x8.com/CHAT/common/js/chatv3.js"
    assert allows_request(policy, script(url, parser_inserted=False), PAGE)
    assert not allows_request(policy, script(url, parser_inserted=True), PAGE)
    assert allows_request(policy, script(url, parser_inserted=True, nonce="r4nd0m"), PAGE)
    # 6.7.3.2: 'strict-dynamic' (and the nonce) disable 'unsafe-inline' for scripts
    assert not allows_inline(policy, InlineElement("script", HELLO))


@pytest.mark.parametrize("policy, element, allowed", [
    ("script-src 'unsafe-inline'", InlineElement("script", HELLO), True),
    ("script-src %s" % HELLO_HASH, InlineElement("script", HELLO), True),
    # one byte more, and the hash no longer matches
    ("script-src %s" % HELLO_HASH, InlineElement("script", HELLO + " "), False),
    # 6.7.3.2: a hash (or a nonce) makes 'unsafe-inline' ignored
    ("script-src 'unsafe-inline' %s" % HELLO_HASH, InlineElement("script", "go();"), False),
    ("style-src 'unsafe-inline' 'nonce-abc'", InlineElement("style", "p{}"), False),
    ("style-src 'self' 'unsafe-inline'", InlineElement("style", "p{}"), True),
    # nonces: equal values only, and only on a nonceable element
    ("script-src 'nonce-abc'", InlineElement("script", HELLO, "abc"), True),
    ("script-src 'nonce-abc'", InlineElement("script", HELLO, "abd"), False),
    ("script-src 'nonce-abc'", InlineElement("script", HELLO, "abc", nonceable=False), False),
    # default-src governs inline styles too
    ("default-src 'self'", InlineElement("style", "p{}"), False),
])
def test_inline_elements(policy, element, allowed):
    assert allows_inline(one(policy), element) is allowed


def test_a_script_whose_attributes_hold_script_or_style_is_not_nonceable():
    # 6.7.3.1 step 2: "<script" or "<style" in an attribute's name or value
    assert is_nonceable({"nonce": "abc", "data-channel-name": "Sales"})
    assert not is_nonceable({"nonce": "abc", "data-channel-name": "Sales <Style Desk>"})
    assert not is_nonceable({"nonce": "abc", "src": "x.js?<SCRIPT"})
    assert not is_nonceable({"src": "x.js"})


@pytest.mark.parametrize("policy, wasm, allowed", [
    # EnsureCSPDoesNotBlockStringCompilation: script-src, else default-src, is consulted
    ("script-src 'self' 'unsafe-eval'", False, True),
    ("script-src 'self'; default-src 'unsafe-eval'", False, False),
    ("default-src 'self' 'unsafe-eval'", False, True),
    ("script-src-elem 'unsafe-eval'; script-src 'self'", False, False),
    ("img-src 'none'", False, True),
    # 'wasm-unsafe-eval' allows WebAssembly only
    ("script-src 'wasm-unsafe-eval'", True, True),
    ("script-src 'wasm-unsafe-eval'", False, False),
    ("script-src 'unsafe-eval'", True, True),
])
def test_eval_and_webassembly(policy, wasm, allowed):
    assert allows_eval(one(policy), wasm=wasm) is allowed
