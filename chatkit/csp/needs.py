"""What a config's snippet and chat ask of the page's Content-Security-Policy.

Each `Need` is one thing the browser checks (a request, an inline element, eval), the
directive a policy writes for it, the source expressions that allow it, and what the
visitor sees when it is blocked.  Where each comes from is said in `why`:
*documented* (8x8's CSP guide, `8x8-webchat-v2/content-security-policy.md`, with its
line), *fact* (production's v1 loader, `8x8-chat-js-facts.md`), chatkit's own snippet,
or *assumed* (with the reason).

v2 follows 8x8's guide.  Its hosts come in two forms: the wildcard one (line 29-37)
and the exact one (line 93-106), whose `vcc-<cluster>` is read from `[chat] domain`
while `<site>` and `<region>` cannot be (line 75-82): they are options, else printed as
the guide writes them, `<site>` and `<region>`, placeholders no browser accepts.  A
domain that is not an 8x8 host (chatkit's emulator, a proxy) stands for every 8x8 host
the widget contacts.  v1 has no guide: its loader, its window and its button come from
`domain` (facts).
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from chatkit.csp.inline import inline_scripts
from chatkit.csp.matching import InlineElement, Request, hash_source, is_nonceable
from chatkit.emulator import serving
from chatkit.errors import Problem, ValidationError
from chatkit.versions import adapter

__all__ = ["CHALET_WILDCARD", "Check", "Compilation", "GUIDE", "Need", "Options", "REGIONS",
           "WILDCARD", "check_options", "config_needs", "is_8x8_host", "loader_request", "notes",
           "origin_of", "printed_directive", "python_assets", "sites_named", "snippet_html"]

GUIDE = "8x8's CSP guide"
# "Available regions are uk / us-east / ap / ca" (documented, line 81)
REGIONS = ("uk", "us-east", "ap", "ca")
WILDCARD = "https://*.8x8.com"
CHALET_WILDCARD = "wss://*.chalet.8x8.com"
_VCC = re.compile(r"^vcc-([a-z0-9]+?)(-cf)?\.8x8\.com$")
_SITE = re.compile(r"cloud8-([a-z0-9]+?)(?:-cf)?\.8x8\.com")
# A policy writes script-src and style-src for their -elem checks.
_PRINTED = {"script-src-elem": "script-src", "style-src-elem": "style-src"}


@dataclass(frozen=True)
class Compilation:
    """`new Function` / `eval` (Brython), or WebAssembly compilation (MicroPython)."""

    wasm: bool = False
    directive: str = "script-src"


Check = Request | InlineElement | Compilation


@dataclass(frozen=True)
class Need:
    """One thing the page's policy must allow: `checks` (any one allowed will do: a
    region not given is any of the four), the directive and `sources` a policy writes
    for it, `what` is blocked and the `effect` the visitor sees, and `why` it is needed."""

    checks: tuple[Check, ...]
    sources: tuple[str, ...]
    what: str
    effect: str
    why: str
    directive: str = field(default="")

    def __post_init__(self):
        if not self.directive:
            object.__setattr__(self, "directive", printed_directive(self.checks[0].directive))


def printed_directive(effective: str) -> str:
    """The directive a policy writes for an effective directive (script-src-elem ->
    script-src)."""
    return _PRINTED.get(effective, effective)


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return "%s://%s" % (parts.scheme, parts.netloc)


def _host(url):
    return (urlsplit(url).hostname or "").lower()


def is_8x8_host(url: str) -> bool:
    host = _host(url)
    return urlsplit(url).scheme == "https" and (host == "8x8.com" or host.endswith(".8x8.com"))


@dataclass(frozen=True)
class Options:
    """How the policy is written: `nonce`, `exact_hosts`, `region` and `site` (the exact
    form's), `python_assets` (the snippet's, `chatkit.build.assets.python_assets`), and
    the sites a checked policy names (a check with no `site` accepts any of them)."""

    nonce: str | None = None
    exact_hosts: bool = False
    region: str | None = None
    site: str | None = None
    python_assets: dict | None = None
    known_sites: tuple[str, ...] = ()


def check_options(options: Options) -> None:
    problems = []
    if options.region is not None and options.region not in REGIONS:
        problems.append(Problem("--region", options.region, "the chalet region is one of %s "
                                "(%s, line 81)" % (", ".join(REGIONS), GUIDE)))
    if options.site is not None and not re.fullmatch(r"[a-z0-9]+", options.site):
        problems.append(Problem("--site", options.site, "the chat-processor site is the "
                                "<site> of cloud8-<site>.8x8.com, e.g. uk (%s, line 78)" % GUIDE))
    if problems:
        raise ValidationError(problems)


def _hosted(url, options, exact_source=None):
    """The source a policy writes for `url`: 8x8's wildcard, or the exact origin."""
    if is_8x8_host(url) and not options.exact_hosts:
        return WILDCARD
    return exact_source or origin_of(url)


