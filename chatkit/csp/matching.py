"""CSP Level 3's matching rules: does a policy allow a request, an inline element, eval?

Section numbers are those of CSP Level 3 (W3C Working Draft); each function follows
the algorithm it names.  No Python library implements them (the packages on PyPI build
or parse policies, none matches a request against one), hence this module.

One deliberate difference from the text: the draft's "Does host-part match host?"
(6.7.2.8) never matches a host that is an IP address, while Chromium and Firefox
match an IP literal exactly (`http://127.0.0.1:8000` allows that origin); chatkit
follows the browsers, since they are what a page meets.

    >>> from chatkit.csp.policy import parse_serialized
    >>> policy = parse_serialized("default-src 'none'; script-src 'self' https://*.8x8.com")
    >>> allows_request(policy, Request("script-src-elem", "https://vcc-eu11.8x8.com/x.js"),
    ...                "https://www.example.com")
    True
"""

import base64
import hashlib
import re
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

from chatkit.csp.policy import Policy

__all__ = ["DEFAULT_PORTS", "FALLBACK", "HASH_ALGORITHMS", "InlineElement", "Request",
           "SCRIPT_DIRECTIVES", "allows_eval", "allows_inline", "allows_request", "governing",
           "hash_source", "is_nonceable", "url_matches_list"]

# 6.8.3 "Get the fallback list": the directives consulted for an effective directive, in
# order; the first the policy has is the one that applies (6.8.4).
FALLBACK = {
    "script-src-elem": ("script-src-elem", "script-src", "default-src"),
    "script-src-attr": ("script-src-attr", "script-src", "default-src"),
    "style-src-elem": ("style-src-elem", "style-src", "default-src"),
    "style-src-attr": ("style-src-attr", "style-src", "default-src"),
    "worker-src": ("worker-src", "child-src", "script-src", "default-src"),
    "connect-src": ("connect-src", "default-src"),
    "manifest-src": ("manifest-src", "default-src"),
    "object-src": ("object-src", "default-src"),
    "frame-src": ("frame-src", "child-src", "default-src"),
    "media-src": ("media-src", "default-src"),
    "font-src": ("font-src", "default-src"),
    "img-src": ("img-src", "default-src"),
}
SCRIPT_DIRECTIVES = ("script-src-elem", "script-src-attr")
DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443, "ftp": 21}
HASH_ALGORITHMS = {"sha256": hashlib.sha256, "sha384": hashlib.sha384,
                   "sha512": hashlib.sha512}

_SCHEME = r"[A-Za-z][A-Za-z0-9+\-.]*"
_SCHEME_SOURCE = re.compile(r"^(%s):$" % _SCHEME)
_HOST_SOURCE = re.compile(
    r"^(?:(%s)://)?(\*|(?:\*\.)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.?)(?::(\d+|\*))?(/[^;,\s]*)?$"
    % _SCHEME)
_BASE64 = r"[A-Za-z0-9+/\-_]+={0,2}"
_NONCE_SOURCE = re.compile(r"^'nonce-(%s)'$" % _BASE64, re.IGNORECASE)
_HASH_SOURCE = re.compile(r"^'(sha256|sha384|sha512)-(%s)'$" % _BASE64, re.IGNORECASE)
_IPV4 = re.compile(r"^\d+\.\d+\.\d+\.\d+$")


@dataclass(frozen=True)
class Request:
    """A fetch as CSP sees it: its effective directive (6.8.1), URL, the nonce and
    integrity metadata of the element that made it, and whether the HTML parser
    inserted that element (6.7.1.1, for 'strict-dynamic')."""

    directive: str
    url: str
    nonce: str | None = None
    integrity: tuple[str, ...] = ()
    parser_inserted: bool = False


@dataclass(frozen=True)
class InlineElement:
    """An inline `<script>` or `<style>` (type "script" or "style"), its text and nonce,
    and whether it is nonceable (6.7.3.1: a script whose attributes hold "<script" or
    "<style" is not)."""

    type: str
    text: str
    nonce: str | None = None
    nonceable: bool = True

    @property
    def directive(self) -> str:
        return self.type + "-src-elem"


def governing(policy: Policy, directive: str) -> tuple[str, tuple[str, ...]] | None:
    """(name, value) of the policy's directive that applies to effective `directive`."""
    for name in FALLBACK.get(directive, (directive,)):
        if name in policy.directives:
            return name, policy.directives[name]
    return None


