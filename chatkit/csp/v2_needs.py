"""The v2 widget's needs, as 8x8's CSP guide lists them (content-security-policy.md).

"The widget runs in an iframe srcdoc, so the embedding page's CSP applies" (line 4);
the hosts per directive are the guide's, in its wildcard form (lines 29-37) or its
exact form (lines 93-106).  Each line of the guide used here is cited in `why`.
"""

import re

from chatkit.csp.matching import InlineElement, Request
from chatkit.csp.needs import (
    CHALET_WILDCARD,
    GUIDE,
    REGIONS,
    WILDCARD,
    Need,
    _join,
    _no_chat,
    is_8x8_host,
    loader_request,
    origin_of,
)
from chatkit.emulator import serving
from chatkit.versions import v2

__all__ = ["EFFECTS", "EMULATED", "RUNTIME_STYLES", "WHAT", "needs", "url_scheme"]

_VCC = re.compile(r"^https://vcc-([a-z0-9]+?)(?:-cf)?\.8x8\.com$")
# "the bare host is also used as a live fallback when discovery is unavailable — so list
# both forms" (documented, line 84-86)
_BOTH = "%s, line 84-86: list both forms of vcc-<cluster> and cloud8-<site>" % GUIDE
_FIXED = "%s, line 87-88: cloud8-cc-geo (discovery) and cloud8 (asset registry) are fixed" % GUIDE
# The styles: "injects a <style> tag into the document at runtime ... a strict style-src
# without 'unsafe-inline' blocks it and the widget renders unstyled. Nonce-based CSS
# (style-src 'nonce-…') is not supported" (documented, line 47-52); no hash can match
# styles made at run time, so this text stands for them.
RUNTIME_STYLES = "/* the widget's styles, injected at run time */"
EFFECTS = {
    "script-src-elem": "the widget stays blank (its scripts are external files, %s line 15)",
    "connect-src": "the widget cannot reach 8x8's servers: no chat",
    "frame-src": "what the widget frames does not show (%s lists frame-src, line 32; it "
                 "does not say what for)",
    "img-src": "the widget's images and files do not show",
    "media-src": "the widget plays no sound",
    "font-src": "the widget shows the browser's fonts",
}
WHAT = {
    "script-src-elem": "the v2 widget's scripts from %s",
    "connect-src": "the v2 widget's connections to %s",
    "frame-src": "the v2 widget's frames from %s",
    "img-src": "the v2 widget's images from %s",
    "media-src": "the v2 widget's sounds from %s",
    "font-src": "the v2 widget's fonts from %s",
}
# What the emulator loads from the chat's domain for each directive (chatkit.emulator
# .serving); the guide's other hosts are checked at their root.
EMULATED = {
    "script-src-elem": serving.V2_WINDOW_SCRIPT_PATH,
    "connect-src": serving.SERVER_PATH,
    "img-src": serving.V2_LOGO_PATH,
    "media-src": serving.SOUND_PATH,
}


def needs(config, options):
    """The snippet's discovery request and chatv3.js, then the widget's own needs."""
    chat = config.chat
    domain = chat.domain
    discovery = chat.discovery_url or v2.DEFAULT_DISCOVERY_URL
    found = [
        Need((loader_request(config, options, domain + v2.LOADER_PATH),), _sources(domain, options),
             "chatv3.js from %s" % domain, _no_chat(config, "the v2 chat does not load"),
             "webchat-script.md: the snippet loads config.domain + /CHAT/common/js/chatv3.js "
             "(%s, line 30 and 94)" % GUIDE),
        Need((Request("connect-src", discovery),), _sources(discovery, options),
             "the discovery request to %s" % origin_of(discovery),
             "the snippet keeps the configured domain (8x8's snippet: \"Failed to retrieve "
             "override domain\"), so a tenant moved to another domain gets no chat",
             "webchat-script.md: the snippet fetches the discovery URL (%s, line 31 and 98)"
             % GUIDE),
        Need((InlineElement("style", RUNTIME_STYLES),), ("'unsafe-inline'",),
             "the v2 widget's styles (<style> elements injected at run time)",
             "the v2 widget renders unstyled (%s)" % GUIDE,
             "%s, line 35 and 47-52: 'unsafe-inline' is required; a style nonce is not "
             "supported" % GUIDE, directive="style-src"),
    ]
    for directive, urls, source, shown, why in _hosts(domain, options):
        found.append(_host_need(directive, urls, source, shown, why))
    return found


def _sources(url, options):
    if is_8x8_host(url) and not options.exact_hosts:
        return (WILDCARD,)
    return (origin_of(url),)


def _host_need(directive, urls, source, shown, why):
    if isinstance(urls, str):
        urls = (urls,)
    scheme = url_scheme(urls[0])
    if scheme in ("data", "blob"):
        kind = "images" if directive == "img-src" else "media"
        what = "%s: %s in the v2 widget" % (scheme, kind)
    else:
        what = WHAT[directive] % shown
    effect = EFFECTS[directive] % ((GUIDE,) if "%s" in EFFECTS[directive] else ())
    # The widget's scripts are in its srcdoc's markup: the HTML parser inserts them, without
    # a nonce (*assumed*: the guide allows them by host only).
    parser_inserted = directive == "script-src-elem"
    return Need(tuple(Request(directive, url, parser_inserted=parser_inserted) for url in urls),
                (source,), what, effect, why)