def config_needs(config, options: Options) -> list[Need]:
    """Every Need of `config`'s snippet and chat, in the order a policy lists them."""
    check_options(options)
    found = _snippet_needs(config, options)
    if config.api == "v2":
        from chatkit.csp import v2_needs

        found += v2_needs.needs(config, options)
    else:
        found += _v1_needs(config, options)
    return found + _python_needs(config, options) + _server_needs(config)


def snippet_html(config, options: Options) -> str:
    """Exactly what `chatkit snippet` prints for `config` (with `options.nonce`)."""
    from chatkit.snippet import render_snippet

    return render_snippet(config, nonce=options.nonce, python_assets=python_assets(config, options))


def python_assets(config, options: Options):
    if config.python is None:
        return None
    if options.python_assets is not None:
        return options.python_assets
    from chatkit.build.assets import python_assets as build_python_assets

    return build_python_assets(config)


def _snippet_needs(config, options):
    scripts = inline_scripts(snippet_html(config, options))
    needs = []
    for number, script in enumerate(scripts, 1):
        element = InlineElement("script", script.text, script.attributes.get("nonce"),
                                is_nonceable(script.attributes))
        source = "'nonce-%s'" % options.nonce if options.nonce else hash_source(script.text)
        what = "the snippet's inline script" + (
            " (%d of %d)" % (number, len(scripts)) if len(scripts) > 1 else "")
        needs.append(Need((element,), (source,), what, _no_chat(config, "the snippet does not "
                          "run"), "chatkit snippet: its script is inline (add %s)" % source))
    return needs


def _no_chat(config, cause):
    fallback = config.fallback
    if fallback and fallback.text:
        return "%s: no chat, and no [fallback] either (the snippet shows it)" % cause
    return "%s: no chat" % cause


def loader_request(config, options, url):
    """The chat script the snippet creates: not parser-inserted, with the nonce."""
    return Request("script-src-elem", url, nonce=options.nonce, parser_inserted=False)


def _v1_needs(config, options):
    chat = config.chat
    domain = chat.domain
    base = domain + (chat.path or "/.")
    loader = base + adapter("v1").LOADER_PATH
    source = _hosted(domain, options)
    name = "v1 chat"
    return [
        Need((loader_request(config, options, loader),), (source,),
             "chat.js from %s" % domain, _no_chat(config, "the %s does not load" % name),
             "fact: the snippet loads domain + path + /CHAT/common/js/chat.js"),
        Need((Request("frame-src", _join(domain, serving.V1_WINDOW_PATH)),), (source,),
             "the v1 chat window from %s" % domain, "no chat (its window cannot open)",
             "fact: the chat runs in an iframe served from the tenant's 8x8 domain"),
        Need((Request("img-src", _join(domain, serving.BUTTON_IMAGE_PATH)),), (source,),
             "the chat button's image from %s" % domain,
             "the chat button shows no picture (its only content: the visitor cannot see it)",
             "fact: the chat fills the button container with a link wrapping an image "
             "(assumed: from the chat's domain)"),
    ]


def _join(domain, path):
    return domain.rstrip("/") + path


