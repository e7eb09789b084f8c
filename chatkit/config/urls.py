"""URL rules for the chat's `domain`, `stylesheetURL`, chatkit's asset base and fallback link.

- Stylesheet (SPEC 5.4): `https://` only, always.  Production refuses to start
  at all unless `stylesheetURL` starts with `https:` (facts, point 1), so an
  http URL, even on localhost, would stop the whole chat.
- Domain (SPEC 5.6): the page accepts the chat's messages only when their origin
  equals `domain` as a string (facts, point 3), so `domain_origin` gives the exact
  origin, normalising what is safe with a warning that shows it.
- Asset base: https, http on localhost with a warning (chatkit's own files).

`javascript:`, `data:`, relative and malformed URLs are errors.  `urllib.parse` splits
the URL; on top of it chatkit is stricter than a browser where a marketer's paste goes
wrong: no spaces, no user name, ASCII host names only (punycode for other scripts),
ports of ASCII digits.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from chatkit._wording import describe_hidden, hidden_characters, must_be
from chatkit.errors import Problem

__all__ = ["CHAT_DOMAIN", "LOCAL_HOSTS", "ParsedURL", "check_fallback_link",
           "check_stylesheet_url", "check_web_url", "domain_origin", "is_local", "parse_url"]

LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")
CHAT_DOMAIN = "8x8.com"
_DEFAULT_PORTS = {"https": 443, "http": 80}
_LOCAL_STYLESHEET_HINT = "chatkit serve chat.toml --stylesheet theme.css"
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_FALLBACK_SCHEMES = ("https:", "mailto:", "tel:")
_ASCII_DIGITS = frozenset("0123456789")


@dataclass(frozen=True)
class ParsedURL:
    """An absolute http(s) URL, split: `host` lower-case (`[::1]` bracketed), `port` as
    written ("" when none), `rest` the path, query and fragment as written."""

    scheme: str
    host: str
    port: str
    rest: str
    authority: str = ""  # as written

    @property
    def port_number(self) -> int | None:
        """The port as browsers read it (`:0443` is 443), or None when none is written."""
        return int(self.port) if self.port else None


def parse_url(url: str) -> ParsedURL | None:
    """Split an absolute http(s) URL, or return None when it is not one.

    >>> parse_url("HTTPS://CDN.example.com:8443/a.css").host
    'cdn.example.com'
    """
    return _parse(url)[0]


def _parse(url):
    """(ParsedURL, None), or (None, what is wrong with the URL) for the message."""
    if any(c.isspace() for c in url):
        return None, "must not contain spaces: %r" % (url,)
    scheme = url.partition(":")[0]
    if scheme.lower() not in ("http", "https") or not url[len(scheme):].startswith("://"):
        return None, "must be an absolute https:// URL, not %r" % (url,)
    try:
        split = urlsplit(url)
    except ValueError:  # an unclosed [ of an IPv6 address
        split = None
    authority = split.netloc if split else ""
    if "@" in authority:
        return None, "must not contain a user name or password (user@): %r" % (url,)
    host, port = _host_and_port(authority.lower())
    if port is None:
        return None, "has an invalid port (a number up to 65535): %r" % (url,)
    if split is None or not _valid_host(host):
        return None, ("has no valid host name (ASCII letters, digits, - and .; "
                      "punycode for other scripts): %r" % (url,))
    rest = url[len(scheme) + 3 + len(authority):]
    return ParsedURL(scheme.lower(), host, port, rest, authority), None


def _host_and_port(authority):
    """(host, port text); port None when it is not a number up to 65535."""
    if authority.startswith("["):
        end = authority.find("]") + 1 or len(authority)
        host, tail = authority[:end], authority[end:]
    else:
        host, colon, port = authority.partition(":")
        tail = colon + port
    port = tail[1:]
    # isdigit() is true of "²" and "١": only ASCII digits make a port.
    if tail and not (tail.startswith(":") and set(port) <= _ASCII_DIGITS
                     and int(port or "0") < 65536):
        return host, None
    return host, port


def _valid_host(host):
    if host == "[::1]":
        return True
    return bool(host) and all(host.split(".")) and set(host) <= _HOST_CHARS


def is_local(parsed: ParsedURL) -> bool:
    return parsed.host in LOCAL_HOSTS


def _absolute_url(url, key, what):
    """(ParsedURL, []) for an absolute http(s) URL, else (None, [the error])."""
    if not isinstance(url, str):
        return None, [Problem(key, url, "%s %s" % (what, must_be("text", url)))]
    hidden = hidden_characters(url)
    if hidden:
        return None, [Problem(key, url, "%s must not contain %s (characters you cannot see: "
                              "type the URL again)" % (what, describe_hidden(hidden)))]
    lowered = url.lower()
    for scheme in ("javascript:", "data:"):
        if lowered.lstrip().startswith(scheme):
            return None, [Problem(key, url, "%s must not be a %s URL (https:// only)"
                                  % (what, scheme))]
    parsed, wrong = _parse(url)
    if parsed is None:
        return None, [Problem(key, url, "%s %s" % (what, wrong))]
    return parsed, []


def check_web_url(url: object, key: str, what: str) -> list[Problem]:
    """Problems of a URL that must be https (http on localhost, with a warning)."""
    parsed, problems = _absolute_url(url, key, what)
    if parsed is None or parsed.scheme == "https":
        return problems
    if not is_local(parsed):
        return [Problem(key, url, "%s must use https:// (http:// only for localhost)" % what)]
    return [Problem(key, url, "%s uses http://, fine for local testing only" % what, "warning")]


def check_stylesheet_url(url: object, key: str = "chat.stylesheet_url") -> list[Problem]:
    """SPEC 5.4: https only, always; the chat loads `stylesheetURL` into its window."""
    parsed, problems = _absolute_url(url, key, "the stylesheet URL")
    if parsed is None or parsed.scheme == "https":
        return problems
    return [Problem(key, url, "the stylesheet URL must use https:// (the chat refuses to start "
                    "with any other, localhost too); to preview a stylesheet on this computer: "
                    + _LOCAL_STYLESHEET_HINT)]


def domain_origin(domain: object, key: str = "chat.domain") -> tuple[str | None, list[Problem]]:
    """(the exact origin to use, problems) for the chat's `domain` (SPEC 5.6).

    >>> domain_origin("https://VCC-NA7.8x8.com:443/")[0]
    'https://vcc-na7.8x8.com'
    """
    parsed, problems = _absolute_url(domain, key, "the domain")
    if parsed is None:
        return None, problems
    if parsed.rest not in ("", "/"):
        return None, [Problem(key, domain, "the domain must be an origin like "
                              "https://vcc-na7.8x8.com: no path, query or fragment (the page "
                              "compares it with the chat's origin exactly)")]
    if parsed.scheme == "http" and not is_local(parsed):
        return None, [Problem(key, domain, "the domain must use https:// (http:// only for "
                              "chatkit's emulator on 127.0.0.1 or localhost)")]
    origin = _origin(parsed)
    return origin, _normalised(domain, parsed, origin, key) + _host_warnings(domain, parsed, key)


def _origin(parsed):
    number = parsed.port_number
    default = number in (None, _DEFAULT_PORTS[parsed.scheme])
    return parsed.scheme + "://" + parsed.host + ("" if default else ":%d" % number)


def _normalised(domain, parsed, origin, key):
    """The warning that shows the exact origin used, when it is not what was written."""
    if origin == domain:
        return []
    changes = []
    if domain != domain.lower():
        changes.append("upper-case letters")
    number = parsed.port_number
    if number == _DEFAULT_PORTS[parsed.scheme]:
        changes.append("the default port :%d" % number)
    elif number is not None and parsed.port != str(number):
        changes.append("a port written with leading zeros")
    elif parsed.authority.endswith(":"):
        changes.append("an empty port")
    if parsed.rest == "/":
        changes.append("a trailing slash")
    return [Problem(key, domain, "the domain is not written as the chat's exact origin (%s): "
                    "chatkit uses %s" % (", ".join(changes), origin), "warning")]


def _host_warnings(domain, parsed, key):
    if is_local(parsed):
        if parsed.scheme == "https":
            return []
        return [Problem(key, domain, "the domain uses http://: only chatkit's emulator answers "
                        "there (chatkit serve, chatkit.testing), never 8x8", "warning")]
    if parsed.host == CHAT_DOMAIN or parsed.host.endswith("." + CHAT_DOMAIN):
        return []
    return [Problem(key, domain, "the domain's host %s is not an 8x8.com host: check it for a "
                    "typo (the Configuration Manager gives https://vcc-XXX.8x8.com)"
                    % parsed.host, "warning")]


def check_fallback_link(link: object, key: str = "fallback.link") -> list[Problem]:
    """A fallback contact link: https:, mailto: or tel: only."""
    if not isinstance(link, str):
        return [Problem(key, link, "the fallback link " + must_be("text", link))]
    hidden = hidden_characters(link)
    if hidden:
        return [Problem(key, link, "the fallback link must not contain %s (characters you "
                        "cannot see: type it again)" % describe_hidden(hidden))]
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
