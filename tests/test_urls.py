"""URL rules (SPEC 5.4, 5.6 and 2): stylesheets https only, the domain an exact origin, links."""

import pytest

from chatkit.config.urls import (
    check_fallback_link,
    check_stylesheet_url,
    check_web_url,
    domain_origin,
    is_local,
    parse_url,
)
from chatkit.errors import Problem

STYLESHEET = "chat.stylesheet_url"
LOCAL_STYLESHEET = ("must use https:// (the chat refuses to start with any other, localhost too); "
                    "to preview a stylesheet on this computer: "
                    "chatkit serve chat.toml --stylesheet theme.css")
HOST_NAMES = "(ASCII letters, digits, - and .; punycode for other scripts)"


def error(message):
    return ("error", message)


def warning(message):
    return ("warning", message)


def found(problems):
    return [(p.severity, p.message) for p in problems]


@pytest.mark.parametrize(
    "url",
    [
        "https://cdn.example.com/chat.css",  # the usual
        "HTTPS://CDN.EXAMPLE.COM/CHAT.CSS",  # scheme and host in any case
        "https://cdn.example.com:8443/chat.css",  # a port
        "https://cdn.example.com:65535/chat.css",  # the highest port
        "https://cdn.example.com/chat.css?v=3#top",  # query and fragment
        "https://cdn.example.com",  # no path at all
        "https://xn--bcher-kva.example/chat.css",  # an international name in punycode
        "https://10.0.0.8/chat.css",  # an IP address
    ],
)
def test_check_stylesheet_url_accepts_https(url):
    assert check_stylesheet_url(url) == []


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost/chat.css",  # localhost
        "http://localhost:8000/chat.css",  # with a port
        "http://LOCALHOST:8000/chat.css",  # in any case
        "http://127.0.0.1:5000/chat.css",  # the loopback address
        "http://[::1]:8000/chat.css",  # the IPv6 loopback
    ],
)
def test_check_stylesheet_url_refuses_http_on_localhost_too_and_says_how_to_preview(url):
    # Production starts only when stylesheetURL starts with https: (facts, point 1).
    assert check_stylesheet_url(url) == [Problem(STYLESHEET, url, "the stylesheet URL "
                                                 + LOCAL_STYLESHEET)]