def _python_needs(config, options):
    assets = python_assets(config, options)
    if assets is None:
        return []
    runtime = config.python.runtime
    needs = []
    for script in assets["scripts"]:
        request = Request("script-src-elem", script["src"], nonce=options.nonce,
                          integrity=(script["integrity"],))
        needs.append(Need((request,), (origin_of(script["src"]),),
                          "the [python] asset %s" % script["src"].rsplit("/", 1)[-1],
                          "the Python hooks do not load (__chatkit.python is \"failed\"); the "
                          "chat works without them",
                          "chatkit snippet: the [python] loader adds Brython, the bundle and the "
                          "hooks from asset_base"))
    if runtime == "micropython":
        needs.append(Need((Compilation(wasm=True),), ("'wasm-unsafe-eval'",),
                          "compiling MicroPython's WebAssembly",
                          "the Python hooks stay off; the chat works without them",
                          "SPEC 6: MicroPython needs 'wasm-unsafe-eval' instead of 'unsafe-eval'"))
        wasm = assets.get("wasm", assets["scripts"][0])["src"]
        needs.append(Need((Request("connect-src", wasm),), (origin_of(wasm),),
                          "MicroPython's .wasm from %s" % origin_of(wasm),
                          "the Python hooks stay off; the chat works without them",
                          "chatkit snippet: the [python] loader fetches the .wasm (with its SRI "
                          "hash) and compiles it"))
    else:
        needs.append(Need((Compilation(),), ("'unsafe-eval'",), "Brython compiling Python",
                          "the Python hooks stay off (__chatkit.python is \"blocked\"); the "
                          "chat works without them",
                          "BRYTHON.md: Brython compiles with new Function"))
    # The loader fetches the files at low priority before `load`, for the HTTP cache.
    base = assets["scripts"][0]["src"]
    if runtime != "micropython" or origin_of(base) != origin_of(wasm):
        needs.append(Need((Request("connect-src", base),), (origin_of(base),),
                          "the early fetch of the [python] assets from %s" % origin_of(base),
                          "the console shows the refused fetches, and the Python hooks start "
                          "a little later (their scripts load after `load`)",
                          "chatkit snippet: the [python] loader fetches its files at low "
                          "priority before `load`, so that they are cached when they run"))
    return needs


def _server_needs(config):
    server = getattr(config, "server", None)
    url = server.get("url") if isinstance(server, dict) else getattr(server, "url", None)
    if not url:
        return []
    found = [Need((Request("connect-src", url.rstrip("/") + "/v1/status"),), (origin_of(url),),
                  "the chatkit server at %s" % origin_of(url),
                  "the page cannot ask the server (status, callbacks)",
                  "SPEC 4.2: with [server], the server's origin in connect-src")]
    if getattr(server, "callback", None) is not None:
        # The form is sent by fetch, never submitted: connect-src, not form-action.
        found.append(Need((Request("connect-src", url.rstrip("/") + "/v1/callback"),),
                          (origin_of(url),), "the callback form's request to %s"
                          % origin_of(url), "the visitor's callback request fails",
                          "SPEC 10: with [callback], the snippet's form posts to the server"))
    return found


def notes(config) -> list[str]:
    """What the policy need not say, and why: a fallback link, a v1 stylesheet."""
    found = []
    link = config.fallback.link if config.fallback else None
    if link:
        scheme = link.split(":", 1)[0].lower()
        if scheme in ("mailto", "tel"):
            found.append("[fallback] link %s: a %s: link the visitor follows; no directive "
                         "applies" % (link, scheme))
        else:
            found.append("[fallback] link %s: a navigation the visitor makes; CSP Level 3 has "
                         "no directive for following a link (navigate-to was dropped), so none "
                         "applies" % link)
    server = getattr(config, "server", None)
    if server is not None and getattr(server, "callback", None) is not None:
        found.append("[callback] form: the snippet sends it with fetch (connect-src), never "
                     "as a form submission, so no form-action applies")
    stylesheet = config.chat.stylesheet_url
    if stylesheet:
        found.append("stylesheet_url %s: the v1 chat window, a document of %s, loads it under "
                     "its own policy, not the page's: no page directive (facts: the iframe "
                     "gets stylesheetURL)" % (stylesheet, config.chat.domain))
    return found


def sites_named(sources) -> tuple[str, ...]:
    """The `<site>`s of cloud8-<site>.8x8.com hosts in source expressions."""
    return tuple(dict.fromkeys(found.group(1) for source in sources
                               for found in [_SITE.search(source.lower())] if found))