def _hosts(domain, options):
    """(effective directive, URL or URLs (any one allowed will do), the source written,
    the host as shown, why) of each host."""
    if not is_8x8_host(domain):
        return _standing_in(domain)
    cluster = _VCC.match(domain)
    vcc = [domain] if cluster is None else [
        "https://vcc-%s.8x8.com" % cluster.group(1), "https://vcc-%s-cf.8x8.com" % cluster.group(1)]
    exact = options.exact_hosts
    found = []

    def add(directive, url, exact_source, why):
        wildcard = CHALET_WILDCARD if url_scheme(url) == "wss" else WILDCARD
        if url_scheme(url) in ("data", "blob"):
            wildcard = exact_source
        found.append((directive, url, exact_source if exact else wildcard, exact_source, why))

    for directive, line in (("script-src-elem", 94), ("connect-src", 96), ("frame-src", 101),
                            ("img-src", 102), ("media-src", 103)):
        for host in vcc:
            add(directive, _join(host, EMULATED.get(directive, "/")), host,
                "%s, line %d: the chat's own host, vcc-<cluster>; %s" % (GUIDE, line, _BOTH))
    for host in ("https://cloud8.8x8.com", "https://vcc-assets.8x8.com"):
        add("script-src-elem", host + "/", host, "%s, line 95" % GUIDE)
    for host in _site_hosts(options):
        add("connect-src", host[0], host[1], "%s, line 97: cloud8-<site>; %s" % (GUIDE, _BOTH))
    # cloud8-cc-geo, the discovery service, is the snippet's discovery request above.
    for host in ("https://cloud8.8x8.com", "https://vcc-assets.8x8.com"):
        add("connect-src", host + "/", host, "%s, line 98; %s" % (GUIDE, _FIXED))
    add("connect-src", "https://api.global.chalet.8x8.com/", "https://api.global.chalet.8x8.com",
        "%s, line 99" % GUIDE)
    for scheme in ("https", "wss"):
        add("connect-src", _regional(options, scheme + "://api.%s.chalet.8x8.com/"),
            _region_source(options, scheme + "://api.%s.chalet.8x8.com"),
            "%s, line 100: api.<region>.chalet over https and wss" % GUIDE)
    add("img-src", "data:image/png;base64,AA==", "data:", "%s, line 33 and 102" % GUIDE)
    add("img-src", "blob:https://www.example.com/0", "blob:", "%s, line 33 and 102" % GUIDE)
    add("img-src", _regional(options, "https://files.%s.chalet.8x8.com/"),
        _region_source(options, "https://files.%s.chalet.8x8.com"),
        "%s, line 102: files.<region>.chalet" % GUIDE)
    add("media-src", "blob:https://www.example.com/0", "blob:", "%s, line 34 and 103" % GUIDE)
    add("font-src", "https://vcc-assets.8x8.com/", "https://vcc-assets.8x8.com",
        "%s, line 36 and 105" % GUIDE)
    return found


def url_scheme(url):
    """The scheme of a URL, or of the first of several."""
    if not isinstance(url, str):
        url = url[0]
    return url.split(":", 1)[0].lower()


def _regional(options, template):
    regions = (options.region,) if options.region else REGIONS
    return tuple(template % region for region in regions)


def _region_source(options, template):
    return template % (options.region or "<region>")


def _site_hosts(options):
    """(URLs, source) of cloud8-<site> and its -cf form; without a site, any site the
    checked policy names (or the guide's placeholder)."""
    sites = (options.site,) if options.site else options.known_sites or ("<site>",)
    found = []
    for suffix in ("", "-cf"):
        urls = tuple("https://cloud8-%s%s.8x8.com/" % (site, suffix) for site in sites)
        source = "https://cloud8-%s%s.8x8.com" % (options.site or "<site>", suffix)
        found.append((urls, source))
    return found


def _standing_in(domain):
    """A domain outside 8x8 (chatkit's emulator, a proxy) stands for all of 8x8's hosts:
    what the emulator loads, from the domain (chatkit.emulator.serving)."""
    why = ("%s lists 8x8's hosts for %s; here the chat's domain stands for them (the "
           "emulator loads it from there)")
    found = []
    for directive in ("script-src-elem", "connect-src", "frame-src", "img-src", "media-src",
                      "font-src"):
        url = _join(domain, EMULATED.get(directive, "/"))
        found.append((directive, url, origin_of(domain), origin_of(domain),
                      why % (GUIDE, directive)))
    found.insert(4, ("img-src", "data:image/png;base64,AA==", "data:", "data:",
                     "%s, line 33" % GUIDE))
    found.insert(5, ("img-src", "blob:%s/0" % domain, "blob:", "blob:", "%s, line 33" % GUIDE))
    found.insert(7, ("media-src", "blob:%s/0" % domain, "blob:", "blob:", "%s, line 34" % GUIDE))
    return found