@pytest.mark.parametrize(
    "url, message",
    [
        ("http://cdn.example.com/chat.css", LOCAL_STYLESHEET),  # http elsewhere
        ("HTTP://cdn.example.com/chat.css", LOCAL_STYLESHEET),  # in any case
        ("javascript:alert(1)", "must not be a javascript: URL (https:// only)"),  # script
        (" JavaScript:alert(1)", "must not be a javascript: URL (https:// only)"),  # disguised
        ("data:text/css,body{}", "must not be a data: URL (https:// only)"),  # inline data
        ("DATA:text/css;base64,Ym9keXt9", "must not be a data: URL (https:// only)"),  # any case
        ("chat.css", "must be an absolute https:// URL, not 'chat.css'"),  # relative
        ("/css/chat.css", "must be an absolute https:// URL, not '/css/chat.css'"),  # root-relative
        ("//cdn.example.com/chat.css",
         "must be an absolute https:// URL, not '//cdn.example.com/chat.css'"),  # no scheme
        ("https:cdn.example.com/chat.css",
         "must be an absolute https:// URL, not 'https:cdn.example.com/chat.css'"),  # no //
        ("ftp://cdn.example.com/chat.css",
         "must be an absolute https:// URL, not 'ftp://cdn.example.com/chat.css'"),  # ftp
        ("file:///home/me/chat.css",
         "must be an absolute https:// URL, not 'file:///home/me/chat.css'"),  # a local file
        ("", "must be an absolute https:// URL, not ''"),  # empty
        ("https://cdn example.com/chat.css",
         "must not contain spaces: 'https://cdn example.com/chat.css'"),  # a space in the host
        ("https://cdn.example.com/my chat.css",
         "must not contain spaces: 'https://cdn.example.com/my chat.css'"),  # in the path
        (" https://cdn.example.com/chat.css",
         "must not contain spaces: ' https://cdn.example.com/chat.css'"),  # pasted with a space
        ("https://cdn.example.com/chat.css\n", "must not contain U+000A LINE FEED (characters "
         "you cannot see: type the URL again)"),  # or a newline
        ("https://cdn.example.com/\x00.css", "must not contain U+0000 NULL (characters you "
         "cannot see: type the URL again)"),  # a NUL
        ("https://cdn.example.com/chat\u200b.css", "must not contain U+200B ZERO WIDTH SPACE "
         "(characters you cannot see: type the URL again)"),  # pasted from a chat message
        ("https:///chat.css", "has no valid host name %s: 'https:///chat.css'" % HOST_NAMES),
        ("https://", "has no valid host name %s: 'https://'" % HOST_NAMES),  # nothing at all
        ("https://cdn..example.com/", "has no valid host name %s: 'https://cdn..example.com/'"
         % HOST_NAMES),  # an empty label
        ("https://cdn_example.com/", "has no valid host name %s: 'https://cdn_example.com/'"
         % HOST_NAMES),  # an underscore
        ("https://bücher.example/", "has no valid host name %s: 'https://bücher.example/'"
         % HOST_NAMES),  # non-ASCII: write it in punycode
        ("https://[2001:db8::1]/", "has no valid host name %s: 'https://[2001:db8::1]/'"
         % HOST_NAMES),  # IPv6 other than the loopback
        ("https://cdn.example.com:99999/chat.css", "has an invalid port (a number up to 65535): "
         "'https://cdn.example.com:99999/chat.css'"),  # a port too high
        ("https://cdn.example.com:65536/", "has an invalid port (a number up to 65535): "
         "'https://cdn.example.com:65536/'"),  # one over
        ("https://cdn.example.com:http/", "has an invalid port (a number up to 65535): "
         "'https://cdn.example.com:http/'"),  # not a number
        ("https://cdn.example.com:-1/", "has an invalid port (a number up to 65535): "
         "'https://cdn.example.com:-1/'"),  # negative
        ("https://cdn.example.com:\u00b2/", "has an invalid port (a number up to 65535): "
         "'https://cdn.example.com:\u00b2/'"),  # a superscript digit is no port (int() fails)
        ("https://cdn.example.com:\u0661/", "has an invalid port (a number up to 65535): "
         "'https://cdn.example.com:\u0661/'"),  # nor an Arabic-Indic one (int() reads it)
        ("https://me@cdn.example.com/chat.css", "must not contain a user name or password "
         "(user@): 'https://me@cdn.example.com/chat.css'"),  # userinfo
        ("https://me:secret@cdn.example.com/", "must not contain a user name or password "
         "(user@): 'https://me:secret@cdn.example.com/'"),  # with a password
        ("https://cdn.example.com\\@evil.example/", "must not contain a user name or password "
         "(user@): 'https://cdn.example.com\\\\@evil.example/'"),  # a backslash before @: refused
    ],
)
def test_check_stylesheet_url_rejects(url, message):
    assert check_stylesheet_url(url) == [Problem(STYLESHEET, url, "the stylesheet URL " + message)]


@pytest.mark.parametrize("value, kind", [(5, "a number"), (None, "nothing (null)"),
                                         (True, "true/false"),
                                         (["https://cdn.example.com/chat.css"], "an array")])
def test_check_stylesheet_url_rejects_values_that_are_not_text(value, kind):
    assert check_stylesheet_url(value) == [
        Problem(STYLESHEET, value, "the stylesheet URL must be text, not " + kind)]


def test_check_web_url_names_the_key_and_the_thing():
    assert check_web_url("http://cdn.example.com/", "python.asset_base", "the asset base") == [
        Problem("python.asset_base", "http://cdn.example.com/",
                "the asset base must use https:// (http:// only for localhost)")]


ORIGIN_ONLY = ("the domain must be an origin like https://vcc-na7.8x8.com: no path, query or "
               "fragment (the page compares it with the chat's origin exactly)")
HTTP_DOMAIN = ("the domain must use https:// (http:// only for chatkit's emulator on 127.0.0.1 "
               "or localhost)")
EMULATOR = ("the domain uses http://: only chatkit's emulator answers there (chatkit serve, "
            "chatkit.testing), never 8x8")


def normalised(changes, origin):
    return warning("the domain is not written as the chat's exact origin (%s): chatkit uses %s"
                   % (changes, origin))


def typo(host):
    return warning("the domain's host %s is not an 8x8.com host: check it for a typo (the "
                   "Configuration Manager gives https://vcc-XXX.8x8.com)" % host)


