"""Server-template syntax in a page: Nunjucks/Jinja/Twig, PHP/WordPress, ERB/EJS.

Tenants keep the snippet in templates, so a page may hold `{{ uuid }}`, `{% if %}`,
`{# note #}`, `<?= $uuid ?>` or `<?php ... ?>`.  None of it is JavaScript or HTML: each
construct is found here and masked with text of the same length (so every line and column
stays true), and remembered, so that a value made of one can be refused by name.

- a placeholder (`{{ x }}`, `<?= x ?>`, `<?php echo x ?>`, `<%= x %>`) becomes `_` and blanks:
  an identifier, valid wherever the template meant a value or text;
- a tag (`{% if %}`, `<?php if (...): ?>`, `<% code %>`), a comment (`{# #}`,
  `{% comment %}...{% endcomment %}`, `<%# %>`) and the `{% raw %}`/`{% endraw %}` around
  literal text become blanks.

`{{agent}}` is the chat's own placeholder in system messages (SPEC 5.3), not the template's.
Text inside `{% raw %}`/`{% verbatim %}` is the template's literal output and is kept.
"""

import re

from chatkit.rules.messages import AGENT_PLACEHOLDER

PLACEHOLDER, TAG, COMMENT, RAW = "placeholder", "tag", "comment", "raw"

_OPENER = re.compile(r"\{\{|\{%|\{#|<\?|<%")
_CLOSERS = {"{{": "}}", "{%": "%}", "{#": "#}", "<?": "?>", "<%": "%>"}
_RAW = re.compile(r"\{%-?\s*(raw|verbatim)\s*-?%\}\Z")
_COMMENT_BLOCK = re.compile(r"\{%-?\s*comment\s*-?%\}\Z")
_PHP_ECHO = re.compile(r"<\?(?:=|php\s+(?:echo|print)\b)")


class Construct:
    """One piece of template syntax: where it is (offsets in the file), its text, its kind."""

    __slots__ = ("start", "end", "text", "kind")

    def __init__(self, start: int, end: int, text: str, kind: str):
        self.start, self.end, self.text, self.kind = start, end, text, kind


def mask_templates(text: str) -> tuple[str, list[Construct]]:
    """(the text with every construct masked, the constructs in order)."""
    constructs = list(_constructs(text))
    if not constructs:
        return text, []
    pieces, position = [], 0
    for construct in constructs:
        pieces.append(text[position : construct.start])
        pieces.append(_mask(construct))
        position = construct.end
    pieces.append(text[position:])
    return "".join(pieces), constructs


def _mask(construct):
    blank = re.sub(r"[^\n]", " ", construct.text)
    return "_" + blank[1:] if construct.kind == PLACEHOLDER else blank


def _constructs(text):
    found, position, unclosed = [], 0, set()
    while True:
        match = _OPENER.search(text, position)
        if match is None:
            return found
        end = _closing(text, match.end(), match.group(), unclosed)
        if end is None:  # an unclosed `{{` is text, as in a page that is no template
            position = match.end()
            continue
        body = text[match.start() : end]
        construct = Construct(match.start(), end, body, _kind(body))
        raw = _RAW.match(construct.text)
        if raw:  # the block's text is the template's literal output: only its tags are masked
            construct.kind = RAW
            found.append(construct)
            ending = re.compile(r"\{%%-?\s*end%s\s*-?%%\}" % raw.group(1)).search(text, end)
            if ending is None:
                return found
            found.append(Construct(ending.start(), ending.end(), ending.group(), RAW))
            position = ending.end()
            continue
        if _COMMENT_BLOCK.match(construct.text):
            construct.end = _block_end(text, end, r"\{%-?\s*endcomment\s*-?%\}")
            construct.text, construct.kind = text[construct.start : construct.end], COMMENT
        if construct.text != AGENT_PLACEHOLDER:
            found.append(construct)
        position = construct.end


def _closing(text, start, opener, unclosed):
    """The end of the construct opened just before `start`, or None."""
    closer = _CLOSERS[opener]
    if closer in unclosed:  # searched to the end once already: linear on hostile input
        return len(text) if opener == "<?" else None
    found = text.find(closer, start)
    if found == -1:
        unclosed.add(closer)
        return len(text) if opener == "<?" else None  # PHP may leave its last block open
    return found + len(closer)


def _block_end(text, start, pattern):
    found = re.compile(pattern).search(text, start)
    return len(text) if found is None else found.end()


def _kind(body):
    if body.startswith(("{#", "<%#")):
        return COMMENT
    if body.startswith(("{{", "<%=", "<%-")) or _PHP_ECHO.match(body):
        return PLACEHOLDER
    return TAG
