"""`chatkit serve --csp`: the tenant's policy as the preview serves it (chatkit.preview.csp).

The preview is http://localhost:PORT where production is the tenant's https site and 8x8's
hosts; the served policy must block in the preview what it blocks in production.  The
matching cases are CSP Level 3's ("Does url match expression in origin"), typed from it.
"""

import pytest

from chatkit.errors import ValidationError
from chatkit.preview.csp import HEADER, REPORT_ONLY, Policy, nonce_of, read_policies, served

ORIGIN = "http://localhost:8000"
CHAT_JS = "https://vcc-na7.8x8.com/./CHAT/common/js/chat.js"
REPORTS = "report-uri http://localhost:8000/__chatkit/csp-report"


def serve(value, urls=(CHAT_JS,), hashes=None):
    return served(Policy(HEADER, value), ORIGIN, list(urls), hashes or {})[1]


@pytest.mark.parametrize("source", [
    "*", "https:", "http:", "https://*.8x8.com", "*.8x8.com", "vcc-na7.8x8.com",
    "https://vcc-na7.8x8.com", "https://vcc-na7.8x8.com:443", "https://vcc-na7.8x8.com:*",
    "https://vcc-na7.8x8.com/", "HTTPS://VCC-NA7.8x8.COM",
    "https://vcc-na7.8x8.com/CHAT/",  # the browser asks /CHAT/common/js/chat.js ("/." gone)
    "https://vcc-na7.8x8.com/CHAT/common/js/chat.js",
    "http://vcc-na7.8x8.com",  # http also matches https (the upgrade)
])
def test_a_source_that_allows_the_chat_in_production_allows_the_preview(source):
    assert serve("script-src %s" % source) == "script-src %s %s; %s" % (source, ORIGIN, REPORTS)


@pytest.mark.parametrize("source", [
    "'self'",  # the tenant's own site, never 8x8's
    "'none'", "'unsafe-inline'", "'nonce-abc'", "'strict-dynamic'",
    "https://8x8.com",  # *. is needed for a subdomain
    "https://*.example.com", "https://vcc-na7.8x8.com:8443", "data:", "blob:",
    "https://vcc-na7.8x8.com/chat/",  # paths are case-sensitive
    "https://vcc-na7.8x8.com/CHAT",  # a path without a slash is one file
    "https://vcc-na7.8x8.com/./CHAT/",  # the browser's URL has no "/./"
])
def test_a_source_that_does_not_allow_the_chat_adds_nothing(source):
    assert serve("script-src %s" % source) == "script-src %s; %s" % (source, REPORTS)


def test_the_live_socket_is_allowed_where_connections_are_limited():
    assert serve("connect-src 'self'") == "connect-src 'self' ws://localhost:8000; " + REPORTS
    assert serve("default-src 'none'") == "default-src ws://localhost:8000; " + REPORTS
    assert serve("default-src 'none'; connect-src https://x.example") == (
        "default-src 'none'; connect-src https://x.example ws://localhost:8000; " + REPORTS)


def test_reports_go_to_the_preview_and_the_upgrade_is_left_out():
    assert serve("upgrade-insecure-requests; report-to tenant; report-uri https://t.example/r; "
                 "img-src 'self'") == "img-src 'self'; " + REPORTS


def test_a_repeated_directive_is_dropped_as_the_browser_ignores_it():
    assert serve("script-src 'none'; script-src *") == "script-src 'none'; " + REPORTS


def test_a_production_script_hash_gets_the_preview_scripts_hash():
    hashes = {"'sha256-PROD='": "'sha256-PREVIEW='"}
    assert serve("script-src 'sha256-PROD=' 'sha256-OTHER='", urls=(), hashes=hashes) == (
        "script-src 'sha256-PROD=' 'sha256-OTHER=' 'sha256-PREVIEW='; " + REPORTS)


def test_read_policies_takes_a_value_or_a_file_of_header_lines(tmp_path):
    assert read_policies("script-src 'self'") == [Policy(HEADER, "script-src 'self'")]
    (tmp_path / "headers.txt").write_text(
        "HTTP/1.1 200 OK\ncontent-security-policy: script-src 'nonce-a1'\n"
        "Content-Security-Policy-Report-Only:  img-src 'self' \nX-Other: 1\n", encoding="utf-8")
    policies = read_policies("@%s" % (tmp_path / "headers.txt"))
    assert policies == [Policy(HEADER, "script-src 'nonce-a1'"),
                        Policy(REPORT_ONLY, "img-src 'self'")]
    assert nonce_of(policies) == "a1"


def test_read_policies_refuses_a_file_that_holds_no_policy(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"x" * 70_000)
    with pytest.raises(ValidationError) as error:
        read_policies("@%s" % (tmp_path / "big.txt"))
    assert "--csp: no Content-Security-Policy in it" in str(error.value)


def test_read_policies_refuses_what_a_browser_would_drop_unsaid():
    with pytest.raises(ValidationError) as error:
        read_policies("script-src \u2018self\u2019")
    assert str(error.value).endswith("--csp: a policy is printable ASCII; it holds '\u2018'")


def test_read_policies_reads_a_page_meta_policy_as_chatkit_csp_check_does(tmp_path):
    (tmp_path / "page.html").write_text('<html><head><meta http-equiv="content-security-policy"'
                                        ' content="img-src \'self\'"></head></html>')
    assert read_policies("@%s" % (tmp_path / "page.html")) == [Policy(HEADER, "img-src 'self'")]
