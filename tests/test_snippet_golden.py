"""Generated snippets against reviewed golden files (tests/golden/).

Rewrite them on purpose with CHATKIT_UPDATE_GOLDEN=1 and review the diff.
"""

import os
from pathlib import Path

import pytest

from chatkit.config import load_config
from chatkit.snippet import render_snippet, script_json

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"

CASES = [
    # (golden file, example config, nonce)
    ("minimal.html", "examples/minimal.toml", None),  # the four Configuration Manager values
    ("full.html", "examples/full.toml", None),  # customer, variables, messages, stylesheet
    ("imported.html", "examples/imported.toml", None),  # channelUuid and customSystemMessages
    ("minimal-nonce.html", "examples/minimal.toml", "r4nd0m+N0nce/="),  # CSP nonce
    ("multilingual.html", "examples/multilingual.toml", None),  # messages by browser language
]


@pytest.mark.parametrize(("golden", "example", "nonce"), CASES, ids=[c[0] for c in CASES])
def test_snippet_matches_golden_file(golden, example, nonce):
    html = render_snippet(load_config(ROOT / example), nonce=nonce)
    path = GOLDEN / golden
    if os.environ.get("CHATKIT_UPDATE_GOLDEN"):
        path.write_text(html, encoding="utf-8")
    assert html == path.read_text(encoding="utf-8")


def test_snippet_is_deterministic():
    config = load_config(ROOT / "examples/full.toml")
    assert render_snippet(config) == render_snippet(config)


def test_snippet_nonce_is_on_every_script_tag():
    html = render_snippet(load_config(ROOT / "examples/minimal.toml"), nonce="abc123")
    assert html.count("<script") == html.count('<script type="text/javascript" nonce="abc123"')
    assert 'var nonce = "abc123";' in html


@pytest.mark.parametrize(
    "text",
    [
        "</script><script>alert(1)</script>",  # closes the script element
        "<!--<script>",  # opens an HTML comment that swallows the end tag
        "line\u2028separator\u2029",  # JavaScript line terminators in old engines
        "it's \"quoted\" \\ back\\slash",  # quotes and backslashes
        "{{ agent }} {% raw %} ${x}",  # template syntax of Jinja and JavaScript
        "<img src=x onerror=alert(1)>&amp;",  # HTML with an event handler, an entity
    ],
)
def test_script_json_cannot_end_the_script(text):
    encoded = str(script_json({"k": text}))
    for forbidden in ("<", ">", "\u2028", "\u2029", "'"):
        assert forbidden not in encoded
    assert "&" not in encoded