@pytest.mark.parametrize(
    "domain, origin, problems",
    [
        # Production compares the chat iframe's origin with `domain` as strings (facts, 3).
        ("https://vcc-na7.8x8.com", "https://vcc-na7.8x8.com", []),  # the Configuration Manager's
        ("https://8x8.com", "https://8x8.com", []),  # 8x8.com itself
        ("https://vcc-na7.8x8.com:8443", "https://vcc-na7.8x8.com:8443", []),  # another port stays
        ("https://VCC-NA7.8x8.com", "https://vcc-na7.8x8.com",
         [normalised("upper-case letters", "https://vcc-na7.8x8.com")]),  # the example
        ("HTTPS://vcc-na7.8x8.com", "https://vcc-na7.8x8.com",
         [normalised("upper-case letters", "https://vcc-na7.8x8.com")]),  # the scheme too
        ("https://vcc-na7.8x8.com:443", "https://vcc-na7.8x8.com",
         [normalised("the default port :443", "https://vcc-na7.8x8.com")]),  # the other
        ("https://vcc-na7.8x8.com/", "https://vcc-na7.8x8.com",
         [normalised("a trailing slash", "https://vcc-na7.8x8.com")]),  # as browsers print URLs
        ("https://vcc-na7.8x8.com:", "https://vcc-na7.8x8.com",
         [normalised("an empty port", "https://vcc-na7.8x8.com")]),  # a colon and nothing
        ("https://vcc-na7.8x8.com:0443", "https://vcc-na7.8x8.com",
         [normalised("the default port :443", "https://vcc-na7.8x8.com")]),  # browsers read 443
        ("https://vcc-na7.8x8.com:08443", "https://vcc-na7.8x8.com:8443",
         [normalised("a port written with leading zeros", "https://vcc-na7.8x8.com:8443")]),
        ("https://Vcc-Na7.8X8.com:443/", "https://vcc-na7.8x8.com",
         [normalised("upper-case letters, the default port :443, a trailing slash",
                     "https://vcc-na7.8x8.com")]),  # all at once: one warning
        ("http://127.0.0.1:54321", "http://127.0.0.1:54321", [warning(EMULATOR)]),  # the test kit
        ("http://localhost:8000", "http://localhost:8000", [warning(EMULATOR)]),  # chatkit serve
        ("http://LOCALHOST:8000/", "http://localhost:8000",
         [normalised("upper-case letters, a trailing slash", "http://localhost:8000"),
          warning(EMULATOR)]),  # normalised there too
        ("http://localhost:80", "http://localhost",
         [normalised("the default port :80", "http://localhost"), warning(EMULATOR)]),  # http's
        ("https://vcc-na7.8x8.co", "https://vcc-na7.8x8.co", [typo("vcc-na7.8x8.co")]),  # a typo
        ("https://vcc-na7.8x8.com.evil.example", "https://vcc-na7.8x8.com.evil.example",
         [typo("vcc-na7.8x8.com.evil.example")]),  # 8x8.com is not the end of the host
        ("https://vcc-na7-8x8.com", "https://vcc-na7-8x8.com",
         [typo("vcc-na7-8x8.com")]),  # nor a suffix without the dot
        ("https://10.0.0.8", "https://10.0.0.8", [typo("10.0.0.8")]),  # an address
        ("http://vcc-na7.8x8.com", None, [error(HTTP_DOMAIN)]),  # http elsewhere
        ("http://127.0.0.2:8000", None, [error(HTTP_DOMAIN)]),  # another loopback address
        ("https://vcc-na7.8x8.com/CHAT", None, [error(ORIGIN_ONLY)]),  # a path
        ("https://vcc-na7.8x8.com//", None, [error(ORIGIN_ONLY)]),  # two slashes
        ("https://vcc-na7.8x8.com?x=1", None, [error(ORIGIN_ONLY)]),  # a query
        ("https://vcc-na7.8x8.com/?", None, [error(ORIGIN_ONLY)]),  # an empty one
        ("https://vcc-na7.8x8.com#chat", None, [error(ORIGIN_ONLY)]),  # a fragment
        ("http://localhost:8000/x", None, [error(ORIGIN_ONLY)]),  # a path on localhost too
        ("https://me:pw@vcc-na7.8x8.com", None, [error(
            "the domain must not contain a user name or password (user@): "
            "'https://me:pw@vcc-na7.8x8.com'")]),  # credentials
        ("vcc-na7.8x8.com", None, [error("the domain must be an absolute https:// URL, "
                                         "not 'vcc-na7.8x8.com'")]),  # no scheme
        ("javascript:alert(1)", None, [error("the domain must not be a javascript: URL "
                                             "(https:// only)")]),  # script
        ("https://vcc-na7\u200b.8x8.com", None, [error(
            "the domain must not contain U+200B ZERO WIDTH SPACE (characters you cannot see: "
            "type the URL again)")]),  # pasted from a chat message
        (443, None, [error("the domain must be text, not a number")]),  # not text
    ],
)
def test_domain_origin_is_the_exact_origin_or_refused(domain, origin, problems):
    assert domain_origin(domain)[0] == origin
    assert found(domain_origin(domain)[1]) == problems
    assert all(p.key == "chat.domain" and p.value == domain for p in domain_origin(domain)[1])