def _keyword(expression, keyword):
    return expression.lower() == keyword


def _has(sources, keyword):
    return any(_keyword(expression, keyword) for expression in sources)


def allows_request(policy: Policy, request: Request, self_origin: str | None) -> bool:
    """6.7.1.1 (script-src-elem's pre-request check) and every other fetch directive's."""
    found = governing(policy, request.directive)
    if found is None:
        return True
    sources = found[1]
    if request.directive in SCRIPT_DIRECTIVES:
        if request.nonce and _nonce_matches(sources, request.nonce):
            return True
        if request.integrity and _integrity_matches(sources, request.integrity):
            return True
        if _has(sources, "'strict-dynamic'"):
            return not request.parser_inserted
    return url_matches_list(request.url, sources, self_origin)


def _nonce_matches(sources, nonce):
    """6.7.2.3 "Does nonce match source list?"."""
    for expression in sources:
        found = _NONCE_SOURCE.match(expression)
        if found and found.group(1) == nonce:
            return True
    return False


def _integrity_matches(sources, integrity):
    """6.7.1.1 step 3: every hash of the request's integrity metadata is a hash-source."""
    listed = {_normal_hash(found.group(1), found.group(2))
              for found in map(_HASH_SOURCE.match, sources) if found}
    if not listed:
        return False
    hashes = [item.split("?", 1)[0] for item in integrity]
    return all(_normal_hash(*item.split("-", 1)) in listed for item in hashes if "-" in item)


def _normal_hash(algorithm, value):
    return algorithm.lower(), value.replace("-", "+").replace("_", "/")


def url_matches_list(url: str, sources: tuple[str, ...], self_origin: str | None) -> bool:
    """6.7.2.5 "Does url match source list in origin with redirect count?" (count 0)."""
    if not sources or (len(sources) == 1 and _keyword(sources[0], "'none'")):
        return False
    return any(_url_matches(url, expression, self_origin) for expression in sources)


def _url_matches(url, expression, self_origin):
    """6.7.2.6 "Does url match expression in origin with redirect count?"."""
    parts = _as_fetched(url)
    scheme = parts.scheme.lower()
    origin = urlsplit(self_origin) if self_origin else None
    if expression == "*":
        return scheme in ("http", "https") or (origin is not None and scheme == origin.scheme)
    scheme_only = _SCHEME_SOURCE.match(expression)
    if scheme_only:
        return _scheme_part_matches(scheme_only.group(1).lower(), scheme)
    host = _HOST_SOURCE.match(expression)
    if host:
        return _host_source_matches(host, parts, scheme, origin)
    if _keyword(expression, "'self'"):
        return origin is not None and _self_matches(origin, parts, scheme)
    return False


def _as_fetched(url):
    """The URL as the browser's URL parser leaves it: its path without dot segments
    (v1's loader is domain + "/." + /CHAT/..., fetched as /CHAT/...)."""
    parts = urlsplit(url)
    if "/." not in parts.path:
        return parts
    return parts._replace(path=urlsplit(urljoin(url, parts.path)).path)


def _host_source_matches(found, parts, scheme, origin):
    expression_scheme, host_part, port_part, path_part = found.groups()
    if expression_scheme is not None:
        if not _scheme_part_matches(expression_scheme.lower(), scheme):
            return False
    elif origin is None or not _scheme_part_matches(origin.scheme, scheme):
        return False
    if not parts.hostname or not _host_part_matches(host_part, parts.hostname):
        return False
    if not _port_part_matches(port_part, _port(parts), scheme):
        return False
    return not path_part or _path_part_matches(path_part, parts.path)


def _scheme_part_matches(a, b):
    """6.7.2.7: http also allows https; ws allows wss, http and https; wss allows https."""
    return (a == b or (a == "http" and b == "https")
            or (a == "ws" and b in ("wss", "http", "https")) or (a == "wss" and b == "https"))


def _host_part_matches(pattern, host):
    """6.7.2.8, except that an IP address matches itself (see the module's docstring)."""
    host = host.lower().rstrip(".")
    pattern = pattern.lower().rstrip(".")
    if pattern == "*":
        return True
    if pattern.startswith("*."):
        return not _IPV4.match(host) and host.endswith(pattern[1:])
    return pattern == host


