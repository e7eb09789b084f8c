"""URL rules for the chat's `domain`, `stylesheetURL`, chatkit's asset base and fallback link.

SPEC 5.4: https only; http only for localhost and 127.0.0.1 (with a warning);
`javascript:`, `data:`, relative and malformed URLs are errors.  Pure Python
(no urllib in the browser), so the parser is deliberately small and strict.
"""

from chatkit.errors import Problem

LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")
_HOST_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789.-"
_FALLBACK_SCHEMES = ("https:", "mailto:", "tel:")


class ParsedURL:
    __slots__ = ("scheme", "host", "port", "rest")

    def __init__(self, scheme, host, port, rest):
        self.scheme, self.host, self.port, self.rest = scheme, host, port, rest


def parse_url(url):
    """Split an absolute http(s) URL, or return None when it is not one."""
    return _parse(url)[0]


def _parse(url):
    """(ParsedURL, None), or (None, what is wrong with the URL) for the message."""
    if any(c.isspace() for c in url):
        return None, "must not contain spaces: %r" % (url,)
    scheme, sep, remainder = url.partition("://")
    if not sep or scheme.lower() not in ("http", "https"):
        return None, "must be an absolute https:// URL, not %r" % (url,)
    cut = min([i for i in (remainder.find(c) for c in "/?#") if i != -1] or [len(remainder)])
    authority, rest = remainder[:cut], remainder[cut:]
    if "@" in authority:
        return None, "must not contain a user name or password (user@): %r" % (url,)
    host, port = _split_port(authority.lower())
    if port is None:
        return None, "has an invalid port (a number up to 65535): %r" % (url,)
    if not _valid_host(host):
        return None, ("has no valid host name (ASCII letters, digits, - and .; "
                      "punycode for other scripts): %r" % (url,))
    return ParsedURL(scheme.lower(), host, port, rest), None


def _split_port(authority):
    """(host, port text); port None when it is not a number up to 65535."""
    if authority.startswith("["):
        end = authority.find("]") + 1 or len(authority)
        host, tail = authority[:end], authority[end:]
    else:
        host, _, tail = authority.partition(":")
        tail = ":" + tail if tail else ""
    port = tail[1:]
    # isdigit() is true of "²" and "١": only ASCII digits make a port.
    if tail and not (tail.startswith(":") and _ascii_digits(port) and int(port or "0") < 65536):
        return host, None
    return host, port


def _ascii_digits(text):
    return all(c in "0123456789" for c in text)


def _valid_host(host):
    if host == "[::1]":
        return True
    labels = host.split(".")
    return bool(host) and all(labels) and all(c in _HOST_CHARS for c in host)


def is_local(parsed):
    return parsed.host in LOCAL_HOSTS


def check_web_url(url, key, what):
    """Problems of a URL that must be https (http on localhost, with a warning)."""
    if not isinstance(url, str):
        return [Problem(key, url, "%s must be text" % what)]
    lowered = url.strip().lower()
    for scheme in ("javascript:", "data:"):
        if lowered.startswith(scheme):
            return [Problem(key, url, "%s must not be a %s URL (https:// only)" % (what, scheme))]
    parsed, wrong = _parse(url)
    if parsed is None:
        return [Problem(key, url, "%s %s" % (what, wrong))]
    if parsed.scheme == "http":
        if not is_local(parsed):
            return [Problem(key, url, "%s must use https:// (http:// only for localhost)" % what)]
        return [Problem(key, url, "%s uses http://, fine for local testing only" % what,
                        "warning")]
    return []


def check_stylesheet_url(url, key="chat.stylesheet_url"):
    """SPEC 5.4; the chat loads `stylesheetURL` into its window."""
    return check_web_url(url, key, "the stylesheet URL")


def check_domain(domain, key="chat.domain"):
    """The chat's domain is an origin: scheme, host and port, no path."""
    problems = check_web_url(domain, key, "the domain")
    if any(p.is_error for p in problems):
        return problems
    if parse_url(domain).rest not in ("", "/"):
        return [Problem(key, domain, "the domain must be an origin like "
                        "https://vcc-na7.8x8.com (no path, query or fragment)")]
    return problems


def check_fallback_link(link, key="fallback.link"):
    """A fallback contact link: https:, mailto: or tel: only."""
    if not isinstance(link, str):
        return [Problem(key, link, "the fallback link must be text")]
    scheme = link.partition(":")[0].lower() + ":"
    if scheme not in _FALLBACK_SCHEMES:
        return [Problem(key, link, "the fallback link must start with https:, mailto: or tel:")]
    if scheme == "https:":
        parsed, wrong = _parse(link)
        return [] if parsed else [Problem(key, link, "the fallback link %s" % wrong)]
    if any(c.isspace() for c in link):
        return [Problem(key, link, "the fallback link must not contain spaces: %r" % (link,))]
    if not link[len(scheme):]:
        return [Problem(key, link, "the fallback link needs an address after %s" % scheme)]
    return []