@pytest.mark.parametrize(
    "link",
    [
        "https://example.com/contact",  # a web page
        "mailto:support@example.com",  # an email address
        "mailto:support@example.com?subject=Chat%20down",  # with a subject
        "MAILTO:support@example.com",  # any case
        "tel:+1-555-0100",  # a phone number
        "tel:+441632960961",  # without separators
    ],
)
def test_check_fallback_link_accepts_https_mailto_and_tel(link):
    assert check_fallback_link(link) == []


@pytest.mark.parametrize(
    "link, message",
    [
        ("http://example.com/contact",
         "the fallback link must start with https:, mailto: or tel:"),  # http
        ("javascript:alert(1)", "the fallback link must start with https:, mailto: or tel:"),
        ("data:text/html,hi", "the fallback link must start with https:, mailto: or tel:"),
        ("support@example.com", "the fallback link must start with https:, mailto: or tel:"),
        ("/contact", "the fallback link must start with https:, mailto: or tel:"),  # relative
        (" mailto:support@example.com",
         "the fallback link must start with https:, mailto: or tel:"),  # leading space
        ("sms:+15550100", "the fallback link must start with https:, mailto: or tel:"),  # sms
        ("", "the fallback link must start with https:, mailto: or tel:"),  # empty
        ("mailto:", "the fallback link needs an address after mailto:"),  # no address
        ("tel:", "the fallback link needs an address after tel:"),  # no number
        ("mailto:support @example.com",
         "the fallback link must not contain spaces: 'mailto:support @example.com'"),
        ("tel:+1 555 0100", "the fallback link must not contain spaces: 'tel:+1 555 0100'"),
        ("https://", "the fallback link has no valid host name %s: 'https://'" % HOST_NAMES),
        ("https:example.com", "the fallback link must be an absolute https:// URL, "
         "not 'https:example.com'"),  # no //
        ("https://example .com/", "the fallback link must not contain spaces: "
         "'https://example .com/'"),  # a space in an https link
        ("https://me@example.com/", "the fallback link must not contain a user name or "
         "password (user@): 'https://me@example.com/'"),  # userinfo
    ],
)
def test_check_fallback_link_rejects(link, message):
    assert check_fallback_link(link) == [Problem("fallback.link", link, message)]


def test_check_fallback_link_rejects_values_that_are_not_text():
    assert check_fallback_link(5) == [
        Problem("fallback.link", 5, "the fallback link must be text, not a number")]


@pytest.mark.parametrize(
    "url, parts",
    [
        ("https://cdn.example.com/a.css", ("https", "cdn.example.com", "", "/a.css")),
        ("HTTP://LocalHost:8000", ("http", "localhost", "8000", "")),  # lowered; no rest
        ("https://x.example?q=1", ("https", "x.example", "", "?q=1")),  # query right after host
        ("https://x.example#f", ("https", "x.example", "", "#f")),  # fragment right after host
        ("http://[::1]:8000/", ("http", "[::1]", "8000", "/")),  # the IPv6 loopback
        ("https://x.example:/", ("https", "x.example", "", "/")),  # an empty port is the default
    ],
)
def test_parse_url_splits_scheme_host_port_and_rest(url, parts):
    parsed = parse_url(url)
    assert (parsed.scheme, parsed.host, parsed.port, parsed.rest) == parts


@pytest.mark.parametrize("url", ["", "cdn.example.com", "https://", "https://a@b.example/",
                                 "https://b.example:99999/", "https://b example/"])
def test_parse_url_returns_none_for_what_is_not_an_absolute_http_url(url):
    assert parse_url(url) is None


@pytest.mark.parametrize(
    "url, local",
    [
        ("http://localhost/", True),
        ("http://127.0.0.1:1/", True),
        ("http://[::1]/", True),
        ("http://localhost.example/", False),  # a real host whose name starts so
        ("http://127.0.0.10/", False),  # only 127.0.0.1 itself
    ],
)
def test_is_local_is_localhost_or_a_loopback_address(url, local):
    assert is_local(parse_url(url)) is local
