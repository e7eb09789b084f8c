"""`chatkit import`: an 8x8 chat snippet, where a tenant keeps it, becomes a chat.toml (SPEC 4.1).

The layers, one module each:

    _source      the file: read once (a UTF-8 BOM skipped); NUL, non-UTF-8 or a huge file refused
    _templates   server-template syntax ({{ }}, {% %}, {# #}, <?php ?>, <%= %>) masked
    _page        the JavaScript of the file: each <script> of a page (html.parser), or
                 the whole of a JS/JSX/TS/TSX component; comments and other text kept apart
    _javascript  each piece of JavaScript parsed by tree-sitter; invalid code refused
    _snippets    the one live snippet (v1 `__8x8Chat = {...}` or v2 `scriptUuid` config)
    _values      values written out, as Python; anything computed refused by name
    _calls       the calls of v1's onInit and of v2's callback
    _v1, _v2     each version's snippet as a config
    _result      the config being built: values, their places, notes, errors
    _output      the config as TOML, checked before it is written

Nothing here evaluates the snippet: it is read as code, never run.
"""

from pathlib import Path

from chatkit.errors import Problem, ValidationError
from chatkit.importer._output import check_config, config_text
from chatkit.importer._page import read_page
from chatkit.importer._snippets import V1, find_snippet
from chatkit.importer._source import read_source
from chatkit.importer._v1 import import_v1
from chatkit.importer._v2 import import_v2
from chatkit.importer._values import Refused

__all__ = ["ImportResult", "import_snippet"]


class ImportResult:
    """The config text, and the lines to show beside it (not imported, warnings)."""

    def __init__(self, text: str, version: str, notes: list[Problem]):
        self.text, self.version, self.notes = text, version, notes


def import_snippet(path: str | Path) -> ImportResult:
    """Read the snippet in a file and return the config; ValidationError when it cannot.

    Example: `print(import_snippet("snippet-from-8x8.html").text)`
    """
    source = read_source(path)
    snippet = find_snippet(source, read_page(source))
    try:
        imported = import_v1(snippet) if snippet.version == V1 else import_v2(snippet)
    except Refused as refused:
        place = snippet.script.place(refused.node) if refused.node is not None else ""
        raise ValidationError([Problem(str(place), None, refused.message)], source.name) \
            from None
    if imported.errors:
        raise ValidationError(imported.errors, source.name)
    text = config_text(imported)
    warnings = check_config(imported, text, source.name)
    return ImportResult(text, imported.version, imported.notes + warnings)
