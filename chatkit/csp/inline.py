"""The snippet's inline scripts, read from exactly the bytes `chatkit snippet` prints.

The browser hashes a script element's text as its HTML parser leaves it (line breaks
normalised, CSP3 6.7.3.3 hashes "the element's child text content"), so the snippet is
parsed with html5lib, a parser of the WHATWG HTML standard, and each `<script>`
without `src` is hashed as it comes out.

    >>> [script] = inline_scripts('<div></div><script nonce="abc">go();</script>')
    >>> script.text, script.attributes
    ('go();', {'nonce': 'abc'})
"""

from dataclasses import dataclass

import html5lib

__all__ = ["InlineScript", "inline_scripts", "meta_policies"]


@dataclass(frozen=True)
class InlineScript:
    text: str
    attributes: dict[str, str]


def _parse(html):
    return html5lib.parse(html, namespaceHTMLElements=False)


def inline_scripts(html: str) -> list[InlineScript]:
    """Every inline `<script>` of an HTML fragment or page, in order."""
    document = html5lib.parseFragment(html, namespaceHTMLElements=False)
    return [InlineScript(element.text or "", dict(element.attrib))
            for element in document.iter("script") if "src" not in element.attrib]


def meta_policies(html: str) -> list[tuple[str, str]]:
    """(http-equiv, content) of each `<meta http-equiv>` that is a child of the page's
    `<head>` (HTML: "If the meta element is not a child of a head element, return"),
    in order; the caller keeps those that name a Content-Security-Policy."""
    document = _parse(html)
    head = document.find("head")
    if head is None:
        return []
    return [(element.attrib.get("http-equiv", ""), element.attrib.get("content", ""))
            for element in head.findall("meta") if "http-equiv" in element.attrib]
