"""`chatkit import`: an 8x8 chat snippet, where a tenant keeps it, becomes a chat.toml (SPEC 4.1).

The layers, from the file to the config:

    _source      the file: read once (a UTF-8 BOM skipped; NUL, non-UTF-8 or a huge file
                 refused); server-template syntax ({{ }}, {% %}, {# #}, <?php ?>, <%= %>)
                 masked; the JavaScript of each <script> of a page (html.parser), or the
                 whole of a JS/JSX/TS/TSX component, comments and other text kept apart
    _javascript  each piece of JavaScript parsed by tree-sitter (invalid code refused), and
                 the values written out in it, as Python (anything computed refused by name)
    _snippet     the one live snippet (v1 `__8x8Chat = {...}` or v2 `scriptUuid` config);
                 the config being built (values, their places, notes, errors); the config
                 as TOML, checked by `parse_config` before it is written
    _versions    each version's snippet as a config: v1's settings and onInit, v2's config
                 and callback, and the calls in them
    _stock       8x8's v2 loader around the config, and the page code a tenant added to it

Nothing here evaluates the snippet: it is read as code, never run.
"""

from dataclasses import dataclass
from pathlib import Path

from chatkit.errors import Problem, ValidationError
from chatkit.importer import _javascript, _snippet, _source, _versions

__all__ = ["ImportResult", "import_snippet"]


@dataclass(frozen=True)
class ImportResult:
    """The config text, its chat version, and the lines to show beside it (not imported,
    warnings)."""

    text: str
    version: str
    notes: list[Problem]


def import_snippet(path: str | Path) -> ImportResult:
    """Read the snippet in a file and return the config; ValidationError when it cannot.

    Example: `print(import_snippet("snippet-from-8x8.html").text)`
    """
    source = _source.read_source(path)
    page = _source.read_page(source)
    snippet = _snippet.find_snippet(source, page)
    versions = {_snippet.V1: _versions.import_v1, _snippet.V2: _versions.import_v2}
    try:
        imported = versions[snippet.version](snippet)
    except _javascript.Refused as refused:
        place = snippet.script.place(refused.node) if refused.node is not None else ""
        raise ValidationError([Problem(str(place), None, refused.message)], source.name) \
            from None
    if imported.errors:
        raise ValidationError(imported.errors, source.name)
    _snippet.note_container(imported, page)
    _snippet.note_literal(imported, snippet)
    text = _snippet.config_text(imported)
    warnings = _snippet.check_config(imported, text, source.name)
    return ImportResult(text, imported.version, imported.notes + warnings)
