"""Generated snippets against reviewed golden files (tests/golden/).

Rewrite them on purpose with CHATKIT_UPDATE_GOLDEN=1 and review the diff.
"""

import json
import os
from pathlib import Path

import pytest

from chatkit.config import load_config
from chatkit.snippet import render_snippet, script_json

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"

# What `chatkit build` hands the snippet for [python], made up: the loader's part of a golden
# file must not change with every Brython or chatkit release.
PYTHON_ASSETS = {
    "scripts": [{"src": "https://cdn.example.com/chatkit/%s.0123456789ab.js" % name,
                 "integrity": "sha384-%s" % name} for name in ("brython", "chatkit", "hooks")],
    "boot": "from chatkit.browser import _bridge\n_bridge.run('hooks', api='v2')\n",
}
CASES = [
    # (golden file, example config, nonce, python assets)
    ("minimal.html", "examples/minimal.toml", None, None),  # the four Configuration Manager values
    ("full.html", "examples/full.toml", None, None),  # customer, variables, messages, stylesheet
    ("imported.html", "examples/imported.toml", None, None),  # channelUuid, customSystemMessages
    ("minimal-nonce.html", "examples/minimal.toml", "r4nd0m+N0nce/=", None),  # CSP nonce
    ("multilingual.html", "examples/multilingual.toml", None, None),  # messages by language
    ("v2-minimal.html", "examples/v2/minimal.toml", None, None),  # 8x8's v2 snippet's values
    ("v2-full.html", "examples/v2/full.toml", None, None),  # theme, quick replies, sound...
    ("v2-python.html", "examples/python/chat-v2.toml", "r4nd0m+N0nce/=",
     PYTHON_ASSETS),  # the one setProxy for the hooks, and the shared loader
    ("click-nonce.html", "examples/click.toml", "r4nd0m+N0nce/=", None),  # load on intent
    ("v2-consent.html", "examples/v2/consent.toml", None, None),  # load on consent
    ("server.html", "examples/server/chat.toml", "r4nd0m+N0nce/=", None),  # availability
]


@pytest.mark.parametrize(("golden", "example", "nonce", "python"), CASES,
                         ids=[c[0] for c in CASES])
def test_snippet_matches_golden_file(golden, example, nonce, python):
    html = render_snippet(load_config(ROOT / example), nonce=nonce, python_assets=python)
    path = GOLDEN / golden
    if os.environ.get("CHATKIT_UPDATE_GOLDEN"):
        path.write_text(html, encoding="utf-8")
    assert html == path.read_text(encoding="utf-8")


def test_snippet_is_deterministic():
    config = load_config(ROOT / "examples/full.toml")
    assert render_snippet(config) == render_snippet(config)


@pytest.mark.parametrize("example", ["examples/minimal.toml", "examples/v2/minimal.toml"])
def test_snippet_nonce_is_on_every_script_tag(example):
    html = render_snippet(load_config(ROOT / example), nonce="abc123")
    assert html.count("<script") == html.count('<script type="text/javascript" nonce="abc123"')
    assert 'var nonce = "abc123";' in html
    # ...and on the scripts it creates: the chat's (and, with [python], the loader's).
    assert html.count("createElement(\"script\")") == html.count("if (nonce) {") == 1


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
    assert json.loads(encoded) == {"k": text}  # and the value arrives as written