def _port(parts):
    """The URL's port, None when it is its scheme's default (as the URL standard keeps it)."""
    try:
        port = parts.port
    except ValueError:
        return None
    return None if port == DEFAULT_PORTS.get(parts.scheme.lower()) else port


def _port_part_matches(port_part, port, scheme):
    """6.7.2.9: no port in the expression means the URL's scheme's default port."""
    if port_part == "*":
        return True
    expected = None if port_part is None else int(port_part)
    if expected == port:
        return True
    return port is None and expected == DEFAULT_PORTS.get(scheme)


def _path_part_matches(path_a, path_b):
    """6.7.2.10 "path-part matching"."""
    if not path_a or (path_a == "/" and not path_b):
        return True
    exact = not path_a.endswith("/")
    list_a, list_b = path_a.split("/"), path_b.split("/")
    if len(list_a) > len(list_b) or (exact and len(list_a) != len(list_b)):
        return False
    if not exact:
        list_a = list_a[:-1]
    return all(unquote(a) == unquote(b) for a, b in zip(list_a, list_b, strict=False))


def _self_matches(origin, parts, scheme):
    """6.7.2.6 step 4: 'self' is the page's origin, or its secure upgrade on its host."""
    origin_scheme = origin.scheme.lower()
    if (origin_scheme, origin.hostname, _port(origin)) == (scheme, parts.hostname, _port(parts)):
        return True
    if origin.hostname != parts.hostname:
        return False
    origin_port = _port(origin) or DEFAULT_PORTS.get(origin_scheme)
    url_port = _port(parts) or DEFAULT_PORTS.get(scheme)
    same_port = origin_port == url_port or (_port(origin) is None and _port(parts) is None)
    secure = scheme in ("https", "wss") or (origin_scheme == "http" and scheme in ("http", "ws"))
    return same_port and secure


def is_nonceable(attributes: dict[str, str]) -> bool:
    """6.7.3.1 "Is element nonceable?" for a script element's attributes."""
    if "nonce" not in attributes:
        return False
    for name, value in attributes.items():
        for text in (name.lower(), value.lower()):
            if "<script" in text or "<style" in text:
                return False
    return True


def hash_source(text: str, algorithm: str = "sha256") -> str:
    """The hash-source allowing an inline element whose text is `text` (UTF-8)."""
    digest = HASH_ALGORITHMS[algorithm](text.encode("utf-8")).digest()
    return "'%s-%s'" % (algorithm, base64.b64encode(digest).decode("ascii"))


def _allows_all_inline(sources, type_):
    """6.7.3.2 "Does a source list allow all inline behavior for type?"."""
    allow = False
    for expression in sources:
        if _NONCE_SOURCE.match(expression) or _HASH_SOURCE.match(expression):
            return False
        if type_ == "script" and _keyword(expression, "'strict-dynamic'"):
            return False
        if _keyword(expression, "'unsafe-inline'"):
            allow = True
    return allow


def allows_inline(policy: Policy, element: InlineElement) -> bool:
    """6.7.3.3 "Does element match source list for type and source?", under the directive
    that governs inline elements of its type."""
    found = governing(policy, element.directive)
    if found is None:
        return True
    sources = found[1]
    if _allows_all_inline(sources, element.type):
        return True
    if element.nonce and element.nonceable and _nonce_matches(sources, element.nonce):
        return True
    for expression in sources:
        found_hash = _HASH_SOURCE.match(expression)
        if found_hash:
            algorithm, value = _normal_hash(found_hash.group(1), found_hash.group(2))
            if hash_source(element.text, algorithm) == "'%s-%s'" % (algorithm, value):
                return True
    return False


def allows_eval(policy: Policy, wasm: bool = False) -> bool:
    """EnsureCSPDoesNotBlockStringCompilation (4.4) and its WebAssembly twin (4.5): only
    script-src, else default-src, is consulted; 'unsafe-eval' allows both,
    'wasm-unsafe-eval' only WebAssembly."""
    sources = policy.get("script-src")
    if sources is None:
        sources = policy.get("default-src")
    if sources is None:
        return True
    return _has(sources, "'unsafe-eval'") or (wasm and _has(sources, "'wasm-unsafe-eval'"))
